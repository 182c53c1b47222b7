/**
 * Code search and export (issue 7): code-list lookups and word search over ICPC-2 + ICD-10, plain
 * text export, FHIR document building and validation for the six shared consultations.
 */
import { createCodeIndex, getNorwegianCodeIndex, searchCodes } from '../src/codes/index.js';
import {
  preloadFhirDefinitions,
  toFhirDocument,
  toSectionTexts,
  validateFhirDocument,
} from '../src/export/index.js';
import {
  createCountingIds,
  loadSharedConsultations,
  toApprovedNote,
} from '../src/export/testing/shared-consultations.js';

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

const queries = [
  'halsbetennelse',
  'tonsillitt',
  'akutt tonsill',
  'J03',
  'r7',
  'M16.1',
  'hodepine',
  'depresjon',
  'diabetes type 2',
  'atrieflimmer',
  'forstuving ankel',
  'urtikaria',
  'hypotyreose',
  'strep',
  'hofteleddsartrose',
  'pneumoni',
  'k',
  'ovre luftveisinfeksjon',
  'brudd håndledd',
  'angst',
];

type Measurement = { name: string; value: number; unit: string; note?: string };

export default function bench(): Promise<Measurement[]> {
  const results: Measurement[] = [];

  let start = performance.now();
  const index = getNorwegianCodeIndex();
  results.push({
    name: 'codes: build index (cold)',
    value: performance.now() - start,
    unit: 'ms',
    note: '708 ICPC-2 + 19 634 ICD-10',
  });

  start = performance.now();
  createCodeIndex([...index.listCodes('ICPC-2'), ...index.listCodes('ICD-10')]);
  results.push({ name: 'codes: build index (warm)', value: performance.now() - start, unit: 'ms' });

  const times: number[] = [];
  for (let round = 0; round < 30; round += 1) {
    for (const query of queries) {
      const queryStart = performance.now();
      searchCodes(query);
      if (round >= 5) times.push(performance.now() - queryStart);
    }
  }
  results.push({
    name: 'codes: search p50',
    value: percentile(times, 0.5),
    unit: 'ms',
    note: `${times.length} searches, ${queries.length} queries`,
  });
  results.push({ name: 'codes: search p95', value: percentile(times, 0.95), unit: 'ms' });
  results.push({ name: 'codes: search max', value: Math.max(...times), unit: 'ms' });

  start = performance.now();
  preloadFhirDefinitions();
  results.push({
    name: 'export: load FHIR R4 definitions (once per process)',
    value: performance.now() - start,
    unit: 'ms',
  });

  const notes = loadSharedConsultations().map((consultation) =>
    toApprovedNote(consultation, { withFnr: !/^d0[36]/.test(consultation.id) }),
  );
  const textTimes: number[] = [];
  const buildTimes: number[] = [];
  const validateTimes: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const note of notes) {
      let stepStart = performance.now();
      toSectionTexts(note);
      textTimes.push(performance.now() - stepStart);
      stepStart = performance.now();
      const bundle = toFhirDocument(note, { ids: createCountingIds(), now: Date.UTC(2025, 9, 1) });
      buildTimes.push(performance.now() - stepStart);
      stepStart = performance.now();
      const result = validateFhirDocument(bundle);
      validateTimes.push(performance.now() - stepStart);
      if (!result.ok) throw new Error('a shared consultation failed validation');
    }
  }
  results.push({ name: 'export: text p50', value: percentile(textTimes, 0.5), unit: 'ms' });
  results.push({ name: 'export: FHIR build p50', value: percentile(buildTimes, 0.5), unit: 'ms' });
  results.push({
    name: 'export: FHIR validate p50',
    value: percentile(validateTimes, 0.5),
    unit: 'ms',
    note: 'base R4 + Norwegian checks',
  });
  results.push({
    name: 'export: FHIR validate p95',
    value: percentile(validateTimes, 0.95),
    unit: 'ms',
  });
  return Promise.resolve(results);
}
