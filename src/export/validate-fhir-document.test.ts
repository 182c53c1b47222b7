import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/index.js';
import type {
  Bundle,
  Composition,
  Condition,
  Patient,
  Practitioner,
  Provenance,
} from './fhir-types.js';
import {
  assertValidFhirDocument,
  findDocumentProblems,
  preloadFhirDefinitions,
  toFhirDocument,
  toFhirDocumentReference,
  validateFhirDocument,
  type FhirBundle,
} from './index.js';
import {
  createCountingIds,
  loadSharedConsultations,
  toApprovedNote,
} from './testing/shared-consultations.js';

const now = Date.UTC(2025, 9, 1, 10, 20);
const d01 = loadSharedConsultations()[0] ?? expect.fail('shared case d01 missing');
const note = toApprovedNote(d01);
const identifiers = [
  d01.patient.name,
  d01.patient.fnr ?? '',
  d01.clinician.name,
  d01.clinician.hpr,
];

beforeAll(() => {
  preloadFhirDefinitions();
});

/** A fresh valid d01 document, changed by `change`, and its problems. */
function problemsAfter(change: (bundle: FhirBundle) => void): string[] {
  const bundle = structuredClone(toFhirDocument(note, { ids: createCountingIds(), now }));
  change(bundle);
  const result = validateFhirDocument(bundle);
  if (result.ok) return [];
  for (const problem of result.problems) {
    for (const identifier of identifiers) expect(problem).not.toContain(identifier);
  }
  return result.problems;
}

function find<T extends { resourceType: string }>(bundle: Bundle, type: T['resourceType']): T {
  const resource = bundle.entry?.find((entry) => entry.resource?.resourceType === type)?.resource;
  if (resource === undefined) throw new Error(`no ${type}`);
  return resource as unknown as T;
}

describe('validateFhirDocument', () => {
  it('accepts the document built from an approved note', () => {
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  it('refuses a document that is not final: the note is not approved', () => {
    expect(
      problemsAfter((bundle) => {
        find<Composition>(bundle, 'Composition').status = 'preliminary';
      }),
    ).toEqual([
      'Composition.status must be final: the note is not approved',
      'a Condition is confirmed in a document that is not approved (it must stay provisional)',
    ]);
  });

  it('refuses a document without the legal attestation of the approver', () => {
    expect(
      problemsAfter((bundle) => {
        delete find<Composition>(bundle, 'Composition').attester;
      }),
    ).toContain('Composition needs a legal attester (the approving Practitioner) with a time');
  });

  it('refuses a diagnosis code that does not exist', () => {
    expect(
      problemsAfter((bundle) => {
        for (const coding of find<Condition>(bundle, 'Condition').code?.coding ?? [])
          coding.code = 'A00';
      }),
    ).toEqual(['a Condition has an unknown ICPC-2 code']);
  });

  it('refuses ICPC-2 codings that disagree', () => {
    expect(
      problemsAfter((bundle) => {
        const coding = find<Condition>(bundle, 'Condition').code?.coding?.[1];
        if (coding !== undefined) coding.code = 'R74';
      }),
    ).toEqual(['a Condition has different ICPC-2 codes under its two system URIs']);
  });

  it('refuses a malformed fødselsnummer without repeating it', () => {
    expect(
      problemsAfter((bundle) => {
        const identifier = find<Patient>(bundle, 'Patient').identifier?.[0];
        if (identifier !== undefined) identifier.value = '14030352752';
      }),
    ).toEqual(['Patient fødselsnummer fails the mod-11 check digits']);
  });

  it('refuses a D-nummer filed under the fødselsnummer system', () => {
    expect(
      problemsAfter((bundle) => {
        const identifier = find<Patient>(bundle, 'Patient').identifier?.[0];
        if (identifier !== undefined) identifier.value = '41038010091';
      }),
    ).toEqual(['Patient identifier uses the fødselsnummer system for a number of the other kind']);
  });

  it('refuses a patient with neither national identity number nor name and birth date', () => {
    expect(
      problemsAfter((bundle) => {
        const patient = find<Patient>(bundle, 'Patient');
        delete patient.identifier;
        delete patient.birthDate;
      }),
    ).toEqual(['Patient needs a fødselsnummer or D-nummer, or else a name and birth date']);
  });

  it('refuses an approver without an HPR number', () => {
    expect(
      problemsAfter((bundle) => {
        delete find<Practitioner>(bundle, 'Practitioner').identifier;
      }),
    ).toEqual(['the approving Practitioner has no HPR number']);
  });

  it('refuses a document without the AI label or without Provenance', () => {
    expect(
      problemsAfter((bundle) => {
        delete bundle.meta;
      }),
    ).toEqual(['Bundle.meta.security lacks the AI-assisted label (AIAST)']);
    expect(
      problemsAfter((bundle) => {
        bundle.entry = (bundle.entry ?? []).filter(
          (entry) => entry.resource?.resourceType !== 'Provenance',
        );
      }),
    ).toEqual(['the document needs a Provenance targeting its Composition']);
  });

  it('refuses a Provenance that does not name the AI as a Device', () => {
    expect(
      problemsAfter((bundle) => {
        const provenance = find<Provenance>(bundle, 'Provenance');
        provenance.agent = provenance.agent.slice(1);
      }),
    ).toEqual(['Provenance needs the AI engine as a Device agent']);
  });

  it('refuses unsafe narrative', () => {
    expect(
      problemsAfter((bundle) => {
        const section = find<Composition>(bundle, 'Composition').section?.[0];
        if (section?.text !== undefined) {
          section.text.div =
            '<div xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script>x</div>';
        }
      }),
    ).toEqual(['Composition.section[0].text: narrative contains a disallowed element <script>']);
  });

  it('refuses an unknown document type and references that leave the document', () => {
    expect(
      problemsAfter((bundle) => {
        const coding = find<Composition>(bundle, 'Composition').type.coding?.[0];
        if (coding !== undefined) coding.code = 'X99-9';
      }),
    ).toEqual([
      'Composition.type needs a code from the Norwegian document type code system (Volven 9602)',
    ]);
    expect(
      problemsAfter((bundle) => {
        find<Condition>(bundle, 'Condition').encounter = { reference: 'Encounter/elsewhere' };
      }),
    ).toEqual(['a reference does not resolve to a resource inside the document']);
  });

  it('reports base FHIR R4 errors with their path', () => {
    const problems = problemsAfter((bundle) => {
      const condition = find<Condition>(bundle, 'Condition') as Partial<Condition>;
      delete condition.subject;
    });
    expect(problems).toContain(
      'FHIR R4: Bundle.entry[4].resource.subject: Missing required property',
    );
  });

  it('refuses input that is not a document at all', () => {
    expect(validateFhirDocument('tekst')).toEqual({
      ok: false,
      problems: ['document is not a JSON object'],
    });
    expect(validateFhirDocument({ resourceType: 'Patient' })).toEqual({
      ok: false,
      problems: ['document must be a Bundle or a DocumentReference'],
    });
  });
});

describe('assertValidFhirDocument', () => {
  it('throws InvalidInputError with a Norwegian message and English issues', () => {
    const bundle = toFhirDocument(
      toApprovedNote(loadSharedConsultations()[2] ?? expect.fail('d03 missing')),
      {
        ids: createCountingIds(),
        now,
      },
    );
    let caught: unknown;
    try {
      assertValidFhirDocument(bundle);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    const error = caught as InvalidInputError;
    expect(error.userMessage).toBe(
      'Dokumentet kan ikke sendes: Pasientens fødselsnummer er ugyldig (kontrollsifrene stemmer ikke).',
    );
    expect(error.issues).toEqual(['Patient fødselsnummer fails the mod-11 check digits']);
    expect(error.message).not.toMatch(/\d{11}/);
  });
});

describe('DocumentReference validation', () => {
  it('accepts the DocumentReference built from an approved note, including its embedded document', () => {
    const reference = toFhirDocumentReference(note, { ids: createCountingIds(), now });
    expect(findDocumentProblems(reference)).toEqual([]);
  });

  it('refuses a DocumentReference that is not final or lacks the patient identifier', () => {
    const reference = toFhirDocumentReference(note, {
      ids: createCountingIds(),
      now,
      includeDocumentBundle: false,
    });
    expect(validateFhirDocument({ ...reference, docStatus: 'preliminary' })).toEqual({
      ok: false,
      problems: ['DocumentReference.docStatus must be final: the note is not approved'],
    });
    expect(validateFhirDocument({ ...reference, subject: { display: 'x' } })).toEqual({
      ok: false,
      problems: ['DocumentReference.subject needs the patient identifier'],
    });
  });

  it('checks the embedded document too', () => {
    const reference = toFhirDocumentReference(
      toApprovedNote(loadSharedConsultations()[5] ?? expect.fail('d06')),
      {
        ids: createCountingIds(),
        now,
      },
    );
    expect(findDocumentProblems(reference).map((problem) => problem.message)).toEqual([
      'Patient fødselsnummer fails the mod-11 check digits',
      'embedded document: Patient fødselsnummer fails the mod-11 check digits',
    ]);
  });
});
