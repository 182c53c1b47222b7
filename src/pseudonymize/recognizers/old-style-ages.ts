import { relations } from '../gazetteers/context-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { cardinalOf } from '../word-record.js';

/** Tens said after the unit in the old way of counting: "ni og nitti", "fem og åtti". */
const tensWords = new Set(['tjue', 'tretti', 'førti', 'femti', 'seksti', 'sytti', 'åtti', 'nitti']);

/** Verbs of being, becoming and turning an age follows. */
const ageVerbs = new Set(['er', 'e', 'blir', 'ble', 'vart', 'vert', 'fyller', 'fylte', 'fylt']);

/** Adverbs between the verb and the age: "er snart ni og nitti". */
const ageAdverbs = new Set(['snart', 'nesten', 'vel', 'jo', 'nå', 'no', 'straks', 'akkurat']);

/** Persons an age is said about: pronouns, and the relation words of the shared list. */
const subjects = new Set(['jeg', 'eg', 'æ', 'je', 'han', 'hun', 'ho', 'hu', 'du', 'mor', 'far']);

/**
 * "jeg er ni og nitti", "far vart fem og åtti år": the old way of counting, unit before tens, is
 * one age after a person and a verb of being or turning — not only its first word. Blood pressure
 * and clock times ("hundre og førti over nitti") have no person before the verb.
 */
export function recognizeOldStyleAges(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index + 2 < tokens.length; index++) {
    const unit = tokenAt(tokens, index);
    const and = tokenAt(tokens, index + 1);
    const tens = tokenAt(tokens, index + 2);
    if (unit === undefined || and === undefined || tens === undefined) continue;
    if (and.lower !== 'og' || !tensWords.has(tens.lower)) continue;
    const value = cardinalOf(unit);
    if (value === undefined || value < 1 || value > 9) continue;
    if (!isSpaceBetween(text, unit.end, and.start) || !isSpaceBetween(text, and.end, tens.start))
      continue;
    if (!followsPersonAndVerb(tokens, index)) continue;
    const year = tokenAt(tokens, index + 3);
    const end = year !== undefined && year.lower === 'år' ? year.end : tens.end;
    out.push({ start: unit.start, end, type: 'AGE', confidence: 0.93 });
  }
  return out;
}

function followsPersonAndVerb(tokens: readonly Token[], index: number): boolean {
  let back = index - 1;
  while (ageAdverbs.has(lowerAt(tokens, back))) back--;
  if (!ageVerbs.has(lowerAt(tokens, back))) return false;
  const subject = lowerAt(tokens, back - 1);
  if (subjects.has(subject) || relations.has(subject)) return true;
  // "mora mi er …", "faren hans ble …": a relation and a possessive.
  return relations.has(lowerAt(tokens, back - 2));
}
