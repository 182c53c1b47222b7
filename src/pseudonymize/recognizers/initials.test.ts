import { describe, expect, it } from 'vitest';

import { tokenize } from '../tokenize.js';
import { recognizeInitials } from './initials.js';

function initials(text: string): string[] {
  return recognizeInitials(text, tokenize(text)).map((candidate) =>
    text.slice(candidate.start, candidate.end),
  );
}

describe('recognizeInitials', () => {
  it('finds dotted initials with or without spaces', () => {
    expect(initials('Samtale med K.M. og E. S. i dag.')).toEqual(['K.M.', 'E. S.']);
  });

  it('finds bare capitals only after a signature word', () => {
    expect(initials('Sign. HRT')).toEqual(['HRT']);
    expect(initials('CRP og EKG tatt.')).toEqual([]);
  });

  it('leaves abbreviations such as "P.S." and lower-case ones such as "f.eks." alone', () => {
    expect(initials('P.S. Husk f.eks. blodprøven.')).toEqual([]);
  });

  it('finds initials after a verb of writing with "av", and the typist after a slash', () => {
    expect(initials('Diktert av TH, godkjent av KB.')).toEqual(['TH', 'KB']);
    expect(initials('Sign. OLS/kt')).toEqual(['OLS/kt']);
  });

  it('leaves clinical abbreviations after the same words alone', () => {
    expect(initials('Vurdert av NAV. Pasienten fikk PCI/CABG og EKG/CT.')).toEqual([]);
  });

  it('takes no spinal level for an author and typist', () => {
    expect(initials('Prolaps L4/L5 med affeksjon av L5-roten. Degenerasjon C5/C6.')).toEqual([]);
    expect(initials('Diktert av TH/kt.')).toEqual(['TH/kt']);
  });
});
