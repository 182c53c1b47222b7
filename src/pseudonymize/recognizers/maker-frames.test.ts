import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const found = (text: string): string[] =>
  detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);

describe('the maker or model of a device, or clinical software (s34j)', () => {
  it('is no place after a device word and «fra» when a listed maker («Stolløfteren fra Invacare»)', () => {
    expect(found('Stolløfteren fra Invacare er montert i trappa.')).toEqual([]);
    expect(found('Trykkavlastende madrassen fra Permobil er bestilt.')).toEqual([]);
    expect(found('Alarmen fra Safemate piper.')).toEqual([]);
  });
  it('stays a place after a device word and «fra» when no listed maker (s34k, a leak otherwise)', () => {
    expect(found('Stolløfteren fra Bremo er montert i trappa.')).toContain('LOCATION:Bremo');
  });
  it('is no place before a model code («ligger på Hamilton T1»)', () => {
    expect(found('Pasienten ligger på Hamilton T1 i natt.')).toEqual([]);
  });
  it('stays a place after a person word, a move or without a model code', () => {
    expect(found('Pasienten fra Molde kom i går.')).toEqual(['LOCATION:Molde']);
    expect(found('Hun flyttet fra Hamar i fjor.')).toEqual(['LOCATION:Hamar']);
    expect(found('Han bor på Tynset nå.')).toEqual(['LOCATION:Tynset']);
    expect(found('Hun ligger på Hamilton i natt.')).toEqual(['LOCATION:Hamilton']);
  });
});
