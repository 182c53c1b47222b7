/*
 * Session 27g: fixes to the builtin drafter found on development cases, each on fresh synthetic
 * text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('the clinician’s assessment said by its form', () => {
  it('puts a hedged conclusion («Dette kan være …») under Vurdering, not Funn', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Kneet mitt har hovnet opp etter at jeg lå på knærne og la gulv.'],
      ['lege', 'Det er en myk hevelse foran kneskjellet, litt varm. Full bevegelighet i kneet.'],
      ['lege', 'Dette kan være en betent slimpose.'],
    ]);
    expect(section(output, 'vurdering')).toMatch(/kan være en betent slimpose/u);
    expect(section(output, 'funn')).not.toMatch(/slimpose/u);
    expect(section(output, 'funn')).toMatch(/hevelse foran kneskjellet/u);
  });

  it('puts a judgement on a known condition («… er bedre regulert») under Vurdering, not Anamnese', async () => {
    const output = await draft([
      ['lege', 'Velkommen til kontroll av stoffskiftet.'],
      ['pasient', 'Jeg har vært mindre sliten i det siste.'],
      ['lege', 'TSH er to komma en.'],
      ['lege', 'Stoffskiftet er godt regulert nå.'],
    ]);
    expect(section(output, 'vurdering')).toMatch(/godt regulert/u);
    expect(section(output, 'anamnese')).not.toMatch(/regulert/u);
  });

  it('leaves advice («Det kan være lurt å …») and examination findings where they were', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i halsen.'],
      ['lege', 'Mandlene er litt røde, uten belegg.'],
      ['lege', 'Det kan være lurt å ta Paracet mot smertene.'],
    ]);
    expect(section(output, 'vurdering')).not.toMatch(/lurt|Tonsiller|Mandlene/u);
    expect(section(output, 'funn')).toMatch(/Tonsiller|Mandlene/u);
  });
});
