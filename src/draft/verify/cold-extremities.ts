import type { WordToken } from '../language/fold.js';

/** Hands, feet, fingers and toes (folded stems). */
const extremity = /^(?:hend|hand|fing|fot|tae)/u;

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
    if ((next === 'pa' || next === 'i') && extremity.test(tokens[position + 2]?.folded ?? ''))
      cold.add(position);
  }
  return cold;
}
