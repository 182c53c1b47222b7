import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeidInput } from './deid-input.js';

/**
 * Whole-process `referent deid` (start-up, reading, detection, surrogates, writing) beside a
 * trivial two-regex scan with the same JSON Lines I/O (bench/trivial-scan.mjs), on the same input:
 * on one core (`taskset -c 0`, no workers) and on two cores with two worker threads. Each command
 * runs `runs` times, interleaved; the best run counts (the machine is shared). CPU seconds
 * (user + system, from /usr/bin/time) are reported too: they hold up better under load.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const runs = 3;
const inputBytes = 8_000_000;

function newestSource(directory: string): number {
  let newest = 0;
  for (const name of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (name.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** bin/referent.js runs dist/ when it is there: build it when a source file is newer. */
function ensureBuild(): void {
  const entry = join(root, 'dist', 'cli', 'run-cli.js');
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestSource(join(root, 'src'))) return;
  const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'ignore',
  });
  if (built.status !== 0) throw new Error('tsc -p tsconfig.build.json failed');
  // The bundle `bin/referent.js deid` runs (it ignores one older than the compiled modules).
  const bundled = spawnSync('node', ['dist/cli/write-deid-bundle.js'], {
    cwd: root,
    stdio: 'ignore',
  });
  if (bundled.status !== 0) throw new Error('node dist/cli/write-deid-bundle.js failed');
}

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function time(cores: string, command: readonly string[], inputPath: string): Timing {
  const input = openSync(inputPath, 'r');
  try {
    const started = performance.now();
    const result = spawnSync(
      '/usr/bin/time',
      ['-f', '%U %S', 'taskset', '-c', cores, 'node', ...command],
      { cwd: root, stdio: [input, 'ignore', 'pipe'], maxBuffer: 1 << 20 },
    );
    const wall = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`${command.join(' ')} exited ${result.status}`);
    const lines = result.stderr.toString('utf8').trim().split('\n');
    const [user = 0, system = 0] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
    return { wall, cpu: user + system };
  } finally {
    closeSync(input);
  }
}

export default function bench(): Promise<
  Array<{ name: string; value: number; unit: string; note?: string }>
> {
  ensureBuild();
  const scratch = mkdtempSync(join(tmpdir(), 'referent-deid-bench-'));
  try {
    const inputPath = join(scratch, 'input.jsonl');
    writeFileSync(inputPath, buildDeidInput(inputBytes));
    const megabytes = statSync(inputPath).size / 1_000_000;
    const commands = {
      scan1: ['0', ['bench/trivial-scan.mjs']],
      deid1: ['0', ['bin/referent.js', 'deid', '--workers', '0']],
      scan2: ['0,1', ['bench/trivial-scan.mjs']],
      deid2: ['0,1', ['bin/referent.js', 'deid', '--workers', '2']],
    } as const;
    const best: Record<keyof typeof commands, Timing> = {
      scan1: { wall: Infinity, cpu: Infinity },
      deid1: { wall: Infinity, cpu: Infinity },
      scan2: { wall: Infinity, cpu: Infinity },
      deid2: { wall: Infinity, cpu: Infinity },
    };
    for (let run = 0; run < runs; run++) {
      for (const key of Object.keys(commands) as (keyof typeof commands)[]) {
        const [cores, command] = commands[key];
        const timing = time(cores, command, inputPath);
        best[key] = {
          wall: Math.min(best[key].wall, timing.wall),
          cpu: Math.min(best[key].cpu, timing.cpu),
        };
      }
    }
    const load = loadavg()
      .map((value) => value.toFixed(1))
      .join(' / ');
    const input = `${megabytes.toFixed(1)} MB JSON Lines from the eval texts, best of ${runs}; load average ${load} (1 / 5 / 15 min) at the end`;
    return Promise.resolve([
      { name: 'trivial scan, 1 core', value: best.scan1.wall, unit: 's', note: input },
      {
        name: 'referent deid, 1 core, no workers',
        value: best.deid1.wall,
        unit: 's',
        note: `${(megabytes / best.deid1.wall).toFixed(2)} MB/s whole process`,
      },
      {
        name: 'ratio deid / scan, 1 core (wall)',
        value: best.deid1.wall / best.scan1.wall,
        unit: '×',
        note: 'target ≤ 2.5',
      },
      {
        name: 'ratio deid / scan, 1 core (CPU)',
        value: best.deid1.cpu / best.scan1.cpu,
        unit: '×',
        note: `user+sys: deid ${best.deid1.cpu.toFixed(2)} s, scan ${best.scan1.cpu.toFixed(2)} s`,
      },
      { name: 'trivial scan, 2 cores', value: best.scan2.wall, unit: 's' },
      {
        name: 'referent deid, 2 cores, 2 workers',
        value: best.deid2.wall,
        unit: 's',
        note: `user+sys ${best.deid2.cpu.toFixed(2)} s (main thread and workers)`,
      },
      {
        name: 'ratio deid (2 workers) / scan, 2 cores (wall)',
        value: best.deid2.wall / best.scan2.wall,
        unit: '×',
        note: 'target < 1',
      },
    ]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
