import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('withCoordinatedNameParts', () => {
  it('finds a name no list knows joined by "og" to a person, where people stand', () => {
    expect(persons('Qerim og Drita Berisha kom med datteren.')).toEqual(['Qerim', 'Drita Berisha']);
    expect(persons('Besøk av Jóhanna og Sindri fra menigheten.')).toEqual(['Jóhanna', 'Sindri']);
  });

  it('retypes a one-word place guessed from its frame beside a person', () => {
    const found = detectIdentifiers('Videre oppfølging ved Galsan og Ruiz.');
    expect(found.map((entity) => `${entity.type} ${entity.text}`)).toEqual([
      'PERSON Galsan',
      'PERSON Ruiz',
    ]);
  });

  it('leaves lists of products and words that are names too alone', () => {
    expect(persons('Drenasje med Redon og Jackson-Pratt.')).not.toContain('Jackson-Pratt');
    expect(persons('SureScan, Biotronik Edora og Boston Scientific.')).not.toContain('Edora');
  });
});
