import type { PseudonymizedText, Speaker } from '../../../core/index.js';

/**
 * A stretch of one transcript segment given to a language model. Long segments are cut into
 * several slices; `segment` stays the index into the whole transcript (global), and `offset` says
 * where the slice starts in that segment's text, so evidence can be mapped back.
 */
export interface TranscriptSlice {
  readonly segment: number;
  readonly speaker: Speaker;
  readonly text: PseudonymizedText;
  /** Start of `text` within the segment's full text (JavaScript string index). */
  readonly offset: number;
}

/** The part of a transcript a model drafts in one call (the whole transcript when it fits). */
export interface TranscriptPart {
  readonly slices: readonly TranscriptSlice[];
}

const speakerLabels: Record<Speaker, string> = {
  lege: 'Lege',
  pasient: 'Pasient',
  pårørende: 'Pårørende',
  sykepleier: 'Sykepleier',
  ukjent: 'Ukjent',
};

/** One numbered transcript line as the model sees it: `[12] Pasient: …`. */
export function toTranscriptLine(slice: TranscriptSlice): string {
  return `[${slice.segment}] ${speakerLabels[slice.speaker]}: ${slice.text.replace(/\s+/gu, ' ').trim()}`;
}

/** The numbered transcript of a part, one line per slice. */
export function toTranscriptLines(part: TranscriptPart): string {
  return part.slices.map(toTranscriptLine).join('\n');
}

/** The first and last global segment index of a part. */
export function getSegmentRange(part: TranscriptPart): {
  readonly first: number;
  readonly last: number;
} {
  const first = part.slices[0]?.segment ?? 0;
  const last = part.slices.at(-1)?.segment ?? first;
  return { first, last };
}
