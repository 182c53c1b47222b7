import type { Lexicon } from '../lexicon.js';
import { parseCardinalWord } from '../number-words.js';
import { isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate, PhiType } from '../types.js';
import { personTitles } from '../gazetteers/person-titles.js';

const titles = personTitles;
/** Relatives and others whose name often follows: "kona mi, Randi", "datteren hennes Tuva". */
const relations = new Set([
  'kona',
  'kone',
  'mannen',
  'mann',
  'samboer',
  'samboeren',
  'kjæreste',
  'kjæresten',
  'datter',
  'datteren',
  'dattera',
  'sønn',
  'sønnen',
  'søster',
  'søsteren',
  'søstera',
  'bror',
  'broren',
  'mor',
  'moren',
  'mora',
  'far',
  'faren',
  'mamma',
  'pappa',
  'bestemor',
  'bestefar',
  'farmor',
  'farfar',
  'mormor',
  'morfar',
  'oldemor',
  'onkel',
  'onkelen',
  'tante',
  'tanten',
  'venninne',
  'venninna',
  'venn',
  'vennen',
  'venninnen',
  'nabo',
  'naboen',
  'svigermor',
  'svigerfar',
  'svigersønn',
  'svigerdatter',
  'barnebarn',
  'barnebarnet',
  'ektemann',
  'ektemannen',
  'ektefelle',
  'ektefellen',
  'kusine',
  'fetter',
  'stedatter',
  'stesønn',
  'guttungen',
  'jenta',
  'gutten',
  'barnet',
  'eksen',
  'partner',
  'partneren',
  'verge',
  'vergen',
  'fastlegen',
  'legen',
  'sjefen',
  'læreren',
  'lærer',
  'treneren',
  'kollegaen',
]);
const possessives = new Set([
  'min',
  'mi',
  'mitt',
  'mine',
  'hans',
  'hennes',
  'deres',
  'vår',
  'sin',
  'si',
  'sitt',
  'din',
  'di',
  'ditt',
]);
const introducers = new Set(['heter', 'het', 'kalles', 'navnet']);
const greetings = new Set([
  'hei',
  'hallo',
  'takk',
  'hils',
  'morn',
  'ha',
  'bedring',
  'velkommen',
  'heisann',
  'hade',
  'adjø',
]);
const placePrepositions = new Set([
  'i',
  'på',
  'fra',
  'til',
  'ved',
  'mot',
  'utenfor',
  'nær',
  'rundt',
  'gjennom',
  'bor',
  'flytta',
  'flyttet',
]);
const employmentWords = new Set([
  'sykepleier',
  'lærer',
  'assistent',
  'renholder',
  'sjåfør',
  'bussjåfør',
  'selger',
  'kokk',
  'elektriker',
  'snekker',
  'ingeniør',
  'rørlegger',
  'frisør',
  'servitør',
  'butikkmedarbeider',
  'pleieassistent',
  'helsefagarbeider',
  'miljøarbeider',
  'vekter',
  'konsulent',
  'revisor',
  'regnskapsfører',
  'sveiser',
  'bartender',
  'barnehagelærer',
  'arbeidsgiver',
  'arbeidsgiveren',
  'arbeidsplass',
  'arbeidsplassen',
  'sykmeldt',
  'sykemeldt',
  'operatør',
  'montør',
  'mekaniker',
  'pensjonert',
  'lektor',
  'hjelpepleier',
  'mannskap',
  'fisker',
  'firma',
  'pizzasted',
  'lærling',
  'ansatte',
  'jobbet',
  'jobbe',
  'sjef',
  'leder',
  'daglig',
  'arbeider',
  'kollegaer',
  'skift',
  'nattevakt',
  'vakt',
  'vakter',
  'jobber',
  'jobbet',
  'jobba',
  'jobb',
  'jobben',
  'arbeider',
  'arbeidet',
  'ansatt',
  'lærling',
  'vikar',
  'vikarierer',
  'praksis',
  'driver',
  'eier',
  'jobbe',
  'arbeide',
  'deltid',
  'heltid',
  'sommerjobb',
  'ekstrajobb',
]);
const workPrepositions = new Set(['hos', 'på', 'i', 'for', 'ved']);
/** Words that are never part of a name, even when capitalised at a sentence start. */
const neverNames = new Set([
  'jeg',
  'du',
  'han',
  'hun',
  'hen',
  'vi',
  'dere',
  'de',
  'det',
  'den',
  'dette',
  'disse',
  'ja',
  'nei',
  'jo',
  'og',
  'men',
  'eller',
  'så',
  'hvis',
  'når',
  'som',
  'da',
  'der',
  'her',
  'hva',
  'hvem',
  'hvor',
  'hvordan',
  'hvorfor',
  'ikke',
  'bare',
  'altså',
  'eh',
  'ehm',
  'mm',
  'ok',
  'okei',
  'greit',
  'fint',
  'flott',
  'bra',
  'takk',
  'hei',
  'ha',
  'god',
  'godt',
  'min',
  'mi',
  'mitt',
  'din',
  'hans',
  'hennes',
  'sin',
  'nå',
  'også',
  'kanskje',
  'sånn',
  'liksom',
  'lege',
  'pasient',
  'pårørende',
  'sykepleier',
  'ukjent',
  'doktor',
  'fru',
  'herr',
  'dr',
  'mamma',
  'pappa',
  'gud',
  'herregud',
  'æsj',
  'au',
  'aha',
  'supert',
]);
const streetSuffixes = [
  'veien',
  'vegen',
  'veg',
  'vei',
  'gata',
  'gate',
  'gaten',
  'allé',
  'alle',
  'alléen',
  'plass',
  'plassen',
  'bakken',
  'bakke',
  'stien',
  'sti',
  'torget',
  'torg',
  'brygga',
  'brygge',
  'kaia',
  'kai',
  'lia',
  'lien',
  'haugen',
  'åsen',
  'ringen',
  'svingen',
  'tunet',
  'tun',
  'løkka',
  'løkken',
  'jordet',
  'marka',
  'berget',
  'dalen',
  'stranda',
  'kroken',
  'grenda',
  'tråkket',
  'smuget',
  'sletta',
  'sletten',
  'lunden',
  'parken',
  'terrasse',
  'terrassen',
  'hagen',
  'vangen',
  'toppen',
  'myra',
  'myren',
  'bråten',
  'kleiva',
  'skogen',
  'engen',
  'enga',
  'veita',
  'passasjen',
  'stredet',
  'promenaden',
];
const strongStreetSuffixes = new Set([
  'veien',
  'vegen',
  'gata',
  'gate',
  'allé',
  'stien',
  'bakken',
  'plassen',
  'lia',
  'tunet',
  'svingen',
  'terrassen',
]);
const compassWords = new Set([
  'nord',
  'sør',
  'syd',
  'øst',
  'vest',
  'sentrum',
  'nordre',
  'søndre',
  'østre',
  'vestre',
]);
const directionWords = new Set([
  'vestre',
  'østre',
  'nordre',
  'søndre',
  'øvre',
  'nedre',
  'store',
  'lille',
  'gamle',
  'nye',
  'indre',
  'ytre',
]);
const streetSuffixSet = new Set(streetSuffixes);
const streetSuffixLengths = [...new Set(streetSuffixes.map((suffix) => suffix.length))].sort(
  (left, right) => right - left,
);

/** The street suffix a word ends with ("Fløysbakken" → "bakken"), longest first. */
function streetSuffixOf(lower: string): string | undefined {
  for (const length of streetSuffixLengths) {
    if (lower.length >= length + 3 && streetSuffixSet.has(lower.slice(-length)))
      return lower.slice(-length);
  }
  return undefined;
}
const streetWords = new Set([
  'allé',
  'alle',
  'gate',
  'gata',
  'vei',
  'veg',
  'veien',
  'vegen',
  'plass',
  'terrasse',
  'brygge',
  'torg',
  'vei.',
]);
/** Endings typical of Norwegian place names (farm names that are also surnames are in the gazetteer). */
const placeEnding =
  /(?:dal|dalen|nes|neset|åsen|fjord|fjorden|sund|sundet|øya|øy|vika|haugen|moen|lia|bakken|berget|heim|byen|rud|seter|setra|stranda|holmen|hus|tangen|kollen|myra|vollen|marka|skogen|sjøen|vatnet|elva|fossen)$/u;

/** Endings of generic drug names (INN, Norwegian spelling) and common brand patterns. */
const drugEnding =
  /(?:cillin|cilin|mycin|micin|floksacin|floxacin|oksacin|statin|pril|sartan|olol|dipin|prazol|azol|umab|imab|ximab|tinib|parin|kain|fentanil|fluran|metason|kortison|olon|azepam|zolam|tiazid|semid|oksetin|triptan|setron|profen|fenak|ciklovir|tidin|tropium|terol|sonid|lukast|gliptin|gliflozin|syklin|cyklin|fenidat|peridol|apin|kodon|morfon|nazol|konazol|pramin|tyllin|teplase|plase|stigmin)$/u;

/** Head and lead words of businesses: in a clinical note these are where someone works. */
const commercialHeads = new Set([
  'as',
  'asa',
  'ans',
  'da',
  'bygg',
  'elektro',
  'regnskap',
  'rør',
  'transport',
  'eiendom',
  'verft',
  'verftet',
  'parkering',
  'pizzeria',
  'salong',
  'frisør',
  'bakeri',
  'bakeriet',
  'verksted',
  'maskin',
  'consult',
  'consulting',
  'entreprenør',
  'dagligvare',
  'handel',
  'service',
  'rørlegger',
  'byggservice',
]);

const upperOnlyHeads = new Set(['as', 'asa', 'ans', 'da', 'sa', 'il', 'fk', 'sfo', 'dps']);

interface Analysis {
  readonly common: boolean;
  /** The exact word is a dictionary entry ("tone", "per", "sondre"); inflections do not count. */
  readonly entry: boolean;
  readonly firstName: boolean;
  readonly female: boolean;
  readonly male: boolean;
  readonly surname: boolean;
  readonly place: boolean;
  readonly nonIdentifying: boolean;
  /** A county, country or region: not identifying alone, but part of an institution's name. */
  readonly region: boolean;
  /** Hyphenated with a common-word or abbreviation part: "Centor-kriteriene", "INR-prøvene". */
  readonly compoundTerm: boolean;
}

/** Strips a genitive -s ("Haralds", "Bergens") when the base is a known name or place. */
function genitiveBase(lower: string, lexicon: Lexicon): string | undefined {
  if (lower.length < 4 || !lower.endsWith('s')) return undefined;
  const base = lower.slice(0, -1);
  if (
    lexicon.femaleNames.has(base) ||
    lexicon.maleNames.has(base) ||
    lexicon.surnames.has(base) ||
    lexicon.places.has(base)
  )
    return base;
  return undefined;
}

/** Index of the token that ends at `end` (binary search; tokens are sorted), or -1. */
function tokenIndexEndingAt(tokens: readonly Token[], end: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const tokenEnd = tokens[middle]?.end ?? 0;
    if (tokenEnd === end) return middle;
    if (tokenEnd < end) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** "-sen" surnames built on a given name: "Kristoffersen", "Mikkelsen", "Haraldsen". */
function isPatronymic(lower: string, lexicon: Lexicon): boolean {
  const match = /^(.{2,}?)s?sen$/u.exec(lower);
  if (match === null) return false;
  const stem = match[1] ?? '';
  const isName = (name: string): boolean =>
    lexicon.maleNames.has(name) || lexicon.femaleNames.has(name);
  return (
    isName(stem) || isName(`${stem}e`) || isName(`${stem}s`) || isName(stem.replace(/e$/u, ''))
  );
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

function isNameLike(token: Token | undefined): token is Token {
  return (
    token !== undefined && token.kind === 'word' && token.capitalised && !token.text.includes("'")
  );
}

/**
 * Persons, places, institutions, workplaces, addresses and postal codes: one pass over the tokens
 * with gazetteer lookups (Set/Map) and context rules; everything is linear in the token count.
 */
export class NameRecognizer {
  private readonly cache = new Map<string, Analysis>();

  constructor(private readonly lexicon: Lexicon) {}

  private analyse(lower: string): Analysis {
    const cached = this.cache.get(lower);
    if (cached !== undefined) return cached;
    const lexicon = this.lexicon;
    const base = genitiveBase(lower, lexicon) ?? lower;
    const parts = base.includes('-') ? base.split('-') : [base];
    const female = parts.every((part) => lexicon.femaleNames.has(part));
    const male = parts.every((part) => lexicon.maleNames.has(part));
    const hyphenParts = lower.split('-');
    const compoundTerm =
      hyphenParts.length > 1 &&
      !(female || male) &&
      hyphenParts.some(
        (part, index) =>
          (index > 0 && lexicon.isCommonWord(part)) ||
          part.length <= 2 ||
          lexicon.nonIdentifyingTerms.has(part),
      );
    const region = lexicon.broadRegions.has(base);
    const drugLike =
      !(female || male) &&
      !lexicon.surnames.has(base) &&
      !lexicon.places.has(base) &&
      (drugEnding.test(base) || /\d/u.test(lower));
    const analysis: Analysis = {
      region,
      compoundTerm,
      common: lexicon.isCommonWord(lower),
      entry: lexicon.isDictionaryEntry(lower),
      firstName: female || male,
      female,
      male,
      surname: lexicon.surnames.has(base) || isPatronymic(base, lexicon),
      place: lexicon.places.has(base),
      nonIdentifying:
        lexicon.nonIdentifyingTerms.has(lower) ||
        lexicon.nonIdentifyingTerms.has(base) ||
        region ||
        compoundTerm ||
        drugLike ||
        neverNames.has(lower),
    };
    if (this.cache.size < 50_000) this.cache.set(lower, analysis);
    return analysis;
  }

  /** Gender of a given name: 'female', 'male' or undefined when unknown or both. */
  genderOf(lower: string): 'female' | 'male' | undefined {
    const analysis = this.analyse(lower);
    if (analysis.female && !analysis.male) return 'female';
    if (analysis.male && !analysis.female) return 'male';
    return undefined;
  }

  isGivenName(lower: string): boolean {
    return this.analyse(lower).firstName;
  }

  isSurname(lower: string): boolean {
    return this.analyse(lower).surname;
  }

  /**
   * True when a capitalised token may join an adjacent PERSON span: a given name or surname from
   * the gazetteers (even when it is also an ordinary word or starts a sentence: "Tone", "Haug"), or
   * an unknown capitalised word that is neither an ordinary word nor a place ("Wojciech", "Nhung").
   */
  private isChainPart(token: Token | undefined): token is Token {
    if (!isNameLike(token) || titles.has(token.lower) || /\d/u.test(token.text)) return false;
    // "Hans" is a possessive and a given name; next to a name it is the name ("Hans Berg Olsen").
    if (neverNames.has(token.lower) && token.lower !== 'hans') return false;
    const lexicon = this.lexicon;
    if (
      lexicon.institutionHeadWords.has(token.lower) ||
      lexicon.institutionLeadWords.has(token.lower)
    )
      return false;
    const analysis = this.analyse(token.lower);
    // A gazetteer name next to a name is a name part even when it is also a month or a term ("Vo Thi Mai").
    if ((analysis.firstName || analysis.surname) && !analysis.region && !analysis.compoundTerm)
      return true;
    if (analysis.nonIdentifying) return false;
    return !analysis.common && !analysis.place && token.text.length > 1;
  }

  /**
   * Name chains: grows every PERSON span over the name parts next to it on the same line
   * ("Hei. Tone Rønning Haug" with "Rønning" known → the whole name), over an initial before it
   * ("T. Fagerli") and over a title before it ("doktor Vatne"). Two PERSON spans separated only by
   * spaces merge; a one-word LOCATION that is also a name part joins the person. Only a detected
   * or known name part starts a chain, so "Vi. Berg" stays as it is. `accepted` must be sorted
   * and free of overlaps; the result is too.
   */
  extendPersonChains(
    text: string,
    tokens: readonly Token[],
    accepted: readonly Candidate[],
  ): Candidate[] {
    if (!accepted.some((candidate) => candidate.type === 'PERSON')) return [...accepted];
    // owner[i]: index into `accepted` of the entity covering token i, or -1.
    const owner = new Int32Array(tokens.length).fill(-1);
    // firstOwned/lastOwned[e]: the token run entity e covers (-1 when none). An entity's run only
    // changes when it is processed or merged away, so these stay right until its turn.
    const firstOwned = new Int32Array(accepted.length).fill(-1);
    const lastOwned = new Int32Array(accepted.length).fill(-1);
    let cursor = 0;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token === undefined) continue;
      while (cursor < accepted.length && (accepted[cursor]?.end ?? 0) <= token.start) cursor++;
      const entity = accepted[cursor];
      if (entity !== undefined && entity.start < token.end && token.start < entity.end) {
        owner[index] = cursor;
        if (firstOwned[cursor] === -1) firstOwned[cursor] = index;
        lastOwned[cursor] = index;
      }
    }
    const result: (Candidate | undefined)[] = [...accepted];
    const isSingleNameLocation = (entityIndex: number, token: Token): boolean => {
      const entity = result[entityIndex];
      if (entity?.type !== 'LOCATION' || entity.start !== token.start || entity.end !== token.end)
        return false;
      const analysis = this.analyse(token.lower);
      return analysis.firstName || analysis.surname;
    };
    for (let entityIndex = 0; entityIndex < result.length; entityIndex++) {
      const entity = result[entityIndex];
      if (entity?.type !== 'PERSON') continue;
      let first = firstOwned[entityIndex] ?? -1;
      let last = lastOwned[entityIndex] ?? -1;
      if (first < 0) continue;
      let start = entity.start;
      let end = entity.end;
      let grew = false;
      // Forward: up to three more name parts.
      for (let steps = 0; steps < 3; steps++) {
        const next = tokens[last + 1];
        const current = tokens[last];
        if (
          next === undefined ||
          current === undefined ||
          !isSpaceBetween(text, current.end, next.start)
        )
          break;
        const nextOwner = owner[last + 1] ?? -1;
        if (nextOwner >= 0 && nextOwner !== entityIndex) {
          const other = result[nextOwner];
          if (
            other?.type === 'PERSON' ||
            (other !== undefined && isSingleNameLocation(nextOwner, next))
          ) {
            end = Math.max(end, other.end);
            result[nextOwner] = undefined;
            while ((owner[last + 1] ?? -1) === nextOwner) owner[++last] = entityIndex;
            grew = true;
            continue;
          }
          break;
        }
        if (nextOwner >= 0 || !this.isChainPart(next)) break;
        last += 1;
        owner[last] = entityIndex;
        end = next.end;
        grew = true;
      }
      // Backward: name parts, an initial ("T."), then at most a title.
      for (let steps = 0; steps < 4; steps++) {
        const current = tokens[first];
        const previous = tokens[first - 1];
        if (current === undefined || previous === undefined) break;
        const previousOwner = owner[first - 1] ?? -1;
        if (
          previous.kind === 'punct' &&
          previous.text === '.' &&
          isSpaceBetween(text, previous.end, current.start) &&
          previousOwner < 0
        ) {
          const letter = tokens[first - 2];
          if (
            letter !== undefined &&
            letter.kind === 'word' &&
            letter.end === previous.start &&
            (owner[first - 2] ?? -1) < 0 &&
            ((letter.text.length === 1 && letter.text !== letter.lower) || letter.lower === 'dr')
          ) {
            first -= 2;
            start = letter.start;
            grew = true;
            if (letter.lower === 'dr') break;
            continue;
          }
          break;
        }
        if (!isSpaceBetween(text, previous.end, current.start)) break;
        if (previousOwner >= 0) {
          const other = result[previousOwner];
          // A farm name between a given name and the surname: "Ane Skjold Mathisen".
          const givenBefore = tokens[first - 2];
          const farmName =
            other?.type === 'LOCATION' &&
            other.start === previous.start &&
            other.end === previous.end &&
            givenBefore !== undefined &&
            (owner[first - 2] ?? -1) < 0 &&
            isSpaceBetween(text, givenBefore.end, previous.start) &&
            isNameLike(givenBefore) &&
            this.analyse(givenBefore.lower).firstName;
          if (
            other?.type === 'PERSON' ||
            farmName ||
            (other !== undefined && isSingleNameLocation(previousOwner, previous))
          ) {
            start = Math.min(start, other.start);
            result[previousOwner] = undefined;
            while ((owner[first - 1] ?? -1) === previousOwner) owner[--first] = entityIndex;
            grew = true;
            continue;
          }
          break;
        }
        if (previous.kind === 'word' && titles.has(previous.lower)) {
          first -= 1;
          start = previous.start;
          grew = true;
          break;
        }
        if (!this.isChainPart(previous)) break;
        first -= 1;
        owner[first] = entityIndex;
        start = previous.start;
        grew = true;
      }
      if (grew)
        result[entityIndex] = {
          ...entity,
          start,
          end,
          confidence: Math.max(entity.confidence, 0.85),
        };
    }
    return result.filter((candidate): candidate is Candidate => candidate !== undefined);
  }

  /**
   * Name parts already known to belong to a person in this consultation (the vault's, and those of
   * confidently detected names in this text): every capitalised occurrence, and its genitive,
   * is that person even when it is also an ordinary word ("Tone", "Haug"). Lower-case words stay.
   */
  recognizeKnownNameParts(
    tokens: readonly Token[],
    isNamePart: (lower: string) => boolean,
    covered: (token: Token) => boolean,
  ): Candidate[] {
    const out: Candidate[] = [];
    for (const token of tokens) {
      if (token.kind !== 'word' || !token.capitalised || token.text.length < 2 || covered(token))
        continue;
      const lower = token.lower;
      const base = isNamePart(lower)
        ? lower
        : lower.length > 3 && lower.endsWith('s') && isNamePart(lower.slice(0, -1))
          ? lower.slice(0, -1)
          : undefined;
      if (base === undefined || neverNames.has(base) || titles.has(base)) continue;
      out.push({
        start: token.start,
        end: token.end,
        type: 'PERSON',
        subtype: 'consultation-name',
        confidence: 0.9,
      });
    }
    return out;
  }

  recognize(text: string, tokens: readonly Token[]): Candidate[] {
    const out: Candidate[] = [];
    this.recognizeInstitutions(text, tokens, out);
    this.recognizeAddresses(text, tokens, out);
    this.recognizePersonsAndPlaces(text, tokens, out);
    this.composeInstitutionsWithPlaces(text, tokens, out);
    return out;
  }

  /** The place a capitalised token (or two) at `index` names, as the index of its last token. */
  private placeAt(text: string, tokens: readonly Token[], index: number): number {
    const token = tokens[index];
    if (!isNameLike(token)) return -1;
    const next = tokens[index + 1];
    if (
      next !== undefined &&
      isNameLike(next) &&
      isSpaceBetween(text, token.end, next.start) &&
      this.lexicon.places.has(`${token.lower} ${next.lower}`)
    ) {
      return index + 1;
    }
    return this.lexicon.places.has(token.lower) && !this.lexicon.broadRegions.has(token.lower)
      ? index
      : -1;
  }

  /**
   * Institutions named with a place: "DPS Nydalen", "UNN Tromsø", "Unilabs Bergen",
   * "Sykehuset Innlandet Lillehammer", "Follo HK" — one organisation, not a place and a person.
   */
  private composeInstitutionsWithPlaces(
    text: string,
    tokens: readonly Token[],
    out: Candidate[],
  ): void {
    const extensions: Candidate[] = [];
    for (const candidate of out) {
      if (candidate.type !== 'ORGANIZATION' && candidate.type !== 'WORKPLACE') continue;
      const lastIndex = tokenIndexEndingAt(tokens, candidate.end);
      if (lastIndex < 0) continue;
      const last = tokens[lastIndex];
      const next = tokens[lastIndex + 1];
      if (last === undefined || next === undefined || !isSpaceBetween(text, last.end, next.start))
        continue;
      const placeEnd = this.placeAt(text, tokens, lastIndex + 1);
      if (placeEnd >= 0)
        extensions.push({
          ...candidate,
          end: tokens[placeEnd]?.end ?? candidate.end,
          confidence: Math.min(0.97, candidate.confidence + 0.03),
        });
    }
    for (let index = 0; index + 1 < tokens.length; index++) {
      const token = tokens[index];
      const next = tokens[index + 1];
      if (
        token === undefined ||
        next === undefined ||
        token.kind !== 'word' ||
        (!token.allCaps && !token.capitalised)
      )
        continue;
      if (!next.allCaps && !next.capitalised) continue;
      if (!isSpaceBetween(text, token.end, next.start)) continue;
      const analysis = this.analyse(token.lower);
      const acronym = token.allCaps && token.text.length <= 6 && !analysis.nonIdentifying;
      const unknownName =
        token.capitalised &&
        !analysis.common &&
        !analysis.firstName &&
        !analysis.surname &&
        !analysis.place &&
        !analysis.nonIdentifying &&
        !token.sentenceStart;
      if (acronym || unknownName) {
        const placeEnd = this.placeAt(text, tokens, index + 1);
        if (placeEnd >= 0) {
          out.push({
            start: token.start,
            end: tokens[placeEnd]?.end ?? next.end,
            type: this.hasEmploymentContext(tokens, index) ? 'WORKPLACE' : 'ORGANIZATION',
            confidence: acronym ? 0.88 : 0.84,
          });
          continue;
        }
      }
      // "Byåsen Nord", "Bergen Sentrum": a place and a direction word; a team after "for".
      if (
        this.placeAt(text, tokens, index) === index &&
        next.capitalised &&
        compassWords.has(next.lower)
      ) {
        const type: PhiType = tokens[index - 1]?.lower === 'for' ? 'ORGANIZATION' : 'LOCATION';
        out.push({ start: token.start, end: next.end, type, confidence: 0.86 });
        continue;
      }
      // "Follo HK", "Bergen IL": a place and a club or company abbreviation.
      if (
        this.placeAt(text, tokens, index) === index &&
        next.allCaps &&
        next.text.length <= 4 &&
        !this.analyse(next.lower).nonIdentifying
      ) {
        out.push({ start: token.start, end: next.end, type: 'ORGANIZATION', confidence: 0.85 });
      }
    }
    out.push(...extensions);
  }

  private hasEmploymentContext(tokens: readonly Token[], index: number): boolean {
    for (let back = index - 1; back >= 0 && index - back <= 8; back--) {
      const token = tokens[back];
      if (
        token === undefined ||
        (token.kind === 'punct' && token.text !== ',' && token.text !== ':')
      )
        return false;
      if (employmentWords.has(token.lower)) return true;
    }
    return false;
  }

  /** Workplace when the context says so or the head word names a business ("AS", "Bygg", "Regnskap"). */
  private institutionType(
    tokens: readonly Token[],
    first: number,
    head: Token | undefined,
  ): PhiType {
    if (this.hasEmploymentContext(tokens, first)) return 'WORKPLACE';
    if (head !== undefined && commercialHeads.has(head.lower)) return 'WORKPLACE';
    return 'ORGANIZATION';
  }

  private recognizeInstitutions(text: string, tokens: readonly Token[], out: Candidate[]): void {
    const lexicon = this.lexicon;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token === undefined || token.kind !== 'word') continue;
      // Named institutions ("Haukeland", "St. Olavs hospital", "Helse Bergen").
      if (
        (token.capitalised || token.allCaps) &&
        (lexicon.namedInstitutionStarts.has(token.lower) ||
          (tokens[index + 1]?.text === '.' &&
            lexicon.namedInstitutionStarts.has(`${token.lower}.`)))
      ) {
        let joined = '';
        for (
          let length = 1;
          length <= lexicon.maxInstitutionTokens + 1 && index + length - 1 < tokens.length;
          length++
        ) {
          const part = tokens[index + length - 1];
          if (part === undefined) break;
          if (length > 1 && part.text !== '.') joined += ' ';
          joined += part.lower;
          if (lexicon.namedInstitutions.has(joined)) {
            out.push({
              start: token.start,
              end: part.end,
              type: 'ORGANIZATION',
              subtype: 'institution',
              confidence: 0.95,
            });
          }
        }
      }
      // Head word after a name: "Fjellsiden legesenter", "Vestland tekniske fagskole", "Kvamme Regnskap".
      if (
        lexicon.institutionHeadWords.has(token.lower) &&
        (!upperOnlyHeads.has(token.lower) || token.allCaps)
      ) {
        let first = -1;
        let lowercaseRun = 0;
        for (let back = index - 1; back >= 0 && index - back <= 5; back--) {
          const candidate = tokens[back];
          const next = tokens[back + 1];
          if (candidate === undefined || next === undefined || candidate.kind !== 'word') break;
          if (
            !isSpaceBetween(text, candidate.end, next.start) &&
            !(candidate.end === next.start && next.text === '-')
          )
            break;
          const analysis = this.analyse(candidate.lower);
          if (candidate.capitalised || candidate.allCaps) {
            if (
              (analysis.nonIdentifying && !analysis.region) ||
              (candidate.sentenceStart && analysis.common && !analysis.place && !analysis.region)
            )
              break;
            first = back;
            lowercaseRun = 0;
            if (candidate.sentenceStart) break;
            continue;
          }
          if (
            lowercaseRun < 2 &&
            !neverNames.has(candidate.lower) &&
            !placePrepositions.has(candidate.lower) &&
            candidate.lower.length > 3 &&
            /(?:e|ske|ale|ige)$/u.test(candidate.lower)
          ) {
            lowercaseRun++;
            continue;
          }
          break;
        }
        if (first >= 0) {
          const start = tokens[first]?.start ?? token.start;
          const type = this.institutionType(tokens, first, token);
          out.push({ start, end: token.end, type, subtype: 'institution', confidence: 0.92 });
        }
      }
      // Lead word before a name: "Sykehuset Innlandet", "Bakeriet Solrenning", "Kafé Strandstua".
      if (token.capitalised && lexicon.institutionLeadWords.has(token.lower)) {
        let last = -1;
        for (let forward = index + 1; forward < tokens.length && forward - index <= 3; forward++) {
          const candidate = tokens[forward];
          const previous = tokens[forward - 1];
          if (
            !isNameLike(candidate) ||
            previous === undefined ||
            !isSpaceBetween(text, previous.end, candidate.start)
          )
            break;
          if (this.analyse(candidate.lower).nonIdentifying) break;
          last = forward;
        }
        if (last >= 0) {
          const type = this.institutionType(tokens, index, token);
          out.push({
            start: token.start,
            end: tokens[last]?.end ?? token.end,
            type,
            confidence: 0.92,
          });
        }
      }
      // One-word company names: "Sunnmørsbygg", "Fjordelektro".
      if (token.capitalised && !token.sentenceStart) {
        const analysis = this.analyse(token.lower);
        if (!analysis.common && !analysis.nonIdentifying && !analysis.firstName) {
          for (const suffix of lexicon.institutionSuffixes) {
            if (token.lower.length >= suffix.length + 3 && token.lower.endsWith(suffix)) {
              const type: PhiType = this.hasEmploymentContext(tokens, index)
                ? 'WORKPLACE'
                : 'ORGANIZATION';
              out.push({ start: token.start, end: token.end, type, confidence: 0.75 });
              break;
            }
          }
        }
      }
      // Employment context: "jobber hos Nidelv Elektro", "jobber i helgene på Bakeriet Solrenning".
      if (employmentWords.has(token.lower)) {
        for (let forward = index + 1; forward < tokens.length && forward - index <= 5; forward++) {
          const preposition = tokens[forward];
          if (preposition === undefined || preposition.kind === 'punct') break;
          if (!workPrepositions.has(preposition.lower)) continue;
          let last = -1;
          for (let name = forward + 1; name < tokens.length && name - forward <= 4; name++) {
            const candidate = tokens[name];
            const previous = tokens[name - 1];
            if (
              !isNameLike(candidate) ||
              previous === undefined ||
              !isSpaceBetween(text, previous.end, candidate.start)
            )
              break;
            if (this.analyse(candidate.lower).nonIdentifying) break;
            last = name;
          }
          if (last > forward) {
            const start = tokens[forward + 1]?.start ?? 0;
            out.push({
              start,
              end: tokens[last]?.end ?? start,
              type: 'WORKPLACE',
              confidence: 0.8,
            });
            break;
          }
        }
      }
    }
  }

  private recognizeAddresses(text: string, tokens: readonly Token[], out: Candidate[]): void {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token === undefined || token.kind !== 'word') continue;
      let streetStart = -1;
      let streetEnd = -1;
      if (token.lower === 'postboks' || token.lower === 'boks') {
        streetStart = index;
        streetEnd = index;
      } else if (
        directionWords.has(token.lower) &&
        token.capitalised &&
        isNameLike(tokens[index + 1]) &&
        isSpaceBetween(text, token.end, tokens[index + 1]?.start ?? 0) &&
        tokens[index + 2]?.kind === 'number'
      ) {
        // "Vestre Holmen 17", "Øvre Storgate 4".
        streetStart = index;
        streetEnd = index + 1;
      } else if (
        streetWords.has(token.lower) &&
        isNameLike(tokens[index - 1]) &&
        isSpaceBetween(text, tokens[index - 1]?.end ?? 0, token.start)
      ) {
        streetStart = index - 1;
        streetEnd = index;
      } else if (
        (tokens[index + 1]?.kind === 'number' ||
          (token.capitalised && parseCardinalWord(tokens[index + 1]?.lower ?? '') !== undefined)) &&
        streetSuffixOf(token.lower) !== undefined
      ) {
        // Lower case (speech-to-text): a street word with a house number is an address even when
        // the compound is in the dictionary ("fjellveien 12").
        if (
          token.capitalised ||
          !this.analyse(token.lower).common ||
          (tokens[index + 1]?.kind === 'number' &&
            strongStreetSuffixes.has(streetSuffixOf(token.lower) ?? ''))
        ) {
          streetStart = index;
          streetEnd = index;
          // "Øvre Slottsgate", "Kong Oscars gate": take one capitalised word before.
          const before = tokens[index - 1];
          if (
            token.capitalised &&
            isNameLike(before) &&
            !before.sentenceStart &&
            isSpaceBetween(text, before.end, token.start)
          ) {
            streetStart = index - 1;
          }
        }
      }
      if (streetStart < 0) continue;
      // Streets named after a person: "Elias Smiths vei", "Kong Oscars gate", "Thorvald Meyers gate".
      const namedFor = tokens[streetStart];
      const givenBefore = tokens[streetStart - 1];
      if (
        namedFor !== undefined &&
        namedFor.capitalised &&
        /s$/u.test(namedFor.lower) &&
        namedFor.lower.length > 3 &&
        streetStart < streetEnd &&
        isNameLike(givenBefore) &&
        isSpaceBetween(text, givenBefore.end, namedFor.start) &&
        !neverNames.has(givenBefore.lower) &&
        !placePrepositions.has(givenBefore.lower)
      ) {
        streetStart -= 1;
      }
      const number = tokens[streetEnd + 1];
      const street = tokens[streetEnd];
      if (number === undefined || street === undefined) continue;
      const spokenNumber = number.kind === 'word' && parseCardinalWord(number.lower) !== undefined;
      if ((number.kind !== 'number' && !spokenNumber) || number.text.length > 8) continue;
      if (!isSpaceBetween(text, street.end, number.start)) continue;
      let end = number.end;
      const letter = tokens[streetEnd + 2];
      if (
        letter !== undefined &&
        letter.kind === 'word' &&
        letter.text.length === 1 &&
        /[A-Ha-h]/u.test(letter.text) &&
        letter.start - number.end <= 1 &&
        isSpaceBetween(text, number.end, letter.start)
      ) {
        const afterLetter = tokens[streetEnd + 3];
        if (
          afterLetter === undefined ||
          afterLetter.kind === 'punct' ||
          afterLetter.start > letter.end
        )
          end = letter.end;
      }
      // Flat number after the house number: "Tvetenveien 150 H0402".
      const lastIndex = end === number.end ? streetEnd + 1 : streetEnd + 2;
      const flat = tokens[lastIndex + 1];
      if (
        flat !== undefined &&
        flat.kind === 'word' &&
        /^[HUKL]\d{4}$/u.test(flat.text) &&
        isSpaceBetween(text, end, flat.start)
      )
        end = flat.end;
      const confidence = token.capitalised || streetStart < index ? 0.92 : 0.75;
      out.push({
        start: tokens[streetStart]?.start ?? token.start,
        end,
        type: 'ADDRESS',
        confidence,
      });
    }
  }

  private recognizePersonsAndPlaces(
    text: string,
    tokens: readonly Token[],
    out: Candidate[],
  ): void {
    const lexicon = this.lexicon;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (token === undefined) continue;
      // Postal code followed by its place: "5015 Bergen".
      if (token.kind === 'number' && token.text.length === 4) {
        this.recognizePostalCode(text, tokens, index, out);
        continue;
      }
      if (token.kind !== 'word') continue;
      // Multi-word places ("Mo i Rana", "Gamle Oslo") and single-word places.
      if (token.capitalised && lexicon.multiWordPlaceStarts.has(token.lower)) {
        let joined = token.lower;
        for (
          let length = 2;
          length <= lexicon.maxPlaceTokens && index + length - 1 < tokens.length;
          length++
        ) {
          const part = tokens[index + length - 1];
          const previous = tokens[index + length - 2];
          if (
            part === undefined ||
            previous === undefined ||
            part.kind !== 'word' ||
            !isSpaceBetween(text, previous.end, part.start)
          )
            break;
          joined += ` ${part.lower}`;
          if (lexicon.places.has(joined) && part.capitalised) {
            out.push({ start: token.start, end: part.end, type: 'LOCATION', confidence: 0.85 });
          }
        }
      }
      const analysis = this.analyse(token.lower);
      if (analysis.nonIdentifying) continue;
      // Labels ("Personnr.:", "Telefon:") and adjectives ("Revmatologisk avdeling") are not names.
      const after = tokens[index + 1];
      const labelLike =
        after?.text === ':' ||
        (after?.text === '.' &&
          (tokens[index + 2]?.text === ':' || tokens[index + 2]?.kind === 'number'));
      if (labelLike && !analysis.firstName && !analysis.surname) continue;
      if (
        token.capitalised &&
        /(?:isk|iske)$/u.test(token.lower) &&
        !analysis.place &&
        !analysis.surname
      )
        continue;
      // Mixed-case short tokens are units and lab names ("SpO2", "NaCl", "IgA", "QTc").
      if (
        token.capitalised &&
        token.text.length <= 6 &&
        token.text.slice(1) !== token.lower.slice(1) &&
        !token.text.includes('-')
      )
        continue;
      const previous = tokens[index - 1];
      const previousLower = previous?.lower ?? '';
      const beforePrevious = tokens[index - 2];
      const afterPlacePreposition =
        previous !== undefined && previous.kind === 'word' && placePrepositions.has(previousLower);

      let personConfidence = 0;
      let placeConfidence = 0;
      const capitalised = token.capitalised;
      if (capitalised) {
        if (analysis.firstName) {
          const next = tokens[index + 1];
          const vocative =
            next !== undefined &&
            next.kind === 'punct' &&
            (next.text === '?' || next.text === ',' || next.text === '!');
          personConfidence = analysis.entry
            ? token.sentenceStart
              ? vocative
                ? 0.75
                : 0
              : 0.7
            : 0.9;
        }
        if (analysis.surname && personConfidence === 0)
          personConfidence = analysis.common ? 0 : token.sentenceStart ? 0.6 : 0.8;
        if (analysis.place)
          placeConfidence = analysis.common
            ? token.sentenceStart
              ? 0
              : afterPlacePreposition
                ? 0.8
                : 0.55
            : 0.82;
        if (afterPlacePreposition && analysis.place)
          placeConfidence = Math.max(placeConfidence, 0.85);
        if (
          !analysis.firstName &&
          !analysis.surname &&
          !analysis.place &&
          !analysis.common &&
          !token.sentenceStart &&
          token.text.length > 1
        ) {
          // Unknown capitalised word mid-sentence: a name the gazetteers do not know. Place-name
          // endings ("-dal", "-nes", "-åsen") and a place preposition make it a place.
          if (
            (afterPlacePreposition && previousLower !== 'til' && previousLower !== 'hos') ||
            placeEnding.test(token.lower)
          )
            placeConfidence = 0.6;
          else personConfidence = 0.55;
        }
        if (
          !analysis.firstName &&
          !analysis.surname &&
          !analysis.place &&
          !analysis.common &&
          token.sentenceStart &&
          lexicon.properNouns.has(token.lower)
        ) {
          personConfidence = Math.max(personConfidence, 0.5);
        }
      } else if (analysis.firstName && !analysis.common && token.text.length > 2) {
        // Speech-to-text often writes names in lower case; only with a greeting or name context.
        const contextLower = previousLower === ',' ? (beforePrevious?.lower ?? '') : previousLower;
        if (
          greetings.has(contextLower) ||
          introducers.has(contextLower) ||
          relations.has(contextLower) ||
          possessives.has(contextLower) ||
          titles.has(contextLower)
        ) {
          personConfidence = 0.7;
        }
      } else if (
        analysis.place &&
        afterPlacePreposition &&
        (!analysis.common || lexicon.majorPlaces.has(token.lower)) &&
        !lexicon.isDictionaryEntry(token.lower) &&
        !analysis.firstName &&
        token.text.length > 2
      ) {
        // "bor i bergen": a known place in lower case after a place preposition.
        placeConfidence = 0.65;
      }
      // Context: titles, "heter", relatives, greetings, appositions.
      const contextWord =
        previous?.kind === 'punct' && previous.text === '.'
          ? (beforePrevious?.lower ?? '')
          : previousLower;
      // Context only counts on the same line, and a word followed by ':' is a label ("Telefon:").
      const eligible =
        (capitalised || (!analysis.common && token.text.length > 1)) &&
        previous !== undefined &&
        !hasLineBreak(text, previous.end, token.start) &&
        tokens[index + 1]?.text !== ':';
      if (eligible && !neverNames.has(token.lower)) {
        if (titles.has(contextWord) || introducers.has(previousLower))
          personConfidence = Math.max(personConfidence, 0.9);
        else if (
          possessives.has(previousLower) &&
          relations.has(beforePrevious?.lower ?? '') &&
          capitalised
        )
          personConfidence = Math.max(personConfidence, 0.85);
        else if (relations.has(previousLower) && capitalised)
          personConfidence = Math.max(personConfidence, 0.8);
        else if (
          previous.text === ',' &&
          capitalised &&
          (relations.has(beforePrevious?.lower ?? '') ||
            possessives.has(beforePrevious?.lower ?? ''))
        ) {
          personConfidence = Math.max(personConfidence, 0.8);
        } else if (greetings.has(previousLower) && capitalised && !analysis.common)
          personConfidence = Math.max(personConfidence, 0.85);
        else if (
          previous.text === ',' &&
          greetings.has(beforePrevious?.lower ?? '') &&
          capitalised &&
          !analysis.common
        ) {
          personConfidence = Math.max(personConfidence, 0.85);
        }
        const next = tokens[index + 1];
        const afterNext = tokens[index + 2];
        if (
          next?.text === ',' &&
          capitalised &&
          afterNext !== undefined &&
          relations.has(afterNext.lower) &&
          possessives.has(tokens[index + 3]?.lower ?? '')
        ) {
          personConfidence = Math.max(personConfidence, 0.85);
        }
        if (previousLower === 'hos' && capitalised && !analysis.common && !analysis.place)
          personConfidence = Math.max(personConfidence, 0.7);
      }
      if (personConfidence > 0 && placeConfidence > 0) {
        // Both a name and a place ("Eide", "Stange"): the context decides.
        if (afterPlacePreposition && !titles.has(contextWord))
          personConfidence = Math.min(personConfidence, placeConfidence - 0.05);
        else placeConfidence = Math.min(placeConfidence, personConfidence - 0.05);
      }
      if (placeConfidence > 0 && placeConfidence >= personConfidence) {
        out.push({
          start: token.start,
          end: token.end,
          type: 'LOCATION',
          confidence: placeConfidence,
        });
        continue;
      }
      if (personConfidence <= 0) continue;
      // Extend to the full name: following capitalised surname-like tokens on the same line.
      let last = index;
      for (let forward = index + 1; forward < tokens.length && forward - index <= 3; forward++) {
        const candidate = tokens[forward];
        const before = tokens[forward - 1];
        if (
          candidate === undefined ||
          before === undefined ||
          !isSpaceBetween(text, before.end, candidate.start)
        )
          break;
        // A lower-case name ("kari nordmann") continues with a lower-case surname.
        if (!capitalised && candidate.kind === 'word' && !candidate.capitalised) {
          const lowerAnalysis = this.analyse(candidate.lower);
          if (
            (lowerAnalysis.surname || lowerAnalysis.firstName) &&
            !lexicon.isDictionaryEntry(candidate.lower)
          ) {
            last = forward;
            continue;
          }
          break;
        }
        if (!isNameLike(candidate)) break;
        const candidateAnalysis = this.analyse(candidate.lower);
        if (
          candidateAnalysis.nonIdentifying ||
          lexicon.institutionHeadWords.has(candidate.lower) ||
          lexicon.institutionLeadWords.has(candidate.lower)
        )
          break;
        if (
          candidateAnalysis.place &&
          !candidateAnalysis.surname &&
          !candidateAnalysis.firstName &&
          !analysis.firstName
        )
          break;
        if (
          candidateAnalysis.common &&
          !candidateAnalysis.surname &&
          !candidateAnalysis.firstName &&
          !candidateAnalysis.place
        ) {
          // "Strand", "Haug", "Vik" are common words and common surnames alike: accept when capitalised after a name.
          if (!/^[A-ZÆØÅ][a-zæøå]+$/u.test(candidate.text)) break;
        }
        last = forward;
      }
      const end = tokens[last]?.end ?? token.end;
      // A given name that is also a word ("Sondre", "Per", "Tone") right before a name is part of it.
      let firstIndex = index;
      const before = tokens[index - 1];
      if (
        isNameLike(before) &&
        this.analyse(before.lower).firstName &&
        isSpaceBetween(text, before.end, token.start)
      )
        firstIndex = index - 1;
      const start = tokens[firstIndex]?.start ?? token.start;
      out.push({
        start,
        end,
        type: 'PERSON',
        confidence: last > firstIndex ? Math.max(personConfidence, 0.85) : personConfidence,
      });
      // Hyphenated, initial-style continuations are handled by the tokenizer; skip the extended tokens.
      index = last;
    }
  }

  private recognizePostalCode(
    text: string,
    tokens: readonly Token[],
    index: number,
    out: Candidate[],
  ): void {
    const token = tokens[index];
    if (token === undefined) return;
    const previous = tokens[index - 1];
    if (
      previous !== undefined &&
      previous.kind === 'number' &&
      isSpaceBetween(text, previous.end, token.start)
    )
      return;
    // Part of a date or a number ("10.2025", "1/2025"), or a quantity ("5000 IE").
    if (
      previous !== undefined &&
      previous.end === token.start &&
      (previous.text === '.' || previous.text === '/' || previous.text === '-')
    )
      return;
    const office = this.lexicon.postalCodes.get(token.text);
    const next = tokens[index + 1];
    const contextPostal = previous?.lower === 'postnummer' || previous?.lower === 'postnr';
    const nextIsLabel = tokens[index + 2]?.text === ':';
    if (
      next !== undefined &&
      next.kind === 'word' &&
      (next.capitalised || next.allCaps) &&
      next.start - token.end === 1 &&
      isSpaceBetween(text, token.end, next.start) &&
      !nextIsLabel
    ) {
      // Take the place words: the post office name, or a capitalised run of up to three words.
      let last = index + 1;
      const officeWords = office?.split(' ') ?? [];
      if (officeWords.length > 1) {
        let matched = true;
        for (let offset = 0; offset < officeWords.length; offset++) {
          if (tokens[index + 1 + offset]?.lower !== officeWords[offset]) matched = false;
        }
        if (matched) last = index + officeWords.length;
      }
      const analysis = this.analyse(next.lower);
      const placeMatches =
        office !== undefined &&
        (office === next.lower ||
          office.startsWith(`${next.lower} `) ||
          office.replace(/ [ns]$/u, '') === next.lower);
      if (office === undefined && !analysis.place && (analysis.common || analysis.nonIdentifying))
        return;
      if (
        !placeMatches &&
        (next.allCaps || analysis.nonIdentifying || (analysis.common && !analysis.place))
      )
        return;
      if (
        office === undefined &&
        !contextPostal &&
        Number(token.text) >= 1900 &&
        Number(token.text) <= 2100
      )
        return;
      const confidence = placeMatches ? 0.97 : office !== undefined ? 0.85 : 0.7;
      out.push({ start: token.start, end: token.end, type: 'POSTAL_CODE', confidence });
      out.push({
        start: next.start,
        end: tokens[last]?.end ?? next.end,
        type: 'LOCATION',
        confidence,
      });
      return;
    }
    if (contextPostal && office !== undefined)
      out.push({ start: token.start, end: token.end, type: 'POSTAL_CODE', confidence: 0.9 });
  }
}
