import type { WordToken } from '../language/fold.js';
import type { Claims, Quantity } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/** Words of a note that say there is no fever by themselves. */
const feverFreeWords = new Set(['afebril', 'afebrile', 'feberfri', 'feberfritt']);
/** Words of a note for fever, denied when the sentence negates them ("ingen feber"). */
const feverWords = new Set(['feber', 'febril', 'febrilia', 'temperaturstigning']);

/** The note words without one of which {@link findDeniedFever} finds nothing: its check's cue. */
export function isFeverWord(folded: string): boolean {
  return feverFreeWords.has(folded) || feverWords.has(folded);
}

/** "målte", "målt", "måla" (folded): someone measured the patient's temperature. */
const measuredWords = new Set(['malte', 'malt', 'mala', 'maler', 'maalte']);

/**
 * Sections that tell the history: today's examination ("funn") may find yesterday's fever gone, and
 * a plan ("hjemme til feberfri") denies nothing.
 */
const historySections = new Set(['kontaktarsak', 'anamnese']);
/** Words that put the denial after the fever ("siden", "etter", "lenger"). */
const sinceWords = new Set(['siden', 'sidan', 'etter', 'lenger', 'lengre', 'til', 'na', 'mer']);

/**
 * A measured fever in the conversation (38,0–42 °C about the patient, said as so) against a note
 * sentence of the history that denies fever ("Ingen feber", "Ikke hatt feber", "Afebril") — as when
 * "Nei. Jo, … kona målte trettiåtte komma en" was written as no fever. Returns the temperature said,
 * or undefined. Today's examination ("funn") and a sentence about today ("afebril i dag") are left
 * alone: yesterday's fever may be gone.
 */
export function findDeniedFever(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
  readonly section: string | undefined;
}): Quantity | undefined {
  const { tokens, claims, index, section } = options;
  if (section === undefined || !historySections.has(section)) return undefined;
  // "ikke feber siden", "afebril etter første helg": a fever that has gone, not one never had.
  if (tokens.some((token) => sinceWords.has(token.folded))) return undefined;
  // A sentence that gives a temperature itself is checked as a number.
  if (claims.quantities.length > 0) return undefined;
  if (claims.namesOtherPerson) return undefined;
  if (
    tokens.some(
      (token, tokenIndex) => token.folded === 'i' && tokens[tokenIndex + 1]?.folded === 'dag',
    )
  )
    return undefined;
  const denies = tokens.some(
    (token, tokenIndex) =>
      feverFreeWords.has(token.folded) ||
      (feverWords.has(token.folded) && claims.negated[tokenIndex] === true),
  );
  if (!denies) return undefined;
  for (const unit of index.units) {
    // Told by the patient or a relative, as a measured value with decimals ("trettiåtte komma
    // en"); the clinician's own numbers are today's examination.
    if (unit.isQuestion || unit.isHypothetical || unit.speaker === 'lege') continue;
    for (const quantity of unit.claims.quantities) {
      if (quantity.retracted || quantity.value < 38 || quantity.value > 42) continue;
      const isTemperature =
        !Number.isInteger(quantity.value) &&
        (quantity.subject === 'm:temp' ||
          quantity.unit === 'degree' ||
          quantity.unit === undefined);
      if (!isTemperature) continue;
      const aboutOther = unit.tokens.some(
        (token, tokenIndex) =>
          token.start < quantity.end &&
          token.end > quantity.start &&
          unit.claims.aboutOther[tokenIndex] === true,
      );
      // "kona målte trettiåtte komma en": a relative who measured it, not their own fever.
      const measuredBySomeone = unit.tokens.some((token) => measuredWords.has(token.folded));
      if (!aboutOther || measuredBySomeone) return quantity;
    }
  }
  return undefined;
}
