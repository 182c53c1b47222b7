import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, EngineError, InvalidInputError } from '../core/index.js';
import type { Composition } from './fhir-types.js';
import {
  createFhirSender,
  preloadFhirDefinitions,
  toFhirDocument,
  toFhirDocumentReference,
  type FhirSenderOptions,
} from './index.js';
import {
  startFhirTestServer,
  unusedLocalUrl,
  type FhirTestServer,
} from './testing/fhir-test-server.js';
import {
  createCountingIds,
  loadSharedConsultations,
  toApprovedNote,
} from './testing/shared-consultations.js';

const now = Date.UTC(2025, 9, 1, 10, 20);
const [d01, , d03] = loadSharedConsultations();
if (d01 === undefined || d03 === undefined) throw new Error('shared cases missing');
const note = toApprovedNote(d01);
const bundle = toFhirDocument(note, { ids: createCountingIds(), now });

let server: FhirTestServer;
let sleeps: number[];
const clock = createManualClock(now);

function sender(overrides: Partial<FhirSenderOptions> = {}): ReturnType<typeof createFhirSender> {
  return createFhirSender({
    baseUrl: server.baseUrl,
    auth: { kind: 'bearer', token: 'static-token' },
    fetch: globalThis.fetch,
    clock,
    timeoutMs: 2_000,
    maxRetries: 3,
    sleep: (milliseconds) => {
      sleeps.push(milliseconds);
      return Promise.resolve();
    },
    ...overrides,
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

beforeAll(() => {
  preloadFhirDefinitions();
});

beforeEach(async () => {
  server = await startFhirTestServer();
  server.acceptedTokens.add('static-token');
  sleeps = [];
});

afterEach(async () => {
  await server.close();
});

describe('createFhirSender against a FHIR receiver on 127.0.0.1', () => {
  it('POSTs the document as a conditional create with the token and FHIR JSON', async () => {
    const result = await sender().send(bundle, { idempotencyKey: 'consultation-d01' });
    expect(result).toEqual({ status: 201, location: 'Bundle/1/_history/1' });
    const [request] = server.received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/fhir/Bundle');
    expect(request?.headers.authorization).toBe('Bearer static-token');
    expect(request?.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(request?.headers['if-none-exist']).toBe(
      `identifier=urn%3Aietf%3Arfc%3A3986|${encodeURIComponent(bundle.identifier?.value ?? '')}`,
    );
    expect(request?.headers['idempotency-key']).toBe('consultation-d01');
    expect(JSON.parse(request?.body ?? '')).toEqual(bundle);
    expect(server.stored.size).toBe(1);
  });

  it('never stores a second copy when the same document is sent again', async () => {
    await sender().send(bundle, { idempotencyKey: 'k' });
    const rebuilt = toFhirDocument(note, { ids: createCountingIds(), now: now + 5_000 });
    const second = await sender().send(rebuilt, { idempotencyKey: 'k' });
    expect(second).toEqual({ status: 200, location: 'Bundle/1/_history/1' });
    expect(server.stored.size).toBe(1);
  });

  it('retries 503 and 429 (honouring Retry-After) and then stores exactly one document', async () => {
    server.script(
      { kind: 'status', status: 503 },
      { kind: 'status', status: 429, retryAfter: '2' },
    );
    const result = await sender().send(bundle, { idempotencyKey: 'k' });
    expect(result.status).toBe(201);
    expect(sleeps).toEqual([500, 2_000]);
    expect(server.received.filter((request) => request.path === '/fhir/Bundle')).toHaveLength(3);
    expect(server.stored.size).toBe(1);
  });

  it('does not duplicate when the server stored the document but the answer was lost', async () => {
    server.script({ kind: 'status', status: 503, storeFirst: true }, { kind: 'drop-connection' });
    const result = await sender().send(bundle, { idempotencyKey: 'k' });
    expect(result).toEqual({ status: 200, location: 'Bundle/1/_history/1' });
    expect(server.received).toHaveLength(3);
    expect(server.stored.size).toBe(1);
  });

  it('gives up on a rejection at once, without the response body or identifiers in the error', async () => {
    server.script({
      kind: 'status',
      status: 422,
      body: JSON.stringify({
        resourceType: 'OperationOutcome',
        issue: [{ diagnostics: `Ukjent pasient ${d01.patient.name}` }],
      }),
    });
    const error = await rejection(sender().send(bundle, { idempotencyKey: 'k' }));
    expect(error).toBeInstanceOf(EngineError);
    const engineError = error as EngineError;
    expect(engineError.isRetryable).toBe(false);
    expect(engineError.message).toBe('fhir: document rejected: FHIR server answered HTTP 422');
    expect(engineError.userMessage).toBe(
      'Journalsystemet avviste dokumentet (feilkode 422). Notatet er ikke overført og ligger fortsatt i Referent.',
    );
    expect(JSON.stringify([engineError.message, engineError.userMessage])).not.toContain(
      d01.patient.name,
    );
    expect(server.received).toHaveLength(1);
    expect(server.stored.size).toBe(0);
  });

  it('times out a receiver that does not answer, retries, and reports a retryable failure', async () => {
    server.script({ kind: 'hang' }, { kind: 'hang' });
    const started = Date.now();
    const error = await rejection(
      sender({ timeoutMs: 150, maxRetries: 1 }).send(bundle, { idempotencyKey: 'k' }),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(true);
    expect((error as EngineError).message).toBe(
      'fhir: FHIR server unavailable after 2 attempt(s): no answer within 150 ms',
    );
    expect(server.received).toHaveLength(2);
  });

  it('reports a receiver that is down as retryable after the retries', async () => {
    const error = await rejection(
      sender({ baseUrl: await unusedLocalUrl(), maxRetries: 2 }).send(bundle, {
        idempotencyKey: 'k',
      }),
    );
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(true);
    expect((error as EngineError).message).toBe(
      'fhir: FHIR server unavailable after 3 attempt(s): could not reach the server',
    );
    expect((error as EngineError).userMessage).toContain('ligger fortsatt i Referent');
    expect(sleeps).toEqual([500, 1_000]);
  });

  it('never sends an invalid document (malformed fødselsnummer)', async () => {
    const invalid = toFhirDocument(toApprovedNote(d03), { ids: createCountingIds(), now });
    const error = await rejection(sender().send(invalid, { idempotencyKey: 'k' }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).userMessage).toContain('fødselsnummer er ugyldig');
    expect(server.received).toHaveLength(0);
  });

  it('never sends a document with a diagnosis code that does not exist', async () => {
    const unknownCode = {
      ...note,
      diagnoses: [{ system: 'ICPC-2' as const, code: 'A00', text: 'Ukjent' }],
    };
    const error = await rejection(
      sender().send(toFhirDocument(unknownCode, { ids: createCountingIds(), now }), {
        idempotencyKey: 'k',
      }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).userMessage).toBe(
      'Dokumentet kan ikke sendes: En diagnosekode finnes ikke i ICPC-2.',
    );
    expect(server.received).toHaveLength(0);
  });

  it('never sends a document that is not approved', async () => {
    const unapproved = structuredClone(bundle);
    const composition = unapproved.entry?.[0]?.resource as Composition;
    composition.status = 'preliminary';
    const error = await rejection(sender().send(unapproved, { idempotencyKey: 'k' }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).userMessage).toContain('Notatet er ikke godkjent.');
    expect(server.received).toHaveLength(0);
  });

  it('sends a DocumentReference to its own endpoint, idempotent on the master identifier', async () => {
    const reference = toFhirDocumentReference(note, { ids: createCountingIds(), now });
    expect(await sender().send(reference, { idempotencyKey: 'k' })).toEqual({
      status: 201,
      location: 'DocumentReference/1/_history/1',
    });
    expect(await sender().send(reference, { idempotencyKey: 'k' })).toEqual({
      status: 200,
      location: 'DocumentReference/1/_history/1',
    });
    expect(server.received.map((request) => request.path)).toEqual([
      '/fhir/DocumentReference',
      '/fhir/DocumentReference',
    ]);
  });
});

describe('OAuth2 client credentials', () => {
  const auth = {
    kind: 'client-credentials',
    tokenUrl: '',
    clientId: 'referent',
    clientSecret: 'hemmelig:og/rar',
    scope: 'system/Bundle.write',
  } as const;

  it('gets a token once, reuses it, and gets a new one after it expires', async () => {
    server.clients.set('referent', 'hemmelig:og/rar');
    const send = sender({ auth: { ...auth, tokenUrl: server.tokenUrl } });
    await send.send(bundle, { idempotencyKey: 'a' });
    await send.send(
      toFhirDocument(toApprovedNote(d01, { approvedAt: '2025-10-01T11:00:00.000Z' }), {
        ids: createCountingIds(),
        now,
      }),
      {
        idempotencyKey: 'b',
      },
    );
    expect(server.received.map((request) => request.path)).toEqual([
      '/token',
      '/fhir/Bundle',
      '/fhir/Bundle',
    ]);
    expect(server.received[1]?.headers.authorization).toBe('Bearer token-1-system/Bundle.write');
    clock.advance(300_000);
    await send.send(bundle, { idempotencyKey: 'a' });
    expect(server.received.map((request) => request.path).slice(3)).toEqual([
      '/token',
      '/fhir/Bundle',
    ]);
  });

  it('renews a token the server no longer accepts, once', async () => {
    server.clients.set('referent', 'hemmelig:og/rar');
    const send = sender({ auth: { ...auth, tokenUrl: server.tokenUrl } });
    await send.send(bundle, { idempotencyKey: 'a' });
    server.acceptedTokens.clear();
    server.acceptedTokens.add('static-token');
    const second = toFhirDocument(toApprovedNote(d01, { approvedAt: '2025-10-01T12:00:00.000Z' }), {
      ids: createCountingIds(),
      now,
    });
    expect((await send.send(second, { idempotencyKey: 'b' })).status).toBe(201);
    expect(server.received.map((request) => request.path)).toEqual([
      '/token',
      '/fhir/Bundle',
      '/fhir/Bundle',
      '/token',
      '/fhir/Bundle',
    ]);
    expect(server.stored.size).toBe(2);
  });

  it('fails without retrying when the token endpoint refuses the client, and sends no document', async () => {
    server.clients.set('referent', 'et annet passord');
    const error = await rejection(
      sender({ auth: { ...auth, tokenUrl: server.tokenUrl } }).send(bundle, {
        idempotencyKey: 'k',
      }),
    );
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(false);
    expect((error as EngineError).message).toBe(
      'fhir: document rejected: token endpoint answered HTTP 401',
    );
    expect((error as EngineError).userMessage).toContain('godtok ikke Referents tilgang');
    expect(server.received.map((request) => request.path)).toEqual(['/token']);
  });
});
