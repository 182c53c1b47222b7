/**
 * CPU time of the sequential API lifecycle of `bench/api.bench.ts` (create → 200-segment
 * transcript → erase, one after another, in-process through Fastify's inject against a temporary
 * data directory), with only what every commit since 2026-11-23 has (`createTestApp`, `login`,
 * `app.server.inject`), so one script measures old and new commits alike (issue 15 attribution).
 *
 * `npx tsx bench/api-lifecycle-cpu.ts [RUNS]` (default 200, after 20 warm-up lifecycles) prints
 * one JSON line: per lifecycle, the main thread's CPU (Linux `/proc/self/task/<pid>/schedstat`,
 * nanoseconds on a CPU) in total and per request, the whole process's CPU (`process.cpuUsage`:
 * main thread, libuv's thread pool where the write-ahead log is fsynced, worker threads), and the
 * median wall time. Unlike wall time, CPU time moves little with what else runs on the machine.
 *
 * With `API_LIFECYCLE_MARKERS=1` the script creates the files `<tmp>/api-lifecycle-start` and
 * `…-end` around the measured rounds, so `strace -f -e trace=fsync,fdatasync,openat` can count the
 * syncs of the measured lifecycles alone.
 */
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from '../src/testing/test-app.js';

/** Nanoseconds this process's main thread has spent on a CPU (Linux schedstat). */
function mainThreadCpuNs(): number {
  const schedstat = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8');
  return Number(schedstat.split(' ')[0]);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function marker(name: string): void {
  if (process.env['API_LIFECYCLE_MARKERS'] !== '1') return;
  const path = join(tmpdir(), `api-lifecycle-${name}`);
  closeSync(openSync(path, 'w'));
  rmSync(path, { force: true });
}

const runs = Number(process.argv[2] ?? '200');
const warmUp = 20;
const test = await createTestApp();
try {
  const headers = { authorization: `Bearer ${await test.login('bench')}` };
  // The payload of bench/api.bench.ts, unchanged since 2026-11-23 (invented text).
  const transcript = {
    segments: Array.from({ length: 200 }, (_, index) => ({
      speaker: index % 2 === 0 ? 'lege' : 'pasient',
      text: 'Pasienten forteller om tre dager med sår hals, feber og nedsatt allmenntilstand.',
    })),
  };
  const steps = { create: 0, transcript: 0, erase: 0 };
  const measured = async <T>(step: keyof typeof steps, work: () => Promise<T>): Promise<T> => {
    const before = mainThreadCpuNs();
    const result = await work();
    steps[step] += mainThreadCpuNs() - before;
    return result;
  };
  const lifecycle = async (): Promise<void> => {
    const created = await measured('create', () =>
      test.app.server.inject({
        method: 'POST',
        url: '/api/v1/consultations',
        headers,
        payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
      }),
    );
    if (created.statusCode !== 201 && created.statusCode !== 200) {
      throw new Error(`create answered ${created.statusCode}`);
    }
    const { id } = created.json<{ id: string }>();
    const added = await measured('transcript', () =>
      test.app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/transcript`,
        headers,
        payload: transcript,
      }),
    );
    if (added.statusCode >= 300) throw new Error(`transcript answered ${added.statusCode}`);
    const erased = await measured('erase', () =>
      test.app.server.inject({ method: 'DELETE', url: `/api/v1/consultations/${id}`, headers }),
    );
    if (erased.statusCode >= 300) throw new Error(`erase answered ${erased.statusCode}`);
  };
  for (let round = 0; round < warmUp; round += 1) await lifecycle();
  steps.create = 0;
  steps.transcript = 0;
  steps.erase = 0;
  const walls: number[] = [];
  marker('start');
  const mainBefore = mainThreadCpuNs();
  const processBefore = process.cpuUsage();
  for (let round = 0; round < runs; round += 1) {
    const start = performance.now();
    await lifecycle();
    walls.push(performance.now() - start);
  }
  const main = (mainThreadCpuNs() - mainBefore) / 1e6 / runs;
  const all = process.cpuUsage(processBefore);
  marker('end');
  const perStep = (step: keyof typeof steps): number =>
    Number((steps[step] / 1e6 / runs).toFixed(3));
  console.log(
    JSON.stringify({
      runs,
      mainCpuMs: Number(main.toFixed(3)),
      processCpuMs: Number(((all.user + all.system) / 1000 / runs).toFixed(3)),
      mainCreateMs: perStep('create'),
      mainTranscriptMs: perStep('transcript'),
      mainEraseMs: perStep('erase'),
      wallMedianMs: Number(median(walls).toFixed(3)),
    }),
  );
} finally {
  await test.close();
}
