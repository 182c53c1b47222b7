import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a relative day the note shifts although a weekday was said', () => {
  const cough = indexOf([
    ['lege', 'Hva bringer deg hit?'],
    ['pasient', 'Jeg har hostet siden mandag, og i går fikk jeg feber.'],
  ]);
  const weekly = indexOf([
    ['pasient', 'Jeg tar metotreksat på fredager.'],
    ['pasient', 'Hendene ble verre i forgårs.'],
  ]);

  it('is flagged when the same complaint was dated by another relative day', () => {
    expect(shownFlags('Hoste siden mandag, feber siden i forgårs.', cough, 'anamnese')).toContain(
      'warning:number-not-in-transcript',
    );
  });

  it('is flagged when the only weekday said was a habit ("på fredager")', () => {
    expect(shownFlags('Forverring fra i går.', weekly, 'anamnese')).toContain(
      'warning:number-not-in-transcript',
    );
  });

  it('is not flagged when the day matches, or may be reckoned from a weekday said of it', () => {
    expect(shownFlags('Hoste siden mandag, feber siden i går.', cough, 'anamnese')).not.toContain(
      'warning:number-not-in-transcript',
    );
    expect(shownFlags('Hoste siden forrige uke.', cough, 'anamnese')).not.toContain(
      'warning:number-not-in-transcript',
    );
    expect(shownFlags('Forverring fra i forgårs.', weekly, 'anamnese')).not.toContain(
      'warning:number-not-in-transcript',
    );
  });
});
