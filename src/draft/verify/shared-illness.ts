import type { WordToken } from '../language/fold.js';

/** "jeg", "eg", "æ", "e", "i" (folded): the speaker. */
const firstPerson: ReadonlySet<string> = new Set(['jeg', 'eg', 'ae', 'e', 'i']);
/** "har", "he", "ha", "hev": has. */
const hasWords: ReadonlySet<string> = new Set(['har', 'he', 'ha', 'hev']);
/** "det", "den", "dæ", "de": the illness just named. */
const itWords: ReadonlySet<string> = new Set(['det', 'den', 'dae', 'de']);
/** "også", "òg", "og", "au", "å" (folded): too. */
const tooWords: ReadonlySet<string> = new Set(['ogsa', 'og', 'au', 'a']);
/** "selv", "sjøl", "sjølv", "sjæl": myself, allowed before "too". */
const selfWords: ReadonlySet<string> = new Set(['selv', 'sjol', 'sjolv', 'sjael']);

/** Whether the words from `start` say "I have it too" ("jeg har det også", "det har eg òg"). */
function saysHaveItToo(tokens: readonly WordToken[], start: number): boolean {
  const word = (offset: number): string => tokens[start + offset]?.folded ?? '';
  let next: number;
  // "jeg har det (selv) også"
  if (firstPerson.has(word(0)) && hasWords.has(word(1)) && itWords.has(word(2))) next = 3;
  // "det har jeg (selv) også"
  else if (itWords.has(word(0)) && hasWords.has(word(1)) && firstPerson.has(word(2))) next = 3;
  else return false;
  if (selfWords.has(word(next))) next += 1;
  return tooWords.has(word(next));
}

/**
 * The findings a patient names as another person's or the family's and then says they share
 * ("Det er mye diabetes i familien, og jeg har det også"): the finding is the patient's too. Token
 * positions of the shared findings (only those read as about another person), for one sentence
 * said by the patient.
 */
export function findSharedIllness(
  tokens: readonly WordToken[],
  findingKey: readonly (string | undefined)[],
  aboutOther: readonly boolean[],
): ReadonlySet<number> {
  let sharedFrom = -1;
  for (let position = 0; position < tokens.length; position += 1)
    if (saysHaveItToo(tokens, position)) {
      sharedFrom = position;
      break;
    }
  if (sharedFrom < 0) return new Set();
  // The illness is the last one named about the other person before "… har det også".
  for (let position = sharedFrom - 1; position >= 0; position -= 1)
    if (findingKey[position] !== undefined && aboutOther[position] === true)
      return new Set([position]);
  return new Set();
}
