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
 * Adds a PERSON span for a nickname in brackets right after a PERSON span. A quoted word is a
 * nickname unless it is a drug or eponym; an unquoted one only when the lexicon knows it as no
 * dictionary word, place, region or term, and as no inflected word unless the international name
 * list holds it ("Kari Hansen (Mor)", "Ola Lie (Bergen)" stay as they are). Nothing else may overlap the brackets. `accepted` must be sorted and free of overlaps;
 * the result is too.
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
    const quoted = (match[1] ?? '') !== '' && (match[3] ?? '') !== '';
    if (!isNickname(words, word.toLowerCase(), quoted)) continue;
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

/** True when `lower` in brackets after a name reads as a nickname rather than a word or place. */
function isNickname(words: TokenAnalysis, lower: string, quoted: boolean): boolean {
  const parts = lower.split('-');
  for (const part of parts) {
    const analysis = words.analyse(part);
    if (analysis.term || analysis.region || analysis.nonIdentifying) return false;
    if (quoted || analysis.firstName) continue;
    // "(Mor)", "(Tolk)", "(Bergen)": a dictionary word or a place is a role or where one lives.
    if (analysis.entry || analysis.place || analysis.compoundTerm) return false;
    // "(Tassa)": an inflected form ("tasse") counts when the name list holds it.
    if (analysis.common && !analysis.international) return false;
  }
  return true;
}
