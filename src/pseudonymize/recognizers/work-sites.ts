import { isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { hasWorkFrame } from './organisations-in-speech.js';
import { isNameLike, tokenIndexEndingAt, type TokenAnalysis } from './token-analysis.js';

/** Prepositions before the site one works at: "operatør på Kårstø", "ansatt ved Mongstad". */
const sitePrepositions = new Set(['på', 'ved']);

/** Verbs of working right before "på"/"ved": "jobber på Mongstad", "eg jobbar på Kårstø". */
const workVerbs = new Set([
  'jobber',
  'jobbar',
  'jobbe',
  'jobba',
  'jobbet',
  'arbeider',
  'arbeidar',
  'arbeidet',
  'arbeida',
]);

/**
 * "eg jobbar på Johan Sverdrup", "Jobber på Mongstad": a name found on its own right after
 * "på"/"ved" in a work frame is where the person works — a plant, a field or a vessel — so it is
 * the workplace. A person's name there always is (one works "hos" a person, not "på"); a place
 * only right after a verb of working ("miljøarbeider på Rjukan" and "fisker ved Træna" say where
 * the work is done, and stay places), and never after an employer's name ("jobber på Rema på
 * Storo", "i Hammerfest LNG på Melkøya", "i barnehage på Gol"). Pushes a WORKPLACE candidate over
 * the same span, a little more confident than the place or person it retypes.
 */
export function recognizeWorkSites(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const ends = new Set<number>();
  for (const candidate of out) ends.add(candidate.end);
  const retyped: Candidate[] = [];
  for (const candidate of out) {
    if (candidate.type !== 'LOCATION' && candidate.type !== 'PERSON') continue;
    const first = tokenIndexAt(tokens, candidate.start);
    if (first < 1) continue;
    const preposition = tokens[first - 1];
    const name = tokens[first];
    if (preposition === undefined || name === undefined) continue;
    if (!sitePrepositions.has(preposition.lower)) continue;
    if (!(name.capitalised || name.allCaps) || name.sentenceStart) continue;
    if (!isSpaceBetween(text, preposition.end, name.start)) continue;
    const before = tokens[first - 2];
    if (before === undefined) continue;
    // "på Rema på Storo", "Hammerfest LNG på Melkøya": the site after a named employer.
    if (ends.has(before.end) || before.kind === 'number' || before.allCaps) continue;
    if (isNameLike(before) && !before.sentenceStart) continue;
    if (
      candidate.type === 'LOCATION'
        ? !workVerbs.has(before.lower)
        : !hasWorkFrame(words, tokens, first - 1)
    )
      continue;
    if (tokenIndexEndingAt(tokens, candidate.end) < first) continue;
    retyped.push({
      start: candidate.start,
      end: candidate.end,
      type: 'WORKPLACE',
      confidence: Math.min(0.99, candidate.confidence + 0.01),
    });
  }
  for (const candidate of retyped) out.push(candidate);
}

/** Index of the token starting at `start`, or -1 (tokens are sorted by start). */
function tokenIndexAt(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = tokens[middle]?.start ?? 0;
    if (at === start) return middle;
    if (at < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
