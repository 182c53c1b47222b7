import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ApprovedNote, IdGenerator } from '../../core/index.js';
import { getSharedConsultationsDirectory } from '../../testing/shared-data.js';

/** The shared synthetic consultations (shared/data/consultations, d01–d06). */
export const consultationsDirectory = getSharedConsultationsDirectory();

const caseSchema = z.object({
  id: z.string(),
  template: z.enum(['journalnotat', 'epikrise']),
  patient: z.object({ name: z.string(), fnr: z.string().nullable(), birthDate: z.string() }),
  clinician: z.object({ name: z.string(), hpr: z.string() }),
  reference_note: z.object({
    sections: z.record(z.string(), z.string()),
    diagnosis: z.array(
      z.object({ system: z.enum(['ICPC-2', 'ICD-10']), code: z.string(), text: z.string() }),
    ),
  }),
});
export type SharedConsultation = z.infer<typeof caseSchema>;

// Section keys (design §6.4) in the order the reference notes list their titles.
const sectionKeys = {
  journalnotat: ['kontaktarsak', 'anamnese', 'funn', 'vurdering', 'tiltak'],
  epikrise: [
    'innleggelsesarsak',
    'forlop',
    'funn',
    'diagnoser',
    'medikamentendringer',
    'oppfolging',
  ],
} as const;

export function loadSharedConsultations(): SharedConsultation[] {
  return readdirSync(consultationsDirectory)
    .filter((file) => /^d\d\d-.*\.json$/.test(file))
    .sort()
    .map((file) =>
      caseSchema.parse(JSON.parse(readFileSync(join(consultationsDirectory, file), 'utf8'))),
    );
}

/** An ApprovedNote from a shared case: its reference note, patient and clinician. */
export function toApprovedNote(
  consultation: SharedConsultation,
  overrides: { approvedAt?: string; withFnr?: boolean } = {},
): ApprovedNote {
  const keys = sectionKeys[consultation.template];
  const sections = Object.entries(consultation.reference_note.sections).map(
    ([title, text], index) => ({
      key: keys[index] ?? `section-${index}`,
      title,
      text,
    }),
  );
  const { fnr, name, birthDate } = consultation.patient;
  const includeFnr = overrides.withFnr ?? true;
  return {
    consultationId: `consultation-${consultation.id}`,
    template: consultation.template,
    sections,
    diagnoses: consultation.reference_note.diagnosis,
    approvedAt: overrides.approvedAt ?? '2025-10-01T10:15:00.000Z',
    approvedBy: {
      userId: 'user-1',
      username: 'lege1',
      displayName: consultation.clinician.name,
      hpr: consultation.clinician.hpr,
    },
    engine: { kind: 'builtin', model: 'referent-builtin-1' },
    patient: { name, birthDate, ...(fnr !== null && includeFnr ? { fnr } : {}) },
  };
}

/** Ids 00000000-0000-4000-8000-000000000001, …02, … — deterministic for tests. */
export function createCountingIds(): IdGenerator {
  let counter = 0;
  return {
    newId: () => {
      counter += 1;
      return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
    },
    randomBytes: (bytes) => Buffer.alloc(bytes, counter),
  };
}
