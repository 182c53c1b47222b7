/*
 * A clinician who explains at length in one turn ("Det jeg tror skjer her er at senene har blitt
 * irritert av …, så det er nok en senebetennelse, og derfor vil jeg at du tar det rolig …") says
 * the assessment once, inside the explanation. A note keeps the conclusion with its hedge under
 * Vurdering («Trolig senebetennelse.») and the decision after «derfor»/«og da» under Tiltak
 * («Ta det rolig med armen over hodet i et par uker og ta Ibux ved behov.»), never the whole
 * explanation. Only an explanation that holds no fact of its own (no number, denial or drug) is
 * left out; any other statement stays as it was. Fresh wording; both parts keep the evidence.
 */
import type { PseudonymizedTranscript } from '../../../core/index.js';
import { findDrugMentions } from '../../language/drug-names.js';
import { isClinicalWord } from '../../language/clinical-terms.js';
import { fold, tokenize } from '../../language/fold.js';
import { normalizeSpokenNorwegian } from '../../language/spoken-norwegian.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';
import { diagnosisRules } from './diagnosis-rules.js';

/** How long a statement must be before it counts as a long explanation. */
const minimumWords = 18;

/**
 * "…, så det er nok en senebetennelse", "og det er sannsynligvis en refluks eller en magekatarr",
 * ". Det er ein refluks": a conclusion opens its own sentence, or its own clause with «så» or «og». «… utelukke at det er en blodpropp», «sjekke
 * om det er …» name what is to be ruled out, never what it is.
 */
const spokenConclusion =
  /(?:(?:^|[.!?;]\s*)|(?:[,]\s*|\s)(?:så|og) )det er (?:(nok|trolig|truleg|sannsynligvis|sannsynlegvis|mest sannsynlig|antakelig|antakeleg|sikkert|kanskje|muligens|moglegvis) )?(?:(?:nok|bare|berre) )?(?:en |et |ei |ein |eit )?(?:(?:helt |heilt )?(?:vanlig|vanleg|klassisk|typisk|lett|mild) )?(\p{L}[\p{L}-]{4,}(?: (?:eller|og) (?:en |et |ei |ein |eit )?\p{L}[\p{L}-]{4,})?)(?![\p{L}])/iu;

/** "Det jeg tror skjer (her) er at …", "Det eg trur er at …", "Forklaringa er at …". */
const explanationOpening =
  /(?<![\p{L}])(?:det (?:jeg|eg|æ|e|vi|me) (?:tror|trur|tenker|tenkjer|mistenker) (?:skjer|er|har skjedd)|(?:forklaringen|forklaringa|grunnen|årsaken|årsaka) (?:til dette |på dette )?er)(?![\p{L}])/iu;

/** The decision after the conclusion: ", og derfor …", ", og da …", "; derfor …". */
const decisionOpening =
  /^[^,.;]*?(?:[,.;]\s*|\s)(?:(?:og|så) )?(?:derfor|difor|da|så)(?![\p{L}])\s*(.+)$/iu;

/** What frames the decision and says nothing of it ("vil jeg at pas.", "er det viktig at pas."). */
const decisionFrame =
  /^(?:(?:vil|skal|må) (?:jeg|eg|vi|me) (?:at )?|(?:er det|det er) (?:viktig|lurt|fint|best) at |(?:anbefaler|foreslår|tenker) (?:jeg|eg|vi) (?:at )?|bør |skal |må )?(?:pas\.|du|han|hun|ho) (?:skal |bør |må )?/iu;

/** Present-tense verbs of a decision, as the infinitive a plan line uses. */
const infinitives: ReadonlyMap<string, string> = new Map([
  ['tar', 'ta'],
  ['tek', 'ta'],
  ['går', 'gå'],
  ['holder', 'holde'],
  ['held', 'holde'],
  ['bruker', 'bruke'],
  ['brukar', 'bruke'],
  ['drikker', 'drikke'],
  ['drikk', 'drikke'],
  ['hviler', 'hvile'],
  ['kviler', 'hvile'],
  ['venter', 'vente'],
  ['ventar', 'vente'],
  ['trener', 'trene'],
  ['trenar', 'trene'],
  ['unngår', 'unngå'],
  ['starter', 'starte'],
  ['startar', 'starte'],
  ['kommer', 'komme'],
  ['kjem', 'komme'],
  ['smører', 'smøre'],
  ['prøver', 'prøve'],
  ['prøvar', 'prøve'],
  ['fortsetter', 'fortsette'],
  ['slutter', 'slutte'],
]);

/** A word that names a condition by its form ("senebetennelse", "bronkitt", "artrose"). */
const conditionForm =
  /(?:infeksjon|betennelse|betennelsen|itt|itis|ose|skade|svikt|eksem|forstuing|brudd|allergi|katarr|refluks|lumbago|migrene|hodepine|forkjølelse|influensa|virus|strekk|prolaps|isjias|gikt|anemi|astma|kols|angst|depresjon|utbrenthet|hekseskudd|hekseskot|tennisalbue|golfalbue|musearm)$/u;

function namesCondition(phrase: string): boolean {
  const folded = fold(phrase);
  if (diagnosisRules.some((rule) => rule.pattern.test(folded))) return true;
  return phrase
    .toLowerCase()
    .split(/\s+/u)
    .some((word) => conditionForm.test(word) || (word.length > 5 && isClinicalWord(fold(word))));
}

/** Whether a stretch of text holds a fact a note keeps: a number, a denial or a drug. */
function holdsFact(text: string): boolean {
  return (
    /\d/u.test(text) ||
    /(?<![\p{L}])(?:ikke|ikkje|itj|ingen|inga|aldri|uten|negativ|normal|normalt|fin|fine)(?![\p{L}])/iu.test(
      text,
    ) ||
    findDrugMentions(tokenize(text)).length > 0
  );
}

function hedgeWord(hedge: string | undefined, said: string): string {
  const word = hedge?.toLowerCase();
  if (word === undefined)
    return /(?<![\p{L}])(?:tror|trur|tenker|tenkjer|mistenker|antar)(?![\p{L}])/iu.test(said)
      ? 'Trolig '
      : '';
  if (/^(?:sannsynl|mest)/u.test(word)) return 'Sannsynligvis ';
  if (/^(?:kanskje|muligens|mogleg)/u.test(word)) return 'Mulig ';
  return 'Trolig ';
}

/** The plan line from the decision clause of the note text, or `undefined`. */
function planLine(decision: string): string | undefined {
  // "starter pas. med Somac" (the verb before its subject after «difor») → "starter med Somac".
  let text = decision
    .replace(/[.!]+$/u, '')
    .trim()
    .replace(decisionFrame, '')
    .replace(/^(\p{L}+) (?:pas\.|du) /u, '$1 ');
  const words = text.split(/\s+/u);
  // "tar det rolig … og tar Ibux" → "ta det rolig … og ta Ibux".
  text = words
    .map((word, index) => {
      const infinitive = infinitives.get(word.toLowerCase());
      const after = index === 0 ? undefined : words[index - 1]?.toLowerCase();
      return infinitive !== undefined && (index === 0 || after === 'og' || after === 'eller')
        ? infinitive
        : word;
    })
    .join(' ');
  if (text.split(/\s+/u).length < 3 || /^(?:det|den|de|dei)(?![\p{L}])/iu.test(text))
    return undefined;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

interface Rewritten {
  readonly statements: readonly Statement[];
  readonly segment: number;
}

function rewrite(statement: Statement, transcript: PseudonymizedTranscript): Rewritten | undefined {
  if (statement.speaker !== 'lege' || statement.letterText !== undefined) return undefined;
  if (!['assessment', 'treatment', 'followup'].includes(statement.kind)) return undefined;
  const evidence = statement.evidence[0];
  if (evidence === undefined) return undefined;
  const segment = transcript.segments[evidence.segment];
  if (segment === undefined) return undefined;
  const said = normalizeSpokenNorwegian(segment.text.slice(evidence.start, evidence.end));
  // The turn as said is long (an "assessment, så plan" split keeps the whole sentence as evidence).
  if (said.split(/\s+/u).length < minimumWords) return undefined;
  const spoken = spokenConclusion.exec(said);
  const written = spokenConclusion.exec(statement.text);
  const phrase = written?.[2];
  if (spoken === null || written === null || phrase === undefined) return undefined;
  if (!namesCondition(phrase)) return undefined;
  // Only a turn that announces itself as an explanation ("Det jeg tror skjer her er at …").
  if (!explanationOpening.test(said.slice(0, spoken.index))) return undefined;
  // The explanation before the conclusion goes only when it holds no fact of its own.
  const before = statement.text.slice(0, written.index);
  if (holdsFact(before)) return undefined;
  const hedge = hedgeWord(spoken[1], said.slice(0, spoken.index));
  const diagnosis = phrase.replace(/ (?:eller|og) (?:en |et |ei |ein |eit )/u, (joined) =>
    joined.replace(/ (?:en|et|ei|ein|eit) $/u, ' '),
  );
  const assessment: Statement = {
    ...statement,
    kind: 'assessment',
    text: `${hedge}${hedge === '' ? diagnosis.charAt(0).toUpperCase() + diagnosis.slice(1) : diagnosis.toLowerCase()}.`,
  };
  const after = statement.text.slice(written.index + written[0].length);
  const decision = decisionOpening.exec(after)?.[1];
  const plan = decision === undefined ? undefined : planLine(decision);
  // What follows the conclusion and is no decision is kept as it was said.
  if (decision === undefined && after.replace(/[\s.!,]+/gu, '').length > 0) return undefined;
  if (decision !== undefined && plan === undefined) return undefined;
  return {
    segment: evidence.segment,
    statements:
      plan === undefined
        ? [assessment]
        : [
            assessment,
            {
              ...statement,
              kind: statement.kind === 'followup' ? 'followup' : 'treatment',
              text: plan,
            },
          ],
  };
}

/**
 * The conclusion and decision of a long explaining turn as two short lines; explanation
 * statements of the same turn that hold no fact go with it.
 */
export function explainedAssessment(
  analysis: ConversationAnalysis,
  transcript: PseudonymizedTranscript,
): ConversationAnalysis {
  const explained = new Set<number>();
  const replaced = analysis.statements.map((statement) => {
    const result = rewrite(statement, transcript);
    if (result === undefined) return [statement];
    explained.add(result.segment);
    return result.statements;
  });
  if (explained.size === 0) return analysis;
  const statements = replaced.flatMap((group, index) => {
    const original = analysis.statements[index];
    // "At det kan være at magesekken produserer litt for mye syre …": the explanation beside the
    // conclusion, of the same turn, with no fact of its own.
    if (
      original !== undefined &&
      group.length === 1 &&
      group[0] === original &&
      original.speaker === 'lege' &&
      original.kind === 'assessment' &&
      explained.has(original.evidence[0]?.segment ?? -1) &&
      original.text.split(/\s+/u).length >= 8 &&
      !holdsFact(original.text) &&
      !diagnosisRules.some((rule) => rule.pattern.test(fold(original.text)))
    )
      return [];
    return group;
  });
  return { ...analysis, statements };
}
