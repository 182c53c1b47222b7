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
