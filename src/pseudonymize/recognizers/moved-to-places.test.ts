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
});
