import type { Candidate } from '../types.js';

/** A country code in brackets right before a number: "(+47) ", "(0047)", "( +47 )". */
const bracketedPrefix = /\(\s*(?:\+|00)\s*\d{1,3}\s*\)\s*$/u;

/**
 * Grows every PHONE span back over a bracketed country code before it, so "(+47) 922 41 806" is
 * replaced whole and the "47" does not reach the model. `accepted` must be sorted and free of
 * overlaps; the result is too.
 */
export function withPhonePrefixes(text: string, accepted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of accepted) {
    const previousEnd = out[out.length - 1]?.end ?? 0;
    if (candidate.type !== 'PHONE' || candidate.start === 0) {
      out.push(candidate);
      continue;
    }
    const from = Math.max(previousEnd, candidate.start - 12);
    const match = bracketedPrefix.exec(text.slice(from, candidate.start));
    out.push(match === null ? candidate : { ...candidate, start: from + match.index });
  }
  return out;
}
