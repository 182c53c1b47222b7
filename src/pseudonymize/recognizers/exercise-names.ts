import type { Candidate } from '../types.js';

/**
 * English names of training exercises that physiotherapy notes write with capitals ("Wall Sit
 * 3 x 30 sek", "Bird Dog og Dead Bug"): their words are also English given names and surnames
 * ("Wall", "Bird", "Bridge"), but in such a name they are no person.
 */
const exerciseNames = [
  'wall sit',
  'wall sits',
  'wall slide',
  'wall slides',
  'wall squat',
  'wall push up',
  'bird dog',
  'bird dogs',
  'dead bug',
  'dead bugs',
  'side plank',
  'glute bridge',
  'glute bridges',
  'hip bridge',
  'single leg bridge',
  'clam shell',
  'clam shells',
  'clamshell',
  'monster walk',
  'nordic hamstring',
  'good morning',
  'jumping jack',
  'jumping jacks',
  'mountain climber',
  'mountain climbers',
  'russian twist',
  'step up',
  'step ups',
  'box jump',
  'farmer walk',
  'farmers walk',
  'chin tuck',
  'heel slide',
  'heel slides',
  'straight leg raise',
  'calf raise',
  'calf raises',
  'hip thrust',
  'face pull',
  'bear crawl',
  'cat camel',
  'copenhagen plank',
  'pallof press',
  'goblet squat',
  'bulgarian split squat',
  'romanian deadlift',
  'superman',
];

const exercisePattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${exerciseNames
    .sort((left, right) => right.length - left.length)
    .map((name) => name.replaceAll(' ', '[ -]'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Words of a training programme near the name: sets, repetitions, seconds, "øvelse". */
const exerciseContext =
  /(?:\d\s*x\s*\d|(?<!\p{L})x\s*\d|\d+\s*(?:sek|sekund|sekunder|s|rep|reps|repetisjoner|repetisjonar|sett|serier)(?!\p{L})|(?<!\p{L})(?:repetisjoner|repetisjonar|reps|øvelse\p{L}*|øving\p{L}*|hjemmeprogram\p{L}*|treningsprogram\p{L}*))/iu;

/** Verbs that present a name: "heter Wall", "heiter Per Superman". */
const namingVerbBefore =
  /(?<!\p{L})(?:heter|heiter|het|hette|kalles|kalla|kalt)\s+(?:\p{L}+\s+)?$/iu;

/** Every word starts with a capital: "Wall Sit", "Bird Dog", "Dead Bug". */
const isCapitalisedName = (name: string): boolean =>
  name.split(/[ -]/u).every((word) => /^\p{Lu}/u.test(word));

/**
 * True when a PERSON candidate lies inside the name of a training exercise: the whole name in
 * capitals ("Wall Sit", "Bird Dog"), or in any case with words of a programme around it ("wall sit
 * 3x10 repetisjoner"), and no naming verb before it. "Pasienten Wall sit i rullestol" (nynorsk
 * "sit") and a lone "Superman" stay persons (s34k).
 */
export function isExerciseName(text: string, candidate: Candidate): boolean {
  if (candidate.type !== 'PERSON') return false;
  const from = Math.max(0, candidate.start - 30);
  const window = text.slice(from, Math.min(text.length, candidate.end + 30));
  const context = text.slice(Math.max(0, candidate.start - 60), candidate.end + 60);
  for (const match of window.matchAll(exercisePattern)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (start > candidate.start || candidate.end > end) continue;
    if (namingVerbBefore.test(text.slice(Math.max(0, start - 30), start))) continue;
    const lone = !match[0].includes(' ') && !match[0].includes('-');
    if (isCapitalisedName(match[0]) && !lone) return true;
    if (exerciseContext.test(context)) return true;
  }
  return false;
}
