import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';
import { isLimitedNo } from '../language/negation.js';

describe('a "nei" limited to a little or to some times ("Nei, bare litt om kvelden")', () => {
  const visit = indexOf([
    ['lege', 'Er du svimmel?'],
    ['pasient', 'Nei, berre litt når eg reiser meg brått.'],
  ]);

  it('bears out a note that states the limited complaint', () => {
    expect(shownFlags('Lett svimmel ved brå oppreisning.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that denies the complaint outright', () => {
    expect(shownFlags('Ikke svimmel.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('leaves a two-part "nei" that names the one part it affirms a no to the other part', () => {
    const twoPart = indexOf([
      ['lege', 'Har du feber eller hoste?'],
      ['pasient', 'Nei, bare litt hoste om natta.'],
    ]);
    expect(shownFlags('Feber og hoste.', twoPart, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ikke feber, litt nattlig hoste.', twoPart, 'anamnese')).toEqual([]);
  });

  it('keeps a plain "nei" and a "nei, men" about something else a no', () => {
    const plain = indexOf([
      ['lege', 'Er du svimmel?'],
      ['pasient', 'Nei, men eg er trøytt.'],
    ]);
    expect(shownFlags('Svimmel og trett.', plain, 'anamnese')).toContain('error:negation-conflict');
  });
});

describe('a "nei" taken back after "nei vent" ("Nei. Nei vent, jo, litt")', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt hjertebank?'],
    ['pasient', 'Nei. Nei vent, jo, et par ganger i forrige uke.'],
  ]);

  it('contradicts a note that keeps the first no', () => {
    expect(shownFlags('Ingen hjertebank.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('bears out a note that states what the yes says', () => {
    expect(shownFlags('Hjertebank et par ganger forrige uke.', visit, 'anamnese')).toEqual([]);
  });

  it('keeps the no when what follows the "jo" is about somebody else', () => {
    const other = indexOf([
      ['lege', 'Har du hatt hjertebank?'],
      ['pasient', 'Nei. Nei vent, jo, det var broren min som hadde det.'],
    ]);
    expect(shownFlags('Ingen hjertebank.', other, 'anamnese')).toEqual([]);
  });
});

describe('isLimitedNo', () => {
  it('reads "bare litt" at the end or with a time as a limited no, another place as a no', () => {
    expect(isLimitedNo('Nei, bare litt.')).toBe(true);
    expect(isLimitedNo('Næ, berre når eg går i bakkar.')).toBe(true);
    expect(isLimitedNo('Nei, bare litt om morgenen.')).toBe(true);
    expect(isLimitedNo('Nei, bare litt i ryggen.')).toBe(false);
    expect(isLimitedNo('Nei, bare Paracet.')).toBe(false);
    expect(isLimitedNo('Nei.')).toBe(false);
  });
});
