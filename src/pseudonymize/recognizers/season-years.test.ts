import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function dates(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'DATE')
    .map((entity) => text.slice(entity.start, entity.end));
}

describe('a season and its year', () => {
  it('replaces the season together with its year, so no part of the date is left', () => {
    expect(dates('Sist innlagt våren 2023 med pneumoni.')).toEqual(['våren 2023']);
    expect(dates('Ho flytta hit hausten 2019.')).toEqual(['hausten 2019']);
  });

  it('keeps a season that comes back every year', () => {
    expect(dates('Om vinteren er astmaen verst.')).toEqual([]);
  });
});
