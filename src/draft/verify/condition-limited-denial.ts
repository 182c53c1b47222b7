import type { WordToken } from '../language/fold.js';
import { tokenize } from '../language/fold.js';
import { deniedOnlyUnderCondition } from '../language/negation.js';
import { isContentWord } from '../language/stem.js';
import type { TranscriptIndex } from './transcript-index.js';

/** Words for rest, one of which in the note repeats another ("i ro" for "i hvile"). */
const restWords = /^(?:hvil|kvil|ro$|roe$|rolig)/u;

/** Words for exertion, one of which repeats another ("ved anstrengelse" for "når du går i bakker"). */
const exertionWords =
  /^(?:anstreng|gar$|gaa|gang|bakk|motbakk|trapp|aktivit|belast|trening|trene|lop|sykl)/u;

/** Whether a note word names the same condition as one of the question's condition words. */
function repeatsCondition(noteWord: string, conditionWords: readonly string[]): boolean {
  return conditionWords.some(
    (word) =>
      (restWords.test(word) && restWords.test(noteWord)) ||
      (exertionWords.test(word) && exertionWords.test(noteWord)) ||
      (word.length >= 4 ? noteWord.startsWith(word.slice(0, 4)) : noteWord === word),
  );
}

/**
 * "Blir du tungpusten i hvile?" "Nei, bare når jeg går i trapper": the finding was denied only under
 * the condition asked about. True when every denial of the finding among the given units is such an
 * answer and the note sentence does not repeat a condition asked about ("Dyspné ved anstrengelse"
 * and "Dyspné" agree; "Dyspné i hvile" does not).
 */
export function isDeniedOnlyUnderOtherCondition(
  key: string,
  tokens: readonly WordToken[],
  units: Iterable<number> | 'everywhere',
  index: TranscriptIndex,
): boolean {
  const level = units === 'everywhere' ? undefined : new Set(units);
  const denying = index
    .unitsStating(key)
    .filter(
      (unitIndex) =>
        (level === undefined || level.has(unitIndex)) &&
        index.polarityIn(key, [unitIndex]).absent > 0,
    );
  if (denying.length === 0) return false;
  const conditionWords: string[] = [];
  for (const unitIndex of denying) {
    const unit = index.units[unitIndex];
    const reply = index.replyTo(unitIndex);
    const replyUnit = reply === undefined ? undefined : index.units[reply];
    if (unit === undefined || !unit.isQuestion || replyUnit === undefined) return false;
    if (index.answerTo(unitIndex) !== 'no') return false;
    const condition = deniedOnlyUnderCondition(
      replyUnit.tokens.map((token) => token.text).join(' '),
      unit.tokens.map((token) => token.text).join(' '),
    );
    if (condition === undefined) return false;
    for (const token of tokenize(condition))
      if (isContentWord(token.folded) && !unit.claims.findingKey.includes(token.folded))
        conditionWords.push(token.folded);
  }
  return !tokens.some((token) => repeatsCondition(token.folded, conditionWords));
}
