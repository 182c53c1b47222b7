import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/index.js';
import type {
  Composition,
  Condition,
  Device,
  Patient,
  Practitioner,
  Provenance,
  Resource,
} from './fhir-types.js';
import { toFhirDocument, validateFhirDocument, type FhirBundle } from './index.js';
import { toPlainTextFromDiv } from './narrative.js';
import {
  createCountingIds,
  loadSharedConsultations,
  toApprovedNote,
} from './testing/shared-consultations.js';

const now = Date.UTC(2025, 9, 1, 10, 20);
const organization = { name: 'Testlegekontoret', orgNumber: '974760673' };
const consultations = loadSharedConsultations();

function resources<T extends Resource>(bundle: FhirBundle, type: T['resourceType']): T[] {
  return (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter((resource): resource is T => resource?.resourceType === type);
}
function single<T extends Resource>(bundle: FhirBundle, type: T['resourceType']): T {
  const found = resources<T>(bundle, type);
  expect(found).toHaveLength(1);
  return found[0] as T;
}
function urlOf(bundle: FhirBundle, resource: Resource): string {
  return bundle.entry?.find((entry) => entry.resource === resource)?.fullUrl ?? 'missing';
}

describe('toFhirDocument on the six shared consultations', () => {
  it('has all six cases', () => {
    expect(consultations.map((consultation) => consultation.id.slice(0, 3))).toEqual([
      'd01',
      'd02',
      'd03',
      'd04',
      'd05',
      'd06',
    ]);
  });

  for (const consultation of consultations) {
    const fnrChecks =
      consultation.id.startsWith('d03') || consultation.id.startsWith('d06') ? 'broken' : 'ok';
    // d03 and d06 carry deliberately invalid fødselsnummer; their documents validate without it.
    const note = toApprovedNote(consultation, { withFnr: fnrChecks === 'ok' });

    describe(consultation.id, () => {
      const bundle = toFhirDocument(note, { ids: createCountingIds(), now, organization });

      it('validates (base R4 and the Norwegian checks)', () => {
        expect(validateFhirDocument(bundle)).toEqual({ ok: true });
      });

      it('is a document Bundle with a stable identifier, the AI label and the Composition first', () => {
        expect(bundle.type).toBe('document');
        expect(bundle.timestamp).toBe('2025-10-01T10:20:00.000Z');
        expect(bundle.identifier?.system).toBe('urn:ietf:rfc:3986');
        expect(bundle.identifier?.value).toMatch(
          /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
        expect(bundle.meta?.security).toContainEqual(expect.objectContaining({ code: 'AIAST' }));
        expect(bundle.entry?.[0]?.resource?.resourceType).toBe('Composition');
      });

      it('types the Composition with the Norwegian document type and attests it by the approver', () => {
        const composition = single<Composition>(bundle, 'Composition');
        const practitioner = single<Practitioner>(bundle, 'Practitioner');
        expect(composition.meta?.profile).toEqual([
          'http://hl7.no/fhir/StructureDefinition/no-basis-Composition',
        ]);
        expect(composition.status).toBe('final');
        expect(composition.type.coding?.[0]).toEqual(
          consultation.template === 'epikrise'
            ? { system: 'urn:oid:2.16.578.1.12.4.1.1.9602', code: 'A03-2', display: 'Epikrise' }
            : {
                system: 'urn:oid:2.16.578.1.12.4.1.1.9602',
                code: 'B02-2',
                display: 'Journalnotat',
              },
        );
        expect(composition.attester).toEqual([
          {
            mode: 'legal',
            time: '2025-10-01T10:15:00.000Z',
            party: expect.objectContaining({ reference: urlOf(bundle, practitioner) }) as unknown,
          },
        ]);
        expect(composition.meta?.security).toContainEqual(
          expect.objectContaining({ code: 'AIAST' }),
        );
      });

      it('has one section per note section, with the text as XHTML narrative', () => {
        const composition = single<Composition>(bundle, 'Composition');
        const sections = Object.entries(consultation.reference_note.sections);
        expect(composition.section?.map((section) => section.title)).toEqual(
          sections.map(([title]) => title),
        );
        for (const [index, [, text]] of sections.entries()) {
          const div = composition.section?.[index]?.text?.div ?? '';
          expect(div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
          expect(toPlainTextFromDiv(div)).toBe(text.trim());
        }
        expect(composition.text?.div).toContain('Utkast laget med KI-støtte (Referent)');
      });

      it('identifies the patient with the fødselsnummer system when there is one', () => {
        const patient = single<Patient>(bundle, 'Patient');
        expect(patient.birthDate).toBe(consultation.patient.birthDate);
        expect(patient.name?.[0]?.text).toBe(consultation.patient.name);
        if (note.patient?.fnr === undefined) {
          expect(patient.identifier).toBeUndefined();
        } else {
          expect(patient.identifier).toEqual([
            {
              use: 'official',
              system: 'urn:oid:2.16.578.1.12.4.1.4.1',
              value: consultation.patient.fnr,
            },
          ]);
        }
      });

      it('identifies the approving clinician by HPR number', () => {
        expect(single<Practitioner>(bundle, 'Practitioner').identifier).toEqual([
          {
            use: 'official',
            system: 'urn:oid:2.16.578.1.12.4.1.4.4',
            value: consultation.clinician.hpr,
          },
        ]);
      });

      it('has a confirmed Condition per diagnosis, coded in the Norwegian code systems', () => {
        const conditions = resources<Condition>(bundle, 'Condition');
        const patient = single<Patient>(bundle, 'Patient');
        expect(conditions).toHaveLength(consultation.reference_note.diagnosis.length);
        for (const [index, diagnosis] of consultation.reference_note.diagnosis.entries()) {
          const condition = conditions[index];
          const codings = condition?.code?.coding ?? [];
          if (diagnosis.system === 'ICPC-2') {
            expect(codings.map((coding) => [coding.system, coding.code])).toEqual([
              ['http://hl7.org/fhir/sid/icpc-2', diagnosis.code],
              ['urn:oid:2.16.578.1.12.4.1.1.7170', diagnosis.code],
            ]);
          } else {
            expect(codings.map((coding) => [coding.system, coding.code])).toEqual([
              ['http://hl7.org/fhir/sid/icd-10-no', diagnosis.code.replace('.', '')],
            ]);
          }
          expect(codings[0]?.display).toBeTruthy();
          expect(condition?.code?.text).toBe(diagnosis.text);
          expect(condition?.verificationStatus?.coding?.[0]?.code).toBe('confirmed');
          expect(condition?.subject.reference).toBe(urlOf(bundle, patient));
        }
      });

      it('has a Provenance naming the AI model as a Device and the clinician as author and attester', () => {
        const provenance = single<Provenance>(bundle, 'Provenance');
        const device = single<Device>(bundle, 'Device');
        const practitioner = single<Practitioner>(bundle, 'Practitioner');
        const composition = single<Composition>(bundle, 'Composition');
        expect(provenance.target[0]?.reference).toBe(urlOf(bundle, composition));
        expect(provenance.recorded).toBe('2025-10-01T10:15:00.000Z');
        const agents = provenance.agent.map((agent) => [
          agent.type?.coding?.[0]?.code,
          agent.who.reference,
        ]);
        expect(agents).toEqual([
          ['assembler', urlOf(bundle, device)],
          ['author', urlOf(bundle, practitioner)],
          ['attester', urlOf(bundle, practitioner)],
        ]);
        expect(device.deviceName).toContainEqual({
          name: 'referent-builtin-1',
          type: 'model-name',
        });
      });
    });
  }

  it('rejects the deliberately broken fødselsnummer of d03 and d06 when they are included', () => {
    for (const consultation of consultations.filter((item) => /^d0[36]/.test(item.id))) {
      const bundle = toFhirDocument(toApprovedNote(consultation), {
        ids: createCountingIds(),
        now,
      });
      expect(validateFhirDocument(bundle)).toEqual({
        ok: false,
        problems: ['Patient fødselsnummer fails the mod-11 check digits'],
      });
    }
  });

  it('is deterministic for the same ids and time, and keeps its identifier when rebuilt with new ids', () => {
    const note = toApprovedNote(consultations[0] ?? expect.fail('no case'));
    const first = toFhirDocument(note, { ids: createCountingIds(), now });
    expect(toFhirDocument(note, { ids: createCountingIds(), now })).toEqual(first);
    const offset = createCountingIds();
    offset.newId();
    const rebuilt = toFhirDocument(note, { ids: offset, now: now + 60_000 });
    expect(rebuilt.entry?.[0]?.fullUrl).not.toBe(first.entry?.[0]?.fullUrl);
    expect(rebuilt.identifier).toEqual(first.identifier);
  });

  it('derives the same identifier from the same approval instant written differently', () => {
    const consultation = consultations[0] ?? expect.fail('no case');
    const utc = toFhirDocument(toApprovedNote(consultation), { ids: createCountingIds(), now });
    const oslo = toFhirDocument(
      toApprovedNote(consultation, { approvedAt: '2025-10-01T12:15:00+02:00' }),
      {
        ids: createCountingIds(),
        now,
      },
    );
    expect(oslo.identifier).toEqual(utc.identifier);
  });

  it('gives a new approval of the same consultation a new document identifier', () => {
    const consultation = consultations[0] ?? expect.fail('no case');
    const first = toFhirDocument(toApprovedNote(consultation), { ids: createCountingIds(), now });
    const second = toFhirDocument(
      toApprovedNote(consultation, { approvedAt: '2025-10-01T11:00:00.000Z' }),
      {
        ids: createCountingIds(),
        now,
      },
    );
    expect(second.identifier?.value).not.toBe(first.identifier?.value);
  });

  it('refuses a note without a valid approval', () => {
    const note = { ...toApprovedNote(consultations[0] ?? expect.fail('no case')), approvedAt: '' };
    expect(() => toFhirDocument(note, { ids: createCountingIds(), now })).toThrow(
      InvalidInputError,
    );
  });
});
