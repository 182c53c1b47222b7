import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a sick leave written in days where it was said in weeks, beside another length', () => {
  const visit = indexOf([
    ['pasient', 'Eg er snekkar. Eg har vore sjukmeld ei veke.'],
    ['lege', 'Du går normalt, men det er vondt å bøye seg fram.'],
    ['lege', 'Akillesrefleksen er svakare på venstre side.'],
    ['lege', 'Dette er ein isjias.'],
    ['lege', 'Eg sjukmelder deg to veker til.'],
  ]);

  it('accepts "14 dager" for "to veker til"', () => {
    expect(shownFlags('Sykmeldt ytterligere 14 dager.', visit, 'tiltak')).toEqual([]);
  });

  it('still flags a length never said', () => {
    expect(shownFlags('Sykmeldt ytterligere 28 dager.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Sykmeldt ytterligere 4 uker.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
  });
});
