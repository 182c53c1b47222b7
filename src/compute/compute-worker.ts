/**
 * Worker thread of the compute pool (`createComputePool`): runs the builtin drafting engine and
 * the verifier on jobs sent by the main thread. Errors are reported by code and user message only:
 * their English messages may quote transcript text.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import {
  isReferentError,
  type PseudonymizedTranscript,
  type TemplateDefinition,
} from '../core/index.js';
import { createBuiltinDrafter, verifyDraft } from '../draft/index.js';

const jobSchema = z
  .object({
    job: z.number().int(),
    kind: z.literal('draft-builtin'),
    input: z.object({
      template: z.object({ id: z.string(), sections: z.array(z.unknown()) }).loose(),
      transcript: z.object({ segments: z.array(z.object({ text: z.string() }).loose()) }),
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
    // Shapes checked above; the full types are the main thread's own (same codebase).
    const template = input.template as unknown as TemplateDefinition;
    const transcript = input.transcript as unknown as PseudonymizedTranscript;
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
