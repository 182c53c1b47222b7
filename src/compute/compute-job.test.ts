import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized } from '../core/index.js';
import {
  createBuiltinDrafter,
  getTemplate,
  resetWordMemos,
  verifyDraft,
  type Drafter,
} from '../draft/index.js';
import { countWordMemoEntries, isWordInWordMemos } from '../draft/testing/index.js';
import { foldText } from '../language/index.js';
import { vaultSeedBytes } from '../pseudonymize/index.js';
import { computeJobSchema, runComputeJob } from './compute-job.js';

/** A word of health content no lexicon entry or shared case holds, said by the patient. */
const distinctive = 'tyttebærsvie';
const lines = [
  ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
  ['pasient', `Jeg har hatt ${distinctive} i munnen i tre dager, og vondt i høyre kne.`],
  ['lege', 'Vi ser an dette, og du tar kontakt ved feber.'],
] as const;
const template = getTemplate('journalnotat');
const drafter = createBuiltinDrafter();

function holdsDistinctive(): boolean {
  return [distinctive, foldText(distinctive)].some((form) => isWordInWordMemos(form));
}

describe('a compute job', () => {
  it('leaves no word of its consultation in the memos of the thread that ran it', async () => {
    // The same drafting and verification outside a job: the memos keep the word.
    const transcript = {
      segments: lines.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
    };
    const output = await drafter.draft({ template, transcript }, {});
    verifyDraft({ template, transcript, output, engine: drafter.info });
    expect(holdsDistinctive()).toBe(true);
    resetWordMemos();

    // The worker's whole builtin pipeline, as the pool sends it.
    const job = computeJobSchema.parse({
      job: 1,
      kind: 'draft-pipeline',
      input: {
        segments: lines.map(([speaker, text]) => ({ speaker, text })),
        seed: new Uint8Array(vaultSeedBytes),
        template,
        engine: drafter.info,
      },
    });
    const result = await runComputeJob(job, drafter);

    expect(JSON.stringify(result)).toContain('kne');
    expect(holdsDistinctive()).toBe(false);
    expect(countWordMemoEntries().entries).toBe(0);
  });

  it('leaves none after verifying the note of another engine', async () => {
    const job = computeJobSchema.parse({
      job: 2,
      kind: 'verify-draft',
      input: {
        template,
        transcript: { segments: lines.map(([speaker, text]) => ({ speaker, text })) },
        output: {
          sections: [{ key: 'anamnese', sentences: [{ text: `Har ${distinctive} i munnen.` }] }],
          diagnoses: [],
          warnings: [],
        },
        engine: { kind: 'openai', model: 'test' },
      },
    });
    const result = await runComputeJob(job, drafter);
    expect(JSON.stringify(result)).toContain(distinctive);
    expect(holdsDistinctive()).toBe(false);
    expect(countWordMemoEntries().entries).toBe(0);
  });

  it('leaves none when it fails halfway', async () => {
    const failing: Drafter = {
      ...drafter,
      async draft(input, options) {
        await drafter.draft(input, options);
        throw new Error('stopped');
      },
    };
    const job = computeJobSchema.parse({
      job: 3,
      kind: 'draft-builtin',
      input: {
        template,
        transcript: { segments: lines.map(([speaker, text]) => ({ speaker, text })) },
        engine: drafter.info,
      },
    });
    await expect(runComputeJob(job, failing)).rejects.toThrow('stopped');
    expect(holdsDistinctive()).toBe(false);
    expect(countWordMemoEntries().entries).toBe(0);
  });
});
