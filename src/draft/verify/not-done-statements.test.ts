import { describe, expect, it } from 'vitest';
import { isNotDoneStatement } from './not-done-statements.js';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a sentence saying a test was not done', () => {
  const emergency = indexOf([
    ['lege', 'Metningen er 88 prosent på romluft.'],
    ['lege', 'Vi tar ikke blodgass her, det gjør de på sykehuset.'],
  ]);

  it('is not read as claiming the test against "vi tar ikke blodgass"', () => {
    expect(shownFlags('Blodgass ikke tatt.', emergency, 'funn')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('still flags a result for the test that was not taken', () => {
    expect(shownFlags('Blodgass viser pCO2 6,8 kPa.', emergency, 'funn')).not.toEqual([]);
  });
});

describe('isNotDoneStatement', () => {
  it('recognises tests and measures left undone, with or without a reason', () => {
    expect(isNotDoneStatement('Blodgass ikke tatt.')).toBe(true);
    expect(isNotDoneStatement('Skuffetest ikke utført på grunn av hevelse.')).toBe(true);
    expect(isNotDoneStatement('BT 128/76 sittende, ortostatisk blodtrykk ikke målt.')).toBe(true);
    expect(isNotDoneStatement('Gynekologisk undersøkelse ikke utført.')).toBe(true);
  });

  it('does not take a sentence that also gives a result or a denial', () => {
    expect(isNotDoneStatement('Negativ skuffetest.')).toBe(false);
    expect(isNotDoneStatement('Ottawa-reglene negative, røntgen ikke indisert.')).toBe(false);
    expect(isNotDoneStatement('Feber ikke målt, men ingen frostanfall.')).toBe(false);
    expect(isNotDoneStatement('Røyker ikke.')).toBe(false);
  });
});
