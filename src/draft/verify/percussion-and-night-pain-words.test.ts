import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"bankeøm" is tenderness on percussion, however it is spelt', () => {
  const visit = indexOf([
    ['lege', 'Jeg kjenner på magen. Den er myk.'],
    ['lege', 'Bankeømhet over nyrelogene har du ikke.'],
  ]);

  it('flags "Bankeøm over venstre nyrelosje" where the examination denied it', () => {
    expect(shownFlags('Bankeøm over venstre nyrelosje.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves "Ikke bankeøm over nyrelosjene" alone', () => {
    expect(shownFlags('Ikke bankeøm over nyrelosjene.', visit, 'funn')).toEqual([]);
  });
});

describe('waking from the pain ("våkner av smertene") is night pain', () => {
  const visit = indexOf([
    ['lege', 'Blir det bedre når du spiser?'],
    ['pasient', 'Ja, litt. Men om natten våkner jeg av smertene.'],
  ]);

  it('flags "Ingen nattlige smerter"', () => {
    expect(shownFlags('Ingen nattlige smerter.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves "Nattlige smerter" alone', () => {
    expect(shownFlags('Nattlige smerter.', visit, 'anamnese')).toEqual([]);
  });
});
