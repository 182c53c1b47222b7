import { describe, expect, it } from 'vitest';

import { getSharedLexicon } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { extendPersonChains } from './name-chains.js';
import { getTokenAnalysis } from './token-analysis.js';

function chained(text: string, seed: string): string[] {
  const start = text.indexOf(seed);
  const accepted: Candidate[] = [
    { start, end: start + seed.length, type: 'PERSON', confidence: 0.9 },
  ];
  return extendPersonChains(
    getTokenAnalysis(getSharedLexicon()),
    text,
    tokenize(text),
    accepted,
  ).map((candidate) => text.slice(candidate.start, candidate.end));
}

describe('extendPersonChains', () => {
  it('takes a capitalised word inside a sentence before a name part as the given name', () => {
    expect(chained('Telefon fra Arta Krasniqi, datter av pasienten.', 'Krasniqi')).toEqual([
      'Arta Krasniqi',
    ]);
    expect(chained('Pasient: Rosa Huamán, fnr følger.', 'Huamán')).toEqual(['Rosa Huamán']);
    // Counter-examples: a sentence start, an institution word and a place stay out.
    expect(chained('Ring Kvist ved spørsmål.', 'Kvist')).toEqual(['Kvist']);
    expect(chained('Han ringte Sykehuset Hansen.', 'Hansen')).toEqual(['Hansen']);
    expect(chained('Hun bor i Bodø Hansen sa det.', 'Hansen')).toEqual(['Hansen']);
  });

  it('grows a lower-case given name over a surname that is a word where the phrase ends', () => {
    expect(chained('pasient: jeg snakket med jon berg om det.', 'jon')).toEqual(['jon berg']);
    expect(chained('pasient: kona mi, tone vik, er her.', 'tone')).toEqual(['tone vik']);
    expect(chained('pasient: jeg gikk med jon berg opp til hytta.', 'jon')).toEqual(['jon']);
  });

  it('grows a lower-case given name over a second given name and a surname, both words', () => {
    expect(chained('pasient: jeg heter tove lill bakke.', 'tove')).toEqual(['tove lill bakke']);
    expect(chained('pasient: jeg heter kari lill berg, født i sekstito.', 'kari')).toEqual([
      'kari lill berg',
    ]);
    // Counter-example: where the phrase goes on after the surname, the words stay words.
    expect(chained('pasient: jeg heter tove lill bakke opp til hytta.', 'tove')).toEqual(['tove']);
  });

  it('takes a Vietnamese given name that is a word after the middle name ("Vo Thi Thu Ha")', () => {
    expect(chained('Vo Thi Thu Ha kom til time.', 'Vo Thi Thu')).toEqual(['Vo Thi Thu Ha']);
    expect(chained('Nguyen Thi Ha kom i dag.', 'Nguyen Thi')).toEqual(['Nguyen Thi Ha']);
  });

  it('takes a listed given name that is an inflected word before a listed surname', () => {
    expect(chained('Hjemmebesøk hos Lilja Andreassen i går.', 'Andreassen')).toEqual([
      'Lilja Andreassen',
    ]);
    expect(chained('Lilja. Andreassen kom.', 'Andreassen')).toEqual(['Andreassen']);
  });

  it('takes a lower-case given name that is also a word before a found lower-case name', () => {
    expect(chained('pasient: svein arne sier at jeg snorker.', 'arne')).toEqual(['svein arne']);
    expect(chained('pasient: vår arne er syk.', 'arne')).toEqual(['arne']);
  });

  it('grows a found name over the name parts beside it', () => {
    expect(chained('Hei. Tone Rønning Haug kom.', 'Rønning')).toEqual(['Tone Rønning Haug']);
  });

  it('takes an initial and a title before the name', () => {
    expect(chained('Samtale med doktor K. Lyseng i dag.', 'Lyseng')).toEqual(['doktor K. Lyseng']);
  });

  it('stops at ordinary words', () => {
    expect(chained('Vi. Berg kommer.', 'Berg')).toEqual(['Berg']);
  });

  it('grows a lower-case name over a listed lower-case surname, not over a word', () => {
    expect(chained('pasient: ja, leticia moreno.', 'leticia')).toEqual(['leticia moreno']);
    expect(chained('pasient: ja, leticia kommer.', 'leticia')).toEqual(['leticia']);
  });
});
