import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"ei venninne av meg": the speaker names whose friend it is', () => {
  const visit = indexOf([
    ['lege', 'Noen rundt deg med psykiske plager?'],
    ['pasient', 'Ei venninne av meg har panikkangst, hun bruker Sertralin.'],
    ['lege', 'Bruker du noen medisiner?'],
    ['pasient', 'Nei, ingen.'],
  ]);

  it("keeps the friend's drug from being written as the patient's", () => {
    expect(shownFlags('Bruker Sertralin.', visit, 'anamnese')).toContain('error:person-conflict');
  });

  it("accepts the friend's drug written as hers", () => {
    expect(shownFlags('Venninne har panikkangst og bruker Sertralin.', visit, 'anamnese')).toEqual(
      [],
    );
  });
});

describe('"Naboen selv": "selv" right after the relative is the relative\'s own', () => {
  const visit = indexOf([
    ['pasient', 'Naboens hund bet meg i hånden for en time siden.'],
    ['pasient', 'Naboen selv ble bitt av den samme hunden i fjor, han fikk stivkrampevaksine.'],
  ]);

  it("does not give the patient the neighbour's bite last year", () => {
    expect(shownFlags('Ble bitt av samme hund i fjor.', visit, 'anamnese')).not.toEqual([]);
    expect(shownFlags('Nabo ble bitt av samme hund i fjor.', visit, 'anamnese')).toEqual([]);
  });
});

describe('"kameraten min", "svigerdatteren": friends and in-laws are other people', () => {
  const visit = indexOf([
    ['lege', 'Noen andre du kjenner med sånt?'],
    ['pasient', 'Han kameraten min på båten, han har frossen skulder.'],
    ['lege', 'Dette er en impingement i skulderen.'],
  ]);

  it("does not give the patient the friend's frozen shoulder", () => {
    expect(shownFlags('Kjent frossen skulder.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it("accepts it written as the friend's or a colleague's", () => {
    expect(shownFlags('Kamerat har frossen skulder.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Kollega har frossen skulder.', visit, 'anamnese')).toEqual([]);
  });
});
