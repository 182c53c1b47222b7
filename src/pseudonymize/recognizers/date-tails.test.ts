import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function dates(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'DATE')
    .map((entity) => text.slice(entity.start, entity.end));
}

describe('dates the day-and-month recognizer leaves partly uncovered', () => {
  it('covers a clipped year, an abbreviated month with its year and a month and year in digits', () => {
    expect(dates('Innlagt mars -24 med pneumoni.')).toEqual(['mars -24']);
    expect(dates('Siste kontroll: jan. 2024')).toEqual(['jan. 2024']);
    expect(dates('Vaksinert 03.2021 i Polen.')).toEqual(['03.2021']);
  });

  it('covers a range of days, a numbered holiday and the year after a week', () => {
    expect(dates('Sykmeldt fra 1. til 14. mars.')).toEqual(['1. til 14. mars']);
    expect(dates('Falt på isen 2. påskedag.')).toEqual(['2. påskedag']);
    expect(dates('Operert i uke 12 2023.')).toEqual(['uke 12 2023']);
  });

  it('leaves doses and decimal values', () => {
    expect(dates('Dose 3.2020 mg daglig.')).toEqual([]);
  });
});
