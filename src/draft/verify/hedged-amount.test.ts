import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"kanskje" beside a count hedges the count, not the complaint', () => {
  const visit = indexOf([
    ['lege', 'Har du svie når du tisser?'],
    ['pasient', 'Nei. Men æ må tisse oftere om natten enn før, tre ganger kanskje.'],
  ]);

  it('flags "Ingen nokturi" where the patient said "tre ganger kanskje"', () => {
    expect(shownFlags('Ingen nokturi.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('leaves "Nokturi ca. tre ganger per natt" alone', () => {
    expect(shownFlags('Nokturi ca. tre ganger per natt.', visit, 'anamnese')).toEqual([]);
  });

  it('still reads "kanskje" alone as a suspicion', () => {
    const unsure = indexOf([
      ['lege', 'Hvordan er det med vannlatingen?'],
      ['pasient', 'Æ må kanskje tisse litt oftere om natten, æ vet ikke.'],
    ]);
    expect(shownFlags('Ingen nokturi.', unsure, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
