import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a complaint said to come "av og til", written as daily', () => {
  const visit = indexOf([
    ['pasient', 'Det e trykk i brøstet når æ går i motbakke.'],
    ['lege', 'Stråler det ut noen plass?'],
    ['pasient', 'Ja, ut i venstre arm av og tel.'],
    ['lege', 'Har du merka at du mister ting?'],
    ['pasient', 'Eg mistar ting av og til.'],
  ]);

  it('flags "daglig" and "hele tiden" as a frequency error', () => {
    expect(shownFlags('Utstråling til venstre arm daglig.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
    expect(shownFlags('Mister ting hele tiden.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });

  it('bears out "av og til" and its clinical paraphrase', () => {
    expect(shownFlags('Utstråling til venstre arm av og til.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Mister ting av og til.', visit, 'anamnese')).toEqual([]);
  });

  it('does not flag "daglig" where the complaint was also said to come every day', () => {
    const daily = indexOf([['pasient', 'Hodepinen kommer hver dag, og av og til kaster jeg opp.']]);
    expect(shownFlags('Daglig hodepine.', daily, 'anamnese')).toEqual([]);
  });
});

describe('"av og til" about another complaint next to a constant one', () => {
  it('does not flag a constant complaint where "av og til" was said of dizziness', () => {
    const sameSentence = indexOf([
      ['pasient', 'Jeg har alltid vondt i ryggen, og av og til blir jeg svimmel.'],
    ]);
    expect(shownFlags('Konstante ryggsmerter.', sameSentence, 'anamnese')).toEqual([]);
    const nextSentence = indexOf([
      ['pasient', 'Jeg har vondt i ryggen hele døgnet.'],
      ['pasient', 'Av og til blir jeg svimmel.'],
    ]);
    expect(shownFlags('Konstante ryggsmerter.', nextSentence, 'anamnese')).toEqual([]);
  });

  it('does not flag where "av og til" is about another complaint than the note names', () => {
    const visit = indexOf([['pasient', 'Jeg har vondt i ryggen. Av og til blir jeg svimmel.']]);
    expect(shownFlags('Ryggsmerter hele tiden.', visit, 'anamnese')).toEqual([]);
  });
});
