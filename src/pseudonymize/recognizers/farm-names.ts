import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Nouns for a farm a farm's name follows: "gården Nordre Bråten", "garden søre li". */
const farmNouns = new Set([
  'gården',
  'garden',
  'gardsbruket',
  'gårdsbruket',
  'småbruket',
  'husmannsplassen',
]);

/** Words that open a farm's name: "nordre bråten", "vesle-moen", "søre li". */
const farmLeads = new Set([
  'nordre',
  'søndre',
  'søre',
  'sønstre',
  'vestre',
  'austre',
  'østre',
  'øvre',
  'nedre',
  'indre',
  'ytre',
  'vesle',
  'store',
  'lille',
  'mellom',
  'mellom-',
]);

/**
 * "bor på gården nordre bråten", "han bur på garden søre li", "kjøpt småbruket vesle-moen": after
 * a noun for a farm, the farm's name — a lead word ("nordre", "vesle") and a name, or a hyphened
 * name, or one capitalised word or listed place or surname that is no dictionary word — is a place. "gården vår",
 * "gården ligger" are ordinary words.
 */
export function recognizeFarmNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const noun = tokenAt(tokens, index);
    if (noun === undefined || !farmNouns.has(noun.lower)) continue;
    const first = tokenAt(tokens, index + 1);
    if (first === undefined || first.kind !== 'word' || first.allCaps) continue;
    if (!isSpaceBetween(text, noun.end, first.start)) continue;
    let end = -1;
    const lead = farmLeads.has(first.lower) || farmLeads.has(first.lower.split('-')[0] ?? '');
    if (lead && first.lower.includes('-')) end = index + 1;
    else if (lead) {
      const name = tokenAt(tokens, index + 2);
      if (name !== undefined && name.kind === 'word' && isSpaceBetween(text, first.end, name.start))
        if (isFarmWord(words, name, true)) end = index + 2;
    } else if (isFarmWord(words, first, false)) end = index + 1;
    if (end < 0) continue;
    // "småbruket Nordigard Haugen": a capitalised name runs over the capitalised words after it.
    while (end - index < 3 && first.capitalised) {
      const next = tokenAt(tokens, end + 1);
      const last = tokenAt(tokens, end);
      if (next === undefined || last === undefined || next.kind !== 'word' || !next.capitalised)
        break;
      if (!isSpaceBetween(text, last.end, next.start)) break;
      end++;
    }
    out.push({
      start: first.start,
      end: tokenAt(tokens, end)?.end ?? first.end,
      type: 'LOCATION',
      confidence: 0.86,
    });
  }
  recognizeNamesBeforeFarmWord(words, text, tokens, out);
}

/** The word for a farm after its name: "Bråten gård", "Nedre Li gard". */
const farmWordsAfterName = new Set(['gård', 'gard']);

/**
 * "bor på Bråten gård", "Familien på Nedre Bråten gård": a capitalised name right before "gård" or
 * "gard" is the farm (a place), even a listed surname — the name of a farm is no person. A genitive
 * ("Olsens gård") is the owner's name and left to the name recognizers.
 */
function recognizeNamesBeforeFarmWord(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const farmWord = tokenAt(tokens, index);
    if (farmWord === undefined || !farmWordsAfterName.has(farmWord.lower)) continue;
    const name = tokenAt(tokens, index - 1);
    if (
      name === undefined ||
      name.kind !== 'word' ||
      !name.capitalised ||
      name.allCaps ||
      name.text.length < 3 ||
      !isSpaceBetween(text, name.end, farmWord.start) ||
      /s$/u.test(name.lower) ||
      !/^\p{L}+(?:-\p{L}+)?$/u.test(name.text) ||
      nynorskFunctionWords.has(name.lower)
    )
      continue;
    const analysis = words.analyseToken(name);
    if (analysis.nonIdentifying || analysis.term || analysis.region) continue;
    // "Gammel gård", "Ny gard": an ordinary word opening a sentence is no name.
    if (name.sentenceStart && analysis.common && !analysis.surname && !analysis.place) continue;
    const lead = tokenAt(tokens, index - 2);
    const start =
      lead !== undefined &&
      lead.capitalised &&
      farmLeads.has(lead.lower) &&
      isSpaceBetween(text, lead.end, name.start)
        ? lead.start
        : name.start;
    // "jobber på Bråten gård", "avløser på Haugen gård": the farm one works on is a workplace,
    // left to the work frames.
    const startIndex = start === name.start ? index - 1 : index - 2;
    if (words.hasEmploymentContext(tokens, startIndex)) continue;
    out.push({ start, end: name.end, type: 'LOCATION', confidence: 0.9 });
  }
}

/** A farm's name word; after a lead word any word but a function word counts ("søre li"). */
function isFarmWord(words: TokenAnalysis, token: Token, afterLead: boolean): boolean {
  if (token.text.length < 2 || nynorskFunctionWords.has(token.lower)) return false;
  if (!/^\p{L}+(?:-\p{L}+)?$/u.test(token.text)) return false;
  const analysis = words.analyseToken(token);
  if (analysis.nonIdentifying || analysis.term || analysis.region) return false;
  if (afterLead) return true;
  if (token.capitalised && !token.sentenceStart && !analysis.common) return true;
  if (analysis.place || analysis.surname) return !analysis.entry || token.text.includes('-');
  // A lower-case word no list knows is too often a dialect word here ("gården åt …").
  return false;
}

/** Lines `recognizeFarmNames` can match: every match needs a farm noun ("gården", "småbruket") on the line. */
export const farmNameCue = lineCue(farmNouns, farmWordsAfterName);
