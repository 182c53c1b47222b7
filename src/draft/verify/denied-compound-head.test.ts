import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a compound whose head was denied ("abstinenskramper" after "aldri kramper")', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt kramper?'],
    ['pasient', 'Nei, aldri kramper.'],
    ['lege', 'Har ho utslett?'],
    ['pårørende', 'Nei, ikkje noko utslett.'],
    ['lege', 'Ingen tegn til infeksjon i såret.'],
  ]);

  it('flags the compound stated present as a negation error', () => {
    expect(shownFlags('Tidligere abstinenskramper.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Skarlagensutslett.', visit, 'funn')).toContain('error:negation-conflict');
    expect(shownFlags('Overfladisk sårinfeksjon.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out the denial in clinical words', () => {
    expect(shownFlags('Aldri hatt kramper.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen sårinfeksjon.', visit, 'funn')).toEqual([]);
  });

  it('leaves a compound alone when one like it was said present', () => {
    const burn = indexOf([
      ['lege', 'Ingen forbrenning på fingrane. Dette er ei overflatisk andregradsforbrenning.'],
    ]);
    expect(shownFlags('Overfladisk annengradsforbrenning.', burn, 'vurdering')).not.toContain(
      'error:negation-conflict',
    );
  });
});
