import type { Candidate } from '../types.js';

/**
 * E-mail addresses written loosely: "anders.vik(at)lyse.net", "ola[at]yahoo.no",
 * "tor.olsen @ online.no", "ola_nordby at yahoo.no". The domain must end in a dot and a top-level
 * domain, so "kom at 10" or "ble lagt @ 3" are no addresses.
 */
const looseEmail =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]{0,63}(?:\s?[([]at[)\]]\s?|\s@\s?|\s?@\s|\sat\s)[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:\.[\p{L}\p{N}-]{1,63})*\.(?:no|com|net|org|se|dk|de|uk|pl|fi|is|eu|info|io)(?![\p{L}\p{N}])/giu;

/** Cheap test first: every match holds "at" or "@". */
const hint = /at|@/iu;
/**
 * And every match ends in a dot and a top-level domain (the tail of `looseEmail`, same flags):
 * "at" alone is in most lines ("at hun", "fått"), a top-level domain in few.
 */
const topLevelHint = /\.(?:no|com|net|org|se|dk|de|uk|pl|fi|is|eu|info|io)(?![\p{L}\p{N}])/iu;

export function recognizeLooseEmails(text: string): Candidate[] {
  if (!hint.test(text) || !topLevelHint.test(text)) return [];
  const out: Candidate[] = [];
  for (const match of text.matchAll(looseEmail))
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      type: 'EMAIL',
      confidence: 0.9,
    });
  return out;
}

/** ".no", ".com" … right after an e-mail span that stopped before it. */
const topLevelTail = /^\.(?:no|com|net|org|se|dk|de|uk|pl|fi|is|eu|info|io)(?![\p{L}\p{N}])/u;

/**
 * Grows an EMAIL span over a typed top-level domain right after it ("ola_nordby at yahoo" + ".no").
 * `accepted` must be sorted and free of overlaps; so is the result.
 */
export function withEmailTails(text: string, accepted: readonly Candidate[]): Candidate[] {
  return accepted.map((candidate, index) => {
    if (candidate.type !== 'EMAIL') return candidate;
    const match = topLevelTail.exec(text.slice(candidate.end, candidate.end + 6));
    const nextStart = accepted[index + 1]?.start ?? text.length;
    if (match === null || candidate.end + match[0].length > nextStart) return candidate;
    return { ...candidate, end: candidate.end + match[0].length };
  });
}
