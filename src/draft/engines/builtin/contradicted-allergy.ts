/*
 * A denied allergy taken back: "Er du allergisk mot noe?" — "Nei, eg trur ikkje det." — and the
 * daughter: "Jo, du fekk utslett av penicillin den gongen …". The hedged no was wrong, and a note
 * that kept "Trolig ikke allergisk" beside the reaction would tell the next doctor two things. The
 * reaction told after the denial wins: the denial goes, and the reaction is written as clinicians
 * write an allergy, "CAVE penicillin (utslett).", with the evidence of the turn that told it.
 */
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';

/*
 * Only a hedged no ("Trolig ikke allergisk", "Ingen kjente allergier") is taken back: a flat "Ingen
 * allergier" beside a reaction told later is more often a side effect than an allergy.
 */
const deniedAllergy =
  /^(?:(?:Trolig|Sannsynligvis) (?:ikke|ingen)(?: kjente?)?|(?:Ikke|Ingen) kjente?) (?:allergi|allergier|allergisk|medikamentallergi|legemiddelallergi)(?![\p{L}])/iu;

const reactionToDrug =
  /(?<![\p{L}])(?:fikk|får|fekk|har fått|hadde|reagerte med|ble det|kom det)\s+(utslett|elveblest|kløe|hevelse|urtikaria|pustebesvær|anafylaksi|allergisk reaksjon|en allergisk reaksjon)\s+(?:av|på|etter|mot|med)\s+(\p{L}[\p{L}-]*)/iu;

/** How many statements after the denial the reaction may be told and still take it back. */
const window = 4;

/** Replaces a denied allergy by the drug reaction told right after it (see the file comment). */
export function contradictedAllergy(analysis: ConversationAnalysis): ConversationAnalysis {
  const statements: (Statement | undefined)[] = [...analysis.statements];
  for (let index = 0; index < statements.length; index += 1) {
    const statement = statements[index];
    if (statement === undefined || !statement.mentionsDrug) continue;
    const reaction = reactionToDrug.exec(statement.text);
    const [, symptom, drug] = reaction ?? [];
    if (symptom === undefined || drug === undefined) continue;
    let denial = -1;
    for (let back = index - 1; back >= 0 && back >= index - window; back -= 1) {
      const earlier = statements[back];
      if (earlier !== undefined && deniedAllergy.test(earlier.text)) denial = back;
    }
    if (denial < 0) continue;
    statements[denial] = undefined;
    const name = /^\p{Lu}\p{Ll}+$/u.test(drug) && /^penicillin/iu.test(drug) ? 'penicillin' : drug;
    statements[index] = {
      ...statement,
      text: `CAVE ${name} (${symptom.replace(/^en /u, '')}).`,
      byRelative: false,
    };
  }
  return {
    ...analysis,
    statements: statements.filter((statement): statement is Statement => statement !== undefined),
  };
}
