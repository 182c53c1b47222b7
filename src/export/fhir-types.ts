import type { Bundle, DocumentReference } from '@medplum/fhirtypes';

/** A FHIR R4 document Bundle (Bundle.type = document) as built by `toFhirDocument`. */
export type FhirBundle = Bundle;

/** A FHIR R4 DocumentReference as built by `toFhirDocumentReference`. */
export type FhirDocumentReference = DocumentReference;

export type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  Coding,
  Composition,
  CompositionSection,
  Condition,
  Device,
  DocumentReference,
  Encounter,
  HumanName,
  Identifier,
  Organization,
  Patient,
  Practitioner,
  Provenance,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
