import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { checkSentence } from './check-sentence.js';
import { createTranscriptIndex } from './transcript-index.js';

const index = createTranscriptIndex({
  segments: (
    [
      ['lege', 'Jeg kjenner på magen din. Den er myk, og du er ikke øm noe sted.'],
      ['lege', 'Du har et blåmerke på leggen, men huden er ellers fin.'],
      ['lege', 'Jeg lytter på lungene. De høres fine ut, ingen knatring.'],
      ['lege', 'Pulsen i håndleddet kjennes godt.'],
    ] as const satisfies readonly (readonly [Speaker, string])[]
  ).map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
});

function shown(text: string, section: string): string[] {
  return checkSentence(text, index, { section })
    .flags.filter((flag) => flag.severity !== 'info')
    .map((flag) => flag.message);
}

describe('findings the clinician never examined', () => {
  it('warns about a sign in the findings that nobody said or examined', () => {
    expect(shown('Petekkier på leggen.', 'funn').join(' ')).toContain('«Petekkier»');
    expect(shown('Bløt abdomen med defans.', 'funn').join(' ')).toContain('«defans»');
    expect(shown('Bløt abdomen, palpabel oppfylning.', 'funn').join(' ')).toContain('«oppfylning»');
    expect(shown('Normale hjertelyder.', 'funn').join(' ')).toContain('«hjertelyder»');
  });

  it('accepts the clinical words for what was said at the examination', () => {
    expect(shown('Bløt og uøm abdomen.', 'funn')).toEqual([]);
    expect(shown('Hematom på leggen.', 'funn')).toEqual([]);
    expect(shown('Ingen knatrelyder.', 'funn')).toEqual([]);
    expect(shown('God radialispuls.', 'funn')).toEqual([]);
  });

  it('shows a sentence with little wording in common as information only', () => {
    const check = checkSentence('Palpasjon av abdomen uten funn.', index, { section: 'funn' });
    expect(check.flags.every((flag) => flag.severity === 'info')).toBe(true);
    expect(check.supported).toBe(true);
  });
});

describe('a finding called abnormal that the examination did not find', () => {
  const visit = createTranscriptIndex({
    segments: (
      [
        ['lege', 'Eg kjenner på foten din. Du kjenner godt når eg tek på tærne, og krafta er fin.'],
        ['lege', 'Pulsen på foten er god. Blodprøvane dine var fine, også nyreprøvane.'],
      ] as const satisfies readonly (readonly [Speaker, string])[]
    ).map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
  const shownHere = (text: string): string[] =>
    checkSentence(text, visit, { section: 'funn' })
      .flags.filter((flag) => flag.severity !== 'info')
      .map((flag) => flag.message);

  it('warns about a reduced, raised or prolonged finding nobody described', () => {
    expect(shownHere('Nedsatt sensibilitet på tærne.').join(' ')).toContain('«Nedsatt»');
    expect(shownHere('Lett forhøyet kreatinin.').join(' ')).toContain('«forhøyet»');
    expect(shownHere('Forlenget kapillærfylning på foten.').join(' ')).toContain('«Forlenget»');
  });

  it('accepts a reduction the clinician described in plain words', () => {
    const reflexes = createTranscriptIndex({
      segments: [
        {
          speaker: 'lege',
          text: unsafeAsPseudonymized('Refleksane i knea er svakare til venstre.'),
        },
      ],
    });
    const flags = checkSentence('Svekkede patellarreflekser venstre side.', reflexes, {
      section: 'funn',
    }).flags.filter((flag) => flag.severity !== 'info');
    expect(flags).toEqual([]);
  });
});
