import type { Candidate } from '../types.js';

/** " nr. 12", " nr 105 B", " nummer 7" right after a street. */
const numberTail =
  /^\s{1,2}(?:nr\.?|nummer)\s?\d{1,4}(?:\s?[A-Ha-h](?![\p{L}\p{N}]))?(?![\p{L}\p{N}])/u;

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
const correctedNumber =
  /^[\s.,!]{0,4}(?:(?:nei|unnskyld|eller|altså)[\s,]{1,3}){1,3}(?:vent[\s,]{1,3})?(\d{1,4}(?:\s?[A-Ha-h])?)(?=\s*(?:[.,!?]|$|unnskyld|kanskje|tror))/iu;

/**
 * "Hasleveien 41 C. Nei, 41 D, unnskyld.": the corrected house number is the address too; alone it
 * still tells where the patient lives. `accepted` must be sorted and free of overlaps; so is the
 * result.
 */
export function withCorrectedHouseNumbers(
  text: string,
  accepted: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index < accepted.length; index++) {
    const candidate = accepted[index];
    if (candidate === undefined) continue;
    out.push(candidate);
    if (
      candidate.type !== 'ADDRESS' ||
      !/\d\s?[A-Ha-h]?$/u.test(text.slice(candidate.start, candidate.end))
    )
      continue;
    const match = correctedNumber.exec(text.slice(candidate.end, candidate.end + 40));
    const number = match?.[1];
    if (match === null || number === undefined) continue;
    const end = candidate.end + match[0].length;
    const start = end - number.length;
    if (end > (accepted[index + 1]?.start ?? text.length)) continue;
    out.push({ start, end, type: 'ADDRESS', confidence: 0.85 });
  }
  return out;
}
