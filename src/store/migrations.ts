import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Schema migrations, applied in order at start. Written in Kysely's portable schema builder so a
 * PostgreSQL adapter can run the same list (BLOB ↔ bytea aside, handled by `binaryType`).
 */
export function createMigrationProvider(binaryType: 'blob' | 'bytea'): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '2026-11-23-001-initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('users')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('username', 'text', (column) => column.notNull().unique())
          .addColumn('display_name', 'text', (column) => column.notNull())
          .addColumn('role', 'text', (column) => column.notNull())
          .addColumn('hpr', 'text')
          .addColumn('password_hash', 'text', (column) => column.notNull())
          .addColumn('disabled', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('created_at', 'bigint', (column) => column.notNull())
          .addColumn('failed_logins', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('locked_until', 'bigint', (column) => column.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createTable('auth_sessions')
          .addColumn('token_hash', 'text', (column) => column.primaryKey())
          .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
          .addColumn('created_at', 'bigint', (column) => column.notNull())
          .addColumn('expires_at', 'bigint', (column) => column.notNull())
          .addColumn('revoked', 'integer', (column) => column.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createTable('consultations')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id'))
          .addColumn('status', 'text', (column) => column.notNull())
          .addColumn('template', 'text', (column) => column.notNull())
          .addColumn('templates', 'text', (column) => column.notNull())
          .addColumn('consent_method', 'text', (column) => column.notNull())
          .addColumn('consent_at', 'bigint', (column) => column.notNull())
          .addColumn('created_at', 'bigint', (column) => column.notNull())
          .addColumn('updated_at', 'bigint', (column) => column.notNull())
          .addColumn('expires_at', 'bigint', (column) => column.notNull())
          .addColumn('ended_at', 'bigint')
          .addColumn('approved_at', 'bigint')
          .addColumn('approved_by', 'text')
          .addColumn('exported_at', 'bigint')
          .addColumn('wrapped_key', binaryType)
          .addColumn('version', 'integer', (column) => column.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createIndex('consultations_owner')
          .on('consultations')
          .columns(['owner_id', 'created_at'])
          .execute();
        await db.schema
          .createIndex('consultations_expiry')
          .on('consultations')
          .columns(['ended_at', 'expires_at'])
          .execute();
        await db.schema
          .createTable('content')
          .addColumn('consultation_id', 'text', (column) =>
            column.notNull().references('consultations.id'),
          )
          .addColumn('field', 'text', (column) => column.notNull())
          .addColumn('ciphertext', binaryType, (column) => column.notNull())
          .addColumn('updated_at', 'bigint', (column) => column.notNull())
          .addPrimaryKeyConstraint('content_pk', ['consultation_id', 'field'])
          .execute();
        await db.schema
          .createTable('audit_log')
          .addColumn('seq', 'integer', (column) => column.primaryKey().autoIncrement())
          .addColumn('at', 'bigint', (column) => column.notNull())
          .addColumn('actor_id', 'text', (column) => column.notNull())
          .addColumn('actor_role', 'text', (column) => column.notNull())
          .addColumn('action', 'text', (column) => column.notNull())
          .addColumn('consultation_id', 'text')
          .addColumn('patient_ref', 'text')
          .addColumn('outcome', 'text', (column) => column.notNull())
          .addColumn('detail', 'text')
          .addColumn('prev_hash', 'text', (column) => column.notNull())
          .addColumn('hash', 'text', (column) => column.notNull())
          .execute();
        await db.schema
          .createIndex('audit_consultation')
          .on('audit_log')
          .column('consultation_id')
          .execute();
        await db.schema
          .createTable('audit_head')
          .addColumn('id', 'integer', (column) => column.primaryKey())
          .addColumn('seq', 'integer', (column) => column.notNull())
          .addColumn('hash', 'text', (column) => column.notNull())
          .addColumn('seal', 'text', (column) => column.notNull())
          .execute();
        await db.schema
          .createTable('settings')
          .addColumn('key', 'text', (column) => column.primaryKey())
          .addColumn('value', 'text', (column) => column.notNull())
          .execute();
        // The audit log is append-only: refuse UPDATE and DELETE at the database level too.
        if (binaryType === 'blob') {
          await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(db);
          await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(db);
        }
      },
    },
    // The audio budget of each consultation outlives a restart (issue 14): otherwise a restart
    // would let a clinician take the whole budget again.
    '2026-12-02-001-audio-usage': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('audio_usage')
          .addColumn('consultation_id', 'text', (column) =>
            column.primaryKey().references('consultations.id'),
          )
          .addColumn('bytes', 'bigint', (column) => column.notNull())
          .addColumn('seconds', 'double precision', (column) => column.notNull())
          .execute();
      },
    },
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}
