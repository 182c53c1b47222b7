import type { Draft } from '../core/index.js';

/**
 * The texts of a draft that re-identification puts the real values back into, in the one order
 * every caller relies on: sections in order (their sentences, or the section's text when it has
 * none), then the diagnoses.
 */
export function textsOfDraft(draft: Draft): string[] {
  return [
    ...draft.sections.flatMap((section) =>
      section.sentences.length > 0
        ? section.sentences.map((sentence) => sentence.text)
        : [section.text],
    ),
    ...draft.diagnoses.map((diagnosis) => diagnosis.text),
  ];
}
