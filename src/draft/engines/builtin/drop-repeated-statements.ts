/*
 * One statement per fact. A long consultation says the same thing several times: the patient
 * tells it, the clinician reads it back ("Så ved halv sju."), a relative confirms it, the
 * clinician sums up the plan at the end. A note says it once. A statement is left out when every
 * content word, number and negation of it was already said in one earlier statement of the note
 * (or in the two just before it, read together); an earlier statement is replaced when a later one
 * near it says all of it and more. A denial is never left out (see below). The fact stays where it was first said; the evidence of the
 * repetition is kept with it, so the verifier still sees every turn that said it.
 */
import { fold } from '../../language/fold.js';
import { isContentWord, stemFolded } from '../../language/stem.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';

const negationWords = new Set(['ikke', 'ingen', 'aldri', 'verken', 'uten', 'inga', 'ikkje', 'itj']);

/** Words that say who or how sure, not what: left out of the comparison (folded). */
const frameWords = new Set([
  'komparent',
  'opplyser',
  'trolig',
  'kjent',
  'kjente',
  'fortsatt',
  // "Stemmer, 100 mg.": a confirmation read back says nothing of its own.
  'stemmer',
  'stemmar',
]);

/** The content of a statement as stems, with every negation as one token. */
function contentOf(text: string): Set<string> {
  const content = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\d,]+|,(?!\d)/u)) {
    if (word.length === 0) continue;
    const folded = fold(word);
    if (negationWords.has(folded)) content.add('¬');
    else if (isContentWord(folded) && !frameWords.has(folded)) content.add(stemFolded(folded));
  }
  return content;
}

/** A relative named: "Søster har bipolar lidelse" is no repetition of "Har bipolar lidelse". */
const relative =
  /(?<![\p{L}])(?:mor|mora|moren|far|faren|søster|syster|bror|broren|datter|dattera|datteren|sønn|sønnen|kona|mannen|familien|besteforeldre|bestemor|bestefar|morfar|mormor|farfar|farmor|onkel|tante|komparent)(?![\p{L}])/iu;

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const word of small) if (!large.has(word)) return false;
  return true;
}

/** Whether `later` only repeats `earlier`: its content is within, and about the same person. */
function repeats(later: Kept, earlier: Kept): boolean {
  return later.aboutRelative === earlier.aboutRelative && isSubset(later.content, earlier.content);
}

interface Kept {
  statement: Statement;
  readonly content: ReadonlySet<string>;
  /** Whether the statement names a relative (read once: the comparison is pairwise). */
  readonly aboutRelative: boolean;
}

/** How many statements back a fuller restatement may replace an earlier, shorter one. */
const replaceWindow = 3;

/** Leaves out statements that only repeat what the note already says (see the file comment). */
export function dropRepeatedStatements(analysis: ConversationAnalysis): ConversationAnalysis {
  const kept: (Kept | undefined)[] = [];
  for (const statement of analysis.statements) {
    const content = contentOf(statement.text);
    const aboutRelative = relative.test(statement.text);
    // A denial is kept as said: a short "Ikke blod." answers its own question (stool, not vomit),
    // and a terse "Ikke gravid." is the safety line a clinician looks for.
    if (content.size === 0 || statement.kind === 'reason' || content.has('¬')) {
      kept.push({ statement, content, aboutRelative });
      continue;
    }
    // "Henvises i pakkeforløp for lungekreft …" and then "Pakkeforløp for lungekreft.": the
    // urgency is a line of its own (Hastegrad), repeated only by another urgency.
    const present = kept.filter(
      (entry): entry is Kept =>
        entry !== undefined && (statement.kind !== 'urgency' || entry.statement.kind === 'urgency'),
    );
    const current: Kept = { statement, content, aboutRelative };
    const earlier = present.find((entry) => repeats(current, entry));
    const lastTwo = present.slice(-2);
    const pair =
      lastTwo.length === 2 && lastTwo.every((entry) => entry.statement.kind === statement.kind)
        ? new Set([...(lastTwo[0]?.content ?? []), ...(lastTwo[1]?.content ?? [])])
        : undefined;
    if (
      earlier !== undefined ||
      (pair !== undefined &&
        lastTwo.every((entry) => entry.aboutRelative === aboutRelative) &&
        isSubset(content, pair))
    ) {
      const holder = earlier ?? lastTwo[1];
      if (holder !== undefined)
        holder.statement = {
          ...holder.statement,
          evidence: [...holder.statement.evidence, ...statement.evidence],
        };
      continue;
    }
    // "Slo ikke hodet." and then "Slo ikke hodet, og var ikke borte.": the fuller one stays.
    let fuller = statement;
    for (
      let index = kept.length - 1;
      index >= 0 && index >= kept.length - replaceWindow;
      index -= 1
    ) {
      const entry = kept[index];
      if (
        entry !== undefined &&
        entry.statement.kind === statement.kind &&
        entry.statement.byRelative === statement.byRelative &&
        entry.content.size > 0 &&
        !entry.content.has('¬') &&
        repeats(entry, current)
      ) {
        fuller = { ...fuller, evidence: [...entry.statement.evidence, ...fuller.evidence] };
        kept[index] = undefined;
      }
    }
    kept.push({ statement: fuller, content, aboutRelative });
  }
  return {
    ...analysis,
    statements: kept
      .filter((entry): entry is Kept => entry !== undefined)
      .map((entry) => entry.statement),
  };
}
