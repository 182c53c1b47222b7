import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineError, InvalidInputError } from '../../../core/index.js';
import type { DrafterOutput } from '../../drafter.js';
import {
  createLongTranscript,
  journalnotatTemplate,
  shortTranscript,
} from '../language-model/testing/fixtures.js';
import { createLlamaDrafter, type LlamaDrafter, type LlamaDrafterOptions } from './index.js';
import { writeTinyGguf } from './testing/write-tiny-gguf.js';

// A tiny random model: its words are nonsense, so these tests check what the engine guarantees
// regardless of the model: loading, context, grammar-constrained JSON, chunking and disposal.
const bounds = {
  maxSentencesPerSection: 1,
  maxSentenceLength: 24,
  maxEvidencePerSentence: 1,
  maxDiagnoses: 1,
};

describe('llama drafter with a generated tiny GGUF model', () => {
  let directory: string;
  let modelPath: string;
  const drafters: LlamaDrafter[] = [];

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'referent-llama-'));
    modelPath = join(directory, 'tiny.gguf');
    await writeTinyGguf(modelPath, { contextLength: 16_384 });
  });
  afterAll(async () => {
    for (const drafter of drafters) await drafter.dispose();
    await rm(directory, { recursive: true, force: true });
  });

  function createDrafter(overrides: Partial<LlamaDrafterOptions> = {}): LlamaDrafter {
    const drafter = createLlamaDrafter({
      modelPath,
      threads: 1,
      contextSize: 8192,
      maxTokens: 1500,
      bounds,
      ...overrides,
    });
    drafters.push(drafter);
    return drafter;
  }

  function expectWellFormed(output: DrafterOutput, segmentCount: number): void {
    expect(output.sections.map((section) => section.key)).toEqual(
      journalnotatTemplate.sections.map((section) => section.key),
    );
    for (const section of output.sections) {
      expect(section.sentences.length).toBeLessThanOrEqual(bounds.maxSentencesPerSection * 10);
      for (const sentence of section.sentences) {
        expect(sentence.text.trim()).not.toBe('');
        for (const evidence of sentence.evidence ?? []) {
          expect(evidence.segment).toBeGreaterThanOrEqual(0);
          expect(evidence.segment).toBeLessThan(segmentCount);
        }
      }
    }
    for (const diagnosis of output.diagnoses) expect(diagnosis.system).toBe('ICPC-2');
  }

  it('loads the model on first use and drafts grammar-constrained JSON with every section in template order', async () => {
    const drafter = createDrafter();
    expect(drafter.info).toEqual({ kind: 'llama', model: 'tiny.gguf' });

    const output = await drafter.draft({
      template: journalnotatTemplate,
      transcript: shortTranscript,
    });

    expectWellFormed(output, shortTranscript.segments.length);
    expect(output.warnings).toEqual([]);
  });

  it('runs concurrent drafts one after the other on the one loaded model, with the same result', async () => {
    const drafter = createDrafter();
    const [first, second] = await Promise.all([
      drafter.draft({ template: journalnotatTemplate, transcript: shortTranscript }),
      drafter.draft({ template: journalnotatTemplate, transcript: shortTranscript }),
    ]);
    expect(second).toEqual(first);
  });

  it('drafts a consultation longer than the context in parts, with progress and a Norwegian warning', async () => {
    // ≈ 2 900 characters: with a 6 144-token context (this tokenizer is almost one token per
    // character) and 1 500 answer tokens, that takes two parts.
    const transcript = createLongTranscript(0.05);
    const drafter = createDrafter({ contextSize: 6144 });
    const progress: { done: number; total: number }[] = [];

    const output = await drafter.draft(
      { template: journalnotatTemplate, transcript },
      { onProgress: (step) => progress.push({ ...step }) },
    );

    const last = progress.at(-1);
    expect(last?.total).toBeGreaterThan(1);
    expect(last?.done).toBe(last?.total);
    expect(output.warnings).toContain(
      `Lang konsultasjon: utkastet er laget i ${last?.total ?? 0} deler.`,
    );
    expectWellFormed(output, transcript.segments.length);
  }, 90_000);

  it('fails with a clear, non-retryable error when the model file does not exist', async () => {
    const drafter = createDrafter({ modelPath: join(directory, 'missing.gguf') });
    const error = await drafter
      .draft({ template: journalnotatTemplate, transcript: shortTranscript })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({
      isRetryable: false,
      message: 'llama: model file does not exist or cannot be read',
    });
  });

  it('fails with a clear error, not a crash, when the file is not a GGUF model', async () => {
    const path = join(directory, 'broken.gguf');
    await writeFile(path, Buffer.from('GGUF this is not a model at all'));
    const error = await createDrafter({ modelPath: path })
      .draft({ template: journalnotatTemplate, transcript: shortTranscript })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as Error).message).toContain('could not load the model file');
  });

  it('refuses an empty transcript', async () => {
    await expect(
      createDrafter().draft({ template: journalnotatTemplate, transcript: { segments: [] } }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('frees the model on dispose and refuses drafts afterwards', async () => {
    const drafter = createLlamaDrafter({
      modelPath,
      threads: 1,
      contextSize: 6144,
      maxTokens: 1500,
      bounds,
    });
    await drafter.draft({
      template: journalnotatTemplate,
      transcript: { segments: shortTranscript.segments.slice(0, 2) },
    });
    await drafter.dispose();
    await drafter.dispose();
    await expect(
      drafter.draft({ template: journalnotatTemplate, transcript: shortTranscript }),
    ).rejects.toThrow('llama: drafter has been disposed');
  });
});
