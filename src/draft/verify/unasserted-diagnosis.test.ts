import { describe, expect, it } from 'vitest';
import { tokenize } from '../language/fold.js';
import { spokenModality } from './clause-modality.js';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a diagnosis the conversation only suspected', () => {
  const visit = indexOf([
    ['lege', 'Du har hatt vondt i brystet når du sykler til jobben?'],
    ['pasient', 'Ja, det strammer og går over når jeg stopper.'],
    ['lege', 'Det kan være angina, men det vet vi ikke ennå. Jeg sender deg til en hjertelege.'],
  ]);

  it('is flagged when the note states it as settled', () => {
    expect(shownFlags('Angina pectoris.', visit, 'vurdering')).toContain('warning:unsupported');
  });

  it('is not flagged when the note keeps the suspicion', () => {
    expect(shownFlags('Mistanke om angina pectoris.', visit, 'vurdering')).toEqual([]);
  });
});

describe('a diagnosis the conversation ruled out', () => {
  const visit = indexOf([
    ['lege', 'Prøvene viser at det ikke er blodpropp i lungene, den er utelukket.'],
    ['lege', 'Jeg tror pustebesværet kommer av en virusinfeksjon.'],
  ]);

  it('is flagged as contradicted when the note states it', () => {
    expect(shownFlags('Lungeemboli.', visit, 'vurdering')).toContain('error:negation-conflict');
  });
});

describe('a diagnosis the clinician asserted', () => {
  const visit = indexOf([
    ['lege', 'Har noen i familien astma?'],
    ['pasient', 'Ikke som jeg vet.'],
    ['lege', 'Jeg vurderer dette som astma, lungefunksjonen bedret seg mye etter medisinen.'],
  ]);

  it('is not flagged, although it was also asked about', () => {
    expect(shownFlags('Astma.', visit, 'vurdering')).toEqual([]);
  });
});

describe('the modality of a spoken clause', () => {
  const modalityOf = (text: string, word: string): string => {
    const tokens = tokenize(text);
    return spokenModality(
      tokens,
      tokens.findIndex((token) => token.folded === word),
      false,
      false,
    );
  };

  it('reads suspicion, plans and ruling out per clause', () => {
    expect(modalityOf('vi bør sjå på beinskjørheit seinare', 'beinskjorheit')).toBe('suspected');
    expect(modalityOf('D-dimer var negativ så lungeemboli er utelukket', 'lungeemboli')).toBe(
      'ruled-out',
    );
    expect(modalityOf('det er ikke sikkert, men det er gikt', 'gikt')).toBe('asserted');
  });
});
