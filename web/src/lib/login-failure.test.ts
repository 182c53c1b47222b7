import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/api-client.js';
import { toLoginFailure } from './login-failure.js';

/** The failure the login form gets from a server answering `status` with `headers`. */
async function failureFor(status: number, body: unknown, headers: Record<string, string> = {}) {
  const api = createApiClient({
    onUnauthenticated: () => undefined,
    fetch: () =>
      Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json', ...headers },
        }),
      ),
  });
  try {
    await api.login('lege-kari', 'hemmelig-passord-7');
  } catch (error) {
    return toLoginFailure(error);
  }
  throw new Error('the login did not fail');
}

describe('the login form after a failed attempt (issue 14)', () => {
  it('tells the clinician a busy server is busy and waits its Retry-After', async () => {
    const failure = await failureFor(
      503,
      {
        error: {
          code: 'not-available',
          message: 'Mange logger inn akkurat nå. Prøv igjen om 2 sekunder.',
        },
      },
      { 'retry-after': '2' },
    );
    expect(failure).toEqual({
      message: 'Innloggingen er travel akkurat nå. Prøv igjen om noen sekunder.',
      waitMs: 2000,
    });
  });

  it('says how long to wait when logins are throttled', async () => {
    const failure = await failureFor(
      429,
      { error: { code: 'rate-limited', message: 'For mange forsøk.' } },
      { 'retry-after': '40' },
    );
    expect(failure).toEqual({
      message: 'For mange innloggingsforsøk. Vent 40 sekunder før du prøver igjen.',
      waitMs: 40_000,
    });
  });

  it('waits 5 s after a time-out without Retry-After', async () => {
    const failure = await failureFor(408, {
      error: { code: 'request-timeout', message: 'Innholdet kom for sakte fram.' },
    });
    expect(failure.waitMs).toBe(5000);
    expect(failure.message).toMatch(/tok for lang tid/u);
  });

  it('lets the clinician retry a wrong password at once', async () => {
    const failure = await failureFor(401, {
      error: { code: 'login-failed', message: 'Feil brukernavn eller passord.' },
    });
    expect(failure).toEqual({ message: 'Feil brukernavn eller passord. Prøv igjen.', waitMs: 0 });
  });
});
