import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWav } from '../audio/index.js';
import { isReferentError } from '../core/index.js';
import type { Speech } from '../consultations/index.js';
import {
  createFakeDrafting,
  createFakeExporting,
  createFakePseudonymizer,
} from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { parseTranscriptImport } from '../transcribe/index.js';

/** Real import parsers and WAV decoding in front of an engine that hears one sentence. */
const speech: Speech = {
  parseTranscript: (body, contentType) => parseTranscriptImport(body, contentType),
  transcribeWav: (wav) => {
    decodeWav(wav);
    return Promise.resolve(parseTranscriptImport('Lege: Hvordan går det med kneet?'));
  },
};

const routes: readonly (readonly [string, string])[] = [
  ['POST', '/api/v1/auth/login'],
  ['POST', '/api/v1/auth/logout'],
  ['GET', '/api/v1/auth/me'],
  ['GET', '/api/v1/consultations'],
  ['POST', '/api/v1/consultations'],
  ['GET', '/api/v1/consultations/:id'],
  ['POST', '/api/v1/consultations/:id/transcript'],
  ['PATCH', '/api/v1/consultations/:id/transcript/segments/:index'],
  ['POST', '/api/v1/consultations/:id/audio'],
  ['POST', '/api/v1/consultations/:id/draft'],
  ['PUT', '/api/v1/consultations/:id/note'],
  ['POST', '/api/v1/consultations/:id/approve'],
  ['GET', '/api/v1/consultations/:id/export'],
  ['POST', '/api/v1/consultations/:id/send'],
  ['DELETE', '/api/v1/consultations/:id'],
  ['GET', '/api/v1/codes'],
  ['GET', '/api/v1/users'],
  ['POST', '/api/v1/users'],
  ['PATCH', '/api/v1/users/:id'],
  ['GET', '/api/v1/settings'],
  ['PUT', '/api/v1/settings'],
  ['GET', '/api/v1/audit'],
  ['POST', '/api/v1/audit/search'],
  ['GET', '/api/v1/audit/verify'],
  ['GET', '/healthz'],
  ['GET', '/readyz'],
  ['GET', '/metrics'],
];

const contentTypes = [
  'application/json',
  'text/plain',
  'text/vtt',
  'application/x-subrip',
  'audio/wav',
  'application/octet-stream',
  'multipart/form-data; boundary=x',
  'application/xml',
];

describe('fuzzing every route (issue 14)', () => {
  let test: TestApp;
  let clinician: string;
  let admin: string;
  let consultationId: string;

  beforeAll(async () => {
    test = await createTestApp({
      capabilities: {
        speech,
        pseudonymizer: createFakePseudonymizer('Ola Fjeld', 'Per Berg'),
        drafting: createFakeDrafting(),
        exporting: createFakeExporting(),
      },
    });
    clinician = await test.login('lege-f');
    admin = await test.login('admin-f', 'admin');
    const created = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers: { authorization: `Bearer ${clinician}` },
      payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
    });
    consultationId = created.json<{ id: string }>().id;
  });
  afterAll(async () => {
    await test.close();
  });

  it('answers any request with a plain JSON error or success, never a crash or a trace', async () => {
    const requestArbitrary = fc.record({
      route: fc.constantFrom(...routes),
      id: fc.oneof(
        fc.constant('own'),
        fc.uuid(),
        fc.string({ maxLength: 40 }).map((text) => encodeURIComponent(text)),
      ),
      index: fc.oneof(fc.nat(20).map(String), fc.string({ maxLength: 8 })),
      query: fc.dictionary(
        fc.constantFrom('format', 'template', 'limit', 'before', 'q', 'system', 'consultationId'),
        fc.string({ maxLength: 20 }),
        { maxKeys: 3 },
      ),
      body: fc.oneof(
        fc.constant(undefined),
        fc.json({ maxDepth: 3 }),
        fc.string({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
      ),
      contentType: fc.constantFrom(...contentTypes),
      who: fc.constantFrom('clinician', 'admin', 'nobody', 'forged'),
    });
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async (request) => {
        const [method, pattern] = request.route;
        const path = pattern
          .replace(':id', request.id === 'own' ? consultationId : request.id)
          .replace(':index', encodeURIComponent(request.index));
        const query = new URLSearchParams(request.query).toString();
        const authorization =
          request.who === 'clinician'
            ? `Bearer ${clinician}`
            : request.who === 'admin'
              ? `Bearer ${admin}`
              : request.who === 'forged'
                ? 'Bearer forfalsket'
                : undefined;
        const response = await test.app.server.inject({
          method: method as 'GET',
          url: query === '' ? path : `${path}?${query}`,
          headers: {
            ...(authorization === undefined ? {} : { authorization }),
            ...(request.body === undefined ? {} : { 'content-type': request.contentType }),
          },
          ...(request.body === undefined || method === 'GET'
            ? {}
            : {
                payload:
                  typeof request.body === 'string' || Buffer.isBuffer(request.body)
                    ? request.body
                    : JSON.stringify(request.body),
              }),
        });
        expect(response.statusCode, `${method} ${pattern}`).toBeLessThan(500);
        expect(response.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
        if (response.statusCode >= 400) {
          const body = response.json<{ error?: { code?: unknown; message?: unknown } }>();
          expect(typeof body.error?.code).toBe('string');
          expect(typeof body.error?.message).toBe('string');
        }
      }),
      { numRuns: 400, interruptAfterTimeLimit: 45_000 },
    );
  }, 120_000);

  it('parses every transcript import format or refuses it plainly', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('WEBVTT', '1', '', 'Lege: Har du feber?', 'Pasient: Litt.', 'NOTE x'),
      fc
        .tuple(fc.nat(99), fc.nat(59), fc.nat(59), fc.nat(999), fc.nat(59))
        .map(
          ([hours, minutes, seconds, millis, end]) =>
            `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(millis).padStart(3, '0')} --> 00:00:${String(end).padStart(2, '0')},000`,
        ),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n')),
        fc.constantFrom('text/plain', 'text/vtt', 'application/x-subrip', 'text/srt', undefined),
        (text, contentType) => {
          try {
            const imported = parseTranscriptImport(text, contentType);
            expect(Array.isArray(imported.segments)).toBe(true);
          } catch (error) {
            expect(isReferentError(error), String(error)).toBe(true);
          }
        },
      ),
      { numRuns: 2000, interruptAfterTimeLimit: 15_000 },
    );
  });

  it('decodes every WAV-looking file or refuses it plainly', () => {
    const header = fc.constantFrom('RIFF', 'RIFX', 'OggS', 'fLaC', 'ID3\u0003');
    fc.assert(
      fc.property(header, fc.uint8Array({ maxLength: 400 }), (magic, rest) => {
        const bytes = Buffer.concat([
          Buffer.from(magic, 'latin1'),
          Buffer.from([0, 0, 0, 0]),
          Buffer.from('WAVEfmt ', 'latin1'),
          Buffer.from(rest),
        ]);
        try {
          decodeWav(bytes);
        } catch (error) {
          expect(isReferentError(error), String(error)).toBe(true);
        }
      }),
      { numRuns: 3000, interruptAfterTimeLimit: 15_000 },
    );
  });
});
