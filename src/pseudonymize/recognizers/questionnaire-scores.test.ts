import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** "TYPE text" for every detection. */
function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('a screening questionnaire scored out of its maximum', () => {
  it('still finds a date, a surname and a place near the questionnaire', () => {
    const detections = found(
      'CAGE negativ, kontroll 5/12 hos fastlege Hovland i Bodø. AUDIT-C 3, ny time 4/12.',
    ).join(' | ');
    expect(detections).toContain('DATE 5/12');
    expect(detections).toContain('DATE 4/12');
    expect(detections).toContain('Hovland');
    expect(detections).toContain('LOCATION Bodø');
  });

  it('reads the slash after the questionnaire as "out of", not as a date', () => {
    expect(found('Alkohol: CAGE 2/4, tyder på risikofylt bruk.')).toEqual([]);
    expect(found('AUDIT-C 5/12 ved innkomst.')).toEqual([]);
    expect(found('CAGE: 1/4. DUDIT 0.')).toEqual([]);
  });

  it('reads only the names as written in capitals, not the word "Audit" or "cage"', () => {
    expect(found('Audit 5/12 gjennomført på avdelingen.')).toEqual(['DATE 5/12']);
    expect(found('Ny cage 2/5 montert.')).toEqual(['DATE 2/5']);
  });

  it('reads "Audit-C" with its hyphenated C as the questionnaire, in any case', () => {
    expect(found('Audit-C 5/12, ikke risikofylt bruk.')).toEqual([]);
    expect(found('Audit-c: 5/12 poeng.')).toEqual([]);
    // Counter-example: the plain word "Audit" before a date, and a date after a comma, stay dates.
    expect(found('Audit 5/12 gjennomført, Audit-C negativ, kontroll 6/11.')).toEqual([
      'DATE 5/12',
      'DATE 6/11',
    ]);
  });
});
