import type { WordToken } from '../language/fold.js';

/** Words that deny what follows them in the same clause. */
const negators = new Set([
  'ingen',
  'ikke',
  'uten',
  'aldri',
  'ingenting',
  'intet',
  'inga',
  'benekter',
  'neg',
  'negativ',
  'verken',
]);
/** After a comma, these start a new clause ("Ingen blødninger, får lett blåmerker"). */
const clauseOpeners = new Set([
  'har',
  'er',
  'far',
  'gar',
  'bruker',
  'tar',
  'kan',
  'skal',
  'var',
  'ble',
  'fikk',
  'hadde',
  'pas',
  'han',
  'hun',
  'det',
  'jeg',
  'du',
  'vi',
  'men',
  'tales',
  'taler',
  'klarer',
  'spiser',
  'drikker',
  'sover',
  'kjenner',
  'merker',
]);

/** Words that end a negation's reach. */
const scopeBreakers = new Set(['men', 'bortsett', 'unntatt', 'derimot', 'utenom']);

/**
 * Marks each word of a sentence as negated or not. A negation ("ingen", "ikke", "uten", …)
 * reaches to the end of its clause and across a comma-separated list ("Ingen kvalme, oppkast
 * eller diaré"), but stops at "men" and at the end of the sentence. `text` is the sentence the
 * tokens came from, used to see punctuation between words.
 */
export function negatedWords(text: string, tokens: readonly WordToken[]): boolean[] {
  const result: boolean[] = tokens.map(() => false);
  let active = false;
  let reach = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    const previous = tokens[index - 1];
    if (previous !== undefined) {
      const between = text.slice(previous.end, token.start);
      const isAbbreviation =
        /^(?:pas|ca|ev|evt|bl|kl|dr|f|mht)$/.test(previous.folded) && /^\.\s*$/.test(between);
      if (/[.!?;:]/.test(between) && !isAbbreviation) active = false;
      if (/,/.test(between) && (reach > 8 || clauseOpeners.has(token.folded))) active = false;
    }
    if (scopeBreakers.has(token.folded)) {
      active = false;
      continue;
    }
    if (negators.has(token.folded)) {
      active = true;
      reach = 0;
      continue;
    }
    if (active) {
      result[index] = true;
      reach += 1;
      if (reach > 12) active = false;
    }
  }
  return result;
}
