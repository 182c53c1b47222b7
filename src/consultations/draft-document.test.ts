import { describe, expect, it } from 'vitest';
import { createPseudonymizerCapability } from '../capabilities.js';
import { asRawText, systemIds } from '../core/index.js';
import { createFakeDrafting } from '../testing/fakes.js';
import type { Pseudonymizer } from './capabilities.js';
import { draftDocument } from './draft-document.js';

describe('draftDocument', () => {
  it('opens the consultation vault once for the whole draft, not once per sentence', async () => {
    const real = createPseudonymizerCapability(systemIds);
    let opened = 0;
    const pseudonymizer: Pseudonymizer = {
      pseudonymizeSegments: (input) => real.pseudonymizeSegments(input),
      reidentify: () => {
        throw new Error('the pipeline re-parsed the vault for one text');
      },
      openVault: (vault) => {
        opened++;
        return real.openVault(vault);
      },
    };
    const result = await draftDocument({
      transcript: {
        segments: [
          {
            speaker: 'pasient',
            text: asRawText('Jeg heter Torunn Bækkelund og fikk vondt i kneet 14.02.2025.'),
          },
          { speaker: 'lege', text: asRawText('Vi tar ny kontroll om to uker.') },
        ],
      },
      templateId: 'journalnotat',
      pseudonymizer,
      drafting: createFakeDrafting(),
    });
    expect(opened).toBe(1);
    // The fake drafter quotes the first (pseudonymized) segment; the clinician sees the real one.
    const anamnese = result.draft.sections.find((section) => section.key === 'anamnese');
    expect(anamnese?.text).toBe('Jeg heter Torunn Bækkelund og fikk vondt i kneet 14.02.2025.');
  });
});
