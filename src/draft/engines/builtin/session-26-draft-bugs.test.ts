/*
 * Session 26 (r4): drafter defects found on the development cases h189–h198, each on fresh
 * synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('a temperature said with its tens split off', () => {
  it.each([
    ['Trett-åtte komma fem i går kveld.'],
    ['Tretti-åtte komma fem i går kveld.'],
    ['Trettiåtte komma fem i går kveld.'],
    ['Tretti åtte komma fem i går kveld.'],
  ])('writes «%s» as 38,5', async (answer) => {
    const output = await draft([
      ['lege', 'Hva er det som plager henne?'],
      ['pårørende', 'Hun har hostet i to dager.'],
      ['lege', 'Har hun hatt feber?'],
      ['pårørende', answer],
    ]);
    expect(section(output, 'anamnese')).toMatch(/38,5/u);
    expect(allText(output)).not.toMatch(/Trett|30 8|8,5(?<!38,5)/u);
  });

  it('keeps «trett» as tired when no number follows the hyphen', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du det?'],
      ['pasient', 'Jeg er trett, åtte timer søvn hjelper ikke.'],
    ]);
    expect(allText(output)).not.toMatch(/38|30/u);
  });
});

describe('one «nei» to a two-part question whose second part is asked in the negative', () => {
  it('writes «Ikke gått seg bort.» and no double negative for «eller ikke funnet veien hjem»', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pårørende', 'Far er blitt glemsk i det siste.'],
      ['lege', 'Har han gått seg bort, eller ikke funnet veien hjem?'],
      ['pårørende', 'Nei.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ikke gått seg bort\./u);
    expect(allText(output)).not.toMatch(/Ingen funnet|ikke funnet veien/u);
  });

  it('denies only the first item of a verbless list whose second item is negated', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg er slapp.'],
      ['lege', 'Noen feber, eller ikke lyst på mat?'],
      ['pasient', 'Nei.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ingen feber/u);
    expect(allText(output)).not.toMatch(/lyst på mat/u);
  });
});

describe('nynorsk «vanleg» in a nynorsk sentence', () => {
  it('writes «vanlig», never «vanleg»', async () => {
    const output = await draft([
      ['lege', 'Kva gjeld det?'],
      ['pasient', 'Eg har hatt vondt i halsen i tre dagar.'],
      ['lege', 'Hostar du?'],
      ['pasient', 'Ja, eg hostar meir enn vanleg om natta.'],
    ]);
    expect(allText(output)).toMatch(/vanlig/u);
    expect(allText(output)).not.toMatch(/vanleg/u);
  });
});
