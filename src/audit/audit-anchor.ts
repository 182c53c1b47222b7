import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, chmodSync, existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Clock } from '../core/index.js';
import type { AuditLog } from './audit-log.js';

/**
 * The external anchor of the audit chain (issue 14). The chain and its sealed head live in the
 * database, so whoever can replace the database can wipe the log or restore an older copy, and the
 * chain would still verify. An anchor is the chain head (sequence number and hash) written, with
 * a MAC under the audit key, to a file the operator chooses, preferably on another machine or on
 * append-only storage. `audit verify` then requires the chain to reach every anchored head with
 * the same hash: a wiped, truncated or rolled-back log fails.
 *
 * File format: one JSON object per line, `{"seq", "hash", "at", "mac"}`; appended, never rewritten.
 */
export interface AuditAnchor {
  readonly seq: number;
  readonly hash: string;
  /** Epoch milliseconds when the anchor was written. */
  readonly at: number;
  readonly mac: string;
}

const anchorSchema = z.strictObject({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.number().int().min(0),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

const macOf = (key: Buffer, anchor: Omit<AuditAnchor, 'mac'>) =>
  createHmac('sha256', key)
    .update(`anchor\u0000${anchor.seq}\u0000${anchor.hash}\u0000${anchor.at}`, 'utf8')
    .digest('hex');

/** Appends the current chain head to the anchor file (mode 0600); returns what was written. */
export async function writeAuditAnchor(options: {
  readonly audit: AuditLog;
  readonly key: Buffer;
  readonly path: string;
  readonly clock: Clock;
}): Promise<AuditAnchor | undefined> {
  const head = await options.audit.tryGetHead();
  if (head === undefined) return undefined;
  const unsigned = { seq: head.seq, hash: head.hash, at: options.clock.now() };
  const anchor: AuditAnchor = { ...unsigned, mac: macOf(options.key, unsigned) };
  appendFileSync(options.path, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
  chmodSync(options.path, 0o600);
  return anchor;
}

/**
 * Reads every anchor in the file. Throws a plain English message when the file is missing, a line
 * is malformed, or a MAC does not verify (a forged or edited anchor).
 */
export function readAuditAnchors(options: {
  readonly key: Buffer;
  readonly path: string;
}): readonly AuditAnchor[] {
  if (!existsSync(options.path))
    throw new Error(`the audit anchor file ${options.path} is missing`);
  const anchors: AuditAnchor[] = [];
  const lines = readFileSync(options.path, 'utf8').split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let parsed: AuditAnchor;
    try {
      parsed = anchorSchema.parse(JSON.parse(line));
    } catch {
      throw new Error(`line ${index + 1} of the audit anchor file is malformed`);
    }
    const expected = macOf(options.key, parsed);
    if (!timingSafeEqual(Buffer.from(expected), Buffer.from(parsed.mac))) {
      throw new Error(`line ${index + 1} of the audit anchor file was not written with this key`);
    }
    anchors.push(parsed);
  }
  return anchors;
}
