import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Dev cases v506–v508 (and v154, v164, v178, v276, v419): a note's "tidligere", "første" or
// "før" read against the patient's answer to "Har du hatt dette før?".
describe('a denial of earlier episodes where the patient said it happened before', () => {
  it('flags "Ingen tidligere episoder" and "Første episode" after "Ja, to ganger før"', () => {
    const visit = indexOf([
      ['pasient', 'Det snurrer når eg legger meg ned.'],
      ['lege', 'Har du hatt dette før?'],
      ['pasient', 'Ja, to ganger før, sist for tre år siden.'],
    ]);
    expect(shownFlags('Ingen tidligere episoder.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Første episode.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('To tidligere episoder, sist for tre år siden.', visit, 'anamnese')).toEqual(
      [],
    );
  });

  it('flags it where a "nei" was taken back with a time ("Nei. Eller jo, vent, i fjor")', () => {
    const visit = indexOf([
      ['pasient', 'Æ tråkka over på venstre ankel i går kveld.'],
      ['lege', 'Har du skadet den ankelen før?'],
      ['pasient', 'Nei. Eller jo, vent, i fjor, samme fot, men det gikk over på ei uke.'],
    ]);
    expect(shownFlags('Ingen tidligere ankelskader.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts it where the yes was about somebody else ("Det var kona mi")', () => {
    const visit = indexOf([
      ['pasient', 'Eg fekk sånn trykk i brystet då eg bar ved.'],
      ['lege', 'Har du hatt sånne smerter før?'],
      ['pasient', 'Nei, vent. Det var kona mi som hadde det i fjor. Eg har aldri hatt det.'],
    ]);
    expect(shownFlags('Ingen tidligere lignende episoder.', visit, 'anamnese')).toEqual([]);
  });

  it('reads only the clause of the denial ("Har hatt vannkopper, aldri hatt helvetesild tidligere")', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt vannkoppar som barn?'],
      ['pasient', 'Ja, det har eg vel. Men eg har aldri hatt helvetesild før.'],
    ]);
    expect(
      shownFlags('Har hatt vannkopper, aldri hatt helvetesild tidligere.', visit, 'anamnese'),
    ).toEqual([]);
  });
});

describe('a denial of earlier episodes where the patient said it never happened', () => {
  const visit = indexOf([
    ['pasient', 'Eg har vore nedfor i to månader.'],
    ['lege', 'Har du hatt det slik før?'],
    ['pasient', 'Nei, aldri. Dette er første gongen.'],
    ['lege', 'Har du hatt problem med kneet før?'],
    ['pasient', 'Nei, men eg opererte blindtarmen då eg var tjue.'],
  ]);

  it('accepts the denial and a history the questions did not ask about', () => {
    expect(shownFlags('Første episode.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen tidligere kneplager.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Tidligere operert for blindtarmen.', visit, 'anamnese')).toEqual([]);
  });
});

// Review finding (session 32): a plain count («tre ganger», «to ganger i dag») is no earlier episode.
describe('a count of doses or of today’s events in the reply to a before-question', () => {
  it('accepts «Ingen tidligere episoder» after «jeg har tatt Paracet tre ganger»', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt slike smerter før?'],
      ['pasient', 'Det har vart i to uker, og jeg har tatt Paracet tre ganger.'],
    ]);
    expect(shownFlags('Ingen tidligere episoder.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Første episode.', visit, 'anamnese')).toEqual([]);
  });

  it('accepts «Første episode» after «jeg har kastet opp to ganger i dag»', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt slike smerter før?'],
      ['pasient', 'Hm, jeg har kastet opp to ganger i dag.'],
    ]);
    expect(shownFlags('Ingen tidligere episoder.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Første episode.', visit, 'anamnese')).toEqual([]);
  });

  it('still flags it where the count is dated before now («to ganger før»)', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt slike smerter før?'],
      ['pasient', 'Hm, to ganger før, sist i vår.'],
    ]);
    expect(shownFlags('Ingen tidligere episoder.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
