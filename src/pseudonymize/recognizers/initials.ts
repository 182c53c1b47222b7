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
  'sig',
  'mvh',
  'vh',
  'hilsen',
  'initialer',
  'initialene',
  'attestert',
  'dikt',
  'diktert',
  'diktat',
  'kontrasignert',
  'kontrasign',
  'godkjent',
  'ansvarlig',
  'journalført',
  'skrevet',
  'skr',
  'vurdert',
  'undersøkt',
  'utført',
  'ref',
]);
/** Verbs of writing and signing that take "av" before the initials: "diktert av TH". */
const byVerbs = new Set([
  'skrevet',
  'diktert',
  'signert',
  'godkjent',
  'vurdert',
  'undersøkt',
  'utført',
  'kontrasignert',
  'journalført',
  'attestert',
  'notert',
  'ført',
]);
/** Capitals that are clinical abbreviations, never someone's initials. */
const clinicalAbbreviations = new Set([
  'MR',
  'CT',
  'EKG',
  'EEG',
  'EMG',
  'CRP',
  'INR',
  'HB',
  'NAV',
  'DPS',
  'BUP',
  'AMK',
  'LIS',
  'ØNH',
  'PCI',
  'TSH',
  'SR',
  'ALAT',
  'ASAT',
  'GGT',
  'ALP',
  'CK',
  'BT',
  'RTG',
  'UL',
  'AKS',
  'LV',
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
      // Above a single capital read as a name after a relation ("mor, R.S."): the whole beats "R".
      confidence: 0.85,
    });
    dot = start + match[0].length - 1;
  }
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (token !== undefined && isLowerCaseSignature(tokens, index)) {
      out.push({
        start: token.start,
        end: token.end,
        type: 'PERSON',
        subtype: 'initials',
        confidence: 0.75,
      });
      continue;
    }
    if (
      token === undefined ||
      !token.allCaps ||
      token.text.length > 3 ||
      clinicalAbbreviations.has(token.text)
    )
      continue;
    let back = index - 1;
    while (back >= 0 && (tokens[back]?.text === '.' || tokens[back]?.text === ':')) back--;
    const cue = tokens[back];
    if (cue === undefined || cue.kind !== 'word') continue;
    // "Sign. TH", "diktert av TH", and the typist after a slash: "TH/kt".
    const signed =
      signatureWords.has(cue.lower) ||
      (cue.lower === 'av' && byVerbs.has(tokens[back - 1]?.lower ?? ''));
    const typist = typistAfterSlash(text, tokens, index);
    if (!signed && typist === undefined) continue;
    out.push({
      start: token.start,
      end: typist?.end ?? token.end,
      type: 'PERSON',
      subtype: 'initials',
      confidence: 0.8,
    });
  }
  return out;
}

/**
 * The typist's initials in a dictation signature ("TH/kt", "OLS/KB"): two or three letters right
 * after a slash that follows the author's capitals, lower-case or not. Undefined when absent.
 */
function typistAfterSlash(
  text: string,
  tokens: readonly Token[],
  index: number,
): Token | undefined {
  const slash = tokens[index + 1];
  const typist = tokens[index + 2];
  const author = tokens[index];
  if (author === undefined || slash === undefined || typist === undefined) return undefined;
  if (slash.text !== '/' || slash.start !== author.end || typist.start !== slash.end)
    return undefined;
  if (typist.kind !== 'word' || typist.text.length < 2 || typist.text.length > 3) return undefined;
  // "L4/L5", "C5/C6": spinal levels; initials hold no digit.
  if (/\p{N}/u.test(author.text) || /\p{N}/u.test(typist.text)) return undefined;
  // "TH/kt" or "TH/KB", but not two abbreviations ("PCI/CABG" is longer, "EKG/CT" is listed).
  if (!typist.allCaps && typist.text !== typist.lower) return undefined;
  if (clinicalAbbreviations.has(typist.text.toUpperCase())) return undefined;
  const after = text.charAt(typist.end);
  return after === '' || /[\s.,;)]/u.test(after) ? typist : undefined;
}

/** Short words after an abbreviated signature cue that are answers, not initials. */
const notLowerInitials = new Set(['ok', 'ja', 'nei', 'se', 'jf', 'obs', 'nb', 'ikke']);

/**
 * Lower-case initials after an abbreviated signature cue and its colon: "Dikt.: jhb / skr.: tgv".
 * Only two or three letters that end the line or stand before a slash.
 */
function isLowerCaseSignature(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || token.text !== token.lower) return false;
  if (token.text.length < 2 || token.text.length > 3 || notLowerInitials.has(token.lower))
    return false;
  if (tokens[index - 1]?.text !== ':' || tokens[index - 2]?.text !== '.') return false;
  const cue = tokens[index - 3];
  if (cue === undefined || !signatureWords.has(cue.lower)) return false;
  const next = tokens[index + 1];
  return next === undefined || next.text === '/' || next.text === ',' || next.start > token.end + 1;
}
