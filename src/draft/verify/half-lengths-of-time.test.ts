import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('lengths of time restated in another unit', () => {
  const visit = indexOf([
    ['lege', 'Kor lenge har du hatt hovudverken?'],
    ['pasient', 'Eg har hatt han nesten kvar dag i halvannan månad no.'],
    ['lege', 'Og kneet?'],
    ['pasient', 'Det har vore mykje verre det siste halve året.'],
    ['lege', 'Kontroll om fire veker.'],
  ]);

  it('bears out "halvannan månad" written as six weeks', () => {
    expect(shownFlags('Seks vekers anamnese med dagleg hovudverk.', visit, 'anamnese')).toEqual([]);
  });

  it('bears out "det siste halve året" written as six months', () => {
    expect(shownFlags('Kneet forverra siste seks månader.', visit, 'anamnese')).toEqual([]);
  });

  it('bears out "om fire veker" written as a month', () => {
    expect(shownFlags('Kontroll om ein månad.', visit, 'tiltak')).toEqual([]);
  });

  it('still contradicts a length that differs', () => {
    expect(shownFlags('Tre vekers anamnese med dagleg hovudverk.', visit, 'anamnese')).not.toEqual(
      [],
    );
    expect(shownFlags('Kontroll om tre månader.', visit, 'tiltak')).not.toEqual([]);
  });
});
