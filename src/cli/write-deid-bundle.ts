/**
 * `node dist/cli/write-deid-bundle.js` (run by `npm run build`, after `tsc`): bundles `referent
 * deid` — the command and its worker thread — into one JavaScript file each, beside the compiled
 * pseudonymizer (`dist/pseudonymize/deid-command.bundle.js`, `deid-worker.bundle.js`), so that a
 * run or a worker loads one file instead of resolving and evaluating some seventy modules and
 * zod's files one by one (about 0.15 s of CPU per process and per worker). Same code, same output:
 * `bin/referent.js` uses the bundle only when it is newer than the compiled modules, and falls
 * back to them otherwise. Without esbuild (a dev dependency) nothing is written.
 */
import * as path from 'node:path';
import type * as Esbuild from 'esbuild';

const distDirectory = path.resolve(import.meta.dirname, '..');

/** The bundles, by output name (in `dist/pseudonymize/`), and the compiled module each starts from. */
const entryPoints = {
  'deid-command.bundle': path.join(distDirectory, 'cli', 'deid-command.js'),
  'deid-worker.bundle': path.join(distDirectory, 'pseudonymize', 'deid-worker.js'),
};

async function writeDeidBundles(): Promise<number> {
  let esbuild: typeof Esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    process.stderr.write(
      'write-deid-bundle: esbuild is not installed; referent deid runs unbundled\n',
    );
    return 0;
  }
  await esbuild.build({
    entryPoints,
    outdir: path.join(distDirectory, 'pseudonymize'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Keep regular-expression literals with `\p{…}` as literals. esbuild's table marks Unicode
    // property escapes unsupported for every Node version and rewrites each such literal as
    // `new RegExp("…", "u")`, built anew every time the expression runs: 147 of them in the
    // recognizers, many once per token. Node 20 runs these literals as the unbundled modules do.
    supported: { 'regexp-unicode-property-escapes': true },
    // The modules find their snapshots beside themselves (import.meta.dirname): the bundles sit
    // where those modules do. Packages read as files (the dictionary, the name list) stay outside.
    logLevel: 'warning',
  });
  return 0;
}

process.exitCode = await writeDeidBundles();
