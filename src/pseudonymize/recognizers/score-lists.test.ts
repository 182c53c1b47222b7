import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** "TYPE text" for every detection. */
function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('a list of scores out of a maximum', () => {
  it('still finds dates, a surname and a place beside a score', () => {
    const detections = found(
      'Innlagt 4/5, kontroll 6/11 hos fastlege Hovland i Bodø, MMSE 26/30. Time 2/5 og 7/5.',
    ).join(' | ');
    expect(detections).toContain('DATE 4/5');
    expect(detections).toContain('DATE 6/11');
    expect(detections).toContain('DATE 2/5');
    expect(detections).toContain('DATE 7/5');
    expect(detections).toContain('Hovland');
    expect(detections).toContain('LOCATION Bodø');
    // Joined by a comma only, "Time 4/5, 26/30 i MMSE" keeps its date.
    expect(found('Time 4/5, 26/30 i MMSE.')).toContain('DATE 4/5');
  });

  it('reads every member as a score when one member cannot be a date', () => {
    expect(found('Tall med skråstrek, som 26/30, 4/5 og 6/10, er poeng av maksimum.')).toEqual([]);
    expect(found('Skårene var 4/5 og 18/20.')).toEqual([]);
  });

  it('does not read the day and month inside a date with a year as a list member', () => {
    // "1/5/24": its "5/24" is no share, so the date after "og" stays a date.
    expect(found('Innlagt 1/5/24 og 3/5 utskrevet.')).toEqual(['DATE 1/5/24', 'DATE 3/5']);
    expect(found('Innlagt 3/5 og 1/5/24 utskrevet.')).toEqual(['DATE 3/5', 'DATE 1/5/24']);
  });

  it('keeps a date beside an impossible share when nothing in the sentence names a score', () => {
    expect(found('Time 3/5 og 12/15.')).toEqual(['DATE 3/5']);
    expect(found('Kontroll 3/5 eller 12/15 hos Hovland i Bodø.').join(' | ')).toContain('DATE 3/5');
    // A score word in the next sentence does not count.
    expect(found('Time 3/5 og 12/15. Poeng gis senere.')).toContain('DATE 3/5');
  });
});
