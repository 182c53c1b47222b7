import type { WordToken } from '../language/fold.js';
import { isContentWord } from '../language/stem.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * "Gode fotpulser bilateralt" where the conversation said "fotpulsane er gode på venstre, svake på
 * høgre": one state given for both sides where the examination found them different. The note's
 * normal finding hides the abnormal side (or the reverse), so it is a contradicted negation.
 */
const normalWords = new Set([
  'normal',
  'normale',
  'normalt',
  'god',
  'gode',
  'godt',
  'negativ',
  'negative',
  'negativt',
  'upafallende',
  'fin',
  'fine',
  'fint',
]);
const abnormalWords = new Set([
  'nedsatt',
  'nedsatte',
  'nedsett',
  'redusert',
  'reduserte',
  'svak',
  'svake',
  'svakt',
  'svekket',
  'svekka',
  'svekkede',
  'unormal',
  'unormale',
  'unormalt',
  'patologisk',
  'positiv',
  'positive',
  'positivt',
  'forhoyet',
  'opphevet',
  'borte',
]);
const bilateralWords = new Set(['bilateralt', 'bilat', 'bds', 'bilateral', 'bilaterale']);
const sideWords = new Set(['hoyre', 'venstre', 'hogre', 'hoire', 'haegre', 'vinstre', 'vaenstre']);
/** Words too common to name what was examined. */
const commonWords = new Set(['begge', 'sider', 'sidene', 'side', 'sida', 'sidan']);

type State = 'normal' | 'abnormal';

function stateOf(folded: string): State | undefined {
  if (normalWords.has(folded)) return 'normal';
  if (abnormalWords.has(folded)) return 'abnormal';
  return undefined;
}

function saysBothSides(tokens: readonly WordToken[]): boolean {
  return tokens.some(
    (token, position) =>
      bilateralWords.has(token.folded) ||
      (token.folded === 'begge' && /^sid/u.test(tokens[position + 1]?.folded ?? '')),
  );
}

/** Five-letter prefixes of the words that name what the sentence is about. */
function subjectPrefixes(tokens: readonly WordToken[]): string[] {
  return tokens
    .filter(
      (token) =>
        token.folded.length >= 5 &&
        isContentWord(token.folded) &&
        stateOf(token.folded) === undefined &&
        !bilateralWords.has(token.folded) &&
        !sideWords.has(token.folded) &&
        !commonWords.has(token.folded),
    )
    .map((token) => token.folded.slice(0, 5));
}

/**
 * A note sentence that gives one state (normal or abnormal) for both sides of something the
 * conversation examined side by side with different results in one sentence. Returns the state
 * said for the other side, or undefined.
 */
export function findMixedSides(options: {
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
}): { readonly said: State } | undefined {
  const { tokens, index } = options;
  if (!saysBothSides(tokens)) return undefined;
  // "ikke nedsatt bilateralt" and the like are left to the negation checks.
  if (tokens.some((token) => /^(?:ikke|ingen|uten)$/u.test(token.folded))) return undefined;
  const states = new Set(tokens.flatMap((token) => stateOf(token.folded) ?? []));
  if (states.size !== 1) return undefined;
  const claimed = [...states][0];
  const subjects = subjectPrefixes(tokens);
  if (claimed === undefined || subjects.length === 0) return undefined;
  for (const unit of index.units) {
    if (unit.isQuestion || unit.isHypothetical) continue;
    if (!unit.tokens.some((token) => subjects.includes(token.folded.slice(0, 5)))) continue;
    const sides = unit.tokens.filter((token) => sideWords.has(token.folded));
    if (sides.length < 2 || new Set(sides.map((token) => token.folded)).size < 2) continue;
    const said = new Set(
      unit.tokens.flatMap((token, position) =>
        unit.claims.negated[position] === true ? [] : (stateOf(token.folded) ?? []),
      ),
    );
    if (said.size === 2) return { said: claimed === 'normal' ? 'abnormal' : 'normal' };
  }
  return undefined;
}
