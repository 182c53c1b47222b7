/**
 * The jobs of the compute pool's worker threads (`compute-worker.ts`), checked and run: the
 * builtin drafting engine and the verifier (also alone, for another engine's output),
 * pseudonymization (`pseudonymizeSegments`) and re-identification (`reidentifyTexts`). Every job
 * ends by emptying the memos of words of pseudonymization and drafting (`resetWordMemos`,
 * design.md §1 P2), so no word of a finished job stays in the worker's memory.
 */
import { z } from 'zod';
import {
  asRawText,
  codeSystems,
  knownPatientSchema,
  speakers,
  templateIds,
  type PseudonymizedSegment,
  type PseudonymizedText,
  type PseudonymizedTranscript,
  type TemplateDefinition,
} from '../core/index.js';
import {
  resetWordMemos,
  textsOfDraft,
  verifyDraft,
  type Drafter,
  type DrafterDiagnosis,
  type DrafterSentence,
} from '../draft/index.js';
import {
  pseudonymizeSegments,
  reidentifyTexts,
  type SegmentsToPseudonymize,
} from '../pseudonymize/index.js';

/**
 * Pseudonymized text as the main thread sent it. The brand does not survive the copy between
 * threads; the pool sends only what `pseudonymize()` produced (`BuiltinDraftJob`), so a string here
 * is that text again.
 */
const pseudonymizedTextSchema = z.custom<PseudonymizedText>((value) => typeof value === 'string');

const segmentSchema = z
  .object({
    speaker: z.enum(speakers),
    text: pseudonymizedTextSchema,
    start: z.number().optional(),
    end: z.number().optional(),
  })
  .transform(({ start, end, ...segment }): PseudonymizedSegment => ({
    ...segment,
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
  }));

const templateSchema = z
  .object({
    id: z.enum(templateIds),
    title: z.string(),
    sections: z.array(z.object({ key: z.string(), title: z.string(), instruction: z.string() })),
    codeSystem: z.enum(codeSystems),
    styleExample: z.string().optional(),
  })
  .transform(({ styleExample, ...template }): TemplateDefinition => ({
    ...template,
    ...(styleExample === undefined ? {} : { styleExample }),
  }));

const evidenceSchema = z
  .object({
    segment: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict();

/** A drafting engine's output (`DrafterOutput`), as the main thread sent it for verification. */
const drafterOutputSchema = z.object({
  sections: z.array(
    z.object({
      key: z.string(),
      sentences: z.array(
        z
          .object({
            text: z.string(),
            evidence: z.array(evidenceSchema).optional(),
            breakBefore: z.enum(['line', 'paragraph']).optional(),
          })
          .transform(({ evidence, breakBefore, text }): DrafterSentence => ({
            text,
            ...(evidence === undefined ? {} : { evidence }),
            ...(breakBefore === undefined ? {} : { breakBefore }),
          })),
      ),
    }),
  ),
  diagnoses: z.array(
    z
      .object({
        system: z.enum(codeSystems),
        code: z.string(),
        text: z.string().optional(),
        evidence: z.array(evidenceSchema).optional(),
      })
      .transform(({ text, evidence, ...diagnosis }): DrafterDiagnosis => ({
        ...diagnosis,
        ...(text === undefined ? {} : { text }),
        ...(evidence === undefined ? {} : { evidence }),
      })),
  ),
  warnings: z.array(z.string()),
});

const engineSchema = z.object({ kind: z.enum(['builtin', 'openai', 'llama']), model: z.string() });

const rawTextSchema = z.string().transform((text) => asRawText(text));

/** A job as the main thread sends it (`{ job, kind, input }`). */
export const computeJobSchema = z.discriminatedUnion('kind', [
  z
    .object({
      job: z.number().int(),
      kind: z.literal('draft-builtin'),
      input: z.object({
        template: templateSchema,
        transcript: z.object({ segments: z.array(segmentSchema) }),
        engine: engineSchema,
      }),
    })
    .strict(),
  z
    .object({
      job: z.number().int(),
      kind: z.literal('verify-draft'),
      input: z.object({
        template: templateSchema,
        transcript: z.object({ segments: z.array(segmentSchema) }),
        output: drafterOutputSchema,
        engine: engineSchema,
        keepEmptySentences: z.boolean().optional(),
      }),
    })
    .strict(),
  z
    .object({
      job: z.number().int(),
      kind: z.literal('pseudonymize-segments'),
      input: z
        .object({
          segments: z.array(z.object({ text: rawTextSchema })),
          known: knownPatientSchema.optional(),
          vault: z.string().optional(),
          seed: z.instanceof(Uint8Array).optional(),
        })
        .transform(({ known, vault, seed, segments }): SegmentsToPseudonymize => ({
          segments,
          ...(known === undefined ? {} : { known }),
          ...(vault === undefined ? {} : { vault }),
          ...(seed === undefined ? {} : { seed }),
        })),
    })
    .strict(),
  z
    .object({
      job: z.number().int(),
      kind: z.literal('draft-pipeline'),
      input: z
        .object({
          segments: z.array(
            z.object({
              speaker: z.enum(speakers),
              text: rawTextSchema,
              start: z.number().optional(),
              end: z.number().optional(),
            }),
          ),
          known: knownPatientSchema.optional(),
          vault: z.string().optional(),
          seed: z.instanceof(Uint8Array).optional(),
          template: templateSchema,
          engine: engineSchema,
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      job: z.number().int(),
      kind: z.literal('reidentify-texts'),
      input: z.object({ texts: z.array(z.string()), vault: z.string() }).strict(),
    })
    .strict(),
]);

/** One checked job of the compute pool. */
export type ComputeJob = z.infer<typeof computeJobSchema>;

/**
 * Runs one job; resolves with what is sent back as its result. However the job ends, the memos of
 * words are emptied afterwards (the words of this job's transcript and note go with it).
 */
export async function runComputeJob(job: ComputeJob, drafter: Drafter): Promise<unknown> {
  try {
    return await run(job, drafter);
  } finally {
    resetWordMemos();
  }
}

async function run(job: ComputeJob, drafter: Drafter): Promise<unknown> {
  switch (job.kind) {
    case 'draft-builtin': {
      const { template, engine } = job.input;
      const transcript: PseudonymizedTranscript = job.input.transcript;
      const output = await drafter.draft({ template, transcript }, {});
      return verifyDraft({ template, transcript, output, engine });
    }
    case 'verify-draft': {
      const { template, output, engine, keepEmptySentences } = job.input;
      const transcript: PseudonymizedTranscript = job.input.transcript;
      return verifyDraft({
        template,
        transcript,
        output,
        engine,
        ...(keepEmptySentences === undefined ? {} : { keepEmptySentences }),
      });
    }
    case 'pseudonymize-segments':
      return pseudonymizeSegments(job.input);
    case 'reidentify-texts':
      return reidentifyTexts(job.input.texts, job.input.vault);
    case 'draft-pipeline':
      return draftPipeline(job.input, drafter);
  }
}

type PipelineInput = Extract<ComputeJob, { kind: 'draft-pipeline' }>['input'];

/** One whole builtin draft: pseudonymize → draft → verify → re-identify, in one job. */
async function draftPipeline(input: PipelineInput, drafter: Drafter): Promise<unknown> {
  const { segments, known, vault, seed, template, engine } = input;
  const pseudonymized = pseudonymizeSegments({
    segments: segments.map((segment) => ({ text: segment.text })),
    ...(known === undefined ? {} : { known }),
    ...(vault === undefined ? {} : { vault }),
    ...(seed === undefined ? {} : { seed }),
  });
  const transcript: PseudonymizedTranscript = {
    segments: pseudonymized.segments.map((segment, index): PseudonymizedSegment => {
      const original = segments[index];
      return {
        speaker: original?.speaker ?? 'ukjent',
        text: segment.text,
        ...(original?.start === undefined ? {} : { start: original.start }),
        ...(original?.end === undefined ? {} : { end: original.end }),
      };
    }),
  };
  const output = await drafter.draft({ template, transcript }, {});
  const draft = verifyDraft({ template, transcript, output, engine });
  return {
    pseudonymized,
    draft,
    reidentified: reidentifyTexts(textsOfDraft(draft), pseudonymized.vault),
  };
}
