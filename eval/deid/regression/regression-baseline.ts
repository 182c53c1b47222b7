import { z } from 'zod';

import type { EvalDocument } from '../eval-document.js';
import type { CleanText } from '../load-eval-set.js';
import type { Detector } from '../run-evaluation.js';
import { isFullyCovered } from '../score.js';

/**
 * What the pseudonymizer already got right: the gold mentions it fully covered (document id,
 * start, end, type) and the identifier-free texts where it detected nothing.
 */
export const regressionBaselineSchema = z.strictObject({
  protectedMentions: z.array(z.string()),
  cleanTextsWithoutDetections: z.array(z.string()),
});
export type RegressionBaseline = z.infer<typeof regressionBaselineSchema>;

/** The key of one gold mention: `"<document id>:<start>-<end>:<type>"`. */
export function toMentionKey(
  documentId: string,
  mention: { start: number; end: number; type: string },
): string {
  return `${documentId}:${String(mention.start)}-${String(mention.end)}:${mention.type}`;
}

function toKnown(document: EvalDocument): Parameters<Detector>[1] {
  const known = document.known;
  if (known === undefined) return undefined;
  return {
    ...(known.name === undefined ? {} : { name: known.name }),
    ...(known.fnr === undefined ? {} : { fnr: known.fnr }),
    ...(known.birthDate === undefined ? {} : { birthDate: known.birthDate }),
  };
}

/** Keys of the gold mentions in `documents` that `detect` covers in full. */
export function listProtectedMentions(
  documents: readonly EvalDocument[],
  detect: Detector,
): string[] {
  const keys: string[] = [];
  for (const document of documents) {
    const predicted = detect(document.text, toKnown(document));
    for (const mention of document.annotations) {
      if (isFullyCovered(document.text, mention, predicted))
        keys.push(toMentionKey(document.id, mention));
    }
  }
  return keys;
}

/** Ids of the clean texts on which `detect` finds nothing. */
export function listCleanTextsWithoutDetections(
  clean: readonly CleanText[],
  detect: Detector,
): string[] {
  return clean.filter((text) => detect(text.text, undefined).length === 0).map((text) => text.id);
}

/** The baseline of the own set, the shared cases (when present) and the clean corpus. */
export function toRegressionBaseline(
  sets: {
    own: readonly EvalDocument[];
    shared: readonly EvalDocument[];
    clean: readonly CleanText[];
  },
  detect: Detector,
): RegressionBaseline {
  return {
    protectedMentions: listProtectedMentions([...sets.own, ...sets.shared], detect),
    cleanTextsWithoutDetections: listCleanTextsWithoutDetections(sets.clean, detect),
  };
}
