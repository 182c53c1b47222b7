import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type PseudonymizedTranscript } from '../../core/index.js';
import {
  countWordMemoEntries,
  foldText,
  isWordInWordMemos,
  resetWordMemos,
} from '../../language/index.js';
import { createBuiltinDrafter } from '../engines/builtin/create-builtin-drafter.js';
import { getTemplate } from '../templates/templates.js';
import { verifyDraft } from '../verify/verify-draft.js';

/** A word no shared case or lexicon entry holds, said by the patient. */
const distinctive = 'Tyttebærsvie';
const transcript: PseudonymizedTranscript = {
  segments: [
    { speaker: 'lege', text: unsafeAsPseudonymized('Hva kan jeg hjelpe deg med i dag?') },
    {
      speaker: 'pasient',
      text: unsafeAsPseudonymized(
        `Jeg har hatt ${distinctive.toLowerCase()} i munnen i tre dager, og vondt i høyre kne.`,
      ),
    },
    {
      speaker: 'lege',
      text: unsafeAsPseudonymized('Vi ser an dette, og du tar kontakt ved feber.'),
    },
  ],
};

/** Whether any memo holds the distinctive word in any of the forms the readers key it by. */
function holdsDistinctive(): boolean {
  const lower = distinctive.toLowerCase();
  return [distinctive, lower, foldText(lower)].some((form) => isWordInWordMemos(form));
}

describe('memos of words', () => {
  it('keep no word of a drafted and verified consultation after resetWordMemos', async () => {
    const template = getTemplate('journalnotat');
    const drafter = createBuiltinDrafter();
    const output = await drafter.draft({ template, transcript }, {});
    verifyDraft({ template, transcript, output, engine: drafter.info });
    // Before the reset the memos do hold it: what the reset removes is really there.
    expect(holdsDistinctive()).toBe(true);
    expect(countWordMemoEntries().entries).toBeGreaterThan(0);

    resetWordMemos();

    expect(holdsDistinctive()).toBe(false);
    expect(countWordMemoEntries().entries).toBe(0);
    // Every memo of the readers is registered (fold, stem, lexicon, drugs, claims …).
    expect(countWordMemoEntries().memos).toBeGreaterThanOrEqual(18);
  });

  it('give the same draft and verification after a reset as before it', async () => {
    const template = getTemplate('journalnotat');
    const drafter = createBuiltinDrafter();
    const run = async () => {
      const output = await drafter.draft({ template, transcript }, {});
      return verifyDraft({ template, transcript, output, engine: drafter.info });
    };
    const warm = await run();
    const again = await run();
    resetWordMemos();
    const cold = await run();
    expect(again).toEqual(warm);
    expect(cold).toEqual(warm);
  });
});
