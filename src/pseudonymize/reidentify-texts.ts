import type { RawText } from '../core/index.js';
import { createReidentifier } from './reidentify.js';
import { parseVault } from './vault.js';

/** One text with its real values back, and warnings for invented pseudonym-like values. */
export interface ReidentifiedText {
  readonly text: RawText;
  /** Norwegian, naming the kind of value, never the value. */
  readonly warnings: readonly string[];
}

/**
 * Puts the real values of the serialized `vault` back into every text (a draft's sentences,
 * sections and diagnoses), in order: a pure function of its input, so it gives the same result on
 * the main thread and on a worker thread (the compute pool, issue 14). Each text is also searched
 * for identifiers the vault does not know (an invented name, number or date): those give warnings.
 */
export function reidentifyTexts(texts: readonly string[], vault: string): ReidentifiedText[] {
  const reidentifier = createReidentifier(parseVault(vault));
  return texts.map((text) => reidentifier(text));
}
