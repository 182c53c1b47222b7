export {
  defaultDisclosureTemplate,
  formatDisclosure,
  toSectionTexts,
  cleanText,
  toWindows1252Safe,
} from './section-texts.js';
export type { SectionTextOptions, SectionTexts } from './section-texts.js';
export { toFhirDocument, toDocumentIdentifier } from './to-fhir-document.js';
export type { ExportOrganization, FhirDocumentOptions } from './to-fhir-document.js';
export { toFhirDocumentReference } from './to-fhir-document-reference.js';
export type { FhirDocumentReferenceOptions } from './to-fhir-document-reference.js';
export {
  validateFhirDocument,
  assertValidFhirDocument,
  findDocumentProblems,
} from './validate-fhir-document.js';
export type { ExportProblem, FhirValidationResult } from './validate-fhir-document.js';
export { preloadFhirDefinitions } from './base-fhir-validation.js';
export { createFhirSender } from './fhir-sender.js';
export type {
  FhirSender,
  FhirSenderOptions,
  FhirSendResult,
  FhirServerAuth,
} from './fhir-sender.js';
export type { FhirBundle, FhirDocumentReference } from './fhir-types.js';
export {
  documentTypes,
  identifierSystems,
  diagnosisSystems,
  documentTypeSystem,
  aiAssistedLabel,
} from './code-systems.js';
