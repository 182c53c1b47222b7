import { toSidedBodyPartKey } from '../language/sided-body-parts.js';
import type { WordToken } from '../language/fold.js';
import type { TranscriptIndex } from './transcript-index.js';

/** The inner or outer aspect of a part ("mediale leddspalte", "lateralt på ankelen"). */
export type Aspect = 'medial' | 'lateral';

/** "medial", "medialt", "mediale" and the lateral forms; never "lateraliserte" or "medialisert". */
const aspectWord = /^(medial|lateral)(?:t|e)?$/u;

/**
 * Parts an aspect is said of, as whole folded words ("kneet", "ankelen", "albuen"). Whole words,
 * not the beginnings of `sided-body-parts.ts`: a passage naming another part is set aside, and
 * beginnings would set aside passages with "legge", "hende", "lar", "øyeblikk" or "august" too.
 */
const partWord =
  /^(?:kne(?:et|a|ne)?|ank(?:el|elen|ler|lene|la|len)|albu(?:en|ene)?|olbogen?|skuld(?:er|eren|ra|rene)|hofte(?:n|ne)?|hofta|fot(?:en|a)?|fotter|fottene|hand(?:a|en)?|hender|hendene|arm(?:en|ene|er)?|legg(?:en|ene)?|lar(?:et|a|ene)?|hael(?:en)?)$/u;

/** The parts a passage names, by their first three letters ("hen" as "han"). */
function partsIn(tokens: readonly WordToken[]): Set<string> {
  const parts = new Set<string>();
  for (const token of tokens)
    if (partWord.test(token.folded)) parts.add(toSidedBodyPartKey(token.folded));
  return parts;
}

function aspectOf(folded: string): Aspect | undefined {
  const match = aspectWord.exec(folded);
  if (match === null) return undefined;
  return match[1] === 'medial' ? 'medial' : 'lateral';
}

/**
 * A sentence that places a finding on the inner (medial) or outer (lateral) aspect where the
 * passages it rests on (its evidence and their neighbourhood, and passages naming a word of it) named only the other one ("Øm under
 * mediale malleol" after "øm under laterale malleol"): the aspect said, or undefined. A denied
 * aspect ("ikke øm medialt"), an aspect said both ways, and an aspect said only in other passages
 * (about another part) are left alone.
 */
export function findSwappedAspect(options: {
  readonly tokens: readonly WordToken[];
  readonly negated: readonly boolean[];
  /** The sentence's words' keys (stems and lexicon concepts), per token. */
  readonly keys: readonly (readonly string[])[];
  readonly units: Iterable<number>;
  readonly index: TranscriptIndex;
}): Aspect | undefined {
  const { tokens, negated, keys, units, index } = options;
  let said: Set<Aspect> | undefined;
  for (let position = 0; position < tokens.length; position += 1) {
    const claimed = aspectOf(tokens[position]?.folded ?? '');
    if (claimed === undefined || negated[position] === true) continue;
    if (said === undefined) {
      said = new Set<Aspect>();
      // The evidence, and the passages that name the same part or finding ("malleol") with the
      // sentences either side ("Kneet er hovent. Øm lateralt.").
      const passages = new Set(units);
      keys.forEach((own, at) => {
        if (aspectOf(tokens[at]?.folded ?? '') !== undefined) return;
        for (const key of own)
          for (const { unit } of index.occurrencesOf(key))
            for (const passage of [unit - 1, unit, unit + 1]) passages.add(passage);
      });
      for (const unitIndex of passages)
        for (const token of index.units[unitIndex]?.tokens ?? []) {
          const aspect = aspectOf(token.folded);
          if (aspect !== undefined) said.add(aspect);
        }
      // None there: the whole conversation, leaving out passages about a part the sentence does
      // not name ("lateralt på ankelen" for "mediale menisk").
      if (said.size === 0) {
        const ownParts = partsIn(tokens);
        for (const unit of index.units) {
          if ([...partsIn(unit.tokens)].some((part) => !ownParts.has(part))) continue;
          for (const token of unit.tokens) {
            const aspect = aspectOf(token.folded);
            if (aspect !== undefined) said.add(aspect);
          }
        }
      }
    }
    if (said.has(claimed)) continue;
    const other: Aspect = claimed === 'medial' ? 'lateral' : 'medial';
    if (said.has(other)) return other;
  }
  return undefined;
}
