import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { checkSentence } from './check-sentence.js';
import { createTranscriptIndex } from './transcript-index.js';

/**
 * Faults s40d stopped catching (found by the s40d review, session 40; its fix was not finished): the lay words for places it added to the shared
 * lexicon make more of a sentence «said», so an invented place beside a said one now passes. Left as known failures: narrowing them would undo the lexicon's gains.
 */
function indexOf(lines: readonly (readonly [Speaker, string])[]) {
  return createTranscriptIndex({
    segments: lines.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
}

function warnings(text: string, index: ReturnType<typeof indexOf>, section: string): string[] {
  return checkSentence(text, index, { section })
    .flags.filter((flag) => flag.severity !== 'info')
    .map((flag) => flag.message);
}

describe('faults hidden by the new place words', () => {
  const psoriasis = indexOf([
    ['pasient', 'Eg har fått flassande utslett på albogane.'],
    ['lege', 'Eg ser raude plakk med skjel på begge albogane.'],
  ]);

  it.fails('flags knees added beside the said elbows', () => {
    expect(
      warnings('Utslett på albuer, knær og i hodebunnen.', psoriasis, 'kontaktarsak'),
    ).not.toEqual([]);
  });

  const neck = indexOf([
    ['pasient', 'eg har vondt i akslene etter jobb'],
    ['lege', 'eg kjenner på musklane no det er stramt'],
  ]);

  it.fails('flags tenderness added in the groin', () => {
    expect(warnings('Stramme muskler, ømhet i lysken.', neck, 'funn')).not.toEqual([]);
  });
});
