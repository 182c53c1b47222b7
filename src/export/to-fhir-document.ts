import type { ApprovedNote, IdGenerator } from '../core/index.js';
import { toCodeKey, tryGetCode } from '../codes/index.js';
import {
  assertApproved,
  documentTitles,
  toCanonicalInstant,
  toHumanName,
} from './approved-note.js';
import {
  aiAssistedLabel,
  diagnosisSystems,
  documentTypes,
  documentTypeSystem,
  identifierSystems,
  loincSystem,
  noBasisProfiles,
  terminology,
} from './code-systems.js';
import type {
  BundleEntry,
  CodeableConcept,
  Coding,
  Composition,
  CompositionSection,
  Condition,
  Device,
  Encounter,
  FhirBundle,
  Identifier,
  Organization,
  Patient,
  Practitioner,
  Provenance,
  Reference,
} from './fhir-types.js';
import { escapeXml, toNarrativeDiv } from './narrative.js';
import { isDNumber } from '../identifiers/index.js';
import { formatDisclosure, defaultDisclosureTemplate, cleanText } from './section-texts.js';
import { toStableUuid } from './stable-uuid.js';

/** The organisation responsible for the record (custodian), when configured. */
export interface ExportOrganization {
  readonly name: string;
  /** Organisasjonsnummer (Enhetsregisteret), 9 digits. */
  readonly orgNumber?: string;
}

export interface FhirDocumentOptions {
  /** Ids for the resources' `urn:uuid` full URLs. */
  readonly ids: IdGenerator;
  readonly organization?: ExportOrganization;
  /** Epoch milliseconds; becomes Bundle.timestamp. */
  readonly now: number;
  /** Disclosure template for the document narrative (default `defaultDisclosureTemplate`). */
  readonly disclosure?: string;
}

/**
 * The stable identifier of the document for one approval of one consultation
 * (`urn:uuid:…`, derived from the consultation id and approval time). Used as Bundle.identifier
 * and for the sender's conditional create, so a retry never creates a second document.
 */
export function toDocumentIdentifier(
  note: Pick<ApprovedNote, 'consultationId' | 'approvedAt'>,
): Identifier {
  return {
    system: identifierSystems.uri,
    value: `urn:uuid:${toStableUuid('referent-document', note.consultationId, toCanonicalInstant(note.approvedAt))}`,
  };
}

/** The national identity number as a FHIR identifier, with the system its first digit implies. */
export function toPatientIdentifier(fnr: string): Identifier {
  const value = fnr.replace(/\s/g, '');
  // A D-nummer has 4 added to the first digit (day + 40); decided by the digit even when the
  // checksum fails, so the validator reports the right kind of number.
  return {
    use: 'official',
    system: isDNumber(value) ? identifierSystems.dNummer : identifierSystems.fodselsnummer,
    value,
  };
}

/** Codings for a diagnosis: ICPC-2 in both the international URI and the Volven OID. */
export function toDiagnosisCodings(
  system: ApprovedNote['diagnoses'][number]['system'],
  code: string,
): Coding[] {
  const entry = tryGetCode(system, code);
  const stored = entry?.code ?? toCodeKey(system, code) ?? code.trim();
  const display = entry === undefined ? {} : { display: entry.text };
  switch (system) {
    case 'ICPC-2':
      return [
        { system: diagnosisSystems.icpc2, code: stored, ...display },
        { system: diagnosisSystems.icpc2Volven, code: stored, ...display },
      ];
    case 'ICD-10':
      return [{ system: diagnosisSystems.icd10No, code: stored, ...display }];
  }
}

/** Composition.type for a template: Volven 9602 first, LOINC second. */
export function toDocumentType(template: ApprovedNote['template']): CodeableConcept {
  const type = documentTypes[template];
  return {
    coding: [
      { system: documentTypeSystem, code: type.code, display: type.display },
      { system: loincSystem, code: type.loinc.code, display: type.loinc.display },
    ],
    text: documentTitles[template],
  };
}

const aiLabel: Coding = { ...aiAssistedLabel };

/**
 * Builds a FHIR R4 document Bundle for an approved note: Composition (no-basis-Composition,
 * typed with Volven 9602, one section per non-empty note section with XHTML narrative, attested
 * by the approving clinician), Patient (fødselsnummer/D-nummer), Practitioner (HPR), Encounter,
 * Organization (when configured), one Condition per diagnosis (ICPC-2 / ICD-10-NO), the AI engine
 * as a Device, and a Provenance naming the Device and the clinician. Bundle and Composition carry
 * the AI-assisted security label. Deterministic for given `ids` and `now`.
 *
 * Throws `InvalidInputError` when the note is not approved. It does not validate identifiers or
 * codes; call `validateFhirDocument` (the sender always does) before anything leaves.
 */
export function toFhirDocument(note: ApprovedNote, options: FhirDocumentOptions): FhirBundle {
  const approvedAt = assertApproved(note);
  const newUrl = (): string => `urn:uuid:${options.ids.newId()}`;
  const idOf = (url: string): string => url.slice('urn:uuid:'.length);

  const compositionUrl = newUrl();
  const patientUrl = newUrl();
  const practitionerUrl = newUrl();
  const encounterUrl = newUrl();
  const organizationUrl = options.organization === undefined ? undefined : newUrl();
  const conditionUrls = note.diagnoses.map(() => newUrl());
  const deviceUrl = newUrl();
  const provenanceUrl = newUrl();

  const patientRef: Reference<Patient> = { reference: patientUrl, type: 'Patient' };
  const practitionerRef: Reference<Practitioner> = {
    reference: practitionerUrl,
    type: 'Practitioner',
    display: note.approvedBy.displayName,
  };
  const organizationRef: Reference<Organization> | undefined =
    organizationUrl === undefined
      ? undefined
      : { reference: organizationUrl, type: 'Organization' };
  const encounterRef: Reference<Encounter> = { reference: encounterUrl, type: 'Encounter' };
  const deviceRef: Reference<Device> = { reference: deviceUrl, type: 'Device' };

  const patientInput = note.patient ?? {};
  const patient: Patient = {
    resourceType: 'Patient',
    id: idOf(patientUrl),
    meta: { profile: [noBasisProfiles.patient] },
    ...(patientInput.fnr === undefined || patientInput.fnr.length === 0
      ? {}
      : { identifier: [toPatientIdentifier(patientInput.fnr)] }),
    ...(patientInput.name === undefined || patientInput.name.trim().length === 0
      ? {}
      : { name: [toHumanName(patientInput.name)] }),
    ...(patientInput.birthDate === undefined ? {} : { birthDate: patientInput.birthDate }),
  };

  const hpr = note.approvedBy.hpr?.trim();
  const practitioner: Practitioner = {
    resourceType: 'Practitioner',
    id: idOf(practitionerUrl),
    meta: { profile: [noBasisProfiles.practitioner] },
    ...(hpr === undefined || hpr.length === 0
      ? {}
      : { identifier: [{ use: 'official', system: identifierSystems.hpr, value: hpr }] }),
    name: [toHumanName(note.approvedBy.displayName)],
  };

  const organization: Organization | undefined =
    options.organization === undefined || organizationUrl === undefined
      ? undefined
      : {
          resourceType: 'Organization',
          id: idOf(organizationUrl),
          meta: { profile: [noBasisProfiles.organization] },
          ...(options.organization.orgNumber === undefined
            ? {}
            : {
                identifier: [
                  {
                    use: 'official',
                    system: identifierSystems.organizationNumber,
                    value: options.organization.orgNumber,
                  },
                ],
              }),
          name: options.organization.name,
        };

  // Hospital discharge summaries follow an inpatient stay; everything else is an outpatient
  // contact (v3 ActCode AMB / IMP, the R4 Encounter.class binding).
  const inpatient = note.template === 'epikrise';
  const encounter: Encounter = {
    resourceType: 'Encounter',
    id: idOf(encounterUrl),
    status: 'finished',
    class: inpatient
      ? { system: terminology.actCode, code: 'IMP', display: 'inpatient encounter' }
      : { system: terminology.actCode, code: 'AMB', display: 'ambulatory' },
    subject: patientRef,
    participant: [{ individual: practitionerRef }],
    ...(organizationRef === undefined ? {} : { serviceProvider: organizationRef }),
  };

  const conditions: Condition[] = note.diagnoses.map((diagnosis, index) => ({
    resourceType: 'Condition',
    id: idOf(conditionUrls[index] ?? newUrl()),
    clinicalStatus: { coding: [{ system: terminology.conditionClinical, code: 'active' }] },
    // The drafted diagnosis is provisional until a clinician approves it; this note is approved.
    verificationStatus: {
      coding: [{ system: terminology.conditionVerification, code: 'confirmed' }],
    },
    category: [
      {
        coding: [
          {
            system: terminology.conditionCategory,
            code: 'encounter-diagnosis',
            display: 'Encounter Diagnosis',
          },
        ],
      },
    ],
    code: { coding: toDiagnosisCodings(diagnosis.system, diagnosis.code), text: diagnosis.text },
    subject: patientRef,
    encounter: encounterRef,
    recordedDate: approvedAt,
    recorder: practitionerRef,
    asserter: practitionerRef,
  }));

  const disclosure = formatDisclosure(options.disclosure ?? defaultDisclosureTemplate, note);
  const title = documentTitles[note.template];
  const conditionRefs: Reference<Condition>[] = conditionUrls.map((url) => ({
    reference: url,
    type: 'Condition',
  }));
  const diagnosisSectionKey = note.sections.some((section) => section.key === 'diagnoser')
    ? 'diagnoser'
    : 'vurdering';

  const sections: CompositionSection[] = note.sections
    .filter((section) => cleanText(section.text).length > 0)
    .map((section) => ({
      id: toElementId(section.key),
      title: section.title,
      text: { status: 'generated', div: toNarrativeDiv(cleanText(section.text)) },
      ...(section.key === diagnosisSectionKey && conditionRefs.length > 0
        ? { entry: conditionRefs }
        : {}),
    }));

  const composition: Composition = {
    resourceType: 'Composition',
    id: idOf(compositionUrl),
    meta: { profile: [noBasisProfiles.composition], security: [aiLabel] },
    language: 'nb',
    text: {
      status: 'generated',
      div:
        `<div xmlns="http://www.w3.org/1999/xhtml"><h2>${escapeXml(title)}</h2>` +
        `<p>Godkjent av ${escapeXml(note.approvedBy.displayName)}.</p>` +
        `<p>${escapeXml(disclosure)}</p></div>`,
    },
    identifier: {
      system: identifierSystems.uri,
      value: `urn:uuid:${toStableUuid('referent-composition', note.consultationId, toCanonicalInstant(note.approvedAt))}`,
    },
    status: 'final',
    type: toDocumentType(note.template),
    subject: patientRef,
    encounter: encounterRef,
    date: approvedAt,
    author: [practitionerRef],
    title,
    confidentiality: 'N',
    // Legal attestation by the approving clinician (helsepersonelloven §§ 39–40).
    attester: [{ mode: 'legal', time: approvedAt, party: practitionerRef }],
    ...(organizationRef === undefined ? {} : { custodian: organizationRef }),
    section: sections,
  };

  const device: Device = {
    resourceType: 'Device',
    id: idOf(deviceUrl),
    deviceName: [
      { name: 'Referent', type: 'user-friendly-name' },
      { name: note.engine.model, type: 'model-name' },
    ],
    type: { text: 'KI-støtte for journalføring' },
    version: [{ type: { text: `språkmodell (${note.engine.kind})` }, value: note.engine.model }],
  };

  const provenance: Provenance = {
    resourceType: 'Provenance',
    id: idOf(provenanceUrl),
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(disclosure)}</p></div>`,
    },
    target: [{ reference: compositionUrl, type: 'Composition' }, ...conditionRefs],
    recorded: approvedAt,
    activity: {
      coding: [{ system: terminology.dataOperation, code: 'CREATE', display: 'create' }],
    },
    agent: [
      {
        // The AI drafted the text (HL7 AI Transparency IG: the model is a Device agent).
        type: {
          coding: [
            {
              system: terminology.provenanceParticipantType,
              code: 'assembler',
              display: 'Assembler',
            },
          ],
        },
        who: deviceRef,
      },
      {
        type: {
          coding: [
            { system: terminology.provenanceParticipantType, code: 'author', display: 'Author' },
          ],
        },
        who: practitionerRef,
        ...(organizationRef === undefined ? {} : { onBehalfOf: organizationRef }),
      },
      {
        type: {
          coding: [
            {
              system: terminology.provenanceParticipantType,
              code: 'attester',
              display: 'Attester',
            },
          ],
        },
        who: practitionerRef,
      },
    ],
  };

  const entries: BundleEntry[] = [
    { fullUrl: compositionUrl, resource: composition },
    { fullUrl: patientUrl, resource: patient },
    { fullUrl: practitionerUrl, resource: practitioner },
    ...(organization === undefined || organizationUrl === undefined
      ? []
      : [{ fullUrl: organizationUrl, resource: organization }]),
    { fullUrl: encounterUrl, resource: encounter },
    ...conditions.map((condition, index) => ({
      fullUrl: conditionUrls[index] ?? '',
      resource: condition,
    })),
    { fullUrl: deviceUrl, resource: device },
    { fullUrl: provenanceUrl, resource: provenance },
  ];

  return {
    resourceType: 'Bundle',
    meta: { security: [aiLabel] },
    identifier: toDocumentIdentifier(note),
    type: 'document',
    timestamp: new Date(options.now).toISOString(),
    entry: entries,
  };
}

/** A FHIR element id (no spaces, [A-Za-z0-9\-.], at most 64 characters) from a section key. */
function toElementId(key: string): string {
  const id = key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^A-Za-z0-9\-.]/g, '-')
    .slice(0, 64);
  return id.length > 0 ? id : 'section';
}
