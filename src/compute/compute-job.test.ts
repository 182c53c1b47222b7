import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createBuiltinDrafter,
  getTemplate,
  resetWordMemos,
  verifyDraft,
  type Drafter,
} from '../draft/index.js';
import { countWordMemoEntries, isWordInWordMemos } from '../draft/testing/index.js';
import { foldText } from '../language/index.js';
import { asRawText, unsafeAsPseudonymized } from '../core/index.js';
import { pseudonymizeSegments, vaultSeedBytes } from '../pseudonymize/index.js';
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

/** The pseudonymized segments of a pseudonymize job's result. */
const segmentsSchema = z.object({ segments: z.array(z.object({ text: z.string() })) });

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

  it('leaves no patient name the pseudonymizer read in the memos of the thread', async () => {
    const surname = 'Tveitnesbakk';
    const named = [
      ['lege', `Velkommen, Ingrid ${surname}. Hva gjelder det?`],
      ['pasient', `Jeg har hatt ${distinctive} i munnen, sa fru ${surname}.`],
    ] as const;
    const holdsName = () =>
      [surname, surname.toLowerCase()].some((form) => isWordInWordMemos(form));
    // The same pseudonymization outside a job: the deid memos keep the name as it was said.
    pseudonymizeSegments({
      segments: named.map(([, text]) => ({ text: asRawText(text) })),
      seed: new Uint8Array(vaultSeedBytes),
    });
    expect(holdsName()).toBe(true);
    resetWordMemos();

    for (const [index, kind] of ['pseudonymize-segments', 'draft-pipeline'].entries()) {
      const segments = named.map(([speaker, text]) =>
        kind === 'pseudonymize-segments' ? { text } : { speaker, text },
      );
      const input =
        kind === 'pseudonymize-segments'
          ? { segments, seed: new Uint8Array(vaultSeedBytes) }
          : { segments, seed: new Uint8Array(vaultSeedBytes), template, engine: drafter.info };
      const job = computeJobSchema.parse({ job: 10 + index, kind, input });
      const result = await runComputeJob(job, drafter);

      // The text was read (and, for the pseudonymize job, the name replaced); nothing of the name
      // stays behind on the thread.
      expect(JSON.stringify(result)).toContain('munnen');
      if (kind === 'pseudonymize-segments')
        expect(JSON.stringify(segmentsSchema.parse(result).segments)).not.toContain(surname);
      expect(holdsName()).toBe(false);
      expect(countWordMemoEntries().entries).toBe(0);
    }
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
