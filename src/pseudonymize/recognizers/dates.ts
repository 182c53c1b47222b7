import { numericDatePattern, parseDate, textualDatePattern } from '../date-format.js';
import type { Candidate } from '../types.js';

const fractions = new Set(['1/2', '1/3', '2/3', '1/4', '3/4', '1/5', '1/8']);
const unitAfter = /^\s{0,2}(?:mg|g|kg|kilo|ml|l|mmol|mikrogram|µg|mcg|cm|mm|grader|prosent|%|enheter|ie|timer|min|kr|tabletter|tablett)(?![\p{L}])/iu;
const timeBefore = /(?:kl|klokka|klokken|kl\.)\s{0,2}$/iu;

/** Dates in written and spoken forms. Relative days ("i går", "lørdag") are not identifiers. */
export function recognizeDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  textualDatePattern.lastIndex = 0;
  for (let match = textualDatePattern.exec(text); match !== null; match = textualDatePattern.exec(text)) {
    const value = match[0];
    if (parseDate(value) === undefined) continue;
    out.push({ start: match.index, end: match.index + value.length, type: 'DATE', confidence: 0.9 });
  }
  numericDatePattern.lastIndex = 0;
  for (let match = numericDatePattern.exec(text); match !== null; match = numericDatePattern.exec(text)) {
    const value = match[0];
    const start = match.index;
    const end = start + value.length;
    const parsed = parseDate(value);
    if (parsed === undefined) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 14);
    if (timeBefore.test(before) || unitAfter.test(after)) continue;
    if (parsed.year === undefined) {
      if (fractions.has(value) && !/den\s{0,2}$/iu.test(before)) continue;
      // "5.10" could be a decimal; "14.02" with a zero-padded month is a date.
      if (parsed.style.kind === 'dotted' && !parsed.style.padMonth) continue;
    }
    out.push({ start, end, type: 'DATE', confidence: parsed.year === undefined ? 0.8 : 0.95 });
  }
  return out;
}
