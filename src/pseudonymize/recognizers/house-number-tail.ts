import type { Candidate } from '../types.js';

/** A house number said in words, 1–99: "åtte", "tolv", "førtien". */
const spokenHouseNumber =
  '(?:(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(?:en|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni)?|en|ein|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)';

/** " nr. 12", " nr 105 B", " nummer 7", ", nummer åtte" right after a street. */
const numberTail = new RegExp(
  `^(?:,\\s{1,2}|\\s{1,2})(?:nr\\.?|nummer)\\s?(?:\\d{1,4}(?:\\s?[A-Ha-h](?![\\p{L}\\p{N}]))?|${spokenHouseNumber})(?![\\p{L}\\p{N}])`,
  'u',
);

/**
 * A street followed by "nr." and a number ("Fjellveien nr. 12", "Granlia nr. 7") is one address:
 * grows the street span (an ADDRESS, or a place that is the street name) over the number, so the
 * house number does not reach the model. `accepted` must be sorted and free of overlaps; so is
 * the result.
 */
export function withHouseNumberTails(text: string, accepted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index < accepted.length; index++) {
    const candidate = accepted[index];
    if (candidate === undefined) continue;
    if (candidate.type !== 'ADDRESS' && candidate.type !== 'LOCATION') {
      out.push(candidate);
      continue;
    }
    const match = numberTail.exec(text.slice(candidate.end, candidate.end + 24));
    const nextStart = accepted[index + 1]?.start ?? text.length;
    if (match === null || candidate.end + match[0].length > nextStart) {
      out.push(candidate);
      continue;
    }
    out.push({
      ...candidate,
      end: candidate.end + match[0].length,
      type: 'ADDRESS',
      confidence: Math.max(candidate.confidence, 0.85),
    });
  }
  return out;
}

/**
 * ". Nei, 41 D, unnskyld.", ", eller 43.": a house number said again as a correction right after an
 * address that ends in one, closing its clause ("Nei, 2 ganger om dagen" is no house number).
 */
const correctedNumber = new RegExp(
  `^[\\s.,!]{0,4}(?:(?:nei|unnskyld|eller|altså)[\\s,]{1,3}){1,3}(?:vent[\\s,]{1,3})?((?:nummer\\s|nr\\.?\\s?)?(?:\\d{1,4}(?:\\s?[A-Ha-h])?|${spokenHouseNumber}))(?=\\s*(?:[.,!?]|$|unnskyld|kanskje|tror))`,
  'iu',
);

/** An address that ends in its house number, typed or said. */
const endsInHouseNumber = new RegExp(`(?:\\d\\s?[A-Ha-h]?|(?<!\\p{L})${spokenHouseNumber})$`, 'iu');

/** The town said right after a street ("Strandveien 8, i Tromsø"), before a correction. */
const townAfterStreet = /^,?\s{1,2}(?:i|på)\s{1,2}\p{Lu}[\p{L}-]+/u;

/**
 * "Hasleveien 41 C. Nei, 41 D, unnskyld.", "Strandveien, nummer åtte, i Tromsø. Nei vent, nummer
 * ni.": the corrected house number is the address too; alone it still tells where the patient
 * lives. `accepted` must be sorted and free of overlaps; so is the result.
 */
export function withCorrectedHouseNumbers(
  text: string,
  accepted: readonly Candidate[],
): Candidate[] {
  const added: Candidate[] = [];
  for (const [index, candidate] of accepted.entries()) {
    if (
      candidate.type !== 'ADDRESS' ||
      !endsInHouseNumber.test(text.slice(candidate.start, candidate.end))
    )
      continue;
    const from =
      candidate.end +
      (townAfterStreet.exec(text.slice(candidate.end, candidate.end + 40))?.[0].length ?? 0);
    const match = correctedNumber.exec(text.slice(from, from + 40));
    const number = match?.[1];
    if (match === null || number === undefined) continue;
    const end = from + match[0].length;
    const start = end - number.length;
    // `accepted` is sorted: only the few candidates that start before `end` can overlap.
    let overlaps = false;
    for (let next = index + 1; next < accepted.length; next++) {
      const other = accepted[next];
      if (other === undefined || other.start >= end) break;
      if (other.end > start) overlaps = true;
    }
    if (!overlaps) added.push({ start, end, type: 'ADDRESS', confidence: 0.85 });
  }
  if (added.length === 0) return [...accepted];
  return [...accepted, ...added].sort((left, right) => left.start - right.start);
}
