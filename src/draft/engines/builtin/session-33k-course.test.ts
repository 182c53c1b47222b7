import { describe, expect, it } from 'vitest';

import { formatClinicalNumbers } from './rewrite.js';
import { isCourseOfComplaint } from './time-fragment.js';
import { allText, draftJournalNote, sectionText } from './testing/draft-lines.js';

describe('the onset or duration said in words as an answer to a question about the course', () => {
  it('keeps "Sidan påske." to "Kor lenge har du hatt det slik?"', async () => {
    const output = await draftJournalNote([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har vondt i kneet når eg går i trapper.'],
      ['lege', 'Kor lenge har du hatt det slik?'],
      ['pasient', 'Sidan påske, trur eg.'],
    ]);
    expect(allText(output)).toMatch(/påske/iu);
  });

  it('keeps a gradual onset as "Gradvis debut"', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har fått vondt i nakken.'],
      ['lege', 'Kom smertene brått?'],
      ['pasient', 'Nei, de kom gradvis.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/gradvis/iu);
  });

  it('keeps "Gradvis, over et par dager." to "plutselig eller gradvis"', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har blitt tett i nesa og har vondt i pannen.'],
      ['lege', 'Kom det plutselig, eller gradvis?'],
      ['pasient', 'Gradvis, over et par dager.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/gradvis/iu);
  });

  it('leaves a date said to a question that is not about the complaint', async () => {
    const output = await draftJournalNote([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har vondt i halsen og feber.'],
      ['lege', 'Når har du ferie i år, da?'],
      ['pasient', 'I juli.'],
    ]);
    expect(allText(output)).not.toMatch(/juli/iu);
  });

  it('tells a course answer from small talk and a statement with more in it', () => {
    expect(isCourseOfComplaint('Etter nyttår.', 'Når merket du det første gang?')).toBe(true);
    expect(isCourseOfComplaint('I helgen.', 'Hvor skal du på tur?')).toBe(false);
    expect(isCourseOfComplaint('I helgen var vi på hytta.', 'Når begynte det?')).toBe(false);
    expect(isCourseOfComplaint('Sidan påske.', undefined)).toBe(false);
  });
});

describe('"de siste fire dagene" as a note writes the span', () => {
  it('writes "siste 5 uker" and "siste 3 døgn"', () => {
    expect(formatClinicalNumbers('Hostet de siste fem ukene')).toBe('Hostet siste 5 uker');
    expect(formatClinicalNumbers('Dårlig dei siste tre døgnene')).toBe('Dårlig siste 3 døgn');
  });

  it('leaves a span without a count and other words alone', () => {
    expect(formatClinicalNumbers('Verre de siste dagene')).toBe('Verre de siste dagene');
    expect(formatClinicalNumbers('Dagene er lange')).toBe('Dagene er lange');
  });
});
