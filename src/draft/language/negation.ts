import type { WordToken } from '../language/fold.js';

/** Words that deny what follows them in the same clause. */
const negators = new Set([
  // bokmål
  'ingen',
  'ikke',
  'ikkje',
  'uten',
  'utan',
  'aldri',
  'ingenting',
  'intet',
  'inget',
  'inga',
  'benekter',
  'benektet',
  'avkrefter',
  'neg',
  'negativ',
  'negative',
  'verken',
  'hverken',
  // nynorsk and dialect
  'ingi',
  'ingjen',
  'inkje',
  'ikkj',
  'ikk',
  'itj',
  'itte',
  'ente',
  'innkje',
  'aldrig',
  'ingenteng',
  'ingenting',
  'ingenving',
  'nekter',
  'fri',
  // a habit or a drug given up ("sluttet å røyke", "slutta med Ibux")
  'sluttet',
  'slutta',
  'sluttat',
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
  'ho',
  'hu',
  'eg',
  'me',
  'ble',
  'blei',
  'vart',
  // ", og" starts a new clause ("uten smerter, og beinlengden er lik"); lists have no comma before "og"
  'og',
  // a reason ("ikkje Ibux, for eg har magesår")
  'for',
  'fordi',
]);

/** Words that end a negation's reach. */
const scopeBreakers = new Set([
  // punctuation said aloud in a dictation ("ingen perforasjon punktum nytt avsnitt nesen er tett")
  'punktum',
  'kolon',
  'semikolon',
  'sporsmalstegn',
  'utropstegn',
  'avsnitt',
  'men',
  'bortsett',
  'unntatt',
  'derimot',
  'utenom',
  'hos',
  // a reason is not denied ("ikke Ibux på grunn av magesår")
  'grunn',
  'grunnet',
  'pga',
  'fordi',
]);

/** True when the text between two offsets is exactly one space. */
function isOneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 32;
}

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
    // Words one space apart (most of them) have no punctuation between them.
    const spaced = previous !== undefined && isOneSpace(text, previous.end, token.start);
    if (previous !== undefined && !spaced) {
      const between = text.slice(previous.end, token.start);
      const isAbbreviation =
        /^(?:pas|ca|ev|evt|bl|kl|dr|f|mht|ho|ve)$/.test(previous.folded) && /^\.\s*$/.test(between);
      if (/[.!?;:]/.test(between) && !isAbbreviation) active = false;
      if (/,/.test(between) && (reach > 8 || clauseOpeners.has(token.folded))) active = false;
    }
    if (scopeBreakers.has(token.folded)) {
      active = false;
      continue;
    }
    // "fri for smerter" denies; "nakken er fri" only says so.
    const isNegator =
      negators.has(token.folded) &&
      (token.folded !== 'fri' || /^(?:for|fra|av)$/.test(tokens[index + 1]?.folded ?? ''));
    if (isNegator) {
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

/**
 * Words that deny a finding by themselves ("afebril", "feberfri", "smertefri"): the finding they
 * name is stated absent.
 */
export function isInherentlyNegative(folded: string): boolean {
  // Cheap test first: almost no word ends so.
  if (!folded.endsWith('fri') && !folded.endsWith('frie') && !folded.endsWith('fritt'))
    return folded === 'afebril';
  return (
    /^(?:afebril|\p{L}{3,}fri(?:e|tt)?)$/u.test(folded) &&
    // "pyelonefritt", "glomerulonefritt": an inflammation of the kidney, not "free of".
    !folded.endsWith('nefritt') &&
    !/^(?:gluten|laktose|sukker|alkohol|rey)/u.test(folded)
  );
}

/** How an answer to a yes/no question begins. */
export type AnswerPolarity = 'yes' | 'no' | 'unclear';

/**
 * Reads the start of a reply to a yes/no question, in bokmål, nynorsk and dialect: "Nei.",
 * "Nei da", "Næh", "Nope", "Ikkje no", "Aldri" → no; "Ja", "Jo", "Jada", "Mhm", "Jepp", "Ja, litt" →
 * yes; anything else unclear.
 */
export function readAnswer(reply: string): AnswerPolarity {
  const start = reply.trim().toLowerCase();
  if (
    /^(?:nei|neida|nei da|nei då|næ|næh|nææ|næi|nai|nope|nepp|niks|nix|ikke|ikkje|ikkje no|itj|itte|ente|inkje|ingen|inga|ingi|ingenting|aldri|aldrig|overhodet ikke|absolutt ikke|slett ikke|ikke i det hele tatt|sluttet|slutta|har sluttet|har slutta)(?![\p{L}])/u.test(
      start,
    )
  )
    return 'no';
  if (
    /^(?:ja|jo|jada|joda|jaha|jepp|japp|jau|jaa|jojo|javisst|mhm|mm|ja da|ja då|jo da|jo då|absolutt|definitivt|stemmer|det stemmer|det har jeg|det har eg|det gjør jeg|det gjer eg|litt|ja litt|ein del|en del)(?![\p{L}])/u.test(
      start,
    )
  )
    return 'yes';
  return 'unclear';
}

/**
 * Where a speaker takes back what they just said and corrects it ("høyre, nei vent, venstre";
 * "tre dager, eller nei, fire"; "unnskyld, jeg mener"): the index in `text` where the correction
 * starts, or -1. What came before it in the same turn is retracted where the correction says
 * something of the same kind.
 */
export function findCorrection(text: string): number {
  const match =
    /(?:^|[\s,.;—–-])(?:nei vent|nei,? vent|nei forresten|eller nei|unnskyld,? jeg mener|jeg mener|eg meiner|nei,? det var|rettelse|beklager,? jeg mente|nei,? jeg mente|jeg tar feil|nei,? feil)(?![\p{L}])/iu.exec(
      text,
    );
  return match === null ? -1 : match.index;
}
