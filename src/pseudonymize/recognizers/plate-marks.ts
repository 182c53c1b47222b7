import type { Candidate } from '../types.js';

/** "reg.nr. SU 12345", "Skiltnummeret er BT 98765": a number plate after its cue word. */
const cuedPlate =
  /(?<![\p{L}])(?:[Rr]eg\.?\s?nr\.?|[Rr]egistreringsnummer(?:et)?|[Ss]kiltnummer(?:et)?|[Ss]kilt(?:et)?)(?:\s?:|\s(?:er|var))?\s(\p{Lu}{2}\s?\d{4,5})(?![\p{L}\p{N}])/dgu;

const asciiDigit = /\d/u;

const digitWord = '(?:null|en|ett|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni)';

/**
 * "skiltnummeret er ce ka sju en null ni fire": a plate said aloud after its cue, one or two
 * letter groups (the letters as said, one or two letters each) and then four or five digit words.
 */
const spokenPlate = new RegExp(
  `(?<![\\p{L}])(?:[Rr]egistreringsnummer(?:et)?|[Ss]kiltnummer(?:et)?|[Kk]jennemerke(?:t)?)(?:\\s?:|\\s(?:er|var))?\\s((?:\\p{L}{1,2}\\s){1,2}${digitWord}(?:,?\\s${digitWord}){3,4})(?![\\p{L}\\p{N}])`,
  'dgu',
);
const spokenPlateHint = /nummer|kjennemerke/iu;

/** "VF 2231 HN", "MR 2281 KS": a leisure boat's mark, two letters, digits, two letters. */
const boatMark = /(?<![\p{L}\p{N}])\p{Lu}{2} \d{3,4} \p{Lu}{2}(?![\p{L}\p{N}])/gu;

/**
 * Number plates after their cue word ("reg.nr. SU 12345", which the document-number recognizer
 * would read as a case number) and leisure boats' marks ("VF 2231 HN"), as OTHER: both point at a
 * person through a register.
 */
export function recognizePlateMarks(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (spokenPlateHint.test(text)) {
    for (const match of text.matchAll(spokenPlate)) {
      const span = match.indices?.[1];
      if (span !== undefined)
        out.push({
          start: span[0],
          end: span[1],
          type: 'OTHER',
          subtype: 'kjennemerke',
          confidence: 0.9,
        });
    }
  }
  // The typed patterns hold a digit: a text without one is skipped before any scan.
  if (!asciiDigit.test(text)) return out;
  for (const match of text.matchAll(cuedPlate)) {
    const span = match.indices?.[1];
    if (span === undefined) continue;
    out.push({
      start: span[0],
      end: span[1],
      type: 'OTHER',
      subtype: 'kjennemerke',
      confidence: 0.95,
    });
  }
  for (const match of text.matchAll(boatMark))
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      type: 'OTHER',
      subtype: 'båtmerke',
      confidence: 0.9,
    });
  return out;
}
