import { isSpaceBetween, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Street words written apart after the genitive of the person a street is named after. */
const streetWords = new Set([
  'gate',
  'gata',
  'gaten',
  'vei',
  'veien',
  'veg',
  'vegen',
  'allé',
  'alle',
  'plass',
  'plassen',
]);

/** A capitalised word of letters (hyphens allowed) that is not all capitals. */
function isCapitalisedName(token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    token.capitalised &&
    !token.allCaps &&
    /^\p{Lu}[\p{L}-]+$/u.test(token.text)
  );
}

/**
 * "fortsatt i Bjørnstjerne Bjørnsons gate?", "bor i Henrik Ibsens gate": a street named after a
 * person, a capitalised name and a capitalised genitive before a street word, is an address even
 * without a house number. The genitive must be a name's, not an ordinary word's ("Livets vei").
 */
export function recognizePersonNamedStreets(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    const street = tokenAt(tokens, index);
    if (street?.kind !== 'word' || !streetWords.has(street.lower)) continue;
    const genitive = tokenAt(tokens, index - 1);
    const given = tokenAt(tokens, index - 2);
    if (!isCapitalisedName(genitive) || !isCapitalisedName(given)) continue;
    if (!genitive.lower.endsWith('s') || genitive.lower.length < 4) continue;
    if (!isSpaceBetween(text, given.end, genitive.start)) continue;
    if (!isSpaceBetween(text, genitive.end, street.start)) continue;
    // "Ved Ibsens vei": a capitalised word that only starts the sentence is no part of the name.
    const lead = words.analyseToken(given);
    if (given.sentenceStart && (lead.common || lead.entry) && !lead.firstName) continue;
    const owner = words.analyse(genitive.lower.slice(0, -1));
    if ((owner.common || owner.entry) && !(owner.female || owner.male || owner.surname)) continue;
    out.push({ start: given.start, end: street.end, type: 'ADDRESS', confidence: 0.9 });
  }
}
