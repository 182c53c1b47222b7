import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FairSqliteDialect } from './fair-sqlite-dialect.js';
import { withStatementCache } from './statement-cache.js';

interface Rows {
  notes: { id: number; text: string };
}

function countingDatabase() {
  const database = new SqliteDatabase(':memory:');
  const prepared: string[] = [];
  const counting = {
    close: () => database.close(),
    prepare: (text: string) => {
      prepared.push(text);
      return database.prepare(text);
    },
  };
  return { counting, prepared };
}

describe('withStatementCache', () => {
  it('prepares a query once however often it runs, with the right rows every time', async () => {
    const { counting, prepared } = countingDatabase();
    const db = new Kysely<Rows>({
      dialect: new FairSqliteDialect({ database: withStatementCache(counting) }),
    });
    await sql`create table notes (id integer primary key, text text not null)`.execute(db);
    for (let id = 1; id <= 50; id++) {
      await db
        .insertInto('notes')
        .values({ id, text: `notat ${id}` })
        .execute();
      const row = await db
        .selectFrom('notes')
        .select('text')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.text).toBe(`notat ${id}`);
    }
    // One create, one insert and one select text: prepared once each, not 101 times.
    expect(prepared).toHaveLength(3);
    await db.destroy();
  });

  it('prepares a fresh statement when the cached one is still being iterated', () => {
    const { counting } = countingDatabase();
    const cached = withStatementCache(counting);
    cached.prepare('create table notes (id integer primary key, text text not null)').run([]);
    cached.prepare("insert into notes values (1, 'a'), (2, 'b')").run([]);
    const text = 'select id, text from notes order by id';
    const seen: string[] = [];
    for (const row of cached.prepare(text).iterate([])) {
      // The same SQL text while the first is open: must not fail as "busy".
      seen.push(`${(row as { text: string }).text}:${cached.prepare(text).all([]).length}`);
    }
    expect(seen).toEqual(['a:2', 'b:2']);
    cached.close();
  });

  it('keeps at most the given number of statements', () => {
    const { counting, prepared } = countingDatabase();
    const cached = withStatementCache(counting, 2);
    cached.prepare('select 1');
    cached.prepare('select 2');
    cached.prepare('select 3');
    cached.prepare('select 1');
    expect(prepared).toEqual(['select 1', 'select 2', 'select 3', 'select 1']);
    cached.close();
  });
});
