import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('clinical terms for what was said in dialect', () => {
  const visit = indexOf([
    ['pasient', 'Eg vil gjerne gå ned i vekt. Eg he lagt på meg tolv kilo sidan eg byrja.'],
    ['pasient', 'Æ trur æ braut nasen. Æ vart berre litt ør ei stund etterpå.'],
    ['lege', 'Det knirkar når eg kjenner på nasebeinet.'],
  ]);

  it('reads the lay words as the clinical term', () => {
    expect(shownFlags('Ønsker vektreduksjon.', visit, 'kontaktarsak')).toEqual([]);
    expect(shownFlags('Vektøkning på 12 kg.', visit)).toEqual([]);
    expect(shownFlags('Forbigående svimmelhet etter traumet.', visit)).toEqual([]);
    expect(shownFlags('Krepitasjon ved palpasjon av nesebenet.', visit, 'funn')).toEqual([]);
  });

  it('still flags a term nobody said', () => {
    expect(shownFlags('Hemoptyse etter traumet.', visit)).toContain('warning:unsupported');
  });
});

describe('a history denied where it was asked about, though today it happened', () => {
  const visit = indexOf([
    ['pasient', 'Æ trur æ braut nasen på trening i går.'],
    ['lege', 'Har du brukket nasen før?'],
    ['pasient', 'Nei, aldri.'],
  ]);

  it('flags a note that makes it a history', () => {
    expect(shownFlags('Tidligere nesebrudd.', visit)).toContain('error:negation-conflict');
  });

  it("accepts today's injury and the denied history", () => {
    expect(shownFlags('Nesebrudd på trening i går.', visit, 'kontaktarsak')).toEqual([]);
    expect(shownFlags('Ikke tidligere nesebrudd.', visit)).toEqual([]);
  });
});

describe('a span of time up to now is not a time ahead', () => {
  const visit = indexOf([
    ['pasient', 'Eg har lagt på meg tolv kilo sidan eg byrja for tre år sidan.'],
    ['lege', 'Kom att om tre månader med ny blodprøve.'],
  ]);

  it('flags "siste tre måneder" when only "om tre månader" was said', () => {
    expect(shownFlags('Vektøkning på 12 kg siste tre måneder.', visit)).not.toEqual([]);
    expect(shownFlags('Vektøkning på 12 kg siste tre år.', visit)).toEqual([]);
  });
});

describe('dialect speech the checks read as said', () => {
  const visit = indexOf([
    ['lege', 'Kva veg du no?'],
    ['pasient', 'Hundre og sytten kilo i morges.'],
    ['lege', 'Det er blåmerke under begge auga. Det er litt størkna blod på venstre side.'],
    ['lege', 'Har du hovudpine, høyrer du dårlegare, eller susar det i øyra?'],
    ['pasient', 'Nei, ikkje hovudpine. Hørsla er som før, og det susar ikkje.'],
    [
      'pårørende',
      'Det er eg som har sus i øyra, eg. Eg har hatt tinnitus i mange år etter fabrikken.',
    ],
  ]);

  it('accepts the weight, both eyes and a denied tinnitus', () => {
    expect(shownFlags('Vekt 117 kg.', visit)).toEqual([]);
    expect(shownFlags('Bilaterale periorbitale hematomer.', visit, 'funn')).toEqual([]);
    expect(shownFlags('Ingen tinnitus.', visit)).toEqual([]);
  });

  it('still flags a wrong weight and the husband’s tinnitus as hers', () => {
    expect(shownFlags('Vekt 171 kg.', visit)).not.toEqual([]);
    expect(shownFlags('Tinnitus i mange år.', visit)).not.toEqual([]);
  });
});

describe('a denial of childhood illness and a denial that waits for something', () => {
  const visit = indexOf([
    ['pasient', 'Det piper i bringa når eg går langrenn i kulda. Eg vart så svimmel i går.'],
    ['lege', 'Har du hatt astma som liten?'],
    ['pasient', 'Nei, aldri.'],
    ['lege', 'Det høyrest ut som astma. Du skal ikkje køyre bil før svimmelheita har gått over.'],
  ]);

  it("does not read them as denying today's finding", () => {
    expect(shownFlags('Mistenkt anstrengelsesutløst astma.', visit, 'vurdering')).toEqual([]);
    expect(shownFlags('Ikke bilkjøring før svimmelheten har gitt seg.', visit, 'tiltak')).toEqual(
      [],
    );
  });

  it('still flags a childhood asthma the patient denied', () => {
    expect(shownFlags('Astma siden barndommen.', visit)).toContain('error:negation-conflict');
  });
});

describe('a word said in nynorsk spelling', () => {
  const visit = indexOf([
    ['pasient', 'Eg har hjartesvikt, og eg brukar vassdrivande.'],
    ['lege', 'Har du vondt i bakhovudet?'],
    ['pasient', 'Ja, litt.'],
    ['lege', 'Augebotnen ser normal ut.'],
  ]);

  it('supports the bokmål term in the note', () => {
    expect(shownFlags('Kjent hjertesvikt.', visit)).toEqual([]);
    expect(shownFlags('Normal fundoskopi.', visit, 'funn')).toEqual([]);
  });

  it('still flags an illness nobody named', () => {
    expect(shownFlags('Kjent atrieflimmer.', visit)).toContain('warning:unsupported');
  });
});

describe('numbers and times said in nynorsk and western speech', () => {
  const visit = indexOf([
    ['lege', 'Blodtrykket er hundre og tjugesju over sjuttifem.'],
    ['lege', 'Du tek Ventoline, to drag ein kvart før trening.'],
  ]);

  it('reads "tjuge", "sjutti" and "ein kvart før"', () => {
    expect(shownFlags('BT 127/75.', visit, 'funn')).toEqual([]);
    expect(
      shownFlags('Ventoline 2 inhalasjoner 15 minutter før trening.', visit, 'tiltak'),
    ).toEqual([]);
    expect(shownFlags('BT 127/85.', visit, 'funn')).not.toEqual([]);
  });
});

describe("the patient's symptom and the clinician's examination today", () => {
  const visit = indexOf([
    ['pasient', 'Det piper i bringa når eg køyrer hardt i kulda.'],
    ['lege', 'Eg lyttar på lungene: det er normale lyder på begge sider, ingen pipelydar.'],
    ['lege', 'Du står støtt med samla føter.'],
  ]);

  it('keeps the told symptom in the history and the normal finding in the examination', () => {
    expect(shownFlags('Piping ved hard trening i kulde.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Pulm: ingen pipelyder.', visit, 'funn')).toEqual([]);
    expect(shownFlags('Normal Romberg.', visit, 'funn')).toEqual([]);
  });

  it('still flags wheezing written as an examination finding', () => {
    expect(shownFlags('Pulm: pipelyder bilateralt.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });
});
