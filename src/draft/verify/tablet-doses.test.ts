import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('doses said as a number of tablets of a strength', () => {
  const ankle = indexOf([
    ['lege', 'Tar du noe for smertene?'],
    ['pasient', 'Æ tok to Ibux på fire hundre i morges. Det hjalp litt.'],
  ]);
  const back = indexOf([
    ['lege', 'Hvor mye tar du?'],
    ['pasient', 'To Paracet på fem hundre fire gonger om dagen, og Ibux fire hundre tre gonger.'],
  ]);

  it('accepts the whole dose of two tablets named by the drug ("to Ibux på fire hundre")', () => {
    expect(shownFlags('Tatt Ibux 800 mg i dag med noe effekt.', ankle, 'anamnese')).toEqual([]);
  });

  it('flags the whole dose written as the strength of each of two tablets', () => {
    expect(shownFlags('Tatt Ibux 800 mg, to tabletter i dag.', ankle, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });

  it('reads "fem hundre fire gonger" as a strength and four times, not 504', () => {
    expect(shownFlags('Bruker Paracet 1 g x 4 og Ibux 400 mg x 3.', back, 'anamnese')).toEqual([]);
  });

  it('still flags a frequency that was not said', () => {
    expect(shownFlags('Bruker Paracet 1 g x 4 og Ibux 400 mg x 4.', back, 'anamnese')).not.toEqual(
      [],
    );
  });
});
