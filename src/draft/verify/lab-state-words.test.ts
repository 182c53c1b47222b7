import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { checkSentence } from './check-sentence.js';
import { createTranscriptIndex } from './transcript-index.js';

function indexOf(segments: readonly (readonly [Speaker, string])[]) {
  return createTranscriptIndex({
    segments: segments.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
}

const raised = indexOf([
  ['pasient', 'Jeg har hostet i fire dager og har hatt feber.'],
  ['lege', 'CRP er 87, altså klart forhøyet. Oksygenmetningen er 96 prosent.'],
]);
const nynorskRaised = indexOf([
  ['pasient', 'Eg har vore stiv i fingrane om morgonen.'],
  ['lege', 'CRP er 28, auka. Revmatoid faktor er negativ.'],
]);
const normal = indexOf([
  ['pasient', 'Eg har vondt under ribbeina på høgre sida.'],
  ['lege', 'CRP er 12, det er normalt, og leverprøvane er normale.'],
]);

function errors(text: string, index: ReturnType<typeof indexOf>): string[] {
  return checkSentence(text, index, { section: 'funn' })
    .flags.filter((flag) => flag.severity === 'error')
    .map((flag) => flag.message);
}

describe('a lab test called normal where it was called raised, and the reverse', () => {
  it('flags "CRP normal" after "CRP er 87, altså klart forhøyet"', () => {
    expect(errors('CRP normal.', raised)).toEqual([
      'Setningen sier «normal», men i samtalen ble det sagt «forhøyet».',
    ]);
  });

  it('flags "CRP ikke forhøyet", naming the denial with the word', () => {
    expect(errors('CRP ikke forhøyet.', raised)).toEqual([
      'Setningen sier «ikke forhøyet», men i samtalen ble det sagt «forhøyet».',
    ]);
  });

  it('reads the nynorsk "auka" as raised', () => {
    expect(errors('CRP normal.', nynorskRaised).join(' ')).toContain('«auka»');
  });

  it('flags "CRP forhøgd" after "CRP er 12, det er normalt"', () => {
    expect(errors('CRP forhøgd.', normal).join(' ')).toContain('«normalt»');
  });

  it('leaves the state as said, and a denial that agrees, unflagged', () => {
    expect(errors('CRP 87, forhøyet.', raised)).toEqual([]);
    expect(errors('CRP 28, auka.', nynorskRaised)).toEqual([]);
    expect(errors('CRP 12, normal.', normal)).toEqual([]);
    expect(errors('CRP ikke forhøyet.', normal)).toEqual([]);
  });

  it('does not tie the state of one lab to another ("Revmatoid faktor negativ")', () => {
    expect(errors('Revmatoid faktor negativ.', nynorskRaised)).toEqual([]);
    expect(errors('Oksygenmetning 96 %, normal.', raised)).toEqual([]);
  });
});
