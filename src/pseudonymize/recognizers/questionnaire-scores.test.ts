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
});
