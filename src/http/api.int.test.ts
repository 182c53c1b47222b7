import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFakeDrafting,
  createFakeExporting,
  createFakePseudonymizer,
} from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const patient = { name: 'Sondre Hatlestad Eide', fnr: '14030352751', birthDate: '2003-03-14' };
const transcript = {
  segments: [
    { speaker: 'lege', text: 'Hei Sondre Hatlestad Eide, hva bringer deg hit?' },
    { speaker: 'pasient', text: 'Jeg har hatt vondt i halsen i tre dager og feber.' },
  ],
};
const contentNeedles = ['Sondre', 'Hatlestad', '14030352751', 'vondt i halsen', 'feber'];

describe('HTTP API', () => {
  let test: TestApp;
  let seenByDrafter: string[];
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });

  beforeEach(async () => {
    seenByDrafter = [];
    test = await createTestApp({
      capabilities: {
        pseudonymizer: createFakePseudonymizer('Sondre Hatlestad Eide', 'Ola Nordmann Berg'),
        drafting: createFakeDrafting(seenByDrafter),
        exporting: createFakeExporting(),
      },
    });
    token = await test.login('lege-a', 'clinician', { displayName: 'Kari Mæland', hpr: '4518263' });
  });
  afterEach(async () => {
    await test.close();
  });

  async function createConsultation(headers = auth()): Promise<string> {
    const response = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers,
      payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' }, patient },
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }

  it('runs a whole consultation: transcript, draft, edit, approve, export, erase', async () => {
    const id = await createConsultation();
    const inject = test.app.server.inject.bind(test.app.server);
    expect(
      (
        await inject({
          method: 'POST',
          url: `/api/v1/consultations/${id}/transcript`,
          headers: auth(),
          payload: transcript,
        })
      ).statusCode,
    ).toBe(200);

    const draftResponse = await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/draft`,
      headers: auth(),
    });
    expect(draftResponse.statusCode).toBe(200);
    const draft = draftResponse.json<{
      sections: {
        key: string;
        sentences: { text: string; evidence: { segment: number; start: number; end: number }[] }[];
      }[];
    }>();
    // The model saw only the pseudonym; the clinician sees the real name, with evidence mapped back.
    expect(seenByDrafter.join(' ')).not.toContain('Sondre');
    expect(seenByDrafter.join(' ')).toContain('Ola Nordmann Berg');
    const sentence = draft.sections.find((section) => section.key === 'anamnese')?.sentences[0];
    expect(sentence?.text).toContain('Sondre Hatlestad Eide');
    expect(sentence?.evidence[0]).toEqual({
      segment: 0,
      start: 0,
      end: transcript.segments[0]?.text.length,
    });

    const edited = await inject({
      method: 'PUT',
      url: `/api/v1/consultations/${id}/note`,
      headers: auth(),
      payload: {
        sections: [
          { key: 'kontaktarsak', text: 'Sår hals.' },
          { key: 'anamnese', text: 'Tre dager med sår hals og feber.' },
        ],
      },
    });
    expect(edited.statusCode).toBe(200);

    const approved = await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/approve`,
      headers: auth(),
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      note: {
        approvedBy: { displayName: 'Kari Mæland', hpr: '4518263' },
        sections: [{ text: 'Sår hals.' }, {}],
      },
    });

    const exported = await inject({
      method: 'GET',
      url: `/api/v1/consultations/${id}/export?format=text`,
      headers: auth(),
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.json<{ fullText: string }>().fullText).toContain('KI-støtte');
    expect(
      (await inject({ method: 'GET', url: `/api/v1/consultations/${id}`, headers: auth() })).json(),
    ).toMatchObject({ status: 'exported' });

    expect(
      (await inject({ method: 'DELETE', url: `/api/v1/consultations/${id}`, headers: auth() }))
        .statusCode,
    ).toBe(204);
    // Erasing again is harmless: the consultation is already gone.
    const again = await inject({
      method: 'DELETE',
      url: `/api/v1/consultations/${id}`,
      headers: auth(),
    });
    expect(again.statusCode).toBe(204);
    const after = await inject({
      method: 'GET',
      url: `/api/v1/consultations/${id}`,
      headers: auth(),
    });
    expect(after.statusCode).toBe(410);
    expect(after.json()).toEqual({
      error: { code: 'gone', message: expect.stringMatching(/slettet/) as unknown },
    });
    // The id lives on in the audit log only.
    const audit = await test.app.audit.list({ limit: 100, consultationId: id });
    expect(audit.map((entry) => entry.action)).toContain('session-erased');
    expect((await test.app.audit.verify()).ok).toBe(true);
  });

  it('never writes identifiers or health content to the log or the audit trail', async () => {
    const id = await createConsultation();
    const inject = test.app.server.inject.bind(test.app.server);
    await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/transcript`,
      headers: auth(),
      payload: transcript,
    });
    await inject({ method: 'POST', url: `/api/v1/consultations/${id}/draft`, headers: auth() });
    await inject({ method: 'POST', url: `/api/v1/consultations/${id}/approve`, headers: auth() });
    await inject({
      method: 'GET',
      url: `/api/v1/consultations/${id}/export?format=fhir`,
      headers: auth(),
    });
    // Failures quote nothing either: a JSON error whose parser message would echo the body.
    await inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: '{"patient": "Sondre Hatlestad',
    });
    await inject({ method: 'GET', url: '/api/v1/codes?q=feber', headers: auth() });
    await inject({ method: 'DELETE', url: `/api/v1/consultations/${id}`, headers: auth() });
    // /metrics is for admins (or a scraper token) since issue 14.
    const admin = await test.login('admin-m', 'admin');
    const metrics = await inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(metrics.statusCode).toBe(200);
    const audit = JSON.stringify(await test.app.audit.list({ limit: 1000 }));
    const everything = [test.logs.join(''), metrics.body, audit].join('\n');
    expect(test.logs.length).toBeGreaterThan(5);
    for (const needle of contentNeedles) expect(everything).not.toContain(needle);
    expect(audit).not.toContain('Kari Mæland');
  });

  describe('access control', () => {
    it("hides one clinician's consultation from another: read, change, export and erase all fail", async () => {
      const id = await createConsultation();
      await test.app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/transcript`,
        headers: auth(),
        payload: transcript,
      });
      const other = { authorization: `Bearer ${await test.login('lege-b')}` };
      const attempts = [
        { method: 'GET', url: `/api/v1/consultations/${id}` },
        {
          method: 'POST',
          url: `/api/v1/consultations/${id}/transcript`,
          payload: { segments: [{ speaker: 'lege', text: 'overskrevet' }] },
        },
        {
          method: 'PUT',
          url: `/api/v1/consultations/${id}/note`,
          payload: { sections: [{ key: 'anamnese', text: 'x' }] },
        },
        { method: 'POST', url: `/api/v1/consultations/${id}/draft` },
        { method: 'POST', url: `/api/v1/consultations/${id}/approve` },
        { method: 'GET', url: `/api/v1/consultations/${id}/export?format=text` },
        { method: 'DELETE', url: `/api/v1/consultations/${id}` },
      ] as const;
      for (const attempt of attempts) {
        const response = await test.app.server.inject({ ...attempt, headers: other });
        expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
      }
      const list = await test.app.server.inject({
        method: 'GET',
        url: '/api/v1/consultations',
        headers: other,
      });
      expect(list.json()).toEqual({ consultations: [] });
      const own = await test.app.server.inject({
        method: 'GET',
        url: `/api/v1/consultations/${id}`,
        headers: auth(),
      });
      expect(own.json()).toMatchObject({ status: 'transcribed', transcript });
    });

    it('gives admins and auditors no consultation content, but the audit log', async () => {
      const id = await createConsultation();
      for (const role of ['admin', 'auditor'] as const) {
        const headers = { authorization: `Bearer ${await test.login(`${role}-1`, role)}` };
        const read = await test.app.server.inject({
          method: 'GET',
          url: `/api/v1/consultations/${id}`,
          headers,
        });
        expect(read.statusCode).toBe(403);
        expect(read.body).not.toContain('Sondre');
        expect(
          (await test.app.server.inject({ method: 'GET', url: '/api/v1/consultations', headers }))
            .statusCode,
        ).toBe(403);
        const verify = await test.app.server.inject({
          method: 'GET',
          url: '/api/v1/audit/verify',
          headers,
        });
        expect(verify.json()).toMatchObject({ ok: true });
      }
      const clinicianVerify = await test.app.server.inject({
        method: 'GET',
        url: '/api/v1/audit/verify',
        headers: auth(),
      });
      expect(clinicianVerify.statusCode).toBe(403);
    });

    it('lets the privacy officer find who handled a patient by fødselsnummer without the log holding it', async () => {
      const id = await createConsultation();
      const headers = { authorization: `Bearer ${await test.login('personvern', 'auditor')}` };
      const response = await test.app.server.inject({
        method: 'POST',
        url: '/api/v1/audit/search',
        headers,
        payload: { fnr: patient.fnr },
      });
      const entries = response.json<{ entries: { consultationId: string; action: string }[] }>()
        .entries;
      expect(
        entries.some(
          (entry) => entry.consultationId === id && entry.action === 'consultation-created',
        ),
      ).toBe(true);
    });
  });

  describe('bad input', () => {
    const cases = [
      {
        name: 'malformed JSON',
        body: '{"template": ',
        contentType: 'application/json',
        status: 400,
        code: 'invalid-json',
      },
      {
        name: 'wrong types',
        body: JSON.stringify({ template: 42, consent: { given: true, method: 'muntlig' } }),
        contentType: 'application/json',
        status: 400,
        code: 'invalid-input',
      },
      {
        name: 'unknown template',
        body: JSON.stringify({ template: 'resept', consent: { given: true, method: 'muntlig' } }),
        contentType: 'application/json',
        status: 400,
        code: 'invalid-input',
      },
      {
        name: 'missing consent',
        body: JSON.stringify({ template: 'journalnotat' }),
        contentType: 'application/json',
        status: 400,
        code: 'consent-required',
      },
      {
        name: 'consent refused',
        body: JSON.stringify({
          template: 'journalnotat',
          consent: { given: false, method: 'muntlig' },
        }),
        contentType: 'application/json',
        status: 400,
        code: 'consent-required',
      },
      {
        name: 'an oversized body',
        body: JSON.stringify({ template: 'journalnotat', padding: 'x'.repeat(2_000_000) }),
        contentType: 'application/json',
        status: 413,
        code: 'payload-too-large',
      },
      {
        name: 'an unsupported media type',
        body: '<xml/>',
        contentType: 'application/xml',
        status: 415,
        code: 'unsupported-media-type',
      },
    ];
    for (const testCase of cases) {
      it(`answers ${testCase.name} with ${testCase.status} and a plain message, creating nothing`, async () => {
        const response = await test.app.server.inject({
          method: 'POST',
          url: '/api/v1/consultations',
          headers: { ...auth(), 'content-type': testCase.contentType },
          payload: testCase.body,
        });
        expect(response.statusCode).toBe(testCase.status);
        const body = response.json<{ error: { code: string; message: string } }>();
        expect(body.error.code).toBe(testCase.code);
        expect(body.error.message).toMatch(/^[A-ZÆØÅ]/);
        expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
        const list = await test.app.server.inject({
          method: 'GET',
          url: '/api/v1/consultations',
          headers: auth(),
        });
        expect(list.json()).toEqual({ consultations: [] });
      });
    }

    it('answers unknown and malformed ids with 404 and 400', async () => {
      const unknown = await test.app.server.inject({
        method: 'GET',
        url: '/api/v1/consultations/3f1c2a52-8b8e-4d3c-9a6c-0c1d2e3f4a5b',
        headers: auth(),
      });
      expect(unknown.statusCode).toBe(404);
      const malformed = await test.app.server.inject({
        method: 'GET',
        url: '/api/v1/consultations/not-an-id',
        headers: auth(),
      });
      expect(malformed.statusCode).toBe(400);
    });

    it('refuses an illegal transition with 409 and leaves the consultation as it was', async () => {
      const id = await createConsultation();
      const approve = await test.app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/approve`,
        headers: auth(),
      });
      expect(approve.statusCode).toBe(409);
      expect(approve.json()).toMatchObject({ error: { code: 'illegal-transition' } });
      const draft = await test.app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/draft`,
        headers: auth(),
      });
      expect(draft.statusCode).toBe(409);
      const state = await test.app.server.inject({
        method: 'GET',
        url: `/api/v1/consultations/${id}`,
        headers: auth(),
      });
      expect(state.json()).toMatchObject({ status: 'created' });
    });

    it('rejects a transcript in the wrong shape and keeps the one already stored', async () => {
      const id = await createConsultation();
      await test.app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/transcript`,
        headers: auth(),
        payload: transcript,
      });
      const bad = await test.app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/transcript`,
        headers: auth(),
        payload: { segments: [{ speaker: 'robot', text: 1 }] },
      });
      expect(bad.statusCode).toBe(400);
      const state = await test.app.server.inject({
        method: 'GET',
        url: `/api/v1/consultations/${id}`,
        headers: auth(),
      });
      expect(state.json()).toMatchObject({ transcript });
    });

    it('answers an unknown route as JSON 404', async () => {
      const response = await test.app.server.inject({
        method: 'GET',
        url: '/api/v1/nothing-here',
        headers: auth(),
      });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'not-found' } });
    });
  });

  describe('authentication', () => {
    it('refuses requests without a valid token', async () => {
      expect(
        (await test.app.server.inject({ method: 'GET', url: '/api/v1/consultations' })).statusCode,
      ).toBe(401);
      const forged = await test.app.server.inject({
        method: 'GET',
        url: '/api/v1/consultations',
        headers: { authorization: 'Bearer forged' },
      });
      expect(forged.statusCode).toBe(401);
    });

    it('locks an account after repeated wrong passwords and says when to try again', async () => {
      const statuses: number[] = [];
      let retryAfter: string | undefined;
      for (let attempt = 0; attempt < 7; attempt += 1) {
        const response = await test.app.server.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'lege-a', password: 'feil-passord-123' },
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) retryAfter = String(response.headers['retry-after']);
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.at(-1)).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      // Even the right password waits until the lock expires.
      const locked = await test.app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'lege-a', password: 'korrekt-hest-batteri' },
      });
      expect(locked.statusCode).toBe(429);
      test.clock.advance(16 * 60_000);
      const unlocked = await test.app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'lege-a', password: 'korrekt-hest-batteri' },
      });
      expect(unlocked.statusCode).toBe(200);
    });

    it('sets an HttpOnly SameSite=Strict cookie and requires the CSRF header for changes made with it', async () => {
      const login = await test.app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'lege-a', password: 'korrekt-hest-batteri' },
      });
      const cookie = String(login.headers['set-cookie']);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      const session = cookie.split(';')[0] ?? '';
      const read = await test.app.server.inject({
        method: 'GET',
        url: '/api/v1/consultations',
        headers: { cookie: session },
      });
      expect(read.statusCode).toBe(200);
      const payload = { template: 'journalnotat', consent: { given: true, method: 'muntlig' } };
      const withoutHeader = await test.app.server.inject({
        method: 'POST',
        url: '/api/v1/consultations',
        headers: { cookie: session },
        payload,
      });
      expect(withoutHeader.statusCode).toBe(403);
      const withHeader = await test.app.server.inject({
        method: 'POST',
        url: '/api/v1/consultations',
        headers: { cookie: session, 'x-referent-request': '1' },
        payload,
      });
      expect(withHeader.statusCode).toBe(201);
    });

    it('expires tokens and revokes them on logout', async () => {
      const logout = await test.app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: auth(),
      });
      expect(logout.statusCode).toBe(204);
      expect(
        (await test.app.server.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth() }))
          .statusCode,
      ).toBe(401);
      token = await test.login('lege-a');
      test.clock.advance(11 * 3_600_000);
      expect(
        (await test.app.server.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth() }))
          .statusCode,
      ).toBe(401);
    });
  });

  it('erases a consultation left past its retention time, on access and by the sweeper', async () => {
    const first = await createConsultation();
    const second = await createConsultation();
    test.clock.advance(12 * 3_600_000 + 1);
    token = await test.login('lege-a');
    const read = await test.app.server.inject({
      method: 'GET',
      url: `/api/v1/consultations/${first}`,
      headers: auth(),
    });
    expect(read.statusCode).toBe(410);
    expect(await test.app.sweepExpired()).toBe(1);
    const list = (
      await test.app.server.inject({ method: 'GET', url: '/api/v1/consultations', headers: auth() })
    ).json<{ consultations: { id: string; status: string }[] }>();
    expect(list.consultations.map((item) => [item.id, item.status]).sort()).toEqual(
      [
        [first, 'expired'],
        [second, 'expired'],
      ].sort(),
    );
  });

  it('erases after FHIR hand-over only once every approved document has been sent', async () => {
    await test.close();
    const sent: string[] = [];
    test = await createTestApp({
      env: { REFERENT_FHIR_BASE_URL: 'http://127.0.0.1:9/fhir' },
      capabilities: {
        pseudonymizer: createFakePseudonymizer('Sondre Hatlestad Eide', 'Ola Nordmann Berg'),
        drafting: createFakeDrafting(),
        exporting: {
          ...createFakeExporting(),
          send: (bundle) => {
            sent.push(JSON.stringify(bundle));
            return Promise.resolve({ status: 201 });
          },
        },
      },
    });
    token = await test.login('lege-a', 'clinician', { hpr: '4518263' });
    const inject = test.app.server.inject.bind(test.app.server);
    const created = await inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers: auth(),
      payload: {
        template: 'journalnotat',
        templates: ['henvisning'],
        consent: { given: true, method: 'muntlig' },
      },
    });
    const { id } = created.json<{ id: string }>();
    await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/transcript`,
      headers: auth(),
      payload: transcript,
    });
    for (const template of ['journalnotat', 'henvisning']) {
      expect(
        (
          await inject({
            method: 'POST',
            url: `/api/v1/consultations/${id}/draft`,
            headers: auth(),
            payload: { template },
          })
        ).statusCode,
      ).toBe(200);
    }
    for (const template of ['journalnotat', 'henvisning']) {
      expect(
        (
          await inject({
            method: 'POST',
            url: `/api/v1/consultations/${id}/approve`,
            headers: auth(),
            payload: { template },
          })
        ).statusCode,
      ).toBe(200);
    }
    const first = await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/send`,
      headers: auth(),
      payload: { template: 'journalnotat' },
    });
    expect(first.json()).toMatchObject({ status: 201, erased: false });
    const second = await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/send`,
      headers: auth(),
      payload: { template: 'henvisning' },
    });
    expect(second.json()).toMatchObject({ status: 201, erased: true });
    expect(sent).toHaveLength(2);
    expect(
      (await inject({ method: 'GET', url: `/api/v1/consultations/${id}`, headers: auth() }))
        .statusCode,
    ).toBe(410);
  });

  it('marks the session cookie Secure and rate-limits by the forwarded address behind a TLS proxy', async () => {
    await test.close();
    test = await createTestApp({ env: { REFERENT_BEHIND_TLS_PROXY: 'true' } });
    await test.login('lege-a');
    const login = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'lege-a', password: 'korrekt-hest-batteri' },
    });
    expect(String(login.headers['set-cookie'])).toMatch(/; Secure/);
    const attempt = (address: string) =>
      test.app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-for': address },
        payload: { username: 'nobody', password: 'feil-passord-123' },
      });
    const statuses: number[] = [];
    for (let index = 0; index < 21; index += 1)
      statuses.push((await attempt('203.0.113.7')).statusCode);
    expect(statuses.at(-1)).toBe(429);
    // Another clinic workstation behind the same proxy is not locked out.
    expect((await attempt('203.0.113.8')).statusCode).toBe(401);
  });

  it('sends security headers and no-store on API answers', async () => {
    const response = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/consultations',
      headers: auth(),
    });
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('turns AI drafting off for the whole installation from the admin settings', async () => {
    const id = await createConsultation();
    await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/transcript`,
      headers: auth(),
      payload: transcript,
    });
    const admin = { authorization: `Bearer ${await test.login('admin-1', 'admin')}` };
    expect(
      (
        await test.app.server.inject({
          method: 'PUT',
          url: '/api/v1/settings',
          headers: auth(),
          payload: { aiDraftingEnabled: false },
        })
      ).statusCode,
    ).toBe(403);
    const off = await test.app.server.inject({
      method: 'PUT',
      url: '/api/v1/settings',
      headers: admin,
      payload: { aiDraftingEnabled: false },
    });
    expect(off.json()).toMatchObject({ aiDraftingEnabled: false, retentionHours: 12 });
    const draft = await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/draft`,
      headers: auth(),
    });
    expect(draft.statusCode).toBe(503);
    expect(seenByDrafter).toEqual([]);
  });
});
