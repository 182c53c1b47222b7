import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Associations with local branches, named before "i <place>": "Blå Kors i Bergen". */
const associations = new Set([
  'blå kors',
  'røde kors',
  'frelsesarmeen',
  'kirkens bymisjon',
  'fontenehuset',
  'mental helse',
  'kirkens sos',
]);

/**
 * "Blå Kors i Bergen", "Frelsesarmeen i Oslo", "Kirkens Bymisjon i Drammen": an association with
 * local branches, then "i" and a known place, is one organisation, the place's branch.
 * Municipal services before a place ("hjemmetjenesten i Asker") are left to the place recognizer:
 * writers mark the place alone there (tried in session 23, it cost held-out F1).
 */
export function recognizeAssociationBranches(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    const place = tokenAt(tokens, index);
    const preposition = tokenAt(tokens, index - 1);
    if (place === undefined || preposition === undefined || place.kind !== 'word') continue;
    // "Kirkens Bymisjon på Tøyen": "på" names where the branch is, a place of its own.
    if (preposition.lower !== 'i') continue;
    if (!isSpaceBetween(text, preposition.end, place.start)) continue;
    const start = associationStart(text, tokens, index - 1);
    if (start === undefined || !isKnownPlace(words, place)) continue;
    out.push({
      start,
      end: place.end,
      type: 'ORGANIZATION',
      subtype: 'institution',
      confidence: 0.93,
    });
  }
}

/** The start offset of an association's name ending right before the preposition, or undefined. */
function associationStart(
  text: string,
  tokens: readonly Token[],
  prepositionIndex: number,
): number | undefined {
  const last = tokenAt(tokens, prepositionIndex - 1);
  const preposition = tokenAt(tokens, prepositionIndex);
  if (last === undefined || preposition === undefined || last.kind !== 'word') return undefined;
  if (!isSpaceBetween(text, last.end, preposition.start)) return undefined;
  if (associations.has(last.lower)) return last.start;
  const first = tokenAt(tokens, prepositionIndex - 2);
  if (first === undefined || !isSpaceBetween(text, first.end, last.start)) return undefined;
  return associations.has(`${first.lower} ${last.lower}`) ? first.start : undefined;
}

/** A municipality, town or neighbourhood the lexicon knows, capitalised or not. */
function isKnownPlace(words: TokenAnalysis, place: Token): boolean {
  if (place.lower.length < 2) return false;
  const analysis = words.analyseToken(place);
  if (analysis.nonIdentifying || analysis.region) return false;
  return analysis.place && (place.capitalised || !analysis.common);
}
