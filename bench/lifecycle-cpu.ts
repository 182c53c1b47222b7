/**
 * CPU per consultation lifecycle, for A/B comparisons on a shared machine (session 8): runs
 * `LIFECYCLE_COUNT` (300) lifecycles, `LIFECYCLE_CONCURRENCY` (50) at a time, in-process through
 * Fastify's inject (no sockets), with the configured engines and compute pool as in production:
 * create → 40-segment transcript → draft (unless `LIFECYCLE_DRAFT=no`) → read → erase. Prints the
 * main thread's CPU (the event loop; Linux /proc) and the whole process's (`process.cpuUsage`:
 * compute and checkpoint workers, thread pool) per lifecycle, after 50 warm-up lifecycles. Unlike
 * latencies, CPU time moves little with what else runs on the machine; compare runs interleaved.
 * `npx tsx bench/lifecycle-cpu.ts`
 */
import { readFileSync } from 'node:fs';
import { createTestApp } from '../src/testing/test-app.js';

/** CPU milliseconds of this process's main thread so far (Linux /proc, 10 ms ticks). */
function mainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// Invented consultation text (no real patient).
const segments = Array.from({ length: 40 }, (_, index) => ({
  speaker: index % 2 === 0 ? 'lege' : 'pasient',
  text:
    index % 2 === 0
      ? 'Blodtrykket er 132 over 84, og vi tar ny kontroll om fire uker.'
      : 'Jeg har hatt hodepine om morgenen i to uker, og bruker Paracet ved behov.',
}));

const count = Number(process.env['LIFECYCLE_COUNT'] ?? 300);
const concurrency = Number(process.env['LIFECYCLE_CONCURRENCY'] ?? 50);
const draft = process.env['LIFECYCLE_DRAFT'] !== 'no';
const test = await createTestApp({ capabilities: 'configured', preloadPseudonymizer: true });
try {
  const tokens: string[] = [];
  for (let index = 0; index < 10; index += 1) tokens.push(await test.login(`cpu-${index}`));
  const call = async (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    token: string,
    payload?: object,
  ) => {
    const response = await test.app.server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload }),
    });
    if (response.statusCode >= 300) throw new Error(`${method} answered ${response.statusCode}`);
    return response;
  };
  const lifecycle = async (token: string) => {
    const created = await call('POST', '/api/v1/consultations', token, {
      template: 'journalnotat',
      consent: { given: true, method: 'muntlig' },
    });
    const base = `/api/v1/consultations/${created.json<{ id: string }>().id}`;
    await call('POST', `${base}/transcript`, token, { segments });
    if (draft) await call('POST', `${base}/draft`, token, {});
    await call('GET', base, token);
    await call('DELETE', base, token);
  };
  const run = async (total: number) => {
    let started = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, client) => {
        while (started < total) {
          started += 1;
          await lifecycle(tokens[client % tokens.length] ?? '');
        }
      }),
    );
  };
  await run(50);
  const mainBefore = mainThreadCpuMs();
  const processBefore = process.cpuUsage();
  const wallBefore = performance.now();
  await run(count);
  const wall = performance.now() - wallBefore;
  const main = mainThreadCpuMs() - mainBefore;
  const all = process.cpuUsage(processBefore);
  const calls = count * (draft ? 5 : 4);
  console.log(
    JSON.stringify({
      lifecycles: count,
      concurrency,
      draft,
      mainCpuPerLifecycleMs: main / count,
      mainCpuPerCallMs: main / calls,
      processCpuPerLifecycleMs: (all.user + all.system) / 1000 / count,
      wallMs: Math.round(wall),
    }),
  );
} finally {
  await test.close();
}
