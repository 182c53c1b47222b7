import type { WordToken } from '../language/fold.js';

/**
 * Clause-level reading of spoken and written Norwegian for the verifier: where a sentence's
 * clauses begin, and whether a clause is a yes/no question although no question mark was written
 * (speech-to-text rarely writes one: "stråler det ned i beina", "har du hatt feber").
 */

/** Finite verbs that open a yes/no question ("Har du …", "Stråler det …", "Brukar du …"). */
const questionVerbs = new Set(
  (
    'har hadde er var blir ble blei vart kan kunne vil skal bruker brukar brukte tar tek tok far fikk ' +
    'gar gikk gjor gjer gjorde kjenner kjente merker merkar merka merket foler foltes stråler straler ' +
    'stralar hoster hostar sover sov royker roykjer royk drikker drikk spiser et svir klor verker ' +
    'hovner hender skjer plager plagar besvimte besvima slo falt datt kastet kasta hostet hosta ' +
    'pleier pleiar trenger treng bor bur jobber jobbar trener trenar tisser tisse maste matte ' +
    'ma virker verkar fungerer hjelper hjelp syns synes tror trur veit vet husker hugsar'
  ).split(' '),
);

/** Who a yes/no question asks about, right after its verb. */
const questionSubjects = new Set(
  (
    'du dere dokker dykk de dei han hun ho hu det den noen nokon noe noko barnet gutten jenta ' +
    'pasienten smertene smerten'
  ).split(' '),
);

/** Words that open an elliptic yes/no question ("Noe nummenhet eller prikking?"). */
const ellipticOpeners = new Set(['noe', 'noen', 'noko', 'nokon', 'andre', 'annen', 'anna']);

/**
 * True when a sentence is a yes/no question by its word order although it has no question mark:
 * a finite verb first with a subject after it ("har du hatt feber", "slo du hovudet"), or, when the
 * other party answered it with a yes or a no, a bare "noe …" ("noe nummenhet i beina").
 */
export function isUnmarkedQuestion(
  tokens: readonly WordToken[],
  answeredYesOrNo: boolean,
): boolean {
  const first = tokens[0];
  const second = tokens[1];
  if (first === undefined || second === undefined) return false;
  if (questionVerbs.has(first.folded) && questionSubjects.has(second.folded)) return true;
  // "Og hevelse i beina?" is marked; "og har du …" is not.
  if (
    (first.folded === 'og' || first.folded === 'men' || first.folded === 'sa') &&
    tokens[2] !== undefined &&
    questionVerbs.has(second.folded) &&
    questionSubjects.has(tokens[2].folded)
  )
    return true;
  return answeredYesOrNo && ellipticOpeners.has(first.folded);
}

/** Subject pronouns and finite verbs that, after a comma, "og" or "så", open a new clause. */
const clauseOpeners = new Set([
  ...questionVerbs,
  ...'jeg eg je ae du han hun ho hu vi me dere de dei det den dette pas pasienten'.split(' '),
]);
/** Words that always open a new clause ("men det kan vere", "fordi eg slanka meg"). */
const clauseBreakers = new Set(['men', 'fordi', 'sidan', 'ettersom', 'bortsett', 'unntatt']);

/**
 * The clause of a sentence a word belongs to, as token positions `[start, end)`. Clauses break at
 * "men", "fordi" and the like, and at a comma, "og", "så" or "at" followed by a subject pronoun or a
 * finite verb ("eg har astma sjølv, og veslesyster hans har hatt eksem"; "men ikke over ryggraden
 * lasegue er negativ" breaks at "men"). Punctuation is seen from the gaps between the tokens'
 * offsets, so tokens from any text with offsets will do.
 */
export function clauseAround(
  tokens: readonly WordToken[],
  at: number,
): { readonly start: number; readonly end: number } {
  const opensClause = (index: number): boolean => {
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (token === undefined || previous === undefined) return false;
    if (clauseBreakers.has(token.folded)) return true;
    const next = tokens[index + 1];
    if (
      (token.folded === 'og' || token.folded === 'sa' || token.folded === 'at') &&
      next !== undefined &&
      clauseOpeners.has(next.folded)
    )
      return true;
    const punctuated = token.start - previous.end > 1;
    // ", og …" and ", så …" always start a clause; a list has no comma before its "og".
    return (
      punctuated &&
      (clauseOpeners.has(token.folded) || token.folded === 'og' || token.folded === 'sa')
    );
  };
  let start = at;
  while (start > 0 && !opensClause(start)) start -= 1;
  let end = at + 1;
  while (end < tokens.length && !opensClause(end)) end += 1;
  return { start, end };
}

/** Question words that ask for content, not yes or no ("Hvordan går det med astmaen?"). */
const contentQuestionWords = new Set(
  'hva hvordan hvor hvorfor hvilke hvilken hvem nar kva korleis kor kvifor kven kvar kossen koss'.split(
    ' ',
  ),
);
const presupposingSubjects = new Set(['du', 'dere', 'han', 'hun', 'ho', 'hu', 'dykk', 'dokker']);
const presupposingVerbs = new Set(['hadde', 'har', 'fikk', 'fekk', 'brukte', 'bruker', 'brukar']);

/**
 * True when a question asks whether something is so (a yes/no question), false when it takes what
 * it names as given: a content question ("Hvordan går det med astmaen?") or one with a relative
 * clause about the listener ("Og angsten, de panikkanfallene du hadde?").
 */
export function asksWhether(tokens: readonly WordToken[]): boolean {
  const first = tokens[0];
  if (first === undefined || contentQuestionWords.has(first.folded)) return false;
  return !tokens.some(
    (token, index) =>
      index > 0 &&
      presupposingSubjects.has(token.folded) &&
      presupposingVerbs.has(tokens[index + 1]?.folded ?? '') &&
      !questionVerbs.has(tokens[index - 1]?.folded ?? ''),
  );
}
