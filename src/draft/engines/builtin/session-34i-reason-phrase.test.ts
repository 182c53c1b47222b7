import { describe, expect, it } from 'vitest';

import { toReasonPhrase } from './reason-phrase.js';
import { draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('Kontaktårsak as one short clinical phrase', () => {
  it('writes "Har hostet i 4 uker nå, og det vil ikke gi seg." as "Hoste i 4 uker."', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hostet i fire uker nå, og det vil ikke gi seg.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toBe('Hoste i 4 uker.');
  });

  it('gives what was tried without effect to the history', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i hodet i to dager nå, og det blir ikke bedre med Paracet.'],
    ]);
    expect(sectionText(output, 'kontaktarsak')).toBe('Vondt i hodet i 2 dager.');
    expect(sectionText(output, 'anamnese')).toMatch(/ikke bedre med paracet/iu);
  });

  it('drops "Har kjent en" before a lump', () => {
    expect(toReasonPhrase('Har kjent en kul i lysken i 3 uker.').reason).toBe(
      'Kul i lysken i 3 uker.',
    );
  });

  it('leaves a reason that runs on about a state, or a symptom that is the fact, as said', () => {
    for (const said of [
      'Er gravid i uke 20, og nå svir det når pas. tisser.',
      'Hostet blod i natt.',
      'Har hostet.',
      'Kontroll av blodtrykket.',
    ])
      expect(toReasonPhrase(said)).toEqual({ reason: said });
  });

  it('keeps "nå" that is not after a duration', () => {
    expect(toReasonPhrase('Feber nå, og vondt i halsen.').reason).toBe(
      'Feber nå, og vondt i halsen.',
    );
  });
});

describe('laughter and sighs of regret are no part of the note', () => {
  it('writes "Vekta er den samme, dessverre, ha ha." without the aside', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i hofta når jeg går.'],
      ['lege', 'Har vekta endret seg?'],
      ['pasient', 'Vekta er den samme, dessverre, ha ha. Og det er venstre hofte, heldigvis.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).toMatch(/vekt/iu);
    expect(history).not.toMatch(/dessverre|ha ha|heldigvis/iu);
  });

  it('keeps "ikke" and the finding where the aside stood', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg falt på isen og slo armen. Den er heldigvis ikke nummen.'],
    ]);
    expect(`${sectionText(output, 'kontaktarsak')} ${sectionText(output, 'anamnese')}`).toMatch(
      /ikke nummen/iu,
    );
  });
});
