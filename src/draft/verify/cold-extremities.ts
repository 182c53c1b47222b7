import type { WordToken } from '../language/fold.js';

/**
 * Hands, feet, legs, fingers and toes, every form listed (folded): a prefix would take
 * "fotballtreningen" or "handlesenteret" for a body part.
 */
const extremityWords: ReadonlySet<string> = new Set(
  `hand handa handen hender hendene henda hendane hendar hendan hennan hennern
  fot foten fotn fotter fottene fotene foter fotane fotar fotan fotern
  bein beina beinet beinene beinan bena benene
  finger fingeren fingern fingra fingre fingrer fingrene fingrane fingrar fingran
  taa taen taer taerne taene taerna taan`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * The words naming chills that are only cold hands or feet ("eg fraus på hendene", "fryser på
 * føttene"): being cold at the extremities is not chills (issue 11). `isChills` tells whether a
 * finding key is the chills concept.
 */
export function findColdExtremities(
  tokens: readonly WordToken[],
  findingKey: readonly (string | undefined)[],
  isChills: (key: string) => boolean,
): ReadonlySet<number> {
  const cold = new Set<number>();
  for (let position = 0; position < findingKey.length; position += 1) {
    const key = findingKey[position];
    if (key === undefined || !isChills(key)) continue;
    const next = tokens[position + 1]?.folded ?? '';
    if ((next === 'pa' || next === 'i') && extremityWords.has(tokens[position + 2]?.folded ?? ''))
      cold.add(position);
  }
  return cold;
}
