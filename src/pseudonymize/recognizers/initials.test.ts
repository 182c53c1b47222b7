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
});
