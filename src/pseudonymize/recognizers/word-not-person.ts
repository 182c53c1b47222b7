import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

import { tokenIndexStartingAt, type TokenAnalysis } from './token-analysis.js';

/** Reflexive possessives after an owner: "NAKOS sine anbefalinger". */
const reflexives = new Set(['sin', 'si', 'sitt', 'sine']);

/**
 * "følger NAKOS sine anbefalinger", "RELIS sitt svar": an acronym of four or more capitals that is
 * no Norwegian given name or surname (the international lists hold nearly every short string), owning something with a reflexive possessive, is a body or a service, not a
 * person's initials (initials have two or three letters: "KH sine notater" stays a person).
 */
function isAcronymOwner(
  words: TokenAnalysis,
  token: Token,
  tokens: readonly Token[],
  index: number,
): boolean {
  if (!token.allCaps || token.text.length < 4) return false;
  if (!reflexives.has(lowerAt(tokens, index + 1))) return false;
  const analysis = words.analyse(token.lower);
  return !analysis.firstName && !analysis.surname;
}

/** Words of the seasons and the year in the sentence of a "Vår" that opens it. */
const seasonWord =
  /^(?:årstid\p{L}*|sommer\p{L}*|sommar\p{L}*|vinter\p{L}*|høst\p{L}*|haust\p{L}*)$/u;

/**
 * "Vår er den beste årstida", "Vår er finest, før sommeren kommer": the season opening a sentence
 * that speaks of seasons, not the given name Vår ("Vår kommer i morgen" stays a person).
 */
function isSeasonVår(token: Token, tokens: readonly Token[], index: number): boolean {
  if (token.lower !== 'vår' || !token.sentenceStart) return false;
  for (let ahead = index + 1; ahead < tokens.length && ahead <= index + 12; ahead++) {
    const next = tokenAt(tokens, ahead);
    if (next === undefined || /^[.!?]$/u.test(next.text)) break;
    if (next.kind === 'word' && seasonWord.test(next.lower)) return true;
  }
  return false;
}

/** English pronouns and determiners that open a quoted English clause ("My back …", "It was …"). */
const englishOpeners = new Set(['my', 'it', 'our', 'your', 'his', 'she', 'he', 'we', 'they']);

/**
 * Words only English has (no Norwegian word is spelled so): auxiliaries, function words and the
 * verb forms of a patient's own account ("hurts", "started", "feel"). "to", "i", "and", "me",
 * "her", "all", "time" and "is" (ice) are Norwegian words too and are left out.
 */
const englishOnlyWords = new Set(
  (
    'was were are am has have had been being the this these those with when since but because ' +
    "very does did doesn’t doesn't don’t don't can’t can't won’t won't it’s it's i’m i'm " +
    'hurts hurt hurting feel feels felt works worked working told tells makes made helps helped ' +
    'started starts stopped gets got getting goes went seems looks keeps began would could should'
  ).split(' '),
);

/** English determiners: a possessive is followed by its noun, never by a verb ("My was" is the name). */
const englishDeterminers = new Set(['my', 'our', 'your', 'his']);

/**
 * "My stomach hurts", "It was difficult to breathe": an English pronoun or determiner opening a
 * quoted English clause, not the given name My. Fails closed: the opener must open the clause (no
 * word before it: "Datteren My was sick", "og My was born" stay a person) and the next word must be
 * lower case. A pronoun must be followed right away by a word only English has or "is" ("It was",
 * "It makes", "It is"); a determiner by its noun, no such word ("My was coughing", "My is five" are the name),
 * and then one ("My stomach hurts", "My husband works"). "My la is på kneet", "My syns det var
 * very vondt", "My Hansen kom" and "My var her" stay a person.
 */
function isEnglishClauseOpener(token: Token, tokens: readonly Token[], index: number): boolean {
  if (!token.capitalised || !englishOpeners.has(token.lower)) return false;
  if (tokenAt(tokens, index - 1)?.kind === 'word') return false;
  const next = tokenAt(tokens, index + 1);
  if (next?.kind !== 'word' || next.capitalised || next.allCaps) return false;
  // After a pronoun "is" is the verb ("It is worse"); after "My" it may be the Norwegian noun.
  if (!englishDeterminers.has(token.lower))
    return next.lower === 'is' || englishOnlyWords.has(next.lower);
  if (englishOnlyWords.has(next.lower)) return false;
  const verb = tokenAt(tokens, index + 2);
  return verb?.kind === 'word' && englishOnlyWords.has(verb.lower);
}

/** Verbs that ask for a name: "heter", "heiter", "het", "hette". */
const namingVerbs = new Set(['heter', 'heiter', 'het', 'hette', 'hete']);
/** Question words before a naming verb: "Hva heter …", "Kva heiter …", "Ka hete …". */
const whatWords = new Set(['hva', 'kva', 'ka', 'kå', 'hvafor', 'kvafor']);

/**
 * "Kva heiter garden?", "hva heter legen din", "Ka hete medisinen?": the lower-case ordinary word
 * a what-question asks the name of is the thing named, not the name (the answer is). Only a
 * candidate wholly in lower case whose first word is an ordinary word and no listed given name or
 * surname, and not an owner before "sin"/"si"; "hva heter du? kari", "Hva heter Kari?", "hva heter
 * liv sin mann" and "kva heiter storm" are not touched.
 */
function isAskedThing(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  candidate: Candidate,
): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || token.kind !== 'word' || token.text !== token.lower) return false;
  const span = text.slice(candidate.start, candidate.end);
  if (span !== span.toLowerCase()) return false;
  if (!namingVerbs.has(lowerAt(tokens, index - 1)) || !whatWords.has(lowerAt(tokens, index - 2)))
    return false;
  // "hva heter liv sin mann", "kva heiter stein": a listed name asked about (its owner's kin, or
  // the rest of its name) stays a person; only a word no list knows as a name is the thing named.
  if (reflexives.has(lowerAt(tokens, index + 1))) return false;
  const analysis = words.analyseToken(token);
  return analysis.common && !analysis.firstName && !analysis.surname;
}

/**
 * A PERSON candidate of one word that is an acronym of a body owning something, the season "Vår"
 * in a sentence about seasons, or an English pronoun opening an English clause (issue 10, false
 * detections in identifier-free clinical text); and a lower-case word a what-question asks the
 * name of ("Kva heiter garden?", any length).
 */
export function isWordNotPerson(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  if (candidate.type !== 'PERSON') return false;
  const index = tokenIndexStartingAt(tokens, candidate.start);
  const token = tokenAt(tokens, index);
  if (token === undefined || text.length < candidate.end) return false;
  if (isAskedThing(words, text, tokens, index, candidate)) return true;
  if (token.end !== candidate.end) return false;
  return (
    isAcronymOwner(words, token, tokens, index) ||
    isSeasonVår(token, tokens, index) ||
    isEnglishClauseOpener(token, tokens, index)
  );
}
