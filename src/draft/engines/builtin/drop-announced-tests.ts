/*
 * "Vi tar et røntgenbilde nå." … "Har sett røntgenbildet. Har et brudd nederst i spolebeinet …":
 * the clinician says a test is being taken and later reads out its result. The note writes the
 * result; the announcement, and the "I have looked at it" before the result, add nothing. Only a
 * statement that says nothing but that a test is taken or was looked at goes, and only when a later
 * statement names the same test.
 */
import { fold } from '../../language/fold.js';
import { stemFolded } from '../../language/stem.js';
import type { ConversationAnalysis } from './analyze-conversation.js';

const announcement =
  /^(?:(?:Vi |Jeg |Eg )?(?:tar|tas|tok|tek|skal ta|tar vi) (?:et |en |ei |eit |ein |nytt |ny )?([\p{L}-]+)(?: (?:nå|no|straks|med en gang|først|av [\p{L}]+))?|(?:Har )?(?:sett|sett på|sjekket) ([\p{L}-]+))\.$/iu;

/** Abbreviations the note writes for a test said in full ("Rtg.:" for "røntgenbildet"). */
const abbreviations: ReadonlyMap<string, string> = new Map([
  ['rtg', 'rontg'],
  ['ul', 'ultra'],
]);

const stemOf = (word: string): string => {
  const folded = fold(word);
  return abbreviations.get(folded) ?? stemFolded(folded).slice(0, 5);
};

/** Leaves out the announcement of a test whose result the note gives later (see above). */
export function dropAnnouncedTests(analysis: ConversationAnalysis): ConversationAnalysis {
  const statements = analysis.statements.filter((statement, index) => {
    const match = announcement.exec(statement.text);
    const test = match?.[1] ?? match?.[2];
    if (test === undefined || test.length < 3) return true;
    const key = stemOf(test);
    return !analysis.statements
      .slice(index + 1)
      .some((later) =>
        later.text.split(/[^\p{L}\d-]+/u).some((word) => word.length >= 3 && stemOf(word) === key),
      );
  });
  return { ...analysis, statements };
}
