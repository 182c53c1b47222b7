import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * Who came with the patient (issue 11: a relative written as the wrong person). A note's "Mor er
 * med" when the grandmother came, or "Kona er med" when an interpreter sat in, names somebody the
 * conversation never placed in the room. The companion is read from the transcript only where it
 * says so plainly: a relative saying who they are ("jeg er mormoren hennes", "æ e morfar te
 * Jonas"), the clinician asking ("du er mora hennes?"), a statement that someone came along
 * ("samboeren min ble med", "venninna di er med inne", "det er svigerdatteren min") or an
 * interpreter at work ("tolken oversetter"). Relatives only talked about ("mor er på jobb",
 * "faren hennes hadde ørebetennelse") are not companions.
 */

/** A kind of companion; `line` tells a mother's side from a father's where the word does. */
interface Companion {
  readonly kind: string;
  readonly line?: 'mother' | 'father';
}

/** Companion words (lower case, bokmål, nynorsk and dialect forms) and what they name. */
const companionWords: ReadonlyMap<string, Companion> = new Map<string, Companion>([
  ...['mor', 'mora', 'moren', 'mamma', 'mammaen', 'mamman', 'moder'].map(
    (word) => [word, { kind: 'mother' }] as const,
  ),
  ...['far', 'faren', 'fare', 'pappa', 'pappaen', 'pappan'].map(
    (word) => [word, { kind: 'father' }] as const,
  ),
  ...['mormor', 'mormora', 'mormoren', 'mommo', 'momma'].map(
    (word) => [word, { kind: 'grandmother', line: 'mother' }] as const,
  ),
  ...['farmor', 'farmora', 'farmoren', 'fammo'].map(
    (word) => [word, { kind: 'grandmother', line: 'father' }] as const,
  ),
  ...['bestemor', 'bestemora', 'bestemoren', 'bestemamma', 'besta'].map(
    (word) => [word, { kind: 'grandmother' }] as const,
  ),
  ...['morfar', 'morfaren', 'morfaré', 'moffa'].map(
    (word) => [word, { kind: 'grandfather', line: 'mother' }] as const,
  ),
  ...['farfar', 'farfaren', 'faffa'].map(
    (word) => [word, { kind: 'grandfather', line: 'father' }] as const,
  ),
  ...['bestefar', 'bestefaren', 'bestepappa'].map(
    (word) => [word, { kind: 'grandfather' }] as const,
  ),
  ...['datter', 'dattera', 'datteren', 'dotter', 'dottera', 'dotra'].map(
    (word) => [word, { kind: 'daughter' }] as const,
  ),
  ...['sønn', 'sønnen', 'son', 'sonen'].map((word) => [word, { kind: 'son' }] as const),
  ...['svigerdatter', 'svigerdattera', 'svigerdatteren', 'svigerdotter', 'svigerdottera'].map(
    (word) => [word, { kind: 'daughter-in-law' }] as const,
  ),
  ...['svigersønn', 'svigersønnen', 'svigerson', 'svigersonen'].map(
    (word) => [word, { kind: 'son-in-law' }] as const,
  ),
  ...['svigermor', 'svigermora', 'svigermoren'].map(
    (word) => [word, { kind: 'mother-in-law' }] as const,
  ),
  ...['svigerfar', 'svigerfaren'].map((word) => [word, { kind: 'father-in-law' }] as const),
  ...['søster', 'søstera', 'søsteren', 'syster', 'systera'].map(
    (word) => [word, { kind: 'sister' }] as const,
  ),
  ...['bror', 'broren', 'brora'].map((word) => [word, { kind: 'brother' }] as const),
  // Partners are one kind: "kona" for a partner one is not married to is everyday speech.
  ...[
    'kone',
    'kona',
    'konen',
    'ektefelle',
    'ektefellen',
    'ektemann',
    'ektemannen',
    'mann',
    'mannen',
    'samboer',
    'samboeren',
    'sambuar',
    'sambuaren',
    'kjæreste',
    'kjæresten',
    'partner',
    'partneren',
  ].map((word) => [word, { kind: 'partner' }] as const),
  ...['venninne', 'venninna', 'venninnen', 'venn', 'vennen', 'venen', 'kamerat', 'kameraten'].map(
    (word) => [word, { kind: 'friend' }] as const,
  ),
  ...['tolk', 'tolken'].map((word) => [word, { kind: 'interpreter' }] as const),
  ...['nabo', 'naboen'].map((word) => [word, { kind: 'neighbour' }] as const),
]);

const companionAlternation = [...companionWords.keys()]
  .sort((first, second) => second.length - first.length)
  .join('|');

/**
 * A note sentence that says who came along ("Mor er med.", "Tolk til stede.", "Kommer sammen med
 * mormor.", "I følge med samboer."); group 1 or 2 is the companion word.
 */
const notedCompanionPattern = new RegExp(
  `^\\s*(?:(${companionAlternation})\\s+(?:er\\s+|var\\s+|er\\s+også\\s+)?(?:med|til\\s+stede|tilstede)(?:\\s+(?:under|på|i)\\s+\\p{L}+)?\\s*[.,;]?\\s*$` +
    `|(?:(?:pasienten|pas|hun|han|ho|gutten|guten|jenta|barnet)\\s+)?(?:kommer|kom|møter|møtte|fremmøtt|framm\\p{L}*)\\s+(?:hit\\s+)?(?:sammen\\s+|i\\s+lag\\s+)?med\\s+(?:sin\\s+|si\\s+|sitt\\s+)?(${companionAlternation})\\s*[.,;]?\\s*$)`,
  'iu',
);

/** The companion a note sentence names, or undefined when it names none in those words. */
export function readNotedCompanion(
  text: string,
): { readonly word: string; readonly companion: Companion } | undefined {
  const match = notedCompanionPattern.exec(text);
  const word = (match?.[1] ?? match?.[2])?.toLowerCase();
  if (word === undefined) return undefined;
  const companion = companionWords.get(word);
  return companion === undefined ? undefined : { word, companion };
}

const before = '(?<![\\p{L}])';
/** Counts of children in "mor til tre" (how many, not who came). */
const childCounts = 'en|ett|ei|eit|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|flere|fleire|mange';
const after = '(?![\\p{L}])';
/** Transcript words that place a companion in the room; group 1 is the companion word. */
const presencePatterns: readonly {
  readonly pattern: RegExp;
  /** The speakers whose words count (any when absent). */
  readonly speakers?: readonly string[];
  /** A question, which the reply may deny ("Nei, jeg er mormoren hans"). */
  readonly isAsked?: boolean;
}[] = [
  // "jeg er mormoren hennes", "eg er faren hans", "æ e morfar te Jonas" (not "jeg er mor til
  // tre", which says how many children, not who came)
  {
    pattern: new RegExp(
      `${before}(?:jeg|eg|æ|je)\\s+(?:er|e|æ|ær)\\s+(?:jo\\s+|bare\\s+|berre\\s+)?(${companionAlternation})${after}(?!\\s+(?:til|te)\\s+(?:\\d+|${childCounts})${after})`,
      'giu',
    ),
    speakers: ['pårørende', 'ukjent'],
  },
  // the clinician asking: "og du er mora hennes?", "du e morfaren?" (unless the reply says no or
  // names somebody else: "Nei, jeg er mormoren hans")
  {
    pattern: new RegExp(
      `${before}(?:du|dokker|dere)\\s+(?:er|e|æ|ær)\\s+(${companionAlternation})${after}`,
      'giu',
    ),
    speakers: ['lege', 'sykepleier'],
    isAsked: true,
  },
  // in the present: "venninna di er med inne", "samboeren min ble med i dag", "mormor kom med hit"
  // (not "kona var med da jeg falt", which tells of another day)
  {
    pattern: new RegExp(
      `${before}(${companionAlternation})\\s+(?:(?:min|mi|mitt|di|din|hans|hennes|hennar)\\s+)?(?:(?:er|e|æ)\\s+(?:også\\s+|og\\s+)?med|(?:ble|blei|vart|kom)\\s+(?:også\\s+|og\\s+)?med(?:\\s+(?:i\\s*dag|idag|hit|no|nå|inn|for|fordi)|\\s*$)|sitter\\s+her|sitt\\s+her|sit\\s+her)${after}`,
      'giu',
    ),
  },
  // "det er svigerdatteren min", "dette er kona mi"
  {
    pattern: new RegExp(
      `${before}(?:det|dette|detta)\\s+(?:er|e|æ)\\s+(${companionAlternation})\\s+(?:min|mi|mitt)${after}`,
      'giu',
    ),
  },
  // "du har med deg bestemor", "eg har med meg kona"
  {
    pattern: new RegExp(
      `${before}(?:har|he|tok)\\s+med\\s+(?:deg|meg|seg|dæ|mæ)\\s+(${companionAlternation})${after}`,
      'giu',
    ),
  },
  // "tolken oversetter", "via tolk" (not "vi bestiller tolk til neste gang")
  { pattern: new RegExp(`${before}(?:(tolken)|(?:via|gjennom)\\s+(tolk))${after}`, 'giu') },
];

/** The companions the transcript places in the room (see above); empty when it says none. */
export const presentCompanions = perTranscript((index: TranscriptIndex): readonly Companion[] => {
  const present: Companion[] = [];
  index.units.forEach((unit, unitIndex) => {
    const said = unit.tokens.map((token) => token.text).join(' ');
    for (const { pattern, speakers, isAsked } of presencePatterns) {
      if (speakers !== undefined && !speakers.includes(unit.speaker)) continue;
      for (const match of said.matchAll(pattern)) {
        const companion = companionWords.get((match[1] ?? match[2])?.toLowerCase() ?? '');
        if (companion === undefined) continue;
        if (isAsked === true && isDeniedInReply(companion, unitIndex, index)) continue;
        present.push(companion);
      }
    }
  });
  return present;
});

const replyNo = /^(?:nei|næ|neida|nope|ikke|ikkje|itj)$/iu;

/**
 * Whether the reply to a clinician's "du er mora hans?" opens with a no or names another companion
 * ("Nei, jeg er mormoren hans", "Eg er faren").
 */
function isDeniedInReply(asked: Companion, unitIndex: number, index: TranscriptIndex): boolean {
  const next = index.units[unitIndex + 1];
  const reply =
    index.replyTo(unitIndex) ??
    (next !== undefined && next.speaker !== index.units[unitIndex]?.speaker
      ? unitIndex + 1
      : undefined);
  const replyUnit = reply === undefined ? undefined : index.units[reply];
  if (replyUnit === undefined) return false;
  if (replyNo.test(replyUnit.tokens[0]?.text ?? '')) return true;
  return replyUnit.tokens.some((token) => {
    const named = companionWords.get(token.text.toLowerCase());
    return named !== undefined && !isCompatible(asked, named);
  });
}

function isCompatible(noted: Companion, present: Companion): boolean {
  if (noted.kind !== present.kind) return false;
  return noted.line === undefined || present.line === undefined || noted.line === present.line;
}

/**
 * The companion word of a note sentence that names somebody other than the companion(s) the
 * transcript places in the room; undefined when it matches or the transcript names none.
 */
export function findWrongCompanion(text: string, index: TranscriptIndex): string | undefined {
  const noted = readNotedCompanion(text);
  if (noted === undefined) return undefined;
  const present = presentCompanions(index);
  if (present.length === 0) return undefined;
  return present.some((companion) => isCompatible(noted.companion, companion))
    ? undefined
    : noted.word;
}
