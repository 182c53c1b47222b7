/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those named on the command line) and prints
 * one Markdown table, ready for bench/README.md, with the machine it ran on.
 */
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const resultSchema = z.array(
  z.object({ name: z.string(), value: z.number(), unit: z.string(), note: z.string().optional() }),
);

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(`Date: ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| benchmark | measure | value | unit | note |');
console.log('|---|---|---|---|---|');
let failed = false;
for (const file of files) {
  try {
    const module = (await import(pathToFileURL(join(here, file)).href)) as {
      default: () => Promise<unknown>;
    };
    const results = resultSchema.parse(await module.default());
    for (const result of results) {
      const value = Number.isInteger(result.value)
        ? String(result.value)
        : result.value.toPrecision(4);
      console.log(
        `| ${file.replace('.bench.ts', '')} | ${result.name} | ${value} | ${result.unit} | ${result.note ?? ''} |`,
      );
    }
  } catch (error) {
    failed = true;
    console.log(
      `| ${file.replace('.bench.ts', '')} | FAILED | | | ${error instanceof Error ? error.message.slice(0, 120) : 'unknown'} |`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
