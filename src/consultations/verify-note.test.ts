import { describe, expect, it } from 'vitest';
import { createPseudonymizerCapability } from '../capabilities.js';
import { asRawText, systemIds } from '../core/index.js';
import { getTemplate, verifyDraft } from '../draft/index.js';
import { countWordMemoEntries, isWordInWordMemos } from '../draft/testing/index.js';
import { createFakeDrafting } from '../testing/fakes.js';
import type { Pseudonymizer } from './capabilities.js';
import { verifyNote } from './verify-note.js';

/** A surname in no name list or shared case. */
const surname = 'Tveitnesbakk';
const transcript = {
  segments: [
    { speaker: 'lege' as const, text: asRawText(`Velkommen, Ingrid ${surname}.`) },
    { speaker: 'pasient' as const, text: asRawText('Jeg har hatt vondt i høyre kne i tre dager.') },
  ],
};
const note = {
  template: 'journalnotat' as const,
  sections: [{ key: 'anamnese', text: `${surname} har hatt vondt i høyre kne i tre dager.` }],
};
const drafting = { ...createFakeDrafting(), getTemplate, verify: verifyDraft };

function holdsName(): boolean {
  return [surname, surname.toLowerCase()].some((form) => isWordInWordMemos(form));
}

describe('verifyNote on the server thread', () => {
  it('keeps no name it pseudonymized in the memos of words once the note is verified', () => {
    const pseudonymizer = createPseudonymizerCapability(systemIds);
    const verified = verifyNote({ transcript, note, pseudonymizer, drafting });
    // The clinician gets the note back with the real name, and the thread forgets it.
    const anamnese = verified.sections.find((section) => section.key === 'anamnese');
    expect(anamnese?.text).toContain(surname);
    expect(holdsName()).toBe(false);
    expect(countWordMemoEntries().entries).toBe(0);
  });

  it('keeps none when it fails after pseudonymizing', () => {
    const real = createPseudonymizerCapability(systemIds);
    let read = false;
    const pseudonymizer: Pseudonymizer = {
      ...real,
      pseudonymizeSegments(input) {
        const output = real.pseudonymizeSegments(input);
        read = holdsName();
        return { ...output, segments: output.segments.slice(1) };
      },
    };
    expect(() => verifyNote({ transcript, note, pseudonymizer, drafting })).toThrow(
      'different number of segments',
    );
    // The pseudonymizer did hold the name: what the reset removes was really there.
    expect(read).toBe(true);
    expect(holdsName()).toBe(false);
  });
});
