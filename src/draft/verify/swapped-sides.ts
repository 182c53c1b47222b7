import type { SentenceFlag } from '../../core/index.js';
import type { WordToken } from '../language/fold.js';
import { isContentWord } from '../language/stem.js';
import type { Claims, Side } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/** The one side a sentence affirms and the one it denies ("høyre …, ikke venstre"), if so. */
function affirmedAndDenied(
  claims: Claims,
): { readonly affirmed: Side; readonly denied: Side } | undefined {
  const affirmed = claims.sides.filter((entry) => claims.negated[entry.token] !== true);
  const denied = claims.sides.filter((entry) => claims.negated[entry.token] === true);
  const [yes] = affirmed;
  const [no] = denied;
  if (affirmed.length !== 1 || denied.length !== 1 || yes === undefined || no === undefined)
    return undefined;
  if (yes.side === 'both' || no.side === 'both' || yes.side === no.side) return undefined;
  return { affirmed: yes.side, denied: no.side };
}

const sideWords: Readonly<Record<Side, string>> = {
  right: 'høyre side',
  left: 'venstre side',
  both: 'begge sider',
};

/**
 * A sentence that puts a finding on one side and denies the other ("Øm over høyre nyrelosje, ikke
 * venstre") where the conversation said it the other way round, in a statement that shares a
 * word with it ("øm over venstre nyrelosje, ikke høyre"): both sides are named in both, so the
 * side check alone sees no conflict. Returns the flag, or undefined.
 */
export function findSwappedSides(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): SentenceFlag | undefined {
  const { tokens, claims, index } = options;
  const claimed = affirmedAndDenied(claims);
  if (claimed === undefined) return undefined;
  const sideTokens = new Set(claims.sides.map((entry) => entry.token));
  const keys = new Set(
    tokens.flatMap((token, position) =>
      sideTokens.has(position) || !isContentWord(token.folded) ? [] : (claims.keys[position] ?? []),
    ),
  );
  const swapped = index.units.some((unit) => {
    if (unit.isQuestion || unit.isHypothetical) return false;
    const said = affirmedAndDenied(unit.claims);
    if (said?.affirmed !== claimed.denied || said.denied !== claimed.affirmed) return false;
    return unit.claims.keys.some((unitKeys) => unitKeys.some((key) => keys.has(key)));
  });
  if (!swapped) return undefined;
  return {
    kind: 'laterality-conflict',
    severity: 'error',
    message: `Setningen sier ${sideWords[claimed.affirmed]}, men i samtalen gjelder det ${sideWords[claimed.denied]}.`,
  };
}
