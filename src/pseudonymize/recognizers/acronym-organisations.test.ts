import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeAcronymOrganisations', () => {
  it('takes a mixed-case acronym and its unit as one organisation («SiT Råd», «SiO Helse»)', () => {
    expect(found('Kontakt med SiT Råd er opprettet.')).toEqual(['ORGANIZATION SiT Råd']);
    expect(found('Hun har søkt hjelp hos SiO Helse om tilrettelegging.')).toEqual([
      'ORGANIZATION SiO Helse',
    ]);
  });

  it('takes an acronym in capitals before a region or an unknown district («LHL Sunnmøre»)', () => {
    expect(found('Hun har fått støtte fra LHL Sunnmøre etter infarktet.')).toEqual([
      'ORGANIZATION LHL Sunnmøre',
    ]);
    expect(found('NHF Trøndelag arrangerer kurs.')).toEqual(['ORGANIZATION NHF Trøndelag']);
  });

  it('leaves immunoglobulins, clinical acronyms and two-letter makers alone', () => {
    expect(found('IgE Total var forhøyet.')).toEqual([]);
    expect(found('CT Thorax viste ingen embolier.')).toEqual([]);
    expect(found('KOLS Trøndelag har ny retningslinje.')).toEqual([]);
    expect(found('Hun er medlem av LHL Norge.')).toEqual([]);
    expect(found('BD Vacutainer brukt ved prøvetaking.')).toEqual([]);
    expect(found('Hjertestarter AED Plus og CPAP ResMed på vaktrommet.')).toEqual([]);
  });
});
