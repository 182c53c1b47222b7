/*
 * Session 20 of issue 12: an answer the transcript writes without words — a head shake
 * "(rister på hodet)", the closed-mouth "Mm-m.", a nod "(nikker)" — answers as the word it stands
 * for, so a denied safety topic reaches Anamnese and no stage direction is copied into the note.
 * Fresh text, not the shared cases nor the eval cases.
 */
import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../language/negation.js';
import { readNonverbalAnswer } from '../../language/nonverbal-answer.js';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('non-verbal answers', () => {
  it('writes blood thinners shaken off with the head as denied, without the stage direction', async () => {
    const output = await draft([
      ['lege', 'Hva har skjedd?'],
      ['pasient', 'Jeg kuttet meg i tommelen med en brødkniv i kveld.'],
      ['lege', 'Bruker du noe blodfortynnende?'],
      ['pasient', '(rister på hodet)'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/(?:Ikke|ingen) blodfortynnende/iu);
    expect(history).not.toContain('rister');
  });

  it('reads «Mm-m.» to a red-flag question as a no, not as the «mm» of a yes', async () => {
    const output = await draft([
      ['lege', 'Hva er problemet?'],
      ['pasient', 'Jeg har hatt vondt i magen i en uke.'],
      ['lege', 'Har du sett blod i avføringen?'],
      ['pasient', 'Mm-m.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ikke blod i avføringen/u);
  });

  it('gives a suicide screening answered with a head shake and «Aldri.» its negative', async () => {
    const output = await draft([
      ['lege', 'Hvordan har humøret vært?'],
      ['pasient', 'Jeg har vært lei meg siden jul og sover dårlig.'],
      ['lege', 'Har du tenkt på å ta livet ditt?'],
      ['pasient', '(rister på hodet) Aldri.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ingen suicid/u);
  });

  it('reads the signs as the verifier and the drafter both read answers', () => {
    expect(readAnswer('Mm-m.')).toBe('no');
    expect(readAnswer('(rister på hodet)')).toBe('no');
    expect(readAnswer('(nikker)')).toBe('yes');
    expect(readAnswer('Mm.')).toBe('yes');
    expect(readNonverbalAnswer('(rister på hodet) Ingenting.')).toBe('Nei, ingenting.');
    expect(readNonverbalAnswer('(ristar på hovudet) Nei. Aldri.')).toBe('Nei. Aldri.');
    expect(readNonverbalAnswer('Mm, det stemmer.')).toBe('Mm, det stemmer.');
  });
});

describe('answers after a remark or a hesitation', () => {
  it('keeps the question open across «Det spør jeg alle om.»', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du hatt det siden sist?'],
      ['pasient', 'Tungt. Jeg gråter mye og får ikke sove.'],
      ['lege', 'Har du hatt tanker om å ta livet ditt? Det spør jeg alle om.'],
      ['pasient', 'Nei.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ingen suicid/u);
  });

  it('reads «Eh… nei.» and «Eh, hva sa du? Blod? Nei.» as a no', async () => {
    for (const answer of ['Eh… nei.', 'Eh, hva sa du? Blod? Nei.']) {
      const output = await draft([
        ['lege', 'Hva er problemet?'],
        ['pasient', 'Jeg har hatt løs mage i ti dager.'],
        ['lege', 'Har du sett blod i avføringen?'],
        ['pasient', answer],
      ]);
      expect(section(output, 'anamnese')).toMatch(/Ikke blod i avføringen/u);
    }
  });
});

describe('safety words in Valdres and Hallingdal forms', () => {
  it('names chest pain asked as «vondt i brøste» and blood thinners as «blodtynnande»', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'E ha havt vondt i ryggen sia i går.'],
      ['lege', 'Ha du kjint noko vondt i brøste?'],
      ['pasient', 'Nei, dæ ha e kji.'],
      ['lege', 'Brukar du nokon blodtynnande medisinar?'],
      ['pasient', 'Nei, e bruka kji det.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/(?:Ingen|Ikke) (?:brystsmerter|vondt i brystet)/u);
    expect(history).toMatch(/(?:Ingen|ikke) blodfortynnende/iu);
  });
});

describe('safety words in northern and eastern forms', () => {
  it('writes «vondt i hauet», «vondt i bringa» and «utslæt» as the note words', async () => {
    const output = await draft([
      ['lege', 'Ka e det som plage dæ?'],
      ['pasient', 'Æ har hatt vondt i magen ei vekes tid.'],
      ['lege', 'Har du hatt vondt i hauet?'],
      ['pasient', 'Nei.'],
      ['lege', 'Vondt i bringa?'],
      ['pasient', 'Nei.'],
      ['lege', 'Har du fått nå utslæt?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/(?:Ikke|Ingen) (?:vondt i hodet|hodepine)/u);
    expect(history).toMatch(/(?:Ikke|Ingen) (?:vondt i brystet|brystsmerter)/u);
    expect(history).toMatch(/(?:Ikke|Ingen)[^.]* utslett/u);
  });
});

describe('self-harm and suicide asked in other words', () => {
  it('writes one negative per topic for «Hender det at du skader deg selv, eller …»', async () => {
    const output = await draft([
      ['lege', 'Hvordan har du det?'],
      ['pasient', 'Dårlig. Jeg gruer meg til skolen hver dag.'],
      ['lege', 'Hender det at du skader deg selv, eller har tenkt på å ta livet ditt?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen selvskading/u);
    expect(history).toMatch(/ingen suicid/iu);
    expect(history).not.toMatch(/Ingen har tenkt/u);
  });

  it('reads «gjøre slutt på det» as the suicide question', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vært nedfor og sovet dårlig i flere måneder.'],
      ['lege', 'Har du tenkt på å gjøre slutt på det?'],
      ['pasient', 'Nei, det har jeg ikke.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ingen suicid/u);
  });
});

describe('a no drawn out or after an interjection', () => {
  it('never writes «Mnei.» to the allergy question as an allergen', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fire dager.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Mnei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).not.toMatch(/CAVE/u);
    expect(history).toMatch(/(?:Ingen allergier|Ikke allergisk)/u);
  });

  it('reads «Å nei.», «Tja, nei.» and «Neei.» as a no', async () => {
    for (const answer of ['Å nei.', 'Tja, nei.', 'Neei.']) {
      const output = await draft([
        ['lege', 'Hva er problemet?'],
        ['pasient', 'Jeg har hatt løs mage i ti dager.'],
        ['lege', 'Har du sett blod i avføringen?'],
        ['pasient', answer],
      ]);
      expect(section(output, 'anamnese')).toMatch(/Ikke blod i avføringen/u);
    }
  });
});
