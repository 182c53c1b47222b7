/**
 * API overhead, in-process (issue 2): one consultation's create → transcript → erase through the
 * real HTTP stack (Fastify inject), SQLite store, envelope encryption and audit chain.
 */
import { createTestApp } from '../src/testing/test-app.js';

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

export default async function bench() {
  const test = await createTestApp();
  try {
    const headers = { authorization: `Bearer ${await test.login('bench')}` };
    const transcript = {
      segments: Array.from({ length: 200 }, (_, index) => ({
        speaker: index % 2 === 0 ? 'lege' : 'pasient',
        text: 'Pasienten forteller om tre dager med sår hals, feber og nedsatt allmenntilstand.',
      })),
    };
    const lifecycles: number[] = [];
    const requests: number[] = [];
    const timed = async <T>(work: () => Promise<T>) => {
      const start = performance.now();
      const result = await work();
      requests.push(performance.now() - start);
      return result;
    };
    // CPU time of the whole process (every thread) over the measured rounds: unlike wall time, it
    // hardly moves with what else runs on a shared machine.
    let cpuStart = process.cpuUsage();
    for (let round = 0; round < 220; round += 1) {
      if (round === 20) cpuStart = process.cpuUsage();
      const start = performance.now();
      const created = await timed(() =>
        test.app.server.inject({
          method: 'POST',
          url: '/api/v1/consultations',
          headers,
          payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
        }),
      );
      const { id } = created.json<{ id: string }>();
      await timed(() =>
        test.app.server.inject({
          method: 'POST',
          url: `/api/v1/consultations/${id}/transcript`,
          headers,
          payload: transcript,
        }),
      );
      await timed(() =>
        test.app.server.inject({ method: 'DELETE', url: `/api/v1/consultations/${id}`, headers }),
      );
      if (round >= 20) lifecycles.push(performance.now() - start);
    }
    const cpu = process.cpuUsage(cpuStart);
    const cpuPerLifecycle = (cpu.user + cpu.system) / 1000 / lifecycles.length;
    const steady = requests.slice(60);
    return [
      {
        name: 'create → transcript (200 segments) → erase, median',
        value: percentile(lifecycles, 0.5),
        unit: 'ms',
        note: '200 rounds after 20 warm-up',
      },
      { name: 'create → transcript → erase, p95', value: percentile(lifecycles, 0.95), unit: 'ms' },
      {
        name: 'single API request, median',
        value: percentile(steady, 0.5),
        unit: 'ms',
        note: 'includes encryption + audit append',
      },
      {
        name: 'create → transcript → erase, CPU per lifecycle',
        value: cpuPerLifecycle,
        unit: 'ms',
        note: `process.cpuUsage over the 200 rounds, all threads; ${(cpuPerLifecycle / 3).toFixed(2)} ms per request`,
      },
      {
        name: 'lifecycles per second (sequential)',
        value: 1000 / percentile(lifecycles, 0.5),
        unit: '1/s',
      },
    ];
  } finally {
    await test.close();
  }
}
