import type { WordToken } from '../language/fold.js';
import { isInherentlyNegative } from '../language/negation.js';
import { isContentWord } from '../language/stem.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * "med utstråling" where the conversation only denied it ("det stråla ikkje"), or "uten trombe"
 * where it was only said present ("ultralyd viser trombe"): a finding after "med" or "uten" turned
 * round. Words the lexicon knows are checked by the negation checks; this reads the rest by their
 * first letters.
 */
const withWords = new Set(['med']);
const withoutWords = new Set(['uten', 'utan']);
const prefixLength = 5;

type Said = 'present' | 'absent';

/**
 * How the conversation's statements say each word about the patient, by the word's first five
 * letters, in order; read once per transcript.
 */
const mentionsByPrefix = perTranscript((index): ReadonlyMap<string, readonly Said[]> => {
  const byPrefix = new Map<string, Said[]>();
  for (const unit of index.units) {
    if (unit.isQuestion || unit.isHypothetical) continue;
    unit.tokens.forEach((token, position) => {
      if (token.folded.length < prefixLength) return;
      if (unit.claims.aboutOther[position] === true) return;
      // "Du er smertefri nå": a state at the time of speaking, not a denial of the complaint.
      if (isInherentlyNegative(token.folded)) return;
      const prefix = token.folded.slice(0, prefixLength);
      const said = byPrefix.get(prefix);
      const mention: Said = unit.claims.negated[position] === true ? 'absent' : 'present';
      if (said === undefined) byPrefix.set(prefix, [mention]);
      else said.push(mention);
    });
  }
  return byPrefix;
});

/** How the conversation says the words beginning with a five-letter prefix. */
function mentionsOf(prefix: string, index: TranscriptIndex): readonly Said[] {
  return mentionsByPrefix(index).get(prefix) ?? [];
}

/**
 * The first finding after "med" or "uten" in the sentence that the conversation said only the
 * other way. Returns the token and what was said, or undefined.
 */
export function findWithOrWithout(options: {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly negated: readonly (boolean | undefined)[];
  readonly index: TranscriptIndex;
}): { readonly token: number; readonly said: Said } | undefined {
  const { text, tokens, negated, index } = options;
  for (let position = 1; position < tokens.length; position += 1) {
    const before = tokens[position - 1]?.folded ?? '';
    // "med sterke smerter": the noun the phrase ends in, not its adjective.
    let head = position;
    while (
      head + 1 < tokens.length &&
      head - position < 2 &&
      /^\s$/u.test(text.slice(tokens[head]?.end ?? 0, tokens[head + 1]?.start ?? 0)) &&
      !/^(?:og|eller|i|pa|ved|ved|etter|fra|til|om|over|under)$/u.test(
        tokens[head + 1]?.folded ?? '',
      )
    )
      head += 1;
    const token = tokens[head];
    if (token === undefined) continue;
    const claimed: Said | undefined = withWords.has(before)
      ? 'present'
      : withoutWords.has(before)
        ? 'absent'
        : undefined;
    if (claimed === undefined) continue;
    // "ikke med feber": a denial before "med" turns it round; left to the negation checks.
    if (claimed === 'present' && negated[head] === true) continue;
    if (token.folded.length < prefixLength + 1 || !isContentWord(token.folded)) continue;
    const said = mentionsOf(token.folded.slice(0, prefixLength), index);
    if (said.length === 0) continue;
    const opposite: Said = claimed === 'present' ? 'absent' : 'present';
    if (said.every((candidate) => candidate === opposite)) return { token: head, said: opposite };
  }
  return undefined;
}
