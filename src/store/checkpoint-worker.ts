/**
 * Worker thread of `createWalCheckpointer`: holds a second SQLite connection to the database and
 * runs `PRAGMA wal_checkpoint(TRUNCATE)` on it when asked, so the checkpoint's page copying and
 * fsyncs run off the event loop. Answers carry numbers only (never content).
 *
 * After a checkpoint that emptied the log, it also starts the next log: the first commit into an
 * empty log writes the log's header and fsyncs it (SQLite does so at every log restart, whatever
 * `synchronous` says), and that commit would otherwise be the store's, on the event loop (one
 * fsync per erasure: 1–30 ms). Rewriting `user_version` with its own value commits page 1 only
 * (the database header and the schema's root page: never consultation content), so the log that
 * remains holds that one page, and the store's next commits append to it without an fsync.
 */
import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { z } from 'zod';

const dataSchema = z.object({ file: z.string() }).strict();
const requestSchema = z.object({ checkpoint: z.number().int() }).strict();
const resultSchema = z.object({ busy: z.number(), log: z.number(), checkpointed: z.number() });

const port = parentPort;
if (port !== null) {
  const { file } = dataSchema.parse(workerData);
  const connection = new SqliteDatabase(file, { fileMustExist: true });
  connection.pragma('busy_timeout = 5000');
  const checkpoint = connection.prepare('PRAGMA wal_checkpoint(TRUNCATE)');
  const restartLog = () => {
    const version = z
      .number()
      .int()
      .parse(connection.pragma('user_version', { simple: true }));
    connection.pragma(`user_version = ${version}`);
  };
  port.on('message', (message: unknown) => {
    const request = requestSchema.safeParse(message);
    if (!request.success) return;
    const id = request.data.checkpoint;
    try {
      const result = resultSchema.parse(checkpoint.get());
      if (result.busy === 0) {
        try {
          restartLog();
        } catch {
          // The store's next commit restarts the log itself, as SQLite would.
        }
      }
      port.postMessage({ checkpoint: id, busy: result.busy !== 0 });
    } catch {
      port.postMessage({ checkpoint: id, failed: true });
    }
  });
}
