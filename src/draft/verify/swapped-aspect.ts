import type { WordToken } from '../language/fold.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/** The inner or outer aspect of a part ("mediale leddspalte", "lateralt på ankelen"). */
export type Aspect = 'medial' | 'lateral';

function aspectOf(folded: string): Aspect | undefined {
  if (folded.startsWith('medial')) return 'medial';
  if (folded.startsWith('lateral')) return 'lateral';
  return undefined;
}

/** The aspects the conversation named, in any form ("medialt", "laterale"). */
const saidAspects = perTranscript((index: TranscriptIndex): ReadonlySet<Aspect> => {
  const said = new Set<Aspect>();
  for (const word of index.words) {
    const aspect = aspectOf(word);
    if (aspect !== undefined) said.add(aspect);
  }
  return said;
});

/**
 * A sentence that places a finding on the inner (medial) or outer (lateral) aspect where the
 * conversation named only the other one ("Øm under mediale malleol" after "øm under laterale
 * malleol"): the aspect the conversation gave, or undefined. A denied aspect ("ikke øm medialt")
 * and an aspect the conversation named both ways are left alone.
 */
export function findSwappedAspect(options: {
  readonly tokens: readonly WordToken[];
  readonly negated: readonly boolean[];
  readonly index: TranscriptIndex;
}): Aspect | undefined {
  const { tokens, negated, index } = options;
  for (let position = 0; position < tokens.length; position += 1) {
    const claimed = aspectOf(tokens[position]?.folded ?? '');
    if (claimed === undefined || negated[position] === true) continue;
    const said = saidAspects(index);
    if (said.has(claimed)) continue;
    const other: Aspect = claimed === 'medial' ? 'lateral' : 'medial';
    if (said.has(other)) return other;
  }
  return undefined;
}
