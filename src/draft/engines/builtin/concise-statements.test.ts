import { describe, expect, it } from 'vitest';

import {
  compressSentence,
  keepsGuardedContent,
  safetyNetWithOneSign,
} from './concise-statements.js';

describe('a safety net with one warning sign loses its frame, never its sign', () => {
  it('writes «Hvis pas. får …, så må pas. ringe 113 straks» as «Ring 113 straks ved …» (h244, h238)', () => {
    expect(
      compressSentence(
        'Hvis pas. får trykkende brystsmerter som ikke går over i løpet av et kvarter, så må pas. ringe 113 straks.',
        safetyNetWithOneSign,
      ),
    ).toBe('Ring 113 straks ved trykkende brystsmerter som ikke går over i løpet av et kvarter.');
    expect(
      compressSentence(
        'Hvis pas. skulle få tanker om å skade seg, så må pas. ringe lege eller legevakten på 116 117 straks.',
        safetyNetWithOneSign,
      ),
    ).toBe('Ring lege eller legevakten på 116 117 straks ved tanker om å skade seg.');
  });

  it('leaves a list of signs with verbs as it was said (h245)', () => {
    const said =
      'Hvis han får blod i bæsjen, kaster opp eller får vondt i magen hele tiden, så må de ta kontakt med lege.';
    expect(compressSentence(said, safetyNetWithOneSign)).toBe(said);
  });

  it('leaves a sentence whose meaning clause names a suspected diagnosis (h233)', () => {
    const said =
      'Hvis pas. får feber, frysninger eller vondt i ryggen, så er det tegn på at det har gått opp til nyrene, og da må pas. ta kontakt igjen straks.';
    expect(compressSentence(said, safetyNetWithOneSign)).toBe(said);
  });
});

describe('the guard behind every compression rule', () => {
  it('refuses a rewrite that loses a word of a guarded clause', () => {
    expect(
      keepsGuardedContent('Hvis pas. får brystsmerter, så må pas. ringe 113.', 'Ring 113.'),
    ).toBe(false);
    expect(compressSentence('Ingen brystsmerter.', () => '')).toBe('Ingen brystsmerter.');
  });

  it('lets a rule drop a sentence of pedagogy that carries nothing guarded', () => {
    expect(compressSentence('Det er en vanlig sykdom, og den kan behandles godt.', () => '')).toBe(
      '',
    );
  });
});
