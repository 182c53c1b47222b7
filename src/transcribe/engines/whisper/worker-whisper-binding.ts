import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type {
  WhisperBinding,
  WhisperLoadOptions,
  WhisperNativeResult,
  WhisperNativeSession,
  WhisperNativeTranscribeOptions,
} from './whisper-binding.js';

/**
 * The worker's code. Each session runs in its own worker thread, so loading a model (which
 * @fugood/whisper.node does synchronously in the WhisperContext constructor, seconds for a large
 * model) never blocks the server's event loop; `whisper_full` itself runs on the worker's libuv
 * thread pool.
 *
 * The worker is never terminated from outside while native work may be running: terminating a
 * worker whose addon still has an async job aborts the whole process (observed with
 * @fugood/whisper.node 1.1.1 and 1.1.3, exit code 134: "terminate called after throwing an instance of 'Napi::Error'").
 * Instead, `release` frees the context and closes the message port; the worker exits by itself
 * once its native work has finished.
 *
 * Plain JavaScript (CommonJS) because it is evaluated with `new Worker(code, { eval: true })`,
 * which works the same from TypeScript sources under Vitest/tsx and from the built package.
 */
const workerSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
let context;
let released = false;
const describe = (error) => (error instanceof Error ? error.message : String(error)).slice(0, 200);
(async () => {
  try {
    const binding = await import(workerData.entry);
    const initWhisper = binding.initWhisper ?? binding.default?.initWhisper;
    context = await initWhisper({ filePath: workerData.modelPath, useGpu: false });
    parentPort.postMessage({ type: 'loaded' });
  } catch (error) {
    parentPort.postMessage({ type: 'load-failed', message: describe(error) });
    parentPort.close();
  }
})();
parentPort.on('message', (message) => {
  if (message.type === 'transcribe') {
    if (released || context === undefined) {
      parentPort.postMessage({ type: 'failed', id: message.id, message: 'context released' });
      return;
    }
    const options = { language: message.language, maxThreads: message.threads };
    if (typeof message.prompt === 'string' && message.prompt.length > 0) options.prompt = message.prompt;
    let job;
    try {
      job = context.transcribeData(message.pcm, options);
    } catch (error) {
      parentPort.postMessage({ type: 'failed', id: message.id, message: describe(error) });
      return;
    }
    job.promise.then(
      (result) => parentPort.postMessage({ type: 'result', id: message.id, result: { segments: result.segments } }),
      (error) => parentPort.postMessage({ type: 'failed', id: message.id, message: describe(error) }),
    );
  } else if (message.type === 'release') {
    released = true;
    const done = () => {
      parentPort.postMessage({ type: 'released' });
      parentPort.close();
    };
    if (context === undefined) done();
    else context.release().then(done, done);
  }
});
`;

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('loaded') }),
  z.object({ type: z.literal('load-failed'), message: z.string() }),
  z.object({ type: z.literal('result'), id: z.number(), result: z.unknown() }),
  z.object({ type: z.literal('failed'), id: z.number(), message: z.string() }),
  z.object({ type: z.literal('released') }),
]);

/** Where @fugood/whisper.node lives; resolved here so the worker finds it from any working directory. */
function resolveBindingEntry(): string {
  return createRequire(import.meta.url).resolve('@fugood/whisper.node');
}

/**
 * The production `WhisperBinding`: whisper.cpp through @fugood/whisper.node (CPU build,
 * `@fugood/node-whisper-linux-x64`), one worker thread per loaded model.
 */
export function createWorkerWhisperBinding(): WhisperBinding {
  return {
    load: (options) => loadInWorker(options, resolveBindingEntry()),
  };
}

function loadInWorker(options: WhisperLoadOptions, entry: string): Promise<WhisperNativeSession> {
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { entry, modelPath: options.modelPath },
    // The native library prints its load log on stderr; keep it out of our output.
    stderr: true,
    stdout: true,
  });
  // A worker abandoned after a timeout must not keep the process alive.
  worker.unref();
  worker.stderr.resume();
  worker.stdout.resume();

  const pending = new Map<
    number,
    { resolve: (result: WhisperNativeResult) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  let exited = false;
  let releasing: Promise<void> | undefined;
  let resolveReleased: (() => void) | undefined;
  let settleLoad: ((error: Error | undefined) => void) | undefined;

  const failAll = (message: string): void => {
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
    settleLoad?.(new Error(message));
    resolveReleased?.();
  };

  worker.on('message', (raw: unknown) => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'loaded':
        settleLoad?.(undefined);
        return;
      case 'load-failed':
        settleLoad?.(new Error(message.message));
        return;
      case 'result': {
        const call = pending.get(message.id);
        pending.delete(message.id);
        // Validated by the engine (whisperNativeResultSchema); passed through here.
        call?.resolve(message.result as WhisperNativeResult);
        return;
      }
      case 'failed': {
        const call = pending.get(message.id);
        pending.delete(message.id);
        call?.reject(new Error(message.message));
        return;
      }
      case 'released':
        resolveReleased?.();
        return;
    }
  });
  worker.on('error', (error) => {
    failAll(`whisper worker failed: ${error.name}`);
  });
  worker.on('exit', () => {
    exited = true;
    failAll('whisper worker exited');
  });

  const session: WhisperNativeSession = {
    transcribe(pcm: Int16Array, transcribeOptions: WhisperNativeTranscribeOptions) {
      if (releasing !== undefined || exited) return Promise.reject(new Error('context released'));
      const id = nextId++;
      // Copy into a buffer we own, then transfer it (no second copy on the way to the worker).
      const buffer = new ArrayBuffer(pcm.byteLength);
      new Int16Array(buffer).set(pcm);
      return new Promise<WhisperNativeResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage(
          {
            type: 'transcribe',
            id,
            pcm: buffer,
            language: transcribeOptions.language,
            threads: transcribeOptions.threads,
            prompt: transcribeOptions.prompt,
          },
          [buffer],
        );
      });
    },
    release() {
      // A worker that has already exited holds nothing any more.
      if (exited) releasing ??= Promise.resolve();
      releasing ??= new Promise<void>((resolve) => {
        resolveReleased = resolve;
        worker.postMessage({ type: 'release' });
      });
      return releasing;
    },
  };

  return new Promise<WhisperNativeSession>((resolve, reject) => {
    settleLoad = (error) => {
      settleLoad = undefined;
      if (error === undefined) resolve(session);
      else reject(error);
    };
  });
}
