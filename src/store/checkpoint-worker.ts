/**
 * Worker thread of `createWalCheckpointer`: holds a second SQLite connection to the database and
 * runs `PRAGMA wal_checkpoint(TRUNCATE)` on it when asked, so the checkpoint's page copying and
 * fsyncs run off the event loop. Answers carry numbers only (never content).
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
  port.on('message', (message: unknown) => {
    const request = requestSchema.safeParse(message);
    if (!request.success) return;
    const id = request.data.checkpoint;
    try {
      const result = resultSchema.parse(checkpoint.get());
      port.postMessage({ checkpoint: id, busy: result.busy !== 0 });
    } catch {
      port.postMessage({ checkpoint: id, failed: true });
    }
  });
}
