/**
 * Proves that a speed change left `referent deid` output byte for byte as it was.
 *
 * `npx tsx bench/deid-same-output.ts save DIR` writes, into DIR: the `runDeidStream` output over
 * the 8 MB bench input (bench/deid-input.ts) with a seeded random source, on one thread and with two
 * worker threads; the `detectIdentifiers` entities of every eval and shared text; and the entity
 * spans `bin/referent.js deid` (the built command, real random) writes for the same input.
 * `npx tsx bench/deid-same-output.ts check DIR` makes the same files again beside them and reports
 * the first difference; exit code 1 when any differs.
 *
 * Surrogates come from the random source, so the whole-process command is compared on what does
 * not depend on it: each line's id and entity spans, types and actions.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { detectIdentifiers } from '../src/pseudonymize/index.js';
import { runDeidStream } from '../src/pseudonymize/run-deid-stream.js';
import { buildDeidInput } from './deid-input.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A deterministic byte source: SHA-256 of a counter. */
function seededRandom(seed: string): (bytes: number) => Buffer {
  let counter = 0;
  return (bytes) => {
    const parts: Buffer[] = [];
    let length = 0;
    while (length < bytes) {
      const block = createHash('sha256')
        .update(`${seed}:${String(counter++)}`)
        .digest();
      parts.push(block);
      length += block.length;
    }
    return Buffer.concat(parts).subarray(0, bytes);
  };
}

async function streamOutput(input: string, workers: number): Promise<string> {
  const source = new PassThrough();
  const sink = new PassThrough();
  const pieces: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => pieces.push(chunk));
  const done = runDeidStream(source, sink, { random: seededRandom('same-output'), workers });
  // Feed in pieces, as stdin arrives.
  const bytes = Buffer.from(input, 'utf8');
  for (let offset = 0; offset < bytes.length; offset += 65536)
    source.write(bytes.subarray(offset, offset + 65536));
  source.end();
  await done;
  return Buffer.concat(pieces).toString('utf8');
}

function evalTexts(): string[] {
  const texts: string[] = [];
  // The bench input holds every eval, draft and shared text; detect each distinct line once.
  const seen = new Set<string>();
  for (const line of buildDeidInput(3_000_000).split('\n')) {
    if (line.length === 0) continue;
    const { text } = JSON.parse(line) as { text: string };
    if (!seen.has(text)) {
      seen.add(text);
      texts.push(text);
    }
  }
  return texts;
}

function detectAll(texts: readonly string[]): string {
  return texts
    .map((text) =>
      JSON.stringify(
        detectIdentifiers(text).map((entity) => [
          entity.start,
          entity.end,
          entity.type,
          entity.subtype ?? '',
          entity.confidence,
        ]),
      ),
    )
    .join('\n');
}

/** What the built command writes that does not depend on the random source. */
function commandSpans(inputPath: string): string {
  const result = spawnSync('node', [join(root, 'bin/referent.js'), 'deid', '--workers', '0'], {
    input: readFileSync(inputPath),
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`referent deid exited ${String(result.status)}`);
  return result.stdout
    .toString('utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const value = JSON.parse(line) as {
        id: string;
        entities?: { start: number; end: number; type: string; action: string }[];
      };
      return JSON.stringify([
        value.id,
        (value.entities ?? []).map((entity) => [
          entity.start,
          entity.end,
          entity.type,
          entity.action,
        ]),
      ]);
    })
    .join('\n');
}

async function produce(directory: string): Promise<Record<string, string>> {
  mkdirSync(directory, { recursive: true });
  const input = buildDeidInput(8_000_000);
  const inputPath = join(directory, 'input.jsonl');
  writeFileSync(inputPath, input);
  const files: Record<string, string> = {
    'detect.txt': detectAll(evalTexts()),
    'stream-0.jsonl': await streamOutput(input, 0),
    'stream-2.jsonl': await streamOutput(input, 2),
    'command-spans.txt': commandSpans(inputPath),
  };
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(directory, name), content);
  return files;
}

function firstDifference(left: string, right: string): string {
  const a = left.split('\n');
  const b = right.split('\n');
  for (let index = 0; index < Math.max(a.length, b.length); index++)
    if (a[index] !== b[index])
      return `line ${String(index + 1)}:\n  was ${(a[index] ?? '<none>').slice(0, 400)}\n  now ${(b[index] ?? '<none>').slice(0, 400)}`;
  return 'none';
}

async function main(): Promise<number> {
  const [mode, directory] = process.argv.slice(2);
  if ((mode !== 'save' && mode !== 'check') || directory === undefined) {
    process.stderr.write('usage: tsx bench/deid-same-output.ts save|check DIR\n');
    return 2;
  }
  if (mode === 'save') {
    await produce(directory);
    process.stdout.write(`saved in ${directory}\n`);
    return 0;
  }
  const now = await produce(join(directory, 'now'));
  let same = true;
  for (const [name, content] of Object.entries(now)) {
    if (name === 'input.jsonl') continue;
    const before = readFileSync(join(directory, name), 'utf8');
    if (before === content) {
      process.stdout.write(`same: ${name}\n`);
      continue;
    }
    same = false;
    process.stdout.write(`DIFFERENT: ${name}, ${firstDifference(before, content)}\n`);
  }
  return same ? 0 : 1;
}

process.exitCode = await main();
