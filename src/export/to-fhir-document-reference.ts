import { createHash } from 'node:crypto';
import type { ApprovedNote } from '../core/index.js';
import { assertApproved, documentTitles, toCanonicalInstant } from './approved-note.js';
import { aiAssistedLabel, identifierSystems, noBasisProfiles } from './code-systems.js';
import type { FhirDocumentReference, Practitioner, Reference } from './fhir-types.js';
import { escapeXml } from './narrative.js';
import { toSectionTexts } from './section-texts.js';
import { toStableUuid } from './stable-uuid.js';
import {
  toDocumentType,
  toFhirDocument,
  toPatientIdentifier,
  type FhirDocumentOptions,
} from './to-fhir-document.js';

export interface FhirDocumentReferenceOptions extends FhirDocumentOptions {
  /** Also attach the full FHIR document Bundle (application/fhir+json); default true. */
  readonly includeDocumentBundle?: boolean;
}

/**
 * A DocumentReference (no-basis-DocumentReference) for receivers that index documents rather
 * than take document Bundles. It points to the patient (fødselsnummer/D-nummer), the approving
 * clinician (HPR) and the organisation by logical identifier references, and carries the note as
 * UTF-8 plain text (with the AI disclosure line) and, by default, the full document Bundle.
 * `masterIdentifier` is stable per consultation and approval, like Bundle.identifier.
 */
export function toFhirDocumentReference(
  note: ApprovedNote,
  options: FhirDocumentReferenceOptions,
): FhirDocumentReference {
  const approvedAt = assertApproved(note);
  const title = documentTitles[note.template];
  const texts = toSectionTexts(
    note,
    options.disclosure === undefined ? {} : { disclosure: options.disclosure },
  );
  const plainText = Buffer.from(texts.fullText, 'utf8');
  const hpr = note.approvedBy.hpr?.trim();
  const clinician: Reference<Practitioner> = {
    ...(hpr === undefined || hpr.length === 0
      ? {}
      : { identifier: { system: identifierSystems.hpr, value: hpr } }),
    type: 'Practitioner',
    display: note.approvedBy.displayName,
  };
  const fnr = note.patient?.fnr;
  const attachments: NonNullable<FhirDocumentReference['content']> = [
    {
      attachment: {
        contentType: 'text/plain; charset=utf-8',
        language: 'nb',
        data: plainText.toString('base64'),
        size: plainText.length,
        // Attachment.hash is the base64 SHA-1 of the data (FHIR R4 datatypes).
        hash: createHash('sha1').update(plainText).digest('base64'),
        title,
        creation: approvedAt,
      },
    },
  ];
  if (options.includeDocumentBundle ?? true) {
    const bundle = Buffer.from(JSON.stringify(toFhirDocument(note, options)), 'utf8');
    attachments.push({
      attachment: {
        contentType: 'application/fhir+json',
        language: 'nb',
        data: bundle.toString('base64'),
        size: bundle.length,
        hash: createHash('sha1').update(bundle).digest('base64'),
        title: `${title} (FHIR-dokument)`,
        creation: approvedAt,
      },
    });
  }
  return {
    resourceType: 'DocumentReference',
    meta: { profile: [noBasisProfiles.documentReference], security: [{ ...aiAssistedLabel }] },
    language: 'nb',
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(title)}</p><p>${escapeXml(texts.disclosure)}</p></div>`,
    },
    masterIdentifier: {
      system: identifierSystems.uri,
      value: `urn:uuid:${toStableUuid('referent-document', note.consultationId, toCanonicalInstant(note.approvedAt))}`,
    },
    status: 'current',
    docStatus: 'final',
    type: toDocumentType(note.template),
    subject: {
      ...(fnr === undefined || fnr.length === 0 ? {} : { identifier: toPatientIdentifier(fnr) }),
      type: 'Patient',
      ...(note.patient?.name === undefined ? {} : { display: note.patient.name }),
    },
    date: new Date(options.now).toISOString(),
    author: [clinician, { type: 'Device', display: `Referent (KI-støtte, ${note.engine.model})` }],
    authenticator: clinician,
    ...(options.organization === undefined
      ? {}
      : {
          custodian: {
            ...(options.organization.orgNumber === undefined
              ? {}
              : {
                  identifier: {
                    system: identifierSystems.organizationNumber,
                    value: options.organization.orgNumber,
                  },
                }),
            type: 'Organization',
            display: options.organization.name,
          },
        }),
    description: title,
    securityLabel: [{ coding: [{ ...aiAssistedLabel }] }],
    content: attachments,
  };
}
