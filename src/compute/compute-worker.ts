/**
 * Worker thread of the compute pool (`createComputePool`): runs the jobs sent by the main thread
 * (`runComputeJob`: the builtin drafting engine and the verifier, pseudonymization and
 * re-identification). Errors are reported by code and user message only: their English messages
 * may quote transcript text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { asRawText, isReferentError } from '../core/index.js';
import { createBuiltinDrafter } from '../draft/index.js';
import { pseudonymizeSegments, vaultSeedBytes } from '../pseudonymize/index.js';
import { computeJobSchema, runComputeJob } from './compute-job.js';
import { computeWorkerDataSchema, lowerThreadPriority } from './worker-data.js';

const port = parentPort;
if (port !== null) {
  // Before any work: drafting and verification yield the CPU to the server's request thread.
  const data = computeWorkerDataSchema.safeParse(workerData);
  lowerThreadPriority(data.success ? data.data.nice : 0);
  const drafter = createBuiltinDrafter();
  // Loads the word lists and runs every recognizer once (about 1 s of CPU), before the first job.
  pseudonymizeSegments({
    segments: [
      {
        text: asRawText('Kari Nordmann fra Bergen, født 01.02.1970, bruker Levaxin 75 mikrogram.'),
      },
    ],
    seed: new Uint8Array(vaultSeedBytes),
  });
  port.on('message', (message: unknown) => {
    const parsed = computeJobSchema.safeParse(message);
    if (!parsed.success) return;
    const { job } = parsed.data;
    runComputeJob(parsed.data, drafter)
      .then((result) => {
        port.postMessage({ job, result });
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
