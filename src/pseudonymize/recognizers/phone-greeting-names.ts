import { greetings } from '../gazetteers/context-words.js';
import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * The words a clinic answers the telephone with, before the answerer's own name: "legevakta
 * johansen", "legekontoret, berg", "helsestasjonen, kine".
 */
const answeringPlaces = new Set([
  'legevakta',
  'legevakten',
  'legevakt',
  'legekontoret',
  'legekontor',
  'legesenteret',
  'legesenter',
  'fastlegekontoret',
  'helsestasjonen',
  'helsestasjon',
  'sentralbordet',
  'resepsjonen',
  'hjemmesykepleien',
  'heimesjukepleia',
  'heimesjukepleien',
  'hjemmetjenesten',
  'heimetenesta',
  'sykehjemmet',
  'sjukeheimen',
  'kontoret',
]);

/** A speaker label opening a line ("lege:"): not a word of what was said. */
function firstSpokenIndex(tokens: readonly Token[]): number {
  let index = 0;
  if (tokenAt(tokens, 0)?.kind === 'word' && tokenAt(tokens, 1)?.text === ':') index = 2;
  // "ja, legevakta …", "hei, legekontoret …": a greeting may come first.
  const first = tokenAt(tokens, index);
  if (first !== undefined && (greetings.has(first.lower) || first.lower === 'ja')) {
    index++;
    if (tokenAt(tokens, index)?.text === ',') index++;
  }
  return index;
}

/**
 * "legevakta johansen", "legekontoret, berg. hva gjelder det?": a telephone answered with the
 * clinic and then the answerer's own name, at the very start of a turn, in speech-to-text lower
 * case. The name is a listed surname or given name; a word that is also an ordinary word or a
 * place counts only after a comma ("legevakta, berg"), never without ("legevakta nord"). Nothing
 * but the end of the turn, a punctuation mark or a greeting may follow it.
 */
export function recognizePhoneGreetingNames(
  words: TokenAnalysis,
  tokens: readonly Token[],
): Candidate[] {
  const placeIndex = firstSpokenIndex(tokens);
  const place = tokenAt(tokens, placeIndex);
  if (place === undefined || !answeringPlaces.has(place.lower)) return [];
  const comma = tokenAt(tokens, placeIndex + 1)?.text === ',';
  const nameIndex = placeIndex + (comma ? 2 : 1);
  const name = tokenAt(tokens, nameIndex);
  if (name === undefined || name.kind !== 'word' || name.text.length < 3) return [];
  if (name.text !== name.lower) return [];
  const analysis = words.analyseToken(name);
  if (!analysis.surname && !analysis.firstName) return [];
  if ((analysis.common || analysis.place || analysis.term) && !comma) return [];
  if (analysis.nonIdentifying || analysis.region) return [];
  const after = tokenAt(tokens, nameIndex + 1);
  const ends =
    after === undefined ||
    (after.kind === 'punct' && /^[,.!?]$/u.test(after.text)) ||
    greetings.has(after.lower) ||
    after.lower === 'her';
  if (!ends) return [];
  return [{ start: name.start, end: name.end, type: 'PERSON', confidence: 0.8 }];
}
