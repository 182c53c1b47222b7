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

  it('keeps «Skriver ut» before a compound of a drug name and before a prescription said to the patient', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg trenger ny plan for blodfortynnende.'],
      ['lege', 'Jeg skriver ut Marevan-doseringen på nytt. Jeg skriver ut Paracet til deg.'],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Skriver ut Marevan-doseringen/u);
    expect(plan).not.toMatch(/Paracet til seg/u);
  });
});

describe('a clause said twice in one breath (the patient’s own and a relative’s)', () => {
  // Session 27's review: a rule dropping a clause whose words another clause of the statement
  // repeats lost the patient's own condition («Jeg har astma, mor har astma.» → «Mor har astma.»)
  // and the time or doubt the kept clause changed; it was withdrawn. Both clauses must stay.
  it('keeps the patient’s own condition beside a relative’s same condition', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hostet i to uker.'],
      ['lege', 'Har du andre sykdommer?'],
      ['pasient', 'Jeg har astma, mor har astma.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/[Hh]ar astma, mor har astma/u);
  });

  it('keeps a current condition beside the same condition earlier in life', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har utslett på hendene.'],
      ['lege', 'Har du hatt hudproblemer før?'],
      ['pasient', 'Jeg har eksem, eksem som barn også.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/[Hh]ar eksem, eksem som barn/u);
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
