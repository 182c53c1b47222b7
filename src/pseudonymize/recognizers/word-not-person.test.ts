import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const persons = (text: string): string[] =>
  detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);

describe('an acronym of a body owning something (s34j)', () => {
  it('is no person («følger RAKOS sine råd»)', () => {
    expect(persons('Vi følger RAKOS sine råd.')).toEqual([]);
  });
  it('stays a person as initials or a listed name in capitals', () => {
    expect(persons('Vi følger KARI sine ønsker.')).toEqual(['KARI']);
    expect(persons('Vi følger HANSEN sine råd.')).toEqual(['HANSEN']);
  });
});

describe('the season «Vår» opening a sentence about seasons (s34j)', () => {
  it('is no person («Vår er fineste årstiden», «Vår er lysere enn vinteren»)', () => {
    expect(persons('Vår er den fineste årstiden her.')).toEqual([]);
    expect(persons('Vår er lysere enn vinteren, sier hun.')).toEqual([]);
  });
  it('stays the given name without a season word in the sentence', () => {
    expect(persons('Vår kommer på besøk i morgen.')).toEqual(['Vår']);
  });
});

describe('a verb after «navnet» (s34j)', () => {
  it('is no name («Navnet sier ingenting», «navnet kommer fra»)', () => {
    expect(persons('Navnet sier ingenting om alvorlighetsgraden.')).toEqual([]);
    expect(persons('Navnet kommer fra kirurgen som beskrev det.')).toEqual([]);
  });
  it('keeps the name after a name statement', () => {
    expect(persons('Navnet mitt er Sier.')).toEqual(['Sier']);
  });
});

describe('an English pronoun opening an English clause (s39e)', () => {
  it('is no person («My stomach hurts», «It was difficult to breathe», «It makes sense»)', () => {
    expect(persons('My stomach hurts, sa gutten til tolken.')).toEqual([]);
    expect(persons('It was difficult to breathe, sa hun på engelsk.')).toEqual([]);
    expect(persons('Hun sier: "It makes sense," og smiler.')).toEqual([]);
    expect(persons('"My husband works long shifts," sier hun.')).toEqual([]);
  });
  it('stays the given name My before a surname or in a Norwegian clause', () => {
    expect(persons('My Hansen kom i dag.')).toEqual(['My Hansen']);
    expect(persons('My har vondt i magen.')).toEqual(['My']);
    expect(persons('My var her i går med mor.')).toEqual(['My']);
  });
});
