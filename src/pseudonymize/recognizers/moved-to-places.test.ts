import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('withMovedToPlacesRetyped', () => {
  it('takes a foreign place of two words after a verb of moving as the place', () => {
    expect(found('pasient: vi flyttet til San Francisco da jeg var liten.')).toEqual([
      'LOCATION:San Francisco',
    ]);
  });

  it('keeps a person whose first word is a given name, and a one-word name', () => {
    expect(found('Hun flyttet til Kari Hansen i fjor.')).toEqual(['PERSON:Kari Hansen']);
    expect(found('Hun flyttet til Francisco i fjor.')).toEqual(['PERSON:Francisco']);
    expect(found('Han ringte til San Francisco-kontoret.')).not.toContain('LOCATION:San Francisco');
  });

  it('takes a capitalised name joined by "de"/"del"/"la" after "i" or "fra" as a foreign place', () => {
    expect(found('pasient: vi var på ferie i Puerto de la Cruz i fjor vinter.')).toContain(
      'LOCATION:Puerto de la Cruz',
    );
    expect(found('pårørende: de bor nede i Santa Cruz de Tenerife om vinteren.')).toContain(
      'LOCATION:Santa Cruz de Tenerife',
    );
    expect(found('pasient: vi har leilighet i Torre del Mar, så vi er der mye.')).toContain(
      'LOCATION:Torre del Mar',
    );
    // Counter-examples: the same kind of name after "med"/"hos" is a person.
    expect(found('Samtale med Maria de la Cruz om utskrivelsen.')).toContain(
      'PERSON:Maria de la Cruz',
    );
    expect(found('Hun bor hos Juan de la Rosa nå.')).not.toContain('LOCATION:Juan de la Rosa');
  });
});
