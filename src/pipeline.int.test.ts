import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createCapabilities } from './capabilities.js';
import { loadConfig } from './config/index.js';
import { silentLogger, type PseudonymizedTranscript } from './core/index.js';
import type { Drafter } from './draft/index.js';
import { createTestApp, type TestApp } from './testing/test-app.js';
import { getSharedConsultationsDirectory } from './testing/shared-data.js';

const sharedDirectory = pathToFileURL(`${getSharedConsultationsDirectory()}/`);
const cases = [
  'd01-halsbetennelse',
  'd02-hypotyreose-kontroll',
  'd04-urtikaria-reker',
  'd05-atrieflimmer-doak',
];

interface SharedCase {
  template: 'journalnotat' | 'epikrise';
  patient: { name: string; fnr: string | null; birthDate: string };
  segments: { speaker: string; text: string }[];
  phi: { text: string; type: string }[];
}

describe('the whole pipeline with the real modules', () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
  });

  for (const name of cases) {
    it(`${name}: the drafter never sees the patient, the clinician gets a traceable draft and a valid FHIR document`, async () => {
      const data = JSON.parse(
        readFileSync(fileURLToPath(new URL(`${name}.json`, sharedDirectory)), 'utf8'),
      ) as SharedCase;
      const capabilities = await createCapabilities(loadConfig({}), { logger: silentLogger });
      const seen: PseudonymizedTranscript[] = [];
      const real = capabilities.drafting;
      if (real === undefined) throw new Error('drafting missing');
      const spy: Drafter = {
        specificationVersion: 'v1',
        info: real.drafter.info,
        draft: (input, options) => {
          seen.push(input.transcript);
          return real.drafter.draft(input, options);
        },
      };
      test = await createTestApp({
        capabilities: { ...capabilities, drafting: { ...real, drafter: spy } },
      });
      const headers = {
        authorization: `Bearer ${await test.login('lege', 'clinician', { displayName: 'Kari Mæland', hpr: '4518263' })}`,
      };
      const inject = test.app.server.inject.bind(test.app.server);
      const created = await inject({
        method: 'POST',
        url: '/api/v1/consultations',
        headers,
        payload: {
          template: data.template,
          consent: { given: true, method: 'muntlig' },
          patient: {
            name: data.patient.name,
            birthDate: data.patient.birthDate,
            ...(data.patient.fnr === null ? {} : { fnr: data.patient.fnr }),
          },
        },
      });
      const { id } = created.json<{ id: string }>();
      expect(
        (
          await inject({
            method: 'POST',
            url: `/api/v1/consultations/${id}/transcript`,
            headers,
            payload: { segments: data.segments },
          })
        ).statusCode,
      ).toBe(200);
      const draftResponse = await inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/draft`,
        headers,
      });
      expect(draftResponse.statusCode).toBe(200);

      // What the model saw holds none of the direct identifiers.
      const modelInput = seen
        .flatMap((transcript) => transcript.segments.map((segment) => segment.text))
        .join('\n');
      const direct = data.phi.filter((entry) =>
        ['PERSON', 'ID', 'PHONE', 'EMAIL', 'ADDRESS'].includes(entry.type),
      );
      for (const entry of direct) expect(modelInput, entry.type).not.toContain(entry.text);
      for (const part of data.patient.name.split(' ')) expect(modelInput).not.toContain(part);

      // Every evidence span points at real transcript text.
      const draft = draftResponse.json<{
        sections: {
          sentences: {
            text: string;
            evidence: { segment: number; start: number; end: number }[];
          }[];
        }[];
      }>();
      const sentences = draft.sections.flatMap((section) => section.sentences);
      expect(sentences.length).toBeGreaterThan(3);
      for (const sentence of sentences) {
        for (const span of sentence.evidence) {
          const segment = data.segments[span.segment]?.text ?? '';
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(segment.length);
          expect(span.end).toBeGreaterThan(span.start);
        }
      }

      expect(
        (await inject({ method: 'POST', url: `/api/v1/consultations/${id}/approve`, headers }))
          .statusCode,
      ).toBe(200);
      const fhir = await inject({
        method: 'GET',
        url: `/api/v1/consultations/${id}/export?format=fhir`,
        headers,
      });
      expect(fhir.statusCode, fhir.body.slice(0, 300)).toBe(200);
      expect(fhir.json<{ resourceType: string; type: string }>()).toMatchObject({
        resourceType: 'Bundle',
        type: 'document',
      });
      const text = await inject({
        method: 'GET',
        url: `/api/v1/consultations/${id}/export?format=text`,
        headers,
      });
      expect(text.json<{ fullText: string }>().fullText).toMatch(/KI-støtte.*Kari Mæland/s);
      expect(
        (await inject({ method: 'DELETE', url: `/api/v1/consultations/${id}`, headers }))
          .statusCode,
      ).toBe(204);

      // The operator log of the whole lifecycle holds no identifier from the case.
      const logs = test.logs.join('');
      expect(logs.length).toBeGreaterThan(0);
      for (const entry of data.phi) {
        if (entry.text.length >= 4) expect(logs, entry.type).not.toContain(entry.text);
      }
    });
  }
});
