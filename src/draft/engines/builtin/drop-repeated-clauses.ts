/*
 * One clause per fact inside one statement. Retold speech says a thing twice in one breath ("Har
 * feber, hun har høy feber"; "Det er kneet, altså, det er høyre kne"). A clause of a statement
 * (cut at commas and before «og så», «men», «og da») is left out only on positive evidence that
 * it carries no fact of its own: every content word of it is said again by one other clause of
 * the same statement (words scattered over several clauses are no evidence: "Hvis INR er under 2"
 * says something new with known words; and what an earlier statement said is no evidence either:
 * "Her er tabletten, cetirizin 10 mg" keeps the drug where the plan needs it). It never goes when it
 * - holds a number or a drug name (a value or a dose is said where it belongs),
 * - holds a negation, or repeats a clause with one (a denial is said as said; «Mange som ikke
 *   tålte Simvastatin, tåler den» is no repetition),
 * - names a relative (their history is not the patient's),
 * - opens with a condition, a time or a reason («hvis», «når», «fordi» …), a preposition («Med
 *   Furixen, at hun må tisse») or «eller» (a correction: «hjerteslag, eller det var
 *   hjerteinfarkt»): it qualifies its neighbour,
 * - has one content word and a pronoun or a count («det gjør vondt», «en pluss»),
 * - would leave the statement with fewer than two content words,
 * - is in the reason for contact (a line of its own).
 * The statement keeps its evidence, so the verifier still sees the whole turn.
 */
import { findDrugMentions } from '../../language/drug-names.js';
import { tokenize } from '../../language/fold.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';
import { contentOf } from './drop-repeated-statements.js';

const clauseBoundary = /(,\s+|\s+(?=(?:og så|men|og da)\s))/u;
const openingConjunction = /^(?:og så|og da|og|men|så)\s+/iu;

/** A relative named: "…, mora hadde det samme" is another person's fact. */
const relative =
  /(?<![\p{L}])(?:mor|mora|moren|mamma|far|faren|pappa|søster|syster|bror|broren|datter|dattera|datteren|sønn|sønnen|kona|mannen|samboer\p{L}*|familien|bestemor|bestefar|onkel|tante|komparent)(?![\p{L}])/iu;

/** A condition, a time, a reason, a place or a correction that qualifies its neighbour. */
const qualifying =
  /^(?:og |men |så )?(?:hvis|om|dersom|når|da|før|etter|fordi|siden|til|mens|inntil|med mindre|bortsett|eller|med|i|på|ned|opp|fra|av|ved|under|over|for|mot|uten|hos|rundt|gjennom|inn|ut|bak|foran)(?![\p{L}])/iu;

/** A pronoun or a count that takes its meaning from where the clause stands. */
const pointsElsewhere =
  /(?<![\p{L}])(?:det|den|dem|de|dette|han|hun|ho|seg|en|ett|ein|eitt|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|pluss|minus|halv|halvt)(?![\p{L}])/iu;

/** A clause that must stay whatever it repeats (see the file comment). */
function isProtected(clause: string, content: ReadonlySet<string>): boolean {
  return (
    content.size === 0 ||
    (content.size === 1 && pointsElsewhere.test(clause)) ||
    content.has('¬') ||
    /\d/u.test(clause) ||
    relative.test(clause) ||
    qualifying.test(clause) ||
    findDrugMentions(tokenize(clause)).length > 0
  );
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const word of small) if (!large.has(word)) return false;
  return true;
}

interface Clause {
  readonly text: string;
  /** The separator before it (empty for the first clause). */
  readonly separator: string;
  readonly content: ReadonlySet<string>;
  kept: boolean;
}

function toClauses(text: string): Clause[] {
  const parts = text.replace(/[.!?]$/u, '').split(clauseBoundary);
  const clauses: Clause[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const clause = parts[index] ?? '';
    clauses.push({
      text: clause,
      separator: index === 0 ? '' : (parts[index - 1] ?? ''),
      content: contentOf(clause),
      kept: true,
    });
  }
  return clauses;
}

function joinClauses(clauses: readonly Clause[]): string {
  const joined = clauses
    .filter((clause) => clause.kept)
    .map((clause, index) => (index === 0 ? clause.text : `${clause.separator}${clause.text}`))
    .join('')
    .replace(openingConjunction, '')
    .trim();
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}

/** The statement's text without the clauses another clause of it says again. */
export function withoutRepeatedClauses(text: string): string {
  const clauses = toClauses(text);
  if (clauses.length < 2) return text;
  for (const clause of clauses) {
    if (isProtected(clause.text, clause.content)) continue;
    const others = clauses.filter((other) => other !== clause && other.kept);
    const repeated = others.some(
      (other) => !other.content.has('¬') && isSubset(clause.content, other.content),
    );
    const left = new Set(others.flatMap((other) => [...other.content]));
    if (repeated && left.size >= 2) clause.kept = false;
  }
  return clauses.every((clause) => clause.kept) ? text : joinClauses(clauses);
}

function shortened(statement: Statement): Statement {
  if (statement.kind === 'reason') return statement;
  const text = withoutRepeatedClauses(statement.text);
  return text === statement.text ? statement : { ...statement, text };
}

/** Leaves out clauses that another clause of the same statement says again. */
export function dropRepeatedClauses(analysis: ConversationAnalysis): ConversationAnalysis {
  return { ...analysis, statements: analysis.statements.map(shortened) };
}
