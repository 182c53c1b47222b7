import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/*
 * Issue 13/15: an admin creating an account is audited as that admin, never as «system», and
 * every refusal goes through the one policy and is audited as the real caller.
 */
describe('the real actor on every audit entry', () => {
  let test: TestApp;
  let adminHeaders: Record<string, string>;
  let clinicianHeaders: Record<string, string>;
  beforeAll(async () => {
    test = await createTestApp({ env: { REFERENT_DEMO: 'off' } });
    adminHeaders = { authorization: `Bearer ${await test.login('adm-ola', 'admin')}` };
    clinicianHeaders = {
      authorization: `Bearer ${await test.login('lege-kari', 'clinician')}`,
    };
  });
  afterAll(async () => {
    await test.close();
  });

  const entriesOf = async (action: string) =>
    (await test.app.audit.list({ limit: 1000 })).filter((entry) => entry.action === action);

  it('records the admin who created a user as the actor, not «system»', async () => {
    const admin = await test.app.store.users.tryGetByUsername('adm-ola');
    const response = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: adminHeaders,
      payload: {
        username: 'ny-sykepleier',
        role: 'clinician',
        password: 'lang-og-sikker-frase-42',
      },
    });
    expect(response.statusCode).toBe(201);
    const userId = response.json<{ user: { id: string } }>().user.id;
    const created = (await entriesOf('user-created')).find((entry) => entry.detail === userId);
    expect(created?.actorId).toBe(admin?.id);
    expect(created?.actorRole).toBe('admin');
  });

  it('refuses a clinician who tries to create a user, and audits the refusal as that clinician', async () => {
    const clinician = await test.app.store.users.tryGetByUsername('lege-kari');
    const response = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: clinicianHeaders,
      payload: { username: 'snik', role: 'admin', password: 'lang-og-sikker-frase-43' },
    });
    expect(response.statusCode).toBe(403);
    expect(await test.app.store.users.tryGetByUsername('snik')).toBeUndefined();
    const refused = (await entriesOf('user-created')).filter((entry) => entry.outcome === 'denied');
    expect(refused.map((entry) => entry.actorId)).toEqual([clinician?.id]);
  });

  it('refuses an admin who asks for a consultation, audited as access-denied by that admin', async () => {
    const admin = await test.app.store.users.tryGetByUsername('adm-ola');
    const response = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/consultations',
      headers: adminHeaders,
    });
    expect(response.statusCode).toBe(403);
    const denied = await entriesOf('access-denied');
    expect(denied.at(-1)?.actorId).toBe(admin?.id);
    expect(denied.at(-1)?.detail).toBe('consultations-listed');
  });
});
