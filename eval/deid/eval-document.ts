import { z } from 'zod';

import { PHI_TYPES } from './phi-types.js';

/** The note and transcript kinds the evaluation set covers. */
export const DOCUMENT_KINDS = [
  'journalnotat',
  'epikrise',
  'henvisning',
  'sykepleienotat',
  'transcript',
  'pasientbrev',
  'telefonnotat',
  'snippet',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One gold identifier mention: `text === document.text.slice(start, end)`. */
export const annotationSchema = z.strictObject({
  start: z.int().nonnegative(),
  end: z.int().positive(),
  type: z.enum(PHI_TYPES),
  text: z.string().min(1),
});

export type Annotation = z.infer<typeof annotationSchema>;

/** What the caller already knows about the patient (passed to the detector as `known`). */
export const knownPatientSchema = z.strictObject({
  name: z.string().min(1).optional(),
  fnr: z.string().min(1).optional(),
  birthDate: z.iso.date().optional(),
});

export type KnownPatient = z.infer<typeof knownPatientSchema>;

/** One annotated document of the evaluation set (a file in `eval/deid/data/`). */
export const evalDocumentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(DOCUMENT_KINDS),
  known: knownPatientSchema.optional(),
  text: z.string().min(1),
  annotations: z.array(annotationSchema),
});

export type EvalDocument = z.infer<typeof evalDocumentSchema>;

/** Why an annotated document is inconsistent; empty when it is sound. */
export function findAnnotationProblems(document: EvalDocument): string[] {
  const problems: string[] = [];
  const sorted = [...document.annotations].sort((left, right) => left.start - right.start);
  let previousEnd = 0;
  for (const [index, annotation] of sorted.entries()) {
    if (annotation.end <= annotation.start || annotation.end > document.text.length) {
      problems.push(`${document.id}: annotation ${index} has offsets outside the text`);
      continue;
    }
    if (document.text.slice(annotation.start, annotation.end) !== annotation.text) {
      problems.push(
        `${document.id}: annotation ${index} text does not equal text.slice(start, end)`,
      );
    }
    if (annotation.text.trim() !== annotation.text) {
      problems.push(`${document.id}: annotation ${index} starts or ends with whitespace`);
    }
    if (annotation.start < previousEnd) {
      problems.push(`${document.id}: annotation ${index} overlaps the one before it`);
    }
    previousEnd = Math.max(previousEnd, annotation.end);
  }
  return problems;
}
