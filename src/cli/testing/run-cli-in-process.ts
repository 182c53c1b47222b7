import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../main.js';

/** What one `referent` command printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of one in-process run: the text on stdin, and the whole environment it sees. */
export interface CliRunOptions {
  readonly stdin?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Runs `referent ARGS` in-process (`main`), with `stdin` as its input and exactly `env` as its
 * environment (never the test process's own), and collects what it printed.
 */
export async function runCliInProcess(
  args: readonly string[],
  options: CliRunOptions = {},
): Promise<CliRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  stdin.end(options.stdin ?? '');
  const code = await main(args, { stdin, stdout, stderr, env: { ...options.env } });
  return {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

/** A scratch directory for a CLI test, with a data directory inside it. */
export interface CliScratch {
  /** The scratch directory itself. */
  readonly path: string;
  /** `<path>/data`: the data directory `run` points the command at (created by the command). */
  readonly dataDir: string;
  /** Writes a file into the scratch directory (JSON for anything but a string); returns its path. */
  write(name: string, content: unknown): string;
  /** Runs `referent ARGS` with `REFERENT_DATA_DIR` set to `dataDir`, then `options.env`. */
  run(args: readonly string[], options?: CliRunOptions): Promise<CliRun>;
  /** Deletes the scratch directory and everything in it. */
  remove(): void;
}

/** Creates a scratch directory under the system's temporary directory (`prefix` names it). */
export function createCliScratch(prefix: string): CliScratch {
  const path = mkdtempSync(join(tmpdir(), prefix));
  const dataDir = join(path, 'data');
  return {
    path,
    dataDir,
    write(name, content) {
      const file = join(path, name);
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
      return file;
    },
    run: (args, options = {}) =>
      runCliInProcess(args, {
        ...options,
        env: { REFERENT_DATA_DIR: dataDir, ...options.env },
      }),
    remove() {
      rmSync(path, { recursive: true, force: true });
    },
  };
}
