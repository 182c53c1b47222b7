/*
 * Session 27g: fixes to the builtin drafter found on development cases, each on fresh synthetic
 * text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { namesWhatIsGiven } from './analyze-conversation.js';
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

describe('what is given, inside an announced explanation, decided by the drug lexicon', () => {
  const explained = (decision: string) =>
    draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har fått et kløende utslett i lyskene.'],
      ['lege', 'Huden er rød og skjellende i begge lyskene.'],
      [
        'lege',
        `Jeg skal forklare litt om dette. Sopp trives der det er varmt og fuktig. ${decision}`,
      ],
    ]);

  it('keeps a drug written in lower case by speech-to-text as the decision', async () => {
    const output = await explained('Du får canesten krem.');
    expect(section(output, 'tiltak')).toMatch(/canesten krem/iu);
  });

  it('does not take a capitalised name that is no drug for what is given', async () => {
    const output = await explained('Du får det samme som Kari på jobben fikk.');
    expect(section(output, 'tiltak')).not.toMatch(/Kari/u);
  });
});

describe('namesWhatIsGiven', () => {
  it('recognises a lower-case drug from speech-to-text and ignores a capitalised name', () => {
    expect(namesWhatIsGiven('Du får fucidin krem.', false)).toBe(true);
    expect(namesWhatIsGiven('Du får det samme som Kari på jobben fikk.', false)).toBe(false);
    expect(namesWhatIsGiven('Du får en krem fra apoteket i Bergen.', false)).toBe(false);
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
