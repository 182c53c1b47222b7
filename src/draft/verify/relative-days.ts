import type { WordToken } from '../language/fold.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/** A point in time named relative to the consultation ("i går", "i forgårs", "forrige uke"). */
type RelativeDay =
  | 'yesterday'
  | 'day-before-yesterday'
  | 'last-night'
  | 'this-morning'
  | 'this-afternoon'
  | 'this-evening'
  | 'last-week'
  | 'last-year'
  | 'tomorrow';

/**
 * How each is written or said, on folded words joined by single spaces (å → a, ø → o), in
 * bokmål, nynorsk and dialect ("i gjår", "i førgårs", "førre veke", "i mårrest", "i mårå").
 * "siste uke" is a length of time, not last week, and is left out.
 */
const relativeDayForms: readonly (readonly [RelativeDay, RegExp])[] = [
  ['day-before-yesterday', /(?:^| )(?:i )?(?:forgar|forgaar|forigar|forrigar|forrgar)s?(?= |$)/u],
  ['yesterday', /(?:^| )(?:i (?:gar|gaar|gjar|jar)|igar|igaar)(?= |$)|(?:^| )igarkveld(?= |$)/u],
  ['last-night', /(?:^| )(?:i natt|inatt)(?= |$)/u],
  [
    'this-morning',
    /(?:^| )i (?:morges|morgest|marres|marrest|morrest|morres|morse|mors)(?= |$)|(?:^| )i dag (?:tidlig|tidleg)(?= |$)/u,
  ],
  ['this-afternoon', /(?:^| )i (?:ettermiddag|ettermiddags|ettermidda|ettermiddagen)(?= |$)/u],
  ['this-evening', /(?:^| )i (?:kveld|kveil|kvell|kveill|kvel)(?= |$)/u],
  [
    'last-week',
    /(?:^| )(?:forrige|forige|forrie|forre|forri|sist) (?:uke|veke|vike|uka|veka|vika)(?= |$)|(?:^| )for (?:ei|en|ein|1) (?:uke|veke|vike) (?:siden|sidan|sia|sea|sea)(?= |$)/u,
  ],
  [
    'last-year',
    /(?:^| )(?:i fjor|ifjor|i fjol)(?= |$)|(?:^| )for (?:ett|eit|et|1) (?:ar) (?:siden|sidan|sia)(?= |$)/u,
  ],
  ['tomorrow', /(?:^| )i (?:morgen|morgon|mara|maara|moro|morra|morrn)(?= |$)/u],
];

/** What each claim may be said as: the night is yesterday's and this morning's. */
const compatible: Readonly<Record<RelativeDay, readonly RelativeDay[]>> = {
  yesterday: ['yesterday', 'last-night'],
  'day-before-yesterday': ['day-before-yesterday'],
  'last-night': ['last-night', 'yesterday', 'this-morning'],
  'this-morning': ['this-morning', 'last-night'],
  'this-afternoon': ['this-afternoon'],
  'this-evening': ['this-evening', 'last-night'],
  'last-week': ['last-week'],
  'last-year': ['last-year'],
  tomorrow: ['tomorrow'],
};

/** Days a weekday may stand for: with a weekday said, "i går" may be the note's reckoning. */
const reckonedFromWeekday = new Set<RelativeDay>([
  'yesterday',
  'day-before-yesterday',
  'last-week',
]);
/**
 * (A plural, "på fredager", "mandagane", is a habit, not a day to reckon from; a compound,
 * "lørdagskvelden", "søndagsmorgen", is a day.)
 */
const weekdayWord =
  /(?:^| )(?:mandag|mondag|tirsdag|tysdag|tisdag|onsdag|torsdag|fredag|lordag|laurdag|sondag|sundag)(?!(?:er|ar|ane|ene)(?= |$))\p{L}*(?= |$)/u;

function relativeDaysIn(folded: string): Set<RelativeDay> {
  const found = new Set<RelativeDay>();
  for (const [day, form] of relativeDayForms) if (form.test(folded)) found.add(day);
  return found;
}

/**
 * The first words of every form of {@link relativeDayForms} (each form starts a word): words
 * without one of them name no relative day, and are done without a pattern.
 */
const relativeDayOpeners = new Set([
  'i',
  'igar',
  'igaar',
  'igarkveld',
  'inatt',
  'ifjor',
  'for',
  'sist',
  ...['forgar', 'forgaar', 'forigar', 'forrigar', 'forrgar'].flatMap((word) => [word, `${word}s`]),
  ...['forrige', 'forige', 'forrie', 'forre', 'forri'],
]);

/**
 * The note words without one of which {@link findUnsaidRelativeDay} finds nothing (the first word
 * of a relative day's form): its check's cue.
 */
export function isRelativeDayOpener(folded: string): boolean {
  return relativeDayOpeners.has(folded);
}

/** {@link relativeDaysIn} of a sentence's words. */
function relativeDaysOfTokens(tokens: readonly WordToken[]): Set<RelativeDay> {
  if (!tokens.some((token) => relativeDayOpeners.has(token.folded))) return new Set();
  return relativeDaysIn(tokens.map((token) => token.folded).join(' '));
}

const saidByIndex = new WeakMap<
  TranscriptIndex,
  { days: ReadonlySet<RelativeDay>; weekday: boolean }
>();

function saidIn(index: TranscriptIndex): { days: ReadonlySet<RelativeDay>; weekday: boolean } {
  const known = saidByIndex.get(index);
  if (known !== undefined) return known;
  // (One test per form over every unit: units joined by a line break, which no form crosses.)
  const folded = index.units
    .map((unit) => unit.tokens.map((token) => token.folded).join(' '))
    .join(' \n ');
  const said = { days: relativeDaysIn(folded), weekday: weekdayWord.test(folded) };
  saidByIndex.set(index, said);
  return said;
}

/** How a clinician reads each (the flag names what the note wrote). */
const labels: Readonly<Record<RelativeDay, string>> = {
  yesterday: 'i går',
  'day-before-yesterday': 'i forgårs',
  'last-night': 'i natt',
  'this-morning': 'i morges',
  'this-afternoon': 'i ettermiddag',
  'this-evening': 'i kveld',
  'last-week': 'forrige uke',
  'last-year': 'i fjor',
  tomorrow: 'i morgen',
};

/**
 * A day the sentence names relative to the consultation ("siden i går kveld", "forrige uke",
 * "i forgårs") that the conversation never said in any form it may stand for (issue 11: a date
 * shifted). Yesterday, the day before and last week are left alone when a weekday was said (the
 * note may have reckoned them from it). Returns how a clinician reads the day, or undefined.
 */
export function findUnsaidRelativeDay(
  tokens: readonly WordToken[],
  index: TranscriptIndex,
  text?: string,
): string | undefined {
  const claimed = relativeDaysOfTokens(tokens);
  if (claimed.size === 0) return undefined;
  const said = saidIn(index);
  for (const day of claimed) {
    if (compatible[day].some((other) => said.days.has(other))) continue;
    if (
      said.weekday &&
      reckonedFromWeekday.has(day) &&
      (text === undefined || !isSaidAsOtherDay(day, clauseAnchors(text, tokens), index))
    )
      continue;
    return labels[day];
  }
  return undefined;
}

/** Words that tie a clause to nothing in particular. */
const anchorStopWords = new Set(['siden', 'sidan', 'etter', 'forst', 'ganger', 'gonger', 'dager']);

/** The first five letters of the words of five letters or more in the clause naming a relative day. */
function clauseAnchors(text: string, tokens: readonly WordToken[]): Set<string> {
  let clause = 0;
  const clauses = tokens.map((token, tokenIndex) => {
    const previous = tokens[tokenIndex - 1];
    if (previous !== undefined && /[,;]/.test(text.slice(previous.end, token.start))) clause += 1;
    return clause;
  });
  const opener = tokens.findIndex(
    (token, tokenIndex) =>
      relativeDayOpeners.has(token.folded) &&
      relativeDaysIn(
        tokens
          .slice(tokenIndex, tokenIndex + 4)
          .map((word) => word.folded)
          .join(' '),
      ).size > 0,
  );
  const anchors = new Set<string>();
  tokens.forEach((token, tokenIndex) => {
    if (clauses[tokenIndex] !== clauses[opener] || token.folded.length < 5) return;
    if (anchorStopWords.has(token.folded) || relativeDayOpeners.has(token.folded)) return;
    if (weekdayWord.test(token.folded)) return;
    anchors.add(token.folded.slice(0, 5));
  });
  return anchors;
}

/** A question asking when ("Når begynte hosten?", "Kva dag fekk du feber?", "kor tid …"). */
function asksWhen(unit: TranscriptUnit): boolean {
  const words = unit.tokens.map((token) => token.folded);
  return words.some(
    (word, at) =>
      word === 'nar' ||
      word === 'naar' ||
      ((word === 'kor' || word === 'ka') && words[at + 1] === 'tid') ||
      ((word === 'hvilken' || word === 'kva' || word === 'hvilke' || word === 'ka') &&
        words[at + 1] === 'dag'),
  );
}

/** Words that start a new clause inside a spoken sentence. */
const clauseJoiners = new Set(['og', 'men', 'sa', 'so']);

/**
 * True when the conversation said when the same thing happened (a clause sharing a word with the
 * sentence's clause) as another relative day and named no weekday there ("og i går fikk jeg
 * feber" → "feber siden i forgårs"): then the note did not reckon the day from a weekday.
 */
function isSaidAsOtherDay(
  day: RelativeDay,
  anchors: ReadonlySet<string>,
  index: TranscriptIndex,
): boolean {
  if (anchors.size === 0) return false;
  let saidOther = false;
  for (const [unitIndex, unit] of index.units.entries()) {
    // ("Når begynte hosten?" "På lørdag.": the weekday answers a turn naming the same thing.)
    const answer = index.units[unitIndex + 1];
    if (
      answer !== undefined &&
      asksWhen(unit) &&
      weekdayWord.test(answer.tokens.map((token) => token.folded).join(' ')) &&
      unit.tokens.some((token) => token.folded.length >= 5 && anchors.has(token.folded.slice(0, 5)))
    )
      return false;
    let clause: string[] = [];
    const clausesOfUnit: string[][] = [clause];
    for (const token of unit.tokens) {
      if (clauseJoiners.has(token.folded)) {
        clause = [];
        clausesOfUnit.push(clause);
      } else clause.push(token.folded);
    }
    for (const words of clausesOfUnit) {
      if (!words.some((word) => word.length >= 5 && anchors.has(word.slice(0, 5)))) continue;
      const joined = words.join(' ');
      const days = relativeDaysIn(joined);
      if (weekdayWord.test(joined)) return false;
      if (days.size === 0) continue;
      if (compatible[day].some((other) => days.has(other))) return false;
      saidOther = true;
    }
  }
  return saidOther;
}

/** Parts of the day a complaint is tied to in a note ("verst om morgenen", "vekker henne om natten"). */
const partOfDayClaims: readonly (readonly [RegExp, string, RegExp])[] = [
  [
    /(?:^| )(?:om|pa) (?:morgenen|morgonen)(?= |$)/u,
    'om morgenen',
    /^(?:morgen|morgon|marra|mara|morran|marran|morra|morgo|formiddag)\p{L}*$|^morges|^marres/u,
  ],
  [
    /(?:^| )(?:om|pa) (?:natten|natta)(?= |$)|(?:^| )nattlig\p{L}*/u,
    'om natten',
    /^(?:natt|natta|natten|nettene|netter|nattestid|nat|natte)\p{L}*$/u,
  ],
  [
    /(?:^| )(?:om|pa) (?:kvelden|kvelda|kveldene)(?= |$)/u,
    'om kvelden',
    /^(?:kveld|kvel|kveil|kvell|kveld|kvold)\p{L}*$/u,
  ],
  [
    /(?:^| )(?:om|pa) (?:ettermiddagen|ettermiddagene)(?= |$)/u,
    'på ettermiddagen',
    /^ettermidda\p{L}*$/u,
  ],
];

/**
 * The note words without one of which {@link findUnsaidPartOfDay} finds nothing: the first word of
 * a form of `partOfDayClaims` ("om", "på", "nattlig…"). Its check's cue.
 */
export function isPartOfDayOpener(folded: string): boolean {
  return folded === 'om' || folded === 'pa' || folded.startsWith('nattlig');
}

/** True when the turn after a question opens with a plain yes ("Ja", "Jo", "Ja, det er det"). */
function isAnsweredYes(index: TranscriptIndex, unitIndex: number): boolean {
  const question = index.units[unitIndex];
  const reply = index.units.find(
    (unit, candidate) => candidate > unitIndex && unit.segment !== question?.segment,
  );
  return (
    reply !== undefined &&
    /^(?:ja|jo|jau|jepp|joda|jada|ja da|absolutt)$/u.test(reply.tokens[0]?.folded ?? '')
  );
}

/** The parts of the day the conversation named, read once per transcript. */
const partsOfDaySaid = perTranscript((index) =>
  partOfDayClaims.filter(([, , said]) =>
    // (A question names the parts it asks about; the answer says which: "morgenen eller kvelden?")
    index.units.some(
      (unit, unitIndex) =>
        unit.tokens.some((token) => said.test(token.folded)) &&
        (!unit.isQuestion || isAnsweredYes(index, unitIndex)),
    ),
  ),
);

/**
 * A part of the day the sentence ties a complaint to ("verst om morgenen") that the conversation
 * never named in any form, while it named another (issue 11: a time shifted); a part named only
 * in a question counts when the answer is yes. Sentences with a drug ("morgen og kveld" is a dose
 * time, left to the frequency check) or a denial are left alone. Returns the claimed
 * part as a clinician reads it, or undefined.
 */
export function findUnsaidPartOfDay(
  tokens: readonly WordToken[],
  index: TranscriptIndex,
  /** A drug or a denial in the sentence: the time is a dose time or denied, left alone. */
  leaveAlone: boolean,
): string | undefined {
  if (leaveAlone) return undefined;
  const folded = tokens.map((token) => token.folded).join(' ');
  const claimed = partOfDayClaims.filter(([form]) => form.test(folded));
  if (claimed.length === 0) return undefined;
  const saidParts = partsOfDaySaid(index);
  if (saidParts.length === 0) return undefined;
  const unsaid = claimed.find((part) => !saidParts.includes(part));
  return unsaid?.[1];
}
