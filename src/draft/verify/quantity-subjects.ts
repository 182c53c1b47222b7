import { createWordMemo } from '../../language/index.js';
import type { WordToken } from '../language/fold.js';

/**
 * What a number is about: a measure (`m:<name>`: blood pressure, CRP, weight …) or a drug
 * (`s:<substance>`). A number is checked against what was said about the same subject, so
 * "Hb 17,4" is wrong when 17,4 was the leukocyte count, and "puls 100" when 100 was the diastolic
 * pressure.
 */
export type QuantitySubject = `m:${string}` | `s:${string}`;

/**
 * Measures by the folded words that name them, in speech and in notes. Vital signs, the common
 * laboratory values of Norwegian primary care and obstetric measures. Kept in the verifier: the
 * built-in engine never needs to know which measure a number belongs to.
 */
const measurePatterns: readonly (readonly [RegExp, string])[] = [
  [/^(?:bt|blodtrykk\p{L}*|trykket|systolisk\p{L}*|diastolisk\p{L}*)$/u, 'bt'],
  [
    /^(?:puls\p{L}*|hjertefrekvens\p{L}*|hf|hjerterytme\p{L}*|fosterlyd\p{L}*|fosterpuls\p{L}*)$/u,
    'puls',
  ],
  [/^(?:temp|tempen|temperatur\p{L}*|makstemp\p{L}*|feber|feberen|febertopp\p{L}*)$/u, 'temp'],
  [/^(?:spo2|saturasjon\p{L}*|metning\p{L}*|oksygenmetning\p{L}*|o2-metning\p{L}*)$/u, 'spo2'],
  [/^(?:rf|respirasjonsfrekvens\p{L}*|pustefrekvens\p{L}*|respirasjon)$/u, 'rf'],
  // (Not a change of weight: "vektøkning 3 kg", "vekttap", "vektnedgang".)
  [
    /^(?!vekt(?:okning|tap|nedgang|reduksjon|oppgang|endring|auke))(?:vekt\p{L}*|veier|veide|veg|vog|vege|vekta|vekten|kroppsvekt\p{L}*)$/u,
    'vekt',
  ],
  [/^(?:hoyde|hoyden)$/u, 'hoyde'],
  [/^(?:bmi|kmi)$/u, 'bmi'],
  [/^(?:hb|hemoglobin\p{L}*|blodprosent\p{L}*)$/u, 'hb'],
  [
    /^(?:crp|betennelsesverdi\p{L}*|betennelsesprove\p{L}*|infeksjonsprove\p{L}*|infeksjonsverdi\p{L}*)$/u,
    'crp',
  ],
  [/^(?:hba1c|langtidsblodsukker\p{L}*|langtidssukker\p{L}*)$/u, 'hba1c'],
  [/^(?:blodsukker\p{L}*|glukose\p{L}*|sukkeret|sukkerverdi\p{L}*|bs)$/u, 'glukose'],
  [/^(?:kreatinin\p{L}*|nyreverdi\p{L}*)$/u, 'kreatinin'],
  [/^(?:egfr|gfr)$/u, 'egfr'],
  [/^(?:tsh|stoffskifteprove\p{L}*)$/u, 'tsh'],
  [/^(?:ft4|t4)$/u, 't4'],
  [/^(?:ldl|ldl-kolesterol\p{L}*)$/u, 'ldl'],
  [/^(?:hdl|hdl-kolesterol\p{L}*)$/u, 'hdl'],
  [/^(?:kolesterol\p{L}*|totalkolesterol\p{L}*)$/u, 'kolesterol'],
  [/^(?:triglyserid\p{L}*)$/u, 'triglyserider'],
  [/^(?:ferritin\p{L}*|jernlager\p{L}*)$/u, 'ferritin'],
  [/^(?:leukocytt\p{L}*|lpk|hvite)$/u, 'leukocytter'],
  [/^(?:trombocytt\p{L}*|tpk|blodplate\p{L}*)$/u, 'trombocytter'],
  [/^(?:natrium)$/u, 'natrium'],
  [/^(?:kalium)$/u, 'kalium'],
  [/^(?:inr)$/u, 'inr'],
  [/^(?:troponin\p{L}*|tnt|tni)$/u, 'troponin'],
  [/^(?:albumin\p{L}*)$/u, 'albumin'],
  [/^(?:psa)$/u, 'psa'],
  [/^(?:alat|asat|ggt|alp|bilirubin\p{L}*)$/u, 'lever'],
  [/^(?:d-dimer\p{L}*)$/u, 'd-dimer'],
  [/^(?:b12|kobalamin\p{L}*|folat\p{L}*)$/u, 'vitamin'],
  [/^(?:pef|toppstrom\p{L}*)$/u, 'pef'],
  [/^(?:protein|proteinuri)$/u, 'protein'],
  [/^(?:nitritt)$/u, 'nitritt'],
  [/^(?:sf-mal\p{L}*|symfyse-fundus-mal\p{L}*)$/u, 'sf'],
];

/** Measures of words already read (`null`: none), so each word costs one lookup. */
const measureCache = createWordMemo<string | null>(50_000);

/** The measure a folded word names ("metningen" → `spo2`), or undefined. */
export function measureOfWord(folded: string): string | undefined {
  const known = measureCache.get(folded);
  if (known !== undefined) return known ?? undefined;
  // A compound with a hyphen names its last part's measure ("hjemme-BT", "kapillær-CRP").
  const last = folded.includes('-') ? folded.slice(folded.lastIndexOf('-') + 1) : folded;
  const found = measurePatterns.find(
    ([pattern]) => pattern.test(folded) || (last !== folded && pattern.test(last)),
  )?.[1];
  measureCache.set(folded, found ?? null);
  return found;
}

/** A mention of a subject in a sentence, by character offsets. */
export interface SubjectMention {
  readonly subject: QuantitySubject;
  readonly start: number;
  readonly end: number;
}

/**
 * The measures and drugs a sentence names, in order. `measures`, when given, holds
 * {@link measureOfWord} of each token's folded form (a caller that reads each word once).
 */
export function findSubjectMentions(
  tokens: readonly WordToken[],
  drugs: readonly { readonly substance: string; readonly start: number; readonly end: number }[],
  measures?: readonly (string | undefined)[],
): SubjectMention[] {
  const mentions: SubjectMention[] = drugs.map((drug) => ({
    subject: `s:${drug.substance}`,
    start: drug.start,
    end: drug.end,
  }));
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as WordToken;
    if (drugs.some((drug) => token.start >= drug.start && token.end <= drug.end)) continue;
    const measure = measures === undefined ? measureOfWord(token.folded) : measures[index];
    if (measure !== undefined)
      mentions.push({ subject: `m:${measure}`, start: token.start, end: token.end });
  }
  return mentions.sort((left, right) => left.start - right.start);
}

/** Units a measured value may carry (a duration or a dose is never a measure's value). */
const measureUnits = new Set(['percent', 'kg', 'degree', 'mmol', 'cm', 'plus']);

/** True when a number with this unit can be about the subject. */
export function subjectFits(subject: QuantitySubject, unit: string | undefined): boolean {
  return subject.startsWith('s:') || unit === undefined || measureUnits.has(unit);
}

/** A clause boundary between a subject and a later number: ";", ":", or ", og/men/så". */
const clauseBreak = /[;:]|,\s*(?:og|men|så|deretter)\s/iu;
/** A colon at most a short word after the measure, nothing else: the value follows. */
const introducesValue = /^[\p{L}\s]{0,14}:/u;

/**
 * The subject of a number at `start`–`end`: the nearest measure or drug named before it in the
 * sentence ("CRP 145, Hb 13,1"; "Paracet stikkpille, 250 milligram"), else one named just after
 * it ("300 milligram Albyl", "98 % metning"). A measure takes only a number without a unit or with
 * a measuring unit; a drug takes any (dose, frequency, length of the course).
 */
export function subjectOf(
  quantity: { readonly start: number; readonly end: number; readonly unit: string | undefined },
  mentions: readonly SubjectMention[],
  text: string,
): QuantitySubject | undefined {
  const fits = (mention: SubjectMention): boolean => subjectFits(mention.subject, quantity.unit);
  let before: SubjectMention | undefined;
  for (const mention of mentions) if (mention.end <= quantity.start) before = mention;
  // A new clause ends the subject: "Naproxen 250 mg i en uke, og så kommer du tilbake om to uker".
  // (A colon right after the measure introduces its value: "blodtrykket her: 158 over 98".)
  const gap = before === undefined ? '' : text.slice(before.end, quantity.start);
  if (before !== undefined && clauseBreak.test(gap.replace(introducesValue, '')))
    before = undefined;
  if (before !== undefined) return fits(before) ? before.subject : undefined;
  const after = mentions.find((mention) => mention.start >= quantity.end);
  if (after === undefined) return undefined;
  // Only close after it: "300 milligram Albyl", not a drug named in a later clause, nor a measure
  // that has its own number ("145/92, kveld rundt 138/88, puls 70").
  const between = text.slice(quantity.end, after.start);
  if (between.length > 24 || /[.;:,\d]/.test(between)) return undefined;
  return fits(after) ? after.subject : undefined;
}
