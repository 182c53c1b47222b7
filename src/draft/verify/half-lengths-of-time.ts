import { foldText } from '../../language/index.js';
import type { Quantity, QuantityUnit } from './read-claims.js';

/** The unit of a length of time named after "halv"/"halve" (folded forms, bokmål and nynorsk). */
const halfUnits: ReadonlyMap<string, QuantityUnit> = new Map([
  ['minutt', 'minute'],
  ['minuttet', 'minute'],
  ['dag', 'day'],
  ['dagen', 'day'],
  ['dogn', 'day'],
  ['dognet', 'day'],
  ['uke', 'week'],
  ['uka', 'week'],
  ['uken', 'week'],
  ['veke', 'week'],
  ['veka', 'week'],
  ['maned', 'month'],
  ['maneden', 'month'],
  ['manad', 'month'],
  ['manaden', 'month'],
  ['ar', 'year'],
  ['aret', 'year'],
]);

/**
 * "et halvt minutt", "ei halv veke", "det siste halve året", "en halv måned": half a unit of time,
 * which a note restates in the smaller unit ("30 sekunder" aside, "seks måneder", "to uker").
 */
const halfPattern =
  /(?<![\p{L}])(?:(?:et|eit|ett|en|ein|ei)\s+halv[te]?|halve)\s+(\p{L}+)(?![\p{L}])/giu;

/** Half lengths of time in `ranged` (offsets shifted by `rangeStart` into the whole text). */
export function readHalfLengthsOfTime(ranged: string, rangeStart: number): Quantity[] {
  if (!/halv/iu.test(ranged)) return [];
  const found: Quantity[] = [];
  halfPattern.lastIndex = 0;
  for (let match = halfPattern.exec(ranged); match !== null; match = halfPattern.exec(ranged)) {
    const unit = halfUnits.get(foldText(match[1] ?? ''));
    if (unit === undefined) continue;
    const start = match.index + rangeStart;
    found.push({
      value: 0.5,
      unit,
      start,
      end: start + match[0].length,
      label: match[0],
      retracted: false,
    });
  }
  return found;
}
