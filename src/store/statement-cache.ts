import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** What the cache needs of a better-sqlite3 statement: Kysely's view plus `busy`. */
interface CacheableStatement extends SqliteStatement {
  /** True while an `iterate()` over this statement is still open. */
  readonly busy: boolean;
}

/** What the cache needs of a better-sqlite3 database. */
interface CacheableDatabase {
  close(): void;
  prepare(sql: string): CacheableStatement;
}

/**
 * Wraps a database so that each SQL text is prepared once and its statement reused.
 *
 * Kysely's SQLite driver prepares every query afresh; under the load test that was 15 % of the
 * event loop's busy time (issue 14, `node --cpu-prof`), for the same few dozen statements over and
 * over. Statements are kept least-recently-used, at most `limit` of them (queries with lists of
 * varying length each have their own text). A statement still being iterated (a streamed query)
 * cannot run again until it finishes, so a busy one is never handed out: a fresh one is prepared
 * instead. SQLite re-prepares a cached statement by itself after a schema change.
 */
export function withStatementCache(database: CacheableDatabase, limit = 256): SqliteDatabase {
  const statements = new Map<string, CacheableStatement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached !== undefined && !cached.busy) {
        // Re-inserted so the map's order stays least recently used first.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (cached === undefined) {
        statements.set(sql, statement);
        if (statements.size > limit) {
          const oldest = statements.keys().next();
          if (oldest.done !== true) statements.delete(oldest.value);
        }
      }
      return statement;
    },
  };
}
