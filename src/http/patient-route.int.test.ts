import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCapabilities } from '../capabilities.js';
import { loadConfig } from '../config/index.js';
import { silentLogger } from '../core/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

// Synthetic numbers: valid control digits, no real person behind them.
const validFnr = '25059112379'; // 25.05.1991
const validDNumber = '54030352745'; // D-nummer, 14.03.2003
const wrongChecksum = '25059112378';

describe('the patient on a consultation', () => {
  let test: TestApp;
  let headers: { authorization: string };

  beforeAll(async () => {
    test = await createTestApp({
      capabilities: await createCapabilities(loadConfig({}), { logger: silentLogger }),
    });
    headers = { authorization: `Bearer ${await test.login('lege-pasient')}` };
  });
  afterAll(async () => {
    await test.close();
  });

  const create = (patient: Record<string, string>) =>
    test.app.server.inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers,
      payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' }, patient },
    });
  const read = async (id: string) =>
    (
      await test.app.server.inject({ method: 'GET', url: `/api/v1/consultations/${id}`, headers })
    ).json<{
      status: string;
      patient?: { name?: string; birthDate?: string; fnrMasked?: string };
    }>();

  it('refuses a fødselsnummer with wrong control digits at creation, and creates nothing', async () => {
    const before = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/consultations',
      headers,
    });
    const response = await create({ name: 'Tora Lindvik', fnr: wrongChecksum });
    expect(response.statusCode).toBe(400);
    const message = response.json<{ error: { message: string } }>().error.message;
    expect(message).toContain('Fødselsnummeret er ikke gyldig: kontrollsifrene stemmer ikke');
    expect(message).not.toContain(wrongChecksum);
    const after = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/consultations',
      headers,
    });
    expect(after.json<{ consultations: unknown[] }>().consultations).toHaveLength(
      before.json<{ consultations: unknown[] }>().consultations.length,
    );
  });

  it('refuses a birth date the fødselsnummer contradicts', async () => {
    const response = await create({ fnr: validFnr, birthDate: '1991-05-26' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toContain(
      'Fødselsdatoen stemmer ikke med fødselsnummeret',
    );
  });

  it('accepts D-nummer and numbers under the 2032 rule', async () => {
    expect((await create({ fnr: validDNumber })).statusCode).toBe(201);
    expect((await create({ fnr: '30108299939' })).statusCode).toBe(201);
  });

  it('shows name, birth date and the masked number, and lets the clinician correct them until approval', async () => {
    const created = await create({ name: 'Tora Lindvik', fnr: validFnr });
    const { id } = created.json<{ id: string }>();
    expect((await read(id)).patient).toEqual({
      name: 'Tora Lindvik',
      birthDate: '1991-05-25',
      fnrMasked: '250591 ***79',
    });

    const refused = await test.app.server.inject({
      method: 'PUT',
      url: `/api/v1/consultations/${id}/patient`,
      headers,
      payload: { name: 'Tora Lindvik', fnr: wrongChecksum },
    });
    expect(refused.statusCode).toBe(400);
    expect((await read(id)).patient?.fnrMasked).toBe('250591 ***79');

    const corrected = await test.app.server.inject({
      method: 'PUT',
      url: `/api/v1/consultations/${id}/patient`,
      headers,
      payload: { name: 'Tora Lindvik Aune', fnr: validDNumber },
    });
    expect(corrected.statusCode).toBe(200);
    expect((await read(id)).patient).toEqual({
      name: 'Tora Lindvik Aune',
      birthDate: '2003-03-14',
      fnrMasked: '540303 ***45',
    });
    const audit = await test.app.audit.listForPatient(validDNumber);
    expect(audit.map((entry) => `${entry.action}:${entry.outcome}`)).toContain(
      'patient-updated:success',
    );

    await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/transcript`,
      headers,
      payload: {
        segments: [
          { speaker: 'lege', text: 'Hva bringer deg hit i dag?' },
          { speaker: 'pasient', text: 'Jeg har hatt vondt i korsryggen i to uker.' },
        ],
      },
    });
    await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/draft`,
      headers,
      payload: {},
    });
    const approved = await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/approve`,
      headers,
      payload: {},
    });
    expect(approved.statusCode).toBe(200);
    const late = await test.app.server.inject({
      method: 'PUT',
      url: `/api/v1/consultations/${id}/patient`,
      headers,
      payload: { name: 'Noen Andre' },
    });
    expect(late.statusCode).toBe(400);
    expect(late.json<{ error: { message: string } }>().error.message).toContain(
      'Pasienten kan ikke endres etter godkjenning',
    );
    expect((await read(id)).patient?.name).toBe('Tora Lindvik Aune');
  });
});
