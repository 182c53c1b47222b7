import { describe, expect, it } from 'vitest';
import { tokenize } from '../language/fold.js';
import { clauseAround, isUnmarkedQuestion } from './clauses.js';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a question from speech-to-text, without a question mark', () => {
  const visit = indexOf([
    ['lege', 'blir du tung i pusten når du går i trapper'],
    ['pasient', 'nei det blir jeg ikke det er bare knærne som verker'],
    ['lege', 'noe prikking i tærne'],
    ['pasient', 'nei'],
  ]);

  it('is read as a question answered no, so the denial in the note stands', () => {
    expect(shownFlags('Ingen dyspné i trapper.', visit)).toEqual([]);
    expect(shownFlags('Ingen parestesier i tærne.', visit)).toEqual([]);
  });

  it('flags a note that writes the denied symptom as present', () => {
    expect(shownFlags('Dyspné i trapper.', visit)).toContain('error:negation-conflict');
  });

  it('tells questions from statements by word order', () => {
    expect(isUnmarkedQuestion(tokenize('har dere merket feber hos henne'), false)).toBe(true);
    expect(isUnmarkedQuestion(tokenize('du har feber i dag'), false)).toBe(false);
    expect(isUnmarkedQuestion(tokenize('noe hevelse i ankelen'), false)).toBe(false);
    expect(isUnmarkedQuestion(tokenize('noe hevelse i ankelen'), true)).toBe(true);
  });
});

describe('the clause a word belongs to', () => {
  const words = (text: string, at: string): string => {
    const tokens = tokenize(text);
    const { start, end } = clauseAround(
      tokens,
      tokens.findIndex((token) => token.folded === at),
    );
    return tokens
      .slice(start, end)
      .map((token) => token.text)
      .join(' ');
  };

  it('ends at "men" and at "og" before a new subject', () => {
    expect(words('øm i leggen men ikke i låret og han har feber', 'laret')).toBe(
      'men ikke i låret',
    );
    expect(words('eg har astma sjølv, og veslesyster hans har eksem', 'eksem')).toBe(
      'og veslesyster hans har eksem',
    );
  });
});

describe('a suspicion in the conversation', () => {
  const visit = indexOf([
    ['pasient', 'Jeg trodde det var migrene, min mor har det.'],
    ['lege', 'Du har ikke migrene, dette er spenningshodepine.'],
  ]);

  it('does not count as the finding stated present, so a note that denies it stands', () => {
    expect(shownFlags('Ikke migrene.', visit, 'vurdering')).toEqual([]);
  });
});

describe('a fronted denial in trøndersk', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt feber eller hoste?'],
    ['pasient', 'Feber har æ itj hatt, men æ hoste litt om natta.'],
  ]);

  it('reads "Feber har æ itj hatt" as no fever', () => {
    expect(shownFlags('Ingen feber.', visit)).toEqual([]);
    expect(shownFlags('Har hatt feber.', visit)).toContain('error:negation-conflict');
  });
});

describe('a reply that names the part it denies', () => {
  const visit = indexOf([
    ['lege', 'har du hatt vondt i halsen eller feber'],
    ['pasient', 'feber nei men halsen er sår når jeg svelger'],
  ]);

  it('reads "feber nei" as no fever', () => {
    expect(shownFlags('Ingen feber.', visit)).toEqual([]);
    expect(shownFlags('Feber siste dager.', visit)).toContain('error:negation-conflict');
  });
});
