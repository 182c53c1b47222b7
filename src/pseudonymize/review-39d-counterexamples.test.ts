import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { asRawText, type Speaker } from '../core/index.js';
import { createVault, pseudonymizeTranscript } from './index.js';

/**
 * Counterexamples from the review of s39d (r39d): the address frames ("Hvor bor du?" answers,
 * "adressen er X", "X, nummer N", "Og nummer?", "X her.") and the ordinary-word consultation
 * streets. Every test first written as `it.fails` passed on c50e166e (before s39d) and failed on
 * main since dc8cb54a:
 * the expectation is what the user would want. fix39d narrowed the rules so they pass again; the
 * guard blocks hold what s39d wrote the rules for, and "debatable" records the fail-closed choice.
 */

/** What the model receives for these turns, one entry per turn. */
function sentTurns(turns: readonly (readonly [Speaker, string])[]): string[] {
  const vault = createVault({ random: (bytes) => randomBytes(bytes) });
  const { transcript } = pseudonymizeTranscript(
    { segments: turns.map(([speaker, text]) => ({ speaker, text: asRawText(text) })) },
    { vault },
  );
  return transcript.segments.map((segment) => segment.text);
}

function sentToModel(turns: readonly (readonly [Speaker, string])[]): string {
  return sentTurns(turns).join('\n');
}

describe('r39d: a person named in the answer to «Hvor bor du?» stays a person', () => {
  // c50e166e: "Hos Duong. | Mari Duong er datteren." – one surname for both mentions.
  // main: "Hos Fjellbakken 58. | Baiba Castillo er datteren." – the model no longer sees that the
  // patient lives with the daughter.
  it('gives the surname in «Hos Olsen.» the same surrogate as in the full name', () => {
    const [, answer, later] = sentTurns([
      ['lege', 'Hvor bor du nå?'],
      ['pasient', 'Hos Olsen.'],
      ['pasient', 'Kari Olsen er datteren.'],
    ]);
    const surname = /^\S+ (\S+) er datteren\.$/u.exec(later ?? '')?.[1];
    expect(surname).toBeDefined();
    expect(answer).toBe(`Hos ${surname ?? ''}.`);
  });

  // main: "Hos Bjørkeveien 70. | Bjørkeveien 70 ringte i går." – a street that phones.
  it('keeps a person surrogate for a surname the patient lives with and who phones', () => {
    const sent = sentTurns([
      ['lege', 'Hvor bor du nå?'],
      ['pasient', 'Hos Dahl.'],
      ['pasient', 'Dahl ringte i går.'],
    ]);
    expect(sent[1]).toMatch(/^Hos \p{Lu}\p{L}+\.$/u);
    expect(sent[2]).not.toMatch(/\d/u);
    expect(sent.join('\n')).not.toMatch(/Dahl/u);
  });

  // main: "Stasjonsstien 1." – the preposition goes into the surrogate street, "Moe" becomes a
  // street while "Sølvi Moe" gets another surname.
  it('keeps «Hos» and a person surrogate in «Hos Moe.»', () => {
    const sent = sentTurns([
      ['lege', 'Hvor bor du nå?'],
      ['pasient', 'Hos Moe.'],
      ['pasient', 'Sølvi Moe er datteren.'],
    ]);
    expect(sent[1]).toMatch(/^Hos \p{Lu}\p{L}+\.$/u);
    expect(sent.join('\n')).not.toMatch(/Moe/u);
  });

  // main: "Og hvem er Nordlia 119?"
  it('keeps the doctor’s question about the person a person question', () => {
    const sent = sentTurns([
      ['lege', 'Hvor bor du?'],
      ['pasient', 'Hos Olsen.'],
      ['lege', 'Og hvem er Olsen?'],
    ]);
    expect(sent[2]).toMatch(/^Og hvem er \p{Lu}\p{L}+\?$/u);
  });
});

describe('r39d: care settings and clinical words in the answer to an address question', () => {
  it('keeps «Sykehjemmet» as the answer to «Hvor bor du nå?»', () => {
    const sent = sentToModel([
      ['lege', 'Hvor bor du nå?'],
      ['pasient', 'Det er Sykehjemmet.'],
    ]);
    expect(sent).toContain('Det er Sykehjemmet.');
  });

  it('keeps «Omsorgsboligen» and «Aldershjemmet» as answers to «Hvor bor du?»', () => {
    expect(
      sentToModel([
        ['lege', 'Hvor bor du?'],
        ['pasient', 'Det er Omsorgsboligen.'],
      ]),
    ).toContain('Det er Omsorgsboligen.');
    expect(
      sentToModel([
        ['lege', 'Hvor bor du?'],
        ['pasient', 'Det er Aldershjemmet.'],
      ]),
    ).toContain('Det er Aldershjemmet.');
  });

  it('keeps «Sykehuset» in «Jeg er på Sykehuset nå.» after «Hvor bor du?»', () => {
    const sent = sentToModel([
      ['lege', 'Hvor bor du?'],
      ['pasient', 'Jeg er på Sykehuset nå.'],
    ]);
    expect(sent).toContain('Jeg er på Sykehuset nå.');
  });

  it('keeps respite care given as the answer to «Hva er adressen?»', () => {
    const sent = sentToModel([
      ['lege', 'Hva er adressen?'],
      ['pasient', 'Det er Avlastningen, de tar posten.'],
    ]);
    expect(sent).toContain('Det er Avlastningen, de tar posten.');
  });

  // The first capitalised word after "er"/"i" in the first three sentences is taken, even when the
  // patient goes on to a complaint.
  it('keeps a body part said in the answer to «Hvor bor du?»', () => {
    expect(
      sentToModel([
        ['lege', 'Hvor bor du?'],
        ['pasient', 'Hjemme hos meg selv. Men jeg har vondt i Brystet.'],
      ]),
    ).toContain('vondt i Brystet.');
    expect(
      sentToModel([
        ['lege', 'Hvor bor du nå?'],
        ['pasient', 'Det er Kneet som er verst.'],
      ]),
    ).toContain('Det er Kneet som er verst.');
  });

  // The care setting became this consultation's street: a later call to it is an address too.
  it('keeps «Sykehjemmet» in a later turn after it answered «Hvor bor du?»', () => {
    const sent = sentTurns([
      ['lege', 'Hvor bor du?'],
      ['pasient', 'Det er Sykehjemmet.'],
      ['lege', 'Jeg ringer Sykehjemmet.'],
    ]);
    expect(sent[2]).toBe('Jeg ringer Sykehjemmet.');
  });

  it('keeps «Omsorgsboligen» after «Adressen min er»', () => {
    expect(sentToModel([['pasient', 'Adressen min er Omsorgsboligen.']])).toContain(
      'Adressen min er Omsorgsboligen.',
    );
  });

  it('keeps the guards s39d wrote for: «Hjemme.», «Det er Kneet.» after a pain question, «Adressen er Legevakten»', () => {
    expect(
      sentToModel([
        ['lege', 'Hvor bor du nå?'],
        ['pasient', 'Hjemme.'],
      ]),
    ).toContain('Hjemme.');
    expect(
      sentToModel([
        ['lege', 'Hvor har du vondt?'],
        ['pasient', 'Det er Kneet.'],
      ]),
    ).toContain('Det er Kneet.');
    expect(sentToModel([['pasient', 'Adressen er Legevakten.']])).toContain(
      'Adressen er Legevakten.',
    );
  });
});

describe('r39d: an ordinary noun set off before «, nummer N» is no address', () => {
  const fragments = [
    'Dose, nummer to.',
    'Kur, nummer tre. Det går bra.',
    'Svangerskap, nummer to.',
    'Barn, nummer tre.',
    'Prøve, nummer to, var positiv.',
    'Tablett, nummer to.',
    'Sprøyte, nummer tre.',
    'Operasjon, nummer to.',
    'Infarkt, nummer to.',
    'Rom, nummer tolv.',
    'Seng, nummer to.',
    'Pakke, nummer tre.',
  ];
  for (const fragment of fragments) {
    it(`keeps «${fragment}»`, () => {
      expect(sentToModel([['pasient', fragment]])).toBe(fragment);
    });
  }

  it('keeps «Rom, nummer tolv» after «ligger på»', () => {
    expect(sentToModel([['pasient', 'Han ligger på Rom, nummer tolv.']])).toContain(
      'Rom, nummer tolv.',
    );
  });

  // "Dose" became this consultation's street: every later capitalised "Dose" with a number goes.
  it('keeps later dose numbers once «Dose, nummer to.» was said', () => {
    const sent = sentTurns([
      ['pasient', 'Dose, nummer to.'],
      ['pasient', 'Dose 3 ble gitt i fjor.'],
      ['pasient', 'Hun fikk Dose tre i fjor.'],
    ]);
    expect(sent[1]).toBe('Dose 3 ble gitt i fjor.');
    expect(sent[2]).toBe('Hun fikk Dose tre i fjor.');
  });

  it('keeps the guards s39d wrote for: «Dose nummer to.», «Prednisolon, nummer to.»', () => {
    expect(sentToModel([['pasient', 'Dose nummer to.']])).toBe('Dose nummer to.');
    expect(sentToModel([['pasient', 'Prednisolon, nummer to.']])).toBe('Prednisolon, nummer to.');
  });
});

describe('r39d: «Og nummer?» after a clinical question asks for no house number', () => {
  it('keeps the dose number after «Hvilken vaksine fikk du? Og nummer?»', () => {
    const sent = sentTurns([
      ['lege', 'Hvilken vaksine fikk du? Og nummer?'],
      ['pasient', 'Tre.'],
    ]);
    expect(sent[1]).toBe('Tre.');
  });

  it('keeps the dose number after «Hvilken dose er det? Og nummer?»', () => {
    const sent = sentTurns([
      ['lege', 'Hvilken dose er det? Og nummer?'],
      ['pasient', 'To.'],
    ]);
    expect(sent[1]).toBe('To.');
  });

  it('keeps the birth order after «Hvor mange barn har du født? Og nummer?»', () => {
    const sent = sentTurns([
      ['lege', 'Hvor mange barn har du født? Og nummer?'],
      ['pasient', 'Tre.'],
    ]);
    expect(sent[1]).toBe('Tre.');
  });
});

describe('r39d: «X her.» as a telephone introduction', () => {
  // A compound body part no dictionary lists, said while pointing, becomes a person.
  it('keeps a body part in «Venstrekne her.» and «Venstreskulder her.»', () => {
    expect(sentToModel([['pasient', 'Venstrekne her.']])).toBe('Venstrekne her.');
    expect(sentToModel([['pasient', 'Venstreskulder her.']])).toBe('Venstreskulder her.');
  });

  it('keeps the guards s39d wrote for: «Ibux her.», «Pasienten her.», «Mor, datteren, hun ringte.»', () => {
    expect(sentToModel([['pasient', 'Ibux her.']])).toBe('Ibux her.');
    expect(sentToModel([['pasient', 'Pasienten her.']])).toBe('Pasienten her.');
    expect(sentToModel([['pasient', 'Mor, datteren, hun ringte.']])).toBe(
      'Mor, datteren, hun ringte.',
    );
  });
});

describe("r39d: debatable – a diagnosis word that is also this consultation's street", () => {
  // Decided fail-closed (privacy first): the street here really is called "Rosen" and was given as
  // the address with its house number, so every later "Rosen" said as a name may be that street.
  // Hiding the erysipelas answer costs the model one diagnosis word; showing it could leak the
  // patient's street. c50e166e kept the answer, but also missed the street itself.
  it('hides «Rosen» in a later answer once «Adressen er Rosen, nummer fire.» was said', () => {
    const sent = sentTurns([
      ['pasient', 'Adressen er Rosen, nummer fire.'],
      ['lege', 'Har du hatt rosen før?'],
      ['pasient', 'Rosen, ja. I leggen.'],
    ]);
    expect(sent[0]).not.toMatch(/Rosen/u);
    expect(sent[2]).not.toMatch(/Rosen/u);
    expect(sent[2]).toMatch(/, ja\. I leggen\.$/u);
  });
});
