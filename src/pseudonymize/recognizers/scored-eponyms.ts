import { lowerAt, tokenAt, type Token } from '../tokenize.js';

/**
 * Named scores whose maximum is also a month's number, with that maximum: "Beighton 6/9" (out of
 * nine), "Apgar 8/10". Scores out of more than twelve never read as dates.
 */
const scaleMaximum = new Map([
  ['beighton', '9'],
  ['apgar', '10'],
]);

/**
 * "Beighton 6/9", "Beighton: 7/9": a share right after a named score, maybe behind a colon, whose
 * maximum is that score's maximum, is the score, not a day and a month. Another maximum keeps the
 * date ("Beighton 6/11"), as does any other word before the share ("Kontroll 6/9"). The caller has
 * checked that the count does not exceed the maximum. A word before the score word keeps the date.
 */
export function isScoreAfterEponym(
  tokens: readonly Token[],
  index: number,
  maximum: string,
): boolean {
  let back = index - 1;
  if (tokenAt(tokens, back)?.text === ':') back--;
  const before = tokenAt(tokens, back);
  if (before === undefined || before.kind !== 'word' || !before.capitalised) return false;
  // Only the score word in a score frame: at the start or behind punctuation. "Samtale med
  // Beighton 3/9", "Time hos Beighton 6/9" keep the date (when unsure, a date stays one).
  const frame = tokenAt(tokens, back - 1);
  if (frame !== undefined && frame.kind === 'word') return false;
  return scaleMaximum.get(lowerAt(tokens, back)) === maximum;
}
