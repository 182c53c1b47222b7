import type { TranscriptIndex } from './transcript-index.js';

/** Words that deny (folded), read after a finding's word ("det susar ikkje"). */
const negators: ReadonlySet<string> = new Set(
  'ikke ikkje ikkj itj itte inkje ingen inga ingi aldri uten utan'.split(' '),
);

/** How many sentences of one turn are read after a denial for a finding said after all. */
const maxTurnSentences = 4;

/**
 * A finding denied in a turn and then said present later in the same turn ("Nei. Men je blir litt
 * andpusten når det står på", "Nei. Jo, forresten, det hovna opp litt"): a two-part question
 * answered "nei" as a whole, then one part taken back, or a "nei" corrected. The later statement
 * decides, so a sentence stating the finding is borne out. For a question answered "nei" the turn
 * is the reply; for a denial the speaker makes, their own turn.
 */
export function isAffirmedLaterInTurn(
  key: string,
  level: Iterable<number> | 'everywhere',
  index: TranscriptIndex,
): boolean {
  // (Everywhere: only the units stating the key can deny it; the rest are passed over.)
  const candidates = level === 'everywhere' ? index.unitsStating(key) : [...level];
  for (const unitIndex of candidates) {
    const unit = index.units[unitIndex];
    if (unit === undefined || index.polarityIn(key, [unitIndex]).absent === 0) continue;
    const reply = unit.isQuestion ? index.units[unitIndex + 1] : unit;
    if (reply === undefined || (unit.isQuestion && reply.speaker === unit.speaker)) continue;
    const first = unit.isQuestion ? unitIndex + 2 : unitIndex + 1;
    for (let later = first; later < first + maxTurnSentences; later += 1) {
      const next = index.units[later];
      if (next === undefined || next.segment !== reply.segment || next.isQuestion) break;
      // Not when a denial follows the finding's word ("det susar ikkje"): a post-verbal "ikkje"
      // the reading may have missed.
      const deniedAfter = next.tokens.some(
        (_token, position) =>
          (next.claims.keys[position] ?? []).includes(key) &&
          next.tokens.slice(position + 1, position + 4).some((after) => negators.has(after.folded)),
      );
      if (deniedAfter) continue;
      const { present, absent } = index.polarityIn(key, [later]);
      if (present > 0 && absent === 0) return true;
    }
  }
  return false;
}

/** How many units after a denial are read for another speaker's correction. */
const correctionReach = 3;

/** Opens a correction of what somebody else said ("Jo, pappa, …", "Men du sa jo …"). */
function opensCorrection(words: readonly string[]): boolean {
  if (words[0] === 'jo' || words[0] === 'men') return true;
  return words.slice(1, 4).includes('jo');
}

/**
 * A finding denied by one speaker and then corrected by another ("Nei, ikkje feber." — "Jo pappa,
 * æ hadd feber på søndag"; "Jeg har ingen føling." — "Du hadde jo en føling forrige uke"): the
 * correction decides, so a sentence denying the finding is contradicted. True only when the
 * correction says the finding present and nothing later denies it again.
 */
export function isCorrectedByAnotherSpeaker(key: string, index: TranscriptIndex): boolean {
  let corrected = false;
  // Only units stating the key (ascending) can deny it; a correction found skips to after it.
  let from = 0;
  for (const unitIndex of index.unitsStating(key)) {
    if (unitIndex < from) continue;
    const unit = index.units[unitIndex];
    if (unit === undefined) continue;
    const { present, absent } = index.polarityIn(key, [unitIndex]);
    if (absent > 0) {
      if (corrected && present === 0 && !unit.isQuestion) return false;
      if (corrected) continue;
      const reply = unit.isQuestion ? index.units[unitIndex + 1] : unit;
      if (reply === undefined || (unit.isQuestion && reply.speaker === unit.speaker)) continue;
      const first = unit.isQuestion ? unitIndex + 2 : unitIndex + 1;
      for (let later = first; later < first + correctionReach; later += 1) {
        const next = index.units[later];
        if (next === undefined || next.isQuestion) break;
        if (next.speaker === reply.speaker || next.speaker === 'lege') continue;
        const said = index.polarityIn(key, [later]);
        if (
          said.present > 0 &&
          said.absent === 0 &&
          opensCorrection(next.tokens.map((token) => token.folded))
        ) {
          corrected = true;
          from = later + 1;
          break;
        }
      }
    }
  }
  return corrected;
}
