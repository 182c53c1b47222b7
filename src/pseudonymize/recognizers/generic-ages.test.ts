import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('ages of a group or a rule', () => {
  it('keeps ages said of many people, an age limit and a range of ages', () => {
    expect(found('Pasienter i 80-årene har høyere risiko for delirium.')).toEqual([]);
    expect(found('Aldersgrensen er 18 år for voksenmottaket.')).toEqual([]);
    expect(found('Femåringer og toåringer med feber vurderes av barnelege.')).toEqual([]);
    expect(found('Ungdom i alderen 13–16 år vurderes av barnelege.')).toEqual([]);
  });

  it("still replaces one person's age beside them", () => {
    expect(found('Pasienten er i 80-årene.')).toEqual(['AGE 80-årene']);
    expect(found('Aldersgrensen er 18 år for voksenmottaket. Gutten er 16 år.')).toEqual([
      'AGE 16 år',
    ]);
    expect(found('Seksåringen var med.')).toEqual(['AGE Seksåringen']);
  });
});
