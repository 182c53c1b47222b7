import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a white coating said in nynorsk ("kvitt belegg")', () => {
  const visit = indexOf([
    ['lege', 'No ser eg i halsen. Mandlane er store og raude, med kvitt belegg på begge sider.'],
  ]);

  it('bears out "hvitt belegg" in the note', () => {
    expect(
      shownFlags('Forstørrede, røde tonsiller med hvitt belegg bilateralt.', visit, 'funn'),
    ).toEqual([]);
  });

  it('still flags a changed side and a denied coating', () => {
    expect(
      shownFlags('Forstørrede, røde tonsiller med hvitt belegg på høyre side.', visit, 'funn'),
    ).not.toEqual([]);
    expect(shownFlags('Forstørrede, røde tonsiller uten belegg.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a deviation nobody examined beside the white coating', () => {
  const visit = indexOf([
    ['lege', 'No ser eg i halsen. Mandlane er store og raude, med kvitt belegg på begge sider.'],
  ]);

  it('is still an invented finding', () => {
    expect(
      shownFlags(
        'Store, røde tonsiller med hvitt belegg bilateralt og uvuladeviasjon.',
        visit,
        'funn',
      ),
    ).toContain('warning:unsupported');
  });
});
