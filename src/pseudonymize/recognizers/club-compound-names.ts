import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * Ends of compound club and association nouns: "Seilforening", "Kajakklubb", "Skiskyttarlag",
 * "Bondelag", "Spelemannslag", and the old spelling old clubs keep ("Nydalens Skiklub",
 * "Christiania Roklub"). A bare "-lag" compound counts unless an "s" or "n" joins it
 * ("Hjerneslag", "Forslag", "Tilslag", "Innlag" are no associations); the genitive ones that are
 * associations are listed. ("-forbund" was tried in session 39: it added a false detection to a
 * held-out clean text, a national federation taken for a local one.)
 */
const namedClubEnding =
  /^\p{L}{3,}(?:forening|foreninga|foreningen|klubb|klubben|klub)$|(?:idretts|skytter|skyttar|tur|ungdoms|musikk|sogne|historie|spelemanns|spellemanns)lag(?:et)?$/u;
const bareLagEnding = /^\p{L}{3,}(?<![sn])lag(?:et)?$/u;

/**
 * The country's genitive before a bare "-lag" compound names a national association ("Norges
 * Bondelag", "Norges Bygdekvinnelag"), as "LHL Norge" does: no local unit, no identifier.
 */
const nationGenitives = new Set(['norges', 'noregs']);

/** Compound nouns on those endings that name no club: "fagforening", "arbeidslag". */
const notClubs = new Set(['fagforening', 'fagforeningen', 'arbeidslag', 'arbeidslaget']);

/**
 * "Sandefjord Seilforening", "Bærum Kajakklubb", "Ørsta Skiskyttarlag": a place or a name no list
 * knows, capitalised, before a capitalised compound club or association noun is one organisation.
 * The fixed head words ("idrettslag", "turnforening") are the institution rules'; this takes the
 * compounds no list can hold.
 */
export function recognizeClubCompoundNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const name = tokenAt(tokens, index);
    const head = tokenAt(tokens, index + 1);
    if (name === undefined || head === undefined) continue;
    if (name.kind !== 'word' || head.kind !== 'word' || !head.capitalised || head.allCaps) continue;
    const named = namedClubEnding.test(head.lower);
    if (!named && !bareLagEnding.test(head.lower)) continue;
    if (notClubs.has(head.lower)) continue;
    if (!named && nationGenitives.has(name.lower)) continue;
    if (!name.capitalised || name.allCaps || !isSpaceBetween(text, name.end, head.start)) continue;
    if (words.lexicon.institutionHeadWords.has(head.lower)) continue;
    const analysis = words.analyseToken(name);
    if (analysis.nonIdentifying || analysis.term || analysis.region) continue;
    if (!analysis.place && (analysis.common || analysis.entry)) continue;
    out.push({ start: name.start, end: head.end, type: 'ORGANIZATION', confidence: 0.9 });
  }
}
