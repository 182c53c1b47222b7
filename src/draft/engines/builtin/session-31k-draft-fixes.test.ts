/*
 * Session 31k of issue 12: safety-critical negatives and who said what, on fresh dialect text (not
 * the shared d01–d06 nor the eval cases).
 */
import { describe, expect, it } from 'vitest';
import { normalizeSpokenNorwegian } from '../../language/spoken-norwegian.js';
import { splitTwoPartNegative } from './question-answer.js';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('one «nei» to a two-part question', () => {
  it('writes two negatives for «feber eller nattesvette» answered «Nei.» in nynorsk', async () => {
    const output = await draft([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har hosta i tre veker.'],
      ['lege', 'Har du hatt feber eller nattesvette?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen feber\. Ingen nattesvette\./u);
    expect(history).not.toMatch(/feber eller nattesvette/u);
  });

  it('keeps a shared phrase together instead of inventing a negative', () => {
    expect(splitTwoPartNegative('Ikke vondt i magen eller brystet.')).toBe(
      'Ikke vondt i magen eller brystet.',
    );
    expect(splitTwoPartNegative('Ingen suicidale tanker eller planer.')).toBe(
      'Ingen suicidale tanker eller planer.',
    );
    expect(splitTwoPartNegative('Ingen synsforstyrrelser eller nakkestivhet.')).toBe(
      'Ingen synsforstyrrelser. Ingen nakkestivhet.',
    );
  });
});

describe('red-flag negatives after a fall, said by a daughter in Valdres nynorsk', () => {
  it('denies both head injury and loss of consciousness, in bokmål', async () => {
    const output = await draft([
      ['lege', 'Kva er det som plagar deg?'],
      ['pårørende', 'Mor har vore svimmel i ei veke, ho har dotte heime.'],
      ['lege', 'Har ho slått hovudet eller mista medvitet?'],
      ['pårørende', 'Nei, ikkje noko av det.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/ikke slått hodet\./iu);
    expect(history).toMatch(/ikke mistet bevisstheten\./iu);
    expect(history).not.toMatch(/Ingen slått|medvit/u);
  });
});

describe('a relative named in nynorsk keeps the relative word', () => {
  it('reads «svigerfar min» as svigerfar, never a nynorsk -ar ending («svigerfer»)', () => {
    const said = normalizeSpokenNorwegian(
      'Eg har diabetes sjølv, og svigerfar min fekk hjarteinfarkt i vår.',
    );
    expect(said).toContain('svigerfar min fikk hjerteinfarkt');
    expect(said).not.toMatch(/svigerfer/u);
  });

  it('still turns a nynorsk -ar verb into bokmål in the same sentence', () => {
    expect(
      normalizeSpokenNorwegian('Eg har diabetes sjølv, og bestefar min brukar insulin.'),
    ).toContain('bestefar min bruker insulin');
  });
});

describe('radiation asked in dialect', () => {
  it('writes «Stråla det ut i armen eller kjeven?» — «Nei.» as no radiation', async () => {
    const output = await draft([
      ['lege', 'Kva er det som har skjedd?'],
      ['pasient', 'Æ fekk vondt i brystet i går kveld.'],
      ['lege', 'Stråla det ut i armen eller kjeven?'],
      ['pasient', 'Nei.'],
    ]);
    expect(section(output, 'anamnese')).toMatch(/Ingen utstråling (?:til|i) armen eller kjeven\./u);
  });
});
