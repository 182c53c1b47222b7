import type { VerifyCase } from './evaluate-verifier.js';

/**
 * Why a set of verifier cases cannot be scored honestly, one line per problem, naming case ids and
 * positions only (never the text, so it is safe for held-out sets). A fault that points at a
 * section or sentence the note does not have would otherwise count as a silent miss, and a fault
 * whose text equals the correct sentence is no fault at all.
 */
export function findVerifyCaseProblems(cases: readonly VerifyCase[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const verifyCase of cases) {
    if (ids.has(verifyCase.id)) problems.push(`${verifyCase.id}: duplicate case id`);
    ids.add(verifyCase.id);
    verifyCase.faults.forEach((fault, index) => {
      const section = verifyCase.note.sections.find((candidate) => candidate.key === fault.section);
      const original = section?.sentences[fault.sentence];
      if (original === undefined) {
        problems.push(`${verifyCase.id}: fault ${index} points at no sentence of the note`);
      } else if (original.text.trim() === fault.text.trim()) {
        problems.push(`${verifyCase.id}: fault ${index} is the correct sentence unchanged`);
      }
    });
  }
  return problems;
}
