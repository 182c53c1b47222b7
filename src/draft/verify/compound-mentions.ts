import { tokenize } from '../language/fold.js';
import { readClaims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * Second parts of a compound that name an episode of an illness ("KOLS-forverring",
 * "urinsyregiktanfall", "astmaanfallet"): the first part is then the illness, said of whoever the
 * episode is about.
 */
const episodeTail =
  /^(?<head>\p{L}{3,}?)-?(?:forverring(?:en|a|ar|er)?|anfall(?:et|a|ene)?|eksaserbasjon(?:en|er)?|attakk(?:en|a|et)?|episode(?:n|r|ne)?|utbrudd(?:et)?|oppbluss(?:ing|inga|ingen)?)$/u;

/** The fewest characters {@link episodeTail} matches ("kolsanfall" has ten). */
const minEpisodeCompound = 9;

const headKeysByIndex = new WeakMap<TranscriptIndex, readonly (readonly string[])[]>();

/** The lexicon keys of the illness named first in compounds said of the patient (not asked). */
function compoundHeadKeys(index: TranscriptIndex): readonly (readonly string[])[] {
  const known = headKeysByIndex.get(index);
  if (known !== undefined) return known;
  const heads: (readonly string[])[] = [];
  for (const unit of index.units) {
    if (unit.isQuestion || unit.isHypothetical) continue;
    unit.tokens.forEach((token, tokenIndex) => {
      if (unit.claims.aboutOther[tokenIndex] === true || unit.claims.negated[tokenIndex] === true)
        return;
      // (A head of three letters and the shortest tail, "anfall": shorter words need no pattern.)
      if (token.folded.length < minEpisodeCompound) return;
      const head = episodeTail.exec(token.folded)?.groups?.['head'];
      if (head === undefined) return;
      const keys = readClaims({ text: head, tokens: tokenize(head) }).keys[0] ?? [];
      if (keys.length > 0) heads.push(keys);
    });
  }
  headKeysByIndex.set(index, heads);
  return heads;
}

/**
 * Whether an illness (by its lexicon keys) was said of the patient inside a compound naming an
 * episode of it ("Dette er en KOLS-forverring", "et urinsyregiktanfall"), so a relative's mention
 * of the same illness is not the only one.
 */
export function isSaidInEpisodeCompound(keys: readonly string[], index: TranscriptIndex): boolean {
  const concepts = keys.filter((key) => /^c\d+$/u.test(key));
  const wanted = concepts.length > 0 ? concepts : keys;
  return compoundHeadKeys(index).some((headKeys) => headKeys.some((key) => wanted.includes(key)));
}
