import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock, PortSpecificationVersion } from '../core/index.js';
import type { AuditHead, AuditRecord, AuditRepository } from '../store/index.js';

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
  | 'model-installed'
  | 'model-hash-confirmed'
  | 'model-verified'
  | 'model-activated'
  | 'audit-read'
  | 'audit-verified'
  | 'access-denied';

/** `refused`: a request turned away before it changed anything (invalid input, no engine). */
export type AuditOutcome = 'success' | 'failure' | 'denied' | 'refused';

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
  /** The version of this port the adapter implements; the composition root checks it. */
  readonly specificationVersion: PortSpecificationVersion<'audit-log'>;
  record(entry: AuditEntryInput): Promise<AuditRecord>;
  /**
   * Walks the whole chain. With `anchors` (heads exported earlier, see `audit-anchor.ts`), the
   * chain must also reach each anchored entry with the same hash: a wiped, truncated or restored
   * older log fails.
   */
  verify(options?: {
    anchors?: readonly { readonly seq: number; readonly hash: string }[];
  }): Promise<AuditVerification>;
  /** The current head record, or undefined for an empty log. */
  tryGetHead(): Promise<AuditHead | undefined>;
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
  /** Whether a head record's seal was made with this log's key. */
  isSealValid(head: AuditHead): boolean;
  /** The chain head, cheaply (for `/healthz`): its sequence number and whether its seal holds. */
  checkHead(): Promise<{ readonly seq: number; readonly sealed: boolean }>;
}

const genesis = '0'.repeat(64);
/** Entries checked between yields to the event loop, so a long walk never stalls other requests. */
const entriesPerTurn = 500;
const nextTurn = () =>
  new Promise<void>((resolve) => {
    setImmediate(resolve);
  });

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
    specificationVersion: 'v1',
    async record(entry) {
      // Inside a unit of work the entry commits with the change it records; an entry about a
      // refusal or failure is kept even when that unit rolls back.
      return repository.append(
        (head) => {
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
        },
        { keepOnRollback: entry.outcome !== 'success' },
      );
    },
    tryGetHead: () => repository.tryGetHead(),
    async verify(verifyOptions = {}) {
      const anchored = new Map<number, string>();
      for (const anchor of verifyOptions.anchors ?? []) anchored.set(anchor.seq, anchor.hash);
      const lastAnchored = Math.max(0, ...anchored.keys());
      let expectedSeq = 1;
      let previousHash = genesis;
      let entries = 0;
      for await (const record of repository.iterate()) {
        entries += 1;
        if (entries % entriesPerTurn === 0) await nextTurn();
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
        const anchorHash = anchored.get(record.seq);
        if (anchorHash !== undefined && !equal(anchorHash, hash)) {
          return {
            ok: false,
            entries,
            firstBroken: {
              seq: record.seq,
              reason: 'entry differs from the exported anchor (the log was replaced)',
            },
          };
        }
        previousHash = hash;
        expectedSeq += 1;
      }
      if (expectedSeq - 1 < lastAnchored) {
        return {
          ok: false,
          entries,
          firstBroken: {
            seq: expectedSeq,
            reason: `the log ends before anchored entry ${lastAnchored} (wiped, truncated or an older copy restored)`,
          },
        };
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
    isSealValid(head) {
      return equal(head.seal, sealOf(head.seq, head.hash));
    },
    async checkHead() {
      const head = await repository.tryGetHead();
      if (head === undefined) return { seq: 0, sealed: true };
      return { seq: head.seq, sealed: equal(head.seal, sealOf(head.seq, head.hash)) };
    },
    patientRef(fnr) {
      return patientRefOf(fnr);
    },
    async listForPatient(fnr) {
      const reference = patientRefOf(fnr);
      const consultations = new Set<string>();
      const found: AuditRecord[] = [];
      // A consultation's entry naming the patient always comes before its other entries.
      let seen = 0;
      for await (const record of repository.iterate()) {
        seen += 1;
        if (seen % entriesPerTurn === 0) await nextTurn();
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
