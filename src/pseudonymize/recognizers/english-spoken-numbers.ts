import type { Candidate } from '../types.js';

/** English number words and their values: digits ("oh" for zero), teens and tens. */
const englishValues = new Map<string, number>([
  ['zero', 0],
  ['oh', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Fewer digits than this said in a row are a count or a score, not a phone number. */
const minimumDigits = 8;

/** Lines that can hold an English number said aloud: a digit word must be there. */
export const englishDigitCue = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine)\b/iu;

/** The digits of one English number word: "forty-one" → "41", "oh" → "0"; undefined for others. */
function digitsOf(word: string): string | undefined {
  const [head = '', unit] = word.toLowerCase().split('-');
  const value = englishValues.get(head);
  if (value === undefined) return undefined;
  if (unit === undefined) return String(value);
  const unitValue = englishValues.get(unit);
  return value >= 20 && value % 10 === 0 && unitValue !== undefined && unitValue < 10
    ? String(value + unitValue)
    : undefined;
}

/**
 * "nine one six, four two, eight eight zero", "plus four four seven seven zero zero …": a phone
 * number said in English words, by a patient who gives it in English, is eight digits or more of
 * number words one after another (commas and spaces between), with a "plus" before a country code.
 * A count ("two kids, one is nine") is broken by other words and stays.
 */
export function recognizeEnglishSpokenNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  const words = [...text.matchAll(/\p{L}+(?:-\p{L}+)?/gu)];
  let index = 0;
  while (index < words.length) {
    const first = words[index];
    if (first === undefined || digitsOf(first[0]) === undefined) {
      index++;
      continue;
    }
    let digits = '';
    let last = index;
    for (let cursor = index; cursor < words.length; cursor++) {
      const word = words[cursor];
      const previous = words[cursor - 1];
      const value = word === undefined ? undefined : digitsOf(word[0]);
      if (word === undefined || value === undefined) break;
      if (cursor > index && previous !== undefined) {
        const gap = text.slice(previous.index + previous[0].length, word.index);
        if (!/^[\s,]{1,3}$/u.test(gap)) break;
      }
      digits += value;
      last = cursor;
    }
    const end = words[last];
    if (digits.length >= minimumDigits && end !== undefined) {
      const plus = /\bplus\s+$/iu.exec(text.slice(Math.max(0, first.index - 6), first.index));
      out.push({
        start: plus === null ? first.index : first.index - plus[0].length,
        end: end.index + end[0].length,
        type: 'PHONE',
        confidence: 0.9,
      });
    }
    index = last + 1;
  }
  return out;
}
