import type { CodeSystem, TemplateId } from '../core/index.js';

/*
 * Identifier systems and code systems for Norwegian receivers.
 *
 * Identifier OIDs (HL7 Norway no-basis NamingSystems; "identifikator-namespace" in
 * HL7Norway/kodeverk): 2.16.578.1.12.4.1.4.1 fødselsnummer, .4.2 D-nummer, .4.4 HPR-nummer,
 * .4.101 organisasjonsnummer. FHIR identifiers use them as `urn:oid:…`.
 */
export const identifierSystems = {
  fodselsnummer: 'urn:oid:2.16.578.1.12.4.1.4.1',
  dNummer: 'urn:oid:2.16.578.1.12.4.1.4.2',
  hpr: 'urn:oid:2.16.578.1.12.4.1.4.4',
  organizationNumber: 'urn:oid:2.16.578.1.12.4.1.4.101',
  /** RFC 3986 URIs, used for the Bundle and Composition identifiers (`urn:uuid:…`). */
  uri: 'urn:ietf:rfc:3986',
} as const;

/*
 * Diagnosis code systems. ICPC-2: HL7 Norway's NamingSystem no-basis-icpc-2 prefers
 * http://hl7.org/fhir/sid/icpc-2 and lists the Volven OID 2.16.578.1.12.4.1.1.7170 for Norwegian
 * legacy receivers; we send both codings. ICD-10: HL7Norway/kodeverk defines the Norwegian
 * edition as http://hl7.org/fhir/sid/icd-10-no (identifier urn:oid:2.16.578.1.12.4.1.1.7110),
 * codes written without the dot.
 */
export const diagnosisSystems = {
  icpc2: 'http://hl7.org/fhir/sid/icpc-2',
  icpc2Volven: 'urn:oid:2.16.578.1.12.4.1.1.7170',
  icd10No: 'http://hl7.org/fhir/sid/icd-10-no',
} as const;

/** Which code system a diagnosis Coding's system URI belongs to, if any we know. */
export function toCodeSystem(systemUri: string | undefined): CodeSystem | undefined {
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- any other URI is unknown
  switch (systemUri) {
    case diagnosisSystems.icpc2:
    case diagnosisSystems.icpc2Volven:
      return 'ICPC-2';
    case diagnosisSystems.icd10No:
      return 'ICD-10';
  }
  return undefined;
}

/*
 * Document types: Volven 9602 "Dokumenttype" (urn:oid:2.16.578.1.12.4.1.1.9602), the value set
 * http://hl7.no/fhir/ValueSet/no-basis-documentreference-type that no-basis-Composition and
 * no-basis-DocumentReference bind Composition.type / DocumentReference.type to (required).
 * Codes as published in that value set (no-basis 2.2.x): B02-2 Journalnotat (group B00-1
 * Kontinuerlig/løpende journal), A03-2 Epikrise (group A00-1 Epikriser og sammenfatninger),
 * I01-2 Henvisninger and I02-2 Brev (group I00-1 Korrespondanse). We add the LOINC document
 * ontology code as a second coding for receivers outside Norway.
 */
export const documentTypeSystem = 'urn:oid:2.16.578.1.12.4.1.1.9602';
export const loincSystem = 'http://loinc.org';

export interface DocumentType {
  readonly code: string;
  readonly display: string;
  readonly groupCode: string;
  readonly groupDisplay: string;
  readonly loinc: { readonly code: string; readonly display: string };
}

export const documentTypes: Readonly<Record<TemplateId, DocumentType>> = {
  journalnotat: {
    code: 'B02-2',
    display: 'Journalnotat',
    groupCode: 'B00-1',
    groupDisplay: 'Kontinuerlig/løpende journal',
    loinc: { code: '11506-3', display: 'Progress note' },
  },
  epikrise: {
    code: 'A03-2',
    display: 'Epikrise',
    groupCode: 'A00-1',
    groupDisplay: 'Epikriser og sammenfatninger',
    loinc: { code: '18842-5', display: 'Discharge summary' },
  },
  henvisning: {
    code: 'I01-2',
    display: 'Henvisninger',
    groupCode: 'I00-1',
    groupDisplay: 'Korrespondanse',
    loinc: { code: '57133-1', display: 'Referral note' },
  },
  pasientbrev: {
    code: 'I02-2',
    display: 'Brev',
    groupCode: 'I00-1',
    groupDisplay: 'Korrespondanse',
    loinc: { code: '51852-2', display: 'Letter' },
  },
};

/** Every code of the no-basis document type value set (Volven 9602), for validation. */
export const knownDocumentTypeCodes: ReadonlySet<string> = new Set([
  'A00-1',
  'A01-2',
  'A02-2',
  'A03-2',
  'A04-2',
  'A05-2',
  'A06-2',
  'A07-2',
  'A08-2',
  'A09-2',
  'A10-2',
  'A11-2',
  'A12-2',
  'A13-2',
  'B00-1',
  'B01-2',
  'B02-2',
  'B03-2',
  'C00-1',
  'C01-2',
  'C02-2',
  'C03-2',
  'C04-2',
  'C05-2',
  'C06-2',
  'C07-2',
  'D00-1',
  'D01-2',
  'D02-2',
  'D03-2',
  'D04-2',
  'D05-2',
  'D06-2',
  'D07-2',
  'D08-2',
  'D09-2',
  'D10-2',
  'D11-2',
  'D12-2',
  'D13-2',
  'E00-1',
  'E01-2',
  'F00-1',
  'F01-2',
  'F02-2',
  'F03-2',
  'F04-2',
  'F05-2',
  'F06-2',
  'F07-2',
  'F08-2',
  'F09-2',
  'F10-2',
  'I00-1',
  'I01-2',
  'I02-2',
  'J00-1',
  'J01-2',
  'J02-2',
  'S00-1',
  'S01-2',
  'S02-2',
  'S03-2',
]);

/** HL7 Norway base profiles we claim (open profiles; see README for what is checked). */
export const noBasisProfiles = {
  composition: 'http://hl7.no/fhir/StructureDefinition/no-basis-Composition',
  documentReference: 'http://hl7.no/fhir/StructureDefinition/no-basis-DocumentReference',
  patient: 'http://hl7.no/fhir/StructureDefinition/no-basis-Patient',
  practitioner: 'http://hl7.no/fhir/StructureDefinition/no-basis-Practitioner',
  organization: 'http://hl7.no/fhir/StructureDefinition/no-basis-Organization',
} as const;

/*
 * AI transparency (EU AI Act art. 50; HL7 "AI Transparency on FHIR" IG): the security label
 * AIAST "Artificial Intelligence asserted" from v3-ObservationValue marks resources whose content
 * an AI produced; the Provenance names the AI as a Device agent and the clinician who approved.
 */
export const aiAssistedLabel = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
  code: 'AIAST',
  display: 'Artificial Intelligence asserted',
} as const;

export const terminology = {
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  confidentiality: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  provenanceParticipantType: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  dataOperation: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  deviceNameType: 'http://hl7.org/fhir/device-nametype',
} as const;
