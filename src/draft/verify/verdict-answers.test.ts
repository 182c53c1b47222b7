/**
 * A question about how something is and a one-word verdict in the next turn ("Korleis er
 * matlysta?" "Dårleg.") say together what the clinician writes as one finding ("Nedsatt
 * appetitt"). The finding is not flagged; one the verdict was not about still is.
 */
import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a poor verdict answering a question about appetite', () => {
  const poor = indexOf([
    ['lege', 'Korleis er matlysta for tida?'],
    ['pasient', 'Dårleg.'],
    ['lege', 'Og søvnen?'],
    ['pasient', 'Den er grei nok.'],
  ]);

  it('accepts "Nedsatt appetitt"', () => {
    expect(shownFlags('Nedsatt appetitt.', poor)).toEqual([]);
  });

  it('still flags it when the verdict was good, or about something else', () => {
    const good = indexOf([
      ['lege', 'Korleis er matlysta for tida?'],
      ['pasient', 'God, eg et som vanleg.'],
    ]);
    const sleep = indexOf([
      ['lege', 'Korleis søv du om natta?'],
      ['pasient', 'Dårleg.'],
    ]);
    expect(shownFlags('Nedsatt appetitt.', good)).not.toEqual([]);
    expect(shownFlags('Nedsatt appetitt.', sleep)).not.toEqual([]);
  });
});
