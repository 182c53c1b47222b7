/*
 * The decision, not the reasoning told to the patient. A clinician says "Jeg gir deg en
 * sykmelding i en uke, siden jobben er fysisk tung" and "Skal slutte med Ibux, den kan gi mer
 * blødning"; the note writes "Sykmeldt 1 uke." and "Ibux seponeres." A trailing clause of the
 * clinician's that only gives the reason ("…, fordi …", "…, siden …") or what a drug may do in
 * general ("…, den kan gi …"), or what happens otherwise ("…, for ellers kommer det gjerne
 * tilbake", "…, for da holder magen på det") goes when it carries nothing a note must keep: no number, no
 * negation, no drug, no allergy, pregnancy, anticoagulant or red flag. The statement keeps its
 * evidence, so the verifier still sees the whole turn.
 */
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';

/** A trailing clause that gives the reason or a general effect (from the comma on). */
const reasonClause =
  /,\s+(?:fordi|siden|ettersom)\s+(?:det|den|de|han|hun|ho|pas\.|du|dere|vi|jeg|man|kroppen|\p{Ll}+(?:en|et|ene|ne))\s+(?:er|var|har|hadde|blir|ble|kan|skal|må|vil|\p{Ll}+er)\s[^,]*(?:,[^,]*)?$|,\s+(?:den|det|de|som)\s+kan\s+(?:gi|føre|øke|påvirke|forsterke|utløse)\s[^,]*$|,\s+for (?:ellers|da) (?:kommer|blir|holder|går|virker|gror|får|kan)\s[^,]*$/u;

/*
 * What a reason clause may not carry if it is to go: what a note keeps even when said as a
 * reason (the safety topics of issue 12), a number, a negation, or a condition named as the
 * reason for a choice between drugs.
 */
const mustKeep =
  /\d|(?<![\p{L}])(?:ikke|ingen|aldri|uten|ikkje|itj|inga)(?![\p{L}])|allerg|cave|tåler|tåle|gravid|amm|blodfortynn|antikoag|marevan|warfarin|eliquis|apixaban|xarelto|rivaroks|pradaxa|dabigatran|suicid|selvmord|nyre|lever|blø|astma|diabet|hjerte|slag|epilep|demens|kreft/iu;

/**
 * Serious conditions a reason clause may name ("…, fordi du har hatt et infarkt", "…, siden det
 * kan være blodforgift", "…, fordi den kan skade fosteret"): such a clause is never left out,
 * here nor where the analysis drops causal clauses that name nothing clinical.
 */
export const seriousConditionInReason =
  /foster|misdannel|infarkt|blodforgift|sepsis|blodpropp|anfall/iu;

/** The statement without its trailing reason clause, or the same text when none may go. */
export function withoutReasonClause(text: string): string {
  const match = reasonClause.exec(text);
  if (match === null) return text;
  const clause = match[0];
  if (mustKeep.test(clause) || seriousConditionInReason.test(clause)) return text;
  const kept = text.slice(0, match.index).trimEnd();
  // A decision of at least three words stays; a clause that is most of the sentence is the fact.
  if (kept.split(/\s+/u).length < 3) return text;
  const end = /[.!?]$/u.exec(text)?.[0] ?? '.';
  return `${kept.replace(/[,;:]$/u, '')}${end}`;
}

/*
 * Explanations told to the patient inside a decision (session 32o): a follow-up's generic purpose
 * («Kontroll om 3 uker for å se at trommehinnen er normalisert», «… for å høre hvordan det går»,
 * «… for å være sikre på at det ikke blir verre») and how a drug works on the body («…, det gjør
 * blodet tynnere så det ikke klumper seg»). A purpose that says what is checked («for å se om
 * kaliumet har gått ned») or done («for å ta av gipsen», «for å utelukke …») is not generic and
 * stays.
 */
const pedagogyClauses = [
  /,?\s+for å (?:se|høre|sjekke|følge med på) hvordan (?:det|du|han|hun|ho|dere|pas\.) (?:går|har det|utvikler seg|klarer seg)(?=[,.!?]|$)/gu,
  /,?\s+for å (?:se|sjekke|være sikker|være sikre|forsikre oss) (?:på )?at (?:det|den|alt|\p{Ll}+(?:en|et|ene|a)) (?:ikke (?:blir|er|har blitt) verre|har (?:gått over|grodd|gått tilbake|normalisert seg)|er (?:normalisert|normal|borte|grodd|i orden|tilbake)|går (?:over|tilbake|bra))(?=[,.!?]|$)/gu,
  /,\s+(?:det|den|de|som) gjør (?:blodet|kroppen|musklene|slimhinnene?|huden|tarmen|magen) [^,.!?]*(?=[.!?]|$)/gu,
];

/** What an explanation clause may not carry if it is to go (a negation may: «så det ikke klumper seg»). */
const pedagogyMustKeep =
  /\d|allerg|cave|tåler|gravid|amm|blodfortynn|antikoag|suicid|selvmord|blø|astma|diabet|hjerte|slag|epilep|kreft/iu;

/** The statement without the explanations told to the patient, or the same text when none may go. */
export function withoutPedagogyClauses(text: string): string {
  let result = text;
  for (const pattern of pedagogyClauses) {
    result = result.replace(pattern, (clause) => (pedagogyMustKeep.test(clause) ? clause : ''));
  }
  if (result === text) return text;
  // A decision of at least three words stays; otherwise the clause was the statement.
  const kept = result.replace(/[,;:\s]+(?=[.!?]?$)/u, '');
  if (kept.split(/\s+/u).length < 3) return text;
  return /[.!?]$/u.test(kept) ? kept : `${kept}.`;
}

function trimmed(statement: Statement): Statement {
  if (statement.speaker !== 'lege') return statement;
  const text = withoutPedagogyClauses(withoutReasonClause(statement.text));
  const letterText =
    statement.letterText === undefined
      ? undefined
      : withoutPedagogyClauses(withoutReasonClause(statement.letterText));
  if (text === statement.text && letterText === statement.letterText) return statement;
  return { ...statement, text, ...(letterText === undefined ? {} : { letterText }) };
}

/** Leaves out the clinician's trailing reason clauses that carry nothing a note keeps. */
export function trimReasonClauses(analysis: ConversationAnalysis): ConversationAnalysis {
  return { ...analysis, statements: analysis.statements.map(trimmed) };
}
