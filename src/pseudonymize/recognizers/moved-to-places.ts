import { livingVerbs } from '../gazetteers/context-words.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { tokenIndexStartingAt, type TokenAnalysis } from './token-analysis.js';

/** Verbs of moving, living and travelling before "i"/"til"/"fra" and a place. */
const moveVerbs = new Set<string>([
  ...livingVerbs,
  'bodd',
  'budd',
  'flytt',
  'reiste',
  'reist',
  'reiser',
  'dro',
  'emigrerte',
  'utvandret',
  'utvandra',
]);

/** Prepositions of a destination or an origin after such a verb. */
const movePrepositions = new Set(['i', 'til', 'fra', 'frå']);

/** Subject pronouns between an inverted verb and its preposition: "bodde jeg i …". */
const subjectPronouns = new Set([
  'jeg',
  'eg',
  'æ',
  'je',
  'vi',
  'me',
  'han',
  'hun',
  'ho',
  'de',
  'dei',
]);

/**
 * "vi flyttet til San Francisco", "før bodde jeg i Los Angeles": a name of two or more words
 * right after a verb of moving or living and "til"/"i"/"fra" is the place, not a person, when
 * its first word is no given name of the lists ("San", "Los", "New"). "flyttet til Kari Hansen"
 * stays a person.
 */
export function withMovedToPlacesRetyped(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  accepted: Candidate[],
): Candidate[] {
  let result: Candidate[] | undefined;
  for (const [position, candidate] of accepted.entries()) {
    if (candidate.type !== 'PERSON') continue;
    let index = tokenIndexStartingAt(tokens, candidate.start);
    if (index < 0) continue;
    // "San Francisco": the name part may have been found alone, after a word that opens the place.
    while (isNameWordBefore(text, tokens, index) && index > 0) index--;
    const first = tokenAt(tokens, index);
    if (first === undefined || !first.capitalised || first.end >= candidate.end) continue;
    if (words.analyseToken(first).firstName) continue;
    const preposition = tokenAt(tokens, index - 1);
    if (preposition === undefined || !movePrepositions.has(preposition.lower)) continue;
    let verb = tokenAt(tokens, index - 2);
    if (verb !== undefined && subjectPronouns.has(verb.lower)) verb = tokenAt(tokens, index - 3);
    if (verb === undefined || !moveVerbs.has(verb.lower)) continue;
    result ??= [...accepted];
    result[position] = {
      start: first.start,
      end: candidate.end,
      type: 'LOCATION',
      confidence: candidate.confidence,
    };
  }
  if (result === undefined) return accepted;
  // The place now starts at its first word: a shorter candidate inside it goes. One that reaches
  // past the place stays, so no text it covered is left exposed.
  const places = result.filter((candidate, position) => candidate !== accepted[position]);
  return result.filter(
    (candidate) =>
      places.includes(candidate) ||
      !places.some((place) => place.start <= candidate.start && candidate.end <= place.end),
  );
}

/** Lower-case joiners inside Spanish, Italian and Portuguese place names: "Torre del Mar". */
const romanceJoiners = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'di', 'do', 'da']);

/**
 * "i Puerto de la Cruz", "fra Santa Cruz de Tenerife": capitalised words joined by "de"/"del"/
 * "la" right after "i" or "fra", ending in a capitalised word, are a foreign place. After "med"
 * or "hos" ("med Maria de la Cruz") the same shape is a person.
 */
export function withRomancePlacesRetyped(
  tokens: readonly Token[],
  accepted: Candidate[],
): Candidate[] {
  let result: Candidate[] | undefined;
  for (const [position, candidate] of accepted.entries()) {
    if (candidate.type !== 'PERSON') continue;
    const index = tokenIndexStartingAt(tokens, candidate.start);
    if (index < 1) continue;
    if (!isRomancePlaceAfterPreposition(tokens, index, candidate.end, lowerAt(tokens, index - 1)))
      continue;
    result ??= [...accepted];
    result[position] = { ...candidate, type: 'LOCATION' };
  }
  return result ?? accepted;
}

function isRomancePlaceAfterPreposition(
  tokens: readonly Token[],
  index: number,
  end: number,
  preposition: string,
): boolean {
  if (preposition !== 'i' && preposition !== 'fra' && preposition !== 'frå') return false;
  let joined = false;
  let last: Token | undefined;
  for (let at = index; ; at++) {
    const token = tokenAt(tokens, at);
    if (token === undefined || token.start >= end) break;
    if (token.kind !== 'word') return false;
    if (!token.capitalised) {
      if (!romanceJoiners.has(token.lower)) return false;
      joined = true;
    }
    last = token;
  }
  return joined && last !== undefined && last.capitalised;
}

/** True when the token before `index` is a capitalised word one space before it. */
function isNameWordBefore(text: string, tokens: readonly Token[], index: number): boolean {
  const before = tokenAt(tokens, index - 1);
  const token = tokenAt(tokens, index);
  if (before === undefined || token === undefined) return false;
  return (
    before.kind === 'word' &&
    before.capitalised &&
    !before.sentenceStart &&
    text.slice(before.end, token.start) === ' '
  );
}
