import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** "TYPE text" for every detection. */
function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('a named score followed later by a real date', () => {
  it.each([
    ['MMSE 26/30, kontroll 6/11 hos fastlege Hovland i Bodø.', '6/11', 'Bodø'],
    ['MADRS 14/60, ny time 3/12 hos fastlege Hovland i Tromsø.', '3/12', 'Tromsø'],
    ['PHQ-9 12/27 i dag, neste time 4/11 hos fastlege Hovland i Hamar.', '4/11', 'Hamar'],
    ['CAGE 1/4, kontroll 5/12 hos fastlege Hovland i Bodø.', '5/12', 'Bodø'],
    ['AUDIT-C 5/12, time 7/11 hos fastlege Hovland i Molde.', '7/11', 'Molde'],
    [
      'MMSE 24/30 og klokketest 3/5, kontroll 8/12 hos fastlege Hovland i Harstad.',
      '8/12',
      'Harstad',
    ],
    // Nynorsk
    ['MMSE 27/30, kontroll 6/11 hjå fastlege Hovland i Førde.', '6/11', 'Førde'],
    ['MADRS 10/60, neste time 8/12 hjå fastlege Hovland i Voss.', '8/12', 'Voss'],
    ['PHQ-9 8/27 i dag, ny time 7/11 hjå fastlege Hovland i Florø.', '7/11', 'Florø'],
    ['CAGE 2/4, kontroll 4/12 hjå fastlege Hovland i Førde.', '4/12', 'Førde'],
  ])('finds the date, the surname and the place in «%s»', (text, date, place) => {
    const detections = found(text).join(' | ');
    expect(detections).toContain(`DATE ${date}`);
    expect(detections).toContain('Hovland');
    expect(detections).toContain(`LOCATION ${place}`);
  });

  it('still reads the slash right after the score name as "out of"', () => {
    expect(found('MMSE 26/30, MoCA: 21/30. MADRS = 14/60.')).toEqual([]);
    expect(found('PHQ-9 på 12/27 og GAD-7 8/21.')).toEqual([]);
    expect(found('Total skår 9/12. MMSE-NR3 26/30. Visus uten korreksjon 6/12.')).toEqual([]);
    expect(found('Kraft 4/5 i venstre arm, 5/5 høyre. Visus 6/9 høyre, 6/6 venstre.')).toEqual([]);
  });
});

describe('a score out of ten followed later by a real date', () => {
  it.each([
    ['VAS 3/10, kontroll 6/10 hos fastlege Hovland i Bodø.', '6/10', 'Bodø'],
    ['NRS 5/10, neste kontroll 8/10 hos fastlege Hovland i Hamar.', '8/10', 'Hamar'],
    ['Smerter 4/10 i dag, ny time 2/10 hos fastlege Hovland i Molde.', '2/10', 'Molde'],
    ['VAS 7/10, time 9/10 hjå fastlege Hovland i Førde.', '9/10', 'Førde'],
  ])('finds the date, the surname and the place in «%s»', (text, date, place) => {
    const detections = found(text).join(' | ');
    expect(detections).toContain(`DATE ${date}`);
    expect(detections).toContain('Hovland');
    expect(detections).toContain(`LOCATION ${place}`);
  });

  it('still reads a second score out of ten as a score', () => {
    expect(
      found('Smerter 4/10 i hvile, 7/10 ved bevegelse. VAS redusert fra 8/10 til 3/10.'),
    ).toEqual([]);
  });
});
