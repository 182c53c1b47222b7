/**
 * Load and abuse on loopback (issue 14): `LOAD_CLIENTS` concurrent clients (200) each run whole
 * consultation lifecycles (create → transcript → read → erase) for `LOAD_SECONDS` (60) against the
 * real server over HTTP, while `/healthz` is polled; then 10 concurrent 300 MiB unauthenticated
 * uploads, with the process's peak RSS. Targets: zero errors, API p99 < 500 ms, `/healthz` p99 <
 * 50 ms, RSS < 1 GB. Set `LOAD_CLIENTS`/`LOAD_SECONDS` lower for a quick run.
 */
import { request as httpRequest } from 'node:http';
import { createTestApp } from '../src/testing/test-app.js';

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

export default async function bench() {
  const clients = Number(process.env['LOAD_CLIENTS'] ?? 200);
  const seconds = Number(process.env['LOAD_SECONDS'] ?? 60);
  const test = await createTestApp();
  try {
    const tokens: string[] = [];
    for (let index = 0; index < 10; index += 1) tokens.push(await test.login(`last-${index}`));
    const url = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const api: number[] = [];
    const health: number[] = [];
    let errors = 0;
    let lifecycles = 0;
    const deadline = performance.now() + seconds * 1000;
    const call = async (path: string, init: RequestInit, expected: number) => {
      const start = performance.now();
      try {
        const response = await fetch(`${url}${path}`, init);
        const body = await response.text();
        api.push(performance.now() - start);
        if (response.status !== expected) errors += 1;
        return body;
      } catch {
        errors += 1;
        return '';
      }
    };
    const transcript = JSON.stringify({
      segments: Array.from({ length: 40 }, (_, index) => ({
        speaker: index % 2 === 0 ? 'lege' : 'pasient',
        text: 'Pasienten har hatt hoste og lett feber i fire dager, uten tungpust.',
      })),
    });
    const client = async (index: number) => {
      const headers = {
        authorization: `Bearer ${tokens[index % tokens.length] ?? ''}`,
        'content-type': 'application/json',
      };
      while (performance.now() < deadline) {
        const created = await call(
          '/api/v1/consultations',
          {
            method: 'POST',
            headers,
            body: JSON.stringify({
              template: 'journalnotat',
              consent: { given: true, method: 'muntlig' },
            }),
          },
          201,
        );
        const id = created === '' ? undefined : (JSON.parse(created) as { id?: string }).id;
        if (id === undefined) continue;
        const base = `/api/v1/consultations/${id}`;
        await call(`${base}/transcript`, { method: 'POST', headers, body: transcript }, 200);
        await call(base, { headers }, 200);
        await call(
          base,
          { method: 'DELETE', headers: { authorization: headers.authorization } },
          204,
        );
        lifecycles += 1;
      }
    };
    const poller = (async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        const response = await fetch(`${url}/healthz`).catch(() => undefined);
        await response?.text();
        health.push(performance.now() - start);
        if (response?.status !== 200) errors += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await Promise.all([...Array.from({ length: clients }, (_, index) => client(index)), poller]);

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const uploads = await Promise.all(
      Array.from({ length: 10 }, () => anonymousUpload(url, 300 * 1024 * 1024)),
    );
    clearInterval(sampler);
    return [
      { name: 'clients', value: clients, unit: 'concurrent', note: `${seconds} s` },
      { name: 'lifecycles', value: lifecycles, unit: 'completed' },
      { name: 'errors', value: errors, unit: 'requests', note: 'target 0' },
      { name: 'API p99', value: percentile(api, 0.99), unit: 'ms', note: 'target < 500' },
      { name: '/healthz p99', value: percentile(health, 0.99), unit: 'ms', note: 'target < 50' },
      {
        name: 'anonymous 10 × 300 MiB uploads',
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
