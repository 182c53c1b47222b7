import type { WordToken } from '../language/fold.js';
import type { QuantitySubject } from './quantity-subjects.js';

/**
 * Words that state a vital sign without a number ("afebril", "takykard", "hypoksisk"), each with
 * the measure it is about and the values it allows. Limits follow common Norwegian clinical use:
 * fever from 38.0 °C, tachycardia above 100/min, bradycardia below 60/min, tachypnoea above
 * 20/min in adults, hypoxia below 92 %.
 */
const vitalSignWords: readonly {
  readonly pattern: RegExp;
  readonly subject: QuantitySubject;
  readonly allows: (value: number) => boolean;
  /** Values outside this range are not that measure (a temperature of 4 is something else). */
  readonly plausible: (value: number) => boolean;
}[] = [
  {
    pattern: /^(?:afebril\p{L}*|feberfri\p{L}*)$/u,
    subject: 'm:temp',
    allows: (value) => value < 38,
    plausible: (value) => value >= 34 && value <= 43,
  },
  {
    pattern: /^subfebril\p{L}*$/u,
    subject: 'm:temp',
    allows: (value) => value >= 37.3 && value < 38.3,
    plausible: (value) => value >= 34 && value <= 43,
  },
  {
    pattern: /^(?:febril|febrilt|febrile|hoyfebril\p{L}*)$/u,
    subject: 'm:temp',
    allows: (value) => value >= 37.8,
    plausible: (value) => value >= 34 && value <= 43,
  },
  {
    pattern: /^takykard\p{L}*$/u,
    subject: 'm:puls',
    allows: (value) => value > 100,
    plausible: (value) => value >= 25 && value <= 250,
  },
  {
    pattern: /^bradykard\p{L}*$/u,
    subject: 'm:puls',
    allows: (value) => value < 60,
    plausible: (value) => value >= 25 && value <= 250,
  },
  {
    pattern: /^(?:normofrekvent|normokard)$/u,
    subject: 'm:puls',
    allows: (value) => value >= 50 && value <= 100,
    plausible: (value) => value >= 25 && value <= 250,
  },
  {
    pattern: /^(?:hypoksisk\p{L}*|hypoksemi\p{L}*|desaturer\p{L}*)$/u,
    subject: 'm:spo2',
    allows: (value) => value < 94,
    plausible: (value) => value >= 50 && value <= 100,
  },
  {
    pattern: /^(?:takypne\p{L}*|takypnoisk\p{L}*)$/u,
    subject: 'm:rf',
    allows: (value) => value > 20,
    plausible: (value) => value >= 4 && value <= 80,
  },
  // Laboratory states written for a value ("leukocytose" for leukocytes 15,4).
  {
    pattern: /^leukocytose$/u,
    subject: 'm:leukocytter',
    allows: (value) => value > 10,
    plausible: (value) => value >= 0.5 && value <= 150,
  },
  {
    pattern: /^leukopeni$/u,
    subject: 'm:leukocytter',
    allows: (value) => value < 4,
    plausible: (value) => value >= 0.1 && value <= 150,
  },
  {
    pattern: /^hyperkalemi$/u,
    subject: 'm:kalium',
    allows: (value) => value > 5,
    plausible: (value) => value >= 1.5 && value <= 9,
  },
  {
    pattern: /^hypokalemi$/u,
    subject: 'm:kalium',
    allows: (value) => value < 3.5,
    plausible: (value) => value >= 1.5 && value <= 9,
  },
  {
    pattern: /^hyponatremi$/u,
    subject: 'm:natrium',
    allows: (value) => value < 135,
    plausible: (value) => value >= 100 && value <= 180,
  },
];

/** The first letters of every word above: most words are ruled out with one test. */
const anyVitalSignWord =
  /^(?:afebril|feberfri|subfebril|febril|hoyfebril|takyk|bradyk|normo|hypoks|desatur|takypn|leukocytose|leukopeni|hyperkalemi|hypokalemi|hyponatremi)/u;

const conditionWords = new Set([
  'til',
  'nar',
  'inntil',
  'etter',
  'blir',
  'bli',
  'vaere',
  'vaert',
  'er',
]);

/**
 * A vital sign stated in words that no measured value of it allows ("afebril" when the
 * temperature was 38,9): the token and a value said, or undefined. A word the sentence denies
 * ("ikke takykard") is not a claim.
 */
/** After a state word, these make it a state reached later ("afebril siden i går morges"). */
const laterStateWords = new Set(['siden', 'sidan', 'sia', 'etter', 'fra', 'fom', 'siste']);

/** Lengths of time after "etter" ("CRP 48 etter fire døgn, afebril"): a later point of a course. */
const courseUnits = /^(?:dogn|dager|dagar|dogns|timer|timar|uker|veker|uke|veke|behandling)$/u;

/** "ved utreise", "ved utskrivning", "i dag": the sentence speaks of the end of the stay. */
function isDischargeCue(tokens: readonly WordToken[], index: number, token: WordToken): boolean {
  if (/^(?:utreise|utskriving|utskrivning|utskrivelse)$/u.test(token.folded))
    return tokens[index - 1]?.folded === 'ved';
  if (token.folded === 'etter')
    return tokens.slice(index + 1, index + 3).some((next) => courseUnits.test(next.folded));
  return token.folded === 'dag' && tokens[index - 1]?.folded === 'i';
}

export function findContradictedVitalSign(options: {
  readonly tokens: readonly WordToken[];
  readonly negated: readonly boolean[];
  readonly valuesOf: (subject: QuantitySubject) => readonly number[];
}): { readonly token: number; readonly said: number } | undefined {
  for (const [tokenIndex, token] of options.tokens.entries()) {
    if (options.negated[tokenIndex] === true && !/^(?:afebril|feberfri)/u.test(token.folded))
      continue;
    // "hjemme til feberfri", "når han er afebril": a condition, not a finding.
    if (conditionWords.has(options.tokens[tokenIndex - 1]?.folded ?? '')) continue;
    if (!anyVitalSignWord.test(token.folded)) continue;
    // "Afebril siden i går", "normotensiv etter væske", "ved utreise afebril": a state reached
    // later in the course, not the value measured at the start (a discharge summary's course).
    if (
      options.tokens
        .slice(tokenIndex + 1, tokenIndex + 3)
        .some((next) => laterStateWords.has(next.folded)) ||
      options.tokens.some((other, otherIndex) => isDischargeCue(options.tokens, otherIndex, other))
    )
      continue;
    const rule = vitalSignWords.find((candidate) => candidate.pattern.test(token.folded));
    if (rule === undefined) continue;
    const values = options.valuesOf(rule.subject).filter(rule.plausible);
    if (values.length === 0 || values.some(rule.allows)) continue;
    const said = values[0];
    if (said !== undefined) return { token: tokenIndex, said };
  }
  return undefined;
}

/**
 * True when a vital sign or laboratory state written as a word ("takykard", "leukocytose") is
 * borne out by a value measured in the conversation (pulse 108, leukocytes 15,4): the word says
 * what the number said, so it needs no words of its own in the transcript.
 */
export function isMeasuredStateWord(
  folded: string,
  valuesOf: (subject: QuantitySubject) => readonly number[],
): boolean {
  if (!anyVitalSignWord.test(folded)) return false;
  const rule = vitalSignWords.find((candidate) => candidate.pattern.test(folded));
  if (rule === undefined) return false;
  return valuesOf(rule.subject).filter(rule.plausible).some(rule.allows);
}
