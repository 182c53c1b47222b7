import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * A nickname in brackets right after a name: "Astrid Nordgård (Tassa)", 'Petter ("Peppe")',
 * "Ola (kalt «Olemann»)" is not covered. One capitalised word, optionally hyphenated, optionally
 * in quotes.
 */
const bracketWord =
  /[ \t]?\([ \t]?(["«“'”]?)(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(["»”'“]?)[ \t]?\)/uy;

/**
 * Adds a PERSON span for a nickname in brackets right after a PERSON span, quoted or not, when the
 * name lists hold it and the lexicon knows it as no word, place, region or term ("Kari Hansen
 * (Mor)", "Ola Lie (Bergen)" stay as they are). Nothing else may overlap the brackets.
 * `accepted` must be sorted and free of overlaps; the result is too.
 */
export function withBracketNicknames(
  words: TokenAnalysis,
  text: string,
  accepted: readonly Candidate[],
): Candidate[] {
  if (!text.includes('(')) return [...accepted];
  const result: Candidate[] = [];
  for (let index = 0; index < accepted.length; index++) {
    const candidate = accepted[index];
    if (candidate === undefined) continue;
    result.push(candidate);
    if (candidate.type !== 'PERSON') continue;
    bracketWord.lastIndex = candidate.end;
    const match = bracketWord.exec(text);
    if (match === null) continue;
    const next = accepted[index + 1];
    const end = candidate.end + match[0].length;
    if (next !== undefined && next.start < end) continue;
    const word = match[2] ?? '';
    if (!isNickname(words, word.toLowerCase())) continue;
    const start = end - match[0].length + match[0].indexOf(word);
    result.push({
      start,
      end: start + word.length,
      type: 'PERSON',
      confidence: 0.8,
    });
  }
  return result;
}

/**
 * A short pet-name shape, a doubled consonant before a final vowel: "tassa", "peppe", "lillo" (and
 * the dialect pet words for parents, "moffe", "faffa", which lower-slot-names.ts refuses by it).
 */
export const petNameShape = /^[^aeiouyæøå][aeiouyæøå]([^aeiouyæøå])\1[aeiouyæøå]$/u;

/**
 * True when `lower` in brackets after a name reads as a nickname rather than a word, role, drug,
 * service or place: the name lists must hold every part (or it has a pet-name shape, "Tassa"),
 * and no other list may know it ("Samboer", "Hypertensjon", "Subutex", "Dps", "Tigrinja" stay as
 * they are). Quoted or not, the same test.
 */
function isNickname(words: TokenAnalysis, lower: string): boolean {
  for (const part of lower.split('-')) {
    const analysis = words.analyse(part);
    if (analysis.term || analysis.region || analysis.nonIdentifying) return false;
    if (analysis.entry || analysis.place || analysis.compoundTerm) return false;
    // "(Tassa)": a pet-name shape counts even when it reads as an inflected word ("tasse").
    if (petNameShape.test(part)) continue;
    if (analysis.common || (!analysis.firstName && !analysis.international)) return false;
  }
  return true;
}
