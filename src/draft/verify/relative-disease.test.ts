import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('an infection or disease by name', () => {
  it("is the partner's when only the partner had it, also in dialect", () => {
    const visit = indexOf([
      ['lege', 'Har du hatt dette før?'],
      ['pasient', 'Nei, aldri. Men kjærrsten min hadde herpes i auget i fjor.'],
    ]);
    expect(shownFlags('Tidligere herpes i øyet.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
    expect(shownFlags('Kjæreste hadde herpes i øyet i fjor.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a disease written "hos" a relative', () => {
  const visit = indexOf([
    ['lege', 'Er det noen i familien som har hatt hjertesykdom?'],
    ['pasient', 'Faren min fikk hjerteinfarkt da han var femtifem.'],
    ['lege', 'Jeg henviser deg til arbeids-EKG.'],
  ]);

  it("is the relative's, also after a reason given first", () => {
    expect(shownFlags('Hjerteinfarkt hos far.', visit, 'anamnese')).toEqual([]);
    expect(
      shownFlags('Henvises til arbeids-EKG pga. hjerteinfarkt hos far.', visit, 'tiltak'),
    ).toEqual([]);
  });

  it("is still flagged when written as the patient's", () => {
    expect(shownFlags('Tidligere hjerteinfarkt.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });
});

describe('a parent wondering aloud about their own allergy', () => {
  const visit = indexOf([
    ['pårørende', 'Eg har sjølv pollenallergi. Så eg lurte på om det e allergi.'],
    ['lege', 'Har han nokon allergiar?'],
    ['pårørende', 'Nei, ikkje som me veit om.'],
  ]);

  it("does not give the child the parent's allergy", () => {
    expect(shownFlags('Ingen kjente allergier.', visit, 'anamnese')).toEqual([]);
  });
});

describe("an uncle's or aunt's illness (morbror, moster, faster)", () => {
  const visit = indexOf([
    ['lege', 'Er det noen i familien med nyresykdom?'],
    ['pasient', 'Morbroren min har cystenyrer, han går i dialyse.'],
  ]);

  it("is the relative's, not the patient's", () => {
    expect(shownFlags('Går i dialyse for cystenyrer.', visit, 'anamnese')).not.toEqual([]);
    expect(shownFlags('Morbror har cystenyrer og går i dialyse.', visit, 'anamnese')).toEqual([]);
  });
});
