import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { isHouseNumber } from './address-frame-names.js';
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

/** A unit after a number ("i Bergen 2 uker", "3 mg"): an amount, not a house number. */
const unitWord =
  /^(?:sekund(?:er|a)?|minutt(?:er|a)?|min|time(?:r|n)?|t|døgn(?:et)?|dag(?:er|en|a)?|uke(?:r|n)?|veke(?:r|n)?|måned(?:er|en)?|mnd|månad(?:er)?|år(?:et|a)?|ganger?|gonger?|gr|grader?|prosent|mg|g|kg|gram|mikrogram|mcg|µg|ml|dl|l|liter|mmol|mm|cm|m|meter|km|enheter?|tabletter?|tbl|stk|kilo|kopper?|glass|flasker?|slag)$/iu;

/**
 * An ordinary word that is this consultation's street ("Gaupe", "Kjerraten") is the street where it
 * is capitalised inside a sentence, or opens one as a fragment: alone, before a comma or a house
 * number ("Kjerraten, ja.", "Gaupe elleve."). At a sentence start before a verb it is the word
 * ("Gaupe er et rovdyr").
 */
function standsAsName(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || !token.capitalised || token.allCaps) return false;
  if (!token.sentenceStart) return true;
  const next = tokenAt(tokens, index + 1);
  return (
    next === undefined ||
    next.kind === 'number' ||
    (next.kind === 'punct' && /^[.,!?;:…]$/u.test(next.text)) ||
    isHouseNumber(next)
  );
}

/**
 * "Kor bor dokker?" – "Storgata. Storgata 118.", "Lysheim 12 … uten gate, bare Lysheim": a street
 * whose address (with a house number) is found somewhere in this consultation is that address
 * wherever it is said again on its own, also as a whole answer at a sentence start. Words of the
 * address that are ordinary words ("Nedre", "Gate") are no street on their own unless they carry
 * a street's ending. "Og du bor fortsatt i Nordnesboder?" – "Ja, Nordnesboder 14": a place someone
 * lives in, said with a house number, is an address with its number; not with a unit after the
 * number ("i Bergen 2 uker").
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
    // "Gaupe elleve", "Sjøbua åtte": a street said with its house number in words.
    const spokenNumbered =
      numbered === undefined && next?.kind === 'word' && isHouseNumber(next) ? next : undefined;
    const isStreet = streets.isStreet(token.lower);
    // A home place with an amount after it ("i Bergen 2 uker") is where, not an address.
    const unit = tokenAt(tokens, index + 2);
    const amount =
      numbered !== undefined &&
      unit !== undefined &&
      (unit.text === '%' || (unit.kind === 'word' && unitWord.test(unit.text)));
    if (!isStreet && !(numbered !== undefined && !amount && streets.isHomePlace(token.lower)))
      continue;
    if (!isStreetWord(token.lower)) {
      const analysis = words.analyseToken(token);
      if (analysis.nonIdentifying || analysis.term) continue;
      if ((analysis.common || analysis.entry) && !(isStreet && standsAsName(tokens, index)))
        continue;
    }
    const ownNumber = spokenNumbered !== undefined && isStreet ? spokenNumbered : numbered;
    out.push({
      start: token.start,
      end: ownNumber?.end ?? token.end,
      type: 'ADDRESS',
      confidence: 0.9,
    });
  }
}
