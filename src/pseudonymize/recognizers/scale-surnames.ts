import { relations } from '../gazetteers/context-words.js';
import { scaleSurnames } from '../gazetteers/medical-terms.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { tokenIndexStartingAt, type TokenAnalysis } from './token-analysis.js';

const listed: ReadonlySet<string> = new Set(
  scaleSurnames.split(/\s+/u).filter((word) => word.length > 0),
);

/** Words right before a name that make it a person's: "pasienten Norton", "signert Clark". */
const personCue =
  /^(?:pasient|pasienten|pasientens|heter|heiter|het|hette|heitte|navn|namn|sign|signert|hilsen|helsing|mvh|v|kontaktperson)$/u;

/**
 * "Skåret med MADRS og Hamilton", "Braden 13, Norton 14", "Ann Arbor-stadium III", "hjertestarter
 * fra Zoll": a surname or company that also names a scale, a score or a device (the
 * `scaleSurnames` list) is no person when nothing before it points at one. A title, a relation, a
 * cue word or a given name before it keeps it ("psykolog Hamilton", "dr. Clark", "Siri Conners").
 */
export function isScaleSurname(
  words: TokenAnalysis,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  if (candidate.type !== 'PERSON') return false;
  const first = tokenIndexStartingAt(tokens, candidate.start);
  if (first < 0) return false;
  for (let index = first; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.start >= candidate.end) break;
    if (token.kind !== 'word') continue;
    // "Weber A, B og C": a grade letter after the eponym of a classification.
    if (index > first && /^[A-D]$/u.test(token.text)) continue;
    const head = token.lower.split('-')[0] ?? '';
    if (!listed.has(head)) return false;
    // "Ann" alone is a given name; only "Ann Arbor" is the staging system.
    if (head === 'ann' && !lowerAt(tokens, index + 1).startsWith('arbor')) return false;
  }
  let before = tokenAt(tokens, first - 1);
  if (before?.text === '.') before = tokenAt(tokens, first - 2);
  if (before === undefined || before.kind !== 'word') return true;
  if (personTitles.has(before.lower) || relations.has(before.lower) || personCue.test(before.lower))
    return false;
  return !(before.capitalised && words.analyse(before.lower).firstName);
}
