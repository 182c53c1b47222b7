import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeInvertedSubjectNames', () => {
  it('takes an international name after an opening adverbial and a verb a person does', () => {
    expect(found('pasient: i morgen kommer farhan og henter meg.')).toContain('PERSON farhan');
    expect(found('pasient: så tok farhan med seg ungene.')).toContain('PERSON farhan');
  });

  it('takes a name no list knows in the same slot, but no compound of ordinary words', () => {
    expect(found('pasient: da kom shahrukh og henta meg.')).toContain('PERSON shahrukh');
    expect(found('pasient: i går kom gulnara innom med middag.')).toContain('PERSON gulnara');
    expect(found('pasient: så tok nattevakta med seg lista.')).toEqual([]);
  });

  it('leaves ordinary subjects in the same slot alone', () => {
    expect(found('pasient: så kom legen innom.')).toEqual([]);
    expect(found('pasient: da kom ambulansen og henta meg.')).toEqual([]);
  });
});
