import { isSpaceBetween, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { employerPrepositions, isWorkFrameBefore } from './spoken-workplaces.js';
import type { TokenAnalysis } from './token-analysis.js';

/** "Ikornnes-fabrikken", "Ulstein-verftet": a capitalised name, a hyphen and a definite work site. */
const hyphenSite =
  /^\p{Lu}\p{Ll}{2,}-(?:fabrikken|fabrikk|meieriet|verftet|verket|smelteverket|sagbruket|fiskebruket|bruket|slakteriet|bryggeriet|anlegget|gruva|gruben|hotellet|lageret)$/u;

/**
 * "jobber på Ikornnes-fabrikken", "sveiser på Ulstein-verftet": after a work frame and its
 * preposition, a name joined by a hyphen to a definite work site (factory, dairy, shipyard,
 * sawmill …) is the workplace. A department ("Røntgen-avdelingen") is no site here, and without
 * the work frame ("omvisning på fabrikken") nothing is taken.
 */
export function recognizeHyphenSiteWorkplaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || !token.capitalised) continue;
    if (!hyphenSite.test(token.text)) continue;
    const preposition = tokenAt(tokens, index - 1);
    if (preposition === undefined || !employerPrepositions.has(preposition.lower)) continue;
    if (!isSpaceBetween(text, preposition.end, token.start)) continue;
    if (!isWorkFrameBefore(words, tokens, index - 1) && !words.hasEmploymentContext(tokens, index))
      continue;
    out.push({
      start: token.start,
      end: token.end,
      type: 'WORKPLACE',
      subtype: 'site',
      confidence: 0.9,
    });
  }
}
