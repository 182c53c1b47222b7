import { personTitles } from '../gazetteers/person-titles.js';
import { signatureWordsFor } from '../gazetteers/signature-words.js';
import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Words that sign a note before its writer's name: "Hilsen", "mvh", "Sign.". */
const signatureWords = signatureWordsFor('colon');

/** Confidence of the place split off the end of a signed name. */
const signaturePlaceConfidence = 0.8;

/** The index of the token that starts at `start`, or -1. */
function tokenIndexAt(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokenAt(tokens, middle);
    if (token === undefined) return -1;
    if (token.start === start) return middle;
    if (token.start < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Whether the name starting at token `index` follows a signature word, with titles or a dot between. */
function followsSignatureWord(tokens: readonly Token[], index: number): boolean {
  for (let cursor = index - 1; cursor >= 0 && cursor >= index - 4; cursor--) {
    const token = tokenAt(tokens, cursor);
    if (token === undefined) return false;
    if (token.kind === 'word' && signatureWords.has(token.lower)) return true;
    if (token.text === '.' || (token.kind === 'word' && personTitles.has(token.lower))) continue;
    return false;
  }
  return false;
}

/**
 * "mvh Per Øvrebø Førde", "Hilsen Kari Hansen Steinkjer": a signed name of three or more words
 * whose last word is a known place and neither a listed given name, a listed surname nor a
 * dictionary word, after a listed surname that is no place, is the writer's name followed by where the writer is: the name stays a PERSON
 * without its last word, which becomes a LOCATION. Both stay detected; only the type changes.
 */
export function withSignaturePlacesSplit(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  accepted: Candidate[],
): Candidate[] {
  let result: Candidate[] | undefined;
  for (const candidate of accepted) {
    if (candidate.type !== 'PERSON') continue;
    const name = text.slice(candidate.start, candidate.end);
    const lastSpace = name.lastIndexOf(' ');
    // Three words at least: two spaces, and nothing but letters in the last word.
    if (lastSpace <= 0 || name.indexOf(' ') === lastSpace) continue;
    const last = name.slice(lastSpace + 1);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last)) continue;
    const analysis = words.analyse(last.toLowerCase());
    if (!analysis.place || analysis.surname || analysis.firstName || analysis.common) continue;
    // The word before the place is a listed surname ("Kari Hansen Steinkjer"): the name is whole
    // without the place.
    const rest = name.slice(0, lastSpace).trimEnd();
    const before = words.analyse(rest.slice(rest.lastIndexOf(' ') + 1).toLowerCase());
    if (!before.surname || before.place) continue;
    const first = tokenIndexAt(tokens, candidate.start);
    if (first < 0 || !followsSignatureWord(tokens, first)) continue;
    result ??= [...accepted];
    const placeStart = candidate.start + lastSpace + 1;
    result.splice(
      result.indexOf(candidate),
      1,
      { ...candidate, end: candidate.start + name.slice(0, lastSpace).trimEnd().length },
      {
        start: placeStart,
        end: candidate.end,
        type: 'LOCATION',
        confidence: signaturePlaceConfidence,
      },
    );
  }
  return result ?? accepted;
}
