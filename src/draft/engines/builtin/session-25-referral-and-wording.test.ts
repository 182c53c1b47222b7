/*
 * Session 25 of issue 12: what a clinician sees in a henvisning (Hastegrad said inside a
 * sentence, «Henvises til …»), drug names and body parts as a note writes them — each on fresh
 * synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { normalizeSpokenNorwegian } from '../../language/spoken-norwegian.js';

import { urgencyInReferral } from './analyze-conversation.js';
import {
  allText,
  draftJournalNote as draft,
  draftLines,
  sectionText as section,
} from './testing/draft-lines.js';

describe('Hastegrad said inside the referral sentence', () => {
  it('fills Hastegrad with «Pakkeforløp for …» said in the middle of the referral', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Kva er det som plagar deg?'],
      ['pasient', 'Eg har hatt blod i avføringa i to månader, og eg har gått ned fem kilo.'],
      [
        'lege',
        'Eg tilviser deg i pakkeforløp for tjukktarmskreft til kirurgisk poliklinikk, med spørsmål om koloskopi.',
      ],
    ]);
    expect(section(output, 'hastegrad')).toMatch(/^Pakkeforløp for tjukktarmskreft\.$/u);
    expect(section(output, 'problemstilling')).toMatch(/koloskopi/u);
    expect(output.warnings.join(' ')).not.toMatch(/Hastegrad ble ikke nevnt/u);
  });

  it('writes «Det haster ikke, men jeg ber om at du får time innen …» as a note line', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt vondt i albuen i et halvt år.'],
      ['lege', 'Jeg henviser deg til ortoped med spørsmål om operasjon.'],
      ['lege', 'Det haster ikke, men jeg ber om at du får time innen to måneder.'],
    ]);
    expect(section(output, 'hastegrad')).toBe('Haster ikke. Ønsker time innen 2 måneder.');
  });

  it('reads no urgency out of a referral sentence that says none', () => {
    expect(urgencyInReferral('Henvises til ortoped med spørsmål om artroskopi.')).toBeUndefined();
    expect(urgencyInReferral('Henvises til kardiolog, time innen 4 uker.')).toBe('Innen 4 uker.');
  });
});

describe('a referral as a note writes it', () => {
  it('writes «Derfor sender jeg ham til …» as «Henvises til …»', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva er det som plager ham?'],
      ['pårørende', 'Han har hatt vondt i magen i tre uker.'],
      ['lege', 'Derfor sender jeg ham til barnelege med spørsmål om ultralyd av magen.'],
    ]);
    const question = section(output, 'problemstilling');
    expect(question).toMatch(/Henvises til barnelege med spørsmål om ultralyd/u);
    expect(question).not.toMatch(/sendes ham|sender/u);
  });

  it('keeps «sender jeg deg til ortoped for vurdering av …» as the question to the specialist', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Skulderen låser seg når jeg løfter armen.'],
      ['lege', 'Derfor sender jeg deg til ortoped for vurdering av operasjon.'],
    ]);
    expect(section(output, 'problemstilling')).toMatch(
      /Henvises til ortoped for vurdering av operasjon/u,
    );
  });

  it('writes a nynorsk «Eg tilviser deg til …» as «Henvises til …»', async () => {
    const output = await draft([
      ['lege', 'Kva er det som plagar deg?'],
      ['pasient', 'Eg har vondt i ryggen.'],
      ['lege', 'Eg tilviser deg til fysioterapeut.'],
    ]);
    expect(section(output, 'tiltak')).toMatch(/^Henvises til fysioterapeut\.$/u);
  });
});

describe('drug names and body parts in dialect sentences', () => {
  it('keeps «Albyl-E» as written in a dialect sentence (not «Albyl-Er»)', () => {
    expect(normalizeSpokenNorwegian('Eg tek Albyl-E kvar dag.', { dialect: true })).toBe(
      'Jeg tar Albyl-E hver dag.',
    );
  });

  it('writes «hofta» and «skuldra» as «hoften» and «skulderen»', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har vondt i hofta, og så datt jeg på skuldra i går.'],
    ]);
    const note = allText(output);
    expect(note).toMatch(/hoften/u);
    expect(note).toMatch(/skulderen/u);
    expect(note).not.toMatch(/hofta|skuldra/u);
  });

  it('writes a dialect duration «i tre uka» as «i 3 uker», but leaves «i uka» alone', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Æ har hatt vondt i kneet i tre uka. Det e verst to ganger i uka.'],
    ]);
    const note = allText(output);
    expect(note).toMatch(/3 uker/u);
    expect(note).not.toMatch(/3 uka/u);
  });
});

describe('the plan without the pedagogy', () => {
  it('keeps the decision and leaves out the purpose told to the patient', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg falt og slo albuen.'],
      [
        'lege',
        'Du skal bevege fingrene flere ganger om dagen så du ikke blir stiv. Du tar Penicillin i fem dager, så er kuren ferdig.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/fingrene flere ganger om dagen/u);
    expect(plan).toMatch(/Penicillin/u);
    expect(plan).not.toMatch(/stiv|kuren ferdig/u);
  });

  it('writes «Jeg vil foreslå at du starter med en medisin, X, …» as «Starter X …»', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du hatt det?'],
      ['pasient', 'Jeg er nedstemt og sover dårlig.'],
      ['lege', 'Jeg vil foreslå at du starter med en medisin, Escitalopram, ti milligram.'],
      ['lege', 'Vi ser hverandre om fire uker.'],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/^Starter Escitalopram 10 mg/u);
    expect(plan).toMatch(/Kontroll om 4 uker/u);
    expect(plan).not.toMatch(/en medisin|hverandre/u);
  });
});
