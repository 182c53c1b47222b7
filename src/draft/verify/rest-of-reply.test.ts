import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a two-part question answered "nei" for one part, "men" the other', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt feber eller vorre tung i pusten?'],
    ['pasient', 'Nei, itj feber. Men æ bli litt tung i pusten når æ går i bakka.'],
  ]);

  it('keeps the part the rest of the reply says is so', () => {
    expect(shownFlags('Tung pust ved gange i motbakke.', visit, 'anamnese')).toEqual([]);
  });

  it('flags that part written as denied', () => {
    expect(shownFlags('Ingen tung pust.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('still flags the part the reply denied, written as present', () => {
    expect(shownFlags('Feber.', visit, 'anamnese')).toContain('error:negation-conflict');
  });
});
