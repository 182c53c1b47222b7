import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('findings said as a compound or in lay words (session 24 lexicon)', () => {
  const homeVisit = indexOf([
    ['lege', 'Bruker du oksygen hjemme?'],
    ['pasient', 'Nei, det har æ ikke.'],
  ]);
  const discharge = indexOf([['pårørende', 'Han har hatt oksygen heime i to år, to liter.']]);

  it('flags home oxygen the patient said he does not have', () => {
    expect(shownFlags('Bruker hjemmeoksygen.', homeVisit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('flags home oxygen denied when the family said he has had it for years', () => {
    expect(shownFlags('Ikke hjemmeoksygen fra før.', discharge, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts home oxygen written as the compound the family said in two words', () => {
    expect(shownFlags('Ikke hjemmeoksygen.', homeVisit, 'anamnese')).toEqual([]);
  });

  const weakness = indexOf([
    ['lege', 'Har du mista krefter i foten?'],
    ['pasient', 'Nei, krafta er som før.'],
  ]);

  it('flags a weakness the patient denied as "mista krefter"', () => {
    expect(shownFlags('Kraftsvikt i høyre fot.', weakness, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ikke kraftsvikt.', weakness, 'anamnese')).toEqual([]);
  });

  const throat = indexOf([
    ['lege', 'Hoste?'],
    ['pasient', 'Nei, eg hostar ikkje.'],
  ]);

  it('flags a dry cough when the patient said in nynorsk that she does not cough', () => {
    expect(shownFlags('Tørrhoste.', throat, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ikke hoste.', throat, 'anamnese')).toEqual([]);
  });
});

describe('jaundice and low-grade fever in lay words (session 24 lexicon)', () => {
  const ward = indexOf([['lege', 'Du hadde ikkje gulsott, og leverprøvene var normale.']]);
  const child = indexOf([
    ['lege', 'Har ho hatt feber?'],
    ['pårørende', 'Nei, ingen feber.'],
  ]);

  it('flags jaundice the clinician said the patient did not have', () => {
    expect(shownFlags('Lett ikterus, normale leverprøver.', ward, 'forlop')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ikkje ikterus, normale leverprøver.', ward, 'forlop')).toEqual([]);
  });

  it('flags a low-grade fever when the parent said there was no fever', () => {
    expect(shownFlags('Subfebril.', child, 'anamnese')).toContain('error:negation-conflict');
  });
});

describe('CO2 retention in a blood gas (session 24 lexicon)', () => {
  const ward = indexOf([
    ['lege', 'Blodgassen viste ikke CO2-retensjon. Røntgen viste ingen lungebetennelse.'],
  ]);

  it('flags CO2 retention the blood gas was said not to show', () => {
    expect(shownFlags('CO2-retensjon i blodgass.', ward, 'forlop')).toContain(
      'error:negation-conflict',
    );
  });
});
