import { getLexiconEntry } from '../language/clinical-lexicon.js';
import type { WordToken } from '../language/fold.js';
import type { TranscriptIndex } from './transcript-index.js';
import { isRewordingOfSaid } from './unexamined-findings.js';

/** Lexicon `body` entries that name no place a clinician examines (a side, both sides). */
const notPlaces: ReadonlySet<string> = new Set(['bilateralt']);

/**
 * Examination words (folded) that reach a place without naming it: the clinician looks in the
 * mouth for the tonsils, in the ear for the drum, listens for heart and lungs. Any of them said
 * counts as the place examined.
 */
const examinedBy: Readonly<Record<string, readonly string[]>> = {
  tonsiller: ['munnen', 'munn', 'svelget', 'svelg', 'halsen', 'gapet'],
  uvula: ['munnen', 'munn', 'svelget', 'svelg', 'halsen', 'gapet'],
  collum: ['svelget', 'svelg', 'kjertler', 'kjertlene', 'lymfeknuter', 'thyreoidea'],
  trommehinne: ['oret', 'orene', 'oyret', 'oyro', 'otoskop'],
  auris: ['trommehinne', 'trommehinnen', 'trommehinnene', 'otoskop'],
  cor: ['lytter', 'lytte', 'lyttet', 'auskultasjon', 'stetoskop', 'ekg', 'hjerterytme'],
  pulm: ['lytter', 'lytte', 'lyttet', 'lytta', 'auskultasjon', 'stetoskop', 'pusten'],
  // (nynorsk «bringa» is the chest; kept out of the lexicon, where it would tie a patient's
  // wheeze in the chest to the clinician's lungs)
  thorax: [
    'bringa',
    'bringen',
    'bringe',
    'lytter',
    'lytte',
    'lyttet',
    'lytta',
    'auskultasjon',
    'stetoskop',
    'rontgen',
  ],
};

/**
 * The larger place a part belongs to (by the lexicon's clinical words): a part of a place that was
 * examined or spoken of is the clinician's closer wording («lumbalt» after «ryggen»), not a new
 * place.
 */
const partOf: Readonly<Record<string, readonly string[]>> = {
  lumbal: ['columna'],
  cervikal: ['columna', 'collum'],
  periumbilikalt: ['abdomen'],
  suprapubisk: ['abdomen'],
  hepar: ['abdomen'],
  intestinum: ['abdomen'],
  umbilicus: ['abdomen'],
  inguinal: ['abdomen'],
  tonsiller: ['collum'],
  uvula: ['collum', 'tonsiller'],
  lymfeknuter: ['collum'],
  skjoldbruskkjertel: ['collum'],
  trommehinne: ['auris'],
  'os nasale': ['nese'],
  facies: ['nese', 'oculus', 'auris'],
  cor: ['thorax'],
  pulm: ['thorax'],
  malleol: ['pes'],
  digiti: ['manus', 'pes'],
  carpus: ['manus', 'ekstremitet'],
  femur: ['ekstremitet', 'hofte'],
  metatars: ['pes'],
  'os naviculare': ['pes'],

  pes: ['ekstremitet'],
  hofte: ['ekstremitet'],
  manus: ['ekstremitet'],
  albue: ['ekstremitet'],
  skulder: ['ekstremitet'],
};

/** Words (folded) that make a clause a normal or absent finding, not a finding present. */
const normalWords: ReadonlySet<string> = new Set([
  'normal',
  'normale',
  'normalt',
  'fin',
  'fint',
  'fine',
  'ua',
  'upaafallende',
  'upafallende',
  'naturlig',
  'ingen',
  'ikke',
  'ikkje',
  'uten',
  'utan',
  'inga',
  'intet',
]);

/** The concept key of each lexicon place, by its clinical word. */
const placeKeys = new Map<string, string>();
for (let concept = 0; getLexiconEntry(concept) !== undefined; concept += 1) {
  const entry = getLexiconEntry(concept);
  if (entry?.type === 'body' && !placeKeys.has(entry.clinical))
    placeKeys.set(entry.clinical, `c${concept}`);
}

/** The lexicon place a token names (its `body` concept), if any. */
function placeOf(keys: readonly string[]): { key: string; clinical: string } | undefined {
  for (const key of keys) {
    if (!/^c\d+$/.test(key)) continue;
    const entry = getLexiconEntry(Number(key.slice(1)));
    if (entry?.type === 'body' && !notPlaces.has(entry.clinical))
      return { key, clinical: entry.clinical };
  }
  return undefined;
}

/** The tokens of the clause (between commas, semicolons, «men») around a token. */
function clauseAround(text: string, tokens: readonly WordToken[], at: number): WordToken[] {
  const token = tokens[at];
  if (token === undefined) return [];
  const before = text.slice(0, token.start);
  const after = text.slice(token.end);
  const start = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(' men '),
    before.lastIndexOf(' med '),
  );
  const endMatch = /[,;]| men | med /u.exec(after);
  const end = endMatch === null ? text.length : token.end + endMatch.index;
  return tokens.filter((candidate) => candidate.start >= start && candidate.end <= end);
}

/**
 * A finding in a place the clinician never examined or spoke of (issue 11: «Tofi i ørene» where
 * nobody looked at or spoke of the ears). A place counts as spoken of when any word for it — lay,
 * dialect, clinical or Latin, from the shared lexicon — or an examination that reaches it («ser i
 * munnen» for the tonsils) was said anywhere in the conversation, by anyone. A place named in a
 * normal or denied clause («ingen hevelse over albuen», «normal hud i ansiktet») is left to the
 * checks of normals and denials, and so is a place named before anything the conversation said.
 * Returns the token of the first such place.
 */
export function findUnexaminedPlace(options: {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly keys: readonly (readonly string[] | undefined)[];
  readonly negated: readonly boolean[];
  readonly index: Pick<TranscriptIndex, 'unitsMentioning' | 'words'>;
  /** Whether a token of the sentence is a clinical word said in the conversation. */
  readonly isSaidClinicalWord: (tokenIndex: number) => boolean;
}): number | undefined {
  const { text, tokens, keys, negated, index, isSaidClinicalWord } = options;
  // Only a place added after what was said: a sentence that opens with the place is more often the
  // clinician's own structured wording of an examination («Hender: …») than an invented finding.
  const firstSaid = tokens.findIndex((_token, tokenIndex) => isSaidClinicalWord(tokenIndex));
  if (firstSaid < 0) return undefined;
  for (let at = firstSaid + 1; at < tokens.length; at += 1) {
    const token = tokens[at];
    const tokenKeys = keys[at] ?? [];
    const place = token === undefined ? undefined : placeOf(tokenKeys);
    if (token === undefined || place === undefined || negated[at] === true) continue;
    const isMentioned = (key: string): boolean => {
      const mentioning = index.unitsMentioning(key);
      return mentioning.patient.length > 0 || mentioning.other.length > 0;
    };
    const said =
      tokenKeys.some(isMentioned) ||
      (partOf[place.clinical] ?? []).some((parent) => {
        const key = placeKeys.get(parent);
        return key !== undefined && isMentioned(key);
      });
    if (said || index.words.has(token.folded) || isRewordingOfSaid(token.folded, index.words))
      continue;
    // A word beginning as a said word does («kneleddsregionen» after «kneleddet») is read as said.
    const start = token.folded.slice(0, 4);
    if ([...index.words].some((word) => word.startsWith(start))) continue;
    if ((examinedBy[place.clinical] ?? []).some((word) => index.words.has(word))) continue;
    const clause = clauseAround(text, tokens, at);
    if (clause.some((word) => normalWords.has(word.folded))) continue;
    // The whole clause added: none of its clinical words was said («…, men impetiginisering i
    // ansiktet»); a clause with a said word is more often the clinician's closer wording.
    if (
      tokens.some(
        (candidate, tokenIndex) =>
          tokenIndex !== at && clause.includes(candidate) && isSaidClinicalWord(tokenIndex),
      )
    )
      continue;
    return at;
  }
  return undefined;
}
