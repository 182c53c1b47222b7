/*
 * "Dette er en soppinfeksjon i lysken, så du skal smøre med Pevaryl krem morgen og kveld." — the
 * clinician says the assessment and the plan in one breath. A note writes them apart: the
 * conclusion under Vurdering («Soppinfeksjon i lysken.»), the decision under Tiltak («Skal smøre
 * med Pevaryl krem …»). A plan statement of the clinician's is split at its first ", så " when
 * the part before it names a condition or judges the course (and decides nothing itself) and the
 * part after it is a decision. Both parts keep the whole sentence as evidence. A letter statement
 * is left whole (the letter's own wording is kept as said), and so is a sentence whose head is a
 * condition («Hvis det blir …, så …») or a relative's illness («Kona har influensa, så …»).
 */
import { findDrugMentions } from '../../language/drug-names.js';
import { fold, tokenize } from '../../language/fold.js';
import type { ConversationAnalysis, Statement, StatementKind } from './analyze-conversation.js';
import { loosen, planCue } from './classify.js';
import { diagnosisRules } from './diagnosis-rules.js';
import { relativeAsSubject } from './relative-subject.js';

/*
 * A head that states a condition ("Hvis det blir en lungebetennelse, så …", "Blir det en
 * ørebetennelse, så …"): the plan holds only under it, so the sentence stays one plan. A verb
 * first counts only before its subject ("Blir det", "Får du").
 */
const conditionalHead =
  /^(?:(?:og|men|så) )?(?:hvis|dersom|om|viss|vis|i fall|ifall|skulle|når|så lenge|med mindre|(?:blir|er|får|kommer|viser|går) (?:det|du|pas\.|han|hun|den|de|prøven\p{L}*|svaret|testen))(?![\p{L}])/iu;

const planKinds: ReadonlySet<StatementKind> = new Set(['treatment', 'followup', 'referral']);

/** A condition named by the form of its word, or a judgement on how a treatment works. */
const conclusion =
  /(?<![a-z])[a-z]*(?:infeksjon|betennelse|itt|ose|skade|svikt|eksem|overtrakk|forstuing|brudd|allergi)(?![a-z])|(?<![a-z])(?:god effekt|rett (?:vei|veg)|i bedring|bedre regulert)(?![a-z])/u;

/** The head before ", så " and the decision after it, or undefined when this is no such sentence. */
export function splitAtDecision(
  text: string,
): { readonly assessment: string; readonly plan: string } | undefined {
  const cut = text.indexOf(', så ');
  if (cut <= 0) return undefined;
  const head = text.slice(0, cut);
  // Not a conclusion: a condition the plan depends on, or a relative's illness.
  if (conditionalHead.test(head) || relativeAsSubject.test(head)) return undefined;
  const tail = text.slice(cut + ', så '.length).trim();
  const looseHead = loosen(head);
  const namesCondition =
    conclusion.test(looseHead) || diagnosisRules.some((rule) => rule.pattern.test(fold(head)));
  if (!namesCondition || planCue.test(looseHead)) return undefined;
  const decides =
    planCue.test(loosen(tail)) ||
    /^(?:skal|må|bør) \p{L}+/u.test(tail) ||
    findDrugMentions(tokenize(tail)).length > 0;
  if (!decides || tail.split(/\s+/u).length < 3) return undefined;
  const end = /[.!]$/u.test(tail) ? '' : '.';
  return {
    assessment: `${head.replace(/[,;:]$/u, '')}.`,
    plan: `${tail.charAt(0).toUpperCase()}${tail.slice(1)}${end}`,
  };
}

function split(statement: Statement): readonly Statement[] {
  if (
    statement.speaker !== 'lege' ||
    !planKinds.has(statement.kind) ||
    statement.letterText !== undefined
  )
    return [statement];
  const parts = splitAtDecision(statement.text);
  if (parts === undefined) return [statement];
  return [
    { ...statement, kind: 'assessment', text: parts.assessment },
    { ...statement, text: parts.plan },
  ];
}

/** Splits the clinician's "assessment, så plan" sentences into an assessment and a plan. */
export function splitAssessmentAndPlan(analysis: ConversationAnalysis): ConversationAnalysis {
  return { ...analysis, statements: analysis.statements.flatMap(split) };
}
