import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const found = (text: string): string[] =>
  detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);

describe('lower-case names before a listed verb (issue 10, s35f)', () => {
  it('ends a lower-case name before a nynorsk or dialect past tense («ringde»)', () => {
    expect(found('naboen jon hoel ringde i sjuetida')).toContain('PERSON:jon hoel');
    expect(found('venninna hennar gro tangvald ringde til legevakta')).toContain(
      'PERSON:gro tangvald',
    );
  });

  it('takes a place word between a given name and a verb as the surname', () => {
    // "Hommelvik" is a place, here the surname of "arnfinn".
    expect(found('svigersonen arnfinn hommelvik ringde og sa ifra')).toContain(
      'PERSON:arnfinn hommelvik',
    );
  });

  it('keeps the whole name after a naming verb («eg heiter … »)', () => {
    expect(found('eg heiter rasa kazlauskaite og eg er frå litauen')).toContain(
      'PERSON:rasa kazlauskaite',
    );
  });

  it('leaves a given name before a place preposition and a place alone', () => {
    expect(found('arnfinn i hommelvik ringde')).not.toContain('PERSON:arnfinn hommelvik');
  });
});
