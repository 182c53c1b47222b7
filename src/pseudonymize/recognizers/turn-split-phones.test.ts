import { describe, expect, it } from 'vitest';

import { asRawText, type Transcript } from '../../core/index.js';
import { detectIdentifiers } from '../detect-identifiers.js';
import { pseudonymizeTranscript } from '../pseudonymize.js';
import { createVault } from '../vault.js';
import { findTurnSplitPhones } from './turn-split-phones.js';

function phones(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PHONE')
    .map((entity) => entity.text);
}

function sent(turns: readonly string[]): string {
  const transcript: Transcript = {
    segments: turns.map((text, index) => ({
      speaker: index % 2 === 0 ? 'lege' : 'pasient',
      text: asRawText(text),
    })),
  };
  const vault = createVault({ random: (bytes) => Buffer.alloc(bytes, 7) });
  return pseudonymizeTranscript(transcript, { vault })
    .transcript.segments.map((segment) => segment.text)
    .join('\n');
}

describe('findTurnSplitPhones', () => {
  it('joins a number started after a phone question, read back, and finished in a later turn', () => {
    const found = findTurnSplitPhones([
      'Hvilket nummer kan jeg ringe deg på?',
      'Det er førti-fem, tolv',
      'førti-fem, tolv, ja',
      'åtti-ni, null-tre.',
    ]);
    expect(found.map((number) => number.digits)).toEqual(['45128903']);
    expect(found[0]?.parts.map((part) => part.turn)).toEqual([1, 2, 3]);
  });

  it('runs a number with a said country code on to its last part', () => {
    const found = findTurnSplitPhones([
      'Jeg vil ha et nummer til noen der.',
      'Pappa. Pluss femtiseks, ni',
      'Pluss femtiseks, ni',
      'åtte fire to tre',
      'fem fem sju en.',
    ]);
    expect(found.map((number) => number.digits)).toEqual(['56984235571']);
  });

  it('finds no number without a phone cue, or when the parts make no eight digits', () => {
    // Counter-examples: readings and counts over turns, and a cue with too few digits.
    expect(
      findTurnSplitPhones(['Hva var blodtrykket?', 'hundre og førti, nitti', 'ja', 'åtti, sytti.']),
    ).toEqual([]);
    expect(findTurnSplitPhones(['Kan du ringe meg mellom tolv og to?', 'Ja, halv ett.'])).toEqual(
      [],
    );
    expect(
      findTurnSplitPhones(['Hvilket nummer har rommet?', 'fire, tolv', 'ja', 'seng to.']),
    ).toEqual([]);
  });
});

describe('phone numbers told over lines and turns', () => {
  it('finds every part of a number split over the lines of a pasted transcript', () => {
    expect(
      phones(
        'lege: kva nummer kan vi nå deg på?\npasient: ni ni, femten\nlege: ja\npasient: sytti, tjuetre',
      ),
    ).toEqual(['ni ni, femten', 'sytti, tjuetre']);
  });

  it('sends no part of a number told over turns to the model', () => {
    const text = sent([
      'ka nummer har du',
      'det e nitti seks tjueen',
      'ja',
      'null fire åtti sju',
      'takk, kom inn til rom fire-tolv',
    ]);
    expect(text).not.toMatch(/nitti seks tjueen|null fire åtti sju/u);
    // What must not change: the room number is no phone number.
    expect(text).toContain('rom fire-tolv');
  });

  it('finds the last four digits asked for, and a number with "vent litt" inside', () => {
    expect(phones('pasient: jeg husker bare de fire siste: tretti, åttifem.')).toEqual([
      'tretti, åttifem',
    ]);
    expect(phones('pasient: det er førtiåtte, tjueni, vent litt, null seks, trettito.')).toEqual([
      'førtiåtte, tjueni, vent litt, null seks, trettito',
    ]);
    // Counter-example: four digits without "de fire siste" stay a quantity.
    expect(phones('pasient: jeg gikk tretti, åttifem minutter.')).toEqual([]);
  });

  it('keeps saturation readings said in words', () => {
    expect(phones('lege: saturasjon nittiseks, nittifire, nittifem og nittisju prosent.')).toEqual(
      [],
    );
  });
});
