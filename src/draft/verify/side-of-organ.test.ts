import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a side said of the organ a finding lies in ("inni nasen på venstre side … septumhematom")', () => {
  const visit = indexOf([
    [
      'lege',
      'Nasen er hoven og litt skeiv mot høgre. Inni nasen på venstre side er det ein blåraud kul på skiljeveggen, eit septumhematom. Høgre side er fri.',
    ],
  ]);

  it('bears out the finding on that side', () => {
    expect(shownFlags('Septumhematom på venstre side.', visit, 'funn')).toEqual([]);
  });

  it('still contradicts the finding on a side said of the same finding', () => {
    const own = indexOf([['lege', 'Det er eit septumhematom på venstre side. Høgre side er fri.']]);
    expect(shownFlags('Septumhematom på høyre side.', own, 'funn')).toContain(
      'error:laterality-conflict',
    );
  });
});
