import { afterAll, beforeAll } from 'vitest';
import { runDrafterContractSuite } from '../../testing/drafter-contract.js';
import { createOpenAiDrafter } from './index.js';
import {
  getUserPrompt,
  jsonMessage,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
  type RecordedRequest,
} from './testing/fake-openai-server.js';

/**
 * A stand-in model that answers like a careful extractive one: for every section the prompt
 * names, one sentence quoting the first transcript line verbatim, citing that segment.
 */
function answerFromPrompt(request: RecordedRequest) {
  const prompt = getUserPrompt(request);
  const keys = [...prompt.matchAll(/^- "([^"]+)" \(/gmu)].map((match) => match[1] ?? '');
  const firstLine = /^\[(\d+)\] [^:]+: (.+)$/mu.exec(prompt);
  const segment = Number(firstLine?.[1] ?? 0);
  const text = firstLine?.[2] ?? '';
  return jsonMessage(
    {
      sections: keys.map((key) => ({ key, sentences: [{ text, evidence: [{ segment }] }] })),
      diagnoses: [],
    },
    // Slow enough that an abort 5 ms into drafting lands before the answer is complete.
    { chunks: 5, chunkDelayMs: 10 },
  );
}

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
  server.setFallback(answerFromPrompt);
});
afterAll(async () => {
  await server.close();
});

runDrafterContractSuite(
  'openai (fake OpenAI-compatible server)',
  () => createOpenAiDrafter({ baseUrl: server.baseUrl, model: 'contract-model', maxRetries: 0 }),
  { abortsWhileDrafting: true },
);
