import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a short prompt without a question mark, answered yes or no (speech-to-text)', () => {
  const visit = indexOf([
    ['lege', 'Svie når du tisse'],
    ['pasient', 'Nei ingen svie'],
    ['lege', 'Mista han bevisstheita'],
    ['pårørende', 'Nei han var vaken heile tida'],
    ['lege', 'Hørselstap eller øresus'],
    ['pasient', 'Nei hørselen e som før ingen sus'],
  ]);

  it('does not read the prompt as the clinician stating the finding present', () => {
    expect(shownFlags('Ingen dysuri.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ikke bevisstløs.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen hørselstap eller tinnitus.', visit, 'anamnese')).toEqual([]);
  });

  it('reads the "nei" as the answer, so a note stating the finding is contradicted', () => {
    expect(shownFlags('Svie ved vannlatning.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Kortvarig bevisstløs.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it("keeps a clinician's own short statement of a finding when it is not answered yes or no", () => {
    const examined = indexOf([
      ['lege', 'Hoven over laterale malleol'],
      ['pasient', 'Au, der er det vondt'],
    ]);
    expect(shownFlags('Ingen hevelse.', examined, 'funn')).toContain('error:negation-conflict');
  });
});

describe('a dialect denial after the verb with "det" as subject ("det hovne ikkje opp")', () => {
  const knee = indexOf([
    ['lege', 'Hovne det opp?'],
    ['pasient', 'Nei det hovne ikkje opp, men det låse seg av og te.'],
  ]);

  it('bears out a note that denies the swelling', () => {
    expect(shownFlags('Ingen hevelse.', knee, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that states it', () => {
    expect(shownFlags('Hevelse etter belastning.', knee, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('an object-fronted denial of a drug in a run-on transcript ("Ibux tåler æ ikkje")', () => {
  const visit = indexOf([
    ['lege', 'Bruker du noen medisina'],
    ['pasient', 'Paracet to tabletta tre gonga om dagen Ibux tåler æ ikkje det gir mæ magesår'],
  ]);

  it('bears out "tåler ikke ibuprofen"', () => {
    expect(shownFlags('Tåler ikke ibuprofen.', visit, 'anamnese')).toEqual([]);
  });

  it('contradicts a note that says the drug is tolerated', () => {
    expect(shownFlags('Tåler ibuprofen godt.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});
