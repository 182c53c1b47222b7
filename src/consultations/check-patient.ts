import { InvalidInputError, type KnownPatient } from '../core/index.js';
import { classifyNationalId, readNationalIdBirthDate } from '../identifiers/index.js';

/**
 * Refuses patient identifiers that cannot be right, while they can still be corrected: a
 * fødselsnummer (or D-, H- or FH-nummer) whose control digits fail — by the current rule or the
 * rule for numbers issued from 2032 (Skatteetaten) — or a birth date the number contradicts.
 * Without this a typo surfaced only at FHIR export, after approval. Messages are Norwegian and
 * never repeat the number.
 */
export function checkPatient(patient: KnownPatient): void {
  const fnr = patient.fnr;
  if (fnr === undefined) return;
  const classified = classifyNationalId(fnr);
  if (classified === undefined) {
    throw new InvalidInputError('patient fnr has no valid date part', {
      userMessage:
        'Fødselsnummeret er ikke gyldig: de seks første sifrene er ikke en dato. Sjekk nummeret.',
    });
  }
  if (!classified.valid) {
    throw new InvalidInputError('patient fnr fails its control digits', {
      userMessage:
        'Fødselsnummeret er ikke gyldig: kontrollsifrene stemmer ikke. Sjekk at alle 11 sifrene er riktige.',
    });
  }
  const fromNumber = readNationalIdBirthDate(fnr);
  if (
    patient.birthDate !== undefined &&
    fromNumber !== undefined &&
    fromNumber !== patient.birthDate
  ) {
    throw new InvalidInputError('patient birth date contradicts the fnr', {
      userMessage:
        'Fødselsdatoen stemmer ikke med fødselsnummeret. Sjekk at begge gjelder samme pasient.',
    });
  }
}

/** What the clinician sees of the patient: enough to recognise the chart, not the whole number. */
export interface PatientSummary {
  readonly name?: string;
  /** YYYY-MM-DD, given or read from the fødselsnummer. */
  readonly birthDate?: string;
  /** «DDMMÅÅ ***NN»: the date part and the control digits, the individual number hidden. */
  readonly fnrMasked?: string;
}

/** The on-screen form of a stored patient. */
export function toPatientSummary(patient: KnownPatient): PatientSummary {
  const birthDate =
    patient.birthDate ??
    (patient.fnr === undefined ? undefined : readNationalIdBirthDate(patient.fnr));
  return {
    ...(patient.name === undefined ? {} : { name: patient.name }),
    ...(birthDate === undefined ? {} : { birthDate }),
    ...(patient.fnr === undefined
      ? {}
      : { fnrMasked: `${patient.fnr.slice(0, 6)} ***${patient.fnr.slice(9)}` }),
  };
}
