import { personTitles } from '../gazetteers/person-titles.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { singleTokenPerson, type TokenAnalysis } from './token-analysis.js';

/** The copula of a finding: "Thompson var negativ", "Spurling er positiv". */
const copula = /^(?:er|var|ble|blei|vart|blir)$/u;

/** The result of a clinical test. */
const testResult =
  /^(?:positiv|positive|positivt|negativ|negative|negativt|normal|normale|normalt|ustø|avvikende|patologisk|upåfallende|usikker)$/u;

/** What may follow the result of a test: the end of the clause, a side, where or how it showed. */
const afterResult = /^(?:[.,;:]|bilateralt|bilat|høyre|venstre|hø|ve|ved|med|på|før|etter|i)$/u;

/**
 * "Thompson var negativ, akillessenen er intakt", "Allen var normal før arteriepunksjon", "Homans
 * var negativ bilateralt": a clinical test named after a person (a single capitalised word, no
 * listed given name, opening the sentence) as the subject of its result, followed by the end of
 * the clause, a side or where it showed, is no person. A title, a given name or another frame
 * keeps the person ("Dr. Allen var positiv", "Kari var negativ", "Thompson var negativ til
 * forslaget").
 */
export function isTestResultSubject(
  words: TokenAnalysis,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  const person = singleTokenPerson(tokens, candidate);
  if (person === undefined) return false;
  const { index, token } = person;
  if (!token.sentenceStart || !token.capitalised) return false;
  if (words.analyseToken(token).firstName) return false;
  // "Dr. Allen var positiv": the abbreviated title ends no sentence.
  const before = lowerAt(tokens, index - 1) === '.' ? lowerAt(tokens, index - 2) : '';
  if (personTitles.has(before)) return false;
  if (!copula.test(lowerAt(tokens, index + 1))) return false;
  if (!testResult.test(lowerAt(tokens, index + 2))) return false;
  const after = tokenAt(tokens, index + 3);
  return after === undefined || afterResult.test(after.lower);
}
