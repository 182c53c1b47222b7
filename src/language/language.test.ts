import { describe, expect, it } from 'vitest';
import {
  foldText,
  isMonthName,
  monthNumbers,
  parseCardinalWord,
  parseOrdinalWord,
  relativeGenders,
  splitSentences,
  splitWords,
  tokenizeWords,
  toCardinalWord,
  toOrdinalWord,
  weekdayNames,
} from './index.js';

describe('number words', () => {
  it('reads the spoken forms both pseudonymization and verification meet', () => {
    expect(parseCardinalWord('søtten')).toBe(17);
    expect(parseCardinalWord('én')).toBe(1);
    expect(parseCardinalWord('ein')).toBe(1);
    expect(parseCardinalWord('tjuefem')).toBe(25);
    expect(parseCardinalWord('femogtjue')).toBe(25);
    expect(parseCardinalWord('søttiåtte')).toBe(78);
    expect(parseCardinalWord('hundre')).toBeUndefined();
  });

  it('reads day ordinals up to 31, and the old "annen" only as a day', () => {
    expect(parseOrdinalWord('tjueandre')).toBe(22);
    expect(parseOrdinalWord('tyveførste')).toBe(21);
    expect(parseOrdinalWord('trettiførste')).toBe(31);
    expect(parseOrdinalWord('annen')).toBe(2);
    expect(parseOrdinalWord('førtiførste')).toBeUndefined();
  });

  it('writes every day and every number below a hundred back as a word it reads', () => {
    for (let day = 1; day <= 31; day += 1) expect(parseOrdinalWord(toOrdinalWord(day))).toBe(day);
    for (let value = 0; value < 100; value += 1)
      expect(parseCardinalWord(toCardinalWord(value))).toBe(value);
  });
});

describe('calendar words', () => {
  it('numbers the months and orders weekdays as Date.getUTCDay does', () => {
    expect(monthNumbers['desember']).toBe(12);
    expect(isMonthName('November')).toBe(true);
    expect(isMonthName('constructor')).toBe(false);
    // 1 December 2026 is a Tuesday.
    expect(weekdayNames[new Date(Date.UTC(2026, 11, 1)).getUTCDay()]).toBe('tirsdag');
  });
});

describe('folding and words', () => {
  it('folds Norwegian letters and accents so a plain keyboard finds them', () => {
    expect(foldText('Høyre kné')).toBe('hoyre kne');
    expect(foldText('Ærlig Åse')).toBe('aerlig ase');
  });

  it('keeps hyphenated words whole and gives their offsets', () => {
    const tokens = tokenizeWords('Covid-19 i går.');
    expect(tokens.map((token) => [token.text, token.start, token.end])).toEqual([
      ['Covid-19', 0, 8],
      ['i', 9, 10],
      ['går', 11, 14],
    ]);
    expect(tokens[2]?.folded).toBe('gar');
    expect(splitWords('a-b, c')).toEqual(['a', 'b', 'c']);
  });

  it('splits sentences but keeps dates and abbreviations inside them', () => {
    const text = 'Hun kom 4. november med feber. Dr. Berg så henne! Ok?';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'Hun kom 4. november med feber.',
      'Dr. Berg så henne!',
      'Ok?',
    ]);
  });
});

describe('splitSentences with a species name', () => {
  it('keeps an abbreviated genus and its species in one sentence', () => {
    expect(
      splitSentences('Blodkulturene viste E. coli. Strep. pyogenes i halsen.').map((s) => s.text),
    ).toEqual(['Blodkulturene viste E. coli.', 'Strep. pyogenes i halsen.']);
  });

  it('still ends a sentence after a capital letter when a capital word follows', () => {
    expect(splitSentences('Han tar vitamin D. Han er bedre.').map((s) => s.text)).toEqual([
      'Han tar vitamin D.',
      'Han er bedre.',
    ]);
  });

  it('ends a lower-case speech-to-text sentence after a capital letter that is not a genus', () => {
    expect(
      splitSentences('jeg tar vitamin D. har du noe mer å spørre om').map((s) => s.text),
    ).toEqual(['jeg tar vitamin D.', 'har du noe mer å spørre om']);
    expect(
      splitSentences('han hadde hepatitt B. hvis det blusser opp må han komme').map((s) => s.text),
    ).toEqual(['han hadde hepatitt B.', 'hvis det blusser opp må han komme']);
    expect(splitSentences('hun har blodtype A. mamma har det samme').map((s) => s.text)).toEqual([
      'hun har blodtype A.',
      'mamma har det samme',
    ]);
  });

  it('keeps the common bacterial and fungal species whole', () => {
    for (const species of [
      'S. aureus',
      'H. pylori',
      'K. pneumoniae',
      'C. difficile',
      'P. aeruginosa',
      'H. influenzae',
      'C. albicans',
      'E. faecium',
      'B. burgdorferi',
      'C. trachomatis',
      'M. catarrhalis',
      'S. pyogenes',
      'G. lamblia',
    ]) {
      expect(splitSentences(`Dyrket ${species} i prøven.`).map((s) => s.text)).toEqual([
        `Dyrket ${species} i prøven.`,
      ]);
    }
  });
});

describe('relative genders', () => {
  it('names the gender of a kinship word so "han"/"ho" after it can be checked', () => {
    expect(relativeGenders.get('svigermor')).toBe('female');
    expect(relativeGenders.get('dotter')).toBe('female');
    expect(relativeGenders.get('svigerfar')).toBe('male');
    expect(relativeGenders.get('sonen')).toBe('male');
    expect(relativeGenders.get('naboen')).toBeUndefined();
  });
});
