import { describe, expect, it } from 'vitest';
import { findNativeEngineProblem } from './native-engines.js';

describe('findNativeEngineProblem', () => {
  it('finds the engines installed on this Linux machine', () => {
    expect(findNativeEngineProblem('whisper', { platform: 'linux', arch: 'x64' })).toBeUndefined();
    expect(findNativeEngineProblem('llama', { platform: 'linux', arch: 'x64' })).toBeUndefined();
  });

  it('says which package is missing, for which platform, and what to do', () => {
    const installed = new Set(['@node-llama-cpp/mac-arm64-metal']);
    const check = (engine: 'whisper' | 'llama') =>
      findNativeEngineProblem(engine, {
        platform: 'darwin',
        arch: 'arm64',
        isInstalled: (name) => installed.has(name),
      });
    expect(check('llama')).toBeUndefined();
    expect(check('whisper')).toMatch(
      /whisper\.cpp speech engine has no native build installed for this platform \(darwin-arm64; looked for @fugood\/node-whisper-darwin-arm64\)\. Run `npm install`/,
    );
  });
});
