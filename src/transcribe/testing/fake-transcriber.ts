import { detectSpeech } from '../../audio/index.js';
import { EngineError } from '../../core/index.js';
import type {
  PcmAudio,
  TranscribedSegment,
  TranscribeOptions,
  Transcriber,
  TranscriberResult,
} from '../transcriber.js';

/** What a fake engine saw, for assertions. */
export interface FakeTranscriberCall {
  readonly seconds: number;
  readonly prompt?: string;
}

export interface FakeTranscriber extends Transcriber {
  readonly calls: readonly FakeTranscriberCall[];
  /** Lines of the script not yet used. */
  readonly remainingScript: readonly string[];
  disposed: boolean;
}

function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

function abortError(): EngineError {
  return new EngineError({
    engine: 'fake',
    message: 'transcription cancelled',
    userMessage: 'Transkripsjonen ble avbrutt.',
  });
}

/**
 * A fast, deterministic `Transcriber` for tests and benchmarks. It "hears" the speech regions of
 * the audio (energy-based detection) and gives each the next line of `script` (or `tale N`), with
 * times relative to the audio it was given. `latencyMs` makes it slow, `failures` makes the first
 * calls fail with a retryable `EngineError`.
 */
export function createFakeTranscriber(
  options: {
    readonly script?: readonly string[];
    readonly latencyMs?: number;
    readonly sleep?: (milliseconds: number) => Promise<void>;
    readonly failures?: number;
  } = {},
): FakeTranscriber {
  const script = [...(options.script ?? [])];
  const calls: FakeTranscriberCall[] = [];
  let failuresLeft = options.failures ?? 0;
  let counter = 0;
  const sleep =
    options.sleep ??
    ((milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));
  const transcriber: FakeTranscriber = {
    specificationVersion: 'v1',
    info: { kind: 'openai', model: 'fake' },
    calls,
    get remainingScript() {
      return script;
    },
    disposed: false,
    async transcribe(
      audio: PcmAudio,
      transcribeOptions: TranscribeOptions = {},
    ): Promise<TranscriberResult> {
      if (isAborted(transcribeOptions.signal)) throw abortError();
      calls.push({
        seconds: audio.samples.length / audio.sampleRate,
        ...(transcribeOptions.prompt === undefined ? {} : { prompt: transcribeOptions.prompt }),
      });
      if ((options.latencyMs ?? 0) > 0) await sleep(options.latencyMs ?? 0);
      if (isAborted(transcribeOptions.signal)) throw abortError();
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new EngineError({ engine: 'fake', message: 'simulated outage', isRetryable: true });
      }
      const segments: TranscribedSegment[] = detectSpeech(audio.samples, {
        sampleRate: audio.sampleRate,
      }).map((region) => ({
        text: script.shift() ?? `tale ${++counter}`,
        start: region.start,
        end: region.end,
      }));
      return { segments };
    },
    dispose() {
      transcriber.disposed = true;
      return Promise.resolve();
    },
  };
  return transcriber;
}
