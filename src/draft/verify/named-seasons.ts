import type { WordToken } from '../language/fold.js';
import type { TranscriptIndex } from './transcript-index.js';

/** The four seasons, as a note names them. */
export type Season = 'vår' | 'sommer' | 'høst' | 'vinter';

/** Season words in bokmål, nynorsk and dialect, lower case ("sia i haust", "i vetter"). */
const seasonWords: ReadonlyMap<string, Season> = new Map<string, Season>([
  ...['høst', 'høsten', 'høstes', 'haust', 'hausten', 'haustes'].map(
    (word) => [word, 'høst'] as const,
  ),
  ...['vinter', 'vinteren', 'vinters', 'vintar', 'vintaren', 'vetter', 'vetteren'].map(
    (word) => [word, 'vinter'] as const,
  ),
  ...['sommer', 'sommeren', 'sommers', 'sommar', 'sommaren', 'sumar', 'sumaren'].map(
    (word) => [word, 'sommer'] as const,
  ),
  ...['våren', 'vårs', 'våres', 'vårn'].map((word) => [word, 'vår'] as const),
]);

/** Words before a bare "vår" that make it the season, not "our" ("siden i vår", "sia vår"). */
const beforeSpringWords = new Set([
  'siden',
  'sia',
  'sidan',
  'sian',
  'fra',
  'frå',
  'forrige',
  'førre',
]);

/**
 * The seasons a sentence names as a time ("siden i høst", "sia i haust", "i vinter"). A bare "vår"
 * counts only after "siden"/"fra"/"forrige", or as "i vår" ending a clause of `text` (it is also
 * "our"); without `text` (the conversation), any "i vår" counts, so a season said is never missed.
 */
export function seasonsNamed(tokens: readonly WordToken[], text?: string): Season[] {
  const seasons: Season[] = [];
  tokens.forEach((token, tokenIndex) => {
    const word = token.text.toLowerCase();
    const season = seasonWords.get(word);
    if (season !== undefined) {
      seasons.push(season);
      return;
    }
    if (word !== 'vår') return;
    const before = tokens[tokenIndex - 1]?.text.toLowerCase();
    if (before !== undefined && beforeSpringWords.has(before)) seasons.push('vår');
    else if (
      before === 'i' &&
      (text === undefined || /^\s*(?:[.,;:!?)–—-]|og |men |$)/u.test(text.slice(token.end)))
    )
      seasons.push('vår');
  });
  return seasons;
}

const transcriptSeasons = new WeakMap<TranscriptIndex, ReadonlySet<Season>>();

/** Every season named anywhere in the conversation (computed once per index). */
function seasonsOf(index: TranscriptIndex): ReadonlySet<Season> {
  const known = transcriptSeasons.get(index);
  if (known !== undefined) return known;
  const seasons = new Set<Season>();
  for (const unit of index.units)
    for (const season of seasonsNamed(unit.tokens)) seasons.add(season);
  transcriptSeasons.set(index, seasons);
  return seasons;
}

/**
 * A season the sentence names ("tretthet siden i sommer") where the conversation named another
 * season and never this one ("sia i haust"); undefined otherwise. A conversation that names no
 * season is left alone: the clinician may have turned "sia september" into "siden i høst".
 */
export function findUnsaidSeason(
  tokens: readonly WordToken[],
  text: string,
  index: TranscriptIndex,
): { readonly claimed: Season; readonly said: Season } | undefined {
  const claimed = seasonsNamed(tokens, text);
  if (claimed.length === 0) return undefined;
  const said = seasonsOf(index);
  const other = [...said][0];
  if (other === undefined) return undefined;
  const unsaid = claimed.find((season) => !said.has(season));
  return unsaid === undefined ? undefined : { claimed: unsaid, said: other };
}
