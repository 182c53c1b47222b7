import { describe, expect, it } from 'vitest';
import { isGivenAsHistory } from './relative-history.js';

describe('a note sentence that gives the patient’s history', () => {
  it('reads nynorsk "Kjend", "gjennomgått" and an age of onset as history', () => {
    expect(isGivenAsHistory('Kjend migrene.')).toBe(true);
    expect(isGivenAsHistory('Gjennomgått hjerteinfarkt.')).toBe(true);
    expect(isGivenAsHistory('Hjerteinfarkt i 52-årsalder.')).toBe(true);
    expect(isGivenAsHistory('Residiverende pyelonefritter.')).toBe(true);
  });

  it('does not read a present complaint as history', () => {
    expect(isGivenAsHistory('Hodepine siste tre uker.')).toBe(false);
  });
});
