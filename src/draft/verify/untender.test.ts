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
