import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a denial after the verb in trøndersk and nordnorsk ("æ røyke itj")', () => {
  const visit = indexOf([
    ['lege', 'Røyker du?'],
    ['pasient', 'Æ røyke itj. Æ hoste itj heller.'],
  ]);

  it('bears out a note that denies it', () => {
    expect(shownFlags('Røyker ikke.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Hoster ikke.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that states it', () => {
    expect(shownFlags('Røyker.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('denies what follows "klarte", not "klarte" itself', () => {
    const knee = indexOf([['pasient', 'Æ klarte itj å gå videre etter skaden.']]);
    expect(shownFlags('Kunne gå videre.', knee, 'anamnese')).toContain('error:negation-conflict');
  });
});

describe('the clinical shorthand "neger" (denies)', () => {
  it('denies the finding that follows it', () => {
    const visit = indexOf([['pasient', 'Jeg har hostet i to uker, mest om natta.']]);
    expect(shownFlags('Neger hoste.', visit, 'anamnese')).toContain('error:negation-conflict');
  });
});

describe('a part of the body said to be fine ("pusten går greit", "nakken er fin")', () => {
  const visit = indexOf([
    ['lege', 'Brystsmerter, eller blir du tung i pusten?'],
    ['pasient', 'Pusten går greit, og itte vondt i brystet heller.'],
    ['lege', 'Hovudverk elles, eller stiv nakke?'],
    ['pasient', 'Nakken er fin. Litt trykk i panna.'],
    ['lege', 'Korleis er avføringa?'],
    ['pasient', 'Avføringa er normal.'],
  ]);

  it('contradicts a note that states the finding of that part', () => {
    expect(shownFlags('Dyspné, ingen brystsmerter.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Nakkestivhet og lett trykk i pannen.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('bears out a note that denies it, or says the part is normal', () => {
    expect(shownFlags('Ingen dyspné eller brystsmerter.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Normal avføring.', visit, 'anamnese')).toEqual([]);
  });

  it("reads the rest of a reply as the answer to the question's other part", () => {
    const chest = indexOf([
      ['lege', 'Er du tung i pusten eller kvalm?'],
      ['pasient', 'Litt kvalm, og svett. Men pusten går greit.'],
    ]);
    expect(shownFlags('Kvalm, svett og dyspné.', chest, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Kvalm og svett, ingen dyspné.', chest, 'anamnese')).toEqual([]);
  });

  it('denies nothing when the clause goes on, or when a clinician examines', () => {
    const effort = indexOf([
      ['pasient', 'Pusten går greit i ro, men eg blir tung i pusten i motbakkar.'],
      ['lege', 'Hjartet er fint å høyre på.'],
      ['pasient', 'Eg kjenner hjartebank om kvelden.'],
    ]);
    expect(shownFlags('Dyspné i motbakker.', effort, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Hjertebank om kvelden.', effort, 'anamnese')).toEqual([]);
  });
});

describe('a topic answered "næ" after a "men" ("litt blod, men utflod, næ")', () => {
  const visit = indexOf([
    ['lege', 'Er det blod i urinen, og har du noe utflod?'],
    ['pasient', 'Æ har sett litt blod, men utflod, næ.'],
  ]);

  it('contradicts a note that states the topic, and bears out one that denies it', () => {
    expect(shownFlags('Noe utflod.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Ingen utflod.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a reply that begins like a yes but denies ("Det har eg aldri hatt", "Slapp for det")', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt astma?'],
    ['pasient', 'Det har eg aldri hatt.'],
    ['lege', 'Allergi?'],
    ['pasient', 'Slapp for det.'],
  ]);

  it('contradicts a note that states what was asked', () => {
    expect(shownFlags('Astma.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Allergi.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('bears out a note that denies it', () => {
    expect(shownFlags('Ingen astma eller allergi.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a qualified denial against a question with that qualifier answered yes', () => {
  const visit = indexOf([
    ['lege', 'Klør han om natta?'],
    ['pårørende', 'Ja, han vaknar og klør seg til blods.'],
  ]);

  it('contradicts "Ingen nattlig kløe" and bears out "Nattlig kløe"', () => {
    expect(shownFlags('Ingen nattlig kløe.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Nattlig kløe med oppvåkning.', visit, 'anamnese')).toEqual([]);
  });
});

describe('dialect negators in Jæren, Hallingdal, Nordmøre and Salten ("kje", "kji", "ække", "ha\'kje")', () => {
  const visit = indexOf([
    ['lege', 'Har du migrene?'],
    ['pasient', 'Nei, eg har kje migrene.'],
    ['lege', 'Har du kasta opp?'],
    ['pasient', 'Nei, kji kasta opp, men eg vart kvalm.'],
    ['lege', 'Blir du tungpusten?'],
    ['pasient', 'Æ ække tungpusten.'],
    ['lege', 'Røyker du?'],
    ['pasient', "Æ snuse, men røyke ha'kje æ gjort."],
  ]);

  it('bears out a note that denies what was denied', () => {
    expect(shownFlags('Ingen migrene.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Kvalm, ikke oppkast.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ikke dyspné.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Har aldri røykt.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that states what was denied', () => {
    expect(shownFlags('Migrene.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Har kastet opp.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Dyspné.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Røyker.', visit, 'anamnese')).toContain('error:negation-conflict');
  });
});

describe('the solørsk and østfoldsk negator "inte"', () => {
  const visit = indexOf([
    ['lege', 'Røyker du?'],
    ['pasient', 'Je røyker inte. Inte kvalm heller.'],
  ]);

  it('bears out a note that denies it', () => {
    expect(shownFlags('Røyker ikke.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen kvalme.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that states it', () => {
    expect(shownFlags('Røyker.', visit, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Kvalm.', visit, 'anamnese')).toContain('error:negation-conflict');
  });
});
