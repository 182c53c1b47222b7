import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a narrow range in the note is read against what was said of both its ends', () => {
  const thirst = indexOf([
    ['lege', 'Kor lenge har du vore tørst?'],
    ['pasient', 'Eit par månader, kanskje tre.'],
    ['lege', 'Og feberen, kor høg har han vore?'],
    ['pårørende', 'Trettiåtte, kanskje trettini på det meste.'],
  ]);
  const comeBack = indexOf([['lege', 'Kom tilbake om han ikkje er betre om to, tre dagar.']]);

  it('accepts «to–tre måneder» for «eit par månader, kanskje tre»', () => {
    expect(shownFlags('Tørste i to–tre måneder.', thirst)).toEqual([]);
  });

  it('reads a number added as an afterthought in the unit just said', () => {
    expect(shownFlags('Tørste i tre måneder.', thirst)).toEqual([]);
    expect(shownFlags('Tørste i tre uker.', thirst)).not.toEqual([]);
  });

  it('accepts «2–3 dager» for «to, tre dagar»', () => {
    expect(shownFlags('Ny kontakt om ikke bedre om 2–3 dager.', comeBack)).toEqual([]);
  });

  it('still flags a range whose ends were never said', () => {
    expect(shownFlags('Tørste i fire–fem måneder.', thirst)).not.toEqual([]);
    expect(shownFlags('Ny kontakt om ikke bedre om 5–6 dager.', comeBack)).not.toEqual([]);
  });

  it('still flags a wide range with one end borne out', () => {
    expect(shownFlags('Ny kontakt om ikke bedre om 2–6 dager.', comeBack)).not.toEqual([]);
  });

  it('still flags a narrow range whose other end was never said at all', () => {
    expect(shownFlags('Feber 39–40 grader.', thirst)).not.toEqual([]);
  });
});

describe('a number said with a half', () => {
  const age = indexOf([
    ['lege', 'Hvor gammel er hun nå?'],
    ['pårørende', 'Hun er tre og et halvt.'],
  ]);

  it('reads «tre og et halvt år» as one age, not also half a year', () => {
    expect(shownFlags('Tre og et halvt år gammel jente.', age)).toEqual([]);
  });

  it('still flags another age said with a half', () => {
    expect(shownFlags('Fire og et halvt år gammel jente.', age)).not.toEqual([]);
  });
});

describe('a blood pressure whose diastolic speech-to-text wrote «niti-to»', () => {
  const measured = indexOf([
    ['lege', 'Æ måle blodtrykket no. Hundreogfemtifire over niti-to. Pulsen e sekstiåtte.'],
  ]);

  it('reads «niti-to» as 92', () => {
    expect(shownFlags('BT 154/92, puls 68.', measured)).toEqual([]);
  });

  it('still flags another diastolic', () => {
    expect(shownFlags('BT 154/98, puls 68.', measured)).toContain('error:number-conflict');
  });
});

// Review finding (session 32): the unsaid end of a range is borne out only by the same number
// said bare as an afterthought, or in the range's own unit — not by any number nearby.
describe('an unsaid range end said nearby in another unit', () => {
  it('flags «2–3 uker» where «tre» was a count of tablets', () => {
    const visit = indexOf([
      ['lege', 'Hvor lenge har du hatt vondt?'],
      ['pasient', 'I to uker. Jeg har tatt tre Paracet i dag.'],
    ]);
    expect(shownFlags('Vondt i 2–3 uker.', visit)).toContain('warning:number-not-in-transcript');
  });

  it('flags «38–39 grader» where «trettini» was a count of tablets', () => {
    const visit = indexOf([
      ['lege', 'Hvor høy feber har du hatt?'],
      ['pasient', 'Trettiåtte. Jeg har tatt trettini tabletter i alt.'],
    ]);
    expect(shownFlags('Feber 38–39 grader.', visit)).toContain('warning:number-not-in-transcript');
  });

  it('accepts «2–3 uker» for «to uker, kanskje tre»', () => {
    const visit = indexOf([
      ['lege', 'Hvor lenge har du hatt vondt?'],
      ['pasient', 'To uker, kanskje tre.'],
    ]);
    expect(shownFlags('Vondt i 2–3 uker.', visit)).toEqual([]);
  });

  it('accepts «kl. 2–3» for «ligger våken til to-tre om natta» (dev v189)', () => {
    const visit = indexOf([
      ['lege', 'Hvordan sover du?'],
      ['pasient', 'Ikke så bra. Ligger våken til to-tre om natta, men sover liksom til ti.'],
    ]);
    expect(shownFlags('Innsovningsvansker, våken til kl. 2–3.', visit)).toEqual([]);
  });

  it('accepts «1–2 døgn» for «en dag, noen ganger to»', () => {
    const visit = indexOf([
      ['lege', 'Hvor lenge varer anfallene?'],
      ['pasient', 'En dag, noen ganger to.'],
    ]);
    expect(shownFlags('Anfallene varer 1–2 døgn.', visit)).toEqual([]);
  });
});
