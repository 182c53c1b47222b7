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

/** True when a PERSON candidate lies inside the name of a training exercise ("Wall Sit"). */
export function isExerciseName(text: string, candidate: Candidate): boolean {
  if (candidate.type !== 'PERSON') return false;
  const from = Math.max(0, candidate.start - 30);
  const window = text.slice(from, Math.min(text.length, candidate.end + 30));
  for (const match of window.matchAll(exercisePattern)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (start <= candidate.start && candidate.end <= end) return true;
  }
  return false;
}
