import { personTitles as titles } from '../gazetteers/person-titles.js';
import { getSharedLexicon } from '../lexicon.js';
import { textAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { wordClass } from '../word-record.js';
import { isNameLike } from './token-analysis.js';

/** A title ("dr.", "overlege"): one record bit per word instead of a set probe per token. */
const isTitleWord = wordClass(titles);

/**
 * Surname particles of many origins ("van der Berg", "de Vries", "di Stefano", "bin Yusuf", "af
 * Klint"). Some are also Norwegian words ("de", "da", "di", "der", "den", "la"), so a particle only
 * counts right after a found name or a title, and only before a capitalised surname, or (for the
 * particles that are no Norwegian word) before a lower-case word in speech-to-text.
 */
const particles = new Set([
  'van',
  'von',
  'vom',
  'zu',
  'der',
  'den',
  'de',
  'del',
  // "Lucía de la Fuente", "Juan de los Santos", "Marie le Roux".
  'la',
  'las',
  'los',
  'le',
  'della',
  'dalla',
  'di',
  'da',
  'das',
  'dos',
  'do',
  'du',
  'des',
  'ter',
  'ten',
  'af',
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'ould',
  'mac',
  'mc',
]);

/** Whether `token` is a surname particle word ("van", "de", "bin"). */
export function isSurnameParticle(token: Token | undefined): boolean {
  return token?.kind === 'word' && particles.has(token.lower);
}

/** Particles that are no Norwegian word, so they may lead a lower-case surname ("van der berg"). */
const foreignParticles = new Set([
  'van',
  'von',
  'ter',
  'ten',
  'af',
  'bin',
  'ibn',
  'bint',
  'abu',
  // "fatima al hassan" said without the hyphen.
  'al',
  'el',
]);

/**
 * A hyphen- or apostrophe-joined particle and name in one token: "al-Hassan", "El-Amin",
 * "d'Almeida", "O'Brien". A lone "d" or "o" joins with an apostrophe only: with a hyphen it is a
 * clinical letter prefix ("D-vitamin", "D-dimer", "O-bein").
 */
const joinedParticle =
  /^(?:(?:al|el|ul|ad|ar|as|ash|at|az|abu|abd|abdel|abdul|bin|ibn|ben|ould|ait|de|da|di|del|van|von|mc|mac)[-'’]|[do]['’])\p{L}{2,}$/iu;

/** Whether `token` is one particle-joined surname such as "al-Hassan". */
export function isJoinedParticleSurname(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && joinedParticle.test(token.text);
}

/**
 * The index of the last token of a particle surname starting at `index` ("van der Berg",
 * "al-Hassan"), or -1. `lowerCase` allows a lower-case surname after a foreign particle.
 */
export function particleSurnameEnd(
  text: string,
  tokens: readonly Token[],
  index: number,
  lowerCase: boolean,
): number {
  const first = tokenAt(tokens, index);
  if (first === undefined) return -1;
  if (isJoinedParticleSurname(first)) return index;
  let cursor = index;
  let foreign = false;
  let count = 0;
  for (; count < 3; count++) {
    const token = tokenAt(tokens, cursor);
    if (token?.kind !== 'word' || !particles.has(token.lower)) break;
    if (foreignParticles.has(token.lower)) foreign = true;
    const next = tokenAt(tokens, cursor + 1);
    if (next === undefined || !isSpaceBetween(text, token.end, next.start)) return -1;
    cursor += 1;
  }
  if (cursor === index) return -1;
  const surname = tokenAt(tokens, cursor);
  if (surname?.kind !== 'word' || particles.has(surname.lower) || surname.text.length < 2)
    return -1;
  const lowerForm = surname.text === surname.lower;
  const surnameLower = surname.lower;
  if (isNameLike(surname) || isJoinedParticleSurname(surname)) return cursor;
  if (lowerCase && foreign && lowerForm) return cursor;
  // "lucía de la fuente": two particles in a row are no Norwegian phrase before a word that is
  // no dictionary word either.
  if (lowerCase && count >= 2 && lowerForm && !getSharedLexicon().isDictionaryEntry(surnameLower))
    return cursor;
  return -1;
}

/** Whether `lower` is a listed given name of any origin ("Sanne", "Lucía", "Omar"). */
function isListedGivenName(lower: string): boolean {
  const lexicon = getSharedLexicon();
  return (
    lexicon.femaleNames.has(lower) ||
    lexicon.maleNames.has(lower) ||
    lexicon.internationalNames.has(lower)
  );
}

/**
 * The end index of a particle surname right after a name-like word at `index` that makes the two
 * a person without any other name found: a particle that is no Norwegian word ("Sanne van Dijk",
 * "Klaus von der Heide"), or two particles after a listed given name that is no word ("Lucía de
 * la Fuente", not "Puerto de la Cruz"); in
 * lower case ("sanne van dijk") only after a listed given name and a particle that is no
 * Norwegian word, before a word that is no dictionary word. -1 otherwise.
 */
function givenNameParticleEnd(text: string, tokens: readonly Token[], index: number): number {
  const given = tokenAt(tokens, index);
  const particle = tokenAt(tokens, index + 1);
  if (given?.kind !== 'word' || particle?.kind !== 'word' || !particles.has(particle.lower))
    return -1;
  if (!isSpaceBetween(text, given.end, particle.start) || particle.text !== particle.lower)
    return -1;
  const second = tokenAt(tokens, index + 2);
  const twoParticles = second?.kind === 'word' && particles.has(second.lower);
  const foreign = foreignParticles.has(particle.lower);
  const givenText = given.text;
  const givenLower = given.lower;
  if (isNameLike(given)) {
    const givenFirst =
      twoParticles &&
      isListedGivenName(givenLower) &&
      !getSharedLexicon().isCommonWord(given.lower);
    if (isTitleWord(given) || (!foreign && !givenFirst)) return -1;
    const end = particleSurnameEnd(text, tokens, index + 1, false);
    return end > index && tokenAt(tokens, end)?.capitalised === true ? end : -1;
  }
  if (givenText !== givenLower || !foreign || !isListedGivenName(givenLower)) return -1;
  const end = particleSurnameEnd(text, tokens, index + 1, true);
  const surname = tokenAt(tokens, end);
  if (end <= index || surname === undefined || surname.text !== surname.lower) return -1;
  return getSharedLexicon().isDictionaryEntry(surname.lower) ? -1 : end;
}

const particleConfidence = 0.85;

/**
 * A title before a particle surname is a person: "Dr. van Dijk", "doktor de Wit". The title stays
 * outside the span.
 */
export function recognizeTitledParticleSurnames(
  text: string,
  tokens: readonly Token[],
): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    // A capitalised word before a joined particle surname: "Yasmin Abu-Bakr", "Omar El-Amin".
    const joined = tokenAt(tokens, index + 1);
    if (
      isNameLike(token) &&
      !isTitleWord(token) &&
      isJoinedParticleSurname(joined) &&
      joined !== undefined &&
      // "Omar El-Amin", and "Yasmin el-Amin" with the particle in lower case.
      /^(?:\p{Lu}|\p{Ll}+[-'’]\p{Lu})/u.test(joined.text) &&
      isSpaceBetween(text, token.end, joined.start)
    ) {
      out.push({
        start: token.start,
        end: joined.end,
        type: 'PERSON',
        confidence: particleConfidence,
      });
      continue;
    }
    const particleEnd = givenNameParticleEnd(text, tokens, index);
    const particleLast = tokenAt(tokens, particleEnd);
    if (token !== undefined && particleLast !== undefined) {
      out.push({
        start: token.start,
        end: particleLast.end,
        type: 'PERSON',
        confidence: particleConfidence,
      });
      index = particleEnd;
      continue;
    }
    if (token?.kind !== 'word' || !isTitleWord(token)) continue;
    let next = index + 1;
    if (textAt(tokens, next) === '.' && tokenAt(tokens, next)?.start === token.end) next += 1;
    const first = tokenAt(tokens, next);
    const before = tokenAt(tokens, next - 1);
    if (
      first === undefined ||
      before === undefined ||
      !isSpaceBetween(text, before.end, first.start)
    )
      continue;
    if (!particles.has(first.lower) && !isJoinedParticleSurname(first)) continue;
    const end = particleSurnameEnd(text, tokens, next, false);
    const last = tokenAt(tokens, end);
    if (end < 0 || last === undefined) continue;
    out.push({ start: first.start, end: last.end, type: 'PERSON', confidence: particleConfidence });
  }
  return out;
}
