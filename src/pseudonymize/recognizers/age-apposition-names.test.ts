import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('recognizeAgeAppositionNames', () => {
  it('finds a given name that is a noun when an age follows it at a sentence start', () => {
    expect(found('Dag 45 år, kommer med sterke ryggsmerter.')).toEqual(['PERSON:Dag', 'AGE:45 år']);
    expect(found('Sol 7 år har hatt vondt i øret siden søndag.')).toEqual([
      'PERSON:Sol',
      'AGE:7 år',
    ]);
  });

  it('leaves a span of time and a word that is no given name alone', () => {
    expect(found('Dag 2 år etter operasjonen var han bedre.')).toEqual([]);
    expect(found('Mann 45 år, kommer med brystsmerter.')).toEqual(['AGE:45 år']);
    expect(found('Det var sol hele dagen, og han var ute.')).toEqual([]);
  });

  it('finds "Bo", also the verb "to live", and its age when an age follows the name', () => {
    expect(found('Bo 67 år, kommer med brystsmerter.')).toEqual(['PERSON:Bo', 'AGE:67 år']);
    expect(found('Bo, 67 år, kommer med brystsmerter.')).toEqual(['PERSON:Bo', 'AGE:67 år']);
  });

  it('leaves the verb "bo"/"bor" alone where no age follows it as a name', () => {
    expect(found('Bor alene, 67 år.')).toEqual(['AGE:67 år']);
    expect(found('Bo hjemme er målet.')).toEqual([]);
    expect(found('Bo 2 år etter operasjonen var han bedre.')).toEqual([]);
  });

  it('marks the age right after a found full name', () => {
    expect(found('Ola Nordmann 45 år, innlagt med pneumoni.')).toEqual([
      'PERSON:Ola Nordmann',
      'AGE:45 år',
    ]);
  });

  it('finds a child named by a noun before "på", an age and a verb', () => {
    expect(found('Lin på fire har utslett på armene.')).toEqual(['PERSON:Lin', 'AGE:fire']);
  });

  it('leaves a noun before "på" and a measure alone', () => {
    expect(found('Turen på fire timer var lang.')).toEqual([]);
    expect(found('Metning på 95 er fint.')).toEqual([]);
  });
});
