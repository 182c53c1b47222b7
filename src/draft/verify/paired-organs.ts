import { foldText } from '../../language/index.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * Paired organs named in the plural ("lungene er fine", "begge trommehinnene", "beina er hovne"):
 * what is said of them is said of both sides, so a note's "bilateralt" or "begge sider" restates
 * it. Bokmål and nynorsk, folded.
 */
const pluralPairedOrgans: ReadonlySet<string> = new Set(
  [
    'lungene',
    'lungane',
    'lunger',
    'ørene',
    'øyrene',
    'øyra',
    'øynene',
    'auga',
    'augo',
    'trommehinnene',
    'trommehinnane',
    'mandlene',
    'mandlane',
    'tonsillene',
    'tonsillane',
    'nyrene',
    'nyrane',
    'beina',
    'beinene',
    'bena',
    'leggene',
    'leggane',
    'anklene',
    'anklane',
    'føttene',
    'føtene',
    'knærne',
    'knea',
    'hoftene',
    'hoftane',
    'skuldrene',
    'skuldrane',
    'armene',
    'armane',
    'hendene',
    'hendane',
    'lyskene',
    'lyskane',
  ].map((word) => foldText(word)),
);

/** True when one of the statements names a paired organ in the plural (both sides). */
export function namesPairedOrgansInPlural(
  unitIndices: Iterable<number>,
  index: TranscriptIndex,
): boolean {
  for (const unitIndex of unitIndices)
    if (index.units[unitIndex]?.tokens.some((token) => pluralPairedOrgans.has(token.folded)))
      return true;
  return false;
}
