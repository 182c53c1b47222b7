import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { asRawText, type Speaker } from '../../core/index.js';
import { createVault, pseudonymizeTranscript } from '../index.js';
import { asksForAddress } from './address-frame-names.js';

/** What the model receives for these turns, one line per turn. */
function sentToModel(turns: readonly (readonly [Speaker, string])[]): string {
  const vault = createVault({ random: (bytes) => randomBytes(bytes) });
  const { transcript } = pseudonymizeTranscript(
    { segments: turns.map(([speaker, text]) => ({ speaker, text: asRawText(text) })) },
    { vault },
  );
  return transcript.segments.map((segment) => segment.text).join('\n');
}

describe('address frames: a street, farm or house name by the way it is said', () => {
  it('hides a name no list knows before «, nummer» and a house number', () => {
    const sent = sentToModel([
      ['pasient', 'Brevet kan gå til Trollspira, nummer tolv, der bor jeg nå.'],
    ]);
    expect(sent).not.toMatch(/Trollspira/u);
    expect(sent).toContain('der bor jeg nå.');
  });

  it('hides an ordinary word set off as a fragment before its house number', () => {
    // Only after an address question or cue: "Dose, nummer to." counts doses (review r39d).
    const sent = sentToModel([
      ['lege', 'Hvor bor du nå?'],
      ['pasient', 'Lerka, nummer fire. Ved skolen.'],
    ]);
    expect(sent).not.toMatch(/Lerka/u);
  });

  it('hides a dictionary word given alone as the answer and said again as a name', () => {
    const sent = sentToModel([
      ['lege', 'Kva heiter plassen her?'],
      ['pasient', 'Solglimt. Småbruket under Nordre Trøo. Det er Solglimt på postkassa.'],
    ]);
    expect(sent).not.toMatch(/Solglimt/u);
  });

  it('hides the name after «postadressa mi e»', () => {
    const sent = sentToModel([['pasient', 'Postadressa mi e Myrull, det er eit gammalt hus.']]);
    expect(sent).not.toMatch(/Myrull/u);
    expect(sent).toContain('det er eit gammalt hus.');
  });

  it('hides an ordinary word given as the answer to «Hvor bor dere nå?» and read back', () => {
    const sent = sentToModel([
      ['lege', 'Hvor bor dere nå?'],
      ['pasient', 'Vi har flyttet. Det er Ankeret.'],
      ['lege', 'Ankeret, ja. Greit.'],
    ]);
    expect(sent).not.toMatch(/Ankeret/u);
  });

  it('hides an ordinary-word street read back with its house number in words', () => {
    const sent = sentToModel([
      ['pasient', 'Den nye adressen, den er Gaupe, nummer elleve.'],
      ['lege', 'Gaupe elleve. Og postnummer?'],
    ]);
    expect(sent).not.toMatch(/Gaupe/u);
  });

  it('hides a house name said as a whole answer', () => {
    const sent = sentToModel([
      ['lege', 'Og hvor bor dere?'],
      ['pasient', 'Fjellglimt. Det er langt oppi lia.'],
    ]);
    expect(sent).not.toMatch(/Fjellglimt/u);
    expect(sent).toContain('Det er langt oppi lia.');
  });

  it('hides a postal code said alone after «Og postnummeret?»', () => {
    const sent = sentToModel([
      ['lege', 'Og postnummeret?'],
      ['pasient', '7033. Det er i byen.'],
    ]);
    expect(sent).not.toMatch(/7033/u);
  });
});

describe('address frames: what must stay', () => {
  it('keeps an ordinary noun counted at a sentence start or as a ward', () => {
    expect(sentToModel([['pasient', 'Rom nummer tolv. Der ligger hun.']])).toContain(
      'Rom nummer tolv.',
    );
    expect(sentToModel([['pasient', 'Hun ligger på Post nummer 3 nå.']])).toContain(
      'på Post nummer 3',
    );
  });

  it('keeps a drug and an eponym before «nummer»', () => {
    expect(
      sentToModel([['pasient', 'Han fikk Paracet, nummer to i rekken av tabletter.']]),
    ).toContain('Paracet, nummer to');
    expect(sentToModel([['lege', 'Dette er Apgar nummer to, ved fem minutter.']])).toContain(
      'Apgar nummer to',
    );
  });

  it('keeps the drugs in an answer to «Hvor bor du nå?»', () => {
    const sent = sentToModel([
      ['lege', 'Hvor bor du nå?'],
      ['pasient', 'Hjemme. Jeg har tatt Ibux og Paracet.'],
    ]);
    expect(sent).toContain('Jeg har tatt Ibux og Paracet.');
  });

  it('keeps the ordinary word that is the street where it opens a clause', () => {
    const sent = sentToModel([
      ['pasient', 'Adressen er Gaupe, nummer elleve.'],
      ['pasient', 'Gaupe er et rovdyr, sa sønnen.'],
    ]);
    expect(sent).not.toMatch(/Adressen er Gaupe/u);
    expect(sent).toContain('Gaupe er et rovdyr');
  });

  it('reads only the last question of a turn', () => {
    expect(asksForAddress('Hvor bor du nå?')).toBe('address');
    expect(asksForAddress('Og postnummer?')).toBe('postalCode');
    expect(asksForAddress('Hvor bor du? Og hvor vondt er det?')).toBeUndefined();
    expect(asksForAddress('Du bor i Bergen.')).toBeUndefined();
  });
});

describe('name frames: who speaks and who is set off before a relation', () => {
  it('hides a name that introduces the speaker on the telephone', () => {
    const sent = sentToModel([['lege', 'Hei, Kari. Reinsnos her. Hvordan går det?']]);
    expect(sent).not.toMatch(/Reinsnos/u);
  });

  it('keeps a service that introduces itself on the telephone', () => {
    expect(sentToModel([['lege', 'Legevakten her. Hva gjelder det?']])).toContain(
      'Legevakten her.',
    );
  });

  it('hides a name set off before a relation noun', () => {
    const sent = sentToModel([
      ['pårørende', 'Og så er det Ingrune, barnebarnet, hun ringte i går.'],
    ]);
    expect(sent).not.toMatch(/Ingrune/u);
  });

  it('keeps an eponym before a relation noun and a place before a new clause', () => {
    expect(sentToModel([['pasient', 'Det er Crohn, bestemora hadde det også.']])).toContain(
      'Det er Crohn, bestemora',
    );
  });
});
