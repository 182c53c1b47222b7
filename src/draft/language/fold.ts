/**
 * Folding and word tokens for the drafting code, under the names it uses. The one implementation
 * is `src/language` (`foldText`, `tokenizeWords`); drafting and verification remember the folded
 * form of each distinct word with letters outside ASCII (pseudonymized vocabulary, never whole
 * sentences), since every sentence of a note and of the transcript is tokenized.
 */
import { createWordMemo, foldText, tokenizeWords, type WordToken } from '../../language/index.js';

export { foldText as fold };
export type { WordToken };

/** Words with letters outside ASCII, folded (bounded, like the other word memos). */
const foldedWords = createWordMemo<string>(50_000);

/** Whether every character of a word is ASCII (its folded form is then its lower case). */
function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index += 1)
    if (word.charCodeAt(index) > 127) return false;
  return true;
}

/** {@link foldText} of one word: the same string, with the decomposition done once per word. */
export function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  const known = foldedWords.get(word);
  if (known !== undefined) return known;
  const folded = foldText(word);
  foldedWords.set(word, folded);
  return folded;
}

/** {@link tokenizeWords} with each word folded by {@link foldWord}. */
export function tokenize(text: string): WordToken[] {
  return tokenizeWords(text, foldWord);
}
