import { describe, expect, it } from 'vitest';
import { createManualClock } from '../core/index.js';
import { openSqliteStore } from '../store/index.js';
import { createAuditLog } from './audit-log.js';

describe('long audit work (issue 14)', () => {
  it('lets other work run while a large log is verified and searched', async () => {
    const store = await openSqliteStore({ memory: true });
    const audit = createAuditLog({
      repository: store.audit,
      key: Buffer.alloc(32, 5),
      clock: createManualClock(),
    });
    for (let index = 0; index < 5000; index += 1) {
      await audit.record({
        actorId: 'lege-v',
        actorRole: 'clinician',
        action: 'consultations-listed',
        outcome: 'success',
      });
    }
    // A timer due at once stands for any other request waiting on the event loop.
    for (const work of [() => audit.verify(), () => audit.listForPatient('14030352751')]) {
      let otherWorkRanAt: 'before' | 'after' | undefined;
      let finished = false;
      setTimeout(() => {
        otherWorkRanAt = finished ? 'after' : 'before';
      }, 0);
      await work();
      finished = true;
      expect(otherWorkRanAt).toBe('before');
    }
    expect((await audit.verify()).ok).toBe(true);
    await store.close();
  }, 60_000);
});
