import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { asRawText, type KnownPatient } from '../core/index.js';
import { createDeidLineMemo, detectDeidLine, type DeidLine } from './deid-line.js';
import { createDeidWorkerPool, type DeidWorkerPool } from './deid-worker-pool.js';
import { detectIdentifiers } from './detect-identifiers.js';
import { defaultPolicy, type PseudonymizationPolicy } from './policy.js';
import { consultationNamePartsOf, detectOptionsFor, pseudonymizeDetected } from './pseudonymize.js';
import { readLines } from './read-lines.js';
import { createVault } from './vault.js';

/**
 * With `workers: 'auto'`, worker threads start once this much input has been read: below it the
 * start-up of a worker (loading the word lists) costs more than it saves.
 */
export const deidWorkerThresholdBytes = 2 * 1024 * 1024;

/** Output is written in pieces of about this size (one write per input chunk at most). */
const writeBatchCharacters = 64 * 1024;

/** How many batches may wait at each worker; bounds memory on large inputs. */
const batchesPerWorker = 3;

/**
 * Worker threads for `workers: 'auto'`: one per core that the last minute's load average leaves
 * idle, and none unless at least two are. A worker pays its own start-up and its own compiler
 * warm-up (about a second of CPU on the first few thousand lines), which only idle cores repay:
 * measured on a 2-core machine under a load average of 18–20, two workers took 1.6× the CPU
 * and 1.5× the wall time of one thread.
 */
export function toAutoWorkerCount(cores: number, loadAverage: number): number {
  const idle = Math.round(cores - loadAverage);
  return idle >= 2 ? idle : 0;
}

/** Options of `runDeidStream`. */
export interface DeidStreamOptions {
  readonly known?: KnownPatient;
  readonly random: (bytes: number) => Buffer;
  readonly policy?: PseudonymizationPolicy;
  /**
   * Worker threads that read and detect lines in parallel: a number (0 = all in this thread), or
   * 'auto' (the default) — one per idle core (`toAutoWorkerCount`), started once
   * `workerThresholdBytes` of input have been read, and only when at least two cores are idle;
   * lines are detected in this thread until a worker is ready. The output is the same either way.
   */
  readonly workers?: number | 'auto';
  /** With `workers: 'auto'`: input read before workers start (default `deidWorkerThresholdBytes`). */
  readonly workerThresholdBytes?: number;
  /** With `workers: 'auto'`: the load average to count idle cores by (default: the system's). */
  readonly loadAverage?: () => number;
}

/**
 * `referent deid` (design §6.1): reads JSON Lines `{"id", "text"}` and writes one line per input
 * `{"id", "text", "entities": [{"start", "end", "type", "action", "surrogate"}]}`. Offsets index the
 * input text. One vault for the whole stream, so surrogates are consistent. A malformed line gets
 * `{"id": <id or null>, "error": "<plain English>"}` and the stream goes on.
 *
 * Worker threads only read and detect; this thread makes every surrogate, in input order, from
 * the one vault. Detection of a line depends on the vault only through the name parts earlier
 * lines mapped (`isConsultationNamePart`): a worker answers every such question no and reports
 * the words it asked about; if the vault knows one of them when the line's turn comes, the line is
 * detected again here. So the output is line for line what one thread would write.
 *
 * The memos of words (`resetWordMemos`: word records, lexicon verdicts, word forms) are kept for
 * the whole stream, on this thread and in the workers, and never emptied line by line: the stream
 * is one run of one process over one input, whose words leave memory when the process (or worker)
 * ends, and emptying them per line would make every line pay the cold lookups again. For the same
 * reason this thread keeps the detection of each line text it detected (`createDeidLineMemo`,
 * bounded): a repeated text is detected again only when the vault now answers one of the name
 * parts its detection asked about differently.
 */
export async function runDeidStream(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: DeidStreamOptions,
): Promise<{ lines: number; badLines: number; redetected: number }> {
  const vault = createVault({ random: options.random });
  const policy = options.policy ?? defaultPolicy;
  const pseudonymizeOptions = {
    vault,
    policy,
    ...(options.known === undefined ? {} : { known: options.known }),
  };
  const detectOptions = {
    minConfidence: policy.minConfidence,
    ...(options.known === undefined ? {} : { known: options.known }),
  };
  const isConsultationNamePart = consultationNamePartsOf(vault);
  // Repeated line texts detected once on this thread (the vault's answers checked again).
  const memo = createDeidLineMemo();
  const workers = options.workers ?? 'auto';
  const workerCount =
    workers === 'auto'
      ? toAutoWorkerCount(
          availableParallelism(),
          (options.loadAverage ?? (() => loadavg()[0] ?? 0))(),
        )
      : workers;
  const threshold =
    workers === 'auto' ? (options.workerThresholdBytes ?? deidWorkerThresholdBytes) : 0;

  let lines = 0;
  let badLines = 0;
  let redetected = 0;
  let pending: string[] = [];
  let pendingLength = 0;

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    pendingLength = 0;
    if (!output.write(text)) await once(output, 'drain');
  };
  const emit = (value: unknown): void => {
    const line = `${JSON.stringify(value)}\n`;
    pending.push(line);
    pendingLength += line.length;
  };
  const apply = (line: DeidLine): void => {
    if (line.kind === 'error') {
      badLines++;
      emit({ id: line.id, error: line.error });
      return;
    }
    let detected = line.detected;
    if (line.askedNameParts.some(isConsultationNamePart)) {
      redetected++;
      detected = detectIdentifiers(
        asRawText(line.text),
        detectOptionsFor(pseudonymizeOptions, isConsultationNamePart),
      );
    }
    const result = pseudonymizeDetected(asRawText(line.text), detected, pseudonymizeOptions);
    emit({
      id: line.id,
      text: result.text,
      entities: result.entities.map((entity) => ({
        start: entity.start,
        end: entity.end,
        type: entity.type,
        action: entity.action,
        surrogate: entity.surrogate,
      })),
    });
  };

  // Name parts the vault holds and `isConsultationNamePart` says yes to, in the order found: once
  // yes, always yes (the vault forgets no name part, and an unsure part only becomes sure), so a
  // worker may answer yes for them too and fewer lines are detected twice.
  const knownNameParts: string[] = [];
  let scannedNameParts = 0;
  let unsureNameParts: string[] = [];
  const updateKnownNameParts = (): void => {
    const parts = vault.getNameParts();
    for (; scannedNameParts < parts.length; scannedNameParts++)
      unsureNameParts.push(parts[scannedNameParts]?.real ?? '');
    unsureNameParts = unsureNameParts.filter((part) => {
      if (!isConsultationNamePart(part)) return true;
      knownNameParts.push(part);
      return false;
    });
  };

  let pool: DeidWorkerPool | undefined;
  const inFlight: Promise<DeidLine[]>[] = [];
  const applyOldest = async (): Promise<void> => {
    const batch = inFlight.shift();
    if (batch === undefined) return;
    for (const line of await batch) apply(line);
    if (pendingLength >= writeBatchCharacters || inFlight.length === 0) await flush();
  };
  let bytesRead = 0;
  try {
    for await (const chunk of readLines(input)) {
      const batch = chunk.filter((line) => line.trim().length > 0);
      lines += batch.length;
      for (const line of batch) bytesRead += line.length + 1;
      if (pool === undefined && workerCount > 0 && bytesRead >= threshold) {
        pool = createDeidWorkerPool({ count: workerCount, ...detectOptions });
        // Workers asked for by number are waited for; 'auto' goes on here while they load.
        if (workers !== 'auto') await pool.whenReady();
      }
      if (pool !== undefined && pool.readyCount > 0) {
        updateKnownNameParts();
        const detected = pool.detect(batch, knownNameParts);
        // Awaited in turn below; until then a failure must not count as unhandled.
        detected.catch(() => undefined);
        inFlight.push(detected);
        while (inFlight.length >= pool.readyCount * batchesPerWorker) await applyOldest();
        continue;
      }
      // No worker ready (yet): this thread reads and detects, after any batch still out.
      while (inFlight.length > 0) await applyOldest();
      for (const line of batch)
        apply(detectDeidLine(line, detectOptions, isConsultationNamePart, undefined, memo));
      await flush();
    }
    while (inFlight.length > 0) await applyOldest();
    await flush();
  } finally {
    await pool?.close();
  }
  return { lines, badLines, redetected };
}
