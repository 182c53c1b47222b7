/*
 * Session 9 of issue 12: the clinician's explanation to the patient goes as a whole (a run of
 * sentences after "Det er fordi …", "Du skal vite at …"), the decision after it stays, and a
 * diagnosis the explanation names stays as the assessment. Fresh text.
 */
import { describe, expect, it } from 'vitest';
import {
  allText as noteText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('pedagogy left out by discourse, the decision kept', () => {
  it('drops a run of explanation and keeps the prescription after it', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har fått kløe og rødt utslett i lyskene den siste uka.'],
      ['lege', 'Jeg ser på huden. Det er rødt og fuktig i begge lyskefolder med skarp kant.'],
      [
        'lege',
        'Du skal vite at sopp trives der det er varmt og fuktig. Det er fordi soppen lever av hudceller som blir bløte. Mange får det om sommeren når de svetter mye. Du får Pevaryl krem to ganger daglig i fire uker.',
      ],
    ]);
    const text = noteText(output);
    expect(text).not.toMatch(/trives|hudceller|svetter mye|fordi/iu);
    expect(section(output, 'tiltak')).toMatch(/Pevaryl krem x 2/u);
  });

  it('keeps the diagnosis an explanation introduces as the assessment', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt under hælen om morgenen, de første skrittene.'],
      ['lege', 'Jeg trykker her under hælen. Du er øm på innsiden av hælbeinet.'],
      [
        'lege',
        'Du skal vite at dette er det som heter plantarfascitt, og det er fordi senen under foten blir irritert av belastning.',
      ],
      ['lege', 'Tøy leggen to ganger daglig og bruk støtdempende såler. Ny time om seks uker.'],
    ]);
    expect(section(output, 'vurdering')).toBe('Plantarfascitt.');
    expect(noteText(output)).not.toMatch(/senen under foten blir irritert/iu);
  });
});

describe('advice on a drug goes to Tiltak wherever it is said', () => {
  it('puts "Stopp Voltaren …" said during the examination under Tiltak, not Funn', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg skal operere skulderen om to uker og skulle sjekkes først.'],
      [
        'lege',
        'Jeg lytter på hjertet. Hjertelyd regelmessig, ingen bilyd. Stopp Voltaren fem dager før operasjonen.',
      ],
    ]);
    expect(section(output, 'tiltak')).toMatch(/Voltaren/u);
    expect(section(output, 'funn')).not.toMatch(/Voltaren/u);
  });
});
