import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FairSqliteDialect } from './fair-sqlite-dialect.js';

describe('FairSqliteDialect', () => {
  it('hands the connection to the request that waited, not to one arriving as it is released', async () => {
    const driver = new FairSqliteDialect({
      database: new SqliteDatabase(':memory:'),
    }).createDriver();
    await driver.init();
    const served: string[] = [];
    const first = await driver.acquireConnection();
    const waiting = driver.acquireConnection().then(async () => {
      served.push('waited');
      await driver.releaseConnection(first);
    });
    await new Promise((resolve) => setImmediate(resolve));
    const released = driver.releaseConnection(first);
    const arriving = driver.acquireConnection().then(async () => {
      served.push('arrived later');
      await driver.releaseConnection(first);
    });
    await Promise.all([waiting, released, arriving]);
    expect(served).toEqual(['waited', 'arrived later']);
    await driver.destroy();
  });

  it('serves many concurrent transactions in the order they asked', async () => {
    const driver = new FairSqliteDialect({
      database: new SqliteDatabase(':memory:'),
    }).createDriver();
    await driver.init();
    const served: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const connection = await driver.acquireConnection();
        await Promise.resolve();
        served.push(index);
        await driver.releaseConnection(connection);
      }),
    );
    expect(served).toEqual(Array.from({ length: 50 }, (_, index) => index));
    await driver.destroy();
  });
});
