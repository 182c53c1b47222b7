/*
 * A patient tells the same symptom again in one turn ("Jeg er nedfor hele tiden. Jeg står opp og
 * er nedfor, og jeg legger meg og er nedfor."); a note says it once. A later statement of the
 * turn is left out only when its clinical words were all said earlier in the turn and its other
 * words only repeat the everyday frame (standing up, going to bed, the whole day): no number, no
 * negation, no place or quality of its own.
 */
import { isClinicalWord } from '../../language/clinical-terms.js';
import { fold } from '../../language/fold.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';

/** Everyday words that frame a restated symptom and add nothing to it (folded). */
const frameWords = new Set([
  'star',
  'sto',
  'opp',
  'legger',
  'legg',
  'seg',
  'hele',
  'tiden',
  'tida',
  'dagen',
  'hver',
  'eneste',
  'egentlig',
  'nesten',
  'alltid',
  'bare',
  'veldig',
  'skikkelig',
  'fra',
  'til',
  'og',
  'er',
  'har',
  'det',
  'pas',
]);

const negation = /(?<![\p{L}])(?:ikke|ingen|aldri|verken|uten)(?![\p{L}])/iu;

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((word) => word.length > 0)
    .map((word) => fold(word));
}

const isPatientHistory = (statement: Statement): boolean =>
  statement.kind === 'history' &&
  (statement.speaker === 'pasient' || statement.speaker === 'pårørende');

/** Leaves out a symptom restated in the same turn (see the file comment). */
export function dropRestatedSymptoms(analysis: ConversationAnalysis): ConversationAnalysis {
  const said = new Map<number, Set<string>>();
  const statements = analysis.statements.filter((statement) => {
    const segment = statement.evidence[0]?.segment;
    if (segment === undefined || (!isPatientHistory(statement) && statement.kind !== 'reason'))
      return true;
    const words = wordsOf(statement.text);
    const clinical = words.filter((word) => !frameWords.has(word) && isClinicalWord(word));
    const earlier = said.get(segment) ?? new Set<string>();
    const restated =
      isPatientHistory(statement) &&
      clinical.length > 0 &&
      clinical.every((word) => earlier.has(word)) &&
      words.every((word) => isClinicalWord(word) || frameWords.has(word)) &&
      !/\d/u.test(statement.text) &&
      !negation.test(statement.text);
    for (const word of clinical) earlier.add(word);
    said.set(segment, earlier);
    return !restated;
  });
  return { ...analysis, statements };
}
