import type { WordToken } from '../language/fold.js';
import type { Claims, Side } from './read-claims.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * A side the sentence denies ("Ingen plager fra høyre øre", "Ingen smerter i venstre skulder")
 * while the complaint is on the other side: the conversation named the denied side too ("Bare
 * venstre. Høyre er ok."), so the sentence restates the healthy side, not a wrong one. A denial of
 * the affected side is a negation fault, left to the negation checks; a denied side never said in
 * the conversation is still checked.
 */
export function isDeniedSideSaid(
  sideEntry: { readonly side: Side; readonly token: number },
  tokens: readonly WordToken[],
  claims: Claims,
  index: TranscriptIndex,
): boolean {
  if (sideEntry.side === 'both') return false;
  // The side or the body part after it lies in the denied part of the sentence.
  const denied =
    claims.negated[sideEntry.token] === true || claims.negated[sideEntry.token + 1] === true;
  if (!denied || tokens[sideEntry.token] === undefined) return false;
  return sidesStated(index).has(sideEntry.side);
}

/** The sides the conversation's statements (not questions) name, read once per transcript. */
const sidesStated = perTranscript((index): ReadonlySet<Side> => {
  const sides = new Set<Side>();
  for (const unit of index.units)
    if (!unit.isQuestion) for (const entry of unit.claims.sides) sides.add(entry.side);
  return sides;
});

/** "bare", "berre", "kun" (folded), and the article a side may take after it ("bare det høyre"). */
const onlyWords: ReadonlySet<string> = new Set(['bare', 'berre', 'kun', 'baere', 'barre']);
const sideArticles: ReadonlySet<string> = new Set(['det', 'den', 'de', 'dei', 'i', 'pa']);

/** Words that call a side healthy ("Venstre kne normalt", "fint", "ua."), folded. */
const healthyWords: ReadonlySet<string> = new Set(
  'normal normalt normale fin fint bra ua upafallende uom uomt'.split(' '),
);

/** Sections that tell the complaint: "begge" there is what the patient has, not what is ordered. */
const complaintSections: ReadonlySet<string> = new Set(['kontaktarsak', 'anamnese']);

/**
 * The one side the patient's complaint was restricted to ("Nei, det e bare det høyre", "Bare
 * venstre. Høyre er ok."), when the conversation restricts it to exactly one side; undefined
 * otherwise. Questions and what a relative says of themself do not count.
 */
export function onlySideSaid(index: TranscriptIndex): Side | undefined {
  return onlySideOf(index);
}

const onlySideOf = perTranscript((index): Side | undefined => {
  const sides = new Set<Side>();
  for (const unit of index.units) {
    if (unit.isQuestion || unit.speaker === 'lege' || unit.speaker === 'sykepleier') continue;
    for (const entry of unit.claims.sides) {
      if (entry.side === 'both' || unit.claims.aboutOther[entry.token] === true) continue;
      let before = entry.token - 1;
      while (before >= 0 && sideArticles.has(unit.tokens[before]?.folded ?? '')) before -= 1;
      if (onlyWords.has(unit.tokens[before]?.folded ?? '')) sides.add(entry.side);
    }
  }
  return sides.size === 1 ? [...sides][0] : undefined;
});

/**
 * "Smerter i begge knær" or "Også smerter i venstre kne" in the history while the patient said
 * the complaint is on one side only ("bare det høyre"): the side the complaint was restricted to,
 * or undefined. "Begge" said in a plan ("røntgen av begge knær") does not make the complaint
 * two-sided; a side the sentence denies ("Venstre kne uten plager") agrees with it.
 */
export function findBothAgainstOneSide(
  tokens: readonly WordToken[],
  claims: Claims,
  index: TranscriptIndex,
  section: string | undefined,
): Side | undefined {
  if (section === undefined || !complaintSections.has(section)) return undefined;
  const only = onlySideSaid(index);
  if (only === undefined) return undefined;
  // "begge knær", or the other side stated as affected ("Også smerter i venstre skulder").
  const other = claims.sides.find(
    (entry) =>
      entry.side !== only &&
      !claims.negated.slice(entry.token).some((negated) => negated) &&
      !tokens.slice(entry.token).some((token) => healthyWords.has(token.folded)) &&
      claims.aboutOther[entry.token] !== true,
  );
  return other === undefined ? undefined : only;
}
