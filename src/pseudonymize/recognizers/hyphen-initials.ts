import type { Candidate } from '../types.js';
import { isInitialsCueWord } from './initials.js';

/**
 * Hyphenated initials of a double given name: "L.-M. S.", "H.-P.", and undotted "J-P" after a
 * role or signature word. A capital, an optional dot, a hyphen and a capital with an optional
 * dot, then optionally a dotted surname initial.
 */
const hyphenInitials =
  /(?<![\p{L}\p{N}.\-/])\p{Lu}(\.?)-\p{Lu}(\.?)(?:[ \t]\p{Lu}\.)?(?![\p{L}\p{N}\-/])/gu;
/** Compound roles ending in a role: "vaktlege", "turnuslege", "hjelpepleier", "ergoterapeut". */
const compoundRole = /\p{L}{3,}(?:lege|pleier|terapeut|vakt)$/u;
/** The word before the initials, with an optional dot or colon after it: "Vaktlege ", "Sign.: ". */
/** A capitalised surname right after the initials: "H.-P. Olsen". */
const surnameAfter = /^[ \t]\p{Lu}\p{Ll}{2,}(?![\p{L}-])/u;
const wordBefore = /(?<![\p{L}\p{N}])(\p{L}+)\.?:?[ \t]+$/u;

/**
 * Hyphenated initials used for a person (PERSON, subtype "initials"). Either form counts
 * right after a role, title or signature word ("Vaktlege J-P", "Sign. H.-P."); the dotted form
 * also with a surname or surname initial after it ("L.-M. S.", "H.-P. Olsen"). "A-B", "I.-V." or
 * "S.-K." elsewhere can be a category, a blood group or a clinical abbreviation.
 */
export function recognizeHyphenInitials(text: string): Candidate[] {
  if (!text.includes('-')) return [];
  const out: Candidate[] = [];
  for (const match of text.matchAll(hyphenInitials)) {
    const start = match.index;
    const dotted = match[1] === '.' && match[2] === '.';
    const before = wordBefore.exec(text.slice(Math.max(0, start - 30), start));
    const cue = before?.[1]?.toLowerCase() ?? '';
    const cued = isInitialsCueWord(cue) || compoundRole.test(cue);
    // "I.-V. kateter", "S.-K.", "A.-B. stoff": dotted abbreviations too, so the dotted form needs
    // a surname initial, a capitalised surname after it, or a cue word before it.
    const named =
      dotted && (match[0].length > 5 || surnameAfter.test(text.slice(start + match[0].length)));
    if (!cued && !named) continue;
    // "J-P." ending a sentence: the dot is the sentence's, not the initial's.
    const trailingDot = match[1] === '' && match[0].endsWith('.') ? 1 : 0;
    out.push({
      start,
      end: start + match[0].length - trailingDot,
      type: 'PERSON',
      subtype: 'initials',
      // Above the dotted initials inside it ("M. S." of "L.-M. S."): the whole beats the part.
      confidence: 0.9,
    });
  }
  return out;
}
