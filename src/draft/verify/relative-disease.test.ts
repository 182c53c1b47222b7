import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('an infection or disease by name', () => {
  it("is the partner's when only the partner had it, also in dialect", () => {
    const visit = indexOf([
      ['lege', 'Har du hatt dette før?'],
      ['pasient', 'Nei, aldri. Men kjærrsten min hadde herpes i auget i fjor.'],
    ]);
    expect(shownFlags('Tidligere herpes i øyet.', visit, 'anamnese')).toContain(
      'error:person-conflict',
    );
    expect(shownFlags('Kjæreste hadde herpes i øyet i fjor.', visit, 'anamnese')).toEqual([]);
  });
});
