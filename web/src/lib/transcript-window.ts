/**
 * Windowed rendering of long transcripts (issue 13: a 3 MB transcript, tens of thousands of
 * segments, must appear in under a second). Only the segments in and near the visible part are
 * built; the others are held by their height — measured once they have been shown, estimated from
 * their length before that — so the scroll bar stays honest and a segment's position is known
 * without rendering it (for jumping to evidence or a search hit).
 */

/** Heights (px) of a segment's parts, matching `.segment` in styles.css. */
const segmentChrome = 44;
const lineHeight = 24;

/** A segment's height before it has been measured: its chrome and its text's lines. */
export function estimateHeight(textLength: number, charactersPerLine: number): number {
  return (
    segmentChrome +
    Math.max(1, Math.ceil(textLength / Math.max(20, charactersPerLine))) * lineHeight
  );
}

/**
 * Where each segment starts: `offsets[i]` is the top of segment i, `offsets[n]` the total height.
 */
export function toOffsets(heights: Float64Array): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let index = 0; index < heights.length; index += 1) {
    offsets[index + 1] = (offsets[index] ?? 0) + (heights[index] ?? 0);
  }
  return offsets;
}

/** The segment at vertical position `y` (binary search; clamped to the list). */
export function indexAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] ?? 0) <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The segments to build for a viewport, with `overscan` px more above and below it. */
export function visibleRange(
  offsets: Float64Array,
  viewport: { readonly top: number; readonly height: number },
  overscan: number,
): { readonly start: number; readonly end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const start = indexAt(offsets, viewport.top - overscan);
  const end = Math.min(count, indexAt(offsets, viewport.top + viewport.height + overscan) + 1);
  return { start, end: Math.max(end, start + 1) };
}

/** A search hit: `segment` indexes the transcript, `start`/`end` that segment's text. */
export interface TextMatch {
  readonly segment: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Every place `query` occurs (ignoring case), in transcript order, at most `limit`. Searching the
 * data rather than the page finds text in segments not built yet, which the browser's own find
 * cannot.
 */
export function findMatches(
  segments: readonly ({ readonly text: string } | undefined)[],
  query: string,
  limit = 1000,
): TextMatch[] {
  const needle = query.trim().toLocaleLowerCase('nb');
  if (needle.length === 0) return [];
  const matches: TextMatch[] = [];
  for (let index = 0; index < segments.length && matches.length < limit; index += 1) {
    const text = segments[index]?.text.toLocaleLowerCase('nb');
    if (text === undefined) continue;
    let from = text.indexOf(needle);
    while (from !== -1 && matches.length < limit) {
      matches.push({ segment: index, start: from, end: from + needle.length });
      from = text.indexOf(needle, from + needle.length);
    }
  }
  return matches;
}

/** What a segment's height depends on: its text and who said it. */
interface SizedSegment {
  readonly text: string;
  readonly speaker: string;
}

/**
 * Heights for a new copy of the transcript (the consultation is read again after an upload, a
 * speaker correction or a status change): a segment whose text and speaker are unchanged keeps
 * the height measured for it; the others are estimated. Without this every re-read would throw
 * away what was measured, and the segments around a hit just jumped to would move by the
 * difference between measured and estimated heights.
 */
export function carryHeights(
  previous:
    | { readonly segments: readonly (SizedSegment | undefined)[]; readonly heights: Float64Array }
    | undefined,
  segments: readonly (SizedSegment | undefined)[],
  estimate: (segment: SizedSegment | undefined) => number,
): Float64Array {
  const heights = new Float64Array(segments.length);
  segments.forEach((segment, index) => {
    const before = previous?.segments[index];
    const known = previous?.heights[index];
    heights[index] =
      segment !== undefined &&
      before !== undefined &&
      known !== undefined &&
      before.text === segment.text &&
      before.speaker === segment.speaker
        ? known
        : estimate(segment);
  });
  return heights;
}
