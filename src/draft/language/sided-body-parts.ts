/**
 * Parts of the body that have a side (left and right knee, ear, lung …): one list for every reader
 * of sides and aspects, so a part added here is read as sided everywhere ("hø. kne", "Venstre
 * legg bløt og uøm", "Øm medialt i kneet").
 */

/**
 * Beginnings of the folded words for sided body parts ("kneet", "skulderen", "øyrene" → "oyr"),
 * nynorsk and dialect forms included ("auge", "olboge", "hæl").
 */
const sidedBodyPartStarts = [
  'kne',
  'ankel',
  'ankl',
  'arm',
  'hand',
  'hend',
  'fot',
  'fott',
  'bein',
  'ben',
  'legg',
  'lar',
  'hofte',
  'skuld',
  'albu',
  'olbog',
  'ore',
  'oyr',
  'oye',
  'oyn',
  'aug',
  'lunge',
  'nyre',
  'bryst',
  'tommel',
  'finger',
  'fing',
  'trommehinn',
  'tonsill',
  'mandel',
  'mandl',
  'handledd',
  'hael',
  'flanke',
  'lyske',
  'kjeve',
  'kinn',
  'tinning',
  'nese',
  'neseb',
  'pupill',
  'hjernehalv',
  'hemisf',
  'ovari',
  'eggstokk',
  'testik',
] as const;

/**
 * Beginnings that name a sided part only right after a side word ("høyre tå", "venstre hel"):
 * elsewhere they begin everyday words ("ta", "tar", "helt", "hele").
 */
const startsOnlyAfterSide = ['tå', 'ta', 'hel'] as const;

/** A folded word that names a sided body part, by its beginning ("leggen", "skulderen"). */
export const sidedBodyPartStart = new RegExp(`^(?:${sidedBodyPartStarts.join('|')})`, 'u');

/** As {@link sidedBodyPartStart}, for the word right after a side word ("høyre tå"). */
export const sidedBodyPartAfterSide = new RegExp(
  `^(?:${[...sidedBodyPartStarts, ...startsOnlyAfterSide].join('|')})`,
  'u',
);

/** One body part by the first letters of its other forms ("augo", "øyne" = "øye"; "bena"). */
const sameBodyPart: Readonly<Record<string, string>> = {
  aug: 'oye',
  oyn: 'oye',
  oyr: 'ore',
  ben: 'bei',
  hen: 'han',
  kna: 'kne',
  man: 'ton',
  olb: 'alb',
};

/** The key of a sided body part's word: its first three letters, one key per part. */
export function toSidedBodyPartKey(folded: string): string {
  const start = folded.slice(0, 3);
  return sameBodyPart[start] ?? start;
}
