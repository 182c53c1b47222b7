import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runDrafterContractSuite } from '../../testing/drafter-contract.js';
import { createLlamaDrafter, type LlamaDrafter } from './index.js';
import { writeTinyGguf } from './testing/write-tiny-gguf.js';

// One drafter on a generated tiny model for the whole suite: it is loaded once, on first use.
const directory = await mkdtemp(join(tmpdir(), 'referent-llama-contract-'));
const modelPath = join(directory, 'tiny.gguf');
await writeTinyGguf(modelPath, { contextLength: 16_384 });
const drafter: LlamaDrafter = createLlamaDrafter({
  modelPath,
  threads: 1,
  contextSize: 8192,
  maxTokens: 1500,
  bounds: {
    maxSentencesPerSection: 1,
    maxSentenceLength: 24,
    maxEvidencePerSentence: 1,
    maxDiagnoses: 1,
  },
});

afterAll(async () => {
  await drafter.dispose();
  await rm(directory, { recursive: true, force: true });
});

runDrafterContractSuite('llama (tiny generated GGUF)', () => drafter, {
  abortsWhileDrafting: true,
  timeoutMs: 60_000,
});
