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

describe('a "nei, bare når …" to a question that itself carries a condition', () => {
  it('keeps the no to the condition asked about («i hvile» answered «bare når jeg går i trapper»)', () => {
    const visit = indexOf([
      ['lege', 'Er du tungpustet i hvile?'],
      ['pasient', 'Nei, bare når jeg går i trapper.'],
    ]);
    expect(shownFlags('Dyspné i hvile.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('keeps the no to a «når …» question answered with another time', () => {
    const visit = indexOf([
      ['lege', 'Får du brystsmerter når du går i bakker?'],
      ['pasient', 'Nei, bare når jeg ligger flatt om natta.'],
    ]);
    expect(shownFlags('Brystsmerter ved anstrengelse.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    const fresh = indexOf([
      ['lege', 'Hovner anklene opp om kvelden?'],
      ['pasient', 'Nei, berre etter lange flyturar.'],
    ]);
    expect(shownFlags('Ankelødem om kvelden.', fresh, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out a note denying the condition asked about', () => {
    const night = indexOf([
      ['lege', 'Har du vondt om natta?'],
      ['pasient', 'Nei, bare om dagen når jeg er i aktivitet.'],
    ]);
    expect(shownFlags('Ingen nattlige smerter.', night, 'anamnese')).toEqual([]);
    const morning = indexOf([
      ['lege', 'Har du hodepine om morgenen?'],
      ['pasient', 'Nei, kun etter jobb.'],
    ]);
    expect(shownFlags('Ingen morgenhodepine.', morning, 'anamnese')).toEqual([]);
    const fresh = indexOf([
      ['lege', 'Klør det om natta?'],
      ['pasient', 'Næ, berre når eg har vore i dusjen.'],
    ]);
    expect(shownFlags('Ingen nattlig kløe.', fresh, 'anamnese')).toEqual([]);
  });

  it('still reads a degree or a frequency as a limited yes to a conditioned question', () => {
    const visit = indexOf([
      ['lege', 'Blir du svimmel når du reiser deg?'],
      ['pasient', 'Nei, bare av og til.'],
    ]);
    expect(shownFlags('Ikke svimmel.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Svimmel av og til ved oppreisning.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a "nei, bare ved …" that names a place, not a time', () => {
  const visit = indexOf([
    ['lege', 'Har du smerter i brystet?'],
    ['pasient', 'Nei, bare ved ribbeina når jeg trykker.'],
  ]);

  it('keeps the no to the complaint asked about', () => {
    expect(shownFlags('Brystsmerter.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ingen brystsmerter.', visit, 'anamnese')).toEqual([]);
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

  it('reads a time or occasion as a limited no only when the question names none', () => {
    expect(isLimitedNo('Nei, berre når eg ligg.', 'Er du andpusten?')).toBe(true);
    expect(isLimitedNo('Nei, berre når eg ligg.', 'Er du andpusten når du går?')).toBe(false);
    expect(isLimitedNo('Nei, bare om kvelden.', 'Har du vondt i magen om morgenen?')).toBe(false);
    expect(isLimitedNo('Nei, kun etter maten.', 'Har du sure oppstøt i hvile?')).toBe(false);
    expect(isLimitedNo('Nei, bare litt om kvelden.', 'Har du nattlige smerter?')).toBe(false);
    expect(isLimitedNo('Nei, bare litt.', 'Er du tungpustet i hvile?')).toBe(true);
    expect(isLimitedNo('Nei, bare innimellom.', 'Får du vondt ved anstrengelse?')).toBe(true);
    expect(isLimitedNo('Nei, bare av og til når jeg bærer.', 'Er du sliten om morgenen?')).toBe(
      false,
    );
    expect(isLimitedNo('Nei, bare når eg svettar.', 'Har du nattesvette?')).toBe(true);
  });

  it('reads "ved" as a place, not a limit', () => {
    expect(isLimitedNo('Nei, bare ved ribbeina.')).toBe(false);
  });
});
