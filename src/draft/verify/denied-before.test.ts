import { describe, expect, it } from 'vitest';
import { tokenize } from '../language/fold.js';
import { saysBefore } from './denied-statements.js';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a finding denied only for the time before now', () => {
  const visit = indexOf([
    [
      'pasient',
      'Eg har fått så vondt i venstre leggen, og den er hoven. Det begynte for fire dager siden.',
    ],
    ['lege', 'Har du hatt blodpropp før?'],
    ['pasient', 'Nei, aldri. Men mamma fikk blodpropp i lungene etter en operasjon.'],
    ['lege', 'Det kan være en dyp venetrombose. Du får en sprøyte Fragmin i dag.'],
  ]);

  it("does not contradict today's assessment", () => {
    expect(shownFlags('Mistenkt DVT venstre legg.', visit, 'vurdering')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('still contradicts a history of it', () => {
    expect(shownFlags('Tidligere DVT.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('does not contradict an acute complaint the note dates to today', () => {
    const back = indexOf([
      ['pasient', 'Eg løfta ein tung kasse i går, og så small det i ryggen.'],
      ['lege', 'Har du hatt vondt i ryggen før?'],
      ['pasient', 'Nei, aldri hatt vondt i ryggen før.'],
    ]);
    expect(
      shownFlags('Akutte korsryggsmerter etter løft i går.', back, 'kontaktarsak'),
    ).not.toContain('error:negation-conflict');
  });
});

describe('a spoken sentence about the time before now', () => {
  it('ends on "før" or says "tidligere"', () => {
    expect(saysBefore(tokenize('Har du hatt vondt i ryggen før?'))).toBe(true);
    expect(saysBefore(tokenize('Har du vært deprimert tidligere?'))).toBe(true);
  });

  it('is not a "før" that opens a clause about another event', () => {
    expect(saysBefore(tokenize('Ser du flimring før det starter?'))).toBe(false);
    expect(saysBefore(tokenize('Jeg ble ikke svimmel før heller.'))).toBe(false);
  });
});

describe('a recurrence the note claims ("tilsvarende … tidligere")', () => {
  it('is contradicted when the complaint itself was asked about before and denied', () => {
    const back = indexOf([
      ['lege', 'Har du hatt vondt i ryggen før?'],
      ['pasient', 'Nei, aldri hatt vondt i ryggen før.'],
    ]);
    expect(shownFlags('Tidligere hatt tilsvarende ryggplager.', back, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ingen tidligere ryggplager.', back, 'anamnese')).toEqual([]);
  });
});
