import { AsyncLocalStorage } from 'node:async_hooks';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, sql, type Selectable } from 'kysely';
import {
  ConflictError,
  consultationStatuses,
  endedStatuses,
  type Consultation,
  type ConsultationStatus,
  type TemplateId,
  type ConsentMethod,
} from '../core/index.js';
import { FairSqliteDialect } from './fair-sqlite-dialect.js';
import { withStatementCache } from './statement-cache.js';
import { createMigrationProvider } from './migrations.js';
import { createWalCheckpointer } from './wal-checkpointer.js';
import { createWalFlusher, type WalFlusher } from './wal-flusher.js';
import type { ConsultationsTable, Database, UsersTable, AuditLogTable } from './schema.js';
import type {
  AuditBuild,
  AuditHead,
  AuditRecord,
  OwnedConsultations,
  Role,
  Store,
  UserRecord,
} from './store.js';

/**
 * SQLite adapter (Kysely over better-sqlite3): `<data>/referent.db`.
 *
 * Pragmas, and why:
 * - `journal_mode=WAL`, `synchronous=NORMAL` plus group commit (`createWalFlusher`): a commit is
 *   written to the `-wal` file before it returns (so it survives a killed process), and a unit of
 *   work is acknowledged only after that file's fsync, which runs in the thread pool instead of on
 *   the event loop (docs/decisions/2026-12-01-group-commit.md).
 * - `secure_delete=ON`: deleted rows are overwritten with zeros, not left in free pages (design §5).
 * - `temp_store=MEMORY`: sorts and temporary tables never spill to temp files on disk.
 */
export async function openSqliteStore(
  options: { dataDir: string } | { memory: true },
): Promise<Store> {
  let file = ':memory:';
  let flusher: WalFlusher | undefined;
  if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    file = join(options.dataDir, 'referent.db');
    // 0600 whatever the directory's mode or the umask: SQLite gives the -wal and -shm files the
    // mode of the database file, so creating it first with 0600 covers all three (issue 14).
    closeSync(openSync(file, 'a', 0o600));
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      if (existsSync(path)) chmodSync(path, 0o600);
    }
    flusher = createWalFlusher(`${file}-wal`);
  }
  const connection = new SqliteDatabase(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('secure_delete = ON');
  connection.pragma('temp_store = MEMORY');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  // Erasure checkpoints on a worker thread's connection (issue 14); in memory, on this one.
  const checkpointer = file === ':memory:' ? undefined : createWalCheckpointer(file);
  // SQLite's automatic checkpoint (every 1,000 pages of log) would run inside a commit on this
  // thread, copying pages and fsyncing the database file on the event loop (5–90 ms under load);
  // with a checkpoint worker, the store starts a shared checkpoint there instead once the log has
  // grown past the same size (`logBytes`).
  if (checkpointer !== undefined) connection.pragma('wal_autocheckpoint = 0');
  const db = new Kysely<Database>({
    dialect: new FairSqliteDialect({ database: withStatementCache(connection) }),
  });
  const migrator = new Migrator({ db, provider: createMigrationProvider('blob') });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    await db.destroy();
    throw new Error('database migration failed', { cause: error });
  }
  return createKyselyStore(db, {
    checkpoint: () =>
      // Holds this thread's only connection, so none of its statements runs (and waits on SQLite's
      // locks, blocking the event loop) while the worker checkpoints; requests' other work goes on.
      db.connection().execute(async () => {
        try {
          if (checkpointer === undefined) throw new Error('no checkpoint worker');
          await checkpointer.checkpoint();
        } catch {
          // The erased pages must leave the log regardless: checkpoint here.
          connection.pragma('wal_checkpoint(TRUNCATE)');
        }
      }),
    ...(checkpointer === undefined ? {} : { closeCheckpointer: () => checkpointer.close() }),
    ...(flusher === undefined ? {} : { flush: () => flusher.flush(), checkpointGapMs: 250 }),
    ...(checkpointer === undefined ? {} : { logBytes: () => logBytes(`${file}-wal`) }),
  });
}

/** Size of the write-ahead log file (0 when there is none), read in the thread pool. */
async function logBytes(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

function toUser(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    hpr: row.hpr,
    passwordHash: row.password_hash,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
  };
}

function toConsultation(row: Selectable<ConsultationsTable>): Consultation {
  const status = row.status as ConsultationStatus;
  if (!consultationStatuses.includes(status))
    throw new Error('stored consultation has an unknown status');
  const base = {
    id: row.id,
    ownerId: row.owner_id,
    template: row.template as TemplateId,
    templates: JSON.parse(row.templates) as TemplateId[],
    consent: { method: row.consent_method as ConsentMethod, recordedAt: row.consent_at },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
  switch (status) {
    case 'created':
    case 'capturing':
    case 'transcribed':
    case 'drafted':
    case 'in-review':
      return { ...base, status };
    case 'approved':
      return {
        ...base,
        status,
        approvedAt: row.approved_at ?? 0,
        approvedBy: row.approved_by ?? '',
      };
    case 'exported':
      return {
        ...base,
        status,
        approvedAt: row.approved_at ?? 0,
        approvedBy: row.approved_by ?? '',
        exportedAt: row.exported_at ?? 0,
      };
    case 'discarded':
    case 'erased':
    case 'expired':
      return { ...base, status, endedAt: row.ended_at ?? 0 };
  }
}

function toRow(consultation: Consultation): Omit<ConsultationsTable, 'wrapped_key' | 'version'> {
  return {
    id: consultation.id,
    owner_id: consultation.ownerId,
    status: consultation.status,
    template: consultation.template,
    templates: JSON.stringify(consultation.templates),
    consent_method: consultation.consent.method,
    consent_at: consultation.consent.recordedAt,
    created_at: consultation.createdAt,
    updated_at: consultation.updatedAt,
    expires_at: consultation.expiresAt,
    ended_at: 'endedAt' in consultation ? consultation.endedAt : null,
    approved_at: 'approvedAt' in consultation ? consultation.approvedAt : null,
    approved_by: 'approvedBy' in consultation ? consultation.approvedBy : null,
    exported_at: 'exportedAt' in consultation ? consultation.exportedAt : null,
  };
}

function toAudit(row: Selectable<AuditLogTable>): AuditRecord {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    consultationId: row.consultation_id,
    patientRef: row.patient_ref,
    outcome: row.outcome,
    detail: row.detail,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

interface UnitOfWork {
  executor: Kysely<Database>;
  checkpoint: boolean;
  readonly onRollback: (() => Promise<unknown>)[];
}

const unfinished = consultationStatuses.filter((status) => !endedStatuses.includes(status));

/**
 * The store over any Kysely dialect. SQL here is portable (no SQLite-only syntax) so the
 * PostgreSQL adapter can reuse it; dialect-specific work is passed in.
 */
export function createKyselyStore(
  root: Kysely<Database>,
  dialect: {
    checkpoint: () => Promise<void>;
    /** Stops what `checkpoint` runs on (a worker thread); later checkpoints run in-process. */
    closeCheckpointer?: () => Promise<void>;
    /** Waits until every committed write is on the disk; absent when commits sync themselves. */
    flush?: () => Promise<void>;
    /**
     * Most time between the starts of two erasure checkpoints; 0 by default. The gap used is four
     * times the last checkpoint's duration, up to this: checkpoints never take more than about a
     * fifth of the event loop, and a quick one (a quiet server) is not held back.
     */
    checkpointGapMs?: number;
    /**
     * Size of the write-ahead log in bytes, when the dialect's own automatic checkpoint is off: after
     * a durable write (at most every `logCheckInterval`), a log of `logCheckpointBytes` or more
     * starts a shared checkpoint, which the writer does not wait for.
     */
    logBytes?: () => Promise<number>;
    /** 4 MiB by default: SQLite's automatic checkpoint threshold (1,000 pages of 4 KiB). */
    logCheckpointBytes?: number;
    /** 250 ms by default. */
    logCheckIntervalMs?: number;
  },
): Store {
  // The unit of work (`atomically`): every query made inside it, through any repository, runs in
  // one transaction, so a change and the audit entry that records it commit or vanish together.
  const scope = new AsyncLocalStorage<UnitOfWork>();
  const current = (): Kysely<Database> => scope.getStore()?.executor ?? root;
  /** Runs `work` in the open unit of work, or in a transaction of its own. */
  async function inTransaction<T>(work: (executor: Kysely<Database>) => Promise<T>): Promise<T> {
    const open = scope.getStore();
    if (open !== undefined) return work(open.executor);
    const result = await root.transaction().execute(work);
    await flushed();
    return result;
  }
  /** Outside a unit of work, waits until the write just made is on the disk (group commit). */
  async function durable(): Promise<void> {
    if (scope.getStore() === undefined) await flushed();
  }
  // A checkpoint holds the database while it runs (10–90 ms on our disks under load; on SQLite it
  // runs on a worker thread, so the event loop goes on, but every database call waits for it), so
  // one per erasure stalled every request under load (issue 14). The next one starts no sooner than
  // four times the last one's duration (at most `checkpointGapMs`) after it; the erasures in
  // between wait for it and share it. A lone erasure is checkpointed at once, and on a quiet server
  // (checkpoints of a millisecond or two) erasures one after another are hardly held back.
  let pendingCheckpoint: Promise<void> | undefined;
  let lastCheckpointAt = Number.NEGATIVE_INFINITY;
  let lastCheckpointMs = 0;
  const sharedCheckpoint = (): Promise<void> => {
    const gap = Math.min(dialect.checkpointGapMs ?? 0, 4 * lastCheckpointMs);
    const wait = Math.max(0, lastCheckpointAt + gap - performance.now());
    pendingCheckpoint ??= new Promise<void>((resolve) => {
      setTimeout(resolve, wait);
    }).then(async () => {
      pendingCheckpoint = undefined;
      lastCheckpointAt = performance.now();
      try {
        await dialect.checkpoint();
      } finally {
        lastCheckpointMs = performance.now() - lastCheckpointAt;
      }
    });
    return pendingCheckpoint;
  };
  // The log's size is looked at after durable writes, at most every `logCheckIntervalMs`.
  let lastLogCheckAt = Number.NEGATIVE_INFINITY;
  const logCheckpointBytes = dialect.logCheckpointBytes ?? 4 * 1024 * 1024;
  const logCheckIntervalMs = dialect.logCheckIntervalMs ?? 250;
  function checkLogSize(): void {
    const logBytes = dialect.logBytes;
    if (logBytes === undefined || pendingCheckpoint !== undefined) return;
    const now = performance.now();
    if (now - lastLogCheckAt < logCheckIntervalMs) return;
    lastLogCheckAt = now;
    void logBytes()
      .then((bytes) => (bytes >= logCheckpointBytes ? sharedCheckpoint() : undefined))
      // A failed checkpoint is retried at the next check; erasures await theirs themselves.
      .catch(() => undefined);
  }
  /** Group commit, then a look at the log's size (see `checkLogSize`). */
  async function flushed(): Promise<void> {
    await dialect.flush?.();
    checkLogSize();
  }
  async function checkpoint(): Promise<void> {
    // A checkpoint cannot run inside a transaction; it runs once the unit of work has committed.
    const open = scope.getStore();
    if (open === undefined) await sharedCheckpoint();
    else open.checkpoint = true;
  }
  async function eraseRow(ended: Consultation, ownerId: string | undefined): Promise<void> {
    await inTransaction(async (transaction) => {
      if (ownerId !== undefined) {
        const row = await transaction
          .selectFrom('consultations')
          .select('id')
          .where('id', '=', ended.id)
          .where('owner_id', '=', ownerId)
          .executeTakeFirst();
        if (row === undefined) throw new Error('consultation is not owned by this caller');
      }
      await transaction.deleteFrom('content').where('consultation_id', '=', ended.id).execute();
      await transaction.deleteFrom('audio_usage').where('consultation_id', '=', ended.id).execute();
      let update = transaction
        .updateTable('consultations')
        .set({
          ...toRow(ended),
          wrapped_key: null,
          version: sql<number>`version + 1`,
        })
        .where('id', '=', ended.id);
      if (ownerId !== undefined) update = update.where('owner_id', '=', ownerId);
      await update.execute();
    });
  }

  async function appendAudit(build: AuditBuild): Promise<AuditRecord> {
    return inTransaction(async (transaction) => {
      const headRow = await transaction
        .selectFrom('audit_head')
        .selectAll()
        .where('id', '=', 1)
        .executeTakeFirst();
      const head: AuditHead | undefined =
        headRow === undefined
          ? undefined
          : { seq: headRow.seq, hash: headRow.hash, seal: headRow.seal };
      const built = build(head);
      const { record } = built;
      await transaction
        .insertInto('audit_log')
        .values({
          seq: record.seq,
          at: record.at,
          actor_id: record.actorId,
          actor_role: record.actorRole,
          action: record.action,
          consultation_id: record.consultationId,
          patient_ref: record.patientRef,
          outcome: record.outcome,
          detail: record.detail,
          prev_hash: record.prevHash,
          hash: record.hash,
        })
        .execute();
      await transaction
        .insertInto('audit_head')
        .values({ id: 1, ...built.head })
        .onConflict((conflict) =>
          conflict
            .column('id')
            .doUpdateSet({ seq: built.head.seq, hash: built.head.hash, seal: built.head.seal }),
        )
        .execute();
      return record;
    });
  }

  function consultationsOf(ownerId: string): OwnedConsultations {
    const owned = () => current().selectFrom('consultations').where('owner_id', '=', ownerId);
    async function assertOwned(id: string): Promise<void> {
      const row = await owned().select('id').where('id', '=', id).executeTakeFirst();
      if (row === undefined) throw new Error('consultation is not owned by this caller');
    }
    return {
      ownerId,
      async insert(consultation, wrappedKey) {
        if (consultation.ownerId !== ownerId) throw new Error('owner mismatch');
        await current()
          .insertInto('consultations')
          .values({ ...toRow(consultation), wrapped_key: wrappedKey, version: 0 })
          .execute();
        await durable();
      },
      async tryGet(id) {
        const row = await owned().selectAll().where('id', '=', id).executeTakeFirst();
        return row === undefined
          ? undefined
          : {
              consultation: toConsultation(row),
              version: row.version,
              wrappedKey: row.wrapped_key,
            };
      },
      async list({ endedSince }) {
        const rows = await owned()
          .selectAll()
          .where((where) =>
            where.or([where('ended_at', 'is', null), where('ended_at', '>=', endedSince)]),
          )
          .orderBy('created_at', 'desc')
          .execute();
        return rows.map(toConsultation);
      },
      async update(consultation, expectedVersion) {
        const result = await current()
          .updateTable('consultations')
          .set({ ...toRow(consultation), version: expectedVersion + 1 })
          .where('id', '=', consultation.id)
          .where('owner_id', '=', ownerId)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (result.numUpdatedRows !== 1n) throw new ConflictError();
        await durable();
      },
      async tryGetWrappedKey(id) {
        const row = await owned().select('wrapped_key').where('id', '=', id).executeTakeFirst();
        return row?.wrapped_key ?? undefined;
      },
      async putContent(id, field, ciphertext, now) {
        await assertOwned(id);
        await current()
          .insertInto('content')
          .values({ consultation_id: id, field, ciphertext, updated_at: now })
          .onConflict((conflict) =>
            conflict
              .columns(['consultation_id', 'field'])
              .doUpdateSet({ ciphertext, updated_at: now }),
          )
          .execute();
        await durable();
      },
      async tryGetContent(id, field) {
        const row = await current()
          .selectFrom('content')
          .innerJoin('consultations', 'consultations.id', 'content.consultation_id')
          .select('content.ciphertext')
          .where('content.consultation_id', '=', id)
          .where('content.field', '=', field)
          .where('consultations.owner_id', '=', ownerId)
          .executeTakeFirst();
        return row?.ciphertext;
      },
      async tryGetContents(id, fields) {
        if (fields.length === 0) return new Map();
        const rows = await current()
          .selectFrom('content')
          .innerJoin('consultations', 'consultations.id', 'content.consultation_id')
          .select(['content.field', 'content.ciphertext'])
          .where('content.consultation_id', '=', id)
          .where('content.field', 'in', fields)
          .where('consultations.owner_id', '=', ownerId)
          .execute();
        return new Map(rows.map((row) => [row.field, row.ciphertext]));
      },
      async listContentFields(id) {
        const rows = await current()
          .selectFrom('content')
          .innerJoin('consultations', 'consultations.id', 'content.consultation_id')
          .select('content.field')
          .where('content.consultation_id', '=', id)
          .where('consultations.owner_id', '=', ownerId)
          .orderBy('content.field')
          .execute();
        return rows.map((row) => row.field);
      },
      async deleteContent(id, fieldPrefix) {
        await assertOwned(id);
        await current()
          .deleteFrom('content')
          .where('consultation_id', '=', id)
          .where('field', 'like', `${fieldPrefix.replace(/[%_\\]/g, '\\$&')}%`)
          .execute();
        await durable();
      },
      async erase(ended) {
        await eraseRow(ended, ownerId);
      },
    };
  }

  return {
    specificationVersion: 'v1',
    users: {
      async insert(user) {
        await current()
          .insertInto('users')
          .values({
            id: user.id,
            username: user.username,
            display_name: user.displayName,
            role: user.role,
            hpr: user.hpr,
            password_hash: user.passwordHash,
            disabled: user.disabled ? 1 : 0,
            created_at: user.createdAt,
            failed_logins: user.failedLogins,
            locked_until: user.lockedUntil,
          })
          .execute();
        await durable();
      },
      async tryGetById(id) {
        const row = await current()
          .selectFrom('users')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        return row === undefined ? undefined : toUser(row);
      },
      async tryGetByUsername(username) {
        const row = await current()
          .selectFrom('users')
          .selectAll()
          .where('username', '=', username)
          .executeTakeFirst();
        return row === undefined ? undefined : toUser(row);
      },
      async list() {
        const rows = await current().selectFrom('users').selectAll().orderBy('username').execute();
        return rows.map(toUser);
      },
      async count() {
        const row = await current()
          .selectFrom('users')
          .select((select) => select.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow();
        return row.count;
      },
      async update(id, changes) {
        const set: Partial<UsersTable> = {};
        if (changes.role !== undefined) set.role = changes.role;
        if (changes.disabled !== undefined) set.disabled = changes.disabled ? 1 : 0;
        if (changes.passwordHash !== undefined) set.password_hash = changes.passwordHash;
        if (changes.failedLogins !== undefined) set.failed_logins = changes.failedLogins;
        if (changes.lockedUntil !== undefined) set.locked_until = changes.lockedUntil;
        if (changes.displayName !== undefined) set.display_name = changes.displayName;
        if (changes.hpr !== undefined) set.hpr = changes.hpr;
        if (Object.keys(set).length === 0) return;
        await current().updateTable('users').set(set).where('id', '=', id).execute();
        await durable();
      },
    },
    sessions: {
      async insert(session) {
        await current()
          .insertInto('auth_sessions')
          .values({
            token_hash: session.tokenHash,
            user_id: session.userId,
            created_at: session.createdAt,
            expires_at: session.expiresAt,
            revoked: session.revoked ? 1 : 0,
          })
          .execute();
        await durable();
      },
      async tryGet(tokenHash) {
        const row = await current()
          .selectFrom('auth_sessions')
          .selectAll()
          .where('token_hash', '=', tokenHash)
          .executeTakeFirst();
        return row === undefined
          ? undefined
          : {
              tokenHash: row.token_hash,
              userId: row.user_id,
              createdAt: row.created_at,
              expiresAt: row.expires_at,
              revoked: row.revoked === 1,
            };
      },
      async tryGetWithUser(tokenHash) {
        const row = await current()
          .selectFrom('auth_sessions')
          .innerJoin('users', 'users.id', 'auth_sessions.user_id')
          .selectAll('users')
          .select([
            'auth_sessions.created_at as session_created_at',
            'auth_sessions.expires_at as session_expires_at',
            'auth_sessions.revoked as session_revoked',
          ])
          .where('auth_sessions.token_hash', '=', tokenHash)
          .executeTakeFirst();
        if (row === undefined) return undefined;
        const { session_created_at, session_expires_at, session_revoked, ...user } = row;
        return {
          session: {
            tokenHash,
            userId: user.id,
            createdAt: session_created_at,
            expiresAt: session_expires_at,
            revoked: session_revoked === 1,
          },
          user: toUser(user),
        };
      },
      async revoke(tokenHash) {
        await current()
          .updateTable('auth_sessions')
          .set({ revoked: 1 })
          .where('token_hash', '=', tokenHash)
          .execute();
        await durable();
      },
      async revokeAllOf(userId) {
        await current()
          .updateTable('auth_sessions')
          .set({ revoked: 1 })
          .where('user_id', '=', userId)
          .execute();
        await durable();
      },
      async deleteExpired(now) {
        const result = await current()
          .deleteFrom('auth_sessions')
          .where((where) => where.or([where('expires_at', '<', now), where('revoked', '=', 1)]))
          .executeTakeFirst();
        await durable();
        return Number(result.numDeletedRows);
      },
    },
    consultationsOf,
    system: {
      async listExpired(now) {
        const rows = await current()
          .selectFrom('consultations')
          .selectAll()
          .where('ended_at', 'is', null)
          .where('status', 'in', unfinished)
          .where('expires_at', '<=', now)
          .execute();
        return rows.map(toConsultation);
      },
      async erase(ended) {
        await eraseRow(ended, undefined);
      },
      async countByStatus() {
        const rows = await current()
          .selectFrom('consultations')
          .select(['status', (select) => select.fn.countAll<number>().as('count')])
          .groupBy('status')
          .execute();
        return Object.fromEntries(rows.map((row) => [row.status, row.count]));
      },
    },
    audit: {
      async append(build, options = {}) {
        const open = scope.getStore();
        if (open !== undefined && options.keepOnRollback === true) {
          open.onRollback.push(() => appendAudit(build));
        }
        return appendAudit(build);
      },
      async tryGetHead() {
        const row = await current()
          .selectFrom('audit_head')
          .selectAll()
          .where('id', '=', 1)
          .executeTakeFirst();
        return row === undefined ? undefined : { seq: row.seq, hash: row.hash, seal: row.seal };
      },
      async *iterate(pageSize = 1000) {
        let after = -1;
        for (;;) {
          const rows = await current()
            .selectFrom('audit_log')
            .selectAll()
            .where('seq', '>', after)
            .orderBy('seq')
            .limit(pageSize)
            .execute();
          for (const row of rows) yield toAudit(row);
          const last = rows.at(-1);
          if (last === undefined || rows.length < pageSize) return;
          after = last.seq;
        }
      },
      async list({ limit, before, consultationId }) {
        let query = current()
          .selectFrom('audit_log')
          .selectAll()
          .orderBy('seq', 'desc')
          .limit(limit);
        if (before !== undefined) query = query.where('seq', '<', before);
        if (consultationId !== undefined)
          query = query.where('consultation_id', '=', consultationId);
        return (await query.execute()).map(toAudit);
      },
      async count() {
        const row = await current()
          .selectFrom('audit_log')
          .select((select) => select.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow();
        return row.count;
      },
    },
    audioUsage: {
      async tryGet(consultationId) {
        const row = await current()
          .selectFrom('audio_usage')
          .select(['bytes', 'seconds'])
          .where('consultation_id', '=', consultationId)
          .executeTakeFirst();
        return row === undefined ? undefined : { bytes: row.bytes, seconds: row.seconds };
      },
      async set(consultationId, usage) {
        const values = { bytes: usage.bytes, seconds: usage.seconds };
        await current()
          .insertInto('audio_usage')
          .values({ consultation_id: consultationId, ...values })
          .onConflict((conflict) => conflict.column('consultation_id').doUpdateSet(values))
          .execute();
        await durable();
      },
    },
    settings: {
      async tryGet(key) {
        const row = await current()
          .selectFrom('settings')
          .select('value')
          .where('key', '=', key)
          .executeTakeFirst();
        return row?.value;
      },
      async set(key, value) {
        await current()
          .insertInto('settings')
          .values({ key, value })
          .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
          .execute();
        await durable();
      },
    },
    async atomically(work) {
      if (scope.getStore() !== undefined) return work();
      const unit: UnitOfWork = { executor: root, checkpoint: false, onRollback: [] };
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await root.transaction().execute((transaction) => {
          unit.executor = transaction;
          return scope.run(unit, work);
        });
      } catch (error) {
        // Outside the rolled-back transaction now: keep what must survive (refusal audits).
        for (const task of unit.onRollback) await task().catch(() => undefined);
        throw error;
      }
      await flushed();
      if (unit.checkpoint) await sharedCheckpoint();
      return result;
    },
    async probe() {
      const value = String(Date.now());
      await root
        .insertInto('settings')
        .values({ key: 'health-probe', value })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
        .execute();
      const row = await root
        .selectFrom('settings')
        .select('value')
        .where('key', '=', 'health-probe')
        .executeTakeFirst();
      if (row?.value !== value) throw new Error('health probe did not read back');
    },
    afterRollback(task) {
      scope.getStore()?.onRollback.push(task);
    },
    checkpoint,
    async close() {
      await pendingCheckpoint?.catch(() => undefined);
      await dialect.closeCheckpointer?.();
      await dialect.checkpoint().catch(() => undefined);
      await root.destroy();
    },
  };
}
