import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('every other week, said "annankvar uke"', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt sånn før?'],
    ['pasient', 'Æ har kjent litt svimmelhet når æ snur mæ i senga, kanskje annankvar uke.'],
  ]);

  it('reads it as every other week', () => {
    expect(
      shownFlags('Tidligere svimmelhet ved snuing i sengen ca. annenhver uke.', visit, 'anamnese'),
    ).toEqual([]);
  });

  it('flags every other day', () => {
    expect(
      shownFlags('Tidligere svimmelhet ved snuing i sengen annenhver dag.', visit, 'anamnese'),
    ).toContain('error:number-conflict');
  });
});
