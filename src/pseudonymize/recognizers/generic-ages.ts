import { textAt, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { tokenIndexStartingAt } from './token-analysis.js';

/** Nouns and words of many people: the age said after them is a group's, no one person's. */
const groupWord =
  /^(?:pasienter|pasientar|personer|personar|folk|mange|alle|eldre|kvinner|kvinnor|menn|barn|ungdom|ungdommer|ungdomar|unge|voksne|vaksne|gutter|jenter|de|dei|fleste|pårørende)$/u;

/** Words of a legal or clinical age limit: "Aldersgrensen er 18 år", "Myndighetsalder 18 år". */
const limitWord =
  /^(?:aldersgrense\p{L}*|aldersgrenser|myndighetsalder\p{L}*|myndigheitsalder\p{L}*|grense|grensen|grensa|samtykkealder\p{L}*|screeningalder\p{L}*)$/u;

/** Nouns that years measure the length of: "10 års risiko", "5 års oppfølging". */
const durationNoun =
  /^(?:\p{L}*risiko|\p{L}*oppfølging|\p{L}*overlevelse|\p{L}*overleving|intervall\p{L}*|erfaring|\p{L}*varighet|mellomrom|garanti|observasjon|karantene|botid|ansiennitet)$/u;

/**
 * Ages that describe a group or a rule rather than a person (ANNOTATION.md: "A person's age"):
 * "pasienter i 80-årene", "Aldersgrensen er 18 år", "Femåringer får vaksine", "Ungdom i alderen
 * 13–16 år". The person's own age stays ("Pasienten er i 80-årene", "Seksåringen var med").
 */
export function isGroupAge(text: string, tokens: readonly Token[], candidate: Candidate): boolean {
  if (candidate.type !== 'AGE') return false;
  const value = text.slice(candidate.start, candidate.end).toLowerCase();
  // "Femåringer", "toåringar", "femåringene": children of an age, plural.
  if (/åring(?:er|ar|ene|ane)$/u.test(value)) return true;
  const index = tokenIndexStartingAt(tokens, candidate.start);
  if (index < 0) return false;
  // "i alderen 13–16 år": the upper end of a range of ages.
  const before = tokens.slice(Math.max(0, index - 4), index).map((token) => token.lower);
  if (
    before.includes('alderen') &&
    tokenAt(tokens, index - 1) !== undefined &&
    /^[-–]$/u.test(textAt(tokens, index - 1)) &&
    tokenAt(tokens, index - 2)?.kind === 'number'
  )
    return true;
  // "for barn 6–12 år", "Dosering for barn 1–5 år": the upper end of a range of ages right after
  // a plural group (not "Barna er 6–12 år", where the children are the subject).
  if (
    /^[-–]$/u.test(textAt(tokens, index - 1)) &&
    tokenAt(tokens, index - 2)?.kind === 'number' &&
    groupWord.test(lowerAt(tokens, index - 3))
  )
    return true;
  if (before.some((word) => limitWord.test(word))) return true;
  // "10 års risiko", "5 års oppfølging": years as the length of what the noun after them names.
  if (/^\d+ års$/u.test(value) && durationNoun.test(lowerAt(tokens, index + 2))) return true;
  // "pasienter i 80-årene": a decade of life after a plural group.
  return (
    /årene$|åra$/u.test(value) &&
    lowerAt(tokens, index - 1) === 'i' &&
    groupWord.test(lowerAt(tokens, index - 2))
  );
}
