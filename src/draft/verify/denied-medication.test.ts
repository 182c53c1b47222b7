import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a note that denies all medicines', () => {
  it('is flagged when the patient named a drug in use', () => {
    const visit = indexOf([
      ['lege', 'Bruker du noen faste medisiner?'],
      ['pasient', 'Ja, jeg tar Metformin 500 milligram morgen og kveld.'],
    ]);
    expect(shownFlags('Ingen faste medisiner.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Bruker ingen medisiner.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('is not flagged when the patient only took a dose for today’s complaint', () => {
    const visit = indexOf([
      ['pasient', 'Eg tok to Paracet i natt og ein Ibux 400 i morges.'],
      ['lege', 'Bruker du faste medisinar?'],
      ['pasient', 'Nei, ingen.'],
    ]);
    expect(shownFlags('Ingen faste medisiner.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a note that denies regular medicines', () => {
  it('is not flagged for a seasonal drug the patient said is not regular', () => {
    const visit = indexOf([
      ['pasient', 'Bjørkepollen. Jeg tar Zyrtec om våren.'],
      ['lege', 'Bruker du noen medisiner fast?'],
      ['pasient', 'Nei. Ikke noe fast.'],
    ]);
    expect(shownFlags('Ingen faste medisiner.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a note that denies allergies', () => {
  it('is flagged when the patient named an intolerance of a drug', () => {
    const visit = indexOf([
      ['lege', 'Har du noen allergier?'],
      ['pasient', 'Æ tåle ikkje penicillin, æ fikk utslett av det som lita.'],
    ]);
    expect(shownFlags('Ingen kjente allergier.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('is not flagged for a relative’s allergy or an allergy to no drug', () => {
    const sister = indexOf([
      ['lege', 'Har du hatt allergi mot noe?'],
      ['pasient', 'Nei. Men søstra mi har penicillinallergi.'],
    ]);
    expect(shownFlags('Ingen kjente allergier.', sister, 'anamnese')).toEqual([]);
    const pollen = indexOf([['pasient', 'Jeg har pollenallergi om våren, ellers ingenting.']]);
    expect(shownFlags('Ingen kjente legemiddelallergier.', pollen, 'anamnese')).toEqual([]);
  });
});
