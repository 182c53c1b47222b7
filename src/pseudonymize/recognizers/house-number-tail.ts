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
