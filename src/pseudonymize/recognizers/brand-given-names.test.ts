import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => text.slice(entity.start, entity.end));
}

describe('given names that are also a drug brand', () => {
  it('finds them in a frame only a person stands in', () => {
    expect(persons('pasient: det var yasmin som ringte ambulansen.')).toEqual(['yasmin']);
    expect(persons('Yasmin ringte og spurte om resepten til faren sin.')).toEqual(['Yasmin']);
    expect(persons('pasient: og dette er kona mi, yasmin.')).toEqual(['yasmin']);
    expect(persons('Telefon fra Yasmin Haddad i dag.')).toEqual(['Yasmin Haddad']);
    expect(persons('pasient: ring heller yasmin på fredag.')).toEqual(['yasmin']);
    expect(persons('Datteren Diane er pårørende.')).toEqual(['Diane']);
  });

  it('leaves the drug where it is prescribed, compared or described', () => {
    expect(persons('Yasmin er en p-pille. Ved migrene frarådes Yasmin og andre.')).toEqual([]);
    expect(persons('Pasienter som bruker Yasmin, bør få informasjon. Bytte til Diane.')).toEqual(
      [],
    );
    expect(persons('Diane brukes også mot akne. Hun kan ha Yasmin i stedet.')).toEqual([]);
    expect(persons('pasient: det var juni som var verst, med pollen.')).toEqual([]);
  });
});
