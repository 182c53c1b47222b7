import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

interface ViewEntry {
  action: string;
  outcome: string;
  actorId: string;
  actorName: string | null;
  detail: string | null;
}

describe("the auditor's view of the audit log", () => {
  let test: TestApp;
  let admin: { authorization: string };
  let auditor: { authorization: string };
  let clinician: { authorization: string };

  beforeAll(async () => {
    test = await createTestApp();
    admin = {
      authorization: `Bearer ${await test.login('admin-revisjon', 'admin', { displayName: 'Anders Admin' })}`,
    };
    auditor = {
      authorization: `Bearer ${await test.login('revisor-a', 'auditor', { displayName: 'Rut Revisor' })}`,
    };
    clinician = {
      authorization: `Bearer ${await test.login('lege-r', 'clinician', { displayName: 'Lene Lege' })}`,
    };
  });
  afterAll(async () => {
    await test.close();
  });

  const entries = async (query: string) => {
    const response = await test.app.server.inject({
      method: 'GET',
      url: `/api/v1/audit/entries?${query}`,
      headers: auditor,
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ entries: ViewEntry[] }>().entries;
  };

  it('records the admin, not «system», as the one who created a user, and names them', async () => {
    const created = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: {
        username: 'ny-lege',
        displayName: 'Nils Ny',
        role: 'clinician',
        password: 'et-langt-passord-123',
      },
    });
    expect(created.statusCode).toBe(201);
    const found = await entries('action=user-created');
    const byAdmin = found.find((entry) => entry.actorName === 'Anders Admin');
    expect(byAdmin).toBeDefined();
    expect(found.every((entry) => entry.action === 'user-created')).toBe(true);
  });

  it('filters by user, outcome and period', async () => {
    await test.app.server.inject({ method: 'GET', url: '/api/v1/audit', headers: clinician });
    const denied = await entries('outcome=denied');
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((entry) => entry.outcome === 'denied')).toBe(true);
    expect(denied.some((entry) => entry.actorName === 'Lene Lege')).toBe(true);

    const lene = denied.find((entry) => entry.actorName === 'Lene Lege');
    const mine = await entries(`user=${lene?.actorId ?? ''}`);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((entry) => entry.actorName === 'Lene Lege')).toBe(true);

    const future = new Date(test.clock.now() + 86_400_000).toISOString();
    expect(await entries(`from=${encodeURIComponent(future)}`)).toEqual([]);
  });

  it('exports exactly the filtered view as CSV, and refuses clinicians', async () => {
    const csv = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/audit/entries?action=user-created&format=csv',
      headers: auditor,
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toContain('hendelse');
    expect(lines.slice(1).every((line) => line.includes(';user-created;'))).toBe(true);
    expect(csv.body).toContain('Anders Admin');

    const refused = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/audit/entries',
      headers: clinician,
    });
    expect(refused.statusCode).toBe(403);
    const actors = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/audit/actors',
      headers: clinician,
    });
    expect(actors.statusCode).toBe(403);
  });

  it('serves other requests while a filter that matches nothing walks a long log', async () => {
    await test.app.store.atomically(async () => {
      for (let index = 0; index < 12_000; index += 1) {
        await test.app.audit.record({
          actorId: 'lege-r',
          actorRole: 'clinician',
          action: 'consultations-listed',
          outcome: 'success',
        });
      }
    });
    // The longest time the event loop was held during the search: any other request (or
    // `/healthz`) would have waited that long.
    let longestStall = 0;
    let last = performance.now();
    let searching = true;
    const tick = () => {
      const now = performance.now();
      longestStall = Math.max(longestStall, now - last);
      last = now;
      if (searching) setImmediate(tick);
    };
    setImmediate(tick);
    const started = performance.now();
    const found = await entries('action=note-approved&outcome=denied');
    const took = performance.now() - started;
    searching = false;
    expect(found).toEqual([]);
    // Twelve pages walked, each followed by a turn: no stall near the whole search.
    expect(longestStall).toBeLessThan(took / 3);
  }, 120_000);
});
