/**
 * Worker thread of the compute pool (`createComputePool`): runs the builtin drafting engine and
 * the verifier on jobs sent by the main thread. Errors are reported by code and user message only:
 * their English messages may quote transcript text.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import {
  codeSystems,
  isReferentError,
  speakers,
  templateIds,
  type PseudonymizedSegment,
  type PseudonymizedText,
  type PseudonymizedTranscript,
  type TemplateDefinition,
} from '../core/index.js';
import { createBuiltinDrafter, verifyDraft } from '../draft/index.js';

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

const jobSchema = z
  .object({
    job: z.number().int(),
    kind: z.literal('draft-builtin'),
    input: z.object({
      template: templateSchema,
      transcript: z.object({ segments: z.array(segmentSchema) }),
      engine: z.object({ kind: z.enum(['builtin', 'openai', 'llama']), model: z.string() }),
    }),
  })
  .strict();

const port = parentPort;
if (port !== null) {
  const drafter = createBuiltinDrafter();
  port.on('message', (message: unknown) => {
    const parsed = jobSchema.safeParse(message);
    if (!parsed.success) return;
    const { job, input } = parsed.data;
    const template = input.template;
    const transcript: PseudonymizedTranscript = input.transcript;
    drafter
      .draft({ template, transcript }, {})
      .then((output) => {
        const draft = verifyDraft({ template, transcript, output, engine: input.engine });
        port.postMessage({ job, draft });
      })
      .catch((error: unknown) => {
        // Code and Norwegian user message only: an error's English message may quote input.
        port.postMessage(
          isReferentError(error)
            ? { job, failed: error.code, userMessage: error.userMessage }
            : { job, failed: 'failed' },
        );
      });
  });
  port.postMessage({ ready: true });
}
