/*
 * Session 27: the drafter rules of that session, each on fresh synthetic text (not the shared
 * cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('the plan written as a clinician writes it', () => {
  it('writes sick leave as «Sykmeldt …», never «Sykmelder pas.»', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i korsryggen etter at jeg bar en kommode.'],
      ['lege', 'Jeg sykmelder deg femti prosent i to uker. Jeg henviser deg til fysioterapeut.'],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Sykmeldt 50 % i 2 uker/u);
    expect(plan).not.toMatch(/Sykmelder pas\./u);
    expect(plan).toMatch(/[Hh]envises til fysioterapeut/u);
  });

  it('writes «Skriver ut» before a drug as the drug with its dose, and keeps it before other words', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg sover så dårlig.'],
      [
        'lege',
        'Jeg skriver ut Melatonin tre milligram. Jeg skriver ut en resept på støttestrømper.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/^Melatonin 3 mg\./u);
    expect(plan).toMatch(/Skriver ut en resept på støttestrømper/u);
  });
});

describe('a clause said twice in one breath', () => {
  it('keeps the fuller of two clauses that say the same, and the rest of the statement', async () => {
    const output = await draft([
      ['lege', 'Hva skjer i dag?'],
      [
        'pårørende',
        'Hun har hatt vondt i øret siden i går. Hun har feber, altså, hun har høy feber.',
      ],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/høy feber/u);
    expect(history).not.toMatch(/har feber, hun/iu);
  });

  it('keeps a clause with a dose, a drug, a negation or a correction even when its words recur', async () => {
    const output = await draft([
      ['lege', 'Hvilke medisiner bruker du?'],
      ['pasient', 'Jeg tok Ibux, Ibux fire hundre milligram, i går.'],
      ['lege', 'Har du tålt den?'],
      ['pasient', 'Mange som ikke tåler Simvastatin, tåler den fint.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/400 mg/u);
    expect(history).toMatch(/ikke tåler Simvastatin, tåler den/u);
  });
});

describe('who told it, said once', () => {
  it('writes «Komparent målte …» without «Komparent opplyser: komparent …», and names the relative before the next thing they tell', async () => {
    const output = await draft([
      ['lege', 'Hva skjer i dag?'],
      ['pårørende', 'Hun har hatt feber siden i går. Jeg målte trettini komma fire i natt.'],
      ['lege', 'Har hun kastet opp?'],
      ['pårørende', 'Hun kastet opp én gang i natt.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Komparent målte 39,4/u);
    expect(history).not.toMatch(/opplyser: komparent/iu);
    expect(history).toMatch(/Komparent opplyser: kastet opp/u);
  });
});
