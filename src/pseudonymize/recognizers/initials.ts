import type { Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

/**
 * Initials used for a person: dotted ("A.K.", "T. H.", "K.M.L.") anywhere, and bare capitals
 * ("GA", "KML") after a signature word ("Sign. GA", "signert KML", "Mvh TH").
 */
const dottedInitials =
  /(?<![\p{L}\p{N}.])\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?(?![\p{L}\p{N}])/gu;
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
  if (text.includes('.')) {
    dottedInitials.lastIndex = 0;
    for (let match = dottedInitials.exec(text); match !== null; match = dottedInitials.exec(text)) {
      if (notInitials.has(match[0].replaceAll(/[ \t]/gu, ''))) continue;
      out.push({
        start: match.index,
        end: match.index + match[0].length,
        type: 'PERSON',
        subtype: 'initials',
        confidence: 0.75,
      });
    }
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
