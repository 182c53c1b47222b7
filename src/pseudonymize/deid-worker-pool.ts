import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KnownPatient } from '../core/index.js';
import type { DeidLine } from './deid-line.js';

/** Worker threads that read and detect `referent deid` lines; see `runDeidStream`. */
export interface DeidWorkerPool {
  /** How many workers have their word lists loaded and take lines. */
  readonly readyCount: number;
  /** Resolves when the first worker is ready; rejects when every worker has failed. */
  whenReady(): Promise<void>;
  /**
   * Reads and detects `lines` on the least busy ready worker; results in the same order.
   * `nameParts` lists every name part the vault is known to hold so far (it only grows): the
   * worker gets the ones it has not had yet and answers yes for them.
   */
  detect(lines: readonly string[], nameParts?: readonly string[]): Promise<DeidLine[]>;
  /** Stops every worker. */
  close(): Promise<void>;
}

interface PoolWorker {
  readonly worker: Worker;
  ready: boolean;
  pending: number;
  /** How many of the known name parts this worker has been sent. */
  sentNameParts: number;
}

/** Worker code (CommonJS, evaluated) that registers tsx, then loads the TypeScript worker module. */
function sourceBootstrap(url: URL): string {
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(
    require.resolve('tsx/package.json').replace(/package\.json$/u, 'dist/esm/api/index.mjs'),
  );
  return `import(${JSON.stringify(tsxApi.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

/**
 * Starts `count` workers. From TypeScript sources (tests, `tsx`) a worker loads its module through
 * tsx; from the build it is plain JavaScript.
 */
export function createDeidWorkerPool(options: {
  readonly count: number;
  readonly known?: KnownPatient;
  readonly minConfidence: number;
}): DeidWorkerPool {
  const fromSource = import.meta.url.endsWith('.ts');
  // Run from the bundle of `referent deid` (src/cli/write-deid-bundle.ts), start the worker's bundle.
  const workerModule = fromSource
    ? './deid-worker.ts'
    : import.meta.url.endsWith('.bundle.js')
      ? './deid-worker.bundle.js'
      : './deid-worker.js';
  const url = new URL(workerModule, import.meta.url);
  // From sources, a small bootstrap registers tsx in the worker before loading the module.
  const entry = fromSource ? sourceBootstrap(url) : url;
  const waiting = new Map<
    number,
    { resolve: (results: DeidLine[]) => void; reject: (error: Error) => void; worker: PoolWorker }
  >();
  let nextBatch = 0;
  let closing = false;
  let failure: Error | undefined;
  let failed = 0;
  const workers: PoolWorker[] = [];
  let markReady: () => void = () => undefined;
  let markFailed: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Observed by `whenReady`; until then a failure must not count as unhandled.
  ready.catch(() => undefined);
  for (let index = 0; index < options.count; index++) {
    const worker = new Worker(entry, {
      eval: fromSource,
      workerData: {
        minConfidence: options.minConfidence,
        ...(options.known === undefined ? {} : { known: options.known }),
      },
    });
    const poolWorker: PoolWorker = { worker, ready: false, pending: 0, sentNameParts: 0 };
    worker.on('message', (message: { ready?: true; batch?: number; results?: DeidLine[] }) => {
      if (message.ready === true) {
        poolWorker.ready = true;
        markReady();
        return;
      }
      const request = message.batch === undefined ? undefined : waiting.get(message.batch);
      if (request === undefined || message.batch === undefined) return;
      waiting.delete(message.batch);
      poolWorker.pending--;
      request.resolve(message.results ?? []);
    });
    const fail = (): void => {
      // The error may carry input text: report only that a worker failed.
      failure ??= new Error('a de-identification worker thread failed');
      poolWorker.ready = false;
      if (++failed === workers.length) markFailed(failure);
      for (const [batch, request] of waiting) {
        if (request.worker !== poolWorker) continue;
        waiting.delete(batch);
        request.reject(failure);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && !closing) fail();
    });
    workers.push(poolWorker);
  }
  return {
    get readyCount() {
      return workers.filter((entry) => entry.ready).length;
    },
    whenReady: () => ready,
    detect(lines, nameParts = []) {
      if (failure !== undefined) return Promise.reject(failure);
      let chosen: PoolWorker | undefined;
      for (const entry of workers)
        if (entry.ready && (chosen === undefined || entry.pending < chosen.pending)) chosen = entry;
      if (chosen === undefined) return Promise.reject(new Error('no worker is ready'));
      const target = chosen;
      const batch = nextBatch++;
      target.pending++;
      const newNameParts = nameParts.slice(target.sentNameParts);
      target.sentNameParts = nameParts.length;
      return new Promise((resolve, reject) => {
        waiting.set(batch, { resolve, reject, worker: target });
        target.worker.postMessage({ batch, lines, nameParts: newNameParts });
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}
