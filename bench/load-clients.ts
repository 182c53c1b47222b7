/**
 * The clients of the load benchmark (bench/load.bench.ts), run as a **separate process** so their
 * HTTP work shares neither the server's event loop nor its heap (the server's RSS and CPU are its
 * own): `node --import tsx bench/load-clients.ts` with the input as JSON on stdin, the report as
 * one JSON line on stdout. Each client runs whole consultation lifecycles (create → transcript →
 * [draft →] read → erase) until the deadline; with `poll`, `/healthz` is polled every 100 ms (the
 * bench runs the poller in a process of its own, so a poll never queues behind 200 clients' work
 * in the same process). Plain `node:http` with a keep-alive agent, not `fetch`: the generator
 * should cost as little CPU as it can, since it shares the machine with the server.
 */
import { Agent, request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** What the bench sends the client process. */
export const loadInputSchema = z.object({
  url: z.string(),
  tokens: z.array(z.string()).min(1),
  clients: z.number().int().nonnegative(),
  seconds: z.number().positive(),
  /** Poll `/healthz` from this process (the load bench runs the poller in a process of its own). */
  poll: z.boolean(),
  /** Each lifecycle drafts a journal note (builtin engine) after the transcript, as a clinician. */
  draft: z.boolean(),
});

/**
 * What the client process reports: latencies in ms per kind of call (`api`: calls that do not wait
 * on an engine; `draft`: the draft calls), errors (and the statuses they got, 0 for a connection
 * that failed) and finished lifecycles.
 */
export const loadReportSchema = z.object({
  api: z.array(z.number()),
  draft: z.array(z.number()),
  health: z.array(z.number()),
  errors: z.number(),
  errorStatuses: z.record(z.string(), z.number()),
  lifecycles: z.number(),
});

type LoadInput = z.infer<typeof loadInputSchema>;
type LoadReport = z.infer<typeof loadReportSchema>;

/**
 * A synthetic consultation (invented for this benchmark, no real patient): 40 segments, so the
 * draft has history, findings and a plan to work with.
 */
const lines: readonly (readonly ['lege' | 'pasient', string])[] = [
  ['lege', 'Hva bringer deg hit i dag?'],
  ['pasient', 'Jeg har hatt vondt i korsryggen i snart tre uker, det stråler ned i venstre legg.'],
  ['lege', 'Kom det brått, eller gradvis?'],
  ['pasient', 'Det kom etter at jeg bar ved inn fra bilen, og det har blitt litt verre.'],
  ['lege', 'Har du nummenhet eller prikking i foten?'],
  ['pasient', 'Litt prikking på yttersiden av foten om kvelden.'],
  ['lege', 'Noen problemer med å holde på urin eller avføring?'],
  ['pasient', 'Nei, ingenting sånt.'],
  ['lege', 'Hva har du tatt av smertestillende?'],
  ['pasient', 'Paracet, to tabletter morgen og kveld, og noen ganger Ibux.'],
  ['lege', 'Hjelper det?'],
  ['pasient', 'Det tar toppen av det, men jeg sover dårlig.'],
  ['lege', 'Jobber du nå, eller er du sykmeldt?'],
  ['pasient', 'Jeg jobber på lager, men har vært hjemme de siste fire dagene.'],
  ['lege', 'Jeg vil undersøke deg. Kan du legge deg på benken?'],
  ['pasient', 'Ja.'],
  ['lege', 'Strak beinløft gir smerte på venstre side ved femti grader.'],
  ['lege', 'Kraften i stortåen er normal, og akillesrefleksen er litt svakere til venstre.'],
  ['lege', 'Sensibiliteten er nedsatt på yttersiden av venstre fot.'],
  ['pasient', 'Er det en prolaps?'],
  ['lege', 'Det kan være en liten skiveprolaps som irriterer en nerverot.'],
  ['lege', 'Det er ingen tegn til noe alvorlig, og det går som regel over av seg selv.'],
  ['pasient', 'Trenger jeg MR?'],
  ['lege', 'Ikke nå. Vi tar MR hvis det ikke er bedre om seks uker, eller hvis du blir svakere.'],
  ['lege', 'Fortsett med paracet, og du kan ta Ibux 400 milligram inntil tre ganger daglig.'],
  ['pasient', 'Hva med trening?'],
  ['lege', 'Hold deg i aktivitet, gå korte turer, og unngå tunge løft de neste ukene.'],
  ['lege', 'Jeg sykmelder deg gradert, femti prosent i to uker.'],
  ['pasient', 'Det passer bra.'],
  ['lege', 'Får du vansker med vannlating eller nummenhet i setet, skal du ringe legevakten.'],
  ['pasient', 'Skjønner.'],
  ['lege', 'Har du andre sykdommer eller faste medisiner?'],
  ['pasient', 'Jeg har lavt stoffskifte og bruker Levaxin 75 mikrogram.'],
  ['lege', 'Allergier?'],
  ['pasient', 'Ingen som jeg vet om.'],
  ['lege', 'Blodtrykket er 128 over 82, puls 72.'],
  ['lege', 'Vi setter opp ny time om to uker for å se hvordan det går.'],
  ['pasient', 'Takk for hjelpen.'],
  ['lege', 'Bare hyggelig, god bedring.'],
  ['pasient', 'Takk, ha det.'],
];

const transcriptBody = JSON.stringify({
  segments: lines.map(([speaker, text]) => ({ speaker, text })),
});
const createBody = JSON.stringify({
  template: 'journalnotat',
  consent: { given: true, method: 'muntlig' },
});
const idSchema = z.object({ id: z.string() });

/** One HTTP exchange; resolves with the status and body (status 0 on a network error). */
function send(
  agent: Agent,
  url: URL,
  options: { method: string; path: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const request = httpRequest(
      {
        agent,
        hostname: url.hostname,
        port: url.port,
        method: options.method,
        path: options.path,
        headers: {
          ...options.headers,
          ...(options.body === undefined
            ? {}
            : { 'content-length': String(Buffer.byteLength(options.body)) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
        });
        response.on('error', () => {
          resolve({ status: 0, body: '' });
        });
      },
    );
    request.on('error', () => {
      resolve({ status: 0, body: '' });
    });
    request.end(options.body);
  });
}

async function run(input: LoadInput): Promise<LoadReport> {
  const url = new URL(input.url);
  const agent = new Agent({ keepAlive: true, maxSockets: Math.max(1, input.clients + 1) });
  const report: LoadReport = {
    api: [],
    draft: [],
    health: [],
    errors: 0,
    errorStatuses: {},
    lifecycles: 0,
  };
  const deadline = performance.now() + input.seconds * 1000;
  const call = async (
    into: number[],
    options: { method: string; path: string; headers: Record<string, string>; body?: string },
    expected: number,
  ) => {
    const start = performance.now();
    const answer = await send(agent, url, options);
    into.push(performance.now() - start);
    if (answer.status !== expected) {
      report.errors += 1;
      const key = `${options.method} ${answer.status}`;
      report.errorStatuses[key] = (report.errorStatuses[key] ?? 0) + 1;
    }
    return answer.status === expected ? answer.body : '';
  };
  const client = async (index: number) => {
    const authorization = `Bearer ${input.tokens[index % input.tokens.length] ?? ''}`;
    const json = { authorization, 'content-type': 'application/json' };
    while (performance.now() < deadline) {
      const created = await call(
        report.api,
        { method: 'POST', path: '/api/v1/consultations', headers: json, body: createBody },
        201,
      );
      const parsed = idSchema.safeParse(created === '' ? undefined : JSON.parse(created));
      if (!parsed.success) continue;
      const base = `/api/v1/consultations/${parsed.data.id}`;
      const transcript = { method: 'POST', path: `${base}/transcript`, headers: json };
      await call(report.api, { ...transcript, body: transcriptBody }, 200);
      if (input.draft) {
        const draft = { method: 'POST', path: `${base}/draft`, headers: json, body: '{}' };
        await call(report.draft, draft, 200);
      }
      await call(report.api, { method: 'GET', path: base, headers: { authorization } }, 200);
      await call(report.api, { method: 'DELETE', path: base, headers: { authorization } }, 204);
      report.lifecycles += 1;
    }
  };
  const poller = async () => {
    while (performance.now() < deadline) {
      await call(report.health, { method: 'GET', path: '/healthz', headers: {} }, 200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await Promise.all([
    ...Array.from({ length: input.clients }, (_, index) => client(index)),
    ...(input.poll ? [poller()] : []),
  ]);
  agent.destroy();
  return report;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString();
}

// Run as a process (not when the bench imports the schemas from this module).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const input = loadInputSchema.parse(JSON.parse(await readStdin()));
  process.stdout.write(`${JSON.stringify(await run(input))}\n`);
}
