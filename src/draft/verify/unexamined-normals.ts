import type { WordToken } from '../language/fold.js';

/**
 * Words that call a finding normal or absent in a note (folded): "normale tarmlyder", "ingen
 * nakkestivhet", "negativ Romberg", "lunger upåfallende".
 */
const normalMarkers = new Set([
  'normal',
  'normale',
  'normalt',
  'ingen',
  'uten',
  'utan',
  'negativ',
  'negative',
  'negativt',
  'upafallende',
  'noytral',
  'ua',
  'anmerkning',
  // "radialispuls palpabel", "palpable fotpulser": a pulse called felt is a normal finding.
  'palpabel',
  'palpable',
  'palpabelt',
]);

/**
 * What a note calls normal or absent without its being examined, the routine items a language
 * model adds to an examination (folded stems): lymph nodes, meningism, capillary refill, bowel
 * sounds, eardrums, reflexes, a urine dipstick, a blood count, kidney function, percussion, mental
 * state items, pelvic findings, oedema.
 */
const routineItem = new RegExp(
  `^\\p{L}*(?:${[
    'lymfeknute',
    'glandle',
    'nakkestiv',
    'meningism',
    'kapillae',
    'fylning',
    'tarmlyd',
    'trommehinn',
    'refleks',
    'urinstix',
    'stix',
    'blodbilde',
    'nyrefunksjon',
    'leverprove',
    'elektrolytt',
    'perkusjon',
    'bankom',
    'nyrelosj',
    'affekt',
    'tankeforstyrr',
    'hallusinasjon',
    'vrangforestill',
    'suicida',
    'adnex',
    'portio',
    'vatutstryk',
    'odem',
    'pleuravaeske',
    'effusjon',
    'nystagmus',
    'oyebevegels',
    'romberg',
    'rovsing',
    'slippom',
    'defans',
    'bilyd',
    'ikter',
    'cyanos',
    'allmenntilstand',
    'hydrer',
    'dehydr',
    'tsh',
    'ekg',
    'saturasjon',
    'puls',
    'psykot',
  ].join('|')})\\p{L}*$`,
  'u',
);

/** Side words name where, not what (folded): "ikke høyre" keeps to the organ said before it. */
const sideWords = /^(?:hoyre|hogre|venstre|bilateral\p{L}*|begge|sider?|sidig)$/u;

/**
 * True when a word was said in some form: a said word of four letters or more inside it (a part
 * of a compound: "hjertelyd" in "hjertelydene") or sharing its first five letters.
 */
function saidLoosely(folded: string, said: ReadonlySet<string>): boolean {
  const head = folded.slice(0, 5);
  for (const word of said) {
    if (word.length >= 4 && folded.includes(word)) return true;
    if (folded.length >= 5 && word.startsWith(head)) return true;
  }
  return saidAsParts(folded, said);
}

/**
 * True when a compound was said as its two parts ("fotpulser" where "pulsene på foten" was said):
 * a head of three letters or more that opens a said word, and a rest whose first four letters open
 * another said word.
 */
function saidAsParts(folded: string, said: ReadonlySet<string>): boolean {
  for (let cut = 3; cut + 4 <= folded.length; cut += 1) {
    const head = folded.slice(0, cut);
    const rest = folded.slice(cut, cut + 4);
    let headSaid = false;
    let restSaid = false;
    for (const word of said) {
      if (word.length > cut && word.startsWith(head)) headSaid = true;
      if (word.startsWith(rest)) restSaid = true;
    }
    if (headSaid && restSaid) return true;
  }
  return false;
}

/** True when the text between two tokens ends a clause (a comma, a colon, a semicolon, a dash). */
function breaksClause(between: string): boolean {
  return /[,;:–]|\s-\s/u.test(between);
}

/**
 * Clauses of a findings sentence that call something normal or absent that nobody said or
 * examined (issue 11): a language model adds "ingen nakkestivhet", "normal kapillær fylning" or
 * "normal urinstix" after a finding that was said. A clause after the first is flagged when it has
 * a normal-or-absent word, names a routine item (`routineItem`), every other content word of it
 * was said nowhere in the conversation (nor reworded, nor in a compound), and another clause of the
 * sentence was said: an added clause, not a clinician's summary in clinical words ("Ingen
 * psykotiske symptomer."). One said word — the organ or the test — keeps the clause. Returns the
 * unsaid words of the flagged clauses.
 */
export function findUnexaminedNormals(options: {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  /** The sentence's content tokens (indices into `tokens`). */
  readonly contentTokens: readonly number[];
  /** True when a content token was said in the conversation, in any wording. */
  readonly isSaid: (tokenIndex: number) => boolean;
  /** The words of the conversation (folded). */
  readonly said: ReadonlySet<string>;
  readonly isNoteWord: (folded: string) => boolean;
}): number[] {
  const { text, tokens } = options;
  const content = new Set(options.contentTokens);
  const clauses: number[][] = [[]];
  tokens.forEach((token, tokenIndex) => {
    const previous = tokens[tokenIndex - 1];
    if (previous !== undefined && breaksClause(text.slice(previous.end, token.start)))
      clauses.push([]);
    clauses[clauses.length - 1]?.push(tokenIndex);
  });
  // What a clause is about: its content words but the normal-or-absent words and the sides.
  const isObject = (tokenIndex: number): boolean => {
    const folded = tokens[tokenIndex]?.folded ?? '';
    return (
      content.has(tokenIndex) &&
      !normalMarkers.has(folded) &&
      !sideWords.test(folded) &&
      !/\d/.test(folded) &&
      folded.length >= 3 &&
      !options.isNoteWord(folded)
    );
  };
  const unsaid: number[] = [];
  const saidClauses = clauses.filter((clause) =>
    clause.some((tokenIndex) => isObject(tokenIndex) && options.isSaid(tokenIndex)),
  );
  if (saidClauses.length === 0) return [];
  for (const clause of clauses.slice(1)) {
    if (!clause.some((tokenIndex) => normalMarkers.has(tokens[tokenIndex]?.folded ?? ''))) continue;
    const objects = clause.filter(isObject);
    if (
      objects.length === 0 ||
      objects.some(
        (tokenIndex) =>
          options.isSaid(tokenIndex) || saidLoosely(tokens[tokenIndex]?.folded ?? '', options.said),
      )
    )
      continue;
    if (!objects.some((tokenIndex) => routineItem.test(tokens[tokenIndex]?.folded ?? ''))) continue;
    unsaid.push(...objects);
  }
  return unsaid;
}
