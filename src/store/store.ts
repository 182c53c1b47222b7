import type { Consultation, ConsultationStatus, PortSpecificationVersion } from '../core/index.js';

/**
 * The `Store` port: everything Referent keeps. Adapters: SQLite (embedded default); PostgreSQL
 * later. Both must pass `testing/store-contract.ts`.
 *
 * Content (transcript, vault, drafts, notes, audio) only ever reaches a store as ciphertext; the
 * store never sees a key other than the wrapped data key.
 */
export interface Store {
  /** The version of this port the adapter implements; checked by the composition root. */
  readonly specificationVersion: PortSpecificationVersion<'store'>;
  readonly users: UserRepository;
  readonly sessions: AuthSessionRepository;
  /** Consultations of one owner: the only way request handlers reach consultation data. */
  consultationsOf(ownerId: string): OwnedConsultations;
  /** Metadata-only access for system jobs (retention sweep) and auditors' counts. */
  readonly system: SystemConsultations;
  readonly audit: AuditRepository;
  readonly settings: SettingsRepository;
  /** Audio each consultation has taken against its budget; kept across restarts (issue 14). */
  readonly audioUsage: AudioUsageRepository;
  /**
   * Runs `work` as one unit: every write made inside it, through any repository (the audit log
   * included), commits together or not at all (issue 14: an acknowledged change always has its
   * audit entry). Nested calls join the outer unit. Keep engine calls and other slow waits out:
   * the unit holds the database while it runs.
   */
  atomically<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Inside `atomically`: runs `task` on its own if the unit rolls back (for work that must hold
   * whatever happens to the request, such as erasing an expired consultation). Outside: nothing.
   */
  afterRollback(task: () => Promise<unknown>): void;
  /** Writes and reads a probe row; throws when the database is read-only, full or damaged. */
  probe(): Promise<void>;
  /**
   * Flushes the write-ahead log into the main file so erased pages are overwritten (design §5).
   * Inside `atomically`, runs after the unit has committed.
   */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

export type Role = 'clinician' | 'admin' | 'auditor';

export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly hpr: string | null;
  readonly passwordHash: string;
  readonly disabled: boolean;
  readonly createdAt: number;
  readonly failedLogins: number;
  readonly lockedUntil: number;
}

export interface UserRepository {
  insert(user: UserRecord): Promise<void>;
  tryGetById(id: string): Promise<UserRecord | undefined>;
  tryGetByUsername(username: string): Promise<UserRecord | undefined>;
  list(): Promise<readonly UserRecord[]>;
  count(): Promise<number>;
  update(
    id: string,
    changes: Partial<
      Pick<
        UserRecord,
        | 'role'
        | 'disabled'
        | 'passwordHash'
        | 'failedLogins'
        | 'lockedUntil'
        | 'displayName'
        | 'hpr'
      >
    >,
  ): Promise<void>;
}

export interface AuthSessionRecord {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly revoked: boolean;
}

export interface AuthSessionRepository {
  insert(session: AuthSessionRecord): Promise<void>;
  tryGet(tokenHash: string): Promise<AuthSessionRecord | undefined>;
  /**
   * The session and its user in one query (every authenticated request asks for both); undefined
   * when there is no such session or its user no longer exists.
   */
  tryGetWithUser(
    tokenHash: string,
  ): Promise<{ readonly session: AuthSessionRecord; readonly user: UserRecord } | undefined>;
  revoke(tokenHash: string): Promise<void>;
  revokeAllOf(userId: string): Promise<void>;
  deleteExpired(now: number): Promise<number>;
}

/** A consultation row as stored; `consultation` is the domain state. */
export interface StoredConsultation {
  readonly consultation: Consultation;
  /** Optimistic-concurrency counter; every update must name the version it read. */
  readonly version: number;
  /**
   * The wrapped data key read with the row, when the adapter has it at hand (saves a second
   * query); `null` once erased. Absent: ask `tryGetWrappedKey`.
   */
  readonly wrappedKey?: Buffer | null;
}

/**
 * Consultations of one owner. Every query filters on the owner, so code holding this object
 * cannot read another clinician's consultation (conventions §6).
 */
export interface OwnedConsultations {
  readonly ownerId: string;
  insert(consultation: Consultation, wrappedKey: Buffer): Promise<void>;
  tryGet(id: string): Promise<StoredConsultation | undefined>;
  list(options: { endedSince: number }): Promise<readonly Consultation[]>;
  /** Writes the new state; throws `ConflictError`-like `IllegalTransitionError` on a stale version. */
  update(consultation: Consultation, expectedVersion: number): Promise<void>;
  /** The wrapped data key; undefined once erased. */
  tryGetWrappedKey(id: string): Promise<Buffer | undefined>;
  putContent(id: string, field: string, ciphertext: Buffer, now: number): Promise<void>;
  tryGetContent(id: string, field: string): Promise<Buffer | undefined>;
  /**
   * Several content fields of one consultation in one query (a screen or a use case that reads
   * them all: one statement instead of one per field), by field name; a field without a value is
   * absent from the map.
   */
  tryGetContents(id: string, fields: readonly string[]): Promise<ReadonlyMap<string, Buffer>>;
  listContentFields(id: string): Promise<readonly string[]>;
  deleteContent(id: string, fieldPrefix: string): Promise<void>;
  /**
   * Crypto-shreds: deletes every content row and the wrapped data key in one transaction, and
   * records the ended state. Idempotent.
   */
  erase(ended: Consultation): Promise<void>;
}

export interface SystemConsultations {
  /** Unfinished consultations whose retention time has passed. */
  listExpired(now: number): Promise<readonly Consultation[]>;
  /** Same as `OwnedConsultations.erase`, for the retention sweeper. */
  erase(ended: Consultation): Promise<void>;
  countByStatus(): Promise<Readonly<Partial<Record<ConsultationStatus, number>>>>;
}

export interface AuditRecord {
  readonly seq: number;
  readonly at: number;
  readonly actorId: string;
  readonly actorRole: string;
  readonly action: string;
  readonly consultationId: string | null;
  readonly patientRef: string | null;
  readonly outcome: string;
  readonly detail: string | null;
  readonly prevHash: string;
  readonly hash: string;
}

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
  readonly seal: string;
}

/** Computes the next record and head from the current head (undefined for an empty log). */
export type AuditBuild = (head: AuditHead | undefined) => {
  record: Omit<AuditRecord, 'seq'> & { seq: number };
  head: AuditHead;
};

export interface AuditRepository {
  /**
   * Appends atomically: `build` receives the current head and returns the record and the new head,
   * computed inside the same transaction. Inside `Store.atomically` the entry joins that unit;
   * with `keepOnRollback` it is appended again on its own if the unit rolls back (the audit of a
   * refusal must survive the refused change).
   */
  append(build: AuditBuild, options?: { keepOnRollback?: boolean }): Promise<AuditRecord>;
  tryGetHead(): Promise<AuditHead | undefined>;
  /** All entries in `seq` order, in pages, for verification. */
  iterate(pageSize?: number): AsyncIterable<AuditRecord>;
  list(options: {
    limit: number;
    before?: number;
    consultationId?: string;
  }): Promise<readonly AuditRecord[]>;
  count(): Promise<number>;
}

/**
 * Audio taken per consultation, in bytes as received and seconds of sound (metadata, no content).
 * Removed when the consultation is erased.
 */
export interface AudioUsageRepository {
  tryGet(
    consultationId: string,
  ): Promise<{ readonly bytes: number; readonly seconds: number } | undefined>;
  set(
    consultationId: string,
    usage: { readonly bytes: number; readonly seconds: number },
  ): Promise<void>;
}

export interface SettingsRepository {
  tryGet(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}
