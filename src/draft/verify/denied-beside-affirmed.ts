import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/** The word's own key: its stem, not the lexicon concept (`c<n>`) it shares with its synonyms. */
function literalKey(keys: readonly string[] | undefined): string | undefined {
  return keys?.find((key) => !/^c\d+$/.test(key));
}

/** What the conversation said of one wording of a concept, and the wording it affirmed instead. */
export interface ContrastedDenial {
  /** The affirmed wording of the same concept, as spoken ("prikking"). */
  readonly affirmed: string;
}

/**
 * "Ingen nummenhet, men litt prikking": the conversation denies one wording of a concept and, in
 * the same sentence, affirms another wording of the same concept. The concept then reads as
 * present, but the denied wording is not: a note that writes the denied word as present
 * contradicts the conversation, and one that denies it agrees with it. Found only when the
 * denied wording is never said present about the patient anywhere (fails closed: any affirmation
 * of the word itself or of the concept in any wording but the affirmed one, or any doubt about the
 * spoken wording, leaves the concept-level reading).
 */
export function findContrastedDenial(options: {
  readonly claims: Claims;
  readonly tokenIndex: number;
  readonly index: TranscriptIndex;
}): ContrastedDenial | undefined {
  const { claims, tokenIndex, index } = options;
  const concept = claims.findingKey[tokenIndex];
  if (concept === undefined || !/^c\d+$/.test(concept)) return undefined;
  const stem = literalKey(claims.keys[tokenIndex]);
  if (stem === undefined || stem.length < 4) return undefined;
  let affirmed: string | undefined;
  const affirmedKeys = new Set<string>();
  for (const occurrence of index.occurrencesOf(stem)) {
    if (occurrence.aboutOther) continue;
    const unit = index.units[occurrence.unit];
    if (unit === undefined || unit.isHypothetical) continue;
    // A question names the word without stating it; its answer is read where it is said.
    if (unit.isQuestion) {
      if (index.answerTo(occurrence.unit) === 'yes') return undefined;
      continue;
    }
    // Said present anywhere: the concept-level reading stands.
    if (unit.claims.negated[occurrence.token] !== true) return undefined;
    if (unit.claims.findingKey[occurrence.token] !== concept) continue;
    // The same sentence goes on to affirm another wording of the concept.
    for (let later = occurrence.token + 1; later < unit.tokens.length; later += 1) {
      if (
        unit.claims.findingKey[later] === concept &&
        unit.claims.negated[later] !== true &&
        unit.claims.aboutOther[later] !== true &&
        literalKey(unit.claims.keys[later]) !== stem
      ) {
        affirmed ??= unit.tokens[later]?.text;
        const key = literalKey(unit.claims.keys[later]);
        if (key !== undefined) affirmedKeys.add(key);
        break;
      }
    }
  }
  if (affirmed === undefined) return undefined;
  // The concept said present elsewhere in another wording than the affirmed one ("Nå er
  // fingrene nummen"): positive evidence the denied wording may hold after all.
  for (const occurrence of index.occurrencesOf(concept)) {
    if (occurrence.aboutOther) continue;
    const unit = index.units[occurrence.unit];
    if (unit === undefined || unit.isHypothetical || unit.isQuestion) continue;
    if (unit.claims.findingKey[occurrence.token] !== concept) continue;
    if (unit.claims.negated[occurrence.token] === true) continue;
    const key = literalKey(unit.claims.keys[occurrence.token]);
    if (key === undefined || !affirmedKeys.has(key)) return undefined;
  }
  return { affirmed };
}
