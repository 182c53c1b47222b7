import type { WordToken } from '../language/fold.js';
import type { TranscriptIndex } from './transcript-index.js';

type Side = 'right' | 'left';

/** Side words (folded) in bokmål, nynorsk and dialect speech. */
const sideWords: ReadonlyMap<string, Side> = new Map([
  ['hoyre', 'right'],
  ['hogre', 'right'],
  ['hoire', 'right'],
  ['haegre', 'right'],
  ['venstre', 'left'],
  ['vinstre', 'left'],
  ['vaenstre', 'left'],
]);
/** Words (folded) that put a sentence on both sides, where one side alone is not claimed. */
const bothWords = /^(?:begge|bilateral\p{L}*|bilat|sidelik\p{L}*|symmetrisk\p{L}*)$/u;
/** Words (folded) that call a body part normal. */
const normalWords = /^(?:normal|normalt|normale|fin|fint|fine|upafallende|ua|rolig)$/u;
const negators = new Set(['ikke', 'ikkje', 'ikkj', 'itj', 'inkje', 'kje', 'ingen', 'uten']);
/** Words that name no body part. */
const fillerWords = new Set([
  'er',
  'e',
  'var',
  'og',
  'i',
  'pa',
  'med',
  'side',
  'sida',
  'sidig',
  'ved',
  'over',
  'av',
  'han',
  'ho',
  'hun',
  'den',
  'det',
  'som',
  'men',
  'helt',
  'heilt',
]);

/** The stem two words must share to name the same part ("legg" ~ "leggen"). */
function stemOf(folded: string): string {
  return folded.slice(0, 5);
}

interface SideStatement {
  readonly sides: ReadonlySet<Side>;
  readonly normal: boolean;
  readonly stems: ReadonlySet<string>;
}

function readStatement(tokens: readonly WordToken[]): SideStatement | undefined {
  if (tokens.some((token) => bothWords.test(token.folded))) return undefined;
  const sides = new Set<Side>();
  const stems = new Set<string>();
  let normal = false;
  tokens.forEach((token, position) => {
    const side = sideWords.get(token.folded);
    if (side !== undefined) sides.add(side);
    else if (normalWords.test(token.folded)) {
      const denied = [1, 2].some((back) => negators.has(tokens[position - back]?.folded ?? ''));
      if (!denied) normal = true;
    } else if (token.folded.length >= 4 && !fillerWords.has(token.folded))
      stems.add(stemOf(token.folded));
  });
  return sides.size === 0 ? undefined : { sides, normal, stems };
}

function sharesStem(first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
  for (const stem of first) if (second.has(stem)) return true;
  return false;
}

/**
 * A body part the sentence calls normal on one side although the conversation called only the
 * other side normal and said something else of this one ("Høyre trommehinne normal" where
 * "Venstre trommehinne er normal. Høyre trommehinne er rød og bulende" was said): the side the
 * sentence names, or undefined. A sentence naming both sides, or no part, says nothing here.
 */
export function findSideBoundNormal(options: {
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
}): Side | undefined {
  const written = readStatement(options.tokens);
  if (written?.normal !== true || written.sides.size !== 1 || written.stems.size === 0)
    return undefined;
  const [side] = written.sides;
  if (side === undefined) return undefined;
  let otherNormal = false;
  let sameOther = false;
  for (const unit of options.index.units) {
    if (unit.isQuestion || unit.isHypothetical) continue;
    const spoken = readStatement(unit.tokens);
    if (spoken === undefined || !sharesStem(written.stems, spoken.stems)) continue;
    if (spoken.normal) {
      // One side called normal: the same side bears the sentence out at once.
      if (spoken.sides.size !== 1) continue;
      if (spoken.sides.has(side)) return undefined;
      otherNormal = true;
    } else if (spoken.sides.has(side)) sameOther = true;
  }
  return otherNormal && sameOther ? side : undefined;
}
