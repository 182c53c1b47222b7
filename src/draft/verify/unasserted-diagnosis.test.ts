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

describe('a diagnosis named about a relative in the note (issue 11, s36e)', () => {
  const visit = indexOf([
    ['pasient', 'Eg har teke Albyl-E sidan infarktet til far min, men treng eg eigentleg det?'],
  ]);

  it('is not held to the patient when a genitive names the relative', () => {
    expect(
      shownFlags('Startet med Albyl-E etter farens hjerteinfarkt.', visit, 'anamnese'),
    ).not.toContain('warning:unsupported');
  });

  it('is still flagged when the note gives it to the patient', () => {
    expect(shownFlags('Startet med Albyl-E etter hjerteinfarkt.', visit, 'anamnese')).toContain(
      'warning:unsupported',
    );
  });
});

describe('advice that names a condition as a group of people (s36e)', () => {
  const visit = indexOf([
    ['lege', 'Du smittar no, så unngå kontakt med gravide og småbarn til såra har grodd.'],
  ]);

  it('is not read as a diagnosis stated plainly', () => {
    expect(
      shownFlags('Unngå kontakt med gravide og småbarn til sårene har grodd.', visit, 'tiltak'),
    ).not.toContain('warning:unsupported');
  });

  it('a plain statement of the same condition is still flagged', () => {
    const asked = indexOf([['lege', 'Er du gravid?']]);
    expect(shownFlags('Gravid.', asked, 'anamnese')).toContain('warning:unsupported');
  });
});

describe('a question that takes a diagnosis as given with a confirming tag (s36e)', () => {
  it('counts as asserted («Du er her på astma-kontroll, ja?»)', () => {
    const visit = indexOf([
      ['lege', 'Du er her på astma-kontroll, ja?'],
      ['pasient', 'Ja.'],
    ]);
    expect(shownFlags('Stabil astma.', visit, 'vurdering')).not.toContain('warning:unsupported');
  });

  it('a plain yes/no question still only asks', () => {
    const visit = indexOf([['lege', 'Kan det vere astma?']]);
    expect(shownFlags('Stabil astma.', visit, 'vurdering')).toContain('warning:unsupported');
  });
});

describe('a diagnosis word outside the lexicon that shares only a pain stem (s36e)', () => {
  it('is not flagged as only asked about', () => {
    const visit = indexOf([
      ['lege', 'Har du brukt noko mot smertene?'],
      ['lege', 'Dette er nok ein slimposebetennelse.'],
    ]);
    expect(shownFlags('Trokantært smertesyndrom.', visit, 'vurdering')).not.toContain(
      'warning:unsupported',
    );
  });

  it('is still flagged when the whole word was only suspected', () => {
    const visit = indexOf([['lege', 'Det kan vere eit smertesyndrom, men vi veit ikkje enno.']]);
    expect(shownFlags('Trokantært smertesyndrom.', visit, 'vurdering')).toContain(
      'warning:unsupported',
    );
  });
});

describe('a suspected diagnosis given as the cause of advice (review of s36)', () => {
  it('is still flagged in «Hold sengeleie på grunn av …»', () => {
    const visit = indexOf([
      ['pasient', 'Jeg lurer på om det kan være hjerteinfarkt.'],
      ['lege', 'Vi tar EKG.'],
    ]);
    expect(shownFlags('Hold sengeleie på grunn av hjerteinfarkt.', visit, 'tiltak')).toContain(
      'warning:unsupported',
    );
  });
});
