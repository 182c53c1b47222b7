/*
 * The patient repeats the plan back. After the clinician has prescribed («Naproxen fem hundre
 * milligram to ganger daglig … Somac tjue milligram»), the patient says «Naproxen to ganger, og
 * den magemedisinen» or «Amlodipin og Atorva… den andre»: that is not history, and the plan
 * already says it. A patient's history statement goes when it was said after the clinician's first
 * treatment statement, every drug it names is in one of the clinician's treatment statements said
 * before it, and it says nothing of its own: no negation, no «før», «allerede», «bruker», «tar»,
 * «tålte», no body part or symptom (prune-story-clauses.ts carriesContent, read without its drugs
 * and numbers). A statement without a drug is left alone.
 */
import { findDrugMentions } from '../../language/drug-names.js';
import { tokenize } from '../../language/fold.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';
import { carriesContent } from './prune-story-clauses.js';

/** Words that make a drug the patient's own history («tar allerede», «brukte før», «tålte ikke»). */
const ownUse =
  /(?<![\p{L}])(?:ikke|ingen|aldri|ikkje|før|allerede|alt|bruker|brukte|tar|tok|tatt|tålte|tåler|fikk|hatt|har|hadde|allerg\p{L}*|reaksjon\p{L}*|utslett)(?![\p{L}])/iu;

function firstSegment(statement: Statement): number {
  return Math.min(...statement.evidence.map((evidence) => evidence.segment));
}

function drugsOf(text: string): readonly string[] {
  return findDrugMentions(tokenize(text)).map((mention) => mention.substance);
}

/** Whether the statement only reads the clinician's treatment back (see the file comment). */
function isPlanEcho(statement: Statement, treatments: readonly Statement[]): boolean {
  if (statement.kind !== 'history' || statement.speaker === 'lege' || !statement.mentionsDrug)
    return false;
  const drugs = drugsOf(statement.text);
  if (drugs.length === 0 || ownUse.test(statement.text)) return false;
  const said = firstSegment(statement);
  const before = treatments.filter((treatment) => firstSegment(treatment) < said);
  if (before.length === 0) return false;
  const prescribed = new Set(before.flatMap((treatment) => drugsOf(treatment.text)));
  if (!drugs.every((drug) => prescribed.has(drug))) return false;
  const rest = statement.text
    .replace(/\d+(?:[,.]\d+)?/gu, ' ')
    .split(/\s+/u)
    .filter((word) => drugsOf(word).length === 0)
    .join(' ');
  return !carriesContent(rest);
}

/** Leaves out a patient's reading back of the drugs the clinician has just prescribed. */
export function dropPlanEcho(analysis: ConversationAnalysis): ConversationAnalysis {
  const treatments = analysis.statements.filter(
    (statement) => statement.kind === 'treatment' && statement.speaker === 'lege',
  );
  if (treatments.length === 0) return analysis;
  return {
    ...analysis,
    statements: analysis.statements.filter((statement) => !isPlanEcho(statement, treatments)),
  };
}
