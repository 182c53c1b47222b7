/**
 * Model engines (issue 4): long-consultation chunking, the openai engine against a local fake
 * OpenAI-compatible server (the engine's own overhead, not a model's speed), and the llama engine
 * on a generated tiny GGUF model (loading and grammar-constrained generation on one CPU thread).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitTranscript } from '../src/draft/chunking.js';
import { createLlamaDrafter } from '../src/draft/engines/llama/index.js';
import { writeTinyGguf } from '../src/draft/engines/llama/testing/write-tiny-gguf.js';
import {
  createLongTranscript,
  journalnotatTemplate,
  shortTranscript,
} from '../src/draft/engines/language-model/testing/fixtures.js';
import { createOpenAiDrafter } from '../src/draft/engines/openai/index.js';
import {
  jsonMessage,
  startFakeOpenAiServer,
} from '../src/draft/engines/openai/testing/fake-openai-server.js';

export default async function bench() {
  const results: { name: string; value: number; unit: string; note?: string }[] = [];
  const fourHours = createLongTranscript(4);

  let start = performance.now();
  const parts = splitTranscript(fourHours, { maxPartTokens: 2000 });
  results.push({
    name: 'chunking: split a 4-hour transcript',
    value: performance.now() - start,
    unit: 'ms',
    note: `${fourHours.segments.length} segments into ${parts.length} parts of ≤ 2000 estimated tokens`,
  });

  const server = await startFakeOpenAiServer();
  try {
    server.setFallback(() =>
      jsonMessage({
        sections: [
          { key: 'anamnese', sentences: [{ text: 'Sover dårlig.', evidence: [{ segment: 0 }] }] },
        ],
        diagnoses: [],
      }),
    );
    start = performance.now();
    await createOpenAiDrafter({
      baseUrl: server.baseUrl,
      model: 'bench',
      contextTokens: 8192,
    }).draft({
      template: journalnotatTemplate,
      transcript: fourHours,
    });
    results.push({
      name: 'openai: draft a 4-hour transcript against a local fake server (8k context)',
      value: performance.now() - start,
      unit: 'ms',
      note: `${server.requests.length} streamed requests; engine overhead only`,
    });
  } finally {
    await server.close();
  }

  const directory = await mkdtemp(join(tmpdir(), 'referent-llm-bench-'));
  const drafter = createLlamaDrafter({
    modelPath: join(directory, 'tiny.gguf'),
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
  try {
    await writeTinyGguf(join(directory, 'tiny.gguf'), { contextLength: 16_384 });
    start = performance.now();
    await drafter.draft({ template: journalnotatTemplate, transcript: shortTranscript });
    results.push({
      name: 'llama: load tiny GGUF + first draft (1 thread)',
      value: performance.now() - start,
      unit: 'ms',
      note: 'tiny random model, ≈ 2 600 prompt tokens; measures runtime overhead, not a real model',
    });
    start = performance.now();
    await drafter.draft({ template: journalnotatTemplate, transcript: shortTranscript });
    results.push({
      name: 'llama: draft with the model loaded (1 thread)',
      value: performance.now() - start,
      unit: 'ms',
      note: 'prompt evaluation + grammar-constrained generation of ≈ 1 000 tokens',
    });
  } finally {
    await drafter.dispose();
    await rm(directory, { recursive: true, force: true });
  }
  return results;
}
