import {
  InvalidInputError,
  toSectionText,
  type Draft,
  type DraftSentence,
  type KnownPatient,
  type PseudonymizedTranscript,
  type RawText,
  type TemplateId,
  type Transcript,
} from '../core/index.js';
import { createDictationDrafter, isDictation } from '../draft/index.js';
import type { Drafting, Pseudonymizer } from './capabilities.js';
import { createEvidenceMap } from './offset-map.js';

/**
 * The drafting pipeline (design §2): pseudonymize → draft → verify → re-identify.
 * The drafter sees only pseudonymized text; evidence offsets are mapped back to the raw transcript;
 * every re-identification warning (an invented person, number or date) becomes a sentence flag.
 * Used by the API's draft endpoint and by `referent draft`.
 */
export async function draftDocument(input: {
  readonly transcript: Transcript;
  readonly templateId: TemplateId;
  readonly known?: KnownPatient;
  readonly vault?: string;
  readonly pseudonymizer: Pseudonymizer;
  readonly drafting: Drafting;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}): Promise<{ readonly draft: Draft; readonly vault: string }> {
  const { transcript, pseudonymizer, drafting } = input;
  if (!transcript.segments.some((segment) => segment.text.trim() !== '')) {
    throw new InvalidInputError('the transcript is empty', {
      userMessage: 'Transkripsjonen er tom. Last opp eller ta opp samtalen først.',
    });
  }
  const toPseudonymize = {
    segments: transcript.segments,
    ...(input.known === undefined ? {} : { known: input.known }),
    ...(input.vault === undefined ? {} : { vault: input.vault }),
  };
  const signalOption = input.signal === undefined ? {} : { signal: input.signal };
  // CPU work (10–20 ms per 40 segments): off the event loop when a compute pool is wired.
  const pseudonymized =
    pseudonymizer.pseudonymizeSegmentsOffThread === undefined
      ? pseudonymizer.pseudonymizeSegments(toPseudonymize)
      : await pseudonymizer.pseudonymizeSegmentsOffThread(toPseudonymize, signalOption);
  // Never fall back to raw text: a mismatch is a defect, and the model must not see identifiers.
  if (pseudonymized.segments.length !== transcript.segments.length) {
    throw new Error('pseudonymizer returned a different number of segments');
  }
  const pseudoTranscript: PseudonymizedTranscript = {
    segments: pseudonymized.segments.map((segment, index) => {
      const original = transcript.segments[index];
      return {
        speaker: original?.speaker ?? 'ukjent',
        text: segment.text,
        ...(original?.start === undefined ? {} : { start: original.start }),
        ...(original?.end === undefined ? {} : { end: original.end }),
      };
    }),
  };
  const template = drafting.getTemplate(input.templateId);
  // A dictation is the clinician's own text: laid out as dictated, never summarised by a model.
  const drafter = isDictation(pseudoTranscript) ? createDictationDrafter() : drafting.drafter;
  // The builtin engine and the verifier are CPU work: off the event loop when a pool is wired.
  const offThread =
    drafter === drafting.drafter && drafter.info.kind === 'builtin'
      ? drafting.draftBuiltin
      : undefined;
  const verified =
    offThread === undefined
      ? await verifyOutput(drafting, signalOption, {
          template,
          transcript: pseudoTranscript,
          output: await drafter.draft(
            { template, transcript: pseudoTranscript },
            {
              ...signalOption,
              ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
            },
          ),
          engine: drafter.info,
        })
      : await offThread(
          { template, transcript: pseudoTranscript, engine: drafter.info },
          signalOption,
        );

  const warnings = new Set(verified.warnings);
  const reidentify = await reidentifyDraft(pseudonymizer, {
    verified,
    vault: pseudonymized.vault,
    ...signalOption,
  });
  const mapEvidence = createEvidenceMap(pseudonymized.segments, transcript.segments);

  const sections = verified.sections.map((section) => {
    const sentences = section.sentences.map((sentence): DraftSentence => {
      const back = reidentify();
      const flags = [...sentence.flags];
      for (const warning of back.warnings) {
        flags.push({ kind: 'unknown-pseudonym', severity: 'warning', message: warning });
        warnings.add(warning);
      }
      return {
        text: back.text,
        evidence: mapEvidence(sentence.evidence),
        supported: sentence.supported && back.warnings.length === 0,
        flags,
        ...(sentence.breakBefore === undefined ? {} : { breakBefore: sentence.breakBefore }),
      };
    });
    const text = sentences.length > 0 ? toSectionText(sentences) : reidentify().text;
    return { key: section.key, title: section.title, text, sentences };
  });
  const diagnoses = verified.diagnoses.map((diagnosis) => ({
    ...diagnosis,
    text: reidentify().text,
    evidence: mapEvidence(diagnosis.evidence),
  }));
  return {
    draft: {
      template: verified.template,
      engine: verified.engine,
      sections,
      diagnoses,
      warnings: [...warnings],
    },
    vault: pseudonymized.vault,
  };
}

/** Verifies an engine's output off the event loop when a compute pool is wired. */
function verifyOutput(
  drafting: Drafting,
  options: { readonly signal?: AbortSignal },
  input: Parameters<Drafting['verify']>[0],
): Promise<Draft> {
  return drafting.verifyOffThread === undefined
    ? Promise.resolve(drafting.verify(input))
    : drafting.verifyOffThread(input, options);
}

type Reidentified = { readonly text: RawText; readonly warnings: readonly string[] };

/**
 * Re-identifies every sentence, empty section and diagnosis of `verified` in one go (off the event
 * loop when a compute pool is wired, else on this thread) and hands the results out in that
 * order: sections in order (their sentences, or the section's text when it has none), then the
 * diagnoses.
 */
async function reidentifyDraft(
  pseudonymizer: Pseudonymizer,
  input: { readonly verified: Draft; readonly vault: string; readonly signal?: AbortSignal },
): Promise<() => Reidentified> {
  const { verified, vault, signal } = input;
  const texts = [
    ...verified.sections.flatMap((section) =>
      section.sentences.length > 0
        ? section.sentences.map((sentence) => sentence.text)
        : [section.text],
    ),
    ...verified.diagnoses.map((diagnosis) => diagnosis.text),
  ];
  let reidentified: readonly Reidentified[];
  if (pseudonymizer.reidentifyOffThread === undefined) {
    // Opened once for the whole draft.
    const opened = pseudonymizer.openVault(vault);
    reidentified = texts.map((text) => opened.reidentify(text));
  } else {
    reidentified = await pseudonymizer.reidentifyOffThread(
      { texts, vault },
      signal === undefined ? {} : { signal },
    );
  }
  if (reidentified.length !== texts.length)
    throw new Error('re-identification returned a different number of texts');
  let cursor = 0;
  return () => {
    const back = reidentified[cursor];
    cursor += 1;
    if (back === undefined) throw new Error('re-identification returned too few texts');
    return back;
  };
}
