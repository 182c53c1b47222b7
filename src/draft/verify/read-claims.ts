import { relativeNouns } from '../../language/index.js';
import { sidedBodyPartStart } from '../language/sided-body-parts.js';
import { isConflictWord } from '../language/clinical-terms.js';
import {
  findConceptsOfWords,
  getLexiconEntry,
  toConceptWord,
  tryGetConceptsNamedBy,
  type ConceptWord,
} from '../language/clinical-lexicon.js';
import { toBokmalSpelling } from '../language/dialect-spelling.js';
import {
  findDrugMentions,
  toDrugWord,
  type DrugMention,
  type DrugWord,
} from '../language/drug-names.js';
import type { WordToken } from '../language/fold.js';
import { isInherentlyNegative, negatedWords } from '../language/negation.js';
import { findNormalStates } from '../language/normal-state.js';
import { createWordMemo, foldText, isMonthName } from '../../language/index.js';
import { readHalfLengthsOfTime } from './half-lengths-of-time.js';
import { habitForm, habitNouns, stoppedPastWords } from './habit-words.js';
import { extractNumbers } from '../language/norwegian-numbers.js';
import { isContentWord, stemFolded } from '../language/stem.js';
import {
  findSubjectMentions,
  measureOfWord,
  subjectOf,
  type QuantitySubject,
} from './quantity-subjects.js';

/** Which side a text names. */
export type Side = 'right' | 'left' | 'both';

/** Canonical units a number can carry. */
export type QuantityUnit =
  | 'mg'
  | 'mcg'
  | 'ml'
  | 'day'
  | 'week'
  | 'month'
  | 'year'
  | 'hour'
  | 'minute'
  | 'second'
  | 'times'
  | 'tablet'
  | 'percent'
  | 'kg'
  | 'degree'
  | 'mmol'
  | 'cm'
  | 'puff'
  | 'plus'
  /** Litres, of oxygen ("1 l O2", "på en liter oksygen"). */
  | 'litre'
  /** A time of day ("kl. 02", "klokka to"). */
  | 'clock';

/** A number with the unit that follows it (if any). */
export interface Quantity {
  readonly value: number;
  readonly unit: QuantityUnit | undefined;
  /** Offsets in the text the claims were read from. */
  readonly start: number;
  readonly end: number;
  /** As written, for messages. */
  readonly label: string;
  /** True when a later correction in the same turn took it back. */
  readonly retracted: boolean;
  /** What it is about (a measure or a drug), when the sentence says. */
  readonly subject?: QuantitySubject | undefined;
  /** True for the whole dose of several tablets ("to tabletter på 500 mg" = 1000 mg). */
  readonly ofTablets?: boolean | undefined;
  /**
   * A spoken one kept without a unit: a count of tablets or doses, never a dose in mg or g.
   * `'doses-a-day'` when said as one a day ("én om dagen": also once a day), else `'doses'`
   * ("én inhalasjon morgen og kveld" is no "x 1").
   */
  readonly countOnly?: 'doses' | 'doses-a-day' | undefined;
}

/** How often something is done. */
export type Frequency =
  | 'daily'
  | 'morning'
  | 'evening'
  | 'night'
  | 'weekly'
  | 'monthly'
  | 'prn'
  /** A fixed regimen ("fast", "regelmessig"), as opposed to "ved behov". */
  | 'regular'
  | 'alternate-day'
  | 'alternate-week';

/** The claims of one sentence, of the note or of the transcript. */
export interface Claims {
  /** Per token: what it names — its stem and, when a lexicon concept covers it, `c<concept>`. */
  readonly keys: readonly (readonly string[])[];
  /** Per token: a finding or diagnosis whose presence matters (the key used for polarity). */
  readonly findingKey: readonly (string | undefined)[];
  /** Per token: stated absent (negated, or a word like "afebril"). */
  readonly negated: readonly boolean[];
  /** Per token: about somebody other than the patient ("mor har diabetes"). */
  readonly aboutOther: readonly boolean[];
  /** True when the sentence names a relative or other person as a subject. */
  readonly namesOtherPerson: boolean;
  /**
   * Whether the sentence names a relative as the one who told it ("Datter forteller om …",
   * "ifølge kona"): what that relative said of "mamma" or "far" may then be the patient's.
   */
  readonly namesInformant: boolean;
  readonly sides: readonly { readonly side: Side; readonly token: number }[];
  readonly quantities: readonly Quantity[];
  /** The measures and drugs the sentence names, in order, each once. */
  readonly subjects: readonly QuantitySubject[];
  readonly frequencies: readonly Frequency[];
  /** Per drug (substance) the sentence names: the frequencies said after it, up to the next drug. */
  readonly drugFrequencies: ReadonlyMap<string, ReadonlySet<Frequency>>;
  /** Named days and times ("tirsdag", "august", "påske"), folded: a date said in words. */
  readonly namedTimes: readonly string[];
  /** Lexicon concepts of type `measure` and drug substances: what the numbers are about. */
  readonly measures: ReadonlySet<string>;
  readonly substances: ReadonlySet<string>;
  /** Where the sentence names each drug. */
  readonly drugMentions: readonly DrugMention[];
}

const unitWords: Readonly<Record<string, QuantityUnit>> = {
  mg: 'mg',
  milligram: 'mg',
  g: 'mg',
  gram: 'mg',
  mcg: 'mcg',
  mikrogram: 'mcg',
  µg: 'mcg',
  ug: 'mcg',
  ml: 'ml',
  milliliter: 'ml',
  dag: 'day',
  dager: 'day',
  dagene: 'day',
  dagane: 'day',
  dognene: 'day',
  dogna: 'day',
  ukene: 'week',
  vekene: 'week',
  vekone: 'week',
  manedene: 'month',
  manadene: 'month',
  arene: 'year',
  timene: 'hour',
  timane: 'hour',
  // Northern definite plurals ("dei siste tre timan", "dei to vekan").
  timan: 'hour',
  vekan: 'week',
  ukan: 'week',
  // Northern indefinite plurals ("tre vekka", trøndersk "to vekko") and "døger" for "døgn".
  vekka: 'week',
  vekko: 'week',
  doger: 'day',
  minuttan: 'minute',
  dagar: 'day',
  // Dialect plurals ("fire daga", "to tabletta", "tre gonga").
  daga: 'day',
  dagan: 'day',
  tabletta: 'tablet',
  tablettar: 'tablet',
  tablettane: 'tablet',
  tablettan: 'tablet',
  gongar: 'times',
  gong: 'times',
  ganga: 'times',
  minutta: 'minute',
  // Sørlandsk soft consonants ("en ti minudder", session 37j).
  minudder: 'minute',
  minudd: 'minute',
  dagen: 'day',
  dogn: 'day',
  dognet: 'day',
  uke: 'week',
  uker: 'week',
  uka: 'week',
  uken: 'week',
  veke: 'week',
  veker: 'week',
  veka: 'week',
  ukers: 'week',
  ukes: 'week',
  vekes: 'week',
  vekers: 'week',
  dagers: 'day',
  dogns: 'day',
  maneders: 'month',
  manaders: 'month',
  maned: 'month',
  maneder: 'month',
  maneden: 'month',
  manader: 'month',
  // Nynorsk, northern and Trøndelag forms ("ein månad", "to månede", "tre måneda").
  manad: 'month',
  maneda: 'month',
  manaden: 'month',
  manede: 'month',
  mnd: 'month',
  ar: 'year',
  ars: 'year',
  aret: 'year',
  arig: 'year',
  aring: 'year',
  time: 'hour',
  timer: 'hour',
  timar: 'hour',
  t: 'hour',
  l: 'litre',
  liter: 'litre',
  literen: 'litre',
  litrar: 'litre',
  minutt: 'minute',
  minutter: 'minute',
  // Genitives of a length of time ("en ti minutters tid", "ein halv times gange").
  minutters: 'minute',
  minutts: 'minute',
  timers: 'hour',
  timars: 'hour',
  min: 'minute',
  sekund: 'second',
  sekunder: 'second',
  sekunda: 'second',
  sekundar: 'second',
  sekunds: 'second',
  sekunders: 'second',
  ganger: 'times',
  gang: 'times',
  gonger: 'times',
  gonga: 'times',
  x: 'times',
  tablett: 'tablet',
  tabletter: 'tablet',
  tabletten: 'tablet',
  tbl: 'tablet',
  stk: 'tablet',
  kapsler: 'tablet',
  kapsel: 'tablet',
  prosent: 'percent',
  kilo: 'kg',
  kg: 'kg',
  kiloen: 'kg',
  grader: 'degree',
  mmol: 'mmol',
  cm: 'cm',
  centimeter: 'cm',
  drag: 'puff',
  doser: 'puff',
  inhalasjoner: 'puff',
  pust: 'puff',
  puff: 'puff',
  pluss: 'plus',
};

/** The same, as a Map (a fresh string looked up in an object is interned first: slow). */
const unitWordMap: ReadonlyMap<string, QuantityUnit> = new Map(Object.entries(unitWords));

/** Units of time: a duration, an age, a date's distance. */
export const timeUnits: ReadonlySet<QuantityUnit> = new Set([
  'day',
  'week',
  'month',
  'year',
  'hour',
  'minute',
  'second',
]);
/** Units of amount: a dose. */
export const amountUnits: ReadonlySet<QuantityUnit> = new Set([
  'mg',
  'mcg',
  'ml',
  'tablet',
  'puff',
]);

/**
 * The word after a number, past "hel"/"heil" ("en hel dag"), and a slash after it ("g/dL").
 * (Module level: `tsx` compiles a literal with `\p{…}` outside a class
 * into a `new RegExp` where it stands, so inside a function it was built on every call; issue 11.)
 */
const unitWordAfter = /^[\s-]*(?:(?:hel|heil|hele|heile)\s+(?=\p{L}))?([\p{L}µ]+)(\/)?/u;

/** Units worth nothing as a claim: "2 av 4" has no unit; "om 2" neither. */
function unitAfter(text: string, end: number, value: number): QuantityUnit | undefined {
  const rest = text.slice(end, end + 24);
  if (/^\s*%/.test(rest)) return 'percent';
  if (/^\s*\+/.test(rest)) return 'plus';
  if (/^\s*°/.test(rest)) return 'degree';
  if (/^-?[åa]r(?:ig|ing|s)?/iu.test(rest)) return 'year';
  // ("ein heil time", "en hel dag": whole is no unit; the unit follows it.)
  const match = unitWordAfter.exec(text.slice(end, end + 30));
  if (match?.[1] === undefined) return undefined;
  // "g/dL", "mmol/L": a concentration, not a dose.
  if (match[2] !== undefined && match[1].toLowerCase() !== 'mmol') return undefined;
  const word = foldText(match[1]);
  const unit = unitWordMap.get(word);
  // "3 t" is rarely hours in a note; keep "t" only for "t." after small numbers ("hver 6. t").
  if (unit === 'hour' && word === 't' && value > 24) return undefined;
  return unit;
}

/** "x2", "X4": a count of times written against its number. */
const timesWrittenJoined = /(?<![\p{L}\d])[xX](\d{1,2})(?![\p{L}\d]|[.,]\d)/gu;

/** Spellings of one that are never the indefinite article: stressed "én", nynorsk "eitt". */
const numeralOnlyOnes: ReadonlySet<string> = new Set(['én', 'éin', 'eitt']);

/** After a spoken one: a count of millions, or how many a day ("ein million", "én om dagen"). */
const afterNumeralOne =
  /^\s+(?:million\p{L}*|mill\.?(?![\p{L}])|om dagen|om døgnet|i døgnet|i døgeret|daglig|dagleg|hver dag|kvar dag|kver dag)(?![\p{L}])/iu;

/** After a spoken one: how many a day ("én om dagen", "ein dagleg"). */
const perDayAfterOne =
  /^\s+(?:om dagen|om døgnet|i døgnet|i døgeret|daglig|dagleg|hver dag|kvar dag|kver dag)(?![\p{L}])/iu;

/**
 * True when a spelled-out one said in the conversation is the number, not the article: positive
 * evidence only (its spelling, its decimals, or a word after it that counts).
 */
function isSpokenNumeralOne(raw: string, text: string, end: number): boolean {
  return (
    numeralOnlyOnes.has(raw.toLowerCase()) ||
    // ("ein komma null": a one with its decimals.)
    / komma /iu.test(raw) ||
    afterNumeralOne.test(text.slice(end, end + 24))
  );
}

/** A unit word, then "kanskje" or "eller" before a number said as an afterthought. */
const afterthoughtAfterUnit = /\p{L}+\s*,?\s*(?:kanskje|eller|elle|kansje)\s+$/u;

/** After the first number of a range with a unit: "en til to uker", "ett–to døgn". */
const startsRange =
  /^\s*(?:[-–]|til)\s*(?:to|tre|fire|2|3|4)\s+(?:dager|døgn|dogn|uker|veker|måneder|månader|timer|timar)(?![\p{L}])/iu;

function unitBefore(text: string, start: number): QuantityUnit | undefined {
  const before = text.slice(Math.max(0, start - 9), start);
  if (/(?<![\p{L}])(?:kl\.?|klokka|klokken|klokkå)\s*$/iu.test(before)) return 'clock';
  return /x\s*$/iu.test(before) ? 'times' : undefined;
}

/** After a relative, these make the relative the informant, not the subject ("mor sier at …"). */
// (And the verbs of a note's informant: "Mor opplyser at …", "Far ringte om utslett".)
const reportingVerbs = new Set(
  'sier sa mener synes tror forteller syns ringte ringde opplyser opplyste'.split(' '),
);
const clauseBreak = new Set(['men', 'mens', 'selv', 'sjol', 'sjolv']);
/** The words of {@link clauseBreak} that say "oneself". */
const clauseBreakSelf = new Set(['selv', 'sjol', 'sjolv']);
/** The speaker as a subject ("jeg", "eg", "je", "æ"; not "meg"). */
const subjectFirstPerson = new Set(['jeg', 'eg', 'je', 'æ', 'ae']);
/**
 * Words after "og" that give the clause a subject of its own or name another person ("og hun har
 * astma", "og en søster", "og min bror"): "og" before them does not go back to the speaker.
 */
const continuesWithOther = new Set(
  'han hun ho hen de dei den det dem en ei et ein eit min mi mitt mine hans hennes hennar deres dykkar'.split(
    ' ',
  ),
);
const firstPerson = new Set(['jeg', 'eg', 'meg', 'je', 'æ', 'ae', 'i']);
const firstPersonAny = new Set(['jeg', 'eg', 'meg', 'min', 'mitt', 'mine', 'je', 'æ', 'mi', 'mæ']);
/**
 * Verbs that make "e" the speaker ("e har sjølv", "no tek e"), as "jeg" is said in Valdres,
 * Hallingdal and Gudbrandsdalen; elsewhere "e" is "er" ("det e han"), so "e" alone says nothing.
 */
const verbsWithDialectI = new Set(
  'har hadde he hev tek tok tar brukar bruker brukte bruka gar gjekk fekk fikk faer ska skal kan vil ma matte treng'.split(
    ' ',
  ),
);

/** "e" as "jeg": next to one of {@link verbsWithDialectI}. */
function isDialectI(tokens: readonly WordToken[], index: number): boolean {
  if (tokens[index]?.folded !== 'e') return false;
  return (
    verbsWithDialectI.has(tokens[index + 1]?.folded ?? '') ||
    verbsWithDialectI.has(tokens[index - 1]?.folded ?? '')
  );
}
const thirdPersonPatient = new Set([
  'han',
  'hun',
  'ho',
  'hu',
  'barnet',
  'gutten',
  'jenta',
  'pasienten',
  'henne',
  'ham',
  'hans',
  'hennes',
]);

/** "ho", "han": in a patient's own words another person, since the patient says "eg". */
const patientSpokenThirdPerson = new Set(['han', 'hun', 'ho', 'hu', 'hon']);

/**
 * "et kvarter", "ein kvart før trening" (15 minutes), "en halvtime", "ein halv time" (30 minutes).
 */
const timeWordPattern =
  /(?<![\p{L}])(?:(?:et|eit|ett|ei|i)\s+kvarters?|(?:en|ein|et|eit|ett)\s+kvart(?=\s+(?:før|etter|seinare|senere)(?![\p{L}]))|(?:en|ein|ei)\s+halv\s*times?|halvtimes?)(?![\p{L}])/giu;

/** A word every {@link timeWordPattern} match holds (same flags but global). */
const timeWordWords = /kvart|halv/iu;

/** The patient named in a note ("pasienten", "pas."). */
const patientNouns = new Set(['pasienten', 'pas', 'pasient']);
/** A turn that says a habit was given up. */
const givenUpPattern =
  /(?<![\p{L}])(?:slutt\p{L}*|ikke lenger|ikkje lenger|ikkje meir|itj no meir|lagt av|kutta ut|kuttet ut)(?![\p{L}])/iu;
/** Habits in the past tense (folded). */
const pastHabitWords = new Set(['roykte', 'royka', 'rokte', 'snuste', 'snusa', 'drakk']);
/** Words that may stand between a stop verb and its habit ("sluttet helt med røyking", "kutta ut"). */
const stopObjectLinks: ReadonlySet<string> = new Set(['med', 'ut', 'helt', 'heilt', 'a', 'av']);
/** Before an agent noun ("tidligere røyker", "eks-røyker"): a habit given up. */
const formerCue = new Set(['tidligere', 'tidlegare', 'eks', 'ex']);
/**
 * Agent nouns of a habit (folded: "røyker", "snuser", "sprøytebruker"); not any word ending in
 * "-ser" ("tidligere ørebetennelser" is a history of otitis, not one given up).
 */
const habitAgentNoun =
  /(?:royker|roykar|roker|rokar|snuser|snusar|bruker|brukar|drikker|drikkar|misbruker)$/u;
/** After or before "jeg", these make the speaker the informant, not the subject. */
const informantVerbs = new Set(
  'synes syns tror trur mener meiner ser sag merker merka veit vet vett sa sier hørte horte lurer opplever'.split(
    ' ',
  ),
);
const clauseJoiners = new Set(['men', 'mens', 'og', 'sa', 'for']);
const pronounsAfterJoiner = new Set([
  ...firstPersonAny,
  ...thirdPersonPatient,
  'vi',
  'me',
  'de',
  'dei',
]);

/** Words that open the clause before "hos mor" ("… pga. magekreft hos bror"). */
const clauseOpeners = new Set(['pga', 'grunnet', 'fordi', 'men', 'mens', 'da', 'som']);

/**
 * "Magekreft hos bror", "diabetes og hjerteinfarkt hos far": what the clause names before "hos"
 * and a relative is the relative's, as what follows a relative named first is.
 */
function markOwnedByRelative(
  text: string,
  tokens: readonly WordToken[],
  aboutOther: boolean[],
  familyWide: 'told' | 'existential' | 'none',
): void {
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const ownedByRelative =
      token.folded === 'hos' && relativeNouns.has(next?.text.toLowerCase() ?? '');
    // "Det er mye diabetes i familien", "kreft i slekta", told by the patient or a relative: the
    // family's, unless the clause names the speaker or the patient ("eg er den einaste i familien
    // med astma"). (Not a note's "Magekreft i familien" or a clinician's question about it, which
    // the family-history checks read as asked of the patient.)
    const inFamily =
      familyWide !== 'none' && token.folded === 'i' && familyNouns.has(next?.folded ?? '');
    if (!ownedByRelative && !inFamily) return;
    let clauseStart = index;
    for (let back = index - 1; back >= 0; back -= 1) {
      const before = tokens[back];
      const after = tokens[back + 1];
      if (before === undefined || after === undefined) break;
      if (/[,;:.!?]/.test(text.slice(before.end, after.start))) break;
      if (clauseOpeners.has(before.folded)) break;
      clauseStart = back;
    }
    if (inFamily) {
      // A note's "Magekreft i familien" is read as asked of the patient (the family-history
      // checks); its "det er mye høyt blodtrykk i familien" tells of the family.
      if (
        familyWide === 'existential' &&
        !tokens
          .slice(clauseStart, index)
          .some(
            (before, at) =>
              before.folded === 'det' &&
              /^(?:er|var|finnes|fins)$/u.test(tokens[clauseStart + at + 1]?.folded ?? ''),
          )
      )
        return;
      for (let at = clauseStart; at < index; at += 1) {
        const word = tokens[at]?.text.toLowerCase() ?? '';
        const names =
          firstPersonAny.has(word) || thirdPersonPatient.has(word) || secondPerson.has(word);
        if (names && familyStatingVerbs.has(tokens[at + 1]?.folded ?? '')) return;
      }
    }
    for (let back = clauseStart; back < index; back += 1) aboutOther[back] = true;
  });
}

/**
 * The words of a drafted sentence said of the family as a whole ("Mye diabetes i familien"): the
 * words before "i familien" in its clause, unless a person there is the one who has it ("Har
 * diabetes, i likhet med flere i familien" keeps "Har diabetes" the patient's). Kept out of
 * `aboutOther`, which the family-history checks read as asked of the patient.
 */
export function findFamilyWideWords(text: string, tokens: readonly WordToken[]): Set<number> {
  const marked = tokens.map(() => false);
  markOwnedByRelative(text, tokens, marked, 'told');
  const found = new Set<number>();
  tokens.forEach((token, index) => {
    if (marked[index] === true && !familyNouns.has(token.folded)) found.add(index);
  });
  return found;
}

/** A family as a whole ("i familien", "i slekta"), folded. */
const familyNouns = new Set([
  'familien',
  'familia',
  'familie',
  'familjen',
  'slekta',
  'slekten',
  'slekt',
  'slekti',
]);
/** The patient addressed ("du har"). */
const secondPerson = new Set(['du', 'deg']);
/** Verbs after a person that make them the one who has it ("eg er den einaste i familien …"). */
const familyStatingVerbs = new Set([
  'har',
  'hadde',
  'fikk',
  'fekk',
  'er',
  'e',
  'var',
  'vart',
  'ble',
]);

/** "Selv", "sjøl", "sjølv": the speaker stresses it is their own. */
const ownEmphasis = new Set(['selv', 'sjol', 'sjolv', 'sjael']);
/** Words naming the patient in a clinician's speech. */
const patientAddressed = new Set(['du', 'deg', 'din', 'di', 'ditt', 'dine', 'dykk', 'dokker']);

/** Verbs of examining or measuring: a clinician who "kjente selv" examined the patient. */
const examiningVerbs = new Set([
  'kjente',
  'kjenner',
  'kjent',
  'så',
  'sett',
  'ser',
  'sjekka',
  'sjekket',
  'sjekker',
  'undersøkte',
  'undersøkt',
  'undersøker',
  'målte',
  'målt',
  'måler',
  'lyttet',
  'lytta',
  'lytter',
  'palperte',
  'palpert',
  'palperer',
]);

/**
 * A clinician's or nurse's sentence about their own illness ("jeg har migrene selv", "eg har
 * sjølv hatt nyrestein, og det var akkurat sånn"): from the clause where the speaker names
 * themself with "selv", the sentence is about the speaker until a clause names the patient ("men
 * det du beskriver …"). Without "selv" a clinician's "jeg har" is their own examination ("jeg har
 * sett på såret"), so it stays the patient's.
 */
function markClinicianSpeakingOfThemself(
  text: string,
  tokens: readonly WordToken[],
  aboutOther: boolean[],
): void {
  if (!tokens.some((token) => ownEmphasis.has(token.folded))) return;
  let clauseStart = 0;
  let carry = false;
  const closeClause = (end: number): void => {
    let namesPatient = false;
    let namesSelf = false;
    let stressed = false;
    let examines = false;
    for (let index = clauseStart; index < end; index += 1) {
      const token = tokens[index];
      const word = token?.text.toLowerCase() ?? '';
      if (patientAddressed.has(word) || thirdPersonPatient.has(word)) namesPatient = true;
      else if (word === 'jeg' || word === 'eg' || word === 'æ' || isDialectI(tokens, index))
        namesSelf = true;
      if (ownEmphasis.has(token?.folded ?? '')) stressed = true;
      if (examiningVerbs.has(word)) examines = true;
    }
    // "Jeg kjente selv på magen, og det er ømhet …": the clinician examined the patient in person;
    // that clause and what follows it are about the patient, not the clinician's own illness.
    if (namesPatient || examines) carry = false;
    else if (namesSelf && stressed) carry = true;
    if (carry) for (let index = clauseStart; index < end; index += 1) aboutOther[index] = true;
    clauseStart = end;
  };
  tokens.forEach((token, index) => {
    if (index === 0) return;
    const previous = tokens[index - 1];
    const between = previous === undefined ? '' : text.slice(previous.end, token.start);
    if (/[,;:.!?]/.test(between)) closeClause(index);
  });
  closeClause(tokens.length);
}

/**
 * A relative's turn, clause by clause: a clause with the relative as subject ("jeg har selv
 * diabetes", "det er jeg som har flimmer") is about the relative, and so are the clauses that
 * follow it without a new subject; a clause naming the patient ("han", "hun") is about the
 * patient. "Synes jeg", "jeg tror" make the relative the informant, not the subject.
 */
function markRelativeSpeakingOfThemself(
  text: string,
  tokens: readonly WordToken[],
  aboutOther: boolean[],
): void {
  let clauseStart = 0;
  let carry = false;
  const closeClause = (end: number): void => {
    let namesPatient = false;
    let namesSelf = false;
    for (let index = clauseStart; index < end; index += 1) {
      const word = tokens[index]?.text.toLowerCase() ?? '';
      if (thirdPersonPatient.has(word)) namesPatient = true;
      else if (
        (firstPersonAny.has(word) || isDialectI(tokens, index)) &&
        // ("Så eg …" is "so I", not "sa eg", "I said".)
        (!informantVerbs.has(tokens[index - 1]?.folded ?? '') ||
          tokens[index - 1]?.text.toLowerCase() === 'så') &&
        !informantVerbs.has(tokens[index + 1]?.folded ?? '')
      )
        namesSelf = true;
    }
    if (namesPatient) carry = false;
    else if (namesSelf) carry = true;
    if (carry) for (let index = clauseStart; index < end; index += 1) aboutOther[index] = true;
    clauseStart = end;
  };
  tokens.forEach((token, index) => {
    if (index === 0) return;
    const previous = tokens[index - 1];
    const between = previous === undefined ? '' : text.slice(previous.end, token.start);
    const joins =
      clauseJoiners.has(token.folded) &&
      pronounsAfterJoiner.has(tokens[index + 1]?.text.toLowerCase() ?? '');
    if (/[,;:.!?]/.test(between) || joins) closeClause(index);
  });
  closeClause(tokens.length);
}

/** Findings and diagnoses recognised by their medical ending ("atrofi", "appendisitt"). */
const medicalFinding =
  /^\p{L}{3,}(?:itt|itis|ose|opati|algi|uri|syndrom|trofi|prolaps|ruptur|fraktur|abscess|trombose|emboli|stenose|kreft|cancer|karsinom|allergi|infarkt)(?:en|er|ene)?$/u;

/** Words too general to carry a polarity of their own ("ingen smerter i kneet" ≠ no pain at all). */
const generalFindingWords = new Set([
  'smert',
  'smerter',
  'smerte',
  'vondt',
  'plag',
  'problem',
  'ubehag',
  'normal',
  'fin',
  'stabil',
  'test',
  'prov',
  'blod',
  'verdi',
  'funn',
  'undersok',
  'kontroll',
  'reaksjon',
  'kraft',
  'temperatur',
  'temp',
  'vekt',
  'puls',
  'rod',
  'svie',
  'hyppig',
  'trett',
  'slapp',
]);

/** First letters of every side word below: most words are ruled out without a regex. */
const sideInitials = new Set(['h', 'v', 's', 'd', 'b', 't']);

/** Words after which "hø"/"ve" without a full stop are still sides ("hø kne", "hø side"). */
function isSidedAfterAbbreviation(folded: string): boolean {
  return sidedBodyPartStart.test(folded) || folded.startsWith('side');
}

/** Sides of words that name one whatever surrounds them, memoized by folded word. */
const sideMemo = createWordMemo<Side | null>(50_000);

function sideOfWord(folded: string): Side | undefined {
  const known = sideMemo.get(folded);
  if (known !== undefined) return known ?? undefined;
  let side: Side | null = null;
  // (Dialect forms too: trøndersk and nordnorsk "hægre", "vænstre".)
  if (/^(?:hoyre|hogre|hoire|haegre|dx|dekstra|hoyresidig\p{L}*|hoyreside\p{L}*)$/u.test(folded))
    side = 'right';
  else if (
    /^(?:venstre|vinstre|vaenstre|sin|sinistra|venstresidig\p{L}*|venstreside\p{L}*|venstrehendt)$/u.test(
      folded,
    )
  )
    side = 'left';
  else if (/^(?:bilateral\p{L}*|bilat|dobbeltsidig\p{L}*|tosidig\p{L}*)$/u.test(folded))
    side = 'both';
  sideMemo.set(folded, side);
  return side ?? undefined;
}

/** Heart parts named by a side ("venstre ventrikkel"): anatomy, not laterality. */
const cardiacSide = /^(?:ventrik|atri|forkammer|hjertekammer|grenblokk|hjertehalvdel|hjertesvikt)/u;

function sideOf(
  text: string,
  tokens: readonly WordToken[],
  index: number,
  folded: string,
): Side | undefined {
  if (!sideInitials.has(folded.charAt(0))) return undefined;
  // The abbreviations a note writes: "hø." and "ve." ("ho" alone is nynorsk "she").
  if (folded === 'ho' || folded === 've') {
    const token = tokens[index];
    const abbreviated =
      token !== undefined &&
      token.text.toLowerCase() !== 'ho' &&
      (text.charAt(token.end) === '.' || isSidedAfterAbbreviation(tokens[index + 1]?.folded ?? ''));
    if (!abbreviated) return undefined;
    return folded === 'ho' ? 'right' : 'left';
  }
  const side = sideOfWord(folded);
  // "venstre ventrikkel", "høyre forkammer", "venstre grenblokk": a part of the heart, not a side.
  if (side !== undefined && side !== 'both' && cardiacSide.test(tokens[index + 1]?.folded ?? ''))
    return undefined;
  if (side !== undefined) return side;
  if (folded === 'begge') {
    const next = tokens[index + 1]?.folded ?? '';
    if (
      /^(?:sider|ore|oyr|oye|oyn|auge|augo|bein|ben|arm|kne|knae|hend|hand|fot|fott|lunge|tonsill|mandl|hoft|skuldr|ankl|ankel|sidene|aug|legg|lar|albu|olbog|nyre|trommehinn|lysk|bryst|nesebor|fingr|tommel|taer)/u.test(
        next,
      )
    )
      return 'both';
  }
  return undefined;
}

/**
 * Each frequency: its pattern, and a cue (same flags) holding a piece of every alternative of the
 * pattern, so the pattern runs only on a text that can match it (issue 11: most sentences say no
 * frequency, and a piece such as "dag" alone tells nothing of "kveld" or "fast").
 */
const frequencyPatterns: readonly (readonly [RegExp, Frequency, RegExp])[] = [
  [
    /(?<![\p{L}])(?:daglig\p{L}*|(?:hver|kvar|kver) (?:eneste |einaste )?(?:dag|kveld|natt|morgen|morgon)|per dag|pr\.? dag|om dagen|på dag|på dagen|i døgnet|i dognet|per døgn|i dagen|dagleg\p{L}*)(?![\p{L}])/iu,
    'daily',
    /dag|kveld|natt|morg|døgn|dogn/iu,
  ],
  [
    /(?<![\p{L}])(?:morgen\p{L}*|morgon\p{L}*|morran|morra|morrå|morrån|mårrå|mårrån|mårran|mårra|formiddag\p{L}*|frokost)(?![\p{L}])/iu,
    'morning',
    /morg|morr|mårr|formiddag|frokost/iu,
  ],
  [
    /(?<![\p{L}])(?:kveld\p{L}*|kvelds\p{L}*|ettermiddag\p{L}*|middag\p{L}*)(?![\p{L}])/iu,
    'evening',
    /kveld|middag/iu,
  ],
  [
    /(?<![\p{L}])(?:natt\p{L}*|om natta|før sengetid|ved sengetid|til natten)(?![\p{L}])/iu,
    'night',
    /natt|sengetid/iu,
  ],
  [
    // "i helgene" is once or twice a week, never daily.
    /(?<![\p{L}])(?:ukentlig\p{L}*|hver uke|kvar veke|per uke|i uka|i uken|i veka|i veke|pr\.? uke|en gang i uken|vekentleg|(?:i|på|om) helg\p{L}*)(?![\p{L}])/iu,
    'weekly',
    /uke|uka|vek|helg/iu,
  ],
  [
    // "ein gang i månen" (dialect for "i måneden"), nynorsk "i månaden", "kvar månad".
    /(?<![\p{L}])(?:månedlig\p{L}*|månadleg\p{L}*|hver måned|kvar månad|per måned|per månad|i måneden|i månaden|(?:gang|ganger|gong|gonger|gonga) i månen)(?![\p{L}])/iu,
    'monthly',
    /måned|månad|månen/iu,
  ],
  [
    /(?<![\p{L}])(?:(?:annenhver|annahver|annahvar|annakvar|annankvar|annenkvar|annekvar|hver annen|hver andre|kvar andre|kvar annan) (?:dag|døgn|natt|kveld|morgen|morgon)|annethvert døgn|hver 2\. dag)(?![\p{L}])/iu,
    'alternate-day',
    /anne|anna|hver an|kvar an|hver 2/iu,
  ],
  [
    /(?<![\p{L}])(?:(?:annenhver|annahver|annahvar|annakvar|annankvar|annenkvar|annekvar) (?:uke|uka|veke|veka)|hver annen uke|hver 14\. dag|hver fjortende dag|hver andre uke)(?![\p{L}])/iu,
    'alternate-week',
    /anne|anna|hver an|hver 14|hver fj/iu,
  ],
  [
    /(?<![\p{L}])(?:ved behov|etter behov|v\.?b\.?|når (?:du|han|hun|det) trenger|ved smerter|når det trengs|om nødvendig|når (?:det|smerten|smertene) er (?:som )?verst|når (?:eg|jeg|æ) treng\p{L}*)(?![\p{L}])/iu,
    'prn',
    /behov|v\.?b|treng|smerter|nødvendig|verst/iu,
  ],
  [
    // "x 4 fast", "fast to om dagen", "faste medisiner" — not "fast føde", "sitter fast", nor
    // "ingen faste medisiner", "ikkje noko fast".
    /(?<![\p{L}])(?<!(?:ingen|inga|ingenting|ikke|ikkje|inkje|itj|ikke noe|ikkje noko|ikkje noe) )(?:fast|faste|regelmessig\p{L}*)(?![\p{L}])(?! (?:føde|avføring|bopel|fastlege|lege|jobb|stilling|arbeid|i |på |sammen|tak))/iu,
    'regular',
    /fast|regelmessig/iu,
  ],
];

/**
 * Words one of which every {@link frequencyPatterns} match contains (a piece of each alternative,
 * same flags): a cheap first test, as most sentences say no frequency (issue 11).
 */
const frequencyWords =
  /dag|kveld|natt|morg|morr|mårr|døgn|dogn|frokost|sengetid|uke|uka|vek|helg|måned|månad|månen|behov|v\.?b|treng|smerter|nødvendig|verst|fast|regelmessig/iu;

/** Drug-dose frequencies in a text. */
export function readFrequencies(text: string): Frequency[] {
  const found: Frequency[] = [];
  if (!frequencyWords.test(text)) return found;
  for (const [pattern, frequency, cue] of frequencyPatterns)
    if (cue.test(text) && pattern.test(text)) found.push(frequency);
  return found;
}

const globalFrequencyPatterns = frequencyPatterns.map(
  ([pattern, frequency]) => [new RegExp(pattern.source, 'giu'), frequency] as const,
);

/**
 * Where each frequency is said in a text (offsets in the text), of the frequencies
 * {@link readFrequencies} found in it (the others are not there to be found).
 */
function locateFrequencies(
  text: string,
  said: readonly Frequency[],
): { frequency: Frequency; at: number }[] {
  const found: { frequency: Frequency; at: number }[] = [];
  for (const [pattern, frequency] of globalFrequencyPatterns) {
    if (!said.includes(frequency)) continue;
    // (An exec loop: `matchAll` clones the pattern on every call.)
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
      found.push({ frequency, at: match.index });
  }
  return found;
}

/**
 * The frequencies each drug is given with: a frequency belongs to the nearest drug named before it
 * ("Alendronat 70 mg én gang i uken og kalk hver dag"), or to the first drug when none is before.
 */
function bindFrequencies(
  located: readonly { frequency: Frequency; at: number }[],
  drugs: readonly { readonly substance: string; readonly start: number }[],
): Map<string, Set<Frequency>> {
  const bound = new Map<string, Set<Frequency>>();
  if (drugs.length === 0) return bound;
  for (const { frequency, at } of located) {
    let owner = drugs[0]?.substance;
    for (const drug of drugs) if (drug.start <= at) owner = drug.substance;
    if (owner === undefined) continue;
    const set = bound.get(owner) ?? new Set<Frequency>();
    set.add(frequency);
    bound.set(owner, set);
  }
  return bound;
}

/** Weekdays, months and holidays, folded (bokmål, nynorsk, dialect): a time named in words. */
const namedTimePattern =
  /^(?:mandag|tirsdag|tysdag|onsdag|torsdag|fredag|lordag|laurdag|sondag|sundag|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jul|jula|julen|paske|paska|pasken|pinse|pinsen|nyttar|nyttarsaften)$/u;

const canonicalTimes: ReadonlyMap<string, string> = new Map([
  ['tysdag', 'tirsdag'],
  ['laurdag', 'lordag'],
  ['sundag', 'sondag'],
  ['jula', 'jul'],
  ['julen', 'jul'],
  ['paska', 'paske'],
  ['pasken', 'paske'],
  ['pinsen', 'pinse'],
  ['nyttarsaften', 'nyttar'],
]);

/** Named times of words already read (`null`: none), bounded like the other word memos. */
const namedTimeMemo = createWordMemo<string | null>(50_000);

/** The weekday, month or holiday a folded word names, as one canonical word; else undefined. */
export function namedTimeOf(folded: string): string | undefined {
  const known = namedTimeMemo.get(folded);
  if (known !== undefined) return known ?? undefined;
  let named: string | null = null;
  if (namedTimePattern.test(folded)) named = canonicalTimes.get(folded) ?? folded;
  namedTimeMemo.set(folded, named);
  return named ?? undefined;
}

/** What a word says on its own, whatever sentence it is in (see {@link wordFactsOf}). */
interface WordFacts {
  /** A word that denies by itself ("afebril", "feberfri"). */
  readonly inherent: boolean;
  /** Its key as a content word: the stem (of "feber" for "feberfri"); undefined for other words. */
  readonly stem: string | undefined;
  /** Its finding key when no lexicon concept covers it: a symptom or a medical ending. */
  readonly finding: string | undefined;
  /** The weekday, month or holiday it names (see {@link namedTimeOf}). */
  readonly namedTime: string | undefined;
  /** Its keys when no lexicon concept covers it: `[stem]`, or none; one array shared by every use. */
  readonly ownKeys: readonly string[];
}

/*
 * Words already read (pure: a folded word always gives the same facts). Bounded, so a long-running
 * server keeps vocabulary, never whole conversations.
 */
const maxWordFacts = 50_000;
const wordFactsMemo = createWordMemo<WordFacts>(maxWordFacts);

/** The facts of one folded word, worked out once per distinct word. */
function wordFactsOf(folded: string): WordFacts {
  const known = wordFactsMemo.get(folded);
  if (known !== undefined) return known;
  const inherent = isInherentlyNegative(folded);
  const base = inherent ? folded.replace(/(?:fri|frie|fritt)$/u, '') : folded;
  const content = isContentWord(folded);
  const stem = content && !/^\d/.test(folded) ? stemFolded(base) : undefined;
  const facts: WordFacts = {
    inherent,
    stem,
    finding:
      content &&
      (isConflictWord(base) || medicalFinding.test(base)) &&
      !generalFindingWords.has(stemFolded(base))
        ? stemFolded(base)
        : undefined,
    namedTime: namedTimeOf(folded),
    ownKeys: stem === undefined ? [] : [stem],
  };
  wordFactsMemo.set(folded, facts);
  return facts;
}

/**
 * Everything `readClaims` reads of one word as written, whatever sentence it is in: one record per
 * distinct word, so each word of a sentence costs one memo lookup instead of one per reader.
 */
interface WordRecord {
  /** The word in lower case. */
  readonly lower: string;
  /** The word in its bokmål spelling ("hjartesvikt" → "hjertesvikt"); `lower` when the same. */
  readonly bokmal: string;
  /** True when {@link WordRecord.bokmal} differs from {@link WordRecord.lower}. */
  readonly bokmalDiffers: boolean;
  /** What the word says on its own (keyed by its folded form). */
  readonly facts: WordFacts;
  /** Its keys when no lexicon concept covers it: its own keys, and its bokmål stem if another. */
  readonly plainKeys: readonly string[];
  /** The bokmål stem when it differs from the word's spelling and the word is a content word. */
  readonly bokmalStem: string | undefined;
  /** What the lexicon's phrase search reads of the word. */
  readonly concept: ConceptWord;
  /** The same of its bokmål spelling (read on first need). */
  bokmalConcept?: ConceptWord;
  /** The folded word the record was read with (a token's `folded`). */
  readonly folded: string;
  /** A relative ("mor", "broren"). */
  readonly isRelative: boolean;
  /** "jeg", "eg", "meg" … as {@link firstPerson}. */
  readonly isFirstPerson: boolean;
  /** A word that ends what a relative had ({@link clauseBreak}, {@link patientNouns}). */
  readonly endsRelative: boolean;
  /** What the drug names read of it. */
  readonly drug: DrugWord;
  /** The measure it names ("metningen" → `spo2`), as `measureOfWord` of its folded form. */
  readonly measure: string | undefined;
}

const wordRecordMemo = createWordMemo<WordRecord>(maxWordFacts);

/**
 * A compound of a body part and a sensation the lexicon names ("setenummenhet",
 * "fingernummenhet"): its tail, so the compound is read as that finding (issue 11: "ikkje nummen"
 * against a note's "setenummenhet").
 */
function compoundFindingTail(lower: string): string | undefined {
  return /^\p{L}{3,}(?<tail>nummenhet(?:en)?)$/u.exec(lower)?.groups?.['tail'];
}

/** The record of one word as written (a token's `text`), worked out once per distinct word. */
function wordRecordOf(text: string, folded: string): WordRecord {
  const known = wordRecordMemo.get(text);
  // (A token's folded form is its text folded; a hand-made token that differs is read afresh.)
  if (known !== undefined && known.folded === folded) return known;
  const lower = text.toLowerCase();
  const bokmal = toBokmalSpelling(text);
  const bokmalDiffers = bokmal !== lower;
  const facts = wordFactsOf(folded);
  const bokmalStem =
    facts.stem === undefined || !bokmalDiffers ? undefined : stemFolded(foldText(bokmal));
  const record: WordRecord = {
    lower,
    bokmal,
    bokmalDiffers,
    facts,
    plainKeys: withHyphenPartKeys(
      folded,
      bokmalStem === undefined || facts.ownKeys.includes(bokmalStem)
        ? facts.ownKeys
        : [...facts.ownKeys, bokmalStem],
    ),
    bokmalStem,
    concept: toConceptWord(compoundFindingTail(lower) ?? text),
    folded,
    isRelative: relativeNouns.has(lower),
    isFirstPerson: firstPerson.has(lower),
    endsRelative: clauseBreak.has(folded) || patientNouns.has(folded),
    drug: toDrugWord(folded),
    measure: measureOfWord(folded),
  };
  if (known !== undefined) return record;
  wordRecordMemo.set(text, record);
  return record;
}

/**
 * A hyphenated compound no concept covers also names its parts: "KOLS-forverring" says KOLS as
 * "forverring av KOLS" does, so either wording supports the other (issue 11, false flags).
 */
function withHyphenPartKeys(folded: string, keys: readonly string[]): readonly string[] {
  if (keys.length === 0 || !/^\p{L}{3,}(?:-\p{L}{3,})+$/u.test(folded)) return keys;
  const all = new Set(keys);
  // Only a part that names a lexicon concept by itself: "fire-fem" names no number on its own.
  for (const part of folded.split('-')) {
    const concepts = isContentWord(part) ? tryGetConceptsNamedBy(part) : [];
    if (concepts.length === 0) continue;
    all.add(stemFolded(part));
    for (const concept of concepts) all.add(conceptKey(concept));
  }
  return [...all];
}

/** Keys of lexicon concepts (`c12`), made once per concept. */
const conceptKeys: string[] = [];

function conceptKey(concept: number | ''): string {
  if (concept === '') return 'c';
  return (conceptKeys[concept] ??= `c${concept}`);
}

/** Nynorsk and hyphenated number words, as the number reader knows them (see below). */
const numberWordCue = /(?<![\p{L}])[Ee](?:in|itt?|t)(?![\p{L}])|-/u;

/** One letter. (Module level: `tsx` compiles a literal with `\p{…}` outside a class
 * into a `new RegExp` where it stands, so inside a function it was built on every call; issue 11.) */
const letter = /\p{L}/u;

/**
 * Rewrites number words the number reader does not know into ones it does, keeping every offset:
 * nynorsk "ein", "eitt" and "eit" as bokmål, "et døgn" as "en døgn", "sytti-fire" as "syttifire".
 */
/** Where the word holding `position` begins (not before `floor`). */
function wordStart(text: string, position: number, floor: number): number {
  let start = position;
  while (start > floor && letter.test(text.charAt(start - 1))) start -= 1;
  return start;
}

function rewriteNumberWords(sentence: string): string {
  // Most sentences hold none of them: one test instead of five rewrites.
  if (!numberWordCue.test(sentence)) return sentence;
  return (
    sentence
      .replace(/(?<![\p{L}])([Ee])in(?![\p{L}])/gu, ' $1n')
      .replace(/(?<![\p{L}])([Ee])itt(?![\p{L}])/gu, ' $1tt')
      .replace(/(?<![\p{L}])([Ee])it(?![\p{L}])/gu, '$1tt')
      // "et døgn", "et år": the neuter article before a length of time is one (same length).
      .replace(/(?<![\p{L}])([Ee])t(?=\s+(?:døgn|døger|år|minutt|sekund)(?![\p{L}]))/gu, '$1n')
      // "sytti-fire" is 74, as "syttifire" (same length, so offsets hold).
      .replace(
        /(?<![\p{L}])(tjue|tretti|førti|femti|seksti|sytti|søtti|sjøtti|sjutti|åtti|nitti)-(en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)(?![\p{L}])/giu,
        '$1$2 ',
      )
  );
}

/** Options for reading claims. */
export interface ReadClaimsOptions {
  /** The text the tokens' offsets index into. */
  readonly text: string;
  readonly tokens: readonly WordToken[];
  /** Who speaks (for transcript units); undefined for a note sentence. */
  readonly speaker?: string;
  /** Offset in `text` where a correction starts; earlier numbers and sides may be retracted. */
  readonly correctionAt?: number;
  /** The part of `text` the tokens come from (default all of it). */
  readonly range?: { readonly start: number; readonly end: number };
  /**
   * True when the sentence before, in the same patient's turn, spoke of a relative ("Det er
   * svigermor."): a sentence opened with "ho" or "han" goes on about the relative.
   */
  readonly afterRelative?: boolean;
  /**
   * The gender of the relative the sentence before named, when only women or only men were named
   * ("Mor mi køyrde meg hit." → 'female'): a pronoun of the other gender ("Han er raud", in
   * nynorsk a masculine noun such as "foten") is not that relative.
   */
  readonly relativeGender?: 'female' | 'male';
}

/**
 * A spelled-out hundreds followed without "og" by a small number ("fem hundre fire"); said before
 * "ganger", it is a strength and a count of times.
 */
const hundredsThenCount =
  /^(\p{L}+\s+hundre)\s+(en|ein|ett|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)$/iu;

/** After a count, a drug's name and "på" ("to Ibux på"): the count is of tablets. */
const drugCountGap = /^\s+\p{Lu}\p{L}+\s+(?:på|à|á)\s/u;

/** Between a number of tablets and their strength: "tabletter på", "tbl. à", "kapsler av". */
const tabletStrengthGap = /^\s+\p{L}+\.?\s+(?:på|à|á|a|av|med)\s+$/u;

/**
 * The whole dose of a number of tablets said with their strength ("to tabletter på 500 mg" =
 * 1000 mg), placed where the strength is said so it belongs to the same drug.
 */
function doseOfTablets(text: string, quantities: readonly Quantity[]): Quantity[] {
  const doses: Quantity[] = [];
  for (const count of quantities) {
    if (count.retracted || !Number.isInteger(count.value) || count.value < 2) continue;
    // "to Ibux på fire hundre", "to Paracet på fem hundre": a drug's name counts its tablets, and
    // its strength goes without "mg".
    const countsTablets =
      count.unit === 'tablet' ||
      (count.unit === undefined && drugCountGap.test(text.slice(count.end, count.end + 40)));
    if (!countsTablets) continue;
    const strength = quantities.find(
      (candidate) =>
        (candidate.unit === 'mg' ||
          candidate.unit === 'mcg' ||
          (candidate.unit === undefined && candidate.value >= 50)) &&
        candidate.start > count.end &&
        tabletStrengthGap.test(text.slice(count.end, candidate.start)),
    );
    if (strength !== undefined)
      doses.push({
        ...strength,
        unit: strength.unit ?? 'mg',
        value: count.value * strength.value,
        ofTablets: true,
      });
    // "Metformin, fem hundre milligram, to tablettar morgon og kveld": the strength said first.
    const before = quantities.find(
      (candidate) =>
        (candidate.unit === 'mg' || candidate.unit === 'mcg') &&
        candidate.end < count.start &&
        count.unit === 'tablet' &&
        /^\s*(?:\p{L}+\s*)?,\s*$/u.test(text.slice(candidate.end, count.start)),
    );
    if (before !== undefined)
      doses.push({ ...before, value: count.value * before.value, ofTablets: true });
  }
  return doses;
}

/**
 * Whether the habit noun at `position` is what a past stop verb stopped: its object ("sluttet med
 * røyking", "kutta ut snusingen") or "etter 30 års røyking" later in the same clause ("sluttet for
 * 5 år siden etter 30 års røyking"). Only with nothing between that could take the stop for
 * itself: no comma or other clause break, no "men", no other habit or object ("sluttet med snus i
 * fjor, men røykingen har blitt verre" keeps the smoking).
 */
function isStoppedHabitNoun(text: string, tokens: readonly WordToken[], position: number): boolean {
  let stop = position - 1;
  while (stop >= 0 && stopObjectLinks.has(tokens[stop]?.folded ?? '')) stop -= 1;
  const noun = tokens[position];
  if (noun === undefined) return false;
  const directStop = tokens[stop];
  if (directStop !== undefined && stoppedPastWords.test(directStop.folded))
    return !/[,;:.!?]/u.test(text.slice(directStop.end, noun.start));
  // "etter 30 års røyking" / "etter tretti års røyking", with the stop verb earlier in the clause.
  const years = tokens[position - 1]?.folded ?? '';
  const after = tokens[position - 3]?.folded ?? '';
  if (!(years === 'ars' || years === 'aars') || after !== 'etter') return false;
  for (let index = position - 4; index >= 0; index -= 1) {
    const token = tokens[index] as WordToken;
    const next = tokens[index + 1] as WordToken;
    if (/[,;:.!?]/u.test(text.slice(token.end, next.start))) return false;
    const folded = token.folded;
    if (folded === 'men' || habitNouns.has(folded) || habitForm.test(folded)) return false;
    if (stoppedPastWords.test(folded)) return true;
  }
  return false;
}

/** Reads the claims of one sentence: what it names, negates, counts, and who it is about. */
export function readClaims(options: ReadClaimsOptions): Claims {
  const { text, tokens } = options;
  const negation = negatedWords(text, tokens);
  const count = tokens.length;
  // What each word says on its own, looked up once per word of the sentence.
  const records: WordRecord[] = new Array<WordRecord>(count);
  let anyBokmal = false;
  for (let index = 0; index < count; index += 1) {
    const token = tokens[index] as WordToken;
    const record = wordRecordOf(token.text, token.folded);
    records[index] = record;
    if (record.bokmalDiffers) anyBokmal = true;
  }
  // A word said in nynorsk or dialect ("hjartesvikt", "bakhovudet") is read in its bokmål spelling
  // too: as a lexicon concept, and under its bokmål stem.
  const concepts = findConceptsOfWords(records.map((record) => record.concept));
  if (anyBokmal) {
    // (Words a phrase of the lexicon already covers as said keep that reading.)
    const covered = new Uint8Array(count);
    for (const mention of concepts)
      for (let index = mention.first; index <= mention.last; index += 1) covered[index] = 1;
    const spelled = records.map(
      (record) => (record.bokmalConcept ??= toConceptWord(record.bokmal)),
    );
    for (const mention of findConceptsOfWords(spelled)) {
      let free = true;
      for (let index = mention.first; index <= mention.last; index += 1)
        if (covered[index] === 1) free = false;
      if (free) concepts.push(mention);
    }
    concepts.sort((left, right) => left.first - right.first);
  }
  const conceptOf: (number | undefined)[] = new Array<number | undefined>(count).fill(undefined);
  const alone: boolean[] = new Array<boolean>(count).fill(false);
  for (const mention of concepts) {
    alone[mention.first] = mention.first === mention.last;
    for (let index = mention.first; index <= mention.last; index += 1) {
      conceptOf[index] = mention.concept;
      // A denial inside the phrase is the concept's own wording ("tål itj lys" = fotofobi): the
      // phrase is negated only when what comes before it denies it.
      negation[index] = negation[mention.first] === true;
    }
  }

  const keys: (readonly string[])[] = new Array<readonly string[]>(count);
  const findingKey: (string | undefined)[] = new Array<string | undefined>(count);
  const negated: boolean[] = new Array<boolean>(count);
  const measures = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const record = records[index] as WordRecord;
    const facts = record.facts;
    const concept = conceptOf[index];
    negated[index] = negation[index] === true || facts.inherent;
    if (concept === undefined) {
      // A word no concept covers shares its word's array (never changed).
      keys[index] = record.plainKeys;
      findingKey[index] = facts.finding;
      continue;
    }
    const entry = getLexiconEntry(concept);
    // The stem, then the concept. A word of two concepts on its own ("refluks": halsbrann and the
    // diagnosis; "drypp": a drip and a stroke) names both, so either supports it.
    const own: string[] = facts.stem === undefined ? [] : [facts.stem];
    own.push(conceptKey(concept));
    if (alone[index] === true)
      for (const other of tryGetConceptsNamedBy((tokens[index] as WordToken).text))
        if (other !== concept) own.push(conceptKey(other));
    const bokmalStem = record.bokmalStem;
    if (bokmalStem !== undefined && !own.includes(bokmalStem)) own.push(bokmalStem);
    keys[index] = own;
    if (entry?.type === 'measure') measures.add(conceptKey(concept));
    let finding: string | undefined;
    if (entry !== undefined && (entry.type === 'finding' || entry.type === 'diagnosis'))
      finding = conceptKey(concept);
    else if (entry === undefined) finding = facts.finding;
    findingKey[index] = finding;
  }
  // "Pusten går greit", "nakken er fin": a patient or relative saying a part is fine denies its
  // findings (dyspné, nakkestivhet). Not a clinician's examination ("hjertet er fint" says nothing
  // of the palpitations the patient feels), and not a part that is a finding itself.
  if (options.speaker !== undefined && options.speaker !== 'lege')
    for (const state of findNormalStates(text, tokens)) {
      const type = getLexiconEntry(conceptOf[state.token] ?? -1)?.type;
      if (type === 'finding' || type === 'diagnosis') continue;
      // The word for fine carries the denial; the part keeps its own word ("Normal avføring" is
      // what "avføringen er normal" says).
      keys[state.fine] = state.concepts.map(conceptKey);
      negated[state.fine] = true;
    }

  // Who it is about.
  const aboutOther: boolean[] = tokens.map(() => false);
  let namesOtherPerson = false;
  let namesInformant = false;
  // "Det er svigermor. Ho har sukkersjuke": a patient speaks of themself as "eg", so "ho" or
  // "han" opening the next sentence is the relative just named.
  const opener = tokens[0]?.text.toLowerCase() ?? '';
  let active =
    options.afterRelative === true &&
    options.speaker === 'pasient' &&
    patientSpokenThirdPerson.has(opener) &&
    !(options.relativeGender === 'female' && opener === 'han') &&
    !(options.relativeGender === 'male' && opener !== 'han');
  // The speaker is the subject of the sentence so far ("Jeg har stelt mor selv"): a relative named
  // after it is an object or a complement, not who the sentence goes on about.
  let speakerSubject = false;
  let relativeAsObject = false;
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (
      previous !== undefined &&
      // Words one space apart (most of them) have no punctuation between them.
      !(token.start === previous.end + 1 && text.charCodeAt(previous.end) === 32) &&
      /[.;:!?]/.test(text.slice(previous.end, token.start))
    ) {
      active = false;
      speakerSubject = false;
      relativeAsObject = false;
    }
    const record = records[index] as WordRecord;
    // "men", "selv"; and "Far har astma, pasienten har eksem": the patient named again ends what
    // the relative had.
    // ("Naboen selv ble bitt", "svigerfar sjølv": "selv" right after the relative is the
    // relative's own, not the patient's; but not after "jeg" as the subject: "Jeg har stelt mor
    // selv" is the patient's own doing.)
    const afterRelative = index > 0 && records[index - 1]?.isRelative === true;
    if (
      record.endsRelative &&
      !(afterRelative && !speakerSubject && clauseBreakSelf.has(token.folded))
    )
      active = false;
    // "Jeg var på fest med kameraten min, og har hatt hodepine": "og" and a verb go on with the
    // speaker, the subject, not the relative named as an object.
    if (
      relativeAsObject &&
      token.folded === 'og' &&
      !continuesWithOther.has(tokens[index + 1]?.folded ?? '') &&
      records[index + 1]?.isRelative !== true
    ) {
      active = false;
      relativeAsObject = false;
    }
    if (subjectFirstPerson.has(token.folded) && options.speaker !== 'pårørende')
      speakerSubject = true;
    const lowered = record.lower;
    // "ei venninne av meg", "en kollega av meg": the speaker names whose relative it is.
    const ownerOfRelative =
      tokens[index - 1]?.folded === 'av' && records[index - 2]?.isRelative === true;
    if (
      record.isFirstPerson &&
      lowered !== 'i' &&
      options.speaker !== 'pårørende' &&
      !ownerOfRelative
    )
      active = false;
    // "min mann", "hennes mann": a husband, where "mann" alone is any man ("mann, 67 år").
    const possessed =
      lowered === 'mann' && /^(?:min|hennes)$/.test(tokens[index - 1]?.folded ?? '');
    if (record.isRelative || possessed) {
      const next = tokens[index + 1]?.folded ?? '';
      // "ifølge mor", "iflg. datter": the relative told it; the patient had it.
      const informant = /^(?:ifolge|iflg)$/u.test(tokens[index - 1]?.folded ?? '');
      if (!reportingVerbs.has(next) && !informant) {
        active = true;
        namesOtherPerson = true;
        if (speakerSubject) relativeAsObject = true;
      } else namesInformant = true;
    }
    if (active) aboutOther[index] = true;
  });
  markOwnedByRelative(
    text,
    tokens,
    aboutOther,
    options.speaker === 'pasient' || options.speaker === 'pårørende'
      ? 'told'
      : options.speaker === undefined
        ? 'existential'
        : 'none',
  );
  // A relative speaking of themself ("jeg har astma selv") speaks of another person.
  if (options.speaker === 'pårørende') markRelativeSpeakingOfThemself(text, tokens, aboutOther);
  // A clinician or nurse telling of their own illness ("jeg har migrene selv").
  else if (options.speaker === 'lege' || options.speaker === 'sykepleier')
    markClinicianSpeakingOfThemself(text, tokens, aboutOther);
  // "Jeg røykte før, men sluttet", "drakk en del, men slutta i fjor": a habit given up, said in the
  // past tense in a turn that says it was stopped, is not a present finding.
  // (The turn is read for it only when the sentence has such a word: most have none.)
  if (tokens.some((token) => pastHabitWords.has(token.folded)) && givenUpPattern.test(text))
    tokens.forEach((token, index) => {
      if (pastHabitWords.has(token.folded)) negated[index] = true;
    });
  // "Sluttet for 5 år siden etter 30 års røyking": the habit named as a noun in a sentence that
  // says it was stopped (past tense only: "ønsker å slutte med røyking" is still a habit).
  if (tokens.some((token) => stoppedPastWords.test(token.folded)))
    tokens.forEach((token, index) => {
      if (habitNouns.has(token.folded) && isStoppedHabitNoun(text, tokens, index))
        negated[index] = true;
    });
  // "Tidligere røyker": a habit given up is not a present finding.
  for (let index = 0; index + 1 < count; index += 1) {
    const next = tokens[index + 1] as WordToken;
    if (formerCue.has((tokens[index] as WordToken).folded) && habitAgentNoun.test(next.folded))
      negated[index + 1] = true;
  }

  const correctionAt = options.correctionAt ?? -1;
  const sides: { side: Side; token: number }[] = [];
  for (let index = 0; index < count; index += 1) {
    const side = sideOf(text, tokens, index, (tokens[index] as WordToken).folded);
    if (side !== undefined) sides.push({ side, token: index });
  }
  // A correction takes back the sides said before it when it names a side itself.
  const keptSides =
    correctionAt >= 0 && sides.some((entry) => (tokens[entry.token]?.start ?? 0) > correctionAt)
      ? sides.filter((entry) => (tokens[entry.token]?.start ?? 0) > correctionAt)
      : sides;

  const quantities: Quantity[] = [];
  const rangeStart = options.range?.start ?? 0;
  // Nynorsk "ein", "eitt" and "eit" read as bokmål number words (same length, so offsets hold).
  const ranged = rewriteNumberWords(text.slice(rangeStart, options.range?.end ?? text.length));
  for (const found of extractNumbers(ranged)) {
    const mention = {
      value: found.value,
      start: found.start + rangeStart,
      end: found.end + rangeStart,
    };
    // (From the start of the word: nynorsk "ein" was read as " en", one character in.)
    const raw = text.slice(wordStart(text, mention.start, rangeStart), mention.end);
    const isDigits = /\d/.test(raw);
    const unit = unitAfter(text, mention.end, mention.value) ?? unitBefore(text, mention.start);
    // "to Paracet på fem hundre fire gonger om dagen": a strength, then how many times, not 504.
    const strengthThenTimes = isDigits || unit !== 'times' ? null : hundredsThenCount.exec(raw);
    if (strengthThenTimes !== null) {
      const strength = strengthThenTimes[1] ?? '';
      const times = mention.value % 100;
      quantities.push(
        {
          value: mention.value - times,
          unit: unitAfter(text, mention.start + strength.length, mention.value - times),
          start: mention.start,
          end: mention.start + strength.length,
          label: strength,
          retracted: false,
        },
        {
          value: times,
          unit,
          start: mention.end - (strengthThenTimes[2] ?? '').length,
          end: mention.end,
          label: strengthThenTimes[2] ?? '',
          retracted: false,
        },
      );
      continue;
    }
    // Spelled-out "en" and "ett" are often articles; keep them only with a unit. "to" is always
    // two ("tok to Paracet" supports "2 Paracet"). Said in the conversation, a one that cannot be
    // an article counts too: stressed "én", nynorsk "eitt", "ein million", "én om dagen".
    const spelledOne =
      !isDigits && Number.isInteger(mention.value) && mention.value < 2 && unit === undefined;
    if (
      spelledOne &&
      !startsRange.test(text.slice(mention.end, mention.end + 24)) &&
      !(options.speaker !== undefined && isSpokenNumeralOne(raw, text, mention.end))
    )
      continue;
    // In a note, "en tablett" is too often an article to check; "én uke" is a duration and
    // "én gang daglig" a frequency.
    if (
      !isDigits &&
      mention.value === 1 &&
      options.speaker === undefined &&
      !(unit !== undefined && (timeUnits.has(unit) || unit === 'times'))
    )
      continue;
    if (!isDigits && isMonthName(raw)) continue;
    quantities.push({
      value: mention.value,
      unit,
      start: mention.start,
      end: mention.end,
      label: raw,
      retracted: false,
      // (A spoken one kept without a unit counts tablets or doses: "500 milligram, én om dagen" is
      // no dose of 1 g. Its decimals make it a measured value: "ein komma null".)
      ...(spelledOne && !/ komma /iu.test(raw)
        ? {
            countOnly: perDayAfterOne.test(text.slice(mention.end, mention.end + 24))
              ? ('doses-a-day' as const)
              : ('doses' as const),
          }
        : {}),
    });
  }
  // "x2", "x4" written without a space: how many times (the number has a letter before it, so the
  // number reader skips it).
  if (ranged.includes('x') || ranged.includes('X')) {
    timesWrittenJoined.lastIndex = 0;
    for (
      let match = timesWrittenJoined.exec(ranged);
      match !== null;
      match = timesWrittenJoined.exec(ranged)
    ) {
      const start = match.index + 1 + rangeStart;
      quantities.push({
        value: Number(match[1]),
        unit: 'times',
        start,
        end: start + (match[1] ?? '').length,
        label: match[0],
        retracted: false,
      });
    }
  }
  // Lengths of time said as words ("et kvarter", "en halvtime").
  // (An exec loop: `matchAll` clones the pattern on every call, and most sentences have none:
  // every match holds "kvart" or "halv", tested first.)
  timeWordPattern.lastIndex = 0;
  for (
    let match = timeWordWords.test(ranged) ? timeWordPattern.exec(ranged) : null;
    match !== null;
    match = timeWordPattern.exec(ranged)
  ) {
    const start = match.index + rangeStart;
    quantities.push({
      value: /kvart/iu.test(match[0]) ? 15 : 30,
      unit: 'minute',
      start,
      end: start + match[0].length,
      label: match[0],
      retracted: false,
    });
  }
  // Half lengths of time ("et halvt minutt", "det siste halve året"), not the half of a number
  // already read ("tre og et halvt år" is 3,5 years, not also half a year).
  for (const half of readHalfLengthsOfTime(ranged, rangeStart))
    if (!quantities.some((quantity) => quantity.start <= half.start && quantity.end > half.start))
      quantities.push(half);
  quantities.sort((left, right) => left.start - right.start);
  // A range takes the unit of its second number: "2–3 uker", "seks til åtte uker", "to-tre glass".
  quantities.forEach((quantity, position) => {
    const next = quantities[position + 1];
    if (quantity.unit !== undefined || next?.unit === undefined) return;
    if (/^\s*(?:[-–]|til|eller)\s*$/u.test(text.slice(quantity.end, next.start)))
      quantities[position] = { ...quantity, unit: next.unit };
  });
  // A number added as an afterthought takes the unit of a length just said: "eit par månader,
  // kanskje tre", "to uker, eller tre".
  quantities.forEach((quantity, position) => {
    if (quantity.unit !== undefined) return;
    const from = Math.max(rangeStart, quantity.start - 40);
    const match = afterthoughtAfterUnit.exec(text.slice(from, quantity.start));
    if (match === null) return;
    const wordAt = from + match.index;
    const unit = unitAfter(text, wordAt, quantity.value);
    if (unit === undefined || unit === 'clock' || !timeUnits.has(unit)) return;
    const previous = quantities[position - 1];
    const counted =
      /(?<![\p{L}])par\s+$/iu.test(text.slice(Math.max(rangeStart, wordAt - 8), wordAt)) ||
      (previous !== undefined && previous.unit === unit && wordAt - previous.end <= 2);
    if (counted) quantities[position] = { ...quantity, unit };
  });
  const afterCorrection = quantities.filter((quantity) => quantity.start > correctionAt);
  const finalQuantities: Quantity[] =
    correctionAt >= 0 && afterCorrection.length > 0
      ? quantities.map((quantity) =>
          quantity.start < correctionAt &&
          afterCorrection.some((later) => later.unit === quantity.unit)
            ? { ...quantity, retracted: true }
            : quantity,
        )
      : quantities;
  // "morgen og kveld" is twice a day; "morgen, middag og kveld" three times.
  const frequencies = readFrequencies(ranged);
  if (
    frequencies.includes('morning') &&
    frequencies.includes('evening') &&
    !finalQuantities.some((quantity) => quantity.unit === 'times')
  ) {
    // ("ettermiddag" is the evening, not a midday.)
    const middag = /(?<![\p{L}])middag/iu.test(ranged) ? 3 : 2;
    // Placed where the evening is said, so it belongs to the drug named before it.
    const evening = Math.max(0, ranged.search(/kveld|ettermiddag/iu)) + rangeStart;
    finalQuantities.push({
      value: middag,
      unit: 'times',
      start: evening,
      end: evening,
      label: `${middag} ganger`,
      retracted: false,
    });
  }

  const drugMentions = findDrugMentions(
    tokens,
    records.map((record) => record.drug),
  );
  const substances = new Set(drugMentions.map((mention) => mention.substance));
  // A drug's words also name its substance, so a trade name and its generic name are the same
  // word to the verifier ("Albyl-E" = acetylsalisylsyre, "Furix" = furosemid).
  for (const mention of drugMentions)
    for (let tokenIndex = 0; tokenIndex < count; tokenIndex += 1) {
      const token = tokens[tokenIndex] as WordToken;
      const own = keys[tokenIndex];
      if (own === undefined || own.length === 0) continue;
      if (token.start >= mention.start && token.end <= mention.end)
        keys[tokenIndex] = [...own, `s:${mention.substance}`];
    }
  const located = frequencies.length === 0 ? [] : locateFrequencies(ranged, frequencies);
  const drugFrequencies = bindFrequencies(
    located.map((entry) => ({ ...entry, at: entry.at + rangeStart })),
    drugMentions,
  );
  // One time of day with a drug ("fem milligram hver morgen", "20 E om kvelden") is once a day,
  // each drug with its own times ("Naproxen morgen og kveld, og Omeprazol om morgenen").
  drugMentions.forEach((drug, position) => {
    const bound = drugFrequencies.get(drug.substance);
    if (bound === undefined || bound.has('weekly')) return;
    const timesOfDay = [...bound].filter(
      (frequency) => frequency === 'morning' || frequency === 'evening' || frequency === 'night',
    );
    if (timesOfDay.length !== 1) return;
    const next = drugMentions[position + 1]?.start ?? text.length;
    if (
      finalQuantities.some(
        (quantity) =>
          quantity.unit === 'times' && quantity.start > drug.start && quantity.start < next,
      )
    )
      return;
    const said = located.find(
      (entry) =>
        entry.frequency === timesOfDay[0] &&
        entry.at + rangeStart >= drug.start &&
        entry.at + rangeStart < next,
    );
    if (said === undefined) return;
    const at = said.at + rangeStart;
    finalQuantities.push({
      value: 1,
      unit: 'times',
      start: at,
      end: at,
      label: '1 gang',
      retracted: false,
    });
  });
  // "to tabletter på fem hundre milligram" is also a dose of 1000 mg ("paracetamol 1 g").
  if (options.speaker !== undefined) finalQuantities.push(...doseOfTablets(text, finalQuantities));
  const namedTimes: string[] = [];
  for (const record of records)
    if (record.facts.namedTime !== undefined) namedTimes.push(record.facts.namedTime);
  const subjects = findSubjectMentions(
    tokens,
    drugMentions,
    records.map((record) => record.measure),
  );
  // (Written out rather than spread: every quantity has exactly these fields, in this order. A
  // sentence naming no measure or drug binds nothing.)
  const boundQuantities: Quantity[] = finalQuantities.map((quantity) => ({
    value: quantity.value,
    unit: quantity.unit,
    start: quantity.start,
    end: quantity.end,
    label: quantity.label,
    retracted: quantity.retracted,
    subject: subjects.length === 0 ? undefined : subjectOf(quantity, subjects, text),
    ofTablets: quantity.ofTablets,
    countOnly: quantity.countOnly,
  }));
  return {
    keys,
    findingKey,
    negated,
    aboutOther,
    namesOtherPerson,
    namesInformant,
    sides: keptSides,
    quantities: boundQuantities,
    subjects: [...new Set(subjects.map((mention) => mention.subject))],
    frequencies,
    drugFrequencies,
    namedTimes,
    measures,
    substances,
    drugMentions,
  };
}
