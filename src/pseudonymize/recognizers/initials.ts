import type { Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

/**
 * Initials used for a person: dotted ("A.K.", "T. H.", "K.M.L.") anywhere, and bare capitals
 * ("GA", "KML") after a signature word ("Sign. GA", "signert KML", "Mvh TH").
 */
const dottedInitials = /\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?(?![\p{L}\p{N}])/uy;
const letterOrDigitOrDot = /[\p{L}\p{N}.]/u;
/** Dotted capitals that are abbreviations, not a person: "P.S.", "O.K.", "A.S.". */
const notInitials = new Set(['P.S.', 'O.K.', 'A.S.', 'U.S.', 'E.U.', 'B.C.', 'A.D.']);
const signatureWords = new Set([
  'sign',
  'signert',
  'signatur',
  'mvh',
  'hilsen',
  'initialer',
  'attestert',
]);

/** Initials of persons (PERSON, subtype "initials"). */
export function recognizeInitials(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  // Only where a dot follows a single letter: a sticky match there, not a scan of every character.
  for (let dot = text.indexOf('.', 1); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const start = dot - 1;
    if (start > 0 && letterOrDigitOrDot.test(text.charAt(start - 1))) continue;
    dottedInitials.lastIndex = start;
    const match = dottedInitials.exec(text);
    if (match === null || notInitials.has(match[0].replaceAll(/[ \t]/gu, ''))) continue;
    out.push({
      start,
      end: start + match[0].length,
      type: 'PERSON',
      subtype: 'initials',
      confidence: 0.75,
    });
    dot = start + match[0].length - 1;
  }
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined || !token.allCaps || token.text.length > 3) continue;
    let back = index - 1;
    while (back >= 0 && (tokens[back]?.text === '.' || tokens[back]?.text === ':')) back--;
    const cue = tokens[back];
    if (cue === undefined || cue.kind !== 'word' || !signatureWords.has(cue.lower)) continue;
    out.push({
      start: token.start,
      end: token.end,
      type: 'PERSON',
      subtype: 'initials',
      confidence: 0.8,
    });
  }
  return out;
}
