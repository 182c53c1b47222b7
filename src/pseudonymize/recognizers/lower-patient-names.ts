import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Nouns for the person a note is about, before a dictated name: "pasienten wanjiru kamau". */
const patientNouns = new Set(['pasienten', 'pasient', 'beboeren', 'beboer', 'brukeren']);

/**
 * "pasienten wanjiru kamau kommer til kontroll": in lower-case dictation, two name words right
 * after "pasienten" (or "beboeren", "brukeren") are the patient's name when both are listed as
 * names (the international list counts) and neither is a word of the dictionary, not even an
 * inflected one. A third such word joins ("pasienten thi hoa nguyen"). One word alone stays as it
 * is: "pasienten kamau" is too little to tell a name from a misspelt word.
 */
export function recognizeLowerPatientNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index + 1 < tokens.length; index++) {
    const cue = tokenAt(tokens, index - 1);
    if (cue === undefined || cue.kind !== 'word' || !patientNouns.has(cue.lower)) continue;
    let last = index - 1;
    while (last + 1 < tokens.length && last - index < 2) {
      const token = tokenAt(tokens, last + 1);
      const previous = tokenAt(tokens, last);
      if (token === undefined || previous === undefined) break;
      if (!isLowerNameWord(words, token) || !isSpaceBetween(text, previous.end, token.start)) break;
      last++;
    }
    if (last - index < 1) continue;
    const first = tokenAt(tokens, index);
    const end = tokenAt(tokens, last);
    if (first === undefined || end === undefined) continue;
    out.push({ start: first.start, end: end.end, type: 'PERSON', confidence: 0.75 });
    index = last;
  }
}

/** A lower-case name word that the dictionary does not know: "wanjiru", "kamau", "gebremedhin". */
function isLowerNameWord(words: TokenAnalysis, token: Token): boolean {
  if (token.kind !== 'word' || token.text !== token.lower || token.text.length < 3) return false;
  const analysis = words.analyseToken(token);
  if (analysis.common || analysis.entry || analysis.term || analysis.place || analysis.region)
    return false;
  if (analysis.nonIdentifying || analysis.compoundTerm) return false;
  return analysis.international || analysis.firstName || analysis.surname;
}
