import {
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/**
 * Kysely's SQLite dialect with a first-come, first-served connection lock.
 *
 * SQLite has one connection; Kysely's own lock wakes every waiter each time it is released (they
 * all await one promise and race for it again). Under 200 concurrent requests each release cost
 * hundreds of wake-ups, so CPU per request grew with the queue and API p99 reached 27 s on the
 * load test (issue 14). Here waiters queue and exactly the next one is woken.
 */
export class FairSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new FairSqliteDriver(this.#config);
  }
}

class FairSqliteDriver extends SqliteDriver {
  readonly #waiting: (() => void)[] = [];
  #held = false;

  override async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#held) {
      await new Promise<void>((resolve) => {
        this.#waiting.push(resolve);
      });
    } else {
      this.#held = true;
    }
    // Only the holder gets here, so Kysely's own lock is always free.
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    const next = this.#waiting.shift();
    // Handed straight to the next waiter: nobody can slip in between.
    if (next === undefined) this.#held = false;
    else next();
  }
}
