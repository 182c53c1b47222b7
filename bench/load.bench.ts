/**
 * Load and abuse on loopback (issue 14): `LOAD_CLIENTS` concurrent clients (200) each run whole
 * consultation lifecycles for `LOAD_SECONDS` (60) against the real server over HTTP, while
 * `/healthz` is polled: first create → transcript → read → erase, then the same with a draft
 * (builtin engine on the compute pool) after the transcript, as a clinician would (`LOAD_DRAFT`:
 * `both`, `no` or `yes`). Then 10 concurrent 300 MiB unauthenticated uploads, with the server's
 * peak RSS. Targets: zero errors, API p99 < 500 ms for calls that do not wait on an engine,
 * `/healthz` p99 < 50 ms, RSS < 1 GB. The clients and the poller run in child processes
 * (`load-clients.ts`), so the figures measure the server: the generator shares only the machine's
 * cores with it. Set `LOAD_CLIENTS`, `LOAD_SECONDS`, `LOAD_UPLOADS` (10), `LOAD_UPLOAD_MIB` (300)
 * and `LOAD_LOGINS_PER_SECOND` (2, for 10 s before the lifecycles) for a shorter or harder run.
 */ import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { createTestApp, type TestApp } from '../src/testing/test-app.js';
import { loadInputSchema, loadReportSchema } from './load-clients.js';

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

/** Streams `bytes` of zeros as an audio upload without a login; resolves with the status. */
function anonymousUpload(url: string, bytes: number): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const request = httpRequest({
      hostname,
      port,
      method: 'POST',
      path: '/api/v1/consultations/00000000-0000-4000-8000-000000000000/audio',
      headers: { 'content-type': 'audio/wav', 'content-length': String(bytes) },
    });
    request.on('response', (response) => {
      response.resume();
      request.destroy();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => {
      resolve(0);
    });
    const chunk = Buffer.alloc(1024 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) {
          request.once('drain', pump);
          return;
        }
      }
      request.end();
    };
    pump();
  });
}

/**
 * Runs load clients in a child process of their own (`load-clients.ts`), so the figures measure the
 * server: the generator shares neither its event loop nor its heap (only the machine's cores).
 */
function runClients(
  input: z.input<typeof loadInputSchema>,
): Promise<z.infer<typeof loadReportSchema>> {
  const entry = fileURLToPath(new URL('./load-clients.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(JSON.stringify(loadInputSchema.parse(input)));
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) {
        reject(new Error(`load clients exited with ${code ?? 'a signal'}`));
        return;
      }
      resolve(loadReportSchema.parse(JSON.parse(Buffer.concat(chunks).toString())));
    });
  });
}

/**
 * CPU seconds of this process's main thread (the server's event loop) so far, from Linux's
 * /proc (clock ticks of 10 ms); undefined elsewhere. Unlike latencies, it hardly moves with the
 * load other programs put on the machine.
 */
function mainThreadCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Logs in `perSecond` times a second for `seconds` (a clinic's morning), on an idle server. */
async function measureLogins(url: string, perSecond: number, seconds: number): Promise<number[]> {
  const times: number[] = [];
  const attempts = Array.from({ length: Math.round(perSecond * seconds) }, async (_, index) => {
    await new Promise((resolve) => setTimeout(resolve, (index * 1000) / perSecond));
    const start = performance.now();
    const response = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `last-${index % 10}`, password: 'korrekt-hest-batteri' }),
    });
    await response.text();
    if (response.status === 200) times.push(performance.now() - start);
  });
  await Promise.all(attempts);
  return times;
}

function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
}

interface Row {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

/**
 * One phase: `clients` whole lifecycles for `seconds` (with or without a draft) against the
 * server at `url`, `/healthz` polled from a process of its own; the server's event-loop delay and
 * main-thread CPU measured here, in the server's process.
 */
async function runPhase(input: {
  url: string;
  tokens: string[];
  clients: number;
  seconds: number;
  draft: boolean;
}): Promise<Row[]> {
  const label = input.draft ? 'with draft' : 'no draft';
  const loadBefore = loadAverage();
  const cpuBefore = mainThreadCpuSeconds();
  const processCpuBefore = process.cpuUsage();
  // How long the server's event loop was held up (every turn, sampled at 10 ms resolution).
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const [report, polled] = await Promise.all([
    runClients({ ...input, poll: false }),
    runClients({ ...input, clients: 0, poll: true }),
  ]);
  loopDelay.disable();
  const errors = report.errors + polled.errors;
  const byStatus = new Map<string, number>();
  for (const [status, count] of [
    ...Object.entries(report.errorStatuses),
    ...Object.entries(polled.errorStatuses).map(
      ([status, count]) => [`healthz ${status}`, count] as const,
    ),
  ])
    byStatus.set(status, (byStatus.get(status) ?? 0) + count);
  const statuses = [...byStatus].map(([status, count]) => `${count} × ${status}`).join(', ');
  const cpuAfter = mainThreadCpuSeconds();
  const processCpu = process.cpuUsage(processCpuBefore);
  const cpuPerLifecycle =
    cpuBefore === undefined || cpuAfter === undefined || report.lifecycles === 0
      ? Number.NaN
      : ((cpuAfter - cpuBefore) * 1000) / report.lifecycles;
  // Per answered call: unlike per lifecycle, not skewed by the 200 lifecycles still in flight at
  // the end of a short phase.
  const answered = report.api.length + report.draft.length;
  const cpuPerCall =
    cpuBefore === undefined || cpuAfter === undefined || answered === 0
      ? Number.NaN
      : ((cpuAfter - cpuBefore) * 1000) / answered;
  const calls = input.draft ? 'create, transcript, read, erase' : '4 API calls';
  return [
    {
      name: `${label}: clients`,
      value: input.clients,
      unit: 'concurrent',
      note: `${input.seconds} s; load average ${loadBefore} before, ${loadAverage()} after`,
    },
    { name: `${label}: lifecycles`, value: report.lifecycles, unit: 'completed' },
    {
      name: `${label}: errors`,
      value: errors,
      unit: 'requests',
      note: statuses === '' ? 'target 0' : `target 0; ${statuses} (method, status; 0 = no answer)`,
    },
    {
      name: `${label}: server CPU per lifecycle`,
      value: cpuPerLifecycle,
      unit: 'ms',
      note: 'main thread (event loop) only; inflated on a contended machine',
    },
    {
      name: `${label}: server CPU per call`,
      value: cpuPerCall,
      unit: 'ms',
      note: `main thread only, per answered call (${answered}, drafts included)`,
    },
    {
      name: `${label}: server CPU per call, all threads`,
      value: answered === 0 ? Number.NaN : (processCpu.user + processCpu.system) / 1000 / answered,
      unit: 'ms',
      note: 'process.cpuUsage: event loop, compute and checkpoint workers, thread pool',
    },
    {
      name: `${label}: event loop delay p50`,
      value: loopDelay.percentile(50) / 1e6,
      unit: 'ms',
      note: `p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms (monitorEventLoopDelay, 10 ms resolution)`,
    },
    { name: `${label}: API p50`, value: percentile(report.api, 0.5), unit: 'ms', note: calls },
    {
      name: `${label}: API p99`,
      value: percentile(report.api, 0.99),
      unit: 'ms',
      note: `target < 500; ${report.api.length} calls (${calls})`,
    },
    ...(input.draft
      ? [
          { name: `${label}: draft p50`, value: percentile(report.draft, 0.5), unit: 'ms' },
          {
            name: `${label}: draft p99`,
            value: percentile(report.draft, 0.99),
            unit: 'ms',
            note: `${report.draft.length} drafts, builtin engine on the compute pool`,
          },
        ]
      : []),
    {
      name: `${label}: /healthz p99`,
      value: percentile(polled.health, 0.99),
      unit: 'ms',
      note: `target < 50; ${polled.health.length} polls`,
    },
  ];
}

export default async function bench() {
  const clients = Number(process.env['LOAD_CLIENTS'] ?? 200);
  const seconds = Number(process.env['LOAD_SECONDS'] ?? 60);
  const uploadCount = Number(process.env['LOAD_UPLOADS'] ?? 10);
  const uploadMiB = Number(process.env['LOAD_UPLOAD_MIB'] ?? 300);
  const loginRate = Number(process.env['LOAD_LOGINS_PER_SECOND'] ?? 2);
  // Which lifecycles: `both` (default: without a draft, then with one), `no` or `yes`.
  const drafts = process.env['LOAD_DRAFT'] ?? 'both';
  // The configured engines (builtin drafter, pseudonymizer) and compute pool, as in production.
  // The server's own knobs, when given, for A/B runs (admission slots, compute workers, their niceness).
  const env = Object.fromEntries(
    [
      'REFERENT_CONCURRENT_REQUESTS',
      'REFERENT_COMPUTE_WORKERS',
      'REFERENT_COMPUTE_WORKER_NICE',
    ].flatMap((name) => {
      const value = process.env[name];
      return value === undefined ? [] : [[name, value]];
    }),
  );
  const test: TestApp = await createTestApp({
    capabilities: 'configured',
    env,
    preloadPseudonymizer: true,
  });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  // `LOAD_MEMORY_TRACE=1`: the server process's memory every 5 s on stderr (MiB), to tell the main
  // isolate's heap from native memory and the worker threads' isolates (the rest of the RSS).
  const memoryTrace =
    process.env['LOAD_MEMORY_TRACE'] === '1'
      ? setInterval(() => {
          const usage = process.memoryUsage();
          const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
          process.stderr.write(
            `memory: rss ${mib(usage.rss)} heapTotal ${mib(usage.heapTotal)} heapUsed ${mib(usage.heapUsed)} external ${mib(usage.external)} arrayBuffers ${mib(usage.arrayBuffers)}\n`,
          );
        }, 5000)
      : undefined;
  try {
    const tokens: string[] = [];
    for (let index = 0; index < 10; index += 1) tokens.push(await test.login(`last-${index}`));
    const url = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const logins = await measureLogins(url, loginRate, 10);
    const rows: Row[] = [];
    for (const draft of drafts === 'both' ? [false, true] : [drafts === 'yes']) {
      rows.push(...(await runPhase({ url, tokens, clients, seconds, draft })));
    }
    // The uploads' own peak, apart from what the lifecycles left on the heap: collect first when
    // the bench runs with --expose-gc, then sample from the RSS at the start of the uploads.
    const lifecyclePeakRss = peakRss;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc !== undefined) gc();
    const rssBeforeUploads = process.memoryUsage().rss;
    peakRss = rssBeforeUploads;
    const uploads = await Promise.all(
      Array.from({ length: uploadCount }, () => anonymousUpload(url, uploadMiB * 1024 * 1024)),
    );
    const uploadPeakRss = peakRss;
    peakRss = Math.max(lifecyclePeakRss, uploadPeakRss);
    return [
      ...rows,
      // `LOAD_LOGINS_PER_SECOND=0` skips the login measure (no row rather than a NaN).
      ...(loginRate <= 0
        ? []
        : [
            {
              name: `login p99 at ${loginRate}/s`,
              value: percentile(logins, 0.99),
              unit: 'ms',
              note: `target < 100; ${logins.length} logins over 10 s on an idle server, Argon2id via the bounded hasher (bench/login.bench.ts)`,
            },
          ]),
      {
        name: `anonymous ${uploadCount} × ${uploadMiB} MiB uploads`,
        value: uploads.filter((status) => status === 401).length,
        unit: 'answered 401',
      },
      {
        name: 'peak RSS',
        value: Math.round(peakRss / 2 ** 20),
        unit: 'MiB',
        note: 'server process (clients run elsewhere), whole run incl. uploads; target < 1024',
      },
      {
        name: 'peak RSS during the lifecycles',
        value: Math.round(lifecyclePeakRss / 2 ** 20),
        unit: 'MiB',
        note: `${clients} clients × ${seconds} s per phase; heap garbage is collected lazily`,
      },
      {
        name: `peak RSS during the ${uploadCount} anonymous uploads`,
        value: Math.round(uploadPeakRss / 2 ** 20),
        unit: 'MiB',
        note: `from ${Math.round(rssBeforeUploads / 2 ** 20)} MiB at their start${gc === undefined ? '' : ' (after a full collection)'}; target < 1024`,
      },
    ];
  } finally {
    clearInterval(sampler);
    if (memoryTrace !== undefined) clearInterval(memoryTrace);
    await test.close();
  }
}
