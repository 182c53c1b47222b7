/*
 * An allergy a note never loses (issue 12, item 5). The rule that drops the reason behind a drug
 * choice ("Vanligvis ville jeg gitt Selexid, men …") keeps a sentence that says an allergy
 * ("Fordi du er allergisk mot penicillin, fikk du ceftriaxon …"), and the note writes it as a
 * clinician does: «CAVE penicillin. Fikk ceftriaxon …». Positive evidence keeps; nothing here
 * removes text.
 */
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';

/** An allergy or intolerance: «allergisk mot», «CAVE», «tåler ikke», «reagerte på». */
const allergy =
  /allergi|allergisk|(?<![\p{L}])cave(?![\p{L}])|(?<![\p{L}])(?:tåler|tåle|tålte) (?:ikke|ikkje|itj)(?![\p{L}])|reagerte (?:på|med)/iu;

/** Whether a sentence (note or spoken text) says an allergy or intolerance. */
export function saysAllergy(text: string): boolean {
  return allergy.test(text);
}

/** «Fordi pas. er allergisk mot penicillin, fikk pas. ceftriaxon …», as the note writes it. */
const allergyReason =
  /^(?:(?:Og|Men) )?(?:[Dd]et er )?[Ff]ordi (?:pas\.|hun|han|ho|hu|du) (?:er|e) allergisk (?:mot|for) ([\p{L}-]+), (?:fikk|får|fekk) (?:pas\.|hun|han|ho|hu|du) (.+)$/u;

/**
 * The allergy that explains a drug choice, written as a clinician heads it: «CAVE penicillin.
 * Fikk ceftriaxon intravenøst i stedet, og væske.». Nothing else changes.
 */
export function allergyReasonAsCave(analysis: ConversationAnalysis): ConversationAnalysis {
  const statements = analysis.statements.map((statement): Statement => {
    const match = allergyReason.exec(statement.text);
    if (match === null) return statement;
    const [, allergen = '', given = ''] = match;
    return { ...statement, text: `CAVE ${allergen.toLowerCase()}. Fikk ${given}` };
  });
  const changed = statements.some((statement, index) => statement !== analysis.statements[index]);
  return changed ? { ...analysis, statements } : analysis;
}
