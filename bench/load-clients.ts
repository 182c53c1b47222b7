/**
 * The clients of the load benchmark, in a worker thread of their own so their HTTP work does not
 * share the server's event loop (bench/load.bench.ts): each client runs whole consultation
 * lifecycles (create → transcript → read → erase) until the deadline; with `poll`, `/healthz` is
 * polled every 100 ms (from a worker of its own, so the poll is not queued behind 200 clients' work
 * in the same thread). Posts the latencies back to the parent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';

const inputSchema = z.object({
  url: z.string(),
  tokens: z.array(z.string()).min(1),
  clients: z.number().int().nonnegative(),
  seconds: z.number().positive(),
  /** Poll `/healthz` from this worker (the load bench runs the poller in a worker of its own). */
  poll: z.boolean(),
});

/** What the worker reports: latencies in ms per kind of call, errors and finished lifecycles. */
export const loadReportSchema = z.object({
  api: z.array(z.number()),
  health: z.array(z.number()),
  errors: z.number(),
  lifecycles: z.number(),
});

async function run(input: z.infer<typeof inputSchema>): Promise<z.infer<typeof loadReportSchema>> {
  const { url, tokens, clients, seconds, poll } = input;
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
  const idSchema = z.object({ id: z.string() });
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
      const parsed = idSchema.safeParse(created === '' ? undefined : JSON.parse(created));
      if (!parsed.success) continue;
      const base = `/api/v1/consultations/${parsed.data.id}`;
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
  const poller = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      const response = await fetch(`${url}/healthz`).catch(() => undefined);
      await response?.text();
      health.push(performance.now() - start);
      if (response?.status !== 200) errors += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await Promise.all([
    ...Array.from({ length: clients }, (_, index) => client(index)),
    ...(poll ? [poller()] : []),
  ]);
  return { api, health, errors, lifecycles };
}

if (parentPort !== null) {
  const port = parentPort;
  port.postMessage(await run(inputSchema.parse(workerData)));
}
