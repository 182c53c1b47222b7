/**
 * How close a draft is to a clinician's note, measured without a model: length and ROUGE-L against
 * the reference note, register violations (first/second person, filler, dialect, questions),
 * numbers the transcript never said, relatives' conditions among the patient's diagnoses and
 * safety-critical facts the draft dropped.
 */
import { extractNumbers } from '../../src/draft/language/norwegian-numbers.js';

/** Lower-case words and numbers ("38,4" stays one token). */
export function toWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(/\d+(?:[.,]\d+)?|[\p{L}]+(?:-[\p{L}]+)?/gu)].map(
    (match) => match[0],
  );
}

/** Word count as ROUGE and the length ratio count it. */
export function countWords(text: string): number {
  return toWords(text).length;
}

/** ROUGE-L (longest common subsequence of words) of a candidate against a reference. */
export function rougeL(
  candidate: string,
  reference: string,
): { readonly precision: number; readonly recall: number; readonly f1: number } {
  const a = toWords(candidate);
  const b = toWords(reference);
  if (a.length === 0 || b.length === 0) return { precision: 0, recall: 0, f1: 0 };
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (const word of a) {
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        word === b[j - 1]
          ? (previous[j - 1] ?? 0) + 1
          : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  const lcs = previous[b.length] ?? 0;
  const precision = lcs / a.length;
  const recall = lcs / b.length;
  const f1 = lcs === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** What makes a sentence read as speech rather than a note. */
export type RegisterViolationKind = 'person' | 'filler' | 'dialect' | 'question';

/** One drafted sentence that breaks the clinical register, with the reasons. */
export interface RegisterViolation {
  readonly sentence: string;
  readonly kinds: readonly RegisterViolationKind[];
}

const wordBoundary = (alternatives: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

const firstOrSecondPerson = wordBoundary(
  'jeg|meg|min|mitt|mine|du|deg|din|ditt|dine|vi|oss|vår|vårt|våre|dere|dykk|dokker',
);
/** A letter speaks to the patient as "du" and as "vi" of the clinic; "jeg" and "hun/han/pas." break it. */
const letterPersonBreak = wordBoundary('jeg|meg|hun|han|henne|ham|pas\\.?|pasienten|pasientens');
const filler = wordBoundary(
  'eh+|ehm+|øh+|hm+|mm+|mhm|altså|liksom|ikke sant|på en måte|sånn|jo|vel|ok|okei|greit|skikkelig|kjempe|innmari|faktisk|egentlig',
);
const dialect = wordBoundary(
  'æ|eg|ikkje|ikkj|itj|ittj|ho|kva|ka|kor|korleis|korfor|no|mæ|dæ|berre|heilt|eit|ein|noko|nokon|mykje|veit|sjå|seie|heime|kjem|gjer|vore|vorre|dokker|dykk|ska|sjøl|sjølv|fekk|høyrer|trur|eigentleg|heile|morran|tenkjer|hjarte|månader|timar|teikn|roleg|kem|nåkka|inkje|sjuk|sjukmeld|verknad|biverknader|delan|gonga|meinte|åssen|syster|saman|utan|nu|trulig|truleg|dømes|hausten|nåke|fleire|gløyme|gløymer|vassdrivande|funke|mora|grein',
);

/**
 * Dialect «bære» (only): the bokmål verb «bære» (to carry) after «å», a modal or «ikke», or before
 * «tung…» ("Skal ikke bære tunge ting.") is no dialect.
 */
const dialectBære =
  /(?<![\p{L}\p{N}])(?<!(?:(?<![\p{L}])(?:å|skal|kan|må|bør|unngå|ikke)) )bære(?![\p{L}\p{N}])(?! tung)/iu;

/**
 * Sentences of a draft that break the clinical register. A note (`note`) has no first or second
 * person; a patient letter (`letter`) speaks to "du" throughout and never of "hun"/"pas.".
 */
export function findRegisterViolations(
  sentences: readonly string[],
  voice: 'note' | 'letter',
): RegisterViolation[] {
  const violations: RegisterViolation[] = [];
  for (const sentence of sentences) {
    const kinds: RegisterViolationKind[] = [];
    if ((voice === 'note' ? firstOrSecondPerson : letterPersonBreak).test(sentence))
      kinds.push('person');
    if (filler.test(sentence)) kinds.push('filler');
    if (dialect.test(sentence) || dialectBære.test(sentence)) kinds.push('dialect');
    if (/\?\s*$/.test(sentence)) kinds.push('question');
    if (kinds.length > 0) violations.push({ sentence, kinds });
  }
  return violations;
}

/** Codes, lab names with digits (T4, B12, HbA1c) and years are not quantities the patient said. */
function stripNonQuantities(text: string): string {
  return text
    .replace(/\(?\b[A-Z]\d{2}(?:\.\d{1,2})?\)?/g, ' ')
    .replace(/(?<![\p{L}\d])[\p{L}]+\d+[\p{L}\d]*/gu, ' ')
    .replace(/(?<![\d])(?:19|20)\d{2}(?![\d])/g, ' ');
}

/**
 * Numbers in the draft that cannot be derived from a number said in the transcript (same value,
 * or the same amount in g ↔ mg). A number parsed across punctuation ("fem hundre, to ganger" as
 * 502) or invented by a rule shows up here.
 */
export function findNumbersNeverSaid(
  draftText: string,
  transcriptTexts: readonly string[],
): number[] {
  const said = new Set<number>();
  for (const text of transcriptTexts)
    for (const mention of extractNumbers(text)) said.add(Math.round(mention.value * 1000) / 1000);
  const never: number[] = [];
  for (const mention of extractNumbers(stripNonQuantities(draftText))) {
    const value = Math.round(mention.value * 1000) / 1000;
    if (said.has(value) || said.has(value * 1000) || said.has(value / 1000)) continue;
    never.push(value);
  }
  return never;
}

const relativeWords =
  /(?<![\p{L}])(?:mor|far|mora|faren|moren|mamma|pappa|bror|broren|søster|søstera|søsteren|mann|mannen|kone|kona|samboer|samboeren|ektefelle|datter|dattera|datteren|sønn|sønnen|barnet|besteforeld\p{L}*|bestemor|bestefar|onkel|tante|svigermor|svigerfar|familien|komparent)(?![\p{L}])/iu;

/** Whether a sentence is about a relative rather than the patient. */
export function mentionsRelative(text: string): boolean {
  return relativeWords.test(text);
}

const safetyTopic =
  /suicid|selvmord|livet|ta sitt|skade seg|allerg|cave|tåler|gravid|antikoag|blodfortynn|marevan|warfarin|eliquis|apixaban|xarelto|rivaroks|pradaxa|dabigatran|brystsmert|lammelse|nakkestiv|blod i|melena|vekttap|nattesvett|bevisst|pustebesvær|dyspn|hodepine|synsforstyrr|utslett/iu;
const negative = /(?<![\p{L}])(?:ingen|ikke|nei|negativ|avkrefter|uten|aldri)(?![\p{L}])/iu;

/** A fact about suicide risk, allergy, anticoagulation, pregnancy or a red flag. */
export function isSafetyCriticalFact(fact: string): boolean {
  return safetyTopic.test(fact);
}

/** A safety-critical fact stated as a negative ("ingen suicidale tanker", "ikke gravid"). */
export function isSafetyCriticalNegative(fact: string): boolean {
  return safetyTopic.test(fact) && negative.test(fact);
}
