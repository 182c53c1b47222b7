import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';
import { getSharedLexicon } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { recognizePostalCode } from './postal-codes.js';
import { getTokenAnalysis } from './token-analysis.js';

function postal(text: string): string[] {
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  const words = getTokenAnalysis(getSharedLexicon());
  tokens.forEach((token, index) => {
    if (token.kind === 'number' && token.text.length === 4)
      recognizePostalCode(words, text, tokens, index, out);
  });
  return out.map((candidate) => `${candidate.type} ${text.slice(candidate.start, candidate.end)}`);
}

describe('recognizePostalCode', () => {
  it('finds a postal code with its post office', () => {
    expect(postal('Adresse: 7030 Trondheim')).toEqual(['POSTAL_CODE 7030', 'LOCATION Trondheim']);
  });

  it('does not take a year or a dose for a postal code', () => {
    expect(postal('Operert 03.2019 Paracet 1000 mg')).toEqual([]);
  });

  it('does not take a frequency or an energy for a postal code and place', () => {
    expect(postal('Hørselstap 40 dB ved 4000 Hz. Kost 1500 Kcal.')).toEqual([]);
    expect(postal('Sendt til 4000 Stavanger.')).toEqual(['POSTAL_CODE 4000', 'LOCATION Stavanger']);
  });
});

describe('postal codes said without the post office after them', () => {
  const found = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);

  it('finds the code after "postnummeret er" and "Postnr.:"', () => {
    expect(found('pasient: postnummeret er 7030.')).toEqual(['POSTAL_CODE 7030']);
    expect(found('Postnr.: 5003')).toEqual(['POSTAL_CODE 5003']);
  });

  it('finds the code and its post office in lower case from speech-to-text', () => {
    expect(found('pasient: adressa er kongsgårdsgata 11, 4632 kristiansand.')).toEqual([
      'ADDRESS kongsgårdsgata 11',
      'POSTAL_CODE 4632',
      'LOCATION kristiansand',
    ]);
  });

  it('finds a code whose own post office is named a few words away', () => {
    expect(found('pasient: jeg bor på hommelvik, det er 7550.')).toContain('POSTAL_CODE 7550');
    expect(found('pasient: det er 1337, i sandvika.')).toContain('POSTAL_CODE 1337');
  });

  it('leaves amounts and years near a town alone', () => {
    expect(found('Han fikk 1337 kroner i sandvika.')).not.toContain('POSTAL_CODE 1337');
    expect(found('pasient: i 2000 flyttet vi til lillestrøm.')).not.toContain('POSTAL_CODE 2000');
  });

  it('leaves a lab value near a place alone: only "det er", "nummeret er" or the office beside it make a code', () => {
    expect(found('Bor i Moss, CK var 1530 i går.')).not.toContain('POSTAL_CODE 1530');
    expect(found('Bor i Moss. Kreatinin: 1530.')).not.toContain('POSTAL_CODE 1530');
    expect(found('Bor på Hommelvik, LD var 7550 ved innleggelse.')).not.toContain(
      'POSTAL_CODE 7550',
    );
    expect(found('Bor i Moss, nummeret er 1530.')).toContain('POSTAL_CODE 1530');
    expect(found('Bor i Moss, 1530.')).toContain('POSTAL_CODE 1530');
  });

  it('still finds the name, place and date on a line whose lab value is no code', () => {
    expect(found('Bor i Moss hos Kari Nordhagen, CK var 1530 den 12.03.2024.')).toEqual(
      expect.arrayContaining(['LOCATION Moss', 'PERSON Kari Nordhagen', 'DATE 12.03.2024']),
    );
    expect(found('Adresse: Storgata 3, 1530 Moss')).toEqual(
      expect.arrayContaining(['POSTAL_CODE 1530', 'LOCATION Moss']),
    );
  });

  it('finds a code said as one in the next sentence or after "postnummeret mitt er"', () => {
    expect(found('Jeg bor i Moss. Det er 1530.')).toContain('POSTAL_CODE 1530');
    expect(found('Jeg bor i Moss, og postnummeret mitt er 1530.')).toContain('POSTAL_CODE 1530');
    expect(found('Vi bor på Hommelvik, og postnummeret vårt er 7550.')).toContain(
      'POSTAL_CODE 7550',
    );
  });

  it('finds a code beside its office with a semicolon or a filler between', () => {
    expect(found('Han bor i Sandvika, eh, 1337.')).toContain('POSTAL_CODE 1337');
    expect(found('Han bor i Sandvika, altså 1337.')).toContain('POSTAL_CODE 1337');
    expect(found('Bor i Moss, ja 1530.')).toContain('POSTAL_CODE 1530');
    expect(found('Jeg bor i Moss; 1530.')).toContain('POSTAL_CODE 1530');
  });

  it('still leaves a lab value in the next sentence or on the next line alone', () => {
    expect(found('Bor i Moss. CK var 1530.')).not.toContain('POSTAL_CODE 1530');
    expect(found('Bor i Moss, CK var 1530.')).not.toContain('POSTAL_CODE 1530');
    expect(found('Bor i Moss, eh, CK 1530.')).not.toContain('POSTAL_CODE 1530');
    expect(found('Bor i Moss.\nDet er 1530 i kreatinin.')).not.toContain('POSTAL_CODE 1530');
    expect(found('Bor i Moss.\nDet er 1530.')).not.toContain('POSTAL_CODE 1530');
  });
});

describe('a box postal code before a lower-case place (s34g)', () => {
  const detected = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);

  it('takes a code the register lacks after a street or a box and a comma', () => {
    expect(detected('Svar til Postboks 415, 5001 bergen.')).toEqual([
      'ADDRESS Postboks 415',
      'POSTAL_CODE 5001',
      'LOCATION bergen',
    ]);
  });

  it('leaves a lab value and a place word alone', () => {
    expect(detected('Hb 12, 1234 ski ble nevnt.')).toEqual([]);
  });
});
