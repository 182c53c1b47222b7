import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../core/index.js';
import type { AuditRecord, AuditRepository } from '../store/index.js';

/** Audit actions are noun-verb (conventions §18). */
export type AuditAction =
  | 'consultation-created'
  | 'consultation-read'
  | 'consultations-listed'
  | 'transcript-added'
  | 'transcript-updated'
  | 'patient-updated'
  | 'audio-added'
  | 'stream-opened'
  | 'stream-closed'
  | 'draft-started'
  | 'draft-finished'
  | 'note-updated'
  | 'note-approved'
  | 'note-exported'
  | 'note-sent'
  | 'session-erased'
  | 'session-expired'
  | 'user-logged-in'
  | 'login-failed'
  | 'user-logged-out'
  | 'user-created'
  | 'user-updated'
  | 'users-listed'
  | 'settings-read'
  | 'settings-changed'
  | 'audit-read'
  | 'audit-verified'
  | 'access-denied';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** One thing that happened. Holds no content and no names (P5). */
export interface AuditEntryInput {
  readonly actorId: string;
  readonly actorRole: string;
  readonly action: AuditAction;
  readonly outcome: AuditOutcome;
  readonly consultationId?: string;
  /** Keyed hash of the patient's fødselsnummer (`patientRef()`), never the number itself. */
  readonly patientRef?: string;
  /** A short machine word or code (e.g. `fhir`, `retention`, an error code); never content. */
  readonly detail?: string;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly entries: number;
  readonly firstBroken?: { readonly seq: number; readonly reason: string };
}

/**
 * The `AuditLog` port: append-only, hash-chained, tamper-evident (P5).
 *
 * Each entry's hash is an HMAC (under a key derived from the master key) over the previous
 * entry's hash and the canonical form of the entry, including its sequence number. Editing,
 * removing or reordering any entry breaks the chain at that entry; a sealed head record catches a
 * truncated tail. Without the key, nobody can recompute a chain that verifies.
 */
export interface AuditLog {
  record(entry: AuditEntryInput): Promise<AuditRecord>;
  verify(): Promise<AuditVerification>;
  list(options: {
    limit: number;
    before?: number;
    consultationId?: string;
  }): Promise<readonly AuditRecord[]>;
  /** The keyed hash used to reference a patient (design §5). */
  patientRef(fnr: string): string;
  /**
   * Every entry about the consultations of one patient ("who handled this patient?"), found
   * through the keyed hash: the log itself never holds the fødselsnummer.
   */
  listForPatient(fnr: string): Promise<readonly AuditRecord[]>;
}

const genesis = '0'.repeat(64);

function canonical(record: Omit<AuditRecord, 'hash'>): string {
  // Fixed order array: the canonical form never depends on object key order.
  return JSON.stringify([
    record.seq,
    record.at,
    record.actorId,
    record.actorRole,
    record.action,
    record.consultationId,
    record.patientRef,
    record.outcome,
    record.detail,
    record.prevHash,
  ]);
}

export function createAuditLog(options: {
  repository: AuditRepository;
  key: Buffer;
  clock: Clock;
}): AuditLog {
  const { repository, key, clock } = options;
  const mac = (text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');
  const chainHash = (record: Omit<AuditRecord, 'hash'>) => mac(`entry\u0000${canonical(record)}`);
  const sealOf = (seq: number, hash: string) => mac(`head\u0000${seq}\u0000${hash}`);
  const patientRefOf = (fnr: string) => mac(`patient\u0000${fnr.replace(/\s/g, '')}`).slice(0, 32);
  const equal = (left: string, right: string) =>
    left.length === right.length && timingSafeEqual(Buffer.from(left), Buffer.from(right));

  return {
    async record(entry) {
      return repository.append((head) => {
        const unhashed = {
          seq: (head?.seq ?? 0) + 1,
          at: clock.now(),
          actorId: entry.actorId,
          actorRole: entry.actorRole,
          action: entry.action,
          consultationId: entry.consultationId ?? null,
          patientRef: entry.patientRef ?? null,
          outcome: entry.outcome,
          detail: entry.detail ?? null,
          prevHash: head?.hash ?? genesis,
        };
        const hash = chainHash(unhashed);
        return {
          record: { ...unhashed, hash },
          head: { seq: unhashed.seq, hash, seal: sealOf(unhashed.seq, hash) },
        };
      });
    },
    async verify() {
      let expectedSeq = 1;
      let previousHash = genesis;
      let entries = 0;
      for await (const record of repository.iterate()) {
        entries += 1;
        if (record.seq !== expectedSeq) {
          return {
            ok: false,
            entries,
            firstBroken: {
              seq: record.seq,
              reason:
                record.seq > expectedSeq
                  ? `entries before ${record.seq} are missing`
                  : 'entry is out of order',
            },
          };
        }
        if (!equal(record.prevHash, previousHash)) {
          return {
            ok: false,
            entries,
            firstBroken: { seq: record.seq, reason: 'link to the previous entry is broken' },
          };
        }
        const { hash, ...unhashed } = record;
        if (!equal(hash, chainHash(unhashed))) {
          return {
            ok: false,
            entries,
            firstBroken: { seq: record.seq, reason: 'entry was altered' },
          };
        }
        previousHash = hash;
        expectedSeq += 1;
      }
      const head = await repository.tryGetHead();
      const lastSeq = expectedSeq - 1;
      if (head === undefined) {
        return entries === 0
          ? { ok: true, entries }
          : {
              ok: false,
              entries,
              firstBroken: { seq: 1, reason: 'the sealed head record is missing' },
            };
      }
      if (!equal(head.seal, sealOf(head.seq, head.hash))) {
        return {
          ok: false,
          entries,
          firstBroken: { seq: head.seq, reason: 'the sealed head record was altered' },
        };
      }
      if (head.seq !== lastSeq || !equal(head.hash, previousHash)) {
        return {
          ok: false,
          entries,
          firstBroken: {
            seq: Math.min(head.seq, lastSeq + 1),
            reason:
              head.seq > lastSeq
                ? `entries after ${lastSeq} were removed`
                : 'the head does not match the last entry',
          },
        };
      }
      return { ok: true, entries };
    },
    list: (listOptions) => repository.list(listOptions),
    patientRef(fnr) {
      return patientRefOf(fnr);
    },
    async listForPatient(fnr) {
      const reference = patientRefOf(fnr);
      const consultations = new Set<string>();
      const found: AuditRecord[] = [];
      // A consultation's entry naming the patient always comes before its other entries.
      for await (const record of repository.iterate()) {
        if (record.patientRef === reference && record.consultationId !== null) {
          consultations.add(record.consultationId);
        }
        if (record.consultationId !== null && consultations.has(record.consultationId)) {
          found.push(record);
        }
      }
      return found;
    },
  };
}
