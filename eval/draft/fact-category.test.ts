import { describe, expect, it } from 'vitest';

import { categoryOf } from './fact-category.js';

describe('the category of a missed fact, by word boundaries that know å, ø and æ', () => {
  it('finds «år» as a duration and «ønsker» as a wish', () => {
    expect(categoryOf('Smerter i kneet i 2 år')).toBe('duration/onset');
    expect(categoryOf('Ønsker henvisning til fysioterapeut')).toBe('fear/wish');
    expect(categoryOf('Røyker 10 sigaretter daglig')).toBe('lifestyle');
  });

  it('does not read «år» inside «går» or «låret» as a duration (counter-example)', () => {
    expect(categoryOf('Vondt når pas. går i trapper')).toBe('other');
    expect(categoryOf('Utslett på låret')).toBe('other');
  });
});
