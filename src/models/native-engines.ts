import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The two native engines whose binaries come in one optional package per platform. */
export type NativeEngine = 'whisper' | 'llama';

/** The platform packages that can run an engine here, in the names each project publishes. */
function candidatePackages(engine: NativeEngine, platform: string, arch: string): string[] {
  if (engine === 'whisper') {
    return [`@fugood/node-whisper-${platform}-${arch}`];
  }
  const name = platform === 'darwin' ? 'mac' : platform === 'win32' ? 'win' : platform;
  return [`@node-llama-cpp/${name}-${arch}`, `@node-llama-cpp/${name}-${arch}-metal`];
}

/**
 * Why a native engine cannot run on this machine, or undefined when its platform package is
 * installed. The engine packages are optional dependencies (package.json), so `npm ci` works on
 * every platform with the built-in engines; choosing a native engine where its binary is missing
 * is reported at start-up in plain words instead of as a module-loading stack trace.
 */
export function findNativeEngineProblem(
  engine: NativeEngine,
  options: {
    platform?: string;
    arch?: string;
    /** Whether a package is installed; looks in the node_modules folders Node would search. */
    isInstalled?: (name: string) => boolean;
  } = {},
): string | undefined {
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const isInstalled = options.isInstalled ?? isPackageInstalled;
  const candidates = candidatePackages(engine, platform, arch);
  if (candidates.some((name) => isInstalled(name))) return undefined;
  const what =
    engine === 'whisper' ? 'the whisper.cpp speech engine' : 'the llama.cpp language-model engine';
  return `${what} has no native build installed for this platform (${platform}-${arch}; looked for ${candidates.join(', ')}). Run \`npm install\` on this machine (the engine packages are optional and installed per platform), or choose another engine`;
}

/** Looks for `<dir>/<name>/package.json` along Node's module search path (exports-proof). */
function isPackageInstalled(name: string): boolean {
  const paths = createRequire(import.meta.url).resolve.paths(name) ?? [];
  return paths.some((directory) => existsSync(join(directory, name, 'package.json')));
}
