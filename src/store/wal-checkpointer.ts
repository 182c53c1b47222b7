import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

/** Runs SQLite's WAL checkpoints on a worker thread (issue 14); see `createWalCheckpointer`. */
export interface WalCheckpointer {
  /**
   * Runs `PRAGMA wal_checkpoint(TRUNCATE)` on the worker's own connection and resolves when the
   * whole log is in the database file and the log is truncated (then restarted with page 1
   * alone, so the store's next commit does not fsync a fresh log's header on the event loop).
   * Rejects when the checkpoint could not finish (a reader or writer in the way), the worker failed
   * or took longer than the time-out, or the checkpointer is closed; the caller then checkpoints on
   * its own connection.
   * The caller must keep its own connection idle until this settles.
   */
  checkpoint(): Promise<void>;
  /** Stops the worker; later checkpoints reject. */
  close(): Promise<void>;
}

const replySchema = z.union([
  z.object({ checkpoint: z.number().int(), busy: z.boolean() }).strict(),
  z.object({ checkpoint: z.number().int(), failed: z.literal(true) }).strict(),
]);

/** Worker code that registers tsx, then loads the TypeScript worker module (tests, `tsx`). */
function sourceBootstrap(url: URL): string {
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(
    require.resolve('tsx/package.json').replace(/package\.json$/u, 'dist/esm/api/index.mjs'),
  );
  return `import(${JSON.stringify(tsxApi.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

/**
 * A worker thread with a second connection to the SQLite database `file`, for checkpoints. An
 * erasure's checkpoint (so the erased pages leave the write-ahead log and the zeroed ones reach the
 * database file) copies pages and fsyncs: 10–90 ms under load, during which better-sqlite3 would
 * hold the event loop. On the worker only this thread's database calls wait (the store keeps its
 * connection idle meanwhile); `/healthz` and every request's other work go on. The worker starts
 * with the first checkpoint, and does not keep the process alive.
 */
export function createWalCheckpointer(
  file: string,
  options: { readonly timeoutMs?: number } = {},
): WalCheckpointer {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(
    fromSource ? './checkpoint-worker.ts' : './checkpoint-worker.js',
    import.meta.url,
  );
  const timeoutMs = options.timeoutMs ?? 15_000;
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let worker: Worker | undefined;
  let next = 0;
  let closed = false;

  const failAll = (why: string) => {
    for (const [id, entry] of waiting) {
      waiting.delete(id);
      entry.reject(new Error(why));
    }
  };
  const start = (): Worker => {
    const started = new Worker(fromSource ? sourceBootstrap(url) : url, {
      eval: fromSource,
      workerData: { file },
    });
    started.unref();
    started.on('message', (message: unknown) => {
      const reply = replySchema.safeParse(message);
      if (!reply.success) return;
      const entry = waiting.get(reply.data.checkpoint);
      if (entry === undefined) return;
      waiting.delete(reply.data.checkpoint);
      if ('failed' in reply.data) entry.reject(new Error('the checkpoint failed'));
      else if (reply.data.busy) entry.reject(new Error('the checkpoint could not finish'));
      else entry.resolve();
    });
    const lost = () => {
      if (worker !== started) return;
      worker = undefined;
      failAll('the checkpoint worker stopped');
    };
    started.on('error', lost);
    started.on('exit', lost);
    return started;
  };

  return {
    checkpoint() {
      if (closed) return Promise.reject(new Error('the checkpointer is closed'));
      worker ??= start();
      const target = worker;
      const id = next++;
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          if (!waiting.has(id)) return;
          // A checkpoint that hangs: stop the worker (a fresh one starts next time).
          waiting.delete(id);
          reject(new Error(`the checkpoint took longer than ${timeoutMs} ms`));
          if (worker === target) worker = undefined;
          void target.terminate();
        }, timeoutMs);
        timer.unref();
        waiting.set(id, {
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        target.postMessage({ checkpoint: id });
      });
    },
    async close() {
      closed = true;
      const stopping = worker;
      worker = undefined;
      failAll('the checkpointer is closed');
      await stopping?.terminate();
    },
  };
}
