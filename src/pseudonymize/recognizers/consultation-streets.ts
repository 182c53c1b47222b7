import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { isStreetWord } from './residence-streets.js';
import type { TokenAnalysis } from './token-analysis.js';

/** What the consultation's other segments told about streets and places people live in. */
export interface ConsultationStreets {
  /** A street of an address found in the consultation (lower case). */
  readonly isStreet: (lower: string) => boolean;
  /** A place someone in the consultation lives in ("bor fortsatt i Nordnesboder"). */
  readonly isHomePlace: (lower: string) => boolean;
}

/** A house number: one to four digits, said as digits. */
const houseNumber = /^\d{1,4}$/u;

/**
 * "Kor bor dokker?" – "Storgata. Storgata 118.", "Lysheim 12 … uten gate, bare Lysheim": a street
 * whose address (with a house number) is found somewhere in this consultation is that address
 * wherever it is said again on its own, also as a whole answer at a sentence start. Words of the
 * address that are ordinary words ("Nedre", "Gate") are no street on their own unless they carry
 * a street's ending. "Og du bor fortsatt i Nordnesboder?" – "Ja, Nordnesboder 14": a place someone
 * lives in, said with a house number, is an address with its number.
 */
export function recognizeConsultationStreets(
  words: TokenAnalysis,
  tokens: readonly Token[],
  streets: ConsultationStreets,
  out: Candidate[],
): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || token.lower.length < 4) continue;
    const next = tokenAt(tokens, index + 1);
    const numbered =
      next !== undefined && next.kind === 'number' && houseNumber.test(next.text)
        ? next
        : undefined;
    const isStreet = streets.isStreet(token.lower);
    if (!isStreet && !(numbered !== undefined && streets.isHomePlace(token.lower))) continue;
    if (!isStreetWord(token.lower)) {
      const analysis = words.analyseToken(token);
      if (analysis.common || analysis.entry || analysis.nonIdentifying || analysis.term) continue;
    }
    out.push({
      start: token.start,
      end: numbered?.end ?? token.end,
      type: 'ADDRESS',
      confidence: 0.9,
    });
  }
}
