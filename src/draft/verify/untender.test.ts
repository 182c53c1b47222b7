import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"uøm" read as a denied "øm"', () => {
  const tender = indexOf([['lege', 'Magen er mjuk, men litt øm under høgre ribbeinsboge.']]);
  const untender = indexOf([['lege', 'Magen er bløt og uøm, tarmlydane er normale.']]);

  it('flags a belly called not tender where it was said to be tender, and the other way', () => {
    expect(shownFlags('Abdomen bløt og uøm.', tender, 'funn')).toContain('error:negation-conflict');
    expect(shownFlags('Øm i abdomen.', untender, 'funn')).toContain('error:negation-conflict');
  });

  it('leaves the tenderness as said alone', () => {
    expect(shownFlags('Abdomen bløt og uøm.', untender, 'funn')).not.toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Bløt abdomen, øm under høyre costalbue.', tender, 'funn')).not.toContain(
      'error:negation-conflict',
    );
  });
});

describe('tenderness in advice about what may come', () => {
  const visit = indexOf([
    ['lege', 'Eg kjenner på leggene no, ingen hevelse eller ømhet.'],
    ['lege', 'Ta kontakt om leggen hovnar opp og blir øm.'],
  ]);

  it('is not read as a finding against the examination', () => {
    expect(
      shownFlags('Informert om å ta kontakt ved hoven og øm legg.', visit, 'tiltak'),
    ).not.toContain('error:negation-conflict');
  });
});
