import { sidedBodyPartAfterSide, toSidedBodyPartKey } from '../language/sided-body-parts.js';
import { findSwappedAspect } from './swapped-aspect.js';
import { findBothAgainstOneSide, isDeniedSideSaid } from './denied-side.js';
import type { SentenceFlag } from '../../core/index.js';
import type { WordToken } from '../language/fold.js';
import { isContentWord } from '../language/stem.js';
import type { Claims, Side } from './read-claims.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';
import { findMixedSides } from './mixed-sides.js';
import { findSwappedSides } from './swapped-sides.js';
import { findSideBoundNormal } from './side-bound-normal.js';
import { namesPairedOrgansInPlural } from './paired-organs.js';
import { isHealthySide, mayBeHealthyClaim } from './healthy-side.js';
import { type Linked, type SentenceCheckDefinition, flag } from './sentence-context.js';

const sideWords: Readonly<Record<Side, string>> = {
  right: 'høyre',
  left: 'venstre',
  both: 'begge sider',
};

/**
 * In a sentence naming two sides ("ve. trommehinne rød og bulende; hø. normal"), a side is checked
 * against the passages that share its clause's words: the side said there decides. `undefined`
 * when no passage with a side shares them (the general check applies).
 */
function checkSideByClause(
  claim: {
    readonly text: string;
    readonly tokens: readonly WordToken[];
    readonly claims: Claims;
    readonly sideToken: number;
    readonly side: Side;
    readonly healthy: boolean;
  },
  linked: Linked,
  near: ReadonlySet<number>,
  index: TranscriptIndex,
): SentenceFlag | undefined {
  const { text, tokens, claims, sideToken, side, healthy } = claim;
  const breaksBefore = (tokenIndex: number): boolean => {
    const previous = tokens[tokenIndex - 1];
    const token = tokens[tokenIndex];
    return (
      previous !== undefined &&
      token !== undefined &&
      /[,;:.]/.test(text.slice(previous.end, token.start).replace(/^\.\s*$/, ''))
    );
  };
  let first = sideToken;
  while (first > 0 && !breaksBefore(first)) first -= 1;
  let last = sideToken;
  while (last + 1 < tokens.length && !breaksBefore(last + 1)) last += 1;
  const sideTokens = new Set(claims.sides.map((entry) => entry.token));
  const candidates = new Set([...linked.evidenceUnits, ...near]);
  const sharing = new Set<number>();
  for (let tokenIndex = first; tokenIndex <= last; tokenIndex += 1) {
    if (sideTokens.has(tokenIndex) || !isContentWord(tokens[tokenIndex]?.folded ?? '')) continue;
    for (const key of claims.keys[tokenIndex] ?? [])
      for (const occurrence of index.occurrencesOf(key))
        if (candidates.has(occurrence.unit)) sharing.add(occurrence.unit);
  }
  // The clause alone tells whether its side may be the healthy one ("…, høyre normal").
  const clauseHealthy =
    healthy ||
    mayBeHealthyClaim(tokens.slice(first, last + 1), claims.negated.slice(first, last + 1));
  const said = sidesIn(sharing, index, undefined, clauseHealthy);
  if (said.length === 0 || said.includes(side)) return undefined;
  return sideConflict(side, said);
}

/** Words after a side that are no body part ("høyre side", "den venstre er …"). */
const notBodyParts = new Set(['side', 'sida', 'sidene', 'sider', 'er', 'var', 'og', 'i', 'pa']);

/**
 * The body part a side is said of, by its first three letters ("hø. kne", "det venstre kneet",
 * "smerter i armen på høyre side"); undefined when none is near.
 */
function bodyPartOf(tokens: readonly WordToken[], sideToken: number): string | undefined {
  const next = tokens[sideToken + 1]?.folded;
  if (next !== undefined && !notBodyParts.has(next) && sidedBodyPartAfterSide.test(next))
    return toSidedBodyPartKey(next);
  if (next === 'side' || next === 'sida') {
    const before = tokens[sideToken - 2]?.folded;
    if (tokens[sideToken - 1]?.folded === 'pa' && before !== undefined && before.length >= 3)
      return before.slice(0, 3);
  }
  return undefined;
}

/** A side as said, with its body part. */
interface SaidSide {
  readonly side: Side;
  readonly body: string | undefined;
}

/**
 * Whether a passage names the claimed side only inside a denial ("Ingen ømhet i høyre hofte"),
 * with no finding it affirms: that side is where the finding is not, so it does not support a
 * claim that puts one there.
 */
function isDeniedSide(
  unit: TranscriptUnit,
  entry: { readonly side: Side; readonly token: number },
  claimSide: Side | undefined,
): boolean {
  const { negated, findingKey } = unit.claims;
  return (
    entry.side === claimSide &&
    negated[entry.token] === true &&
    findingKey.every((key, tokenIndex) => key === undefined || negated[tokenIndex] === true)
  );
}

/**
 * The sides the given passages name (of the body part, when given). A side said to be the healthy
 * one ("Høgre ankel er fin") is left out unless the sentence checked says its side is healthy too
 * (`claimHealthy`): it tells where the complaint is not.
 */
function sidesIn(
  unitIndices: Iterable<number>,
  index: TranscriptIndex,
  body?: string,
  claimHealthy = true,
  claimSide?: Side,
): Side[] {
  const said: SaidSide[] = [];
  for (const unitIndex of unitIndices) {
    const unit = index.units[unitIndex];
    if (unit === undefined) continue;
    const unitSideTokens = new Set(unit.claims.sides.map((entry) => entry.token));
    const own = unit.claims.sides
      .filter(
        (entry) =>
          claimHealthy ||
          (!isDeniedSide(unit, entry, claimSide) &&
            !isHealthySide(unit.tokens, entry.token, unitSideTokens)),
      )
      .map((entry) => ({
        side: entry.side,
        body: bodyPartOf(unit.tokens, entry.token),
      }));
    // The claim's part named in a sentence whose side is said of the organ it lies in ("Inni
    // nasen på venstre side …, eit septumhematom" for "septumhematom på venstre side").
    const namesBodyHere =
      body !== undefined &&
      !own.some((entry) => entry.body === body) &&
      unit.tokens.some((token) => token.folded.startsWith(body) && token.folded.length >= 5);
    for (const entry of own) said.push(namesBodyHere ? { side: entry.side, body } : entry);
  }
  // Said of the same body part, or of none named: what the claim is checked against.
  const relevant =
    body === undefined
      ? said
      : said.filter((entry) => entry.body === undefined || entry.body === body);
  return relevant.map((entry) => entry.side);
}

/** Every side the conversation names of a body part, in order. */
function sidesOfBodyPart(body: string, index: TranscriptIndex): Side[] {
  const said: Side[] = [];
  for (const unit of index.units)
    for (const entry of unit.claims.sides)
      if (bodyPartOf(unit.tokens, entry.token) === body) said.push(entry.side);
  return said;
}

function sideSupported(side: Side, said: readonly Side[], sameUnit: boolean): boolean {
  if (said.includes(side)) return true;
  // Both sides named in one sentence ("høyre og venstre") is "begge sider".
  return side === 'both' && sameUnit && said.includes('right') && said.includes('left');
}

/**
 * A side is checked level by level: the first evidence sentence, all evidence, the neighbourhood;
 * the first level that names any side decides. With no side near, the side the conversation names
 * most often decides.
 */
function checkSide(
  claim: {
    readonly side: Side;
    readonly body: string | undefined;
    readonly severalSides: boolean;
    readonly healthy: boolean;
  },
  evidenceUnits: readonly number[],
  near: ReadonlySet<number>,
  index: TranscriptIndex,
): SentenceFlag | undefined {
  const { side, body, healthy } = claim;
  const first = evidenceUnits[0];
  // A sentence naming two sides ("ve. trommehinne rød; hø. normal") describes several passages:
  // each side is checked against all of them at once.
  const levels: (readonly number[])[] = claim.severalSides
    ? [[...new Set([...evidenceUnits, ...near])]]
    : [first === undefined ? [] : [first], evidenceUnits, [...near]];
  for (const [level, unitIndices] of levels.entries()) {
    if (level < 2 && !claim.severalSides) {
      for (const unitIndex of unitIndices) {
        const said = sidesIn([unitIndex], index, body, healthy, side);
        if (sideSupported(side, said, true)) return undefined;
      }
    }
    const said = sidesIn(unitIndices, index, body, healthy, side);
    if (said.length === 0) continue;
    if (sideSupported(side, said, level < 2 && unitIndices.length === 1)) return undefined;
    // Only nearby, not in the evidence: when the conversation names both sides of this body
    // part, the side it names most (first, on a tie: the complaint comes first) decides.
    if (level === 2 && body !== undefined && side !== 'both') {
      const ofBody = sidesOfBodyPart(body, index);
      const claimed = ofBody.filter((said) => said === side).length;
      const opposite = ofBody.filter((said) => said !== side && said !== 'both').length;
      if (claimed > opposite || (claimed > 0 && claimed === opposite && ofBody[0] === side))
        return undefined;
    }
    return sideConflict(side, said);
  }
  // "Normal respirasjonslyd bilateralt" where "lungene er fine" was said: a paired organ in the
  // plural is both sides.
  if (side === 'both' && namesPairedOrgansInPlural([...evidenceUnits, ...near], index))
    return undefined;
  const everywhere = index.sides;
  // Nothing in the evidence or near it names a side: a side said somewhere is not contradicted.
  if (evidenceUnits.length === 0 && everywhere.includes(side)) return undefined;
  if (everywhere.length === 0)
    return flag(
      'laterality-conflict',
      'warning',
      `Fant ikke at det gjelder ${sideWords[side]} i samtalen.`,
    );
  const count = (wanted: Side): number => everywhere.filter((said) => said === wanted).length;
  const claimed = count(side);
  const opposite = side === 'both' ? 0 : count(side === 'right' ? 'left' : 'right');
  if (claimed > 0 && claimed * 2 >= opposite) return undefined;
  if (side === 'both' && count('right') > 0 && count('left') > 0) return undefined;
  return sideConflict(side, everywhere);
}

function sideConflict(side: Side, said: readonly Side[]): SentenceFlag {
  return flag(
    'laterality-conflict',
    'error',
    `Setningen sier ${sideWords[side]}, men i samtalen gjelder det ${[...new Set(said)].map((other) => sideWords[other]).join(' eller ')}.`,
  );
}

/** Sides, each with the body part it is said of. */
export const sideCheck: SentenceCheckDefinition = {
  name: 'side',
  check(sentence) {
    const { text, tokens, claims, index, options, linked, near } = sentence;
    const found: SentenceFlag[] = [];
    // Sides, each with the body part it is said of.
    const severalSides = new Set(claims.sides.map((entry) => entry.side)).size > 1;
    const onlySide = findBothAgainstOneSide(tokens, claims, index, options.section);
    if (onlySide !== undefined) {
      const claimed = claims.sides.find((entry) => entry.side !== onlySide)?.side ?? 'both';
      found.push(sideConflict(claimed, [onlySide]));
    }
    const sideTokens = new Set(claims.sides.map((entry) => entry.token));
    for (const { side, token } of onlySide === undefined ? claims.sides : []) {
      if (isDeniedSideSaid({ side, token }, tokens, claims, index)) continue;
      const healthy = isHealthySide(tokens, token, sideTokens);
      const check =
        (severalSides
          ? checkSideByClause(
              { text, tokens, claims, sideToken: token, side, healthy },
              linked,
              near,
              index,
            )
          : undefined) ??
        checkSide(
          {
            side,
            body: bodyPartOf(tokens, token),
            severalSides,
            healthy: healthy || mayBeHealthyClaim(tokens, claims.negated),
          },
          linked.evidenceUnits,
          near,
          index,
        );
      if (check !== undefined) {
        found.push(check);
        break;
      }
    }

    return found;
  },
};

/** "Høyre …, ikke venstre" where the conversation said the reverse. */
export const swappedSidesCheck: SentenceCheckDefinition = {
  name: 'swappedSides',
  check(sentence) {
    const { tokens, claims, index, flags } = sentence;
    const found: SentenceFlag[] = [];
    // "Høyre …, ikke venstre" where the conversation said "venstre …, ikke høyre".
    if (!flags.some((candidate) => candidate.kind === 'laterality-conflict')) {
      const swappedSides = findSwappedSides({ tokens, claims, index });
      if (swappedSides !== undefined) found.push(swappedSides);
    }

    return found;
  },
};

/** A side called normal where only the other side was. */
export const sideBoundNormalCheck: SentenceCheckDefinition = {
  name: 'sideBoundNormal',
  check(sentence) {
    const { tokens, index, flags } = sentence;
    const found: SentenceFlag[] = [];
    // "Høyre trommehinne normal" where only the left one was called normal (issue 11).
    if (!flags.some((candidate) => candidate.kind === 'laterality-conflict')) {
      const normalSide = findSideBoundNormal({ tokens, index });
      if (normalSide !== undefined)
        found.push(
          flag(
            'laterality-conflict',
            'error',
            `Setningen sier at det er normalt på ${
              normalSide === 'right' ? 'høyre' : 'venstre'
            } side, men i samtalen var det bare ${
              normalSide === 'right' ? 'venstre' : 'høyre'
            } side som var normal.`,
          ),
        );
    }

    return found;
  },
};

/** Normal on both sides where one side was abnormal, or the reverse. */
export const mixedSidesCheck: SentenceCheckDefinition = {
  name: 'mixedSides',
  check(sentence) {
    const { tokens, index } = sentence;
    const found: SentenceFlag[] = [];
    // "Gode fotpulser bilateralt" where the conversation found one side good and the other weak.
    const mixedSides = findMixedSides({ tokens, index });
    if (mixedSides !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          mixedSides.said === 'abnormal'
            ? 'Setningen sier normalt på begge sider, men i samtalen var funnet unormalt på den ene siden.'
            : 'Setningen sier unormalt på begge sider, men i samtalen var funnet normalt på den ene siden.',
        ),
      );

    return found;
  },
};

/** "Medialt" where the conversation said only "lateralt", or the reverse. */
export const swappedAspectCheck: SentenceCheckDefinition = {
  name: 'swappedAspect',
  check(sentence) {
    const { tokens, claims, index, flags, linked, near } = sentence;
    if (flags.some((candidate) => candidate.kind === 'laterality-conflict')) return [];
    const units = new Set([...linked.evidenceUnits, ...near]);
    const said = findSwappedAspect({
      tokens,
      negated: claims.negated,
      keys: claims.keys,
      units,
      index,
    });
    if (said === undefined) return [];
    return [
      flag(
        'laterality-conflict',
        'error',
        `Setningen sier ${said === 'lateral' ? 'medialt' : 'lateralt'}, men i samtalen ble det sagt ${
          said === 'lateral' ? 'lateralt' : 'medialt'
        }.`,
      ),
    ];
  },
};
