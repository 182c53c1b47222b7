import { textAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Plural kin nouns that a pair of names can follow as an apposition: "jentene, ida og falk,". */
const pluralKin = new Set([
  'barna',
  'borna',
  'ungene',
  'ungane',
  'sønnene',
  'sønene',
  'døtrene',
  'barnebarna',
  'barnebarnene',
  'guttene',
  'gutane',
  'jentene',
  'jentane',
  'søsknene',
  'brødrene',
  'søstrene',
  'tvillingene',
]);

/**
 * "jentene, ida og falk, er hos mora si": after a plural kin noun and a comma, two listed given
 * names joined by "og" and closed by a comma or a full stop are the two people, even when one of
 * them is also an ordinary word ("falk", "lykke"). At least one of the two must be no dictionary
 * word, so ordinary words in the same slot ("barna, store og små,") are left alone.
 */
export function recognizeSiblingNamePairs(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 5 < tokens.length; index++) {
    const kin = tokenAt(tokens, index);
    if (kin === undefined || !pluralKin.has(kin.lower) || textAt(tokens, index + 1) !== ',')
      continue;
    const first = tokenAt(tokens, index + 2);
    const joiner = tokenAt(tokens, index + 3);
    const second = tokenAt(tokens, index + 4);
    const close = tokenAt(tokens, index + 5);
    if (first === undefined || joiner === undefined || second === undefined) continue;
    if (joiner.lower !== 'og' || (close?.text !== ',' && close?.text !== '.')) continue;
    if (!isSpaceBetween(text, first.end, joiner.start)) continue;
    if (!isSpaceBetween(text, joiner.end, second.start)) continue;
    const firstIsWord = givenNameIsWord(words, first);
    const secondIsWord = givenNameIsWord(words, second);
    if (firstIsWord === undefined || secondIsWord === undefined) continue;
    if (firstIsWord && secondIsWord) continue;
    out.push({ start: first.start, end: first.end, type: 'PERSON', confidence: 0.82 });
    out.push({ start: second.start, end: second.end, type: 'PERSON', confidence: 0.82 });
  }
}

/** Whether a listed one-word given name is also a dictionary entry ("falk", not "ida"); undefined for no given name. */
function givenNameIsWord(words: TokenAnalysis, token: Token): boolean | undefined {
  if (token.kind !== 'word' || token.allCaps || !/^\p{L}{2,}$/u.test(token.text)) return undefined;
  const analysis = words.analyseToken(token);
  if (!analysis.firstName || analysis.nonIdentifying || analysis.term) return undefined;
  return analysis.entry;
}

/** Lines `recognizeSiblingNamePairs` can match: every match needs a plural kin word on the line. */
export const siblingNamePairCue = lineCue(pluralKin);
