/**
 * Evidence highlighting (design P7): every drafted sentence points at transcript spans; the review
 * screen finds the sentence under the clinician's cursor and marks its spans in the transcript.
 */

/** A half-open range of JavaScript string indices. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** An evidence span: `segment` indexes the transcript, `start`/`end` index that segment's text. */
export interface EvidenceSpan extends TextRange {
  readonly segment: number;
}

/** A piece of a segment's text, marked when it is evidence for the selected sentence. */
export interface TextPiece {
  readonly text: string;
  readonly highlighted: boolean;
}

/** Clamps ranges to the text, drops empty ones, and merges overlapping or touching ones. */
export function normalizeRanges(ranges: readonly TextRange[], textLength: number): TextRange[] {
  const clamped = ranges
    .map((range) => ({
      start: Math.max(0, Math.min(textLength, Math.min(range.start, range.end))),
      end: Math.max(0, Math.min(textLength, Math.max(range.start, range.end))),
    }))
    .filter((range) => range.end > range.start)
    .sort((left, right) => left.start - right.start);
  const merged: TextRange[] = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/** Splits a text into plain and highlighted pieces; joined back together they equal the text. */
export function splitHighlighted(text: string, ranges: readonly TextRange[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let position = 0;
  for (const range of normalizeRanges(ranges, text.length)) {
    if (range.start > position)
      pieces.push({ text: text.slice(position, range.start), highlighted: false });
    pieces.push({ text: text.slice(range.start, range.end), highlighted: true });
    position = range.end;
  }
  if (position < text.length || pieces.length === 0) {
    pieces.push({ text: text.slice(position), highlighted: false });
  }
  return pieces;
}

/** Groups evidence spans by segment index, ignoring spans that point outside the transcript. */
export function groupEvidenceBySegment(
  evidence: readonly EvidenceSpan[],
  segmentCount: number,
): Map<number, TextRange[]> {
  const bySegment = new Map<number, TextRange[]>();
  for (const span of evidence) {
    if (!Number.isInteger(span.segment) || span.segment < 0 || span.segment >= segmentCount)
      continue;
    const list = bySegment.get(span.segment) ?? [];
    list.push({ start: span.start, end: span.end });
    bySegment.set(span.segment, list);
  }
  return bySegment;
}

/**
 * Finds each drafted sentence in the (possibly edited) section text, in order. A sentence the
 * clinician has changed is no longer found and maps to `undefined`: its evidence no longer applies.
 */
export function locateSentences(
  text: string,
  sentences: readonly { readonly text: string }[],
): (TextRange | undefined)[] {
  let searchFrom = 0;
  return sentences.map((sentence) => {
    const needle = sentence.text.trim();
    if (needle.length === 0) return undefined;
    let start = text.indexOf(needle, searchFrom);
    if (start < 0) start = text.indexOf(needle);
    if (start < 0) return undefined;
    const range = { start, end: start + needle.length };
    searchFrom = range.end;
    return range;
  });
}

/**
 * The index of the sentence at a caret offset (a caret just after a sentence still counts),
 * or undefined when the caret is in text that no drafted sentence covers.
 */
export function sentenceIndexAt(
  located: readonly (TextRange | undefined)[],
  offset: number,
): number | undefined {
  let fallback: number | undefined;
  for (const [index, range] of located.entries()) {
    if (range === undefined) continue;
    if (offset >= range.start && offset < range.end) return index;
    if (offset === range.end) fallback = index;
  }
  return fallback;
}

/** The next position in a cycle of `count` items after `current` (the first when there is none). */
export function nextInCycle(count: number, current: number | undefined): number | undefined {
  if (count <= 0) return undefined;
  if (current === undefined || current < 0 || current >= count - 1) return 0;
  return current + 1;
}
