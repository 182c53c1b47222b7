/*
 * Session 22b of issue 12: answers that a plain reading turns into the wrong note line. Fresh text,
 * not the shared cases nor the eval cases.
 */
import { describe, expect, it } from 'vitest';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('a no to "gravid, eller prevensjon" that names a method', () => {
  it('writes the pregnancy denied and the method used, never "Bruker ikke prevensjon"', async () => {
    const output = await draft([
      ['lege', 'Hva bringer deg hit i dag?'],
      ['pasient', 'Jeg har hatt kvalme og svimmelhet i en uke.'],
      ['lege', 'Kan du være gravid, eller bruker du prevensjon?'],
      ['pasient', 'Nei. Jeg har p-stav.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toContain('Ikke gravid.');
    expect(history).toMatch(/p-stav/iu);
    expect(history).not.toMatch(/ikke prevensjon/iu);
  });

  it('still denies contraception when no method is named', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt nederst i magen siden i går.'],
      ['lege', 'Kan du være gravid, eller bruker du prevensjon?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toContain('Ikke gravid.');
    expect(history).toMatch(/ikke prevensjon/iu);
  });
});

describe('a result read out after the test was named', () => {
  it('heads "Det viser …" with the test named before it', async () => {
    const output = await draft([
      ['lege', 'Hva er grunnen til at du kommer?'],
      ['pasient', 'Jeg har kjent hjertet hoppe over slag siden søndag.'],
      ['lege', 'Da tar vi et EKG først.'],
      ['lege', 'Det viser sinusrytme, frekvens rundt sytti.'],
    ]);
    expect(section(output, 'funn')).toContain('EKG: sinusrytme');
  });

  it('leaves "Det viser …" alone when no test was named', async () => {
    const output = await draft([
      ['lege', 'Hva er grunnen til at du kommer?'],
      ['pasient', 'Jeg har kjent hjertet hoppe over slag siden søndag.'],
      ['lege', 'Det viser at du tok kontakt i tide.'],
    ]);
    expect(section(output, 'funn')).not.toContain(':');
  });
});

describe('a test announced and then read out', () => {
  it('writes the result in place of the announcement', async () => {
    const output = await draft([
      ['lege', 'Hva er grunnen til at du kommer?'],
      ['pasient', 'Det svir når jeg tisser, og jeg må tisse hele tiden.'],
      ['lege', 'Da tar vi en urinstix.'],
      ['lege', 'Urinstixen viser nitritt og leukocytter.'],
    ]);
    const note = output.sections.flatMap((part) => part.sentences.map((line) => line.text));
    expect(note.join(' ')).toContain('viser nitritt og leukocytter');
    expect(note.join(' ')).not.toMatch(/Tar (?:en )?urinstix/iu);
  });
});

describe('a relative turning to the patient', () => {
  it('writes the "du" of a relative speaking to the patient as "pas."', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har fått et sår på leggen som ikke vil gro.'],
      ['pårørende', 'Du hadde jo et sånt sår i fjor også, du fikk antibiotika da.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toContain('pas. hadde');
    expect(history).not.toMatch(/(?<![\p{L}])du(?![\p{L}])/iu);
  });
});

describe('a cry of pain while examined', () => {
  it('leaves the cry out and keeps the finding the clinician states', async () => {
    const output = await draft([
      ['lege', 'Hva er problemet i dag?'],
      ['pasient', 'Jeg har vondt i høyre side av magen siden i natt.'],
      ['lege', 'Da skal jeg undersøke deg. Nå kjenner jeg på magen.'],
      ['pasient', 'Au! Akkurat der er det vondt.'],
      ['lege', 'Trykkøm i høyre fossa iliaca, slippøm.'],
    ]);
    const note = output.sections.flatMap((part) => part.sentences.map((line) => line.text));
    expect(note.join(' ')).not.toMatch(/der er det vondt/iu);
    expect(section(output, 'funn')).toMatch(/Trykkøm i høyre fossa iliaca/u);
  });
});
