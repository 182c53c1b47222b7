import type { SpeechRegion } from '../audio/index.js';
import type { TranscribedSegment } from './transcriber.js';

export interface CleanOptions {
  /** Where the audio holds speech (seconds, same time axis as the segments). A timed segment
   * lying almost entirely outside speech is a hallucination on silence and is dropped. */
  readonly speech?: readonly SpeechRegion[];
  /** The last kept segment before these ones (live streams clean segment by segment), so
   * duplicates across a chunk boundary are found. */
  readonly previous?: TranscribedSegment;
}

/**
 * Lines Whisper produces from silence or noise: it was trained on subtitled video, so it "hears"
 * subtitle credits and sign-offs (NRK and fansub credits in Norwegian data). Matched against a
 * whole sentence, never part of one.
 */
const hallucinatedSentences: readonly RegExp[] = [
  /^(?:norsk )?(?:teksting|tekst|tekstet|undertekst(?:er|ing)?|oversettelse|oversatt|synkronisering)(?: og [a-zæøå]+)? ?(?:av|:|ved)(?![\p{L}\p{N}]).*$/iu,
  /^takk for at (?:du|dere) (?:så|har sett|så på|fulgte med|lyttet|hørte)(?![\p{L}\p{N}]).*$/iu,
  /^(?:takk for at du så på|takk for at dere så på)\.?$/iu,
  /^(?:abonner|husk å abonnere|lik og abonner)(?![\p{L}\p{N}]).*$/iu,
  /^(?:tekst(?:ing)?|undertekster):? ?nrk\b.*$/iu,
  /^nrk tekst-?tv\b.*$/iu,
  /^(?:subtitles?|captions?|translated|transcribed|transcript) by\b.*$/iu,
  /^thanks? (?:you )?for watching\b.*$/iu,
  /^.*\bamara\.org\b.*$/iu,
  /^(?:www\.|https?:\/\/)\S+$/iu,
  /^[\s♪♫.…*()[\]-]*$/u,
];

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function words(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((word) => word.length > 0);
}

/** Splits after sentence punctuation followed by a space ("3.5 mg" stays whole). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/u).filter((sentence) => sentence.length > 0);
}

function removeHallucinatedSentences(text: string): string {
  const parts = sentences(text);
  const kept = parts.filter(
    (sentence) => !hallucinatedSentences.some((pattern) => pattern.test(sentence)),
  );
  return kept.length === parts.length ? text : kept.join(' ');
}

/**
 * Collapses a phrase repeated back to back (Whisper's decoding loops: "jeg har vondt jeg har vondt
 * jeg har vondt …"). A phrase of n words repeated k ≥ 3 times with n·k ≥ 6 words becomes one
 * occurrence; "nei nei nei" stays, since people say that.
 */
function collapseRepetitions(text: string): string {
  const tokens = text.split(/\s+/u).filter((token) => token.length > 0);
  const keys = tokens.map((token) => normalize(token));
  const output: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    let collapsed = false;
    for (let length = 1; length <= 12 && index + length * 3 <= tokens.length; length++) {
      let repeats = 1;
      while (index + (repeats + 1) * length <= tokens.length) {
        let same = true;
        for (let offset = 0; offset < length; offset++) {
          if (keys[index + offset] !== keys[index + repeats * length + offset]) {
            same = false;
            break;
          }
        }
        if (!same) break;
        repeats++;
      }
      if (repeats >= 3 && repeats * length >= 6) {
        const phrase = tokens.slice(index, index + length);
        // Keep the last copy's trailing punctuation so the sentence still ends.
        const lastCopy = tokens.slice(index + (repeats - 1) * length, index + repeats * length);
        phrase[phrase.length - 1] =
          lastCopy[lastCopy.length - 1] ?? phrase[phrase.length - 1] ?? '';
        output.push(...phrase);
        index += repeats * length;
        collapsed = true;
        break;
      }
    }
    if (!collapsed) {
      output.push(tokens[index] ?? '');
      index++;
    }
  }
  return output.join(' ');
}

/**
 * Removes words at the start of `text` that repeat the end of `previousText` (two or more words):
 * overlapping chunks, or an engine re-reading its prompt, produce the same words twice at a
 * chunk boundary.
 */
function removeBoundaryOverlap(previousText: string, text: string): string {
  const previousWords = words(previousText);
  const tokens = text.split(/\s+/u).filter((token) => token.length > 0);
  const keys = tokens.map((token) => normalize(token));
  const maximum = Math.min(previousWords.length, keys.length, 20);
  for (let length = maximum; length >= 2; length--) {
    let same = true;
    for (let offset = 0; offset < length; offset++) {
      if (previousWords[previousWords.length - length + offset] !== keys[offset]) {
        same = false;
        break;
      }
    }
    if (same) return tokens.slice(length).join(' ');
  }
  return text;
}

function overlapSeconds(start: number, end: number, regions: readonly SpeechRegion[]): number {
  let total = 0;
  for (const region of regions)
    total += Math.max(0, Math.min(end, region.end) - Math.max(start, region.start));
  return total;
}

function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Removes known speech-to-text failures from engine output: Whisper's hallucinations on silence
 * (subtitle credits such as "Teksting av …", "Takk for at du så på", "Undertekster av …";
 * segments over silence; a segment repeating the previous one), decoding loops (a phrase
 * repeated many times), and words duplicated at chunk boundaries. Pure; returns new segments.
 */
export function cleanTranscriptSegments(
  segments: readonly TranscribedSegment[],
  options: CleanOptions = {},
): TranscribedSegment[] {
  const output: TranscribedSegment[] = [];
  let previous = options.previous;
  for (const segment of segments) {
    let text = segment.text.replace(/\s+/gu, ' ').trim();
    text = removeHallucinatedSentences(text);
    text = collapseRepetitions(text);
    if (previous !== undefined) {
      const adjacent = segment.start - previous.end < 2;
      if (adjacent) text = removeBoundaryOverlap(previous.text, text);
      const repeated = normalize(text) === normalize(previous.text) && words(text).length >= 3;
      if (repeated) text = '';
    }
    text = text.replace(/^[\s,;:.…-]+/u, '').trim();
    if (!hasWords(text)) continue;
    if (options.speech !== undefined && segment.end > segment.start) {
      const inSpeech = overlapSeconds(segment.start, segment.end, options.speech);
      if (inSpeech < 0.1 * (segment.end - segment.start)) continue;
    }
    const cleaned: TranscribedSegment = { ...segment, text };
    output.push(cleaned);
    previous = cleaned;
  }
  return output;
}
