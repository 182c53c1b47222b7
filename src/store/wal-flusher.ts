import { open } from 'node:fs/promises';

/** Makes committed transactions durable without blocking the event loop (group commit). */
export interface WalFlusher {
  /**
   * Resolves once everything committed before the call is on the disk. Calls made while an fsync
   * runs share the next one, so a burst of commits costs one or two fsyncs, not one each.
   */
  flush(): Promise<void>;
}

/**
 * Group commit for SQLite in WAL mode with `synchronous=NORMAL` (docs/decisions/
 * 2026-12-01-group-commit.md). SQLite then writes each commit's frames to the `-wal` file without
 * an fsync; this flusher fsyncs that file in libuv's thread pool, so the event loop keeps serving
 * requests while the disk catches up (better-sqlite3 would otherwise fsync on the main thread, 4–16
 * ms per commit on our disks, stalling every request and `/healthz`). A missing `-wal` file means
 * nothing is pending (SQLite removed it after a full checkpoint, which syncs the database itself).
 */
export function createWalFlusher(
  walPath: string,
  sync: (path: string) => Promise<void> = fsyncFile,
): WalFlusher {
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  const start = (): Promise<void> => {
    const done = sync(walPath).finally(() => {
      if (running === done) running = undefined;
    });
    running = done;
    return done;
  };
  return {
    flush() {
      if (running === undefined) return start();
      // An fsync already running may have begun before this caller's commit: wait for the next.
      next ??= running
        .catch(() => undefined)
        .then(() => {
          next = undefined;
          return start();
        });
      return next;
    },
  };
}

async function fsyncFile(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
