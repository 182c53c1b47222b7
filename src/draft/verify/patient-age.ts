import { fold, type WordToken } from '../language/fold.js';
import { perTranscript } from './per-transcript.js';
import type { Quantity } from './read-claims.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/** An age, in years or (a small child's) months. */
export interface Age {
  readonly value: number;
  readonly unit: 'year' | 'month';
}

/**
 * The patient's age a note sentence opens with ("83 år gammel kvinne …", "52 år.", "14 mnd gammel
 * gutt …", "Pasienten er 47 år"): the quantity and what it measures. An age later in the sentence
 * ("Bror fikk infarkt 48 år gammel") is somebody's age at an event, not the patient's now.
 */
const openingAgePattern =
  /^\s*(?:(?:pasienten|pas\.)\s+(?:er\s+)?)?(\d{1,3})(?:\s*(-?årig\b|år\b|års\b|mnd\b|måneder\b|md\b))\.?(?=\s*(?:[,.;(]|$|(?:(?:gammel|gamal|gml)\s*(?:[,.;(]|$))|(?:(?:gammel|gamal|gml)\s+)?(?:mann|kvinne|gutt|jente|pike|dame|herre|kar|gut)\b))/iu;

export function readOpeningAge(text: string): Age | undefined {
  const match = openingAgePattern.exec(text);
  if (match === null) return undefined;
  const value = Number(match[1]);
  const unitWord = (match[2] ?? '').toLowerCase();
  // ("36 år, diabetes siden 12 års alder": "12 års" opens nothing; "2,5 år" is not matched.)
  if (unitWord === 'års') return undefined;
  // ("5 mnd." alone may be how long; a child's age in months names the child.)
  if (
    unitWord.startsWith('m') &&
    !/^\S+\s*\S+\s+(?:gammel|gamal|gml|gutt|jente|pike|gut)\b/iu.test(text.slice(match.index))
  )
    return undefined;
  // ("65 år, mann, bror til pasienten": a relative's age in the family history.)
  const following = text
    .slice(match.index + match[0].length)
    .split(/\s+/u)
    .slice(0, 5)
    .map((word) => fold(word.replace(/[^\p{L}]/gu, '')));
  if (following.some((word) => word !== 'mann' && (relativeWord.test(word) || word === 'familien')))
    return undefined;
  if (/^,\d/.test(text.slice(match.index + (match[1]?.length ?? 0)))) return undefined;
  const unit = unitWord.startsWith('m') ? 'month' : 'year';
  if (unit === 'year' && value > 120) return undefined;
  return { value, unit };
}

/** "gammel" in bokmål, nynorsk and dialect (folded). */
const oldWords = new Set(['gammel', 'gamal', 'gammal', 'gamle', 'gamel']);
/** The question's subject when it asks the patient's (or the child patient's) age now. */
const patientSubjects = new Set(['du', 'hun', 'han', 'ho', 'hu', 'pasienten', 'dere']);
const presentBe = new Set(['er', 'e', 'ar']);
/** A first person stating an age: "jeg er femtito", "eg vart syttiein", "æ e trettini". */
const firstPerson = new Set(['jeg', 'eg', 'ae', 'je', 'i']);
const becameOrIs = new Set(['er', 'e', 'ar', 'vart', 'ble', 'blei', 'blir', 'fyller', 'fylte']);
/** Words that make a said age approximate or about a coming birthday: a year either way is true. */
const approximateWords = new Set([
  'ble',
  'blei',
  'vart',
  'fyller',
  'fylte',
  'blir',
  'snart',
  'nesten',
  'straks',
  'ca',
  'cirka',
  'omtrent',
  'rundt',
  ...['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august'],
  ...['september', 'oktober', 'november', 'desember', 'bursdag', 'fodselsdag'],
  // A birthday tomorrow, next week, this summer or on a weekday ("femtiseks i morgen").
  ...['morgen', 'imorgen', 'neste', 'sommer', 'sommeren', 'sommar', 'sommaren', 'jul', 'julen'],
  ...['jula', 'hosten', 'haust', 'hausten', 'varen', 'vinter', 'vinteren'],
  ...['mandag', 'tirsdag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'laurdag', 'sondag'],
]);
/** Words of a temperature said with "jeg er 38": then no age. */
const feverWords = new Set(['feber', 'feberen', 'grader', 'temp', 'temperatur', 'temperaturen']);
/**
 * Relatives a question may name beside "hvor gammel er hun/han" ("Og lillesøster, hvor gammel er
 * hun?", "Hvor gammel er hun, datteren din?"): then it asks no patient's age.
 */
const relativeWord =
  /^(?:lille|store|halv|sviger|ste)?(?:soster|sostera|systera|syster|bror|broren|broder|far|faren|fa(?:r|d)eren|mor|moren|mora|moder|pappa|pappaen|mamma|mammaen|datter|datteren|dottera|dattera|dotter|sonn|sonnen|sonen|mann|mannen|kone|kona|samboer|samboeren|kjaereste|kjaeresten|bestemor|bestefar|besta|onkel|tante|fetter|kusine|barnebarn|tvilling|tvillingen|sosken|soskena|soskenet)$/u;
/** An answer giving the year of birth ("født i nitten femtiåtte"): no age to read. */
const birthWords = new Set(['fodt', 'fodd', 'fodselsar', 'arskull']);
/** Words after a number that make it no age ("jeg er femti prosent sykmeldt", "… tretti uker på vei"). */
const notAgeAfter = new Set([
  'prosent',
  'uke',
  'uker',
  'veke',
  'veker',
  'dag',
  'dager',
  'timer',
  'kg',
  'kilo',
  'cm',
]);
const yesWords = new Set(['ja', 'jo', 'jepp', 'stemmer', 'riktig', 'joda', 'jada']);

interface SaidAge extends Age {
  readonly approximate: boolean;
}

function isClinician(unit: TranscriptUnit): boolean {
  return unit.speaker === 'lege' || unit.speaker === 'sykepleier';
}

/** The subject an age question asks about ("du", "hun"), read by {@link asksPatientAge}. */
function askedOf(unit: TranscriptUnit): string | undefined {
  const words = unit.tokens.map((token) => token.folded);
  const old = words.findIndex((word) => oldWords.has(word));
  return old < 0 ? undefined : words[old + 2];
}

/**
 * Who may answer for the patient: the patient about "du"; a relative about "hun"/"han" (a child,
 * a confused parent). The patient answering "Hvor gammel er han?" speaks of somebody else.
 */
function mayAnswer(subject: string | undefined, unit: TranscriptUnit): boolean {
  if (subject === 'du' || subject === 'dere') return unit.speaker === 'pasient';
  return unit.speaker === 'pårørende';
}

/** True when the unit asks the patient's age now ("Hvor gammel er du?", "Kor gamal er ho no?"). */
function asksPatientAge(unit: TranscriptUnit): boolean {
  if (!isClinician(unit)) return false;
  const words = unit.tokens.map((token) => token.folded);
  const old = words.findIndex((word) => oldWords.has(word));
  if (old < 1) return false;
  if (words.some((word) => relativeWord.test(word))) return false;
  const asking = words[old - 1];
  if (asking !== 'hvor' && asking !== 'kor' && asking !== 'ka' && asking !== 'kooer') return false;
  const be = words[old + 1];
  const subject = words[old + 2];
  return (
    be !== undefined &&
    presentBe.has(be) &&
    subject !== undefined &&
    patientSubjects.has(subject) &&
    // ("Hvor gammel er han, broren din?": the clause names somebody else.)
    words.length <= old + 6
  );
}

/** "Og du selv?", "og deg sjølv?": the same question, now of the patient. */
function asksSelf(unit: TranscriptUnit): boolean {
  if (!isClinician(unit)) return false;
  const words = unit.tokens.map((token) => token.folded);
  return (
    words.length <= 4 &&
    (words.includes('du') || words.includes('deg')) &&
    (words.includes('selv') || words.includes('sjolv') || words.includes('sjol')) &&
    words[0] === 'og'
  );
}

/**
 * The numbers of a unit that may be an age: in years or months, or bare ("Femtito."), not "en"
 * or "ein" alone (an article as often as a number).
 */
function ageQuantities(unit: TranscriptUnit): Quantity[] {
  return unit.claims.quantities.filter(
    (quantity) =>
      !quantity.retracted &&
      (quantity.unit === 'year' ||
        quantity.unit === 'month' ||
        (quantity.unit === undefined && quantity.value >= 2)) &&
      Number.isInteger(quantity.value) &&
      quantity.value > 0 &&
      quantity.value <= 120,
  );
}

/** The ages said in a unit, with a split "åtti fem" also read as one number. */
function agesSaid(unit: TranscriptUnit): SaidAge[] {
  const quantities = ageQuantities(unit);
  const ages = quantities.map((quantity) => toSaidAge(quantity, unit.tokens));
  quantities.forEach((quantity, position) => {
    const next = quantities[position + 1];
    if (
      next !== undefined &&
      quantity.value % 10 === 0 &&
      quantity.value >= 20 &&
      next.value < 10 &&
      quantity.unit === undefined
    )
      ages.push({ ...toSaidAge(next, unit.tokens), value: quantity.value + next.value });
    // ("ni og førti": the old way of saying forty-nine.)
    if (
      next !== undefined &&
      quantity.value < 10 &&
      next.value % 10 === 0 &&
      next.value >= 20 &&
      next.value < 100 &&
      quantity.unit === undefined
    )
      ages.push({ ...toSaidAge(next, unit.tokens), value: quantity.value + next.value });
  });
  return ages;
}

function toSaidAge(quantity: Quantity, tokens: readonly WordToken[]): SaidAge {
  return {
    value: quantity.value,
    unit: quantity.unit === 'month' ? 'month' : 'year',
    approximate: tokens.some(
      (token, at) =>
        approximateWords.has(token.folded) ||
        // ("femti i år": fifty this year, may be forty-nine still.)
        (token.folded === 'ar' && tokens[at - 1]?.folded === 'i'),
    ),
  };
}

/** The answer to an age question: the first age said by another speaker right after it. */
function answerAfter(
  index: TranscriptIndex,
  question: number,
  subject: string | undefined,
): SaidAge[] {
  const asked = index.units[question];
  if (asked === undefined) return [];
  for (let at = question + 1; at <= question + 2; at += 1) {
    const unit = index.units[at];
    if (unit === undefined || unit.speaker === asked.speaker || !mayAnswer(subject, unit))
      return [];
    if (unit.tokens.some((token) => birthWords.has(token.folded))) return [];
    const said = agesSaid(unit);
    if (said.length > 0) {
      // A correction or the rest of the answer in the next few turns counts too ("Fjorten."
      // "Femten. Du har hatt bursdag!"; "Tjuetre." "Nei, tjuefire"; "Sytti. Og to. Syttito.").
      const more: SaidAge[] = [];
      for (let later = at + 1; later <= at + 3; later += 1) {
        const next = index.units[later];
        if (next === undefined || (isClinician(next) && next.isQuestion)) break;
        if (isCorrection(next)) more.push(...agesSaid(next), ...firstPersonAge(next));
      }
      return [...said, ...more];
    }
    // "Hvor gammel er du nå, trettiåtte?" "Ja." — the guess confirmed.
    if (at === question + 1 && yesWords.has(unit.tokens[0]?.folded ?? '')) {
      return agesSaid(asked);
    }
  }
  return [];
}

/** Words a turn correcting or finishing a said age opens with ("Nei, tjuefire", "Og to."). */
const correctionOpeners = new Set([
  ...['nei', 'eller', 'og', 'vent', 'unnskyld', 'altsa', 'neida', 'ja', 'jo'],
]);
/** How a relative speaks to or of the patient in a correction ("du er …", "han er …"). */
const relativePronouns = new Set(['du', 'han', 'hun', 'ho', 'hu']);

/**
 * A patient's or relative's turn that corrects or finishes the age just said: it opens with a
 * correction word or with the number itself, and names no relative ("Kona mi er førtito").
 */
function isCorrection(unit: TranscriptUnit): boolean {
  if (unit.speaker !== 'pasient' && unit.speaker !== 'pårørende') return false;
  const { tokens } = unit;
  const first = tokens[0];
  if (first === undefined) return false;
  // (A relative named last after a comma is spoken to: "Sekstito, pappa.")
  const last = tokens.length - 1;
  const vocative = last > 0 && (tokens[last]?.start ?? 0) - (tokens[last - 1]?.end ?? 0) > 1;
  if (tokens.some((token, at) => relativeWord.test(token.folded) && !(vocative && at === last)))
    return false;
  // ("Du er sekstito, pappa." "Han er tretten.": a relative correcting the patient's age.)
  if (
    unit.speaker === 'pårørende' &&
    relativePronouns.has(first.folded) &&
    presentBe.has(tokens[1]?.folded ?? '')
  )
    return true;
  return (
    correctionOpeners.has(first.folded) ||
    unit.claims.quantities.some((quantity) => quantity.start <= first.start)
  );
}

/** A patient's own "jeg er femtito" / "eg vart syttiein i går". */
function firstPersonAge(unit: TranscriptUnit): SaidAge[] {
  if (unit.speaker !== 'pasient' || unit.isQuestion || unit.isHypothetical) return [];
  const { tokens } = unit;
  if (tokens.some((token) => feverWords.has(token.folded))) return [];
  const quantities = ageQuantities(unit);
  for (const [position, quantity] of quantities.entries()) {
    const at = tokens.findIndex((token) => token.start >= quantity.start);
    // ("jeg er femtito", and inverted after an adverb: "da blir jeg sytten", "no er eg …")
    const inverted = firstPerson.has(tokens[at - 1]?.folded ?? '');
    const verb = tokens[at - (inverted ? 2 : 1)];
    const subject = tokens[at - (inverted ? 1 : 2)];
    // ("jeg er tre …" is seldom an age; a grown patient's age is said as one.)
    if (quantity.unit === undefined && quantity.value < 15) continue;
    if (
      verb !== undefined &&
      subject !== undefined &&
      becameOrIs.has(verb.folded) &&
      firstPerson.has(subject.folded) &&
      // ("jeg er femti prosent sykmeldt", "jeg er trettifire uker på vei": no age.)
      !notAgeAfter.has(tokens[at + 1]?.folded ?? '') &&
      endsAgeClause(tokens, quantity)
    )
      return [
        toSaidAge(quantity, tokens),
        ...tensAndUnits(quantity, quantities[position + 1], tokens),
        ...correctedLater(unit, quantities.slice(position + 1)),
      ];
  }
  return [];
}

/**
 * The numbers after a correction word in a turn that names no relative ("Jeg er sekstiåtte,
 * eller, sekstini nå"; not "jeg er 56, og mannen min er 65").
 */
function correctedLater(unit: TranscriptUnit, later: readonly Quantity[]): SaidAge[] {
  const { tokens } = unit;
  if (tokens.some((token) => relativeWord.test(token.folded))) return [];
  const correction = tokens.find((token) =>
    ['eller', 'nei', 'unnskyld', 'vent'].includes(token.folded),
  );
  if (correction === undefined) return [];
  return later
    .filter((quantity) => quantity.start > correction.start)
    .map((quantity) => toSaidAge(quantity, tokens));
}

/** "åtti og fire", "åtti fire": the tens and the units as one age. */
function tensAndUnits(
  tens: Quantity,
  units: Quantity | undefined,
  tokens: readonly WordToken[],
): SaidAge[] {
  if (units === undefined || tens.value % 10 !== 0 || tens.value < 20 || units.value >= 10)
    return [];
  return [{ ...toSaidAge(units, tokens), value: tens.value + units.value }];
}

/** Words opening a new clause after an age. */
const clauseStarters = new Set(['og', 'men', 'sa', 'so']);

/** What may follow an age and "i": "år", "dag", "fjor", "morgen", a month or a season. */
const afterAgeI = new Set(['ar', 'dag', 'fjor', 'morgen', 'host', 'haust', 'sommer', 'sommar']);

/**
 * True when the clause ends with the age ("jeg er femtito.", "jeg er 52 år nå", "jeg fyller 50 i
 * mai"), not when it goes on to say what the number counts ("jeg ble tjue da …", "jeg er 16 år
 * gift", "jeg er femten år eldre enn kona", "jeg er 30 år i Norge", "tretti meter unna"). A unit
 * is one spoken sentence; a comma shows as more than one character between two words.
 */
function endsAgeClause(tokens: readonly WordToken[], quantity: Quantity): boolean {
  const clauseEndsAt = (at: number): boolean => {
    const previous = tokens[at - 1];
    const token = tokens[at];
    return (
      token === undefined ||
      (previous !== undefined && token.start - previous.end > 1) ||
      // ("jeg er 52 og jobber som sjåfør": a new clause.)
      clauseStarters.has(token.folded)
    );
  };
  let next = tokens.findIndex((token) => token.start >= quantity.end);
  if (next < 0 || clauseEndsAt(next)) return true;
  if (tokens[next]?.folded === 'ar') {
    next += 1;
    if (clauseEndsAt(next) || oldWords.has(tokens[next]?.folded ?? '')) return true;
  }
  const word = tokens[next]?.folded ?? '';
  if (word === 'na' || word === 'no' || word === 'idag') return clauseEndsAt(next + 1);
  if (word !== 'i') return false;
  const after = tokens[next + 1]?.folded ?? '';
  // ("jeg ble femtien i forrige måned")
  if (
    after === 'forrige' &&
    ['uke', 'veke', 'maned', 'manad', 'mnd'].includes(tokens[next + 2]?.folded ?? '')
  )
    return clauseEndsAt(next + 3);
  return (
    (afterAgeI.has(after) || approximateWords.has(after)) &&
    after !== 'neste' &&
    clauseEndsAt(next + 2)
  );
}

/** The patient's ages the conversation states: answers to age questions and own statements. */
const saidPatientAges = perTranscript((index): readonly SaidAge[] => {
  const ages: SaidAge[] = [];
  let lastAgeQuestion = -10;
  index.units.forEach((unit, unitIndex) => {
    const self = asksSelf(unit) && unitIndex - lastAgeQuestion <= 4;
    if (asksPatientAge(unit) || self) {
      lastAgeQuestion = unitIndex;
      ages.push(...answerAfter(index, unitIndex, self ? 'du' : askedOf(unit)));
      return;
    }
    // Any age question ("hvor gammel er datteren") opens the window for "og du selv?".
    if (
      isClinician(unit) &&
      unit.tokens.some((token) => oldWords.has(token.folded)) &&
      unit.tokens.some((token) => token.folded === 'hvor' || token.folded === 'kor')
    )
      lastAgeQuestion = unitIndex;
    ages.push(...firstPersonAge(unit));
  });
  return ages;
});

function agrees(claimed: Age, said: SaidAge): boolean {
  const slack = said.approximate ? 1 : 0;
  if (claimed.unit === said.unit) return Math.abs(claimed.value - said.value) <= slack;
  // "1 år" for "tolv måneder", "18 mnd" for "halvannet år": a year is twelve months.
  const claimedMonths = claimed.unit === 'month' ? claimed.value : claimed.value * 12;
  const saidMonths = said.unit === 'month' ? said.value : said.value * 12;
  return Math.abs(claimedMonths - saidMonths) < 12 * (slack + 1);
}

/**
 * The patient's age a note sentence opens with, when the conversation states the patient's age
 * (an answer to "Hvor gammel er du?", the patient's own "jeg er …") and every such statement
 * gives another (issue 11): the claimed and a said age. Undefined otherwise, and whenever the
 * conversation states no age of the patient: then an age said of a relative may be the patient's.
 */
export function findWrongPatientAge(
  text: string,
  index: TranscriptIndex,
): { readonly claimed: Age; readonly said: Age } | undefined {
  const claimed = readOpeningAge(text);
  if (claimed === undefined) return undefined;
  const said = saidPatientAges(index);
  const first = said[0];
  if (first === undefined || said.some((age) => agrees(claimed, age))) return undefined;
  return { claimed, said: first };
}
