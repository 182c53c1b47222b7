/*
 * Session 33h (issue 12, point 6): the clinician's assessment said behind a hedge («Jeg tror dette
 * er …», «Dette er nok et typisk …») reaches Vurdering even when the condition is a word the
 * clinical vocabulary does not know; talk that only sounds like it («Jeg tror det er smart å …»,
 * «Jeg tror dette er viktig …») does not. Fresh synthetic text (not the shared or eval cases).
 */
import { describe, expect, it } from 'vitest';

import { namedCondition } from './classify.js';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

const opening = [
  ['lege', 'Hva kan jeg hjelpe deg med?'],
  ['pasient', 'Jeg har hatt vondt i albuen i tre uker etter at jeg malte huset.'],
] as const;

describe('a hedged assessment reaches Vurdering', () => {
  it('writes «Jeg tror dette er overbelastning i albuen.» as an assessment', async () => {
    const output = await draft([
      ...opening,
      ['lege', 'Jeg tror dette er overbelastning i albuen.'],
    ]);
    expect(section(output, 'vurdering')).toMatch(/[Oo]verbelastning i albuen/u);
  });

  it('writes «Dette er nok en typisk musearm.» as an assessment', async () => {
    const output = await draft([...opening, ['lege', 'Dette er nok en typisk musearm.']]);
    expect(section(output, 'vurdering')).toMatch(/musearm/u);
  });

  it('writes «Dette er et helt vanlig hekseskudd.» as «Hekseskudd.» without «vanlig»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i ryggen i fire dager etter at jeg løftet en kasse.'],
      ['lege', 'Dette er et helt vanlig hekseskudd.'],
    ]);
    expect(section(output, 'vurdering')).toBe('Hekseskudd.');
  });

  it('names the condition after a hedge and a common adjective', () => {
    expect(namedCondition('Jeg tror dette er overbelastning i albuen.')).toBe('overbelastning');
    expect(namedCondition('Dette er nok et vanlig muskulært hekseskudd.')).toBe('hekseskudd');
    expect(namedCondition('Jeg tror det er en musearm.')).toBe('musearm');
  });
});

describe('talk that only sounds like an assessment stays out', () => {
  // 33p: «Jeg tror det er smart å vente» alone could never fail (the «det er» branch wants an
  // article after it); the sentences below reach the word the test is about.
  it('names no condition in «Jeg tror dette er smart», «Jeg tror det er en fordel med hvile»', () => {
    for (const sentence of [
      'Jeg tror dette er smart.',
      'Jeg tror det er en fordel med hvile.',
      'Jeg tror dette er bedre, vi venter.',
      'Jeg tror dette er greit.',
      'Jeg tror det er smart å vente litt.',
      'Jeg tror dette er viktig for deg.',
      'Jeg tror det er bedre om du hviler.',
      'Jeg tror det er greit.',
      'Det er flott.',
    ]) {
      expect(namedCondition(sentence)).toBeUndefined();
    }
  });

  it('writes no Vurdering from «Jeg tror dette er smart, vi venter litt.»', async () => {
    const output = await draft([...opening, ['lege', 'Jeg tror dette er smart, vi venter litt.']]);
    expect(section(output, 'vurdering')).toBe('');
  });
});
