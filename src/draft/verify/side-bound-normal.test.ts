import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a part called normal on the side the conversation did not call normal', () => {
  const visit = indexOf([
    ['lege', 'Venstre albuen er hoven og varm over olecranon. Høgre albue er normal.'],
    ['lege', 'Høyre ankel er hoven og øm over laterale malleol. Venstre ankel er fin.'],
  ]);

  it('is flagged when only the other side was normal', () => {
    expect(shownFlags('Venstre albue normal.', visit, 'funn')).toContain(
      'error:laterality-conflict',
    );
    expect(shownFlags('Normal høyre ankel.', visit, 'funn')).toContain('error:laterality-conflict');
  });

  it('leaves the side that was called normal alone', () => {
    expect(shownFlags('Høyre albue normal.', visit, 'funn')).not.toContain(
      'error:laterality-conflict',
    );
    expect(shownFlags('Normal venstre ankel.', visit, 'funn')).not.toContain(
      'error:laterality-conflict',
    );
  });
});
