import { z } from 'zod';
import {
  codeSystems,
  consentMethods,
  knownPatientSchema,
  templateIds,
  type ApprovedNote,
  type Consultation,
  type Draft,
  type Note,
  type TemplateId,
  type Transcript,
} from '../core/index.js';
import type { PatientSummary } from './check-patient.js';
import { toIso } from './consultation-context.js';

/** Body of `POST /api/v1/consultations` (design §6.2). */
export const createConsultationSchema = z.strictObject({
  template: z.enum(templateIds),
  templates: z.array(z.enum(templateIds)).max(4).optional(),
  // Optional in the schema so a missing consent gets its own clear answer (design §6.2).
  consent: z.strictObject({ given: z.boolean(), method: z.enum(consentMethods) }).optional(),
  patient: knownPatientSchema.strict().optional(),
});
export type CreateConsultationInput = z.infer<typeof createConsultationSchema>;

/** Body of `PUT /api/v1/consultations/:id/note`: the clinician's text per section. */
export const noteInputSchema = z.strictObject({
  template: z.enum(templateIds).optional(),
  sections: z
    .array(z.strictObject({ key: z.string().min(1).max(64), text: z.string().max(100_000) }))
    .max(20),
  diagnoses: z
    .array(
      z.strictObject({
        system: z.enum(codeSystems),
        code: z.string().min(1).max(16),
        text: z.string().max(500).optional(),
      }),
    )
    .max(20)
    .optional(),
});
export type NoteInput = z.infer<typeof noteInputSchema>;

/** What a clinician sees of a consultation (API shape; times ISO 8601). */
export interface ConsultationSummary {
  readonly id: string;
  readonly status: Consultation['status'];
  readonly template: TemplateId;
  readonly templates: readonly TemplateId[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly expiresAt: string;
}

/** One consultation with its content, as the review screen reads it. */
export interface ConsultationView extends ConsultationSummary {
  readonly consent: { readonly method: string; readonly recordedAt: string };
  readonly hasPatient: boolean;
  /** Name, birth date and masked fødselsnummer, so the clinician can check the chart. */
  readonly patient?: PatientSummary;
  readonly transcript?: Transcript;
  readonly drafts?: Readonly<Partial<Record<TemplateId, Draft>>>;
  readonly note?: Readonly<Partial<Record<TemplateId, Note>>>;
  readonly approved?: Readonly<Partial<Record<TemplateId, ApprovedNote>>>;
}

export function toSummary(consultation: Consultation): ConsultationSummary {
  return {
    id: consultation.id,
    status: consultation.status,
    template: consultation.template,
    templates: consultation.templates,
    createdAt: toIso(consultation.createdAt),
    updatedAt: toIso(consultation.updatedAt),
    expiresAt: toIso(consultation.expiresAt),
  };
}
