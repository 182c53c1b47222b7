import type { WordToken } from '../language/fold.js';

/** Words that call a side healthy ("Høgre ankel er fin", "venstre er normal"), folded. */
const healthyWords: ReadonlySet<string> = new Set(
  'normal normalt normale fin fint fine bra ua upafallende uom uomt fri frie frisk friskt rolig rolige roleg rolegt'.split(
    ' ',
  ),
);

/** "uten"/"utan" before "funn"/"anmerkning"/"plager": the side has nothing wrong with it. */
const withoutWords: ReadonlySet<string> = new Set(['uten', 'utan', 'uta']);
const findingNouns: ReadonlySet<string> = new Set([
  'funn',
  'anmerkning',
  'anmerkningar',
  'plager',
  'plagar',
]);

/** Negation words directly before a side ("venstre kne og ikkje høgre"), folded. */
const denyingWords: ReadonlySet<string> = new Set(['ikke', 'ikkje', 'ikkj', 'itj', 'ikk', 'inte']);

/**
 * Negation words that cancel a healthy word after the side ("høyre fot er ikke bra", "aldri
 * fin", "ikke helt fri"), folded. "langt fra" is matched as a pair.
 */
const cancellingWords: ReadonlySet<string> = new Set([...denyingWords, 'aldri']);

/** Whether the tokens at `index` negate what follows ("ikke", "aldri", "langt fra"). */
function cancelsAt(tokens: readonly WordToken[], index: number): boolean {
  const folded = tokens[index]?.folded ?? '';
  if (cancellingWords.has(folded)) return true;
  return folded === 'langt' && tokens[index + 1]?.folded === 'fra';
}

/**
 * Words that end the search: a contrast ("men") or a past state ("det venstre har vore heilt
 * fint" before this injury), folded.
 */
const pastOrContrastWords: ReadonlySet<string> = new Set([
  'men',
  'vore',
  'vaert',
  'for',
  'tidligere',
  'tidlegare',
  'alltid',
]);

/** Articles a side may take ("ikkje det høgre"). */
const articles: ReadonlySet<string> = new Set(['den', 'det', 'de', 'dei']);

/** How far after a side its healthy word may stand ("Høgre ankel er heilt fin"). */
const healthyReach = 5;

/**
 * Whether a side is said to be the healthy one: "Høgre ankel er fin", "Høgre kne utan funn",
 * "venstre er normal", "venstre kne og ikkje høgre". Such a side tells where the complaint is
 * not, so it does not support a sentence that puts a complaint or finding on that side (issue 11:
 * "Overtråkk høgre ankel" where the patient said "den venstre ankelen" and the doctor "Høgre ankel
 * er fin"). The search stops at the next side named (`sideTokens`).
 */
export function isHealthySide(
  tokens: readonly WordToken[],
  sideToken: number,
  sideTokens: ReadonlySet<number>,
): boolean {
  let before = sideToken - 1;
  while (before >= 0 && articles.has(tokens[before]?.folded ?? '')) before -= 1;
  if (denyingWords.has(tokens[before]?.folded ?? '')) return true;
  const last = Math.min(tokens.length - 1, sideToken + healthyReach);
  for (let index = sideToken + 1; index <= last; index += 1) {
    if (sideTokens.has(index) || pastOrContrastWords.has(tokens[index]?.folded ?? '')) return false;
    // "Høyre fot er ikke bra", "langt fra fin": a negated healthy word does not make it healthy.
    if (cancelsAt(tokens, index)) return false;
    const folded = tokens[index]?.folded ?? '';
    if (healthyWords.has(folded)) return true;
    if (withoutWords.has(folded) && findingNouns.has(tokens[index + 1]?.folded ?? '')) return true;
  }
  return false;
}

/**
 * Words in a drafted clause that make its side possibly the healthy one, a past one or a
 * comparison ("Normalt venstre kne", "hø. u.a.", "nå i orden", "tidligere", "mer enn"), folded.
 * Wide on purpose: such a sentence keeps every side said in support.
 */
const healthyClauseWords: ReadonlySet<string> = new Set(
  `normal normalt normale fin fint fine bra ua u upafallende uom uomt fri frie frisk friskt orden
  negativ negative neg uten utan ingen ikke ikkje ikkj itj aldri tidligere tidlegare fjor for
  enn mer mindre verre bedre betre bilateralt begge`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * Whether a drafted sentence may say its side is healthy, past or compared: any healthy, denying,
 * past or comparing word, or a negated token, in the sentence. Only a sentence that plainly puts
 * a complaint or finding on the side (none of these) has healthy sides left out of its support.
 */
export function mayBeHealthyClaim(
  tokens: readonly WordToken[],
  negated: readonly boolean[],
): boolean {
  return (
    negated.some((isNegated) => isNegated) ||
    // (Folded "før" is "for"; the preposition "for" is no past: "henvises for brystkreft".)
    tokens.some(
      (token) => healthyClauseWords.has(token.folded) && token.text.toLowerCase() !== 'for',
    )
  );
}
