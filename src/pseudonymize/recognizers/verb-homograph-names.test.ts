import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('a given name that is also a nynorsk verb', () => {
  it('keeps "ammar" as the verb before an adverb or after its subject', () => {
    expect(found('Barnet et godt, ammar kvar 2.–3. time.')).toEqual([]);
    expect(found('Ammar godt og søv mellom måltida.')).toEqual([]);
  });

  it('still replaces Ammar followed by what he does', () => {
    expect(found('Ammar kom med sonen sin til helsestasjonen.')).toEqual(['PERSON Ammar']);
    expect(found('ammar kom i går')).toEqual(['PERSON ammar']);
  });
});

describe('a name repeated as its verb', () => {
  it('keeps the verb when the same note names a person Ammar', () => {
    expect(found('Ammar godt og søv mellom måltida. Far heiter Ammar Haddad.')).toEqual([
      'PERSON Ammar Haddad',
    ]);
  });
});
