import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a finding only asked about, where the reply did not know', () => {
  const visit = indexOf([
    ['lege', 'Har han gått ned i vekt?'],
    ['ukjent', 'Han vet ikke, han har ikke veid seg.'],
  ]);

  it('warns on "Betydelig vekttap siste måneder"', () => {
    expect(shownFlags('Betydelig vekttap siste måneder.', visit, 'anamnese')).toContain(
      'warning:unsupported',
    );
  });

  it('leaves "Vekttap ukjent" alone', () => {
    expect(shownFlags('Vekttap ukjent.', visit, 'anamnese')).toEqual([]);
  });

  it('leaves a weight loss the patient went on to tell alone', () => {
    const told = indexOf([
      ['lege', 'Har du gått ned i vekt?'],
      ['pasient', 'Vet ikke helt. Buksene sitter løsere, så jeg har nok gått ned i vekt.'],
    ]);
    expect(shownFlags('Vekttap.', told, 'anamnese')).not.toContain('warning:unsupported');
  });
});
