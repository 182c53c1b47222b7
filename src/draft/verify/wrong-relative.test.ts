import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe("a relative's illness given to another relative", () => {
  const visit = indexOf([
    ['lege', 'Og familien?'],
    ['pasient', 'Broren min fikk hjerneslag i fjor. Far hadde høyt blodtrykk.'],
    ['lege', 'Mor da?'],
    ['pasient', 'Mamma er frisk, hun er 84.'],
  ]);

  it('is flagged when the note names a different relative', () => {
    expect(shownFlags('Mor hadde hypertensjon.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
    expect(shownFlags('Far hadde hjerneslag i fjor.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it('is not flagged when the note names the relative who had it, by any kinship word', () => {
    expect(shownFlags('Bror hadde hjerneslag i fjor.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Far hadde hypertensjon.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Pappa hadde høyt blodtrykk.', visit, 'anamnese')).toEqual([]);
  });
});

describe("an in-law or a friend's illness given to a blood relative", () => {
  const visit = indexOf([
    ['lege', 'Noen i familien med psoriasis?'],
    ['pasient', 'Svigerinna mi har psoriasis, ho får metotreksat på sjukehuset.'],
    ['lege', 'Andre psykiske plager i familien?'],
    ['pasient', 'Og ei venninne av meg har panikkangst.'],
  ]);

  it('is flagged as the wrong person', () => {
    expect(shownFlags('Søster har psoriasis.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
    expect(shownFlags('Mor har panikkangst.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it('is not flagged for the in-law or the friend', () => {
    expect(shownFlags('Svigerinne har psoriasis.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Venninne har panikkangst.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a relative speaking of the family', () => {
  // The son's "mor" is the patient's wife; the mother speaking ("eg har astma sjølv") is the
  // note's "mor".
  const visit = indexOf([
    ['lege', 'Er det astma i familien?'],
    ['pårørende', 'Ja, eg har astma sjølv, og faren hans har høysnue.'],
  ]);

  it('is never read as naming the wrong relative', () => {
    expect(shownFlags('Mor har astma, far har høysnue.', visit, 'anamnese')).toEqual([]);
  });
});
