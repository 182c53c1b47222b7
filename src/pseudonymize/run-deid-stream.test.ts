import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from './read-lines.js';
import { runDeidStream, toAutoWorkerCount } from './run-deid-stream.js';

function seededRandom(seed: number): (bytes: number) => Buffer {
  let state = seed;
  return (bytes) => {
    const buffer = Buffer.alloc(bytes);
    for (let index = 0; index < bytes; index++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      buffer[index] = state & 0xff;
    }
    return buffer;
  };
}

/** Fresh synthetic lines: persons named in full once and later by one part, numbers, dates. */
function syntheticLines(count: number): string[] {
  const people = [
    ['Solveig', 'Brattlie'],
    ['Yusuf', 'Demir'],
    ['Aksel', 'Holmboe'],
    ['Lerke', 'Fjæreide'],
  ];
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const [given = '', family = ''] = people[index % people.length] ?? [];
    const day = 1 + (index % 28);
    const texts = [
      `Pasienten ${given} ${family} møtte til kontroll ${day}.03.2025, tlf 41 22 ${String(10 + (index % 89))} 07.`,
      `${family} forteller om bedring. Neste time den ${day}. april.`,
      `Samtale med ${given} om medisinene; ${given} bruker Paracet ved behov.`,
    ];
    lines.push(JSON.stringify({ id: `l${index}`, text: texts[index % texts.length] ?? '' }));
    if (index % 97 === 0) lines.push('ikke json');
    if (index % 131 === 0) lines.push('');
  }
  return lines;
}

async function run(
  chunks: readonly string[],
  workers: number | 'auto',
): Promise<{ output: string; summary: Awaited<ReturnType<typeof runDeidStream>> }> {
  const output = new PassThrough();
  const pieces: string[] = [];
  output.on('data', (chunk: Buffer) => pieces.push(chunk.toString('utf8')));
  const summary = await runDeidStream(Readable.from(chunks), output, {
    random: seededRandom(41),
    workers,
    workerThresholdBytes: 0,
    // 'auto' on an idle machine: one worker per core.
    loadAverage: () => 0,
  });
  return { output: pieces.join(''), summary };
}

describe('runDeidStream with worker threads', () => {
  it('writes byte for byte what one thread writes, in input order, with the same surrogates', async () => {
    const lines = syntheticLines(600);
    // Many small chunks, so lines travel to the workers in many batches.
    const chunks: string[] = [];
    for (let index = 0; index < lines.length; index += 25)
      chunks.push(`${lines.slice(index, index + 25).join('\r\n')}\r\n`);
    const single = await run(chunks, 0);
    const parallel = await run(chunks, 2);
    expect(parallel.output).toBe(single.output);
    expect(parallel.summary.lines).toBe(single.summary.lines);
    expect(parallel.summary.badLines).toBe(7);
    const written = single.output.trim().split('\n');
    expect(written).toHaveLength(lines.filter((line) => line.length > 0).length);
    // A surname said alone in a later line is the same person: the workers could not know that
    // from their own lines, so those lines were detected again in order.
    expect(parallel.summary.redetected).toBeGreaterThan(0);
    expect(single.output).not.toContain('Brattlie');
    const auto = await run(chunks, 'auto');
    expect(auto.output).toBe(single.output);
  }, 120_000);
});

describe('toAutoWorkerCount', () => {
  it('starts workers only on cores the load leaves idle, and never just one', () => {
    expect(toAutoWorkerCount(2, 0.1)).toBe(2);
    expect(toAutoWorkerCount(8, 3)).toBe(5);
    // A busy machine: workers would only add their own start-up and warm-up.
    expect(toAutoWorkerCount(2, 0.8)).toBe(0);
    expect(toAutoWorkerCount(2, 14)).toBe(0);
    expect(toAutoWorkerCount(1, 0)).toBe(0);
  });
});

describe('readLines', () => {
  it('splits lines as readline does, across chunk borders inside "\\r\\n" and inside a letter', async () => {
    const bytes = Buffer.from('første\r\nandre\rtredje\n\nfjerde på ø\r\nsiste', 'utf8');
    const cuts = [3, 7, 8, 20, 21, 33, bytes.length];
    const chunks: Buffer[] = [];
    let from = 0;
    for (const cut of cuts) {
      chunks.push(bytes.subarray(from, cut));
      from = cut;
    }
    const lines: string[] = [];
    for await (const batch of readLines(Readable.from(chunks))) lines.push(...batch);
    expect(lines).toEqual(['første', 'andre', 'tredje', '', 'fjerde på ø', 'siste']);
  });
});
