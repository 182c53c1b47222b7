/**
 * Maps character offsets in pseudonymized text back to the raw text it came from, so evidence
 * spans (computed on what the drafter saw) point into the transcript the clinician sees.
 * `replacements` are the replaced raw spans in order, with the length of their surrogates.
 */
export function createOffsetMap(
  replacements: readonly {
    readonly start: number;
    readonly end: number;
    readonly length: number;
  }[],
): (pseudonymizedOffset: number, edge: 'start' | 'end') => number {
  return (offset, edge) => {
    let delta = 0;
    for (const replacement of replacements) {
      const pseudoStart = replacement.start + delta;
      const pseudoEnd = pseudoStart + replacement.length;
      if (offset < pseudoStart) break;
      if (offset < pseudoEnd || (offset === pseudoEnd && edge === 'end' && offset > pseudoStart)) {
        // Inside a surrogate: widen to the whole real value.
        return edge === 'start' ? replacement.start : replacement.end;
      }
      delta += replacement.length - (replacement.end - replacement.start);
    }
    return offset - delta;
  };
}
