import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const organisations = (text: string): string[] =>
  detectIdentifiers(text)
    .filter((entity) => entity.type === 'ORGANIZATION' || entity.type === 'WORKPLACE')
    .map((entity) => entity.text);

describe('a «-medisinsk» department before a unit word is generic (issue 10, s36j)', () => {
  it('leaves «Hjertemedisinsk poliklinikk», «Indremedisinsk poliklinikk» and a signed letter alone', () => {
    expect(organisations('Time ved Hjertemedisinsk poliklinikk neste uke.')).toEqual([]);
    expect(organisations('Henvist til Indremedisinsk poliklinikk.')).toEqual([]);
    expect(organisations('Med vennlig hilsen\nBarnemedisinsk poliklinikk\n')).toEqual([]);
    expect(organisations('Arbeidsmedisinsk poliklinikk tar imot henvisninger.')).toEqual([]);
  });

  it('keeps a name before the department or a medical company an institution', () => {
    expect(organisations('Time ved Sandvika Arbeidsmedisinsk poliklinikk neste uke.')).toEqual([
      'Sandvika Arbeidsmedisinsk poliklinikk',
    ]);
    expect(organisations('Prøven ble sendt til Fürst Medisinsk Laboratorium.')).toEqual([
      'Fürst Medisinsk Laboratorium',
    ]);
    expect(organisations('Henvist til Bryn Medisinske Senter for vurdering.')).toEqual([
      'Bryn Medisinske Senter',
    ]);
  });
});
