import type { WordToken } from '../language/fold.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/*
 * Tolerance of drugs has one owner: this module. It reads the tolerance words two ways, and both
 * readings live here:
 * - by clause (`findFlippedTolerance`): the verb "tåle" and what it is said of, a drug named or
 *   a pronoun or "medisinene" standing for one;
 * - by drug mention (`isToleranceWord`, `isReactionWord`, `saysItWentWell`): the words near a named
 *   drug that give it a tolerance state, which `drug-state.ts` reads beside use and stopping.
 */

/** "tåler", "tåle", "tålte", "tolererer" (folded: "å" is "a"). */
const toleranceWord = /^(?:taler|tale|talte|tolte|tolde|toler\p{L}*)$/u;
/** An allergy or a reaction that made the patient stop ("fekk utslett av det", "magesår av"). */
const reactionWord =
  /^(?:\p{L}*allergi\p{L}*|allergisk\p{L}*|overfolsom\p{L}*|reaksjon\p{L}*|utslett|magesar|elveblest|kloe)$/u;
/** A reply to "Tåler du …?" that says it went well ("det gikk bra", "går fint"). */
const wentWell =
  /(?<![\p{L}])(?:gikk|gjekk|går|gar|gjeng|gjekk) (?:bra|fint|greit|fin|godt)|ingen (?:problem\p{L}*|reaksjon\p{L}*|plager)|tål\p{L}* (?:\p{L}+ )?(?:fint|godt|bra)(?![\p{L}])/iu;

/** A word (folded) of tolerating: "tåler", "tålte", "tolererer". */
export function isToleranceWord(folded: string): boolean {
  return toleranceWord.test(folded);
}

/** A word (folded) of an allergy or a reaction to a drug ("allergisk", "utslett"). */
export function isReactionWord(folded: string): boolean {
  return reactionWord.test(folded);
}

/** A reply that says the drug went well ("det gikk bra", "ingen problemer"). */
export function saysItWentWell(text: string): boolean {
  return wentWell.test(text);
}

/**
 * "Tåler penicillin" where the conversation said "eg tåler ikkje penicillin", or "Tåler ikke
 * medisinene" where the patient answered "Tåle du medisinan?" with "Ja, æ tåle dem fint": a
 * tolerance turned round. The words "tåle", "tåler", "tålt" are read from the original text (their
 * folded form "taler" is also the verb for speaking).
 */
const toleranceVerb = /^tål(?:e|er|a|t|te|de)?$/u;
/** Words after the verb that end its object ("tåler sulfa, men …", "tåler den og har …"). */
const objectBreaks = new Set([
  'men',
  'og',
  'har',
  'hadde',
  'fikk',
  'fekk',
  'for',
  'fordi',
  'pga',
  'grunn',
  'uten',
  'utan',
  'med',
]);
/** Words after the verb that are no object ("tåler det godt", "tåle dem fint"). */
const fillerWords = new Set([
  'ikke',
  'ikkje',
  'ikkj',
  'itj',
  'itte',
  'kje',
  'ente',
  'inte',
  'godt',
  'fint',
  'greit',
  'bra',
  'darlig',
  'darleg',
  'heller',
  'lenger',
  'lengre',
  'alle',
  'ogsa',
  'au',
  'og',
  'pa',
  'av',
  'noen',
  'noko',
  'nokon',
  'nokka',
  'hun',
  'han',
  'ho',
  'hu',
  'jeg',
  'eg',
  'ae',
  'je',
  'du',
  'pasienten',
]);
/** Objects that stand for whatever drug was being talked about. */
const pronouns = new Set(['den', 'det', 'dem', 'dei', 'daem', 'dom', 'di', 'de', 'dette']);
const genericPrefixes = ['medis', 'medik', 'behan', 'table', 'preparat'];
/** A reply that says the drug goes well without a yes ("… men no går det fint"). */
const goesWellWords = new Set(['fint', 'greit', 'bra', 'godt']);
const goesWords = new Set(['gar', 'gikk', 'gjekk', 'gaar']);

type Polarity = 'tolerated' | 'not-tolerated';

interface ToleranceClause {
  readonly polarity: Polarity;
  /** Five-letter folded prefixes of the named objects; "generic" for a pronoun or "medisinen". */
  readonly objects: readonly string[];
}

function isToleranceVerb(token: WordToken | undefined): boolean {
  return token !== undefined && toleranceVerb.test(token.text.toLowerCase());
}

function objectOf(folded: string): string | undefined {
  if (pronouns.has(folded)) return 'generic';
  if (folded.length < 4 || /\d/.test(folded) || fillerWords.has(folded)) return undefined;
  if (genericPrefixes.some((prefix) => folded.startsWith(prefix))) return 'generic';
  return folded.slice(0, 5);
}

/** The tolerance clauses of one sentence: each verb, what it is said of, and whether it is denied. */
function readToleranceClauses(
  tokens: readonly WordToken[],
  negated: readonly (boolean | undefined)[],
): ToleranceClause[] {
  const clauses: ToleranceClause[] = [];
  tokens.forEach((token, position) => {
    if (!isToleranceVerb(token)) return;
    const objects: string[] = [];
    let denied = negated[position] === true;
    for (let next = position + 1; next < Math.min(tokens.length, position + 5); next += 1) {
      const candidate = tokens[next];
      if (candidate === undefined || isToleranceVerb(candidate)) break;
      if (objectBreaks.has(candidate.folded)) break;
      // "tåler ikkje penicillin": the denial reaches the object.
      if (negated[next] === true && !fillerWords.has(candidate.folded)) denied = true;
      if (/^(?:ikke|ikkje|ikkj|itj|itte|kje|ente|inte)$/u.test(candidate.folded)) denied = true;
      const object = objectOf(candidate.folded);
      if (object !== undefined) objects.push(object);
    }
    // "Penicillin tåler hun ikke": an object before the verb.
    if (objects.length === 0) {
      const before = tokens[position - 1] ?? tokens[position - 2];
      const object = before === undefined ? undefined : objectOf(before.folded);
      if (object !== undefined) objects.push(object);
    }
    if (objects.length > 0)
      clauses.push({ polarity: denied ? 'not-tolerated' : 'tolerated', objects });
  });
  return clauses;
}

function objectsMatch(noteObjects: readonly string[], saidObjects: readonly string[]): boolean {
  return noteObjects.some((object) => saidObjects.includes(object));
}

/** The question just before a unit, when it was a question ("Tåle du medisinan?" "Ja, æ tåle dem"). */
function questionBefore(index: TranscriptIndex, unitIndex: number): TranscriptUnit | undefined {
  const previous = index.units[unitIndex - 1];
  return previous?.isQuestion === true ? previous : undefined;
}

function namedObjects(unit: TranscriptUnit): string[] {
  return readToleranceClauses(unit.tokens, unit.claims.negated).flatMap((clause) =>
    clause.objects.filter((object) => object !== 'generic'),
  );
}

function goesWell(unit: TranscriptUnit): boolean {
  return unit.tokens.some(
    (token, position) =>
      goesWords.has(token.folded) &&
      unit.claims.negated[position] !== true &&
      unit.tokens.slice(position + 1, position + 3).some((next) => goesWellWords.has(next.folded)),
  );
}

/** What the conversation said about tolerating drugs: stated clauses and answered questions. */
function saidTolerance(index: TranscriptIndex): ToleranceClause[] {
  const said: ToleranceClause[] = [];
  index.units.forEach((unit, unitIndex) => {
    if (unit.isHypothetical) return;
    const clauses = readToleranceClauses(unit.tokens, unit.claims.negated);
    if (clauses.length === 0) return;
    if (!unit.isQuestion) {
      const question = questionBefore(index, unitIndex);
      const inherited = question === undefined ? [] : namedObjects(question);
      for (const clause of clauses)
        said.push({ polarity: clause.polarity, objects: [...clause.objects, ...inherited] });
      return;
    }
    // A question answered by a reply that says nothing of tolerance itself.
    const next = index.units[unitIndex + 1];
    const replyIndex =
      index.replyTo(unitIndex) ??
      (next !== undefined && !next.isQuestion && next.speaker !== unit.speaker
        ? unitIndex + 1
        : undefined);
    const reply = replyIndex === undefined ? undefined : index.units[replyIndex];
    if (
      replyIndex === undefined ||
      reply === undefined ||
      readToleranceClauses(reply.tokens, reply.claims.negated).length > 0
    )
      return;
    const answer = index.answerTo(unitIndex);
    const sameTurn = index.units.filter(
      (candidate, candidateIndex) =>
        candidateIndex >= replyIndex &&
        candidate.segment === reply.segment &&
        !candidate.isQuestion,
    );
    const polarity: Polarity | undefined =
      answer === 'yes'
        ? 'tolerated'
        : answer === 'no'
          ? 'not-tolerated'
          : sameTurn.some(goesWell)
            ? 'tolerated'
            : undefined;
    if (polarity === undefined) return;
    for (const clause of clauses) said.push({ polarity, objects: clause.objects });
  });
  return said;
}

const saidMemo = new WeakMap<TranscriptIndex, readonly ToleranceClause[]>();

/**
 * A note sentence that says a drug is tolerated where the conversation said it is not, or the other
 * way round. Returns what the conversation said, or undefined. Silent when the conversation said
 * both of the same drug.
 */
export function findFlippedTolerance(options: {
  readonly tokens: readonly WordToken[];
  readonly negated: readonly (boolean | undefined)[];
  readonly index: TranscriptIndex;
}): { readonly said: Polarity } | undefined {
  const { tokens, negated, index } = options;
  if (!tokens.some(isToleranceVerb)) return undefined;
  let said = saidMemo.get(index);
  if (said === undefined) {
    said = saidTolerance(index);
    saidMemo.set(index, said);
  }
  for (const clause of readToleranceClauses(tokens, negated)) {
    const matching = said.filter((candidate) => objectsMatch(clause.objects, candidate.objects));
    if (matching.length === 0) continue;
    if (matching.every((candidate) => candidate.polarity !== clause.polarity))
      return { said: matching[0]?.polarity ?? clause.polarity };
  }
  return undefined;
}
