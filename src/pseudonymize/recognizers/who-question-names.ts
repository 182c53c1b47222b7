import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Words asking who: a line that holds one asks for a person. */
const whoWords = new Set(['hvem', 'kven', 'kem']);

/** "var det", "er det", "det var", "det er": the frames that offer an answer to "hvem". */
const copulas = new Set(['var', 'er', 'va', 'e']);

/**
 * "Og hvem henviste du til sist, var det Fjellstad på sykehuset?": on a line asking who, a
 * capitalised word mid-sentence offered as the answer ("var det X", "er det X") is a person, even
 * one no list knows. A place, a drug or another term there stays what it is.
 */
export function recognizeWhoQuestionNames(
  words: TokenAnalysis,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  if (!tokens.some((token) => whoWords.has(token.lower))) return;
  for (let index = 2; index < tokens.length; index++) {
    const name = tokenAt(tokens, index);
    if (name?.kind !== 'word' || !name.capitalised || name.allCaps || name.sentenceStart) continue;
    if (name.text.length < 3) continue;
    const first = lowerAt(tokens, index - 2);
    const second = lowerAt(tokens, index - 1);
    const offered =
      (copulas.has(first) && second === 'det') || (first === 'det' && copulas.has(second));
    if (!offered) continue;
    const analysis = words.analyseToken(name);
    if (analysis.common || analysis.place || analysis.term || analysis.nonIdentifying) continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.75 });
  }
}
