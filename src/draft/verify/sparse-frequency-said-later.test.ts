import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('every other day, said as a correction after a daily measurement', () => {
  const visit = indexOf([
    ['lege', 'Har du målt blodsukkeret hjemme?'],
    ['pasient', 'Ja, jeg har målt det hver dag i tre uker, det ligger rundt ni.'],
    ['pårørende', 'Nei, det var ikke hver dag, du hoppet over mange dager.'],
    ['pasient', 'Nei, det er sant, det ble vel annenhver dag.'],
  ]);

  it('accepts "annenhver dag"', () => {
    expect(shownFlags('Har målt blodsukker ca. annenhver dag i tre uker.', visit)).toEqual([]);
  });

  it('still flags every other week, never said', () => {
    expect(shownFlags('Har målt blodsukker ca. annenhver uke i tre uker.', visit)).toContain(
      'error:number-conflict',
    );
  });
});

describe('every other day, the reply to "Tar du Levaxin kvar dag?"', () => {
  const visit = indexOf([
    ['lege', 'Tar du Levaxin kvar dag?'],
    ['pasient', 'Nja, eg gløymer han nok annakvar dag.'],
    ['lege', 'Ta Levaxin ein gong dagleg om morgonen.'],
  ]);

  it('accepts that the patient forgets it every other day', () => {
    expect(shownFlags('Glemmer Levaxin ca. annenhver dag.', visit)).toEqual([]);
  });

  it('still flags every other day as the dosing where another drug was said so', () => {
    const other = indexOf([
      ['lege', 'Tar du Levaxin kvar dag?'],
      ['pasient', 'Ja, kvar morgon.'],
      ['pasient', 'Og Paracet tek eg annakvar dag.'],
      ['lege', 'Ta Levaxin ein gong dagleg om morgonen.'],
    ]);
    expect(shownFlags('Levaxin annenhver uke.', other)).toContain('error:number-conflict');
  });
});

describe('every other day, said by the patient before the advice that names the drug', () => {
  const visit = indexOf([
    ['lege', 'Kva brukar du mot smertene?'],
    ['pasient', 'Paracet, to tablettar når det er verst, kanskje annankvar dag.'],
    ['lege', 'Kor lenge har du hatt vondt i ryggen?'],
    ['pasient', 'Sidan i haust, snart tre månader.'],
    ['lege', 'Eg kjenner ingen utfall i beina.'],
    [
      'lege',
      'Du kan ta Paracet ein gram inntil fire gonger dagleg ved behov, men ikkje kvar dag i meir enn ei veke eller to.',
    ],
  ]);

  it('accepts "ved behov, ca. annenhver dag"', () => {
    expect(shownFlags('Bruker Paracet ved behov, ca. annenhver dag.', visit)).toEqual([]);
  });

  it('still flags every other week', () => {
    expect(shownFlags('Bruker Paracet ved behov, ca. annenhver uke.', visit)).toContain(
      'error:number-conflict',
    );
  });
});

describe('once a month, said "ein gang i månen"', () => {
  const visit = indexOf([
    ['lege', 'Kor ofte får du migreneanfall?'],
    ['pasient', 'No kjæm det ein to ganger i veka, før var det ein gang i månen.'],
  ]);

  it('reads it as monthly', () => {
    expect(
      shownFlags('Migreneanfall en til to ganger i uken, tidligere en gang i måneden.', visit),
    ).toEqual([]);
  });

  it('still flags every other week, never said', () => {
    expect(
      shownFlags('Migreneanfall en til to ganger i uken, tidligere annenhver uke.', visit),
    ).toContain('error:number-conflict');
  });
});
