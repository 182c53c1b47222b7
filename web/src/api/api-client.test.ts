import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './api-client.js';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function clientAnswering(
  answer: (input: string, init: RequestInit | undefined) => Response | Promise<Response>,
) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  let unauthenticated = 0;
  const client = createApiClient({
    fetch: (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      calls.push({ url, init });
      return Promise.resolve(answer(url, init));
    },
    onUnauthenticated: () => {
      unauthenticated += 1;
    },
  });
  return { client, calls, unauthenticatedCount: () => unauthenticated };
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('createApiClient', () => {
  it('marks every request with the CSRF header and sends cookies only to its own origin', async () => {
    const { client, calls } = clientAnswering(() => jsonResponse(200, { consultations: [] }));
    await client.listConsultations();
    const headers = calls[0]?.init?.headers as Record<string, string>;
    expect(calls[0]?.url).toBe('/api/v1/consultations');
    expect(headers['X-Referent-Request']).toBe('1');
    expect(calls[0]?.init?.credentials).toBe('same-origin');
  });

  it("shows the server's Norwegian message", async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(400, {
        error: { code: 'consent-required', message: 'Pasientens samtykke må registreres.' },
      }),
    );
    const error = await caught(
      client.createConsultation({ templates: ['journalnotat'], consent: 'muntlig' }),
    );
    expect(error.code).toBe('consent-required');
    expect(error.userMessage).toBe('Pasientens samtykke må registreres.');
    expect(error.isRetryable).toBe(false);
  });

  it('does not ask to try again later when something is not set up on this installation', async () => {
    const message =
      'Tale-til-tekst er ikke satt opp i denne installasjonen. Last opp en transkripsjon i stedet.';
    const { client } = clientAnswering(() =>
      jsonResponse(503, { error: { code: 'not-available', message } }),
    );
    const error = await caught(client.uploadAudio('id', new Blob([])));
    expect(error.userMessage).toBe(message);
    expect(error.isRetryable).toBe(false);
  });

  it('says what to do when the server cannot be reached, and marks it retryable', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await caught(client.listConsultations());
    expect(error.status).toBe(0);
    expect(error.userMessage).toContain('Får ikke kontakt med Referent-serveren');
    expect(error.isRetryable).toBe(true);
  });

  it('reports an expired login once, but not for a wrong password at login', async () => {
    const { client, unauthenticatedCount } = clientAnswering(() =>
      jsonResponse(401, { error: { code: 'unauthenticated', message: 'Du er ikke logget inn.' } }),
    );
    const error = await caught(client.listConsultations());
    expect(error.userMessage).toBe('Du er ikke logget inn. Logg inn igjen.');
    expect(unauthenticatedCount()).toBe(1);
    await caught(client.login('kari', 'feil'));
    expect(unauthenticatedCount()).toBe(1);
    expect(await client.tryGetMe()).toBeUndefined();
    expect(unauthenticatedCount()).toBe(1);
  });

  it('never shows a raw error for a proxy page or an unexpected answer', async () => {
    const proxy = clientAnswering(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    const gateway = await caught(proxy.client.listConsultations());
    expect(gateway.userMessage).toBe(
      'Referent-serveren fikk en feil (HTTP 502). Prøv igjen om litt. Hvis feilen varer, kontakt systemansvarlig.',
    );
    const odd = clientAnswering(() => jsonResponse(200, { something: 'else' }));
    const unexpected = await caught(odd.client.listConsultations());
    expect(unexpected.code).toBe('unexpected-response');
    expect(unexpected.userMessage).toContain('Last inn siden på nytt');
  });

  it('treats 410 as proof that a consultation is erased', async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(410, { error: { code: 'gone', message: 'Slettet.' } }),
    );
    expect(await client.isGone('0b7c6f0e-1d2a-4c55-9d59-1f6f4b8b2a10')).toBe(true);
  });

  it('reports when the server erased the consultation right after sending it', async () => {
    const { client } = clientAnswering(() => jsonResponse(200, { status: 201, erased: true }));
    expect(await client.sendFhir('0b7c6f0e-1d2a-4c55-9d59-1f6f4b8b2a10', 'journalnotat')).toBe(
      true,
    );
  });

  it('counts erasing an already erased consultation as done', async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(410, { error: { code: 'gone', message: 'Konsultasjonen er slettet.' } }),
    );
    await expect(client.erase('0b7c6f0e-1d2a-4c55-9d59-1f6f4b8b2a10')).resolves.toBeUndefined();
  });
});
