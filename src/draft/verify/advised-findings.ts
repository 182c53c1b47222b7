import type { WordToken } from '../language/fold.js';
import { clauseAround } from './clauses.js';

/** Words that open advice when "å" follows ("lurt å drikke", "viktig å", "husk å", "prøv å"). */
const adviceBeforeInfinitive = new Set([
  'lurt',
  'lurest',
  'viktig',
  'fornuftig',
  'smart',
  'husk',
  'prov',
  'fortsett',
]);
/** Modal verbs that make an instruction with "du"/"dere" ("da må du drikke masse"). */
const instructingModals = new Set(['ma', 'bor', 'skal', 'ska']);
/** Who is told what to do. */
const addressees = new Set(['du', 'dere', 'dokker', 'de']);
/** Words that recommend ("vi anbefaler at du drikker mye"). */
const recommending = /^(?:anbefal\p{L}*|tilrar|tilrad\p{L}*)$/u;

/** True when the words from `start` up to `at` open advice or an instruction. */
function opensAdvice(tokens: readonly WordToken[], start: number, at: number): boolean {
  for (let position = start; position < at; position += 1) {
    const folded = tokens[position]?.folded ?? '';
    const next = tokens[position + 1]?.folded ?? '';
    if (adviceBeforeInfinitive.has(folded) && next === 'a') return true;
    if (recommending.test(folded)) return true;
    // "Da må du drikke masse", "du bør drikke": not "du må ha drukket" (a guess about the past).
    const instruction =
      (instructingModals.has(folded) && addressees.has(next)) ||
      (addressees.has(folded) && instructingModals.has(next));
    if (instruction && tokens[position + 2]?.folded !== 'ha') return true;
  }
  return false;
}

/**
 * The words of a clinician's sentence that name a finding inside advice or an instruction ("Da må
 * du drikke masse", "det er lurt å drikke og tisse masse"): they tell the patient what to do and
 * say nothing of what the patient has (issue 11: clinician advice was read as the patient's
 * polydipsia). Empty when the sentence gives no advice.
 */
export function findAdvisedFindings(
  tokens: readonly WordToken[],
  findingKey: readonly (string | undefined)[],
): ReadonlySet<number> {
  const advised = new Set<number>();
  for (let position = 0; position < findingKey.length; position += 1) {
    if (findingKey[position] === undefined) continue;
    const { start } = clauseAround(tokens, position);
    if (opensAdvice(tokens, start, position)) advised.add(position);
  }
  return advised;
}
