/**
 * Test helpers for the verifier's sentence checks: a transcript index from spoken lines, and the
 * flags a clinician would see on a drafted sentence.
 */
import { unsafeAsPseudonymized, type Speaker } from '../../../core/index.js';
import { checkSentence } from '../check-sentence.js';
import { createTranscriptIndex, type TranscriptIndex } from '../transcript-index.js';

/** The verifier's index of a conversation given as `[speaker, text]` lines. */
export function indexOf(lines: readonly (readonly [Speaker, string])[]): TranscriptIndex {
  return createTranscriptIndex({
    segments: lines.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
}

/** The flags a clinician would see on the sentence (info left out), as `severity:kind`. */
export function shownFlags(text: string, index: TranscriptIndex, section?: string): string[] {
  return checkSentence(text, index, section === undefined ? {} : { section })
    .flags.filter((flag) => flag.severity !== 'info')
    .map((flag) => `${flag.severity}:${flag.kind}`);
}
