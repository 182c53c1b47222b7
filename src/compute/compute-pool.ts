import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import {
  asRawText,
  draftSchema,
  EngineError,
  InvalidInputError,
  type Draft,
  type EngineInfo,
  type PseudonymizedTranscript,
  type Segment,
  type TemplateDefinition,
} from '../core/index.js';
import type { DrafterOutput } from '../draft/index.js';
import type { ComputeWorkerData } from './worker-data.js';
import {
  pseudonymizedSegmentsSchema,
  type PseudonymizedSegments,
  type ReidentifiedText,
  type SegmentsToPseudonymize,
} from '../pseudonymize/index.js';

/** One job for the builtin drafting engine: draft, then verify (design §2). */
export interface BuiltinDraftJob {
  readonly template: TemplateDefinition;
  readonly transcript: PseudonymizedTranscript;
  /** What the draft names as its engine (the builtin drafter's `info`). */
  readonly engine: EngineInfo;
}

/** One engine output to verify (design §2); see `ComputePool.verifyDraft`. */
export interface DraftToVerify extends BuiltinDraftJob {
  readonly output: DrafterOutput;
  /** Keep empty sentences (a note verified one for one); default drops them. */
  readonly keepEmptySentences?: boolean;
}

/**
 * A whole builtin draft as one job (`ComputePool.draftBuiltinPipeline`): the raw segments with the
 * pseudonymization input (`known`, and `vault` or a new vault's `seed`), the template and engine.
 */
export interface BuiltinPipelineJob {
  readonly segments: readonly Segment[];
  readonly known?: SegmentsToPseudonymize['known'];
  readonly vault?: string;
  readonly seed?: Uint8Array;
  readonly template: TemplateDefinition;
  readonly engine: EngineInfo;
}

/** What `draftBuiltinPipeline` answers: each step's result, as the separate jobs would. */
export interface BuiltinPipelineResult {
  /** As `pseudonymizeSegments` of the segments' texts. */
  readonly pseudonymized: PseudonymizedSegments;
  /** As `draftBuiltin` of the pseudonymized transcript (speakers and times kept). */
  readonly draft: Draft;
  /** As `reidentifyTexts` of `textsOfDraft(draft)` with the new vault, in that order. */
  readonly reidentified: readonly ReidentifiedText[];
}

/** Per-job options: an abort signal, and a time-out instead of the pool's. */
export interface JobOptions {
  readonly signal?: AbortSignal;
  /** This job's time-out instead of the pool's. */
  readonly timeoutMs?: number;
}

/**
 * CPU-heavy work run off the event loop, on worker threads (issue 14). One drafting and
 * verification of a 30-minute consultation takes 50–130 ms of CPU, its pseudonymization and the
 * re-identification of the draft 10–20 ms each;
 * on the event loop that stalls every other request (and `/healthz`) for as long. The pool is the
 * seam the job queue (issue 15) builds on: callers submit a job and await its result; how it is
 * scheduled is the pool's business.
 */
export interface ComputePool {
  /**
   * Drafts with the builtin engine and verifies the draft, exactly as `drafter.draft` followed by
   * `verifyDraft` would on this thread, and returns the verified Draft. Rejects with an
   * `EngineError` (`engine: 'worker'`) when the job outlives the time-out or its worker fails, and
   * with the signal's reason when aborted.
   */
  draftBuiltin(job: BuiltinDraftJob, options?: JobOptions): Promise<Draft>;
  /**
   * Verifies another engine's draft against the transcript, exactly as `verifyDraft` would on this
   * thread (a language model's output: its verification is CPU work too). Rejects as
   * `draftBuiltin` does.
   */
  verifyDraft(job: DraftToVerify, options?: JobOptions): Promise<Draft>;
  /**
   * Pseudonymizes a consultation's segments with one vault (`pseudonymizeSegments` of
   * src/pseudonymize, run on a worker thread of this process: the vault and its seed never leave
   * it). Same result as on this thread; rejects as `draftBuiltin` does.
   */
  pseudonymizeSegments(
    job: SegmentsToPseudonymize,
    options?: JobOptions,
  ): Promise<PseudonymizedSegments>;
  /**
   * Puts the real values of `vault` back into `texts`, with warnings for invented identifiers
   * (`reidentifyTexts` of src/pseudonymize, on a worker thread of this process). Same result as on
   * this thread; rejects as `draftBuiltin` does.
   */
  reidentifyTexts(
    job: { readonly texts: readonly string[]; readonly vault: string },
    options?: JobOptions,
  ): Promise<ReidentifiedText[]>;
  /**
   * Pseudonymizes, drafts with the builtin engine, verifies and re-identifies in one job on one
   * worker (issue 14): the same results as `pseudonymizeSegments`, `draftBuiltin` and
   * `reidentifyTexts` one after another, with one message each way instead of three and one place
   * in the queue instead of three. Rejects as `draftBuiltin` does.
   */
  draftBuiltinPipeline(
    job: BuiltinPipelineJob,
    options?: JobOptions,
  ): Promise<BuiltinPipelineResult>;
  /** Stops every worker; pending jobs are rejected. */
  close(): Promise<void>;
}

const replySchema = z.union([
  z.object({ ready: z.literal(true) }).strict(),
  z.object({ job: z.number().int(), result: z.unknown() }).strict(),
  z
    .object({ job: z.number().int(), failed: z.string(), userMessage: z.string().optional() })
    .strict(),
]);

type JobKind =
  | 'draft-builtin'
  | 'verify-draft'
  | 'pseudonymize-segments'
  | 'reidentify-texts'
  | 'draft-pipeline';

const reidentifiedSchema = z.array(
  z
    .object({ text: z.string(), warnings: z.array(z.string()) })
    .strict()
    .transform((value): ReidentifiedText => ({ ...value, text: asRawText(value.text) })),
);

const pipelineResultSchema = z
  .object({
    pseudonymized: pseudonymizedSegmentsSchema,
    draft: draftSchema,
    reidentified: reidentifiedSchema,
  })
  .strict();

interface Pending {
  readonly kind: JobKind;
  /** Settles the caller's promise with the worker's (still unchecked) result. */
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly slot: Slot;
  readonly timer: ReturnType<typeof setTimeout>;
}

interface Slot {
  worker: Worker;
  pending: number;
}

/** Worker code that registers tsx, then loads the TypeScript worker module (tests, `tsx`). */
function sourceBootstrap(url: URL): string {
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(
    require.resolve('tsx/package.json').replace(/package\.json$/u, 'dist/esm/api/index.mjs'),
  );
  return `import(${JSON.stringify(tsxApi.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

/** What the clinician is told when a job's worker failed or timed out, per kind of job. */
const failureMessages: Record<JobKind, string> = {
  'draft-builtin': 'Utkastet kunne ikke lages akkurat nå. Prøv igjen om litt.',
  'verify-draft': 'Utkastet kunne ikke kontrolleres akkurat nå. Prøv igjen om litt.',
  'pseudonymize-segments':
    'Utkastet kunne ikke lages akkurat nå fordi avidentifiseringen av transkripsjonen stoppet. Transkripsjonen er i behold; prøv igjen om litt.',
  'reidentify-texts':
    'Utkastet kunne ikke lages akkurat nå. Transkripsjonen er i behold; prøv igjen om litt.',
  'draft-pipeline':
    'Utkastet kunne ikke lages akkurat nå. Transkripsjonen er i behold; prøv igjen om litt.',
};

const workerFailed = (kind: JobKind, message: string) =>
  new EngineError({
    engine: 'worker',
    message,
    userMessage: failureMessages[kind],
    isRetryable: true,
  });

/**
 * Starts `size` worker threads (`compute-worker.ts`). A job goes to the worker with the fewest
 * pending jobs. A job that runs longer than `timeoutMs` is rejected and its worker (which cannot be
 * interrupted mid-computation) is replaced, so one pathological transcript cannot hold a worker for
 * good; a worker that dies is replaced the same way. Workers do not keep the process alive.
 * `onWorkerStarted` sees every worker thread started (monitoring, and tests that stop one).
 */
export function createComputePool(options: {
  readonly size: number;
  readonly timeoutMs: number;
  /**
   * Each worker's heap ceiling in MiB (V8's old generation; `Config.compute.heapMib`). A job that
   * needs more is rejected like a failed worker's and the worker replaced. Default: V8's own.
   */
  readonly heapMib?: number;
  /**
   * The workers' niceness on Linux (`Config.compute.nice`): a worker lowers its own thread's
   * priority by this much before its first job, so the request thread wins the CPU. Default 0.
   */
  readonly nice?: number;
  readonly onWorkerStarted?: (worker: Worker) => void;
}): ComputePool {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './compute-worker.ts' : './compute-worker.js', import.meta.url);
  const entry = fromSource ? sourceBootstrap(url) : url;
  const pending = new Map<number, Pending>();
  const slots: Slot[] = [];
  let nextJob = 0;
  let closed = false;

  const settle = (job: number): Pending | undefined => {
    const found = pending.get(job);
    if (found === undefined) return undefined;
    pending.delete(job);
    clearTimeout(found.timer);
    found.slot.pending--;
    return found;
  };

  const failSlot = (slot: Slot, why: string) => {
    for (const [job, entry] of pending) {
      if (entry.slot === slot) settle(job)?.reject(workerFailed(entry.kind, why));
    }
  };

  const start = (slot: Slot | undefined): Slot => {
    const worker = new Worker(entry, {
      eval: fromSource,
      workerData: { nice: options.nice ?? 0 } satisfies ComputeWorkerData,
      ...(options.heapMib === undefined
        ? {}
        : { resourceLimits: { maxOldGenerationSizeMb: options.heapMib } }),
    });
    worker.unref();
    const target: Slot = slot ?? { worker, pending: 0 };
    target.worker = worker;
    worker.on('message', (message: unknown) => {
      // A malformed reply is dropped (its job then times out); it never throws on this thread.
      const parsed = replySchema.safeParse(message);
      if (!parsed.success) return;
      const reply = parsed.data;
      if ('ready' in reply) return;
      const found = settle(reply.job);
      if (found === undefined) return;
      if ('result' in reply) found.resolve(reply.result);
      else if (reply.failed === 'invalid-input')
        found.reject(
          new InvalidInputError('the engine refused its input', {
            ...(reply.userMessage === undefined ? {} : { userMessage: reply.userMessage }),
          }),
        );
      else found.reject(workerFailed(found.kind, `the job failed (${reply.failed})`));
    });
    const replace = (why: string) => {
      if (target.worker !== worker) return;
      failSlot(target, why);
      if (!closed) start(target);
    };
    // The error may carry transcript text: only that a worker failed is reported.
    worker.on('error', (error: Error & { code?: unknown }) => {
      replace(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'a worker thread ran out of heap (REFERENT_COMPUTE_WORKER_HEAP_MIB)'
          : 'a worker thread failed',
      );
    });
    worker.on('exit', () => {
      replace('a worker thread stopped');
    });
    options.onWorkerStarted?.(worker);
    return target;
  };

  for (let index = 0; index < Math.max(1, options.size); index++) slots.push(start(undefined));

  /** Sends one job to the least busy worker; `parse` checks the worker's result on this thread. */
  const submit = <T>(
    kind: JobKind,
    input: unknown,
    parse: (result: unknown) => T | undefined,
    jobOptions: JobOptions,
  ): Promise<T> => {
    if (closed) return Promise.reject(workerFailed(kind, 'the pool is closed'));
    const signal = jobOptions.signal;
    if (signal?.aborted === true) return Promise.reject(signal.reason as Error);
    let slot = slots[0];
    for (const candidate of slots)
      if (slot === undefined || candidate.pending < slot.pending) slot = candidate;
    if (slot === undefined) return Promise.reject(workerFailed(kind, 'no worker'));
    const chosen = slot;
    const id = nextJob++;
    const timeoutMs = jobOptions.timeoutMs ?? options.timeoutMs;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (pending.get(id)?.slot !== chosen) return;
        settle(id)?.reject(workerFailed(kind, `the job took longer than ${timeoutMs} ms`));
        // The worker is still computing: replace it so the next jobs are not stuck behind it.
        failSlot(chosen, 'the worker was replaced after a time-out');
        const stuck = chosen.worker;
        start(chosen);
        void stuck.terminate();
      }, timeoutMs);
      timer.unref();
      const accept = (result: unknown) => {
        const value = parse(result);
        if (value === undefined) reject(workerFailed(kind, 'the worker answered malformed'));
        else resolve(value);
      };
      pending.set(id, { kind, resolve: accept, reject, slot: chosen, timer });
      chosen.pending++;
      signal?.addEventListener(
        'abort',
        () => {
          settle(id)?.reject(signal.reason as Error);
        },
        { once: true },
      );
      chosen.worker.postMessage({ job: id, kind, input });
    });
  };

  return {
    draftBuiltin(job, jobOptions = {}) {
      return submit(
        'draft-builtin',
        job,
        (result) => draftSchema.safeParse(result).data,
        jobOptions,
      );
    },
    verifyDraft(job, jobOptions = {}) {
      return submit(
        'verify-draft',
        job,
        (result) => draftSchema.safeParse(result).data,
        jobOptions,
      );
    },
    pseudonymizeSegments(job, jobOptions = {}) {
      return submit(
        'pseudonymize-segments',
        job,
        (result) => pseudonymizedSegmentsSchema.safeParse(result).data,
        jobOptions,
      );
    },
    reidentifyTexts(job, jobOptions = {}) {
      return submit(
        'reidentify-texts',
        job,
        (result) => reidentifiedSchema.safeParse(result).data,
        jobOptions,
      );
    },
    draftBuiltinPipeline(job, jobOptions = {}) {
      return submit(
        'draft-pipeline',
        job,
        (result) => pipelineResultSchema.safeParse(result).data,
        jobOptions,
      );
    },
    async close() {
      closed = true;
      for (const slot of slots) failSlot(slot, 'the pool is closed');
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
