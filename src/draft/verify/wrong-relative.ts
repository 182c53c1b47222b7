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
  const { tokens, claims, index } = sentence;
  if (!claims.namesOtherPerson) return undefined;
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex += 1) {
    if (claims.aboutOther[tokenIndex] !== true || claims.negated[tokenIndex] === true) continue;
    const finding = claims.findingKey[tokenIndex];
    if (finding === undefined && !isMedicalLooking(tokens[tokenIndex]?.folded ?? '')) continue;
    const kin = kinBefore(tokens, tokenIndex);
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
        const named = unit.tokens.map(kinOfWord).filter((word) => word !== undefined);
        if (named.includes(kin)) unclear = true;
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
