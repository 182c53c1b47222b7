import {
  possessives as sharedPossessives,
  relations as sharedRelations,
} from '../gazetteers/context-words.js';
import { parseCardinalWord } from '../../language/index.js';
import { cardinalOf, wordClass, wordPredicate } from '../word-record.js';
import { textAt, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

const notAgeBefore = new Set([
  'for',
  'i',
  'om',
  'hvert',
  'etter',
  'siden',
  'ca',
  'cirka',
  'over',
  'under',
  'innen',
  'de',
  'første',
  'siste',
  'noen',
  'mange',
  'par',
]);
const ageVerbs = new Set([
  'er',
  'var',
  'blir',
  'ble',
  'fylte',
  'fyller',
  'fylt',
  'snart',
  'nå',
  'på',
  'alder',
  'alderen',
]);
/** Relatives and possessives of the shared lists, with definite and nynorsk forms an age follows. */
const relations: ReadonlySet<string> = new Set([
  ...sharedRelations,
  'bestefaren',
  'bestemoren',
  'farfaren',
  'morfaren',
  'farmora',
  'mormora',
  'farmoren',
  'mormoren',
  'oldemor',
  'oldefar',
  'oldemora',
  'oldefaren',
  'svigermor',
  'svigerfar',
  'svigermora',
  'svigerfaren',
  'besteforeldra',
  'besteforeldrene',
]);
const possessives: ReadonlySet<string> = new Set([...sharedPossessives, 'hennar', 'dykkar']);

const subjects = new Set([
  'jeg',
  'eg',
  'du',
  'han',
  'hun',
  'ho',
  'hen',
  'pasienten',
  'hu',
  'a',
  'n',
  // Dialect "I": "æ blir åtti til våren", "je fylte sekstifem på søndag".
  'æ',
  'je',
  'jæ',
]);
/** People described by their age ("en kvinne på nittifire", "dama på 97"). */
const personNouns = new Set([
  'barn',
  'barnet',
  'baby',
  'babyen',
  'spedbarn',
  'spedbarnet',
  'ungen',
  'unge',
  'tvillingene',
  'lillesøster',
  'lillebror',
  'storesøster',
  'storebror',
  'kvinne',
  'kvinnen',
  'kvinna',
  'mann',
  'mannen',
  'dame',
  'dama',
  'damen',
  'herre',
  'herremann',
  'pasient',
  'pasienten',
  'fyr',
  'kar',
  'gubbe',
  'kjerring',
  'gutt',
  'gutten',
  'ungdom',
  'ungdommen',
  'tenåring',
  'tenåringen',
  'minsten',
  'jente',
  'jenta',
  'enke',
  'enkemann',
  'pensjonist',
  'bebuar',
  'beboer',
  'beboeren',
  'barna',
  'barnebarna',
  'tvillinger',
  'trillinger',
  'ungene',
  'søsknene',
  'brødrene',
  'søstrene',
  'døtrene',
  'sønnene',
  'jentene',
  'guttene',
  // "den eldste er på 12", "ho eldste er fjorten", "den yngste på 4": a child by rank.
  'eldste',
  'yngste',
  'eldstemann',
  'yngstemann',
  'minstemann',
  // Dialect and nynorsk plurals and forms: "tre unga, på tolv, ni og fire", "guten er fem".
  'unga',
  'ungan',
  'ungane',
  'guten',
  'tvillingane',
  'tvillingan',
  // "ho vesla er tre no": the little one.
  'vesla',
  'veslegutten',
  'vesleguten',
  'veslejenta',
]);
/** Measurements said with a number ("metning på nittifire"): never an age. */
const measureNouns = new Set([
  'puls',
  'pulsen',
  'metning',
  'metningen',
  'saturasjon',
  'blodtrykk',
  'blodtrykket',
  'bt',
  'vekt',
  'vekta',
  'vekten',
  'sukker',
  'sukkeret',
  'blodsukker',
  'blodsukkeret',
  'temp',
  'temperatur',
  'temperaturen',
  'hb',
  'crp',
  'dose',
  'dosen',
  'styrke',
  'prosent',
]);
/** Words after a number that make it a quantity, not an age. */
const quantityAfter =
  /^(?:prosent|%|kilo|kg|gram|g|mg|ml|mmhg|grader|slag|liter|cm|meter|m|km|kr|kroner|over|minutter|min|sekunder|timer|dager|uker|måneder|mnd|ganger|stykk|tabletter)$/u;
/** Verbs before a spoken age over 89 whatever the subject: "fylte nittiåtte", "har blitt nittisju". */
const reachedVerbs = /^(?:fylte|fyller|fylt|fyllte|blir|blitt|vorte|rundet|runda|runder|bikket)$/u;
/** Present and past forms of "to be", dialect and nynorsk included ("han e nittifem"). */
const beVerbs = /^(?:er|var|ble|blei|vart|e|va)$/u;
const tensWordAge =
  /^(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti|hundre|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)[a-zæøå]{0,6}år(?:ing|ingen|inger|ingene|ig|ige|sdag|sdagen|sfeiring|ene|a)$/u;
/** "treåringen", "en fireåring", "ettåringen": a child's age in one word ("treårig" is a duration). */
const unitWordAge =
  /^(?:ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)år(?:ing|ingen|inger|ingene|sdag|sdagen)$/u;
/** "er i tenårene", "e i tenåra": the teens said as one's age ("siden tenårene" is a time). */
const teenYears = /^ten(?:årene|åra|årane)$/u;
/** Units of a small child's age after "på" ("gutten på 6 uker", "jenta på 2 år"). */
const childAgeUnits = /^(?:år|mnd|måneder|måneders|månader|uker|veker|dager|døgn)$/u;
const ageSuffix = /^(?:åring|åringen|årig|årsdag|årsdagen|års|årene|åra)$/u;
/** "nittiåringen", "treåringen": an age in one word (asked once per distinct word). */
const isAgeWord = wordPredicate((lower) => tensWordAge.test(lower) || unitWordAge.test(lower));
/** Words of an age question: "hvor gammel er du?", "kor gammal er guten?", "alder?". */
const ageQuestionWords = new Set([
  'gammel',
  'gamle',
  'gammal',
  'gamal',
  'gamalt',
  'gammalt',
  'alder',
  'alderen',
]);
const isAgeQuestionWord = wordClass(ageQuestionWords);
/** "halvannet år", "halvtanna år": one and a half, a small child's age. */
const oneAndAHalf = /^(?:halvannen|halvannet|halvanna|halvtanna|halvtannet|halvanne)$/u;
/** Spoken ages from here on are rare enough to identify (Normen: over 89 is generalised). */
const oldAge = 90;

/** "hundre og to": a spoken hundred, "og" and the rest; the index of the last token and the value. */
function spokenHundreds(
  tokens: readonly Token[],
  index: number,
  value: number,
): { last: number; value: number } {
  const token = tokenAt(tokens, index);
  if (token?.kind !== 'word' || value % 100 !== 0 || lowerAt(tokens, index + 1) !== 'og')
    return { last: index, value };
  const rest = cardinalOf(tokenAt(tokens, index + 2));
  return rest === undefined || rest >= 100
    ? { last: index, value }
    : { last: index + 2, value: value + rest };
}

/**
 * "nitti fire", "nitti sju år": speech-to-text writes a spoken number as two words; a tens word
 * and a unit word after it make one number.
 */
function spokenTens(
  tokens: readonly Token[],
  index: number,
  found: { last: number; value: number },
): { last: number; value: number } {
  const token = tokenAt(tokens, index);
  if (token?.kind !== 'word' || found.last !== index) return found;
  if (found.value < 20 || found.value > 90 || found.value % 10 !== 0) return found;
  const unit = tokenAt(tokens, index + 1);
  if (unit?.kind !== 'word' || unit.lower === 'null') return found;
  const rest = cardinalOf(unit);
  return rest === undefined || rest < 1 || rest > 9
    ? found
    : { last: index + 1, value: found.value + rest };
}

/** A number said before "på" that a systolic blood pressure can be ("hundreogførti på nitti"). */
function isSystolicValue(value: number | undefined): boolean {
  return value !== undefined && value >= 60 && value <= 260;
}

/** The number said ending at `end`, with a "hundre og" before it ("hundre og førti" = 140). */
function spokenValueBefore(tokens: readonly Token[], end: number): number | undefined {
  const value = ageValue(tokenAt(tokens, end));
  if (value === undefined || value >= 100) return value;
  const and = tokenAt(tokens, end - 1);
  if (and?.lower === 'og' && ageValue(tokenAt(tokens, end - 2)) === 100) return 100 + value;
  return value;
}

function ageValue(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (token.kind === 'number') return token.text.length <= 3 ? Number(token.text) : undefined;
  if (token.kind !== 'word') return undefined;
  if (token.lower === 'hundre' || token.lower === 'ethundre') return 100;
  // Every form starts with "halv": the pattern is tried only then.
  if (token.lower.startsWith('halv') && oneAndAHalf.test(token.lower)) return 1;
  // "hundreogto", "ethundreogfire": a hundred and the rest in one word.
  const hundred = token.lower.includes('hundre')
    ? /^(?:et)?hundre(?:og)?(\p{L}+)$/u.exec(token.lower)
    : null;
  if (hundred !== null) {
    const rest = parseCardinalWord(hundred[1] ?? '');
    return rest === undefined || rest === 0 ? undefined : 100 + rest;
  }
  // "nitti-to": a spoken number written with a hyphen.
  if (token.lower.includes('-')) return parseCardinalWord(token.lower.replace('-', ''));
  return cardinalOf(token);
}

/**
 * True when the token at `index` is a person as a subject: a pronoun, a relative ("Mormor"), a
 * detected name, "kona mi", or a name and a comma ("Ayaan, er 14").
 */
function isPersonSubject(
  tokens: readonly Token[],
  index: number,
  isPersonToken: (index: number) => boolean,
  isPersonEnd: (index: number) => boolean,
): boolean {
  const subject = tokenAt(tokens, index);
  if (subject === undefined) return false;
  // "Bestefar, som er nittini": the person the relative clause is about.
  if (subject.lower === 'som') {
    const before = textAt(tokens, index - 1) === ',' ? index - 2 : index - 1;
    return before !== index - 1 || tokenAt(tokens, before)?.kind === 'word'
      ? isPersonSubject(tokens, before, isPersonToken, isPersonEnd)
      : false;
  }
  // "Pas. er 83": the abbreviated patient with its dot.
  if (subject.text === '.' && /^(?:pas|pt)$/u.test(lowerAt(tokens, index - 1))) return true;
  return (
    subjects.has(subject.lower) ||
    relations.has(subject.lower) ||
    personNouns.has(subject.lower) ||
    isPersonToken(index) ||
    isPersonEnd(index) ||
    (possessives.has(subject.lower) && relations.has(lowerAt(tokens, index - 1))) ||
    (subject.text === ',' && isPersonEnd(index - 1))
  );
}

/** "år gammel" in bokmål and nynorsk ("ein 78 år gammal mann", "eit 3 år gammalt barn"). */
const yearsOldWords = new Set(['gammel', 'gamle', 'gammal', 'gamal', 'gammalt', 'gamalt']);
/** Ages: "22 år", "sytti år gammel", "40-åring", "førtiårsdagen", "du er 22 nå", "Ella er femten". */
export function recognizeAges(
  text: string,
  tokens: readonly Token[],
  isPersonToken: (index: number) => boolean,
  isPersonEnd: (index: number) => boolean = () => false,
): Candidate[] {
  const out: Candidate[] = [];
  let askedAgeAt = -100;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) continue;
    if (isAgeQuestionWord(token)) {
      if (
        textAt(tokens, index + 1) === '?' ||
        textAt(tokens, index + 2) === '?' ||
        textAt(tokens, index + 3) === '?' ||
        lowerAt(tokens, index - 1) === 'hvor'
      )
        askedAgeAt = index;
    }
    if (
      token.kind === 'word' &&
      (isAgeWord(token) ||
        (lowerAt(tokens, index - 1) === 'i' &&
          teenYears.test(token.lower) &&
          beVerbs.test(lowerAt(tokens, index - 2))))
    ) {
      out.push({ start: token.start, end: token.end, type: 'AGE', confidence: 0.85 });
      continue;
    }
    const single = ageValue(token);
    if (single === undefined || single > 120) continue;
    const hundreds = spokenTens(tokens, index, spokenHundreds(tokens, index, single));
    const value = hundreds.value;
    const lastToken = tokenAt(tokens, hundreds.last) ?? token;
    const next = tokenAt(tokens, hundreds.last + 1);
    const afterNext = tokenAt(tokens, hundreds.last + 2);
    const previous = tokenAt(tokens, index - 1);
    // "Mormor er nittiseks", "fylte nittiåtte", "hundre og to år": a spoken age over 89 after
    // "fylte"/"blir", or after "er" with a person as the subject ("Blodtrykket er hundre og tjue
    // over sytti" is no age).
    const subjectBefore = (verbIndex: number): boolean =>
      isPersonSubject(tokens, verbIndex - 1, isPersonToken, isPersonEnd) ||
      // "har blitt": the subject is before the auxiliary.
      (/^(?:har|hadde|er)$/u.test(lowerAt(tokens, verbIndex - 1)) &&
        isPersonSubject(tokens, verbIndex - 2, isPersonToken, isPersonEnd));
    const beforeOn = lowerAt(tokens, index - 2);
    if (
      token.kind === 'word' &&
      value >= oldAge &&
      value <= 125 &&
      previous !== undefined &&
      next?.lower !== 'over' &&
      !quantityAfter.test(next?.lower ?? '') &&
      (reachedVerbs.test(previous.lower) ||
        (beVerbs.test(previous.lower) && subjectBefore(index - 1)) ||
        // "en kvinne på nittifire", "ein mann på nittiein"; not "metning på nittifire".
        (previous.lower === 'på' &&
          !measureNouns.has(beforeOn) &&
          // "hundreogførti på nitti": a blood pressure, the number before "på" said in words.
          // "ei på nittitre", "en på nittifire": the article is a person, not a systolic value.
          !isSystolicValue(spokenValueBefore(tokens, index - 2)) &&
          (personNouns.has(beforeOn) ||
            relations.has(beforeOn) ||
            tokenAt(tokens, index - 2)?.kind === 'word')) ||
        // "Min far, nittitre år," / "pasienten, nittitre, bor alene".
        (previous.text === ',' && isPersonSubject(tokens, index - 2, isPersonToken, isPersonEnd)) ||
        /^(?:alder|alderen)$/u.test(previous.lower) ||
        (previous.lower === 'av' && /^(?:alder|alderen)$/u.test(beforeOn)))
    ) {
      const withUnit = next?.lower === 'år';
      // "nittisju og et halvt": the half year belongs to the age.
      const tail = ageTailEnd(tokens, withUnit ? hundreds.last + 1 : hundreds.last);
      out.push({
        start: token.start,
        end: tokenAt(tokens, tail)?.end ?? lastToken.end,
        type: 'AGE',
        confidence: 0.85,
      });
      index = tail;
      continue;
    }
    // "søster på 9", "broren på fire", "en mann på 94", "gutten på 6 uker": a relative or a
    // person and "på" and a number, with its unit of time (kept by policy below 90). Also "den
    // eldste er på 12" and "tre unga, på tolv, ni og fire", where the number ends its phrase.
    const personBefore = (at: number): boolean =>
      relations.has(lowerAt(tokens, at)) || personNouns.has(lowerAt(tokens, at));
    const endsPhrase =
      next === undefined ||
      next.kind === 'punct' ||
      next.lower === 'og' ||
      childAgeUnits.test(next.lower);
    if (
      previous?.lower === 'på' &&
      (relations.has(beforeOn) ||
        personNouns.has(beforeOn) ||
        ((beVerbs.test(beforeOn) || beforeOn === ',') && personBefore(index - 3) && endsPhrase)) &&
      (next === undefined || !/^(?:timer|minutter|kg|kilo|cm|gram|g)$/u.test(next.lower))
    ) {
      out.push({
        start: token.start,
        end:
          next?.lower === 'år'
            ? monthsTailEnd(tokens, hundreds.last + 1)
            : next !== undefined && childAgeUnits.test(next.lower)
              ? next.end
              : lastToken.end,
        type: 'AGE',
        confidence: 0.8,
      });
      // "barnebarna på 2 og 5", "på tolv, ni og fire": the further ages share the relative.
      index = listedAgesEnd(
        tokens,
        next !== undefined && childAgeUnits.test(next.lower) ? hundreds.last + 1 : hundreds.last,
        out,
      );
      continue;
    }
    // "Sønnen, 16, har astma", "datteren min, 9, går i tredje klasse": an age in commas after a
    // relative or a person noun.
    const relativeBefore =
      relations.has(beforeOn) ||
      personNouns.has(beforeOn) ||
      (possessives.has(beforeOn) && relations.has(lowerAt(tokens, index - 3)));
    if (
      previous?.text === ',' &&
      relativeBefore &&
      value >= 0 &&
      (next === undefined || next.text === ',' || next.text === '.' || next.lower === 'år')
    ) {
      out.push({
        start: token.start,
        end: next?.lower === 'år' ? monthsTailEnd(tokens, hundreds.last + 1) : lastToken.end,
        type: 'AGE',
        confidence: 0.8,
      });
      continue;
    }
    // "barna er 4 og 7 år", "på 3 og 5 år": two ages sharing one "år".
    if (
      next?.lower === 'og' &&
      // `lowerAt`/`textAt`, not `previous?.lower`: comparing undefined with a string at the
      // text's first token deoptimised the whole recognizer ("not a String"); both read as no match.
      (lowerAt(tokens, index - 1) === 'er' ||
        lowerAt(tokens, index - 1) === 'på' ||
        textAt(tokens, index - 1) === ',' ||
        personNouns.has(lowerAt(tokens, index - 1)) ||
        relations.has(lowerAt(tokens, index - 1))) &&
      ageValue(afterNext) !== undefined &&
      lowerAt(tokens, hundreds.last + 3) === 'år'
    ) {
      const unit = tokenAt(tokens, hundreds.last + 3);
      if (unit !== undefined) {
        out.push({ start: token.start, end: unit.end, type: 'AGE', confidence: 0.85 });
        index = hundreds.last + 3;
        continue;
      }
    }
    // "Sønnen (snart 18)": an adverb before the age in brackets.
    if (
      previous !== undefined &&
      ageAdverbs.has(previous.lower) &&
      textAt(tokens, index - 2) === '(' &&
      next?.text === ')' &&
      (relations.has(lowerAt(tokens, index - 3)) || personNouns.has(lowerAt(tokens, index - 3)))
    ) {
      out.push({ start: token.start, end: lastToken.end, type: 'AGE', confidence: 0.85 });
      continue;
    }
    // "Mor (nittitre)", "sønnen (4)", "to barn (8 og 11)": ages in brackets after a relative.
    if (
      previous?.text === '(' &&
      (next?.text === ')' || next?.lower === 'og' || next?.text === ',') &&
      (relations.has(beforeOn) || personNouns.has(beforeOn))
    ) {
      const listEnd = next.text === ')' ? hundreds.last : bracketListEnd(tokens, hundreds.last);
      if (listEnd >= 0) {
        out.push({ start: token.start, end: lastToken.end, type: 'AGE', confidence: 0.85 });
        index = listedAgesEnd(tokens, hundreds.last, out);
        continue;
      }
    }
    // "Hassan Raza, 61, kjent diabetes", "Harald Bøe (88)", "Jonathan (8 mnd)".
    const closes =
      next === undefined ||
      next.text === ',' ||
      next.text === '.' ||
      next.text === ')' ||
      next.text === ';' ||
      /[\n\r]/u.test(text.slice(token.end, next.start));
    if (previous?.text === ',' && isPersonEnd(index - 2) && closes && token.kind === 'number') {
      out.push({ start: token.start, end: token.end, type: 'AGE', confidence: 0.85 });
      continue;
    }
    if (previous?.text === '(' && isPersonEnd(index - 2)) {
      if (next?.text === ')') {
        out.push({ start: token.start, end: token.end, type: 'AGE', confidence: 0.85 });
        continue;
      }
      if (
        next !== undefined &&
        /^(?:mnd|måneder|måned|uker|uke|år|dager)$/u.test(next.lower) &&
        afterNext?.text === ')'
      ) {
        out.push({ start: token.start, end: next.end, type: 'AGE', confidence: 0.85 });
        continue;
      }
    }
    // The answer to "Hvor gammel er du?": "Femtisju.", "han er vel sytti", "åttisju skal jeg
    // bli": the first number after the question that opens its clause or follows "er"/"blir"
    // (with an adverb or two between) and ends it. "Alder: 45": a number after the label.
    if (
      (index - askedAgeAt <= 12 &&
        (token.sentenceStart || answersAgeQuestion(tokens, index)) &&
        (next === undefined ||
          next.kind === 'punct' ||
          next.lower === 'år' ||
          answerTails.has(next.lower))) ||
      (previous?.text === ':' &&
        /^(?:alder|alderen)$/u.test(beforeOn) &&
        (next === undefined || next.kind === 'punct' || next.lower === 'år'))
    ) {
      out.push({
        start: token.start,
        end: next?.lower === 'år' ? next.end : lastToken.end,
        type: 'AGE',
        confidence: 0.8,
      });
      askedAgeAt = -100;
      continue;
    }
    if (
      next?.text === '-' &&
      afterNext !== undefined &&
      ageSuffix.test(afterNext.lower) &&
      next.start === token.end
    ) {
      out.push({ start: token.start, end: afterNext.end, type: 'AGE', confidence: 0.9 });
      continue;
    }
    // "tre måneder gammelt", "6 uker gammel": a child's age with its unit.
    if (
      next !== undefined &&
      /^(?:måneder|mnd|uker|dager|døgn)$/u.test(next.lower) &&
      /^(?:gammel|gammelt|gamle)$/u.test(afterNext?.lower ?? '')
    ) {
      out.push({
        start: token.start,
        end: afterNext?.end ?? next.end,
        type: 'AGE',
        confidence: 0.85,
      });
      index = hundreds.last + 2;
      continue;
    }
    // "i 14 års alder", "i en alder av 12 år": the age at an event.
    if (
      next?.lower === 'års' &&
      /^(?:alder|alderen)$/u.test(afterNext?.lower ?? '') &&
      isEventOfOnePerson(tokens, index, isPersonToken)
    ) {
      out.push({ start: token.start, end: next.end, type: 'AGE', confidence: 0.85 });
      continue;
    }
    if (next?.lower === 'år' || next?.lower === 'års') {
      if (
        // "tre år eldre enn kona": a difference of ages, not an age.
        /^(?:eldre|yngre|eldste|yngste)$/u.test(afterNext?.lower ?? '') ||
        afterNext?.lower === 'siden' ||
        afterNext?.lower === 'til' ||
        afterNext?.lower === 'fram' ||
        afterNext?.lower === 'frem'
      )
        continue;
      // "Utviklingsanamnese …\n1 år: gikk\n2 år: snakket": a number that opens a line has no
      // word before it in its own line; the word that ended the line above says nothing about
      // it (fail closed: the age is found, and a generic programme table is dropped later only
      // on positive evidence, see `isProgrammeAge`).
      const opensLine =
        previous !== undefined && /[\n\r]/u.test(text.slice(previous.end, token.start));
      if (previous !== undefined && !opensLine && notAgeBefore.has(previous.lower)) continue;
      if (previous?.lower === 'begge') {
        out.push({ start: token.start, end: next.end, type: 'AGE', confidence: 0.85 });
        continue;
      }
      const gammel =
        (afterNext !== undefined && yearsOldWords.has(afterNext.lower)) ||
        // "78 år gl. kvinne": the abbreviation with its dot.
        (afterNext?.lower === 'gl' && textAt(tokens, hundreds.last + 3) === '.');
      // "er berre halvtanna år", "er bare 4 år": an adverb between the verb and the age.
      const verbBefore =
        previous !== undefined && ageAdverbs.has(previous.lower)
          ? tokenAt(tokens, index - 2)
          : previous;
      const verb =
        verbBefore !== undefined &&
        (ageVerbs.has(verbBefore.lower) ||
          // "Mann 45 år", "en sønn 12 år og en datter 9 år", "yngste 8 år".
          (verbBefore === previous &&
            (personNouns.has(previous.lower) || relations.has(previous.lower))) ||
          (verbBefore === previous && previous.text === ',') ||
          // "Dag 45 år, kommer med …", "Ola Nordmann 45 år": right after a found name.
          (verbBefore === previous && isPersonEnd(index - 1)) ||
          (verbBefore !== previous && beVerbs.test(verbBefore.lower)));
      // "Kontroll 92 år", "Time 95 år": 90 years and more after the word that opens a note or a
      // sentence is an age (not "lever lenger enn 90 år", mid-sentence).
      const oldInYears =
        value >= oldAge &&
        value <= 125 &&
        next.lower === 'år' &&
        previous !== undefined &&
        previous.kind === 'word' &&
        previous.sentenceStart;
      if (
        !gammel &&
        !verb &&
        !oldInYears &&
        !opensLine &&
        previous !== undefined &&
        previous.kind !== 'punct'
      )
        continue;
      const glDot = afterNext?.lower === 'gl' ? tokenAt(tokens, hundreds.last + 3) : undefined;
      let end = gammel ? (glDot ?? afterNext).end : next.end;
      // "4 år og 2 måneder": the months belong to the age.
      const months = tokenAt(tokens, hundreds.last + 3);
      const monthUnit = tokenAt(tokens, hundreds.last + 4);
      if (
        !gammel &&
        afterNext?.lower === 'og' &&
        months !== undefined &&
        ageValue(months) !== undefined &&
        monthUnit !== undefined &&
        /^(?:måneder|måned|mnd|uker|dager)$/u.test(monthUnit.lower)
      )
        end = monthUnit.end;
      out.push({ start: token.start, end, type: 'AGE', confidence: gammel || verb ? 0.9 : 0.7 });
      continue;
    }
    // "du er 22 nå", "Ella er femten": a person or pronoun, a verb, a bare number.
    // "han er vel snart nitti": one or two adverbs between the verb and the age.
    let adverbs = 0;
    while (adverbs < 2 && ageAdverbs.has(lowerAt(tokens, index - 1 - adverbs))) adverbs++;
    const verbToken = tokenAt(tokens, index - 1 - adverbs);
    if (
      verbToken !== undefined &&
      (beVerbs.test(verbToken.lower) || reachedVerbs.test(verbToken.lower))
    ) {
      const subjectIndex = index - 2 - adverbs;
      const subject = tokenAt(tokens, subjectIndex);
      const subjectIsPerson =
        subject !== undefined && isPersonSubject(tokens, subjectIndex, isPersonToken, isPersonEnd);
      // "Jeg fyller seksti til sommeren", "Mamma var sytti da hun …": after "fylle"/"bli" any
      // word but a unit ends the age; after "er"/"var" a clause word does.
      // "Han er 1,82 m": a decimal number is a measurement, not an age.
      const decimal =
        next?.text === ',' &&
        next.start === token.end &&
        tokenAt(tokens, index + 2)?.kind === 'number' &&
        tokenAt(tokens, index + 2)?.start === next.end;
      const endsClause =
        next === undefined ||
        (next.kind === 'punct' && !decimal) ||
        /^(?:nå|no|snart|i|og|da|då|når|den|første|sist|gang|med)$/u.test(next.lower) ||
        (reachedVerbs.test(verbToken.lower) && !quantityAfter.test(next.lower));
      if (subjectIsPerson && endsClause && value >= 1) {
        out.push({ start: token.start, end: token.end, type: 'AGE', confidence: 0.75 });
      } else if (
        // "Barnet er 18 måneder", "Hun er ti uker nå": a small child's age with its unit.
        subjectIsPerson &&
        next !== undefined &&
        /^(?:måneder|mnd|uker|veker)$/u.test(next.lower)
      ) {
        out.push({ start: token.start, end: next.end, type: 'AGE', confidence: 0.8 });
      }
    }
  }
  return out.map((candidate) => withDecadePhrase(text, candidate));
}

/**
 * End offset of an age in years at the unit token `yearIndex`, with its months when they follow:
 * "3 år og 2 mnd", "2 år og 5 måneder" (not "3 år og 2 dager", a duration).
 */
function monthsTailEnd(tokens: readonly Token[], yearIndex: number): number {
  const years = tokenAt(tokens, yearIndex);
  const months = tokenAt(tokens, yearIndex + 2);
  const unit = tokenAt(tokens, yearIndex + 3);
  if (
    lowerAt(tokens, yearIndex + 1) === 'og' &&
    months?.kind === 'number' &&
    unit !== undefined &&
    /^(?:måneder|måned|mnd)$/u.test(unit.lower)
  )
    return unit.end;
  return years?.end ?? 0;
}

/** Index of the last token of an age's tail after `last`: "og et halvt". */
function ageTailEnd(tokens: readonly Token[], last: number): number {
  const first = tokenAt(tokens, last + 1)?.lower;
  if (
    first === 'og' &&
    /^(?:et|ett|en|ei)$/u.test(lowerAt(tokens, last + 2)) &&
    /^(?:halvt|halv)$/u.test(lowerAt(tokens, last + 3))
  )
    return last + 3;
  return last;
}

/** Past verbs of an event in one person's life: "debuterte i 14 års alder", "fikk diagnosen …". */
const pastEventVerbs =
  /^(?:ble|blei|vart|fikk|fekk|var|hadde|debuterte|begynte|byrja|startet|starta|døde|døydde|flyttet|flytta|fødte|operert|diagnostisert|slutta|sluttet)$/u;

/**
 * True when the sentence before `index` tells of one person — a person word or a past verb of an
 * event: "Debuterte med epilepsi i 14 års alder" is an age, "Vaksinen gis i 12 års alder" a rule.
 */
function isEventOfOnePerson(
  tokens: readonly Token[],
  index: number,
  isPersonToken: (index: number) => boolean,
): boolean {
  for (let back = index - 1; back >= 0 && index - back <= 15; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || (token.kind === 'punct' && /^[.!?]$/u.test(token.text))) break;
    const lower = token.lower;
    if (
      pastEventVerbs.test(lower) ||
      subjects.has(lower) ||
      relations.has(lower) ||
      isPersonToken(back)
    )
      return true;
    if (token.sentenceStart) break;
  }
  return false;
}

/**
 * Adverbs between a verb and an age: "er bare 4 år", "er vel nitti", "blir snart åtti" (not
 * "over nitti": a generalised age, no identifier).
 */
const ageAdverbs = new Set([
  'bare',
  'berre',
  'nesten',
  'snart',
  'knapt',
  'omtrent',
  'ca',
  'cirka',
  'akkurat',
  'allerede',
  'vel',
]);

/**
 * After an age ending at token `last`: further ages listed with it ("på 2 og 5", "på tolv, ni og
 * fire"), each with its unit of time, pushed to `out`. Returns the index of the last token taken.
 */
function listedAgesEnd(tokens: readonly Token[], last: number, out: Candidate[]): number {
  let at = last;
  for (;;) {
    const joiner = tokenAt(tokens, at + 1);
    const value = tokenAt(tokens, at + 2);
    if (joiner === undefined || value === undefined) return at;
    if (joiner.lower !== 'og' && joiner.text !== ',') return at;
    if (/^(?:en|ei|ett|et)$/u.test(value.lower) || ageValue(value) === undefined) return at;
    const after = tokenAt(tokens, at + 3);
    const unit = after !== undefined && childAgeUnits.test(after.lower) ? after : undefined;
    // "på tolv, ni og fire": after a comma, a number only when its phrase ends after it.
    const afterAll = tokenAt(tokens, unit === undefined ? at + 3 : at + 4);
    if (
      joiner.text === ',' &&
      afterAll !== undefined &&
      afterAll.kind !== 'punct' &&
      afterAll.lower !== 'og'
    )
      return at;
    out.push({
      start: value.start,
      end: unit?.end ?? value.end,
      type: 'AGE',
      confidence: 0.8,
    });
    at = unit === undefined ? at + 2 : at + 3;
  }
}

/** "(8 og 11)", "(3, 5 og 9)": the index of the last age before ")", or -1 when none closes. */
function bracketListEnd(tokens: readonly Token[], last: number): number {
  let at = last;
  while (at - last <= 8) {
    const joiner = tokenAt(tokens, at + 1);
    if (joiner?.text === ')') return at;
    if (joiner === undefined || (joiner.lower !== 'og' && joiner.text !== ',')) return -1;
    if (ageValue(tokenAt(tokens, at + 2)) === undefined) return -1;
    at += 2;
  }
  return -1;
}

/** "slutten av", "midten av", "tidlig i" before a decade ("i slutten av 70-årene"). */
const decadePhraseBefore =
  /(?:(?:slutten|begynnelsen|midten|starten|enden)\s+av|(?:tidlig|sent|midt)\s+i)\s+$/iu;
const decadeAge = /(?:årene|åra|årane)$/iu;

/** Widens a decade age over the phrase that places the person in it. */
function withDecadePhrase(text: string, candidate: Candidate): Candidate {
  if (!decadeAge.test(text.slice(candidate.start, candidate.end))) return candidate;
  const before = decadePhraseBefore.exec(
    text.slice(Math.max(0, candidate.start - 30), candidate.start),
  );
  if (before === null) return candidate;
  return { ...candidate, start: candidate.start - before[0].length };
}

const unitAfter = new Set([
  'mg',
  'g',
  'kg',
  'kilo',
  'ml',
  'mmol',
  'mikrogram',
  'kr',
  'kroner',
  'meter',
  'm',
  'km',
  'tabletter',
  'enheter',
  'ie',
  'cm',
  'mm',
  'liter',
  // Measurements a year-like number takes in a note: "2000 Hz", "1800 kcal", "2000 skritt".
  'hz',
  'khz',
  'db',
  'kcal',
  'kalorier',
  'gram',
  'skritt',
  'mmhg',
  'kpa',
  'ms',
  'iu',
  'mcg',
  'µg',
]);

/** A year on its own ("i 2019", "fra 2019 til 2021"); weaker than a full date. */
export function recognizeYears(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'number' || token.text.length !== 4) continue;
    const value = Number(token.text);
    if (value < 1900 || value > 2099) continue;
    const previous = tokenAt(tokens, index - 1);
    const next = tokenAt(tokens, index + 1);
    if (
      previous !== undefined &&
      (previous.kind === 'number' || previous.lower === 'kl' || previous.lower === 'klokka') &&
      previous.end >= token.start - 1
    )
      continue;
    if (next !== undefined && next.kind === 'number' && next.start <= token.end + 1) continue;
    if (next !== undefined && unitAfter.has(next.lower)) continue;
    if (previous?.text === ',' || next?.text === ',') {
      const neighbour =
        previous?.text === ',' ? tokenAt(tokens, index - 2) : tokenAt(tokens, index + 2);
      if (neighbour?.kind === 'number' && text.charAt(token.start - 1) === ',') continue; // "1,2000"
    }
    out.push({
      start: token.start,
      end: token.end,
      type: 'DATE',
      subtype: 'year',
      confidence: 0.6,
    });
  }
  return out;
}

/** Words that may follow the number that answers an age question: "sytti nå", "åttisju skal jeg bli". */
const answerTails = new Set(['nå', 'no', 'skal', 'i', 'til', 'om', 'snart', 'da', 'jo', 'vel']);
/** Adverbs between "er" and the age in an answer: "han er vel sytti", "jeg er snart åtti". */
const answerAdverbs = new Set([
  'vel',
  'snart',
  'nesten',
  'bare',
  'straks',
  'akkurat',
  'cirka',
  'ca',
  'omtrent',
  'jo',
  'nå',
  'no',
]);
/** Verbs an answer to an age question opens with: "er", "blir", "fyller". */
const answerVerbs = new Set(['er', 'blir', 'fyller', 'fylte', 'ble', 'vart', 'e']);

/**
 * True when the number at `index` follows a verb of being or becoming, with at most two adverbs
 * between, or a dash or colon opening the answer: "han er vel sytti", "– 54".
 */
function answersAgeQuestion(tokens: readonly Token[], index: number): boolean {
  let back = index - 1;
  const first = tokenAt(tokens, back);
  if (first?.text === '–' || first?.text === '-' || first?.text === ':') return true;
  for (let skipped = 0; skipped <= 2; skipped++) {
    const lower = lowerAt(tokens, back);
    if (answerVerbs.has(lower)) return true;
    if (!answerAdverbs.has(lower)) return false;
    back--;
  }
  return false;
}
