import type { WordToken } from '../language/fold.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * Activities a note says the patient manages, each with the forms said in bokmål, nynorsk and
 * dialect (lower case, as written): walking, standing, lifting, swallowing, drinking, bending.
 */
const activities: readonly ReadonlySet<string>[] = [
  new Set(['gå', 'går', 'gikk', 'gått', 'belaste', 'belaster']),
  new Set(['stå', 'står', 'stod', 'sto']),
  new Set(['løfte', 'løfter', 'løfta', 'løft', 'lyfte', 'lyfta', 'lyftar', 'løftar']),
  new Set(['svelge', 'svelger', 'svelgje', 'svelgjer', 'svelgt', 'svelga', 'svelgar']),
  new Set(['drikke', 'drikker', 'drikk', 'drikka', 'drukke', 'drukket']),
  new Set(['bøye', 'bøyer', 'bøya', 'bøyar']),
];

/** Words that deny a verb near them (bokmål, nynorsk, dialect). */
const negators = new Set(['ikke', 'ikkje', 'ikkj', 'itj', 'ittj', 'inte', 'ente', 'aldri']);

/** Modal verbs of ability or will: "klarer", "får", "kan", "vil" (all forms said). */
const modals = new Set([
  'klarer',
  'klare',
  'klarar',
  'klara',
  'greier',
  'greie',
  'greiar',
  'får',
  'fær',
  'kan',
  'kann',
  'vil',
  'vel',
  'orker',
  'orke',
]);

/** The note says the activity goes well: "fint", "godt", "greit", "uten problemer". */
const easeCue =
  /(?<![\p{L}])(?:fint|godt|greit|greitt|normalt|fritt|uten (?:problemer|vansker|besvær|smerter)|utan (?:problem|vanskar|plager))(?![\p{L}])/iu;

/** A denial anywhere in the note's sentence ("ikke", "ingen", "uten" other than "uten problemer"). */
const sentenceDenial = /(?<![\p{L}])(?:ikke|ikkje|ingen|inga|aldri|nei|umulig\p{L}*)(?![\p{L}])/iu;

function activityOf(word: string): number {
  return activities.findIndex((forms) => forms.has(word));
}

/** True when the sentence names one of the activities (both findings need one; most name none). */
export function namesActivity(tokens: readonly WordToken[]): boolean {
  return tokens.some((token) => activityOf(token.text.toLowerCase()) >= 0);
}

/**
 * Where a unit says the activity cannot be done ("æ klare ikkje å gå på den", "eg får ikkje løfta
 * armen", "han vil ikkje drikke noko"): a denial within three words before the verb, or right after
 * it ("går ikkje").
 */
function saysCannot(tokens: readonly WordToken[], activity: number): boolean {
  return tokens.some((token, position) => {
    if (activityOf(token.text.toLowerCase()) !== activity) return false;
    const before = tokens.slice(Math.max(0, position - 3), position);
    const after = tokens.slice(position + 1, position + 2);
    return [...before, ...after].some((other) => negators.has(other.text.toLowerCase()));
  });
}

/**
 * Where a unit says the activity can be done ("men jeg kan gå på den", "ho drikk greitt"): a modal
 * or an ease word with the verb and no denial near it.
 */
function saysCan(tokens: readonly WordToken[], activity: number): boolean {
  return tokens.some((token, position) => {
    if (activityOf(token.text.toLowerCase()) !== activity) return false;
    const around = tokens.slice(Math.max(0, position - 3), position + 3);
    if (around.some((other) => negators.has(other.text.toLowerCase()))) return false;
    const before = tokens.slice(Math.max(0, position - 2), position);
    const after = tokens.slice(position + 1, position + 4).map((other) => other.text);
    return (
      before.some((other) => modals.has(other.text.toLowerCase())) || easeCue.test(after.join(' '))
    );
  });
}

/**
 * A sentence saying the patient manages an activity ("Går fint på foten", "Svelger spytt uten
 * problemer", "Drikker godt") where the passages it rests on said the patient cannot ("æ klare
 * ikkje å gå på den", "eg klarar ikkje å svelgje"): the denial written as the opposite ability.
 * True only when those passages never also say the activity can be done.
 */
export function isInabilityWrittenAsAbility(options: {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly units: Iterable<number>;
  readonly index: TranscriptIndex;
}): boolean {
  const { text, tokens, units, index } = options;
  if (sentenceDenial.test(text) || !easeCue.test(text)) return false;
  const stated = tokens.map((token) => activityOf(token.text.toLowerCase()));
  const activity = stated.find((candidate) => candidate >= 0);
  if (activity === undefined) return false;
  let cannot = false;
  for (const unitIndex of units) {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.isQuestion || unit.isHypothetical) continue;
    if (saysCan(unit.tokens, activity)) return false;
    if (saysCannot(unit.tokens, activity)) cannot = true;
  }
  return cannot;
}

/**
 * Where the note says the patient cannot ("Klarer ikke å bøye fingeren", "Vil ikke drikke"): a
 * modal, then a denial, then the verb within three words.
 */
function writesCannot(tokens: readonly WordToken[], activity: number): boolean {
  return tokens.some((token, position) => {
    if (activityOf(token.text.toLowerCase()) !== activity) return false;
    const before = tokens
      .slice(Math.max(0, position - 4), position)
      .map((other) => other.text.toLowerCase());
    const negatorAt = before.findIndex((word) => negators.has(word));
    return negatorAt > 0 && before.slice(0, negatorAt).some((word) => modals.has(word));
  });
}

/** A question asking whether the patient manages the activity ("Kan du bøye fingeren helt?"). */
function asksCan(tokens: readonly WordToken[], activity: number): boolean {
  return tokens.some((token, position) => {
    if (activityOf(token.text.toLowerCase()) !== activity) return false;
    const before = tokens.slice(Math.max(0, position - 4), position);
    return (
      before.some((other) => modals.has(other.text.toLowerCase())) &&
      !before.some((other) => negators.has(other.text.toLowerCase()))
    );
  });
}

/**
 * A sentence saying the patient cannot do an activity ("Klarer ikke å bøye fingeren", "Vil ikke
 * drikke") where the passages it rests on said the patient can ("Kan du bøye fingeren helt?" "Ja,
 * det går fint."; "ho drikk greitt"): true only when those passages never say it cannot.
 */
export function isAbilityWrittenAsInability(options: {
  readonly tokens: readonly WordToken[];
  readonly units: Iterable<number>;
  readonly index: TranscriptIndex;
}): boolean {
  const { tokens, units, index } = options;
  const activity = tokens
    .map((token) => activityOf(token.text.toLowerCase()))
    .find((candidate) => candidate >= 0);
  if (activity === undefined || !writesCannot(tokens, activity)) return false;
  let can = false;
  for (const unitIndex of units) {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.isHypothetical) continue;
    if (saysCannot(unit.tokens, activity)) return false;
    if (unit.isQuestion) {
      if (asksCan(unit.tokens, activity) && index.answerTo(unitIndex) === 'yes') can = true;
    } else if (saysCan(unit.tokens, activity)) can = true;
  }
  return can;
}
