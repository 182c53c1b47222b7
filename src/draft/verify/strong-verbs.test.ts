import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a strong verb in another form ("slo" / "slått")', () => {
  const visit = indexOf([
    ['pårørende', 'Hun har falt to ganger den siste måneden. Men hun har ikke slått hodet.'],
  ]);

  it('is the same word, so a denial of it contradicts the note', () => {
    expect(shownFlags('Slo hodet i fallet.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('is checked when the note names the relative as the informant ("ifølge datter")', () => {
    expect(
      shownFlags('Falt to ganger siste måned ifølge datter, slo hodet.', visit, 'anamnese'),
    ).toContain('error:negation-conflict');
  });

  it('bears out a note that denies it', () => {
    expect(shownFlags('Falt to ganger siste måned, slo ikke hodet.', visit, 'anamnese')).toEqual(
      [],
    );
  });
});
