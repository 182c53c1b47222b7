import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Dev case v700: "Øynene klør ikkje" denies itching, with a noun as the subject of the verb.
describe('a denial after a verb whose subject is a noun opening the sentence', () => {
  const visit = indexOf([
    ['lege', 'Renner det fra nesen, eller klør det i øynene?'],
    ['pasient', 'Nesen renne og eg nyse masse når eg sikte mel. Øynene klør ikkje.'],
  ]);

  it('accepts «ikke kløe i øynene»', () => {
    expect(shownFlags('Ikke kløe i øynene.', visit, 'anamnese')).toEqual([]);
  });

  it('flags «Kløe i øynene» as denied', () => {
    expect(shownFlags('Kløe i øynene.', visit, 'anamnese')).toContain('error:negation-conflict');
  });
});
