import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeCabinPlaces', () => {
  it('takes the place a holiday home lies, also a surname or a lower-case name', () => {
    expect(found('pasient: vi var på hytta på Hovden da det skjedde.')).toContain(
      'LOCATION Hovden',
    );
    expect(found('pasient: vi har hytte på kvitfjell.')).toContain('LOCATION kvitfjell');
  });

  it('leaves ordinary words after a holiday home alone', () => {
    expect(found('pasient: vi var på hytta på fjellet i påska.')).toEqual([]);
    expect(found('pasient: de har hytte ved sjøen.')).toEqual([]);
  });
});
