import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** "TYPE text" for every detection. */
function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('a role title opening a sentence, followed by its verb', () => {
  it('still finds a surname, a place and a date in the same frame', () => {
    const detections = found(
      'Sårskift planlagt. Fysioterapeut Strand kommer fra Notodden 14. mars.',
    ).join(' | ');
    expect(detections).toContain('Strand');
    expect(detections).toContain('LOCATION Notodden');
    expect(detections).toContain('DATE 14. mars');
    expect(
      found('Mandag: Sårskift planlagt. Fysioterapeut Haugland ringer.').join(' | '),
    ).toContain('Haugland');
    expect(found('Tilsyn: lege lunde.').join(' | ')).toContain('lunde');
  });

  it('takes no name from the verb after the title', () => {
    expect(found('Mandag: Sårskift planlagt. Fysioterapeut kommer.')).toEqual([]);
    expect(found('Sårskift planlagt. Lege ringer.')).toEqual([]);
    expect(found('Brukaren har falle. Fysioterapeut startar balansetrening.')).toEqual([]);
  });
});
