import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeHyphenSiteWorkplaces', () => {
  it('takes a name joined by a hyphen to a definite work site after a work frame', () => {
    expect(found('Han jobber på Ulstein-verftet som sveiser.')).toContain(
      'WORKPLACE Ulstein-verftet',
    );
    expect(found('Hun er operatør på Hydro-verket.')).toContain('WORKPLACE Hydro-verket');
    expect(found('pasient: eg arbeider på Brekke-sagbruket.')).toContain(
      'WORKPLACE Brekke-sagbruket',
    );
  });

  it('leaves the same words alone without a work frame or without a name', () => {
    expect(found('Klassen var på omvisning på fabrikken i fjor.')).toEqual([]);
    expect(found('Han jobber på Røntgen-avdelingen.')).toEqual([]);
    expect(found('Han jobber på lager-kontoret.')).toEqual([]);
  });
});
