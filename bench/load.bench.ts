/**
 * Load and abuse on loopback (issue 14): `LOAD_CLIENTS` concurrent clients (200) each run whole
 * consultation lifecycles (create → transcript → read → erase) for `LOAD_SECONDS` (60) against the
 * real server over HTTP, while `/healthz` is polled; then 10 concurrent 300 MiB unauthenticated
 * uploads, with the process's peak RSS. Targets: zero errors, API p99 < 500 ms, `/healthz` p99 <
 * 50 ms, RSS < 1 GB. The clients run in a worker thread (`load-clients.ts`), so their HTTP work
 * does not share the server's event loop. Set `LOAD_CLIENTS`, `LOAD_SECONDS`, `LOAD_UPLOADS` (10),
 * `LOAD_UPLOAD_MIB` (300) and `LOAD_LOGINS_PER_SECOND` (2, for 10 s before the lifecycles) for a
 * shorter or harder run.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { z } from 'zod';
import { createTestApp } from '../src/testing/test-app.js';
import { loadReportSchema } from './load-clients.js';

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

function runClients(input: {
  url: string;
  tokens: string[];
  clients: number;
  seconds: number;
  poll: boolean;
}): Promise<z.infer<typeof loadReportSchema>> {
  // The worker loads the TypeScript module through tsx's API (a plain worker cannot).
  const entry = JSON.stringify(new URL('./load-clients.ts', import.meta.url).href);
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const code = `import { tsImport } from ${api}; await tsImport(${entry}, ${entry});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), {
    workerData: input,
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (message: unknown) => {
      resolve(loadReportSchema.parse(message));
      void worker.terminate();
    });
    worker.once('error', reject);
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

export default async function bench() {
  const clients = Number(process.env['LOAD_CLIENTS'] ?? 200);
  const seconds = Number(process.env['LOAD_SECONDS'] ?? 60);
  const uploadCount = Number(process.env['LOAD_UPLOADS'] ?? 10);
  const uploadMiB = Number(process.env['LOAD_UPLOAD_MIB'] ?? 300);
  const loginRate = Number(process.env['LOAD_LOGINS_PER_SECOND'] ?? 2);
  const test = await createTestApp();
  try {
    const tokens: string[] = [];
    for (let index = 0; index < 10; index += 1) tokens.push(await test.login(`last-${index}`));
    const url = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const logins = await measureLogins(url, loginRate, 10);
    const loadBefore = loadAverage();
    const cpuBefore = mainThreadCpuSeconds();
    // How long the server's event loop was held up (every turn, sampled at 10 ms resolution).
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const [report, polled] = await Promise.all([
      runClients({ url, tokens, clients, seconds, poll: false }),
      runClients({ url, tokens, clients: 0, seconds, poll: true }),
    ]);
    loopDelay.disable();
    report.health.push(...polled.health);
    report.errors += polled.errors;
    const cpuAfter = mainThreadCpuSeconds();
    const loadAfter = loadAverage();
    const cpuPerLifecycle =
      cpuBefore === undefined || cpuAfter === undefined || report.lifecycles === 0
        ? Number.NaN
        : ((cpuAfter - cpuBefore) * 1000) / report.lifecycles;

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const uploads = await Promise.all(
      Array.from({ length: uploadCount }, () => anonymousUpload(url, uploadMiB * 1024 * 1024)),
    );
    clearInterval(sampler);
    return [
      {
        name: 'clients',
        value: clients,
        unit: 'concurrent',
        note: `${seconds} s; load average ${loadBefore} before, ${loadAfter} after`,
      },
      { name: 'lifecycles', value: report.lifecycles, unit: 'completed' },
      { name: 'errors', value: report.errors, unit: 'requests', note: 'target 0' },
      {
        name: 'server CPU per lifecycle',
        value: cpuPerLifecycle,
        unit: 'ms',
        note: 'main thread (event loop) only, 4 API calls; inflated on a contended machine',
      },
      {
        name: 'event loop delay p50 / p99 / max',
        value: loopDelay.percentile(50) / 1e6,
        unit: 'ms',
        note: `p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms (monitorEventLoopDelay, 10 ms resolution)`,
      },
      { name: 'API p50', value: percentile(report.api, 0.5), unit: 'ms' },
      {
        name: 'API p99',
        value: percentile(report.api, 0.99),
        unit: 'ms',
        note: `target < 500; ${report.api.length} calls`,
      },
      {
        name: '/healthz p99',
        value: percentile(report.health, 0.99),
        unit: 'ms',
        note: `target < 50; ${report.health.length} polls`,
      },
      {
        name: `login p99 at ${loginRate}/s`,
        value: percentile(logins, 0.99),
        unit: 'ms',
        note: `target < 100; ${logins.length} logins over 10 s, scrypt N=2^15 in the thread pool`,
      },
      {
        name: `anonymous ${uploadCount} × ${uploadMiB} MiB uploads`,
        value: uploads.filter((status) => status === 401).length,
        unit: 'answered 401',
      },
      {
        name: 'peak RSS',
        value: Math.round(peakRss / 2 ** 20),
        unit: 'MiB',
        note: 'target < 1024',
      },
    ];
  } finally {
    await test.close();
  }
}
