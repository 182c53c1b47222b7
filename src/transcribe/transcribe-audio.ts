import { detectSpeech } from '../audio/index.js';
import type { SpeechDetectionOptions, SpeechRegion } from '../audio/index.js';
import { asRawText, EngineError } from '../core/index.js';
import type { Segment, Speaker, Transcript } from '../core/index.js';
import { cleanTranscriptSegments } from './clean-transcript-segments.js';
import { labelSpeakers, speakersFromChannels } from './label-speakers.js';
import type { PcmAudio, TranscribedSegment, Transcriber } from './transcriber.js';

export interface TranscribeAudioOptions {
  /** Longest piece sent to the engine in one call; 30 s by default (Whisper's window). */
  readonly maxChunkSeconds?: number;
  /** Engine calls in flight at once; 2 by default. With 1, each call gets the preceding text as
   * a prompt, which keeps spelling consistent. */
  readonly concurrency?: number;
  readonly signal?: AbortSignal;
  /** BCP-47 language; `no` by default. */
  readonly language?: string;
  /** One 16 kHz channel per microphone and who wears each (stereo recordings with a microphone
   * per speaker); the clearly loudest channel names the speaker of a segment. */
  readonly channels?: {
    readonly samples: readonly Float32Array[];
    readonly speakers: readonly Speaker[];
  };
  readonly speechDetection?: SpeechDetectionOptions;
}

/** Silence kept around each chunk so word onsets and endings are not clipped. */
export const paddingSeconds = 0.25;

interface Chunk {
  readonly start: number;
  readonly end: number;
}

/** Groups speech regions into chunks of at most `maxSeconds`, padded, never overlapping. */
export function toChunks(
  regions: readonly SpeechRegion[],
  duration: number,
  maxSeconds: number,
): Chunk[] {
  const chunks: { start: number; end: number }[] = [];
  for (const region of regions) {
    const start = Math.max(0, region.start - paddingSeconds);
    const end = Math.min(duration, region.end + paddingSeconds);
    const current = chunks[chunks.length - 1];
    if (current !== undefined && end - current.start <= maxSeconds) {
      current.end = end;
    } else {
      chunks.push({ start: Math.max(start, current?.end ?? 0), end });
    }
  }
  return chunks;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * Transcribes a whole recording: finds speech (voice-activity detection), sends it to the engine
 * in chunks cut at pauses, puts segment times on the recording's time axis, removes known
 * speech-to-text failures (`cleanTranscriptSegments`) and labels speakers (engine diarization,
 * then microphone channels, then heuristics — `labelSpeakers`).
 */
export async function transcribeAudio(
  audio: PcmAudio,
  transcriber: Transcriber,
  options: TranscribeAudioOptions = {},
): Promise<Transcript> {
  const maxChunkSeconds = options.maxChunkSeconds ?? 30;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 2));
  const duration = audio.samples.length / audio.sampleRate;
  const regions = detectSpeech(audio.samples, {
    ...options.speechDetection,
    sampleRate: audio.sampleRate,
    maxSpeechSeconds: Math.min(
      options.speechDetection?.maxSpeechSeconds ?? Infinity,
      maxChunkSeconds - 2 * paddingSeconds,
    ),
  });
  const chunks = toChunks(regions, duration, maxChunkSeconds);
  const results: TranscribedSegment[][] = new Array<TranscribedSegment[]>(chunks.length);

  let next = 0;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (failure === undefined) {
      const index = next++;
      const chunk = chunks[index];
      if (chunk === undefined) return;
      const from = Math.floor(chunk.start * audio.sampleRate);
      const to = Math.ceil(chunk.end * audio.sampleRate);
      const previous = concurrency === 1 ? results[index - 1] : undefined;
      try {
        results[index] = await transcribeChunk(transcriber, {
          samples: audio.samples.subarray(from, to),
          from,
          to,
          previous,
          options,
        });
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, Math.max(chunks.length, 1)) }, () => worker()),
  );
  if (failure !== undefined) throw toEngineError(failure, transcriber);
  return finishTranscript(results.flat(), regions, (cleaned) =>
    options.channels === undefined
      ? undefined
      : speakersFromChannels(
          cleaned,
          options.channels.samples,
          options.channels.speakers,
          audio.sampleRate,
        ),
  );
}

/**
 * One engine call for the samples `from`–`to` of a recording (16 kHz); the segments' times are put
 * on the recording's time axis. With `previous` (one call at a time), its text is the prompt.
 */
export async function transcribeChunk(
  transcriber: Transcriber,
  chunk: {
    readonly samples: Float32Array;
    readonly from: number;
    readonly to: number;
    readonly previous: readonly TranscribedSegment[] | undefined;
    readonly options: Pick<TranscribeAudioOptions, 'language' | 'signal'>;
  },
): Promise<TranscribedSegment[]> {
  const { options, from, to } = chunk;
  const sampleRate = 16000;
  const prompt = chunk.previous?.map((segment) => segment.text).join(' ');
  const result = await transcriber.transcribe(
    { samples: chunk.samples, sampleRate },
    {
      language: options.language ?? 'no',
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(prompt === undefined || prompt.length === 0 ? {} : { prompt }),
    },
  );
  const offset = from / sampleRate;
  const length = (to - from) / sampleRate;
  return result.segments.map((segment) => ({
    ...segment,
    start: round(offset + Math.min(Math.max(0, segment.start), length)),
    end: round(offset + Math.min(Math.max(segment.start, segment.end), length)),
  }));
}

/** A failed engine call as the retryable `EngineError` callers see (no audio or text in it). */
export function toEngineError(failure: unknown, transcriber: Transcriber): EngineError {
  if (failure instanceof EngineError) return failure;
  return new EngineError({
    engine: transcriber.info.kind,
    message: `transcription failed (${failure instanceof Error ? failure.name : 'unknown error'})`,
    isRetryable: true,
  });
}

/**
 * The engine's segments of a whole recording as a transcript: known speech-to-text failures
 * removed (against the speech `regions`), speakers labelled (the engine's, then `channelLabels`,
 * then heuristics).
 */
export function finishTranscript(
  segments: readonly TranscribedSegment[],
  regions: readonly SpeechRegion[],
  channelLabels: (cleaned: readonly TranscribedSegment[]) => (Speaker | undefined)[] | undefined,
): Transcript {
  const padded = regions.map((region) => ({
    start: region.start - paddingSeconds,
    end: region.end + paddingSeconds,
  }));
  const cleaned = cleanTranscriptSegments(segments, { speech: padded });
  const labels = channelLabels(cleaned);
  const labelled = labelSpeakers(
    cleaned.map((segment, index) => {
      const speaker = segment.speaker ?? labels?.[index];
      return speaker === undefined
        ? { text: segment.text, start: segment.start, end: segment.end }
        : { ...segment, speaker };
    }),
  );
  const segmentsOut: Segment[] = labelled.map((segment) => ({
    speaker: segment.speaker,
    text: asRawText(segment.text),
    start: segment.start,
    end: segment.end,
  }));
  return { segments: segmentsOut };
}
