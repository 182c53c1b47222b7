import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTinyGguf, createTinyVocabulary, writeTinyGguf } from './write-tiny-gguf.js';

describe('tiny GGUF writer', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'referent-gguf-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('writes a GGUF v3 file whose llama metadata, vocabulary and tensors an independent reader understands', async () => {
    const path = join(directory, 'tiny.gguf');
    await writeTinyGguf(path, { contextLength: 2048 });
    const info = await readGgufFileInfo(path, { sourceType: 'filesystem', logWarnings: false });

    expect(info.version).toBe(3);
    expect(info.metadata.general.architecture).toBe('llama');
    const llama = (info.metadata as unknown as { llama: Record<string, unknown> }).llama;
    expect(llama).toMatchObject({
      context_length: 2048,
      embedding_length: 64,
      block_count: 1,
      feed_forward_length: 128,
    });
    expect(info.metadata.tokenizer.ggml.model).toBe('llama');
    expect(info.metadata.tokenizer.ggml.tokens).toHaveLength(createTinyVocabulary().tokens.length);
    expect(info.metadata.tokenizer.ggml.tokens).toContain('<0x7B>'); // "{" as a byte-fallback token
    expect(info.tensorInfo?.map((tensor) => tensor.name)).toContain('blk.0.ffn_down.weight');
    expect(
      info.tensorInfo?.find((tensor) => tensor.name === 'token_embd.weight')?.dimensions,
    ).toEqual([64, createTinyVocabulary().tokens.length]);
  });

  it('writes the same bytes for the same seed and different weights for another', () => {
    expect(createTinyGguf({ seed: 7 }).equals(createTinyGguf({ seed: 7 }))).toBe(true);
    expect(createTinyGguf({ seed: 7 }).equals(createTinyGguf({ seed: 8 }))).toBe(false);
  });
});
