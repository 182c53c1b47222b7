import { describe, expect, it } from 'vitest';
import { checkSentence } from './check-sentence.js';
import { indexOf } from './testing/shown-flags.js';

describe('the message of a number said in nynorsk words', () => {
  const visit = indexOf([['lege', 'Vi tek ein ny kontroll om ei veke.']]);

  it('names the whole word «ein», not a piece of it', () => {
    const messages = checkSentence('Ny kontroll om ein månad.', visit)
      .flags.filter((flag) => flag.kind === 'unit-conflict')
      .map((flag) => flag.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^ein har en annen enhet/u);
  });
});
