import { textAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { isClinicalAbbreviation } from './initials.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Labels before a name in a record's header: "Navn:", "Pasient:", "Vedr.:". */
const nameLabels = new Set(['navn', 'pasient', 'pas', 'vedr', 'gjelder', 'pårørende']);

/**
 * Names in a register's order or capitals, as records and referrals print them: the surname
 * before a comma and a given name after a label ("Navn: ØSTBY, KARI", "Pasient: HAUGEN, ODD
 * ARNE"), and a surname in capitals after a given name ("Kari ØSTBY"). The given
 * name is found by the other recognizers; this one adds the surname they leave, which would
 * otherwise reach a model.
 */
export function recognizeInvertedNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index < tokens.length; index++) {
    const surname = tokenAt(tokens, index);
    if (surname === undefined || surname.kind !== 'word') continue;
    if (!(surname.capitalised || surname.allCaps) || surname.text.length < 2) continue;
    if (isSurnameBeforeCommaAndGivenName(words, text, tokens, index))
      out.push({ start: surname.start, end: surname.end, type: 'PERSON', confidence: 0.85 });
    else if (isCapitalSurnameAfterGivenName(words, text, tokens, index))
      out.push({ start: surname.start, end: surname.end, type: 'PERSON', confidence: 0.85 });
  }
}

/**
 * A word that may be a surname: listed, or no word, place or term any list knows; a place too
 * where `placeToo` (a farm name in capitals after a given name: "Kari ØSTBY").
 */
function mayBeSurname(words: TokenAnalysis, token: Token, placeToo = false): boolean {
  const analysis = words.analyseToken(token);
  if (analysis.nonIdentifying || analysis.region) return false;
  if (token.allCaps && isClinicalAbbreviation(token.text)) return false;
  return (
    analysis.surname ||
    analysis.international ||
    (!analysis.common && !analysis.entry && (placeToo || !analysis.place))
  );
}

/** "Navn: ØSTBY, KARI", "Pasienten Kaur, Simran": a surname, a comma and a given name. */
function isSurnameBeforeCommaAndGivenName(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): boolean {
  const surname = tokenAt(tokens, index);
  const comma = tokenAt(tokens, index + 1);
  const given = tokenAt(tokens, index + 2);
  if (surname === undefined || comma?.text !== ',' || given === undefined) return false;
  if (given.kind !== 'word' || !(given.capitalised || given.allCaps)) return false;
  if (surname.end !== comma.start || !isSpaceBetween(text, comma.end, given.start)) return false;
  const givenAnalysis = words.analyseToken(given);
  const listedGiven =
    givenAnalysis.firstName || (givenAnalysis.international && !givenAnalysis.common);
  if (!listedGiven || givenAnalysis.nonIdentifying) return false;
  if (words.analyseToken(surname).firstName) return false;
  if (!mayBeSurname(words, surname)) return false;
  // Only after a record's label with its colon: "Navn:", "Pasient:", "Vedr.:". Tried and dropped:
  // at a line start, after "Pasienten", or all in capitals without a label (false detections in
  // held-out text).
  const previous = tokenAt(tokens, index - 1);
  if (previous?.text !== ':') return false;
  const labelWord =
    textAt(tokens, index - 2) === '.' ? tokenAt(tokens, index - 3) : tokenAt(tokens, index - 2);
  return nameLabels.has(labelWord?.lower ?? '');
}

/** "Kari ØSTBY": a surname in capitals right after a capitalised given name. */
function isCapitalSurnameAfterGivenName(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): boolean {
  const surname = tokenAt(tokens, index);
  const given = tokenAt(tokens, index - 1);
  if (surname === undefined || given === undefined || !surname.allCaps) return false;
  if (surname.text.length < 3 || !/^\p{Lu}+(?:-\p{Lu}+)?$/u.test(surname.text)) return false;
  if (!given.capitalised || given.allCaps || !isSpaceBetween(text, given.end, surname.start))
    return false;
  const givenAnalysis = words.analyseToken(given);
  if (!givenAnalysis.firstName || givenAnalysis.nonIdentifying) return false;
  // A given name that is also a word ("Kari", "Liv") only before a listed surname.
  if (givenAnalysis.common) return words.analyseToken(surname).surname;
  return mayBeSurname(words, surname, true);
}
