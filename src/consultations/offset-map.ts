import type { Evidence } from '../core/index.js';

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

/**
 * Evidence spans computed on pseudonymized segments, mapped onto the raw transcript's segments
 * (`createOffsetMap` for each), each span kept inside its raw segment's text.
 */
export function createEvidenceMap(
  pseudonymizedSegments: readonly {
    readonly replacements: Parameters<typeof createOffsetMap>[0];
  }[],
  rawSegments: readonly { readonly text: string }[],
): (evidence: readonly Evidence[]) => Evidence[] {
  const maps = pseudonymizedSegments.map((segment) => createOffsetMap(segment.replacements));
  return (evidence) =>
    evidence.map((span) => {
      const map = maps[span.segment];
      const raw = rawSegments[span.segment]?.text ?? '';
      if (map === undefined) return span;
      const start = Math.min(raw.length, Math.max(0, map(span.start, 'start')));
      const end = Math.min(raw.length, Math.max(start, map(span.end, 'end')));
      return { segment: span.segment, start, end };
    });
}
