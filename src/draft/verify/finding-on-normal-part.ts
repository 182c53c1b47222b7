import { getLexiconEntry } from '../language/clinical-lexicon.js';
import type { WordToken } from '../language/fold.js';
import { sidedBodyPartStart, toSidedBodyPartKey } from '../language/sided-body-parts.js';
import type { Claims, Side } from './read-claims.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';
import { isRewordingOfSaid, looksLikeFinding } from './unexamined-findings.js';

/** Words (folded) that call a part normal at the examination ("lungene er fine", "normale"). */
const normalWords = /^(?:normal|normalt|normale|fin|fint|fine|upafallende|ua|uten anmerkning)$/u;
/** Words (folded) that turn a normal word around ("ikke normal"). */
const negators = new Set(['ikke', 'ikkje', 'itj', 'ikkj', 'inkje', 'kje', 'ingen']);
/** Speakers whose word on a part is the examination (not the patient's own impression). */
const examiners = new Set(['lege', 'sykepleier']);
/** Tokens after the part a normal word may stand at ("trommehinnene er helt normale"). */
const reach = 4;

/** Verbs (folded) after which "fint" still calls the part normal ("er fint", "ser fint ut"). */
const stateVerbs = new Set([
  'er',
  'e',
  'ae',
  'var',
  'ser',
  'sag',
  'virker',
  'virkar',
  'blir',
  'ble',
]);

/**
 * "Fint" right after another present-tense verb ("hjertet slår fint", "puster fint"): the manner
 * of an action, not a normal finding.
 */
function isMannerAfterVerb(tokens: readonly WordToken[], position: number): boolean {
  const word = tokens[position]?.folded;
  if (word !== 'fint' && word !== 'fin') return false;
  const previous = tokens[position - 1]?.folded ?? '';
  return previous.length >= 3 && previous.endsWith('r') && !stateVerbs.has(previous);
}

/** The keys a token names a body part by: its body concepts, and a sided part's key. */
function partKeys(token: WordToken | undefined, keys: readonly string[] | undefined): string[] {
  if (token === undefined) return [];
  const found: string[] = [];
  for (const key of keys ?? [])
    if (/^c\d+$/.test(key) && getLexiconEntry(Number(key.slice(1)))?.type === 'body')
      found.push(key);
  if (sidedBodyPartStart.test(token.folded)) found.push(`part:${toSidedBodyPartKey(token.folded)}`);
  return found;
}

/** The side named right before or after the part ("høyre kne", "kneet høyre"), if any. */
function sideNextTo(
  sides: readonly { readonly side: Side; readonly token: number }[],
  at: number,
): Side | undefined {
  return sides.find((entry) => entry.token === at - 1 || entry.token === at + 1)?.side;
}

/** A part the examiner called normal, with the side named (undefined: the part as a whole). */
interface NormalPart {
  readonly keys: readonly string[];
  readonly side: Side | undefined;
  readonly unit: number;
}

function normalPartsIn(unit: TranscriptUnit, unitIndex: number): NormalPart[] {
  const found: NormalPart[] = [];
  const { tokens, claims } = unit;
  tokens.forEach((token, at) => {
    const keys = partKeys(token, claims.keys[at]);
    if (keys.length === 0) return;
    // "Lungene er fine", "høyre kne er normalt", "normale trommehinner": the normal word close
    // by, with no other part between.
    for (let position = at - 1; position >= at - 2 && position >= 0; position -= 1) {
      if (partKeys(tokens[position], claims.keys[position]).length > 0) break;
      if (!normalWords.test(tokens[position]?.folded ?? '')) continue;
      if (negators.has(tokens[position - 1]?.folded ?? '')) return;
      found.push({ keys, side: sideNextTo(claims.sides, at), unit: unitIndex });
      return;
    }
    for (let position = at + 1; position <= at + reach && position < tokens.length; position += 1) {
      if (partKeys(tokens[position], claims.keys[position]).length > 0) return;
      if (!normalWords.test(tokens[position]?.folded ?? '')) continue;
      if (negators.has(tokens[position - 1]?.folded ?? '')) return;
      // "Hjertet slår fint": how the part does something, not the part called normal.
      if (isMannerAfterVerb(tokens, position)) return;
      found.push({ keys, side: sideNextTo(claims.sides, at), unit: unitIndex });
      return;
    }
  });
  return found;
}

/**
 * A finding the sentence puts on a part ("knatrelyder over høyre lunge", "høyre bein med lette
 * ødemer") that the examiner called normal in the conversation ("lungene er fine", "høyre bein er
 * normalt"), on the same side or on the part as a whole. Fails closed: only a sentence with no
 * word for normal, a part named by its body concept or as a sided part, a finding that is either
 * a lexicon finding or a finding word nobody said, and not when the conversation also states that finding
 * present in a sentence naming the part. Returns the part's token, or undefined.
 */
export function findFindingOnNormalPart(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): number | undefined {
  const { tokens, claims, index } = options;
  if (tokens.some((token) => normalWords.test(token.folded))) return undefined;
  if (claims.negated.some((negated) => negated)) return undefined;
  const sentenceSides = new Set(claims.sides.map((entry) => entry.side));
  if (sentenceSides.size > 1 || sentenceSides.has('both')) return undefined;
  const sentenceSide = [...sentenceSides][0];
  const parts = tokens.flatMap((token, at) => {
    const keys = partKeys(token, claims.keys[at]);
    return keys.length > 0 ? [{ at, keys }] : [];
  });
  if (parts.length !== 1) return undefined;
  const part = parts[0];
  if (part === undefined) return undefined;
  const findings = tokens
    .map((token, at) => ({ token, at }))
    .filter(({ token, at }) => {
      if (at === part.at || claims.aboutOther[at] === true) return false;
      if (claims.sides.some((entry) => entry.token === at)) return false;
      if (/^\d/.test(token.folded) || token.folded.length < 4) return false;
      if (claims.findingKey[at] !== undefined) return true;
      // (A word nobody said counts only when its form names a finding: a normal finding in
      // other words, "like og lysreagerende", "vesikulær respirasjonslyd", is no contradiction.)
      return (
        looksLikeFinding(token.folded) &&
        !index.words.has(token.folded) &&
        !isRewordingOfSaid(token.folded, index.words)
      );
    });
  if (findings.length === 0) return undefined;
  let normal: NormalPart | undefined;
  index.units.forEach((unit, unitIndex) => {
    if (normal !== undefined || !examiners.has(unit.speaker) || unit.isQuestion) return;
    for (const candidate of normalPartsIn(unit, unitIndex)) {
      if (!candidate.keys.some((key) => part.keys.includes(key))) continue;
      if (
        candidate.side !== undefined &&
        candidate.side !== 'both' &&
        candidate.side !== sentenceSide
      )
        continue;
      normal = candidate;
      return;
    }
  });
  if (normal === undefined) return undefined;
  // The finding said present in a sentence naming the part ("lungene er fine" … "knatrelyder i
  // høyre lunge"): the examination found it after all.
  const saidWithPart = index.units.some(
    (unit) =>
      !unit.isQuestion &&
      unit.tokens.some((token, at) =>
        partKeys(token, unit.claims.keys[at]).some((key) => part.keys.includes(key)),
      ) &&
      findings.some(({ at }) =>
        (claims.keys[at] ?? []).some((key) =>
          unit.claims.keys.some(
            (keys, position) => keys.includes(key) && unit.claims.negated[position] !== true,
          ),
        ),
      ),
  );
  if (saidWithPart) return undefined;
  // Every finding stated present by the examiner anywhere, by the word itself in any form ("Her
  // basalt på høyre side hører jeg knatrelyder", "Jeg hører en svak systolisk bilyd"): found.
  const statedByExaminer = findings.every(({ at }) => {
    const literal = (claims.keys[at] ?? []).filter((key) => !/^c\d+$/.test(key));
    return index.units.some(
      (unit) =>
        examiners.has(unit.speaker) &&
        !unit.isQuestion &&
        !unit.isHypothetical &&
        unit.claims.keys.some(
          (keys, position) =>
            unit.claims.negated[position] !== true &&
            unit.claims.aboutOther[position] !== true &&
            keys.some((key) => literal.includes(key)),
        ),
    );
  });
  return statedByExaminer ? undefined : part.at;
}
