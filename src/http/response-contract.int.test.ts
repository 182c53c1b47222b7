import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { silentLogger } from '../core/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { registerResponseContract } from './response-contract.js';

describe('the response schemas are enforced at run time (issue 15)', () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  it('holds back an answer in the wrong shape: 500, a Norwegian message, nothing of it in the log', async () => {
    // A code list installed with an unknown code system: the search answers a shape the API
    // does not promise, so the web app would have shown it wrongly.
    test = await createTestApp({
      capabilities: {
        searchCodes: () => [{ system: 'ICPC-9', code: 'Z99', text: 'Hemmelig kodetekst' }],
      },
    });
    const token = await test.login('lege-r', 'clinician');
    const response = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/codes?q=hodepine',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        code: 'response-invalid',
        message: expect.stringMatching(/svaret hadde feil form/) as unknown,
      },
    });
    expect(response.body).not.toContain('Hemmelig');
    expect(response.body).not.toContain('Z99');
    const logs = test.logs.join('\n');
    expect(logs).toContain('response does not match its schema');
    expect(logs).toContain('codes.0.system');
    expect(logs).not.toContain('Hemmelig');
    expect(logs).not.toContain('ICPC-9');
  });

  it('passes an answer in the promised shape unchanged', async () => {
    test = await createTestApp({
      capabilities: {
        searchCodes: () => [{ system: 'ICPC-2', code: 'N01', text: 'Hodepine' }],
      },
    });
    const token = await test.login('lege-s', 'clinician');
    const response = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/codes?q=hodepine',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      codes: [{ system: 'ICPC-2', code: 'N01', text: 'Hodepine' }],
    });
  });

  it('refuses to start with a JSON route that declares no response schema', async () => {
    const server = Fastify();
    registerResponseContract(server, silentLogger);
    const starting = (async () => {
      server.get('/api/v1/unpromised', () => ({ anything: true }));
      await server.ready();
    })();
    await expect(starting).rejects.toThrow('GET /api/v1/unpromised declares no response schema');
    await server.close();
  });

  it('holds back a success status the route declares no schema for', async () => {
    const server = Fastify();
    registerResponseContract(server, silentLogger);
    server.post(
      '/api/v1/example',
      { config: { response: { 200: z.object({ ok: z.boolean() }) } } },
      async (_request, reply) => reply.status(201).send({ ok: true }),
    );
    const response = await server.inject({ method: 'POST', url: '/api/v1/example' });
    expect(response.statusCode).toBe(500);
    await server.close();
  });
});
