/*
 * Compression rules for a finished draft (issue 12: the note is too long against the clinician's
 * reference). Each rule rewrites or drops one sentence of a clinician's statement and acts only
 * on positive evidence that what goes is frame, pedagogy or repetition. Every rule goes through
 * `compressSentence`, which consults the clause guard (`critical-content.ts`) and fails closed:
 * a sentence whose guarded clauses would lose a word stays as it was said.
 */
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';
import { isGuardedClause } from './critical-content.js';

/** One compression rule: the shorter sentence, `''` to drop it, or undefined to leave it. */
type CompressionRule = (sentence: string) => string | undefined;

/** Words a rule may take out of a guarded clause: the frame of a sentence, never its content. */
const frameWords = new Set([
  'hvis',
  'dersom',
  'om',
  'pas',
  'han',
  'hun',
  'du',
  'de',
  'dere',
  'skulle',
  'får',
  'få',
  'så',
  'da',
  'må',
  'skal',
  'bør',
  'ringe',
  'ring',
  'ta',
  'kontakt',
  'kontakte',
  'med',
  'ved',
  'og',
]);

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The clauses of a sentence: split at commas and before "og/men/eller så". */
const clausesOf = (sentence: string): string[] =>
  sentence.split(/,\s*|\s+(?=(?:og|men|eller) så )/u).filter((clause) => clause.trim() !== '');

/**
 * Whether `compressed` keeps every content word of every guarded clause of `original` (fail
 * closed: dropping a sentence is allowed only when no clause of it is guarded).
 */
export function keepsGuardedContent(original: string, compressed: string): boolean {
  const kept = new Set(words(compressed));
  return clausesOf(original)
    .filter(isGuardedClause)
    .every((clause) => words(clause).every((word) => frameWords.has(word) || kept.has(word)));
}

/** Applies `rule` to a sentence when the guard lets it (see the head comment). */
export function compressSentence(sentence: string, rule: CompressionRule): string {
  const compressed = rule(sentence);
  if (compressed === undefined || compressed === sentence) return sentence;
  if (compressed === '' && isGuardedClause(sentence)) return sentence;
  return keepsGuardedContent(sentence, compressed) ? compressed : sentence;
}

const sentencesOf = (text: string): string[] =>
  text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((sentence) => sentence.trim() !== '');

function applyRule(statement: Statement, rule: CompressionRule): Statement {
  if (statement.speaker !== 'lege') return statement;
  const sentences = sentencesOf(statement.text);
  const compressed = sentences
    .map((sentence) => compressSentence(sentence, rule))
    .filter((sentence) => sentence !== '');
  // A statement is never emptied: at least its decision stays.
  if (compressed.length === 0) return statement;
  const text = compressed.join(' ');
  return text === statement.text ? statement : { ...statement, text };
}

/** Runs one rule over the clinician's statements of a draft. */
function withRule(rule: CompressionRule) {
  return (analysis: ConversationAnalysis): ConversationAnalysis => {
    const statements = analysis.statements.map((statement) => applyRule(statement, rule));
    return statements.every((statement, index) => statement === analysis.statements[index])
      ? analysis
      : { ...analysis, statements };
  };
}

/*
 * A safety net with one warning sign, said as a condition: "Hvis pas. får trykkende brystsmerter
 * som ikke går over i løpet av et kvarter, så må pas. ringe 113 straks." → "Ring 113 straks ved
 * trykkende brystsmerter som ikke går over i løpet av et kvarter." The sign is kept word for word;
 * only the frame ("Hvis pas. får", "så må pas.") goes. A list of signs is left to `toSafetyList`.
 */
const singleSignSafetyNet =
  /^(?:Og )?(?:Hvis|Dersom|Om) (?:pas\.|han|hun|du|barnet) (?:skulle )?(?:får|få) ([^,]+), (?:(?:så|da) )?(?:må|skal|bør) (?:pas\. |han |hun |du |de |dere )?(ringe|ta kontakt med|kontakte) ([^,.]+)\.$/u;

export const safetyNetWithOneSign: CompressionRule = (sentence) => {
  const match = singleSignSafetyNet.exec(sentence);
  const [, sign, verb, whom] = match ?? [];
  if (sign === undefined || verb === undefined || whom === undefined) return undefined;
  // One sign only: "blod i bæsjen eller kaster opp" lists two (a verb after "eller/og").
  if (/ (?:eller|og) (?:får|blir|kaster|kjenner|merker|ikke)(?![\p{L}])/u.test(sign))
    return undefined;
  return `${verb === 'ringe' ? 'Ring' : 'Kontakt'} ${whom} ved ${sign}.`;
};

/** The compression rules, in the order they run (each its own commit and measurement). */
export const conciseStatements: readonly ((
  analysis: ConversationAnalysis,
) => ConversationAnalysis)[] = [withRule(safetyNetWithOneSign)];
