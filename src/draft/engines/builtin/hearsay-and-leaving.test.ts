import { describe, expect, it } from 'vitest';
import { allText, draftJournalNote, draftLines, sectionText } from './testing/draft-lines.js';

describe('what a relative has read or heard, and leaving for home, stay out of the note', () => {
  it('leaves out what a relative has read or heard about illness in general', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med i natt?'],
      [
        'pasient',
        'Jeg har hatt vondt i venstre side av ryggen siden i kveld, det kommer i bølger.',
      ],
      [
        'pårørende',
        'Jeg har lest at det kan sitte i ryggen, et hjerteinfarkt. Det står i Hjemmet.',
      ],
      ['lege', 'Har du hatt vondt i brystet?'],
      ['pasient', 'Nei, ikke vondt i brystet.'],
      ['pårørende', 'Jeg har hørt at blod i urinen kan være kreft.'],
    ]);
    const text = allText(output);
    expect(text).not.toMatch(/lest|hørt|Hjemmet|kreft/u);
    expect(text).toMatch(/bølger/u);
    expect(sectionText(output, 'anamnese')).toMatch(
      /(?:Ikke|Ingen) (?:vondt i brystet|brystsmerter)/u,
    );
  });

  it('leaves out the family leaving for home at the end', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt feber og hoste i fem dager.'],
      ['lege', 'Du kan ta Paracet ved behov.'],
      ['pasient', 'Takk. Kom igjen, Bente, nå drar vi hjem og sover.'],
      ['pårørende', 'Da drar vi innom senteret på vei hjem og kjøper en is.'],
    ]);
    const text = allText(output);
    expect(text).not.toMatch(/drar|hjem|is\./u);
    expect(sectionText(output, 'tiltak')).toMatch(/Paracet/u);
  });

  it('leaves out the family journey, the car and a notice sent by post', async () => {
    const output = await draftLines('epikrise', [
      ['lege', 'I dag skal du reise hjem etter oppholdet for lungebetennelse.'],
      [
        'pasient',
        'Kona kommer og henter meg klokka to, hun har lånt bilen til svigersønnen, for vår bil er på verksted.',
      ],
      ['pårørende', 'Vi kjørte fra Elverum i snøføyka i går.'],
      ['lege', 'Du får kontroll med røntgen om seks uker. Den innkallingen kommer i posten.'],
    ]);
    const text = allText(output);
    expect(text).not.toMatch(/bilen|verksted|snøføyka|posten|henter/u);
    expect(text).toMatch(/6 uker/u);
  });

  it('keeps a journey the history happened on', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Vi kjørte fra hytta i går kveld da jeg fikk vondt i magen.'],
    ]);
    expect(allText(output)).toMatch(/vondt i magen|magesmerter/u);
  });

  it('leaves out how many people in general get it, keeping the decision', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva kan jeg hjelpe dere med?'],
      ['pasient', 'Han hadde kramper med feber for to uker siden.'],
      [
        'lege',
        'Omtrent fire av hundre barn får det. Omtrent en av tre får et nytt anfall ved senere feber.',
      ],
      ['lege', 'Dere får med Stesolid rektalt, fem milligram, ved anfall over fem minutter.'],
    ]);
    const text = allText(output);
    expect(text).not.toMatch(/av hundre|av (?:tre|3) får/u);
    expect(text).toMatch(/Stesolid/u);
  });
});
