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

describe('the visit’s topic named by the clinician first', () => {
  it('writes «Det er … vi skal se på i dag» as the Kontaktårsak, not as an examination', async () => {
    const output = await draft([
      ['lege', 'Hei, velkommen. Det er astmaen vi skal se på i dag.'],
      ['pårørende', 'Ja, jeg er kona. Han har brukt mye Ventoline i det siste.'],
      ['lege', 'Har du hatt feber?'],
      ['pasient', 'Nei.'],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Astmaen.');
    expect(section(output, 'anamnese')).toMatch(/Ikke feber|Ingen feber/u);
    expect(section(output, 'funn')).not.toMatch(/feber/u);
  });

  it('leaves «Jeg skal se på halsen din» an examination, not a reason', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i halsen.'],
      ['lege', 'Da skal jeg se på halsen din.'],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/halsen/u);
    expect(section(output, 'kontaktarsak')).not.toMatch(/skal/u);
  });
});
