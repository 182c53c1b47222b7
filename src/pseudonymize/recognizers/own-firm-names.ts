import { textAt, lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Nouns for one's own business, before its name: "eget firma, Lille Blomsterbu", "firmaet X". */
const firmNouns = new Set(['firma', 'firmaet', 'bedrift', 'bedriften', 'selskapet', 'foretaket']);

/**
 * "Hun har eget firma, Lille Blomsterbu, og driver alene", "har firmaet Fjord Maling sammen med
 * …": the capitalised name right after a noun for one's own business (with or without a comma) is
 * the person's workplace. One to three capitalised words mid-sentence; a given name alone is the
 * owner, not the firm.
 */
export function recognizeOwnFirmNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const noun = tokenAt(tokens, index);
    if (noun === undefined || !firmNouns.has(noun.lower)) continue;
    if (noun.lower === 'firma' && !/^(?:eget|eige|eit|et)$/u.test(lowerAt(tokens, index - 1)))
      continue;
    const first = textAt(tokens, index + 1) === ',' ? index + 2 : index + 1;
    let last = first - 1;
    for (let part = first; part < first + 3; part++) {
      const token = tokenAt(tokens, part);
      const previous = tokenAt(tokens, part - 1);
      if (token === undefined || previous === undefined || token.kind !== 'word') break;
      if (!(token.capitalised || token.allCaps) || token.sentenceStart) break;
      if (part > first && !isSpaceBetween(text, previous.end, token.start)) break;
      last = part;
    }
    const start = tokenAt(tokens, first);
    const end = tokenAt(tokens, last);
    if (start === undefined || end === undefined || last < first) continue;
    if (last === first && words.analyseToken(start).firstName) continue;
    out.push({ start: start.start, end: end.end, type: 'WORKPLACE', confidence: 0.9 });
  }
}

/** Lines `recognizeOwnFirmNames` can match: every match needs a firm noun on the line. */
export const ownFirmNameCue = lineCue(firmNouns);
