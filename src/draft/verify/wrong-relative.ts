import type { SentenceFlag } from '../../core/index.js';
import { relativeNouns } from '../../language/index.js';
import type { WordToken } from '../language/fold.js';
import { type SentenceCheckDefinition, flag, isMedicalLooking } from './sentence-context.js';

/**
 * Kinship words (lower case, bokmål, nynorsk and dialect) by the one person they name, so that
 * "mamma" and "mor" are the same relative and "svigerinne" is not "søster". A word for several
 * people or for a group ("familien", "foreldre", "besta") has no entry: a sentence or statement
 * naming one is never read as naming the wrong relative.
 */
const kinGroups: Readonly<Record<string, string>> = {
  mother: `mor moren mora mors mamma mammaen mamman mor'n morn`,
  father: `far faren fars pappa pappaen pappan far'n farn`,
  brother: `bror broren bror'n brorn storebror storebroren storebror'n lillebror lillebroren
    lillebror'n veslebror veslebroren halvbror halvbroren tvillingbror tvillingbroren`,
  sister: `søster søstera søsteren syster systera systra søstra storesøster storesøstera
    storesøsteren lillesøster lillesøstera lillesøsteren veslesøster storesyster storesystera
    storesystra veslesyster veslesystera lillesyster lillesystera halvsøster halvsøstera
    tvillingsøster tvillingsøstera`,
  daughter: `datter datteren dattera dotter dottera dotra dottra dattra`,
  son: `sønn sønnen son sonen sønn'n`,
  spouse: `kone kona konen kone'n ektemann ektemannen ektefelle ektefellen mannen samboer samboeren
    samboern sambo samboen sambuar sambuaren sambuarn samboar samboaren kjæreste kjæresten kjærast
    kjærasten ektemake ektemaken kjerringa gubben`,
  grandmother: `bestemor bestemora bestemoren mormor mormora farmor farmora`,
  grandfather: `bestefar bestefaren morfar morfaren farfar farfaren`,
  uncle: `onkel onkelen morbror morbroren farbror farbroren`,
  aunt: `tante tanta tanten moster mostera mosteren faster fastera fasteren`,
  motherInLaw: `svigermor svigermora svigermoren`,
  fatherInLaw: `svigerfar svigerfaren`,
  sisterInLaw: `svigerinne svigerinna svigerinnen`,
  daughterInLaw: `svigerdatter svigerdatteren svigerdattera`,
  sonInLaw: `svigersønn svigersønnen`,
  brotherInLaw: `svoger svogeren`,
  // Friends, colleagues and neighbours overlap ("kameraten min på båten" is a colleague): one.
  notKin: `venn vennen venninne venninna venninnen kompis kompisen kamerat kameraten kollega
    kollegaen nabo naboen`,
};

const kinOf: ReadonlyMap<string, string> = new Map(
  Object.entries(kinGroups).flatMap(([kin, words]) =>
    words
      .split(/\s+/)
      .filter((word) => word !== '')
      .map((word) => [word, kin] as const),
  ),
);

/** 'group' for a relative word naming no one person, undefined for a word that is no relative. */
function kinOfWord(token: WordToken): string | undefined {
  const lower = token.text.toLowerCase();
  const kin = kinOf.get(lower);
  if (kin !== undefined) return kin;
  return relativeNouns.has(lower) ? 'group' : undefined;
}

/**
 * The relatives a statement names, one entry a word: "min mann" / "hennes mann" is a spouse, and
 * "mann" alone (any man) names no one person.
 */
function kinOfTokens(tokens: readonly WordToken[]): string[] {
  return tokens.flatMap((token, position) => {
    if (token.text.toLowerCase() === 'mann')
      return /^(?:min|hennes)$/u.test(tokens[position - 1]?.folded ?? '') ? ['spouse'] : ['group'];
    const kin = kinOfWord(token);
    return kin === undefined ? [] : [kin];
  });
}

/** A kinship word in the genitive ("mors", "mammas", "pappas"): part of a phrase for one person. */
function isKinGenitive(token: WordToken): boolean {
  const lower = token.text.toLowerCase();
  if (!lower.endsWith('s') || lower.length < 4) return false;
  const stem = lower.slice(0, -1);
  return kinOf.has(stem) || relativeNouns.has(stem) || lower === 'mors' || lower === 'fars';
}

/**
 * Whether the words name one person by a phrase of two kinship words ("mors bror", "mammas
 * mamma", "faren til mamma", "kona til broren min"): a relative the kinship words alone misread
 * ("mors bror" is "morbror"), so a statement or sentence with one is never checked.
 */
function hasKinPhrase(tokens: readonly WordToken[]): boolean {
  return tokens.some((token, position) => {
    const next = tokens[position + 1];
    if (next === undefined) return false;
    const isKin = kinOfWord(token) !== undefined;
    if ((isKin || isKinGenitive(token)) && kinOfWord(next) !== undefined) return true;
    if (!isKin || !/^(?:til|av|at|hos)$/u.test(next.folded)) return false;
    const after = tokens[position + 2];
    return after !== undefined && kinOfWord(after) !== undefined;
  });
}

/** A statement repeating a relative's illness by "også" or "det" ("Pappa også.", "Far hadde det."). */
const repeatWords = new Set(['ogsa', 'det', 'samme', 'au']);

/** How many statements after a relative's illness may repeat it for another relative. */
const repeatReach = 3;

/**
 * "Hjerteinfarkt hos far, diabetes hos mor": the relative named after the finding by "hos", in
 * the same clause (before a comma or "og"), or undefined.
 */
function kinAfterHos(
  tokens: readonly WordToken[],
  position: number,
  text: string,
): string | undefined {
  for (let index = position + 1; index + 1 < tokens.length; index += 1) {
    const token = tokens[index] as WordToken;
    const previous = tokens[index - 1] as WordToken;
    if (/[,;.:!?]/u.test(text.slice(previous.end, token.start))) return undefined;
    if (token.folded === 'og' || token.folded === 'men') return undefined;
    if (token.folded !== 'hos') continue;
    const kin = kinOfWord(tokens[index + 1] as WordToken);
    return kin === undefined ? undefined : kin;
  }
  return undefined;
}

/** The one person the nearest relative word before a position names (none when unclear). */
function kinBefore(tokens: readonly WordToken[], position: number): string | undefined {
  for (let index = position - 1; index >= 0; index -= 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    const kin = kinOfWord(token);
    if (kin !== undefined) return kin === 'group' ? undefined : kin;
  }
  return undefined;
}

/**
 * A finding the sentence gives a relative ("Mor har PCOS") that the conversation told only of a
 * different relative ("svigerinna mi har PCOS"), and never in a statement naming the sentence's
 * relative: the token, or undefined. Fails closed: the sentence's relative must be one person
 * ("foreldre" is not checked), and every statement about somebody else naming the finding must be
 * the patient's or the clinician's and name its people by kinship words for one person each (a
 * pronoun, "familien" or a relative speaking leaves it unchecked).
 */
export function findWrongRelative(
  sentence: Parameters<SentenceCheckDefinition['check']>[0],
): number | undefined {
  const { tokens, claims, index, text } = sentence;
  if (!claims.namesOtherPerson || hasKinPhrase(tokens)) return undefined;
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex += 1) {
    if (claims.aboutOther[tokenIndex] !== true || claims.negated[tokenIndex] === true) continue;
    const finding = claims.findingKey[tokenIndex];
    if (finding === undefined && !isMedicalLooking(tokens[tokenIndex]?.folded ?? '')) continue;
    const kin = kinAfterHos(tokens, tokenIndex, text) ?? kinBefore(tokens, tokenIndex);
    if (kin === undefined) continue;
    // The finding by its concept and by its stems ("diabetesen" is said of the father).
    const keys = new Set([
      ...(finding === undefined ? [] : [finding]),
      ...(claims.keys[tokenIndex] ?? []),
    ]);
    let toldOfAnother = false;
    let unclear = false;
    for (const key of keys)
      for (const occurrence of index.occurrencesOf(key)) {
        const unit = index.units[occurrence.unit];
        if (unit === undefined) continue;
        // Any statement naming the sentence's relative with the finding, even a question, clears
        // it.
        const named = kinOfTokens(unit.tokens);
        if (named.includes(kin) || hasKinPhrase(unit.tokens)) unclear = true;
        // "Mamma har diabetes." … "Pappa også.": a later statement may give it to the relative.
        for (let later = occurrence.unit + 1; later <= occurrence.unit + repeatReach; later += 1) {
          const laterTokens = index.units[later]?.tokens ?? [];
          if (
            laterTokens.some((token) => repeatWords.has(token.folded)) &&
            kinOfTokens(laterTokens).includes(kin)
          )
            unclear = true;
        }
        if (!occurrence.aboutOther || unit.isQuestion) continue;
        // A relative speaking names people from their own place ("mor" is the patient's wife when
        // the son speaks) and may be the sentence's relative ("eg har astma sjølv").
        if (unit.speaker !== 'pasient' && unit.speaker !== 'lege') unclear = true;
        else if (named.length === 0 || named.includes('group')) unclear = true;
        else toldOfAnother = true;
      }
    if (toldOfAnother && !unclear) return tokenIndex;
  }
  return undefined;
}

/** A relative's finding that the conversation gave to a different relative. */
export const wrongRelativeCheck: SentenceCheckDefinition = {
  name: 'wrongRelative',
  check(sentence): readonly SentenceFlag[] {
    const found = findWrongRelative(sentence);
    if (found === undefined) return [];
    return [
      flag(
        'person-conflict',
        'error',
        `«${sentence.tokens[found]?.text ?? ''}» er i samtalen sagt om et annet familiemedlem eller en annen person enn den setningen nevner.`,
      ),
    ];
  },
};
