import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// "Røyker noen hjemme?" "Nei, ingen av oss røyker." written as "Mor røyker i hjemmet" (dev cases
// v02, v169, v207): smoking in the home, denied for the whole household, said of a parent.
describe('smoking in the home said where the household denied it', () => {
  const visit = indexOf([
    ['lege', 'Har han astma i familien?'],
    ['pårørende', 'Bestefaren hadde kols, men han røykte jo.'],
    ['lege', 'Røyker noen hjemme?'],
    ['pårørende', 'Nei, ingen av oss røyker.'],
  ]);

  it('flags "Mor røyker i hjemmet"', () => {
    expect(shownFlags('Mor røyker i hjemmet.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('flags "Far røyker innendørs"', () => {
    expect(shownFlags('Far røyker innendørs.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts "Ingen røyking i hjemmet" and the grandfather who smoked', () => {
    expect(shownFlags('Ingen røyking i hjemmet.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Bestefar hadde kols og røykte.', visit, 'anamnese')).toEqual([]);
  });

  it('accepts "Mor røyker i hjemmet" where the mother said she smokes', () => {
    const smokes = indexOf([
      ['lege', 'Røyker noen hjemme?'],
      ['pårørende', 'Ja, jeg røyker, men bare på kjøkkenet.'],
    ]);
    expect(shownFlags('Mor røyker i hjemmet.', smokes, 'anamnese')).toEqual([]);
  });
});
