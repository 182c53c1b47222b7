import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCapabilities } from '../capabilities.js';
import { loadConfig } from '../config/index.js';
import { silentLogger } from '../core/index.js';
import { writeTinyGguf } from '../draft/engines/llama/testing/index.js';
import { writeTinyGgml } from '../transcribe/engines/whisper/testing/index.js';
import { checkModelFile } from './check-model-file.js';

let directory: string;
let ggml: string;
let gguf: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'referent-model-check-'));
  ggml = join(directory, 'ggml-tiny.bin');
  gguf = join(directory, 'tiny.gguf');
  await writeTinyGgml(ggml);
  await writeTinyGguf(gguf);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function variant(name: string, bytes: Buffer): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, bytes);
  return path;
}

describe('checkModelFile', () => {
  it('accepts a complete whisper.cpp model and a complete GGUF model', async () => {
    expect(await checkModelFile(ggml, 'whisper-ggml')).toBeUndefined();
    expect(await checkModelFile(gguf, 'gguf')).toBeUndefined();
  });

  it('finds a truncated whisper model, a corrupt header and a file of another format', async () => {
    const whole = await readFile(ggml);
    const truncated = await variant('cut.bin', whole.subarray(0, whole.length - 100));
    expect(await checkModelFile(truncated, 'whisper-ggml')).toMatch(/ends early/);
    const corrupt = Buffer.from(whole);
    corrupt.writeInt32LE(-5, 4 * 3);
    expect(await checkModelFile(await variant('corrupt.bin', corrupt), 'whisper-ggml')).toMatch(
      /header is corrupt/,
    );
    expect(await checkModelFile(gguf, 'whisper-ggml')).toMatch(/not a whisper\.cpp model/);
    expect(await checkModelFile(join(directory, 'missing.bin'), 'whisper-ggml')).toMatch(
      /does not exist/,
    );
  });

  it('finds a truncated GGUF model and a whisper file given as GGUF', async () => {
    const whole = await readFile(gguf);
    const truncated = await variant('cut.gguf', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await checkModelFile(truncated, 'gguf')).toMatch(/ends early/);
    expect(await checkModelFile(ggml, 'gguf')).toMatch(/not a GGUF model/);
  });
});

describe('start-up with a configured model file that does not load', () => {
  it('stops with a message naming the setting, the file and the next step', async () => {
    const whole = await readFile(ggml);
    const path = await variant('ggml-broken.bin', whole.subarray(0, 5_000));
    const config = loadConfig({ REFERENT_STT_ENGINE: 'whisper', REFERENT_STT_MODEL_PATH: path });
    await expect(createCapabilities(config, { logger: silentLogger })).rejects.toThrow(
      /REFERENT_STT_MODEL_PATH: the speech model file .*ggml-broken\.bin cannot be loaded: the file ends early .*referent models install/,
    );
  });

  it('stops when the language model file is not GGUF', async () => {
    const path = await variant('not-a-model.gguf', Buffer.from('<html>404 Not Found</html>'));
    const config = loadConfig({ REFERENT_LLM_ENGINE: 'llama', REFERENT_LLM_MODEL_PATH: path });
    await expect(createCapabilities(config, { logger: silentLogger })).rejects.toThrow(
      /REFERENT_LLM_MODEL_PATH: the language model file .* cannot be loaded: the file is not a GGUF model/,
    );
  });
});
