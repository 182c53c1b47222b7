import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const ages = (text: string): string[] =>
  detectIdentifiers(text)
    .filter((entity) => entity.type === 'AGE')
    .map((entity) => entity.text);

describe('an age in «dem/de/alle som er N år» is a group’s (issue 10, s36j)', () => {
  it('leaves ages of many people in a relative clause alone', () => {
    expect(ages('Omtrent halvparten av dem som er 80 år har nedsatt hørsel.')).toEqual([]);
    expect(ages('De som blir 85 år har ofte flere sykdommer.')).toEqual([]);
  });

  it('keeps the age of one person in a relative clause', () => {
    expect(ages('Pasienten, som er 80 år, bor alene.')).toEqual(['80 år']);
    expect(ages('Moren hans, som er 77 år, hjelper til.')).toEqual(['77 år']);
    expect(ages('Av dem som er 93 år i bygda er hun den eldste.')).toEqual(['93 år']);
    expect(ages('Hun har to barn som er 6 år.')).toEqual(['6 år']);
    // Note style without a subject: the patient's children (session-36 review).
    expect(ages('Har to barn som er 2 og 4 år.').join(' ')).toContain('4 år');
    expect(ages('Gift, tre barn som er 5, 8 og 12 år.').join(' ')).toContain('12 år');
    expect(ages('Blant kvinner som er 70 år har hun mest smerter.')).toEqual(['70 år']);
  });
});
