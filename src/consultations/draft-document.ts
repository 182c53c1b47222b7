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
import {
  createDictationDrafter,
  isDictation,
  resetWordMemos,
  textsOfDraft,
} from '../draft/index.js';
import type { Drafting, PseudonymizedSegmentsOutput, Pseudonymizer } from './capabilities.js';
import { createEvidenceMap } from './offset-map.js';

/** What {@link draftDocument} drafts from, and with. */
export interface DraftDocumentInput {
  readonly transcript: Transcript;
  readonly templateId: TemplateId;
  readonly known?: KnownPatient;
  readonly vault?: string;
  readonly pseudonymizer: Pseudonymizer;
  readonly drafting: Drafting;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

/**
 * The drafting pipeline (design §2): pseudonymize → draft → verify → re-identify.
 * The drafter sees only pseudonymized text; evidence offsets are mapped back to the raw transcript;
 * every re-identification warning (an invented person, number or date) becomes a sentence flag.
 * Used by the API's draft endpoint and by `referent draft`. Whatever ran on this thread (another
 * engine, its verification, a dictation, pseudonymization), the memos of words are emptied when it
 * ends (design.md §1 P2), as a compute job's are on its worker.
 */
export async function draftDocument(
  input: DraftDocumentInput,
): Promise<{ readonly draft: Draft; readonly vault: string }> {
  try {
    return await runPipeline(input);
  } finally {
    resetWordMemos();
  }
}

async function runPipeline(
  input: DraftDocumentInput,
): Promise<{ readonly draft: Draft; readonly vault: string }> {
  const { transcript, pseudonymizer, drafting } = input;
  if (!transcript.segments.some((segment) => segment.text.trim() !== '')) {
    throw new InvalidInputError('the transcript is empty', {
      userMessage: 'Transkripsjonen er tom. Last opp eller ta opp samtalen først.',
    });
  }
  const signalOption = input.signal === undefined ? {} : { signal: input.signal };
  const template = drafting.getTemplate(input.templateId);
  // The builtin engine's whole pipeline in one job on the compute pool, when one is wired (a
  // dictation is the clinician's own text: laid out as dictated, by the dictation drafter here).
  const pipeline = drafting.draftBuiltinPipeline;
  if (
    pipeline !== undefined &&
    drafting.drafter.info.kind === 'builtin' &&
    !isDictation(transcript)
  ) {
    const done = await pipeline(
      {
        segments: transcript.segments,
        template,
        engine: drafting.drafter.info,
        ...(input.known === undefined ? {} : { known: input.known }),
        ...(input.vault === undefined ? {} : { vault: input.vault }),
      },
      signalOption,
    );
    checkSegmentCount(done.pseudonymized, transcript);
    return assemble({
      transcript,
      pseudonymized: done.pseudonymized,
      verified: done.draft,
      reidentified: done.reidentified,
    });
  }
  const toPseudonymize = {
    segments: transcript.segments,
    ...(input.known === undefined ? {} : { known: input.known }),
    ...(input.vault === undefined ? {} : { vault: input.vault }),
  };
  // CPU work (10–20 ms per 40 segments): off the event loop when a compute pool is wired.
  const pseudonymized =
    pseudonymizer.pseudonymizeSegmentsOffThread === undefined
      ? pseudonymizer.pseudonymizeSegments(toPseudonymize)
      : await pseudonymizer.pseudonymizeSegmentsOffThread(toPseudonymize, signalOption);
  checkSegmentCount(pseudonymized, transcript);
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
  const reidentified = await reidentifyDraft(pseudonymizer, {
    verified,
    vault: pseudonymized.vault,
    ...signalOption,
  });
  return assemble({ transcript, pseudonymized, verified, reidentified });
}

/** Never fall back to raw text: a mismatch is a defect, and the model must not see identifiers. */
function checkSegmentCount(
  pseudonymized: PseudonymizedSegmentsOutput,
  transcript: Transcript,
): void {
  if (pseudonymized.segments.length !== transcript.segments.length) {
    throw new Error('pseudonymizer returned a different number of segments');
  }
}

/**
 * The clinician's draft from the verified pseudonymized one: real values back in every sentence,
 * section and diagnosis (`reidentified`, in `textsOfDraft` order), each re-identification warning
 * (an invented person, number or date) a sentence flag, evidence offsets mapped to the raw text.
 */
function assemble(input: {
  readonly transcript: Transcript;
  readonly pseudonymized: PseudonymizedSegmentsOutput;
  readonly verified: Draft;
  readonly reidentified: readonly Reidentified[];
}): { readonly draft: Draft; readonly vault: string } {
  const { transcript, pseudonymized, verified } = input;
  if (input.reidentified.length !== textsOfDraft(verified).length)
    throw new Error('re-identification returned a different number of texts');
  let cursor = 0;
  const reidentify = (): Reidentified => {
    const back = input.reidentified[cursor];
    cursor += 1;
    if (back === undefined) throw new Error('re-identification returned too few texts');
    return back;
  };
  const warnings = new Set(verified.warnings);
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
 * loop when a compute pool is wired, else on this thread), in `textsOfDraft` order.
 */
async function reidentifyDraft(
  pseudonymizer: Pseudonymizer,
  input: { readonly verified: Draft; readonly vault: string; readonly signal?: AbortSignal },
): Promise<readonly Reidentified[]> {
  const { verified, vault, signal } = input;
  const texts = textsOfDraft(verified);
  if (pseudonymizer.reidentifyOffThread === undefined) {
    // Opened once for the whole draft.
    const opened = pseudonymizer.openVault(vault);
    return texts.map((text) => opened.reidentify(text));
  }
  return pseudonymizer.reidentifyOffThread(
    { texts, vault },
    signal === undefined ? {} : { signal },
  );
}
