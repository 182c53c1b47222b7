import { personVerbs, relations } from '../gazetteers/context-words.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { singleTokenPerson, type TokenAnalysis } from './token-analysis.js';

/**
 * "Allergitest positiv på bjørk, gras og katt. Bjørk er verst i april": a given name that is also
 * an ordinary noun, opening a sentence (or a quotation), is that noun when the same text has
 * already written the word in lower case and nothing around it points at a person: no title,
 * relation or given name before it, no verb a person does after it ("Bjørk kom i går" stays a
 * name, and so does "Storm er sliten" before "det var storm i natt").
 */
export function isNounNameUsedAsNoun(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  const person = singleTokenPerson(tokens, candidate);
  if (person === undefined) return false;
  const { index, token } = person;
  if (!token.capitalised) return false;
  let before = tokenAt(tokens, index - 1);
  const quoted = before !== undefined && /^[«"“]$/u.test(before.text);
  if (!token.sentenceStart && !quoted) return false;
  const analysis = words.analyse(token.lower);
  if (!analysis.common || !analysis.firstName) return false;
  if (!hasLowerCaseUseBefore(text, token.lower, token.start)) return false;
  if (quoted) before = tokenAt(tokens, index - 2);
  if (
    before?.kind === 'word' &&
    (personTitles.has(before.lower) ||
      relations.has(before.lower) ||
      words.analyse(before.lower).firstName)
  )
    return false;
  const after = tokenAt(tokens, quoted ? index + 2 : index + 1);
  return !(after?.kind === 'word' && (personVerbs.has(after.lower) || doingVerb.test(after.lower)));
}

/** Verbs of someone coming, having or going to do something: "Bjørk kom i går". */
const doingVerb =
  /^(?:kom|kjem|kommer|gikk|gjekk|går|har|hadde|fikk|fekk|får|skal|vil|ville|kan|må|bur|bor|var)$/u;

/** True when `lower` stands as a whole word, written in lower case, in `text` before `end`. */
function hasLowerCaseUseBefore(text: string, lower: string, end: number): boolean {
  for (let at = text.indexOf(lower); at >= 0 && at < end; at = text.indexOf(lower, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + lower.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
