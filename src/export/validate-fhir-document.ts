import { InvalidInputError } from '../core/index.js';
import { isKnownCode } from '../codes/index.js';
import { validateBaseResource } from './base-fhir-validation.js';
import {
  aiAssistedLabel,
  diagnosisSystems,
  documentTypeSystem,
  identifierSystems,
  knownDocumentTypeCodes,
  terminology,
  toCodeSystem,
} from './code-systems.js';
import type { Resource } from './fhir-types.js';
import { checkNarrativeDiv } from './narrative.js';
import {
  checkNationalId,
  isDNumber,
  isValidHprNumber,
  isValidOrganisationNumber,
} from '../identifiers/index.js';

/** One problem, in English for operators and in Norwegian for the clinician. Never holds values. */
export interface ExportProblem {
  readonly message: string;
  readonly userMessage: string;
}

export type FhirValidationResult = { ok: true } | { ok: false; problems: string[] };

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asRecord = (value: unknown): Json | undefined => (isRecord(value) ? value : undefined);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const records = (value: unknown): Json[] => asArray(value).filter(isRecord);

const notStructured = 'Dokumentet har feil oppbygning og kan ikke sendes.';

/**
 * Validates a FHIR R4 document Bundle (or a DocumentReference) before anything leaves Referent:
 * base R4 validation (types, cardinality, invariants) plus what Norwegian receivers need —
 * identifier systems and check digits (fødselsnummer, D-nummer, HPR, organisasjonsnummer), the
 * Volven 9602 document type, diagnosis code systems and codes that exist, XHTML narrative,
 * references that resolve inside the document, the AI-assisted label and Provenance, and a final,
 * legally attested document (approval before final). Problems are in English, without identifiers.
 */
export function validateFhirDocument(bundle: unknown): FhirValidationResult {
  const problems = findDocumentProblems(bundle);
  return problems.length === 0
    ? { ok: true }
    : { ok: false, problems: problems.map((problem) => problem.message) };
}

/**
 * Throws `InvalidInputError` (with English `issues` and a Norwegian `userMessage` naming the first
 * problems) when the document is not valid; returns nothing otherwise.
 */
export function assertValidFhirDocument(bundle: unknown): void {
  const problems = findDocumentProblems(bundle);
  if (problems.length === 0) return;
  const userMessages = [...new Set(problems.map((problem) => problem.userMessage))];
  throw new InvalidInputError(`the FHIR document is invalid (${problems.length} problem(s))`, {
    userMessage: `Dokumentet kan ikke sendes: ${userMessages.slice(0, 3).join(' ')}`,
    issues: problems.map((problem) => problem.message),
  });
}

/** Every problem found in a document Bundle or DocumentReference. */
export function findDocumentProblems(input: unknown): ExportProblem[] {
  const resource = asRecord(input);
  if (resource === undefined)
    return [{ message: 'document is not a JSON object', userMessage: notStructured }];
  switch (resource['resourceType']) {
    case 'Bundle':
      return findBundleProblems(resource);
    case 'DocumentReference':
      return findDocumentReferenceProblems(resource);
    default:
      return [
        { message: 'document must be a Bundle or a DocumentReference', userMessage: notStructured },
      ];
  }
}

function baseProblems(resource: Json): ExportProblem[] {
  return validateBaseResource(resource as unknown as Resource).map((message) => ({
    message: `FHIR R4: ${message}`,
    userMessage: 'Dokumentet følger ikke FHIR R4-standarden.',
  }));
}

function findBundleProblems(bundle: Json): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const add = (message: string, userMessage: string): void => {
    problems.push({ message, userMessage });
  };

  if (bundle['type'] !== 'document') add('Bundle.type must be document', notStructured);
  const identifier = asRecord(bundle['identifier']);
  if (
    asString(identifier?.['system']) === undefined ||
    asString(identifier?.['value']) === undefined
  ) {
    add(
      'Bundle.identifier needs a system and a value (it makes sending idempotent)',
      notStructured,
    );
  }
  problems.push(...baseProblems(bundle));
  if (!hasAiLabel(bundle)) {
    add(
      'Bundle.meta.security lacks the AI-assisted label (AIAST)',
      'Dokumentet mangler merking om KI-støtte.',
    );
  }

  // Index the entries by full URL; document references must resolve inside the Bundle.
  const entries = records(bundle['entry']);
  const byUrl = new Map<string, Json>();
  for (const [index, entry] of entries.entries()) {
    const fullUrl = asString(entry['fullUrl']);
    const resource = asRecord(entry['resource']);
    if (fullUrl === undefined || resource === undefined) {
      add(`Bundle.entry[${index}] needs a fullUrl and a resource`, notStructured);
      continue;
    }
    byUrl.set(fullUrl, resource);
  }
  for (const reference of collectReferences(bundle['entry'])) {
    if (!byUrl.has(reference)) {
      add('a reference does not resolve to a resource inside the document', notStructured);
      break;
    }
  }
  const resolve = (reference: unknown, type: string): Json | undefined => {
    const target = byUrl.get(asString(asRecord(reference)?.['reference']) ?? '');
    return target?.['resourceType'] === type ? target : undefined;
  };

  const composition = asRecord(entries[0]?.['resource']);
  if (composition?.['resourceType'] !== 'Composition') {
    add('the first entry of a document must be its Composition', notStructured);
    return problems;
  }
  const compositionUrl = asString(entries[0]?.['fullUrl']) ?? '';
  const isFinal = composition['status'] === 'final';

  // Approval before final (P1): only a final, legally attested document may leave.
  if (
    !['preliminary', 'final', 'amended', 'entered-in-error'].includes(
      asString(composition['status']) ?? '',
    )
  ) {
    add('Composition.status has an unknown code', notStructured);
  }
  if (!isFinal)
    add('Composition.status must be final: the note is not approved', 'Notatet er ikke godkjent.');
  const attester = records(composition['attester']).find((item) => item['mode'] === 'legal');
  const attestingPractitioner = resolve(attester?.['party'], 'Practitioner');
  if (
    attester === undefined ||
    asString(attester['time']) === undefined ||
    attestingPractitioner === undefined
  ) {
    add(
      'Composition needs a legal attester (the approving Practitioner) with a time',
      'Notatet mangler godkjenning fra ansvarlig helsepersonell.',
    );
  }
  if (!hasAiLabel(composition)) {
    add(
      'Composition.meta.security lacks the AI-assisted label (AIAST)',
      'Dokumentet mangler merking om KI-støtte.',
    );
  }
  const typeCodings = records(asRecord(composition['type'])?.['coding']);
  const documentType = typeCodings.find((coding) => coding['system'] === documentTypeSystem);
  if (
    documentType === undefined ||
    !knownDocumentTypeCodes.has(asString(documentType['code']) ?? '')
  ) {
    add(
      'Composition.type needs a code from the Norwegian document type code system (Volven 9602)',
      'Dokumenttypen mangler eller er ukjent.',
    );
  }
  const patient = resolve(composition['subject'], 'Patient');
  if (patient === undefined)
    add('Composition.subject must be a Patient in the document', 'Dokumentet mangler pasient.');
  if (resolve(composition['encounter'], 'Encounter') === undefined) {
    add('Composition.encounter must be an Encounter in the document', notStructured);
  }
  if (
    !asArray(composition['author']).some((author) => resolve(author, 'Practitioner') !== undefined)
  ) {
    add(
      'Composition.author must include a Practitioner in the document',
      'Dokumentet mangler forfatter.',
    );
  }
  const sections = records(composition['section']);
  if (sections.length === 0) add('Composition has no sections', 'Notatet er tomt.');
  for (const [index, section] of sections.entries()) {
    const text = asRecord(section['text']);
    const div = asString(text?.['div']);
    if (
      div === undefined ||
      !['generated', 'extensions', 'additional'].includes(asString(text?.['status']) ?? '')
    ) {
      add(
        `Composition.section[${index}] needs an XHTML narrative`,
        'En del av notatet mangler tekst.',
      );
      continue;
    }
    for (const problem of checkNarrativeDiv(div)) {
      add(
        `Composition.section[${index}].text: ${problem}`,
        'Teksten i notatet har ugyldig formatering.',
      );
    }
  }
  const compositionDiv = asString(asRecord(composition['text'])?.['div']);
  if (compositionDiv !== undefined) {
    for (const problem of checkNarrativeDiv(compositionDiv)) {
      add(`Composition.text: ${problem}`, 'Teksten i notatet har ugyldig formatering.');
    }
  }

  if (patient !== undefined) problems.push(...findPatientProblems(patient));
  if (attestingPractitioner !== undefined)
    problems.push(...findPractitionerProblems(attestingPractitioner));
  for (const resource of byUrl.values()) {
    if (resource['resourceType'] === 'Organization')
      problems.push(...findOrganizationProblems(resource));
    if (resource['resourceType'] === 'Encounter' && !isEncounterStatus(resource['status'])) {
      add('Encounter.status has an unknown code', notStructured);
    }
  }

  const conditions = [...byUrl.values()].filter(
    (resource) => resource['resourceType'] === 'Condition',
  );
  for (const condition of conditions) problems.push(...findConditionProblems(condition, isFinal));

  // Provenance: the AI as a Device agent and the approving clinician as author or attester.
  const provenances = [...byUrl.values()].filter(
    (resource) =>
      resource['resourceType'] === 'Provenance' &&
      records(resource['target']).some((target) => target['reference'] === compositionUrl),
  );
  const provenance = provenances[0];
  if (provenance === undefined) {
    add(
      'the document needs a Provenance targeting its Composition',
      'Dokumentet mangler opplysning om KI-støtte og godkjenning.',
    );
  } else {
    const agents = records(provenance['agent']);
    const deviceAgent = agents
      .map((agent) => resolve(agent['who'], 'Device'))
      .find((device) => device !== undefined);
    if (deviceAgent === undefined) {
      add(
        'Provenance needs the AI engine as a Device agent',
        'Dokumentet mangler opplysning om KI-støtte.',
      );
    } else if (
      !records(deviceAgent['deviceName']).some(
        (name) => name['type'] === 'model-name' && asString(name['name']) !== undefined,
      )
    ) {
      add(
        'the AI Device needs a model name',
        'Dokumentet mangler opplysning om hvilken språkmodell som ble brukt.',
      );
    }
    const clinicianAgent = agents.find((agent) => {
      const code = asString(records(asRecord(agent['type'])?.['coding'])[0]?.['code']);
      return (
        (code === 'author' || code === 'attester') &&
        resolve(agent['who'], 'Practitioner') !== undefined
      );
    });
    if (clinicianAgent === undefined) {
      add(
        'Provenance needs the approving Practitioner as author or attester',
        'Dokumentet mangler hvem som godkjente.',
      );
    }
    if (asString(provenance['recorded']) === undefined)
      add('Provenance.recorded is missing', notStructured);
  }
  return dedupe(problems);
}

/** Problems with fødselsnummer/D-nummer identifiers, and whether a valid one is present. */
function checkNationalIds(identifiers: unknown): {
  problems: ExportProblem[];
  hasNationalId: boolean;
} {
  const problems: ExportProblem[] = [];
  let hasNationalId = false;
  for (const identifier of records(identifiers)) {
    const system = asString(identifier['system']);
    if (system !== identifierSystems.fodselsnummer && system !== identifierSystems.dNummer)
      continue;
    const value = asString(identifier['value']) ?? '';
    const check = checkNationalId(value);
    const label = system === identifierSystems.fodselsnummer ? 'fødselsnummer' : 'D-nummer';
    if (!check.ok) {
      const why = {
        format: 'is not 11 digits',
        date: 'has an impossible birth date',
        checksum: 'fails the mod-11 check digits',
      }[check.reason];
      problems.push({
        message: `Patient ${label} ${why}`,
        userMessage: `Pasientens ${label} er ugyldig (${
          {
            format: 'må være 11 siffer',
            date: 'datoen finnes ikke',
            checksum: 'kontrollsifrene stemmer ikke',
          }[check.reason]
        }).`,
      });
    } else if (isDNumber(value) !== (system === identifierSystems.dNummer)) {
      problems.push({
        message: `Patient identifier uses the ${label} system for a number of the other kind`,
        userMessage: 'Pasientens ID-nummer er registrert med feil type (fødselsnummer/D-nummer).',
      });
    } else {
      hasNationalId = true;
    }
  }
  return { problems, hasNationalId };
}

function findPatientProblems(patient: Json): ExportProblem[] {
  const { problems, hasNationalId } = checkNationalIds(patient['identifier']);
  const hasName = records(patient['name']).length > 0;
  const hasBirthDate = asString(patient['birthDate']) !== undefined;
  if (!hasNationalId && !(hasName && hasBirthDate) && problems.length === 0) {
    problems.push({
      message: 'Patient needs a fødselsnummer or D-nummer, or else a name and birth date',
      userMessage: 'Pasienten må ha fødselsnummer eller D-nummer, eller navn og fødselsdato.',
    });
  }
  return problems;
}

function findPractitionerProblems(practitioner: Json): ExportProblem[] {
  const hpr = records(practitioner['identifier']).find(
    (identifier) => identifier['system'] === identifierSystems.hpr,
  );
  if (hpr === undefined) {
    return [
      {
        message: 'the approving Practitioner has no HPR number',
        userMessage: 'Den som godkjente notatet mangler HPR-nummer i brukerprofilen.',
      },
    ];
  }
  if (!isValidHprNumber(asString(hpr['value']) ?? '')) {
    return [{ message: 'the HPR number is malformed', userMessage: 'HPR-nummeret er ugyldig.' }];
  }
  return [];
}

function findOrganizationProblems(organization: Json): ExportProblem[] {
  const identifier = records(organization['identifier']).find(
    (item) => item['system'] === identifierSystems.organizationNumber,
  );
  if (identifier !== undefined && !isValidOrganisationNumber(asString(identifier['value']) ?? '')) {
    return [
      {
        message: 'the organisasjonsnummer fails its mod-11 check digit',
        userMessage: 'Organisasjonsnummeret i oppsettet er ugyldig. Kontakt IT.',
      },
    ];
  }
  return [];
}

function findConditionProblems(condition: Json, documentIsFinal: boolean): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const codings = records(asRecord(condition['code'])?.['coding']);
  const known = codings.filter((coding) => toCodeSystem(asString(coding['system'])) !== undefined);
  if (known.length === 0) {
    problems.push({
      message: 'a Condition has no ICPC-2 or ICD-10 coding',
      userMessage: 'En diagnose mangler ICPC-2- eller ICD-10-kode.',
    });
  }
  for (const coding of known) {
    const system = toCodeSystem(asString(coding['system']));
    const code = asString(coding['code']) ?? '';
    if (system !== undefined && !isKnownCode(system, code)) {
      problems.push({
        message: `a Condition has an unknown ${system} code`,
        userMessage: `En diagnosekode finnes ikke i ${system}.`,
      });
    }
  }
  const icpcCodes = new Set(
    known
      .filter(
        (coding) =>
          coding['system'] === diagnosisSystems.icpc2 ||
          coding['system'] === diagnosisSystems.icpc2Volven,
      )
      .map((coding) => coding['code']),
  );
  if (icpcCodes.size > 1) {
    problems.push({
      message: 'a Condition has different ICPC-2 codes under its two system URIs',
      userMessage: 'En diagnose har motstridende koder.',
    });
  }
  const verification = asString(
    records(asRecord(condition['verificationStatus'])?.['coding'])[0]?.['code'],
  );
  const verificationSystem = asString(
    records(asRecord(condition['verificationStatus'])?.['coding'])[0]?.['system'],
  );
  if (
    verificationSystem !== terminology.conditionVerification ||
    (verification !== 'provisional' && verification !== 'confirmed')
  ) {
    problems.push({
      message: 'Condition.verificationStatus must be provisional or confirmed',
      userMessage: 'En diagnose mangler status.',
    });
  } else if (verification === 'confirmed' && !documentIsFinal) {
    problems.push({
      message:
        'a Condition is confirmed in a document that is not approved (it must stay provisional)',
      userMessage: 'Diagnoser kan ikke bekreftes før notatet er godkjent.',
    });
  }
  const clinical = asString(
    records(asRecord(condition['clinicalStatus'])?.['coding'])[0]?.['code'],
  );
  if (
    !['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved'].includes(
      clinical ?? '',
    )
  ) {
    problems.push({
      message: 'Condition.clinicalStatus has an unknown code',
      userMessage: 'En diagnose mangler status.',
    });
  }
  return problems;
}

function findDocumentReferenceProblems(reference: Json): ExportProblem[] {
  const problems: ExportProblem[] = [...baseProblems(reference)];
  const add = (message: string, userMessage: string): void => {
    problems.push({ message, userMessage });
  };
  if (reference['status'] !== 'current')
    add('DocumentReference.status must be current', notStructured);
  if (reference['docStatus'] !== 'final')
    add(
      'DocumentReference.docStatus must be final: the note is not approved',
      'Notatet er ikke godkjent.',
    );
  if (asString(asRecord(reference['masterIdentifier'])?.['value']) === undefined) {
    add(
      'DocumentReference.masterIdentifier is required (it makes sending idempotent)',
      notStructured,
    );
  }
  if (!hasAiLabel(reference)) {
    add(
      'DocumentReference.meta.security lacks the AI-assisted label (AIAST)',
      'Dokumentet mangler merking om KI-støtte.',
    );
  }
  const documentType = records(asRecord(reference['type'])?.['coding']).find(
    (coding) => coding['system'] === documentTypeSystem,
  );
  if (
    documentType === undefined ||
    !knownDocumentTypeCodes.has(asString(documentType['code']) ?? '')
  ) {
    add(
      'DocumentReference.type needs a code from the Norwegian document type code system (Volven 9602)',
      'Dokumenttypen mangler eller er ukjent.',
    );
  }
  const subject = asRecord(reference['subject']);
  const subjectIdentifier = asRecord(subject?.['identifier']);
  if (subjectIdentifier === undefined) {
    add(
      'DocumentReference.subject needs the patient identifier',
      'Dokumentet mangler pasientens fødselsnummer eller D-nummer.',
    );
  } else {
    problems.push(...checkNationalIds([subjectIdentifier]).problems);
    const system = asString(subjectIdentifier['system']);
    if (system !== identifierSystems.fodselsnummer && system !== identifierSystems.dNummer) {
      add(
        'DocumentReference.subject identifier must be a fødselsnummer or D-nummer',
        'Dokumentet mangler pasientens fødselsnummer eller D-nummer.',
      );
    }
  }
  const authenticator = asRecord(reference['authenticator']);
  if (authenticator === undefined)
    add(
      'DocumentReference.authenticator (the approver) is missing',
      'Notatet mangler godkjenning fra ansvarlig helsepersonell.',
    );
  else
    problems.push(
      ...findPractitionerProblems({ identifier: [asRecord(authenticator['identifier']) ?? {}] }),
    );
  const contents = records(reference['content']);
  if (contents.length === 0) add('DocumentReference has no content', 'Notatet er tomt.');
  for (const content of contents) {
    const attachment = asRecord(content['attachment']);
    const data = asString(attachment?.['data']);
    if (
      asString(attachment?.['contentType']) === undefined ||
      data === undefined ||
      data.length === 0
    ) {
      add('a DocumentReference attachment needs a content type and inline data', notStructured);
      continue;
    }
    if (attachment?.['contentType'] === 'application/fhir+json') {
      let embedded: unknown;
      try {
        embedded = JSON.parse(Buffer.from(data, 'base64').toString('utf8'));
      } catch {
        add('the embedded FHIR document is not valid JSON', notStructured);
        continue;
      }
      problems.push(
        ...findDocumentProblems(embedded).map((problem) => ({
          ...problem,
          message: `embedded document: ${problem.message}`,
        })),
      );
    }
  }
  return dedupe(problems);
}

function hasAiLabel(resource: Json): boolean {
  return records(asRecord(resource['meta'])?.['security']).some(
    (coding) =>
      coding['system'] === aiAssistedLabel.system && coding['code'] === aiAssistedLabel.code,
  );
}

function isEncounterStatus(value: unknown): boolean {
  return [
    'planned',
    'arrived',
    'triaged',
    'in-progress',
    'onleave',
    'finished',
    'cancelled',
    'entered-in-error',
    'unknown',
  ].includes(asString(value) ?? '');
}

/** Every `reference` string inside the entries (contained `#…` references excluded). */
function collectReferences(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, found);
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'reference' && typeof child === 'string') {
        if (!child.startsWith('#')) found.push(child);
      } else {
        collectReferences(child, found);
      }
    }
  }
  return found;
}

function dedupe(problems: readonly ExportProblem[]): ExportProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    if (seen.has(problem.message)) return false;
    seen.add(problem.message);
    return true;
  });
}
