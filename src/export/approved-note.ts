import { InvalidInputError, type ApprovedNote, type TemplateId } from '../core/index.js';

/** Document titles as clinicians name them. */
export const documentTitles: Readonly<Record<TemplateId, string>> = {
  journalnotat: 'Journalnotat',
  epikrise: 'Epikrise',
  henvisning: 'Henvisning',
  pasientbrev: 'Pasientbrev',
};

/**
 * Refuses a note that does not carry a valid approval (P1: nothing reaches the record without
 * the clinician's approval). Returns the approval time as an ISO instant.
 */
export function assertApproved(note: ApprovedNote): string {
  const approvedAt = new Date(note.approvedAt);
  if (note.approvedAt.length === 0 || Number.isNaN(approvedAt.getTime())) {
    throw new InvalidInputError('the note has no valid approval time', {
      userMessage: 'Notatet er ikke godkjent. Godkjenn notatet før det eksporteres.',
      issues: ['approvedAt: missing or not a date-time'],
    });
  }
  if (note.approvedBy.userId.length === 0 || note.approvedBy.displayName.trim().length === 0) {
    throw new InvalidInputError('the note names no approving clinician', {
      userMessage: 'Notatet er ikke godkjent. Godkjenn notatet før det eksporteres.',
      issues: ['approvedBy: missing'],
    });
  }
  return approvedAt.toISOString();
}

/**
 * The approval time as a canonical ISO instant, so "2025-10-01T12:15:00+02:00" and
 * "2025-10-01T10:15:00.000Z" give the same document identifier. Unparseable input is returned as
 * written (`assertApproved` refuses it before anything is built).
 */
export function toCanonicalInstant(value: string): string {
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : time.toISOString();
}

/** Splits a full name into the FHIR HumanName parts (last word = family name). */
export function toHumanName(fullName: string): {
  use: 'official';
  text: string;
  family?: string;
  given?: string[];
} {
  const text = fullName.trim().replace(/\s+/g, ' ');
  const words = text.split(' ').filter((word) => word.length > 0);
  const family = words.at(-1);
  const given = words.slice(0, -1);
  return {
    use: 'official',
    text,
    ...(family === undefined ? {} : { family }),
    ...(given.length > 0 ? { given } : {}),
  };
}
