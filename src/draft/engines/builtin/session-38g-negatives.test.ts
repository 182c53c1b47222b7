/*
 * Session 38g (issue 12): pertinent negatives said the way people say them — vision asked with
 * «ser», dialect forms of a plain no, a later part asked with its own «har du», a negated
 * question, a «jo» to «Ingen …?» and a yes that says how much or where. Fresh synthetic text.
 */
import { describe, expect, it } from 'vitest';
import { draftHistory } from './testing/draft-lines.js';

const opening = ['lege', 'Hva kan jeg hjelpe deg med?'] as const;

async function historyAfter(complaint: string, question: string, answer: string): Promise<string> {
  return draftHistory([opening, ['pasient', complaint], ['lege', question], ['pasient', answer]]);
}

describe('vision asked with «ser»', () => {
  it('«Ser du dobbelt eller uklart?» — «Nei.» denies double and blurred vision', async () => {
    const history = await historyAfter(
      'Jeg datt på isen og slo hodet.',
      'Ser du dobbelt eller uklart?',
      'Nei.',
    );
    expect(history).toMatch(/(?:Ingen|Ikke) dobbeltsyn eller uklart syn\./u);
  });

  it('«Ser du flimring eller uklart, eller lysglimt?» — «Nei, itj nå sånt.» denies all three', async () => {
    const history = await historyAfter(
      'Æ har hatt hodepine i tre dager.',
      'Ser du flimring eller uklart, eller lysglimt?',
      'Nei, itj nå sånt.',
    );
    expect(history).toMatch(/Ingen flimring, uklart syn eller lysglimt\./u);
  });

  it('«Nei, men litt uklart.» never denies the blurred vision it affirms', async () => {
    const history = await historyAfter(
      'Jeg har hatt hodepine siden i morges.',
      'Ser du dobbelt eller uklart?',
      'Nei, men litt uklart.',
    );
    expect(history).not.toMatch(/(?:Ingen|Ikke)[^.]*uklart syn/u);
  });

  it('«Ser du noen sammenheng?» — «Nei.» is no vision denial', async () => {
    const history = await historyAfter(
      'Jeg har vondt i magen av og til.',
      'Ser du noen sammenheng med maten?',
      'Nei.',
    );
    expect(history).not.toMatch(/syn/u);
  });
});

describe('dialect plain no and a later part with its own «har du»', () => {
  it('«Hodepine, eller har du falt?» — «Nei, itte det heller.» denies both', async () => {
    const history = await historyAfter(
      'Je har blødd neseblod tre ganger.',
      'Hodepine, eller har du falt?',
      'Nei, itte det heller.',
    );
    expect(history).toMatch(/Ingen hodepine\./u);
    expect(history).toMatch(/Har ikke falt\./u);
  });

  it('«Kvalme, eller har du kastet opp?» — «Nei.» denies the vomiting too', async () => {
    const history = await historyAfter(
      'Jeg har vondt i magen.',
      'Kvalme, eller har du kastet opp?',
      'Nei.',
    );
    expect(history).toMatch(/Ingen kvalme eller oppkast\./u);
  });
});

describe('negated questions', () => {
  it('«Du røyker ikke?» — «Nei.» is «Røyker ikke.», never a double negative', async () => {
    const history = await historyAfter('Jeg har hostet i tre uker.', 'Du røyker ikke?', 'Nei.');
    expect(history).toMatch(/Røyker ikke\./u);
    expect(history).not.toMatch(/ikke ikke/u);
  });

  it('«Du røyker ikke?» — «Nei, men kona mi røyker.» keeps both, each on its own person', async () => {
    const history = await historyAfter(
      'Jeg har hostet i tre uker.',
      'Du røyker ikke?',
      'Nei, men kona mi røyker.',
    );
    expect(history).toMatch(/Røyker ikke\. Kona røyker\./u);
  });

  it('«Ingen smerter i brystet?» — «Nei.» still denies chest pain', async () => {
    const history = await historyAfter(
      'Jeg har vært tung i pusten siden i går.',
      'Ingen smerter i brystet?',
      'Nei.',
    );
    expect(history).toMatch(/Ingen brystsmerter/u);
  });
});

describe('a yes that says how much or where', () => {
  it('«Ingen nummenhet i bena?» — «Jo, litt i høyre.» keeps the side', async () => {
    const history = await historyAfter(
      'Jeg har vondt i korsryggen.',
      'Ingen nummenhet i bena?',
      'Jo, litt i høyre.',
    );
    expect(history).not.toMatch(/(?:Ingen|Ikke|Har ikke) nummenhet/u);
    expect(history).toMatch(/høyre/u);
  });

  it('«Har du lammelse i armen eller beinet?» — «Nei, jo, litt i venstre hand.» is never a flat denial', async () => {
    const history = await historyAfter(
      'Jeg har vondt i ryggen.',
      'Har du nummenhet eller lammelse i armen eller beinet nå i dag?',
      'Nei, jo, litt i venstre hand, heilt ytterst i fingran.',
    );
    expect(history).not.toMatch(/(?:Ingen|Ikke) (?:nummenhet|lammelse)/u);
    expect(history).toMatch(/venstre hånd/u);
  });
});
