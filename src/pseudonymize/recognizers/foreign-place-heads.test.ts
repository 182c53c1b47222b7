import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeForeignPlaceHeads', () => {
  it('finds a Spanish or Italian place opened by "Los", "Playa", "San" … after "i"/"fra"/"til"', () => {
    expect(found('pasient: vi var i Los Cristianos i påsken.')).toContain(
      'LOCATION Los Cristianos',
    );
    expect(found('pasient: vi kom hjem fra Playa Blanca i går.')).toContain(
      'LOCATION Playa Blanca',
    );
    expect(found('pårørende: hun bor i Costa Adeje om vinteren.')).toContain(
      'LOCATION Costa Adeje',
    );
  });

  it('leaves the same words outside a place phrase, and a lower-case word after them', () => {
    expect(
      found('Pasienten spiser Costa-kjeks og drikker San Pellegrino.').join(' '),
    ).not.toContain('LOCATION');
    expect(found('pasient: jeg var i costa med familien.')).toEqual([]);
    expect(found('lege: du var i Santa en periode, sa du?').join(' ')).not.toContain('Santa en');
  });
});
