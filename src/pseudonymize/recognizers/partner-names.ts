import { neverNames } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Words of a partnership before "med"/"fra" and the partner: "gift med", "skilt fra". */
const partnerWords = new Set([
  'gift',
  'samboer',
  'sambuar',
  'forlovet',
  'forlova',
  'kjæreste',
  'skilt',
  'separert',
]);

/** Lines holding a word of partnership: `recognizePartnerNames` finds nothing on any other line. */
export const partnerNameCue = lineCue(partnerWords);

/**
 * "Hun er gift med Torkild", "eg er gift med torkild", "skilt fra Yevgenia": right after a word
 * of partnership and "med" or "fra", a word no dictionary knows (capitalised, or in lower case
 * from speech-to-text) is the partner's name, even one no name list holds. Ordinary words ("gift
 * med en lege", "skilt fra mannen"), places and terms are left alone.
 */
export function recognizePartnerNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    const name = tokenAt(tokens, index);
    if (name === undefined || name.kind !== 'word' || name.allCaps) continue;
    const link = lowerAt(tokens, index - 1);
    if (link !== 'med' && link !== 'fra') continue;
    if (!partnerWords.has(lowerAt(tokens, index - 2))) continue;
    const linkToken = tokenAt(tokens, index - 1);
    if (linkToken === undefined || !isSpaceBetween(text, linkToken.end, name.start)) continue;
    if (!/^\p{L}{3,}$/u.test(name.text)) continue;
    if (neverNames.has(name.lower) || nynorskFunctionWords.has(name.lower)) continue;
    const analysis = words.analyseToken(name);
    if (analysis.common || analysis.entry || analysis.place || analysis.region) continue;
    if (analysis.term || analysis.nonIdentifying || words.isCompoundToken(name)) continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.8 });
  }
}
