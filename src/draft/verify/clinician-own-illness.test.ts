import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Dev case v682: a ship's nurse on a video call tells of her own kidney stones; v678: a school
// doctor says she has migraine herself. The illness is the clinician's, not the patient's.
describe('a clinician or nurse telling of their own illness', () => {
  const call = indexOf([
    ['sykepleier', 'Jeg har matrosen her. Han har fått kjempevondt i ryggen, på høyre side.'],
    [
      'sykepleier',
      'Det er blod i urinen. Og jeg har selv hatt nyrestein, og det var akkurat sånn.',
    ],
    ['lege', 'Har du hatt noe lignende før?'],
    ['pasient', 'Nei, aldri.'],
    ['lege', 'Dette kan være nyrestein, men det kan også være noe muskulært.'],
  ]);

  it('flags «Tidligere nyrestein» when only the nurse said she had it', () => {
    expect(shownFlags('Tidligere nyrestein.', call, 'anamnese')).toContain('error:person-conflict');
  });

  it('accepts the possible kidney stone the doctor named today', () => {
    expect(
      shownFlags('Mulig nyrestein, differensialdiagnose muskulære smerter.', call, 'vurdering'),
    ).toEqual([]);
  });

  const school = indexOf([
    ['pasient', 'Jeg har vondt i hodet nesten hver dag etter skolen.'],
    [
      'lege',
      'Jeg har migrene sjølv, så jeg vet hvor slitsomt det er, men det du beskriver høres annerledes ut.',
    ],
    ['lege', 'Jeg har sett på nakken din, den er litt stram.'],
  ]);

  it('flags «Kjent migrene» when only the doctor has migraine', () => {
    expect(shownFlags('Kjent migrene.', school, 'anamnese')).toContain('error:person-conflict');
  });

  it('keeps a finding the doctor examined without «selv» as the patient’s', () => {
    expect(shownFlags('Noe stram nakke.', school, 'funn')).toEqual([]);
  });
});

describe('a clinician who examined the patient «selv» (review r37c B1)', () => {
  it('keeps a finding the clinician felt or checked in person about the patient', () => {
    const belly = indexOf([
      ['pasient', 'Jeg har vondt nede til høyre i magen.'],
      ['lege', 'Jeg kjente selv på magen, og det er ømhet i høyre fossa.'],
    ]);
    expect(shownFlags('Ømhet i høyre fossa.', belly, 'funn')).not.toContain(
      'error:person-conflict',
    );
    const knee = indexOf([
      ['pasient', 'Kneet er hovent.'],
      ['lege', 'Jeg har selv sett på kneet, og det er hevelse over leddet.'],
    ]);
    expect(shownFlags('Hevelse over kneleddet.', knee, 'funn')).not.toContain(
      'error:person-conflict',
    );
  });
});
