import type { WordToken } from '../language/fold.js';
import { clauseAround } from './clauses.js';

/**
 * What a clause does with what it names: asserts it, asks about it, only suspects or plans it
 * ("kan vere ein begynnande astma", "mistanke om angina", "vi bør sjå på beinskjørheit"), or rules
 * it out ("blodpropp i lungene er utelukket"; a denial, "du har ikke astma", is read as ruled out).
 */
export type ClauseModality = 'asserted' | 'asked' | 'suspected' | 'ruled-out';

/** Single words that make a spoken clause a suspicion, a plan or a question of whether. */
const suspicionWords = new Set(
  (
    'kanskje mulig muligens mogleg moglegvis eventuelt evt mistanke mistenker mistenkt mistenkjer ' +
    'usikker usikkert uklart lurer lurte lurar trodde trudde vurdere vurderer vurdera utrede ' +
    'utredes utgreie utreiing utredning sjekke sjekka teste testa undersoke undersokje ' +
    'sporsmal spørsmål differensialdiagnose'
  ).split(' '),
);
/** Word pairs with the same effect ("kan være", "sjå på", "ikke sikkert"). */
const suspicionPairs = new Set([
  'kan vaere',
  'kan vere',
  'kunne vaere',
  'kunne vere',
  'kan det',
  'se pa',
  'sja pa',
  'ikke sikkert',
  'ikkje sikkert',
  'ikke sikker',
  'ikkje sikker',
  'for tidlig',
  'for tidleg',
  'ikke bekreftet',
  'ikkje stadfesta',
  'ta stilling',
]);
/** Words that rule out what the clause names. */
const ruledOutWords = new Set(
  'utelukket utelukka utelukt avkreftet avkrefta negativ negative'.split(' '),
);
/** "utelukke" as something still to do ("vi må utelukke", "det skal utelukkes"): a plan. */
const toRuleOut = new Set(['utelukke', 'utelukkes', 'utelukkast']);
/** Before the nynorsk "utelukka", these make it an infinitive ("vi må utelukka"), not "utelukket". */
const beforeInfinitive = new Set(['ma', 'skal', 'ska', 'vil', 'bor', 'treng', 'trenger', 'a']);

/** Negators that turn "utelukke" into a possibility ("kan vi ikke utelukke", "ikkje utelukka"). */
const negators = new Set(['ikke', 'ikkje', 'ikkj', 'ikkji', 'itj', 'kje']);

/** True when the clause says what it names cannot be ruled out: a suspicion, not a denial. */
function isNotRuledOut(tokens: readonly WordToken[], start: number, end: number): boolean {
  let negator = false;
  for (let index = start; index < end; index += 1) {
    const folded = tokens[index]?.folded ?? '';
    if (negators.has(folded)) negator = true;
    else if (folded.startsWith('utelukk') || folded.startsWith('utelukt')) return negator;
  }
  return false;
}

/**
 * The modality of the clause around a word of a spoken sentence. `negated` is the word's own
 * denial (from the shared negation reading); `isQuestion` is the sentence's.
 */
export function spokenModality(
  tokens: readonly WordToken[],
  at: number,
  negated: boolean,
  isQuestion: boolean,
): ClauseModality {
  const { start, end } = clauseAround(tokens, at);
  // "Et magesår kan vi ikke utelukke": possible, not denied (issue 11, a diagnosis only hedged).
  if (isNotRuledOut(tokens, start, end)) return 'suspected';
  if (negated) return 'ruled-out';
  if (isQuestion) return 'asked';
  for (let index = start; index < end; index += 1) {
    const folded = tokens[index]?.folded ?? '';
    // "Vi må utelukke blodpropp": not yet ruled out, only planned.
    if (
      toRuleOut.has(folded) ||
      (folded === 'utelukka' && beforeInfinitive.has(tokens[index - 1]?.folded ?? ''))
    )
      return 'suspected';
    if (ruledOutWords.has(folded)) return 'ruled-out';
    // "Eg vurderer dette som ei moderat depresjon" assesses; "vi vurderer medisin" plans.
    if (
      suspicionWords.has(folded) &&
      !(
        folded.startsWith('vurder') &&
        tokens.slice(index + 1, end).some((token) => token.folded === 'som')
      )
    )
      return 'suspected';
    const next = tokens[index + 1];
    if (index + 1 < end && next !== undefined && suspicionPairs.has(`${folded} ${next.folded}`))
      return 'suspected';
  }
  return 'asserted';
}

/**
 * Words that, anywhere in a drafted sentence, make it something other than a plain statement of a
 * diagnosis (hedged, planned, ruled out, a history or a referral), so it is not held to an assertion.
 */
const draftedHedge =
  /(?<![\p{L}])(?:mistanke|mistenkt|susp\p{L}*|mulig\p{L}*|sannsynlig\p{L}*|trolig|antatt|forenlig|differensial\p{L}*|dd|obs|usikker|uavklart|utelukk\p{L}*|avkreft\p{L}*|bekreft\p{L}*|ikke|ingen|uten|vurder\p{L}*|utred\p{L}*|henvis\p{L}*|henvist|kontroll\p{L}*|familie\p{L}*|arvelig|hereditet|disposisjon|risiko\p{L}*|tegn|holdepunkt\p{L}*|forløp|behandl\p{L}*|screening|prøve\p{L}*|test\p{L}*|rekvir\p{L}*|planlagt|ved)(?![\p{L}])|\?/iu;

/** A note's own phrasing of its conclusion ("vurderes som", "vurdert til å være"). */
const assessedAs =
  /(?<![\p{L}])(?:vurderes|vurdert|vurderast|vurdera|tolkes|tolket)\s+(?:som|å\s+være|til\s+å\s+være|å\s+vere)(?![\p{L}])/giu;

/** True when a drafted sentence states something plainly (no hedge, plan, history or denial). */
export function isPlainStatement(text: string): boolean {
  // "Vurderes som pneumoni", "vurdert som en depresjon": the note's assessment, stated plainly.
  return !draftedHedge.test(text.replace(assessedAs, ' '));
}
