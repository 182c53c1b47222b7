import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeCoordinatedSubjectNames', () => {
  it('reads a place name joined to a given name as the subject of a verb as a person', () => {
    expect(found('Tiril og Frøya var med mor i dag.')).toEqual(['PERSON Tiril', 'PERSON Frøya']);
    expect(found('Frøya og Tiril har feber.')).toEqual(['PERSON Frøya', 'PERSON Tiril']);
  });

  it('keeps places that are no subject, or joined to another place, as places', () => {
    expect(found('Vi var i Oslo og Frøya i sommer.')).toEqual(['LOCATION Oslo', 'LOCATION Frøya']);
    expect(found('Oslo og Bergen er store byer.')).toEqual(['LOCATION Oslo', 'LOCATION Bergen']);
  });
});
