import { z } from 'zod';
import { encodeWav } from '../../../audio/index.js';
import { EngineError, InvalidInputError, systemClock, type Clock } from '../../../core/index.js';
import { readRetryAfterMs, realSleep, retry } from '../../../providers/index.js';
import type {
  PcmAudio,
  TranscribedSegment,
  TranscribeOptions,
  Transcriber,
  TranscriberResult,
} from '../../transcriber.js';

/** Options for `createOpenAiTranscriber`. */
export interface OpenAiTranscriberOptions {
  /** The API root, e.g. `https://stt.example.no/v1` (the path `/audio/transcriptions` is appended). */
  readonly baseUrl: string;
  readonly apiKey?: string;
  /** Model name the server expects, e.g. `NbAiLab/nb-whisper-large` or `whisper-1`. */
  readonly model: string;
  readonly fetch?: typeof fetch;
  /** Per attempt; 120 s by default. */
  readonly timeoutMs?: number;
  /** Retries after a retryable failure (429, 5xx, network error, timeout); 3 by default. */
  readonly maxRetries?: number;
  /** Waits between retries; injected so tests do not sleep. */
  readonly sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  /** First back-off delay; doubles each retry. 1 s by default. */
  readonly retryDelayMs?: number;
  /** Reads `Retry-After` dates; the system clock by default. */
  readonly clock?: Clock;
}

const engineName = 'openai-stt';

/** verbose_json as OpenAI, faster-whisper-server, vLLM and LocalAI return it; lenient, only what we use. */
const verboseResponseSchema = z.object({
  text: z.string().optional(),
  duration: z.union([z.number(), z.string()]).optional(),
  segments: z
    .array(
      z.object({
        start: z.number(),
        end: z.number(),
        text: z.string(),
        no_speech_prob: z.number().optional(),
        avg_logprob: z.number().optional(),
        speaker: z.string().optional(),
      }),
    )
    .nullish(),
});

function cancelled(): EngineError {
  return new EngineError({
    engine: engineName,
    message: 'transcription cancelled',
    userMessage: 'Transkripsjonen ble avbrutt.',
  });
}

/** Whisper's own rule for "nothing was said": high no-speech probability and low confidence. */
function isSilenceHallucination(segment: {
  no_speech_prob?: number | undefined;
  avg_logprob?: number | undefined;
}): boolean {
  return (segment.no_speech_prob ?? 0) > 0.6 && (segment.avg_logprob ?? 0) < -1;
}

/**
 * A `Transcriber` for any OpenAI-compatible `/v1/audio/transcriptions` endpoint (OpenAI,
 * faster-whisper-server, vLLM, LocalAI, a Norwegian or EU cloud region). Sends 16-bit WAV with
 * `response_format=verbose_json` and `timestamp_granularities[]=segment`, language `no` unless
 * told otherwise.
 *
 * Failures become `EngineError`s without request or response bodies: 401/403 (key rejected) and
 * other 4xx are not retryable; 429, 5xx, network errors and timeouts are retried with exponential
 * back-off (honouring `Retry-After` as every provider client reads it, `readRetryAfterMs`), then
 * reported as retryable.
 */
export function createOpenAiTranscriber(options: OpenAiTranscriberOptions): Transcriber {
  let endpoint: URL;
  try {
    endpoint = new URL(`${options.baseUrl.replace(/\/+$/u, '')}/audio/transcriptions`);
  } catch {
    throw new InvalidInputError('the speech-to-text base URL is not a valid URL');
  }
  const fetchFunction = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const maxRetries = options.maxRetries ?? 3;
  const sleep = options.sleep ?? realSleep;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const clock = options.clock ?? systemClock;

  async function attempt(
    audio: PcmAudio,
    transcribeOptions: TranscribeOptions,
  ): Promise<TranscriberResult> {
    const form = new FormData();
    form.append(
      'file',
      new Blob([encodeWav(audio.samples, audio.sampleRate)], { type: 'audio/wav' }),
      'audio.wav',
    );
    form.append('model', options.model);
    form.append('language', transcribeOptions.language ?? 'no');
    form.append('response_format', 'verbose_json');
    form.append('timestamp_granularities[]', 'segment');
    form.append('temperature', '0');
    if (transcribeOptions.prompt !== undefined && transcribeOptions.prompt.length > 0) {
      // Whisper reads at most 224 prompt tokens; the end of the preceding text matters most.
      form.append('prompt', transcribeOptions.prompt.slice(-800));
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal =
      transcribeOptions.signal === undefined
        ? timeout
        : AbortSignal.any([timeout, transcribeOptions.signal]);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.apiKey !== undefined && options.apiKey.length > 0)
      headers['authorization'] = `Bearer ${options.apiKey}`;

    let response: Response;
    let body: unknown;
    try {
      response = await fetchFunction(endpoint, { method: 'POST', body: form, headers, signal });
      if (!response.ok) {
        await response.body?.cancel();
        throw statusError(response);
      }
      body = await response.json();
    } catch (error) {
      if (error instanceof EngineError) throw error;
      if (transcribeOptions.signal?.aborted === true) throw cancelled();
      if (timeout.aborted) {
        throw new EngineError({
          engine: engineName,
          message: `no response within ${timeoutMs} ms`,
          userMessage: 'Talegjenkjenningstjenesten svarer ikke. Prøv igjen om litt.',
          isRetryable: true,
        });
      }
      if (error instanceof SyntaxError) {
        throw new EngineError({
          engine: engineName,
          message: 'the response is not JSON',
          isRetryable: false,
        });
      }
      // The cause is dropped on purpose: fetch errors can carry the request (conventions §14).
      throw new EngineError({
        engine: engineName,
        message: `request failed (${error instanceof Error ? error.name : 'unknown error'})`,
        userMessage: 'Talegjenkjenningstjenesten svarer ikke. Prøv igjen om litt.',
        isRetryable: true,
      });
    }
    const parsed = verboseResponseSchema.safeParse(body);
    if (!parsed.success) {
      throw new EngineError({
        engine: engineName,
        message: 'the response is not verbose_json',
        isRetryable: false,
      });
    }
    return { segments: toSegments(parsed.data, audio) };
  }

  function statusError(response: Response): EngineError & { retryAfterMs?: number } {
    const status = response.status;
    if (status === 401 || status === 403) {
      return new EngineError({
        engine: engineName,
        message: `the endpoint rejected the credentials (HTTP ${status}); check REFERENT_STT_API_KEY`,
        userMessage: 'Talegjenkjenningstjenesten avviste påloggingen. Kontakt IT.',
        isRetryable: false,
      });
    }
    if (status === 429 || status >= 500) {
      const error: EngineError & { retryAfterMs?: number } = new EngineError({
        engine: engineName,
        message: status === 429 ? 'rate limited (HTTP 429)' : `server error (HTTP ${status})`,
        userMessage:
          'Talegjenkjenningstjenesten er overbelastet eller utilgjengelig. Prøv igjen om litt.',
        isRetryable: true,
      });
      // The one Retry-After reading of every provider client (src/providers).
      const retryAfter = readRetryAfterMs(response, clock);
      if (retryAfter !== undefined) error.retryAfterMs = retryAfter;
      return error;
    }
    return new EngineError({
      engine: engineName,
      message: `the endpoint refused the request (HTTP ${status}); check REFERENT_STT_MODEL and the endpoint`,
      userMessage:
        'Talegjenkjenningstjenesten avviste lydopptaket. Kontakt IT hvis det gjentar seg.',
      isRetryable: false,
    });
  }

  function toSegments(
    data: z.infer<typeof verboseResponseSchema>,
    audio: PcmAudio,
  ): TranscribedSegment[] {
    const duration = audio.samples.length / audio.sampleRate;
    if (data.segments === undefined || data.segments === null) {
      const text = data.text?.trim() ?? '';
      return text.length === 0 ? [] : [{ text, start: 0, end: duration }];
    }
    const segments: TranscribedSegment[] = [];
    for (const segment of data.segments) {
      const text = segment.text.trim();
      if (text.length === 0 || isSilenceHallucination(segment)) continue;
      const start = Math.min(Math.max(0, segment.start), duration);
      const end = Math.min(Math.max(start, segment.end), duration);
      segments.push({ text, start, end });
    }
    return segments.sort((a, b) => a.start - b.start);
  }

  return {
    specificationVersion: 'v1',
    info: { kind: 'openai', model: options.model },
    async transcribe(
      audio: PcmAudio,
      transcribeOptions: TranscribeOptions = {},
    ): Promise<TranscriberResult> {
      if (audio.samples.length === 0) return { segments: [] };
      return retry(() => attempt(audio, transcribeOptions), {
        maxRetries,
        initialDelayMs: retryDelayMs,
        sleep,
        ...(transcribeOptions.signal === undefined ? {} : { signal: transcribeOptions.signal }),
        onAborted: cancelled,
      });
    },
  };
}
