import { relations } from '../gazetteers/context-words.js';
import type { Candidate } from '../types.js';

/** The first word of a span and the whitespace after it: "Naboen " in "Naboen Radu Ionescu". */
const headWord = /^(\p{L}+(?:-\p{L}+)?\.?)\s{1,2}(?=\p{L})/u;

/** A naming verb or label right before a span: "heter Venn Ola Hansen" names the whole span. */
const namingBefore =
  /(?:^|[^\p{L}])(?:heter|heiter|het|hette|heitte|kalt|kalla|kalles|kallast|navn:|namn:)\s{1,2}$/iu;

/** Relation words that are given names too: "Bror Lindqvist" is a person, not "brother". */
const givenNameRelations: ReadonlySet<string> = new Set(['bror']);

/** True for a relation word that is written before a name, never a name itself. */
function isHeadWord(lower: string, isGivenName: (lower: string) => boolean): boolean {
  const word = lower.replace(/\.$/u, '');
  if (isGivenName(word) || givenNameRelations.has(word)) return false;
  return relations.has(word);
}

/**
 * "Naboen Dragoș Popescu", "Datteren Amina Yusuf": a PERSON span that starts with a relation word
 * starts at the name instead. The annotation rules keep role words out of the span
 * (eval/deid/ANNOTATION.md), and a relation word inside the span is replaced by a surrogate name
 * part ("Naboen" → a surname), so the note loses who the person was. Titles are left inside: the
 * shared cases annotate "doktor Tjelta" as one span, and the vault keeps a title as written
 * ("Fysioterapeut Ndiaye" → "Fysioterapeut Hunstad"), so it stays visible either way.
 * A word that is also a given name in any gazetteer ("Venn", in the international list) is kept, and so is
 * every head after a naming verb ("Pasienten heter Venn Ola Hansen").
 * `isGivenName` must answer for every given-name list, the international one included.
 * `accepted` must be sorted and free of overlaps; so is the result.
 */
export function withPersonHeadsTrimmed(
  text: string,
  accepted: readonly Candidate[],
  isGivenName: (lower: string) => boolean,
): Candidate[] {
  let result: Candidate[] | undefined;
  for (const [index, candidate] of accepted.entries()) {
    if (candidate.type !== 'PERSON') continue;
    if (namingBefore.test(text.slice(Math.max(0, candidate.start - 12), candidate.start))) continue;
    let start = candidate.start;
    // At most two relation words ("Nabokona, tanta …" never forms one span).
    for (let round = 0; round < 2; round++) {
      const match = headWord.exec(text.slice(start, candidate.end));
      if (match === null || !isHeadWord((match[1] ?? '').toLowerCase(), isGivenName)) break;
      start += match[0].length;
    }
    if (start === candidate.start || start >= candidate.end) continue;
    result ??= [...accepted];
    result[index] = { ...candidate, start };
  }
  return result ?? [...accepted];
}
