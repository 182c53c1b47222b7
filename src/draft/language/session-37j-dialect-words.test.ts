import { describe, expect, it } from 'vitest';
import { parseCardinalWord } from '../../language/index.js';
import { extractNumbers } from './norwegian-numbers.js';
import { normalizeSpokenNorwegian } from './spoken-norwegian.js';

describe('inland and coastal speech told at length (session 37j)', () => {
  it('writes østerdalsk «vørti», «vørre» and «gammal» as bokmål', () => {
    expect(
      normalizeSpokenNorwegian('Æ har vørti så tung i pusten, og pusten e som ein gammal hest.'),
    ).toBe('Jeg har blitt så tung i pusten, og pusten er som en gammel hest.');
    expect(normalizeSpokenNorwegian('Det har vørti vørre og vørre.')).toBe(
      'Det har blitt verre og verre.',
    );
  });

  it('reads the østerdalsk dose «sjøtti-fem» as 75', () => {
    expect(normalizeSpokenNorwegian('Æ tar Albyl-E, sjøtti-fem, ein om dagen.')).toMatch(
      /Albyl-E, sytti-fem, en om dagen/u,
    );
    expect(parseCardinalWord('sjøtti')).toBe(70);
    expect(extractNumbers('Albyl-E sjøtti-fem milligram').map((number) => number.value)).toContain(
      75,
    );
  });

  it('reads the gudbrandsdalsk «e» before or after its verb as «jeg», not «er»', () => {
    expect(normalizeSpokenNorwegian('E var på setra no i sommar, og e sat på trappa.')).toBe(
      'Jeg var på setra nå i sommar, og jeg sat på trappa.',
    );
    expect(normalizeSpokenNorwegian('Det er magen, trur e.')).toBe('Det er magen, tror jeg.');
    expect(normalizeSpokenNorwegian('Det har e gjort heile livet.')).toBe(
      'Det har jeg gjort hele livet.',
    );
    expect(normalizeSpokenNorwegian('E drikk vel fem koppar om dagen.')).toMatch(/^Jeg drikker/u);
  });

  it('keeps «e» as «er» after a noun: «Foten e hoven»', () => {
    expect(normalizeSpokenNorwegian('Foten e hoven.')).toBe('Foten er hoven.');
  });

  it('reads «åt» after a pronoun as «spiste» and «hadde ete» as «hadde spist»', () => {
    expect(normalizeSpokenNorwegian('Eg åt litt mykji kake, det var noko eg hadde ete.')).toBe(
      'Jeg spiste litt mye kake, det var noe jeg hadde spist.',
    );
    // Alone «åt» is still the nynorsk «til».
    expect(normalizeSpokenNorwegian('Gje det åt meg.')).toBe('Gje det til meg.');
  });

  it('writes a count of «veke» as «uker»', () => {
    expect(normalizeSpokenNorwegian('Sånn tre-fire veke no.')).toBe('Sånn tre-fire uker nå.');
  });

  it('reads «tå det» as «av det» and «av og te» as «av og til», but keeps a toe and tea', () => {
    expect(normalizeSpokenNorwegian('Han fekk slag tå det.')).toBe('Han fikk slag av det.');
    expect(normalizeSpokenNorwegian('Det har verket av og te i et par år.')).toBe(
      'Det har verket av og til i et par år.',
    );
    expect(normalizeSpokenNorwegian('Æ har vondt i stortåa og drikk en kopp te.')).toMatch(
      /stortåa og drikker en kopp te/u,
    );
  });

  it('writes sørlandsk and sunnmørsk forms as bokmål', () => {
    expect(normalizeSpokenNorwegian('Det har blidd verre, en ti minudder om morran.')).toBe(
      'Det har blitt verre, en ti minutter om morgenen.',
    );
    expect(normalizeSpokenNorwegian('Han har leika litt i dag og har tissa som vanleg.')).toBe(
      'Han har lekt litt i dag og har tisset som vanlig.',
    );
    expect(normalizeSpokenNorwegian('Pusten er tung, den strekk itte til.')).toBe(
      'Pusten er tung, den strekker ikke til.',
    );
    expect(normalizeSpokenNorwegian('Ingi diaré, og heile tidi vondt.')).toBe(
      'Ingen diaré, og hele tiden vondt.',
    );
  });
});
