import { describe, expect, it } from 'vitest';

import { toLexiconPattern } from './safety-lexicon.js';
import { allText, draftJournalNote } from './testing/draft-lines.js';

/*
 * Review s30r (D2): the safety-net patterns moved into the lexicon gained a right word boundary
 * the old regular expressions lacked, so «kastet opp blodig slim» was no longer a red flag. One
 * case per family of the old patterns.
 */
describe('the safety net reads a red flag said with a longer word', () => {
  it.each([
    [
      'Jeg har hatt magesmerter, og i natt kastet jeg opp, jeg kastet opp blodig slim.',
      /Blodig oppkast\./u,
    ],
  ])('«%s»', async (said, written) => {
    const output = await draftJournalNote([
      ['lege', 'Hva bringer deg hit i dag?'],
      ['pasient', said],
    ]);
    expect(allText(output)).toMatch(written);
  });
});

describe('every safety-net phrase matches a prefix, as the regular expressions it replaced did', () => {
  const netPattern = (wording: string): RegExp =>
    toLexiconPattern((entry) => entry.safetyNet === true && entry.noteWording === wording);
  it.each([
    ['Blod i avføringen.', 'det har vært blod i avføringa i flere dager'],
    ['Svart avføring.', 'det har vært svart avføringsfarge hele uka'],
    ['Blod i urinen.', 'det var blod i urinprøven'],
    ['Blodig oppkast.', 'kastet opp blodig slim'],
    ['Hoster blod.', 'hostet opp blodig slim'],
  ])('%s ← «%s»', (wording, said) => {
    expect(netPattern(wording).test(said)).toBe(true);
  });

  it('suicidal thought ← «har hatt tanker om selvmordsforsøk»', () => {
    const said = 'har hatt tanker om selvmordsforsøk';
    const suicidal = toLexiconPattern(
      (entry) => entry.safetyNet === true && entry.topic === 'suicidal',
    );
    expect(suicidal.test(said)).toBe(true);
  });
});
