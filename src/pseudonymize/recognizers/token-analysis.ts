import { registerWordMemo } from '../../language/index.js';
import { personTitles as titles } from '../gazetteers/person-titles.js';
import {
  copulaOccupations,
  employmentWords,
  neverNames,
  occupationEnding,
} from '../gazetteers/context-words.js';
import type { Lexicon } from '../lexicon.js';
import type { Candidate } from '../types.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import { WordRecord, wordPredicate } from '../word-record.js';

/** Endings of generic drug names (INN, Norwegian spelling) and common brand patterns. */
const drugEnding =
  /(?:cillin|cilin|mycin|micin|floksacin|floxacin|oksacin|statin|pril|sartan|olol|dipin|prazol|azol|umab|imab|ximab|tinib|parin|kain|fentanil|fluran|metason|kortison|olon|azepam|zolam|tiazid|semid|oksetin|triptan|setron|profen|fenak|ciklovir|tidin|tropium|terol|sonid|lukast|gliptin|gliflozin|syklin|cyklin|fenidat|peridol|apin|kodon|morfon|nazol|konazol|pramin|tyllin|teplase|plase|stigmin|azole|zole|xaban|gatran|glutid|glutide|mab|finil|formin|platin|taksel|rubicin|lamid|peridon|dronat|tropin|triptylin|cyclin|zolin|iklon|iclon|iclone|rix|glycerin|feron)$/u;

/**
 * Endings of Norwegian farm names and the surnames made from them ("Hjelmtveit", "Skeibrok",
 * "Brattgjerd"): a word built of two dictionary words that ends so may be a name, not a compound.
 */
const farmNameEnding =
  /(?:stad|heim|rud|dal|land|vik|nes|berg|tveit|brok|gjerd|bø|haug|lid|li|moen|vold|voll|set|seth|sæter|seter|rød|by|gard|gård|eide|fjell|holm|mo|aas|ås|stø|nakk|bakk|bakken|haugen|lien|dalen|strand|hagen|sund|øy|toft|lund|rem|eng|myr|myren|mark|hol|hovd|horn|våg|tun|bråten|sletta|skog|skaug|vang|vangen|rønning|hammer|flaten|stuen|lie|nakken)$/u;

/**
 * Endings of Nordic given names built from old name elements ("Brynhild", "Solbjørg", "Åslaug",
 * "Torgeir"): a word built of dictionary words that ends so is a name, not a compound ("bryn" +
 * "hild").
 */
const givenNameElementEnding = /^\p{L}{2,}(?:hild|bjørg|veig|laug|frid|gunn|leiv|geir)$/u;

/** Bokmål noun endings a drug or device name takes in speech: "Airomiren", "Ventolinen", "Ibuxen". */
const termEndings = ['ene', 'ens', 'ets', 'en', 'et', 'a', 's'];

/** True for an inflected drug, device or eponym: the word without its ending is a listed term. */
/**
 * "Frisklivssentralen", "Ergoterapitjenesten", "Hjertesviktpoliklinikken": a public service every
 * municipality or hospital has, named by ordinary words before "-tjenesten", "-sentralen" or
 * "-poliklinikken" (with a linking "s" or "e"), names no one place. One test for the token
 * analysis (never an identifying word) and for the recognizers that ask it directly. "Sunnmørssentralen" (a place first) is not one.
 * The genitive counts too ("Frisklivssentralens kurs").
 */
function isGenericService(word: string, lexicon: Lexicon): boolean {
  // The genitive names the same service ("Frisklivssentralens tilbud").
  const lower = /(?:tjenesten|tenesta|sentralen|poliklinikken)s$/u.test(word)
    ? word.slice(0, -1)
    : word;
  const match = /(?:tjenesten|tenesta|sentralen|poliklinikken)$/u.exec(lower);
  if (match === null || match.index < 3) return false;
  const head = lower.slice(0, match.index);
  // "Øyepoliklinikken", "Hudpoliklinikken": an ordinary word (no place) before a clinic's name.
  if (match[0] === 'poliklinikken' && lexicon.isCommonWord(head) && !lexicon.places.has(head))
    return true;
  if (match.index < 4) return false;
  if (lexicon.isCompoundWord(lower)) return true;
  const tail = lower.slice(match.index);
  return /[es]$/u.test(head) && lexicon.isCompoundWord(head.slice(0, -1) + tail);
}

function isInflectedTerm(lower: string, lexicon: Lexicon): boolean {
  for (const ending of termEndings) {
    if (lower.length - ending.length < 4 || !lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (lexicon.nonIdentifyingTerms.has(stem) || drugEnding.test(stem)) return true;
  }
  return false;
}

/** What the lexicon says about one lower-case word. */
export interface Analysis {
  readonly common: boolean;
  /** The exact word is a dictionary entry ("tone", "per", "sondre"); inflections do not count. */
  readonly entry: boolean;
  readonly firstName: boolean;
  readonly female: boolean;
  readonly male: boolean;
  readonly surname: boolean;
  /** In the international list of given names and surnames (used only with a name context). */
  readonly international: boolean;
  readonly place: boolean;
  readonly nonIdentifying: boolean;
  /** A county, country or region: not identifying alone, but part of an institution's name. */
  readonly region: boolean;
  /** Hyphenated with a common-word or abbreviation part: "Centor-kriteriene", "INR-prøvene". */
  readonly compoundTerm: boolean;
  /** A drug, device or eponym: listed, inflected from a listed term, or with a drug ending. */
  readonly term: boolean;
}

/** Letters with accents or Sámi letters, other than the Norwegian æ, ø and å. */
const accentedLetter = /[^a-zæøå\-' ]/u;

/**
 * The word without accents ("áslat" → "aslat", "nguyễn" → "nguyen", "wiśniewski" →
 * "wisniewski"; Sámi đ, ŋ, ŧ as d, n, t), or undefined when it has none. Å stays å.
 */
function withoutAccents(lower: string): string | undefined {
  if (!accentedLetter.test(lower)) return undefined;
  const plain = lower
    .split('å')
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/đ/gu, 'd')
        .replace(/ŋ/gu, 'n')
        .replace(/ŧ/gu, 't')
        .replace(/ł/gu, 'l'),
    )
    .join('å');
  return plain === lower ? undefined : plain;
}

/** Strips a genitive -s ("Haralds", "Bergens") when the base is a known name or place. */
function genitiveBase(lower: string, lexicon: Lexicon): string | undefined {
  if (lower.length < 4 || !lower.endsWith('s')) return undefined;
  // "Hellas" is the country, not the genitive of the given name "Hella".
  if (lexicon.broadRegions.has(lower)) return undefined;
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
export function tokenIndexEndingAt(tokens: readonly Token[], end: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const tokenEnd = tokenAt(tokens, middle)?.end ?? 0;
    if (tokenEnd === end) return middle;
    if (tokenEnd < end) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The one token a PERSON candidate covers ("Thompson", "Bjørk"), with its index; undefined when
 * the candidate is of another type or does not cover exactly one token.
 */
export function singleTokenPerson(
  tokens: readonly Token[],
  candidate: Candidate,
): { readonly index: number; readonly token: Token } | undefined {
  if (candidate.type !== 'PERSON') return undefined;
  const index = tokenIndexStartingAt(tokens, candidate.start);
  const token = tokenAt(tokens, index);
  return token?.end === candidate.end ? { index, token } : undefined;
}

/** Index of the token that starts at `start` (binary search; tokens are sorted), or -1. */
export function tokenIndexStartingAt(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const tokenStart = tokenAt(tokens, middle)?.start ?? 0;
    if (tokenStart === start) return middle;
    if (tokenStart < start) low = middle + 1;
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

/**
 * True for a word of employment: listed ("jobber", "ansatt", "sykepleier") or a compound ending in
 * an occupation ("driftsleder", "IT-konsulent"). Asked once per distinct word.
 */
export const isEmploymentToken = wordPredicate((lower) => {
  if (employmentWords.has(lower)) return true;
  const match = occupationEnding.exec(lower);
  // A bare occupation noun counts too ("sekretær ved", "advokat hos"), but not the verb "fører".
  return match !== null && (match.index >= 3 || (match.index === 0 && lower !== 'fører'));
});

/**
 * A word of employment at `index`, also an occupation that is a verb or a plural too ("røkter",
 * "slakter", "klokker") when "er/var/som" or a label's colon comes before it or it opens the
 * sentence ("er røkter hos Frøy Havbruk", "Arbeid: Røkter på …"; not "han slakter sau hos naboen").
 */
export function isEmploymentAt(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || token.kind !== 'word') return false;
  if (isEmploymentToken(token)) return true;
  if (!copulaOccupations.has(token.lower)) return false;
  if (token.sentenceStart || copulas.has(lowerAt(tokens, index - 1))) return true;
  // "er nå røkter", "er fast slakter": one adverb or adjective between.
  if (copulas.has(lowerAt(tokens, index - 2)) && !subjectPronouns.has(lowerAt(tokens, index - 1)))
    return true;
  // "klokker" is mostly the plural of "klokke"; "røkter"/"slakter" right after a pronoun are the
  // verbs ("han slakter sau hos naboen"), elsewhere the occupation ("tidligere røkter hos Mowi").
  return token.lower !== 'klokker' && !subjectPronouns.has(lowerAt(tokens, index - 1));
}

export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/** First parts of a region named by its direction from the rest ("Øst-Afrika"). */
const compassPrefixes = new Set([
  'nord',
  'sør',
  'øst',
  'vest',
  'nordøst',
  'nordvest',
  'sørøst',
  'sørvest',
  'sentral',
]);

/** Surnames with an elided prefix: "O'Brien", "D'Souza", "N'Diaye". */
const apostropheName = /^\p{Lu}\p{Ll}?['’]\p{Lu}\p{Ll}+$/u;

export function isNameLike(token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    token.capitalised &&
    ((!token.text.includes("'") && !token.text.includes('’')) || apostropheName.test(token.text))
  );
}

/**
 * The shared token analysis of the name, place, institution and address recognizers: one cached
 * lexicon verdict per word form (gazetteer names, dictionary words, places, terms) and the context
 * tests they have in common. One instance per lexicon and process (`getTokenAnalysis`), so the
 * word cache stays warm from one line to the next.
 */
export class TokenAnalysis {
  // Keyed by the words of the text, patients' names among them: registered, so `resetWordMemos`
  // empties them at the end of each job (design.md §1 P2).
  private readonly cache = registerWordMemo(new Map<string, Analysis>());
  private readonly compounds = registerWordMemo(new Map<string, boolean>());
  private readonly records = registerWordMemo(new Map<string, WordRecord>());

  constructor(readonly lexicon: Lexicon) {}

  /**
   * The record of a lower-case word form, one per distinct word and process (pass to `tokenize`).
   * Past 50,000 distinct words a record is made afresh each time (correct, only slower).
   */
  readonly recordOf = (lower: string): WordRecord => {
    let record = this.records.get(lower);
    if (record === undefined) {
      record = new WordRecord(lower);
      if (this.records.size < 50_000) this.records.set(lower, record);
    }
    return record;
  };

  /** `analyse(token.lower)`, kept on the token's word record; `analyse('')` for no token. */
  analyseToken(token: Token | undefined): Analysis {
    if (token === undefined) return this.analyse('');
    const record = token.record;
    if (record === undefined) return this.analyse(token.lower);
    let analysis = record.analysis;
    if (analysis === undefined) {
      analysis = this.analyse(record.lower);
      record.analysis = analysis;
    }
    return analysis;
  }

  /** `isCompound(token.lower)`, kept on the token's word record. */
  isCompoundToken(token: Token): boolean {
    const record = token.record;
    if (record === undefined) return this.isCompound(token.lower);
    let compound = record.compound;
    if (compound === undefined) {
      compound = this.isCompound(record.lower);
      record.compound = compound;
    }
    return compound;
  }

  analyse(lower: string): Analysis {
    const cached = this.cache.get(lower);
    if (cached !== undefined) return cached;
    const lexicon = this.lexicon;
    const base = genitiveBase(lower, lexicon) ?? lower;
    const parts = base.includes('-') ? base.split('-') : [base];
    // "Áslat", "Nguyễn", "Wiśniewski": the lists often hold a name without its accents.
    const plain = withoutAccents(base);
    const plainParts = plain === undefined ? undefined : plain.split('-');
    const female = parts.every(
      (part, index) =>
        lexicon.femaleNames.has(part) || lexicon.femaleNames.has(plainParts?.[index] ?? part),
    );
    const male = parts.every(
      (part, index) =>
        lexicon.maleNames.has(part) || lexicon.maleNames.has(plainParts?.[index] ?? part),
    );
    const hyphenParts = lower.split('-');
    // "Marta Kowalska-Berg", "Lene Ahmadi-Solberg": a double surname of listed names, even when a
    // part is also a word ("berg"), is no compound term and goes on a given name before it (alone
    // it stays unknown: "Dandy-Walker", "Bence-Jones" are eponyms).
    const doubleSurname =
      hyphenParts.length === 2 &&
      hyphenParts.every(
        (part) =>
          part.length > 2 &&
          !lexicon.nonIdentifyingTerms.has(part) &&
          (lexicon.surnames.has(part) || lexicon.internationalNames.has(part)),
      );
    const compoundTerm =
      hyphenParts.length > 1 &&
      !(female || male) &&
      !doubleSurname &&
      hyphenParts.some(
        (part, index) =>
          (index > 0 && lexicon.isCommonWord(part)) ||
          part.length <= 2 ||
          lexicon.nonIdentifyingTerms.has(part),
      );
    const region =
      lexicon.broadRegions.has(base) ||
      // "Øst-Afrika", "Sørøst-Asia", "Vest-Europa": a compass part of a broad region.
      (hyphenParts.length === 2 &&
        compassPrefixes.has(hyphenParts[0] ?? '') &&
        lexicon.broadRegions.has(hyphenParts[1] ?? ''));
    const drugLike =
      !(female || male) &&
      !lexicon.surnames.has(base) &&
      !lexicon.places.has(base) &&
      (drugEnding.test(base) || /\d/u.test(lower));
    const term =
      lexicon.nonIdentifyingTerms.has(lower) ||
      lexicon.nonIdentifyingTerms.has(base) ||
      isInflectedTerm(lower, lexicon) ||
      drugLike;
    const analysis: Analysis = {
      term,
      region,
      compoundTerm,
      common: lexicon.isCommonWord(lower),
      entry: lexicon.isDictionaryEntry(lower),
      firstName: female || male,
      female,
      male,
      surname:
        lexicon.surnames.has(base) ||
        isPatronymic(base, lexicon) ||
        (plain !== undefined && lexicon.surnames.has(plain)),
      international:
        lexicon.internationalNames.has(base) ||
        (plain !== undefined && lexicon.internationalNames.has(plain)),
      place: lexicon.places.has(base),
      nonIdentifying:
        term || region || compoundTerm || neverNames.has(lower) || isGenericService(lower, lexicon),
    };
    if (this.cache.size < 50_000) this.cache.set(lower, analysis);
    return analysis;
  }

  /**
   * True for a compound of ordinary words that is no entry itself ("hvitfrakksyndrom",
   * "Osteoporosepoliklinikken"): not a name the gazetteers miss. A compound with a farm-name
   * ending ("Hjelmtveit") may be a surname and does not count. Asked only of unknown words.
   */
  isCompound(lower: string): boolean {
    const cached = this.compounds.get(lower);
    if (cached !== undefined) return cached;
    const compound =
      !farmNameEnding.test(lower) &&
      !givenNameElementEnding.test(lower) &&
      this.lexicon.isCompoundWord(lower);
    if (this.compounds.size < 50_000) this.compounds.set(lower, compound);
    return compound;
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

  /** True for a word that heads or leads an institution's name ("sykehus", "Sykehuset"). */
  isInstitutionWord(lower: string): boolean {
    return (
      this.lexicon.institutionHeadWords.has(lower) || this.lexicon.institutionLeadWords.has(lower)
    );
  }

  /**
   * True when a capitalised token may join an adjacent PERSON span: a given name or surname from
   * the gazetteers (even when it is also an ordinary word or starts a sentence: "Tone", "Haug"), or
   * an unknown capitalised word that is neither an ordinary word nor a place ("Wojciech", "Nhung").
   */
  isChainPart(token: Token | undefined): token is Token {
    if (!isNameLike(token) || titles.has(token.lower) || /\d/u.test(token.text)) return false;
    // "Hans" is a possessive and a given name; next to a name it is the name ("Hans Berg Olsen").
    if (neverNames.has(token.lower) && token.lower !== 'hans') return false;
    const lexicon = this.lexicon;
    if (
      lexicon.institutionHeadWords.has(token.lower) ||
      lexicon.institutionLeadWords.has(token.lower)
    )
      return false;
    const analysis = this.analyseToken(token);
    // A gazetteer name next to a name is a name part even when it is also a month or a term ("Vo Thi Mai").
    if ((analysis.firstName || analysis.surname) && !analysis.region && !analysis.compoundTerm)
      return true;
    if (analysis.nonIdentifying) return false;
    // "Næringsdrikk Nutridrink": a compound noun does not join a name.
    if (!analysis.common && this.isCompoundToken(token)) return false;
    return !analysis.common && !analysis.place && token.text.length > 1;
  }

  /**
   * True for a service named by what it does, one compound of ordinary words ending in a definite
   * service noun: "Frisklivssentralen", "Hjertesviktpoliklinikken" — a kind of unit, not a name
   * ("Colosseumklinikken" is no such compound).
   */
  isGenericServiceCompound(token: Token): boolean {
    return isGenericService(token.lower, this.lexicon);
  }

  /** The place a capitalised token (or two) at `index` names, as the index of its last token. */
  placeAt(text: string, tokens: readonly Token[], index: number): number {
    const token = tokenAt(tokens, index);
    if (!isNameLike(token)) return -1;
    const next = tokenAt(tokens, index + 1);
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

  hasEmploymentContext(tokens: readonly Token[], index: number): boolean {
    for (let back = index - 1; back >= 0 && index - back <= 8; back--) {
      const token = tokenAt(tokens, back);
      if (
        token === undefined ||
        (token.kind === 'punct' && token.text !== ',' && token.text !== ':')
      )
        return false;
      // "jobber som lærer og ble innlagt ved avdeling Molde": a verb of care nearer the
      // institution than the work word makes it the patient's place of care.
      if (token.kind === 'word' && careVerbs.has(token.lower)) return false;
      if (token.kind === 'word' && isEmploymentAt(tokens, back)) return true;
    }
    return false;
  }
}

/**
 * "er røkter", "jobber som slakter", "Arbeid: Røkter på": the word before an occupation that is
 * also a verb, or a sentence or a label it opens.
 */
/** Subjects that make "røkter"/"slakter" the verb: "han slakter sau", "ho røkter dyra". */
const subjectPronouns = new Set([
  'han',
  'hun',
  'ho',
  'de',
  'dei',
  'vi',
  'me',
  'det',
  'den',
  'jeg',
  'eg',
]);

const copulas = new Set([
  'er',
  'e',
  'æ',
  'var',
  'va',
  'vært',
  'vore',
  'blir',
  'som',
  'ble',
  'vart',
  'blitt',
  ':',
]);

/**
 * Verbs of care that put an institution after them in a care frame, not a work frame. No nouns
 * ("kontroll", "oppfølging", "poliklinisk"): staff work at "poliklinisk avdeling" too, and a
 * workplace read as a care frame loses its WORKPLACE type (s34k).
 */
const careVerbs = new Set([
  'innlagt',
  'innlagd',
  'innlegges',
  'innlegging',
  'henvist',
  'henvises',
  'tilvist',
  'overført',
  'overføres',
  'overflyttet',
  'overflytta',
  'utskrevet',
  'utskriven',
  'utskrives',
  'følges',
  'fulgt',
  'følgd',
  'kontrolleres',
  'behandlet',
  'behandla',
  'behandles',
  'undersøkt',
  'undersøkes',
  'operert',
  'opereres',
]);

const analyses = new WeakMap<Lexicon, TokenAnalysis>();

/** The token analysis of `lexicon`, created once per lexicon (and so once per process). */
export function getTokenAnalysis(lexicon: Lexicon): TokenAnalysis {
  let analysis = analyses.get(lexicon);
  if (analysis === undefined) {
    analysis = new TokenAnalysis(lexicon);
    analyses.set(lexicon, analysis);
  }
  return analysis;
}
