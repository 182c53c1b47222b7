import type { SentenceFlag } from '../../core/index.js';
import type { WordToken } from '../language/fold.js';
import { perTranscript } from './per-transcript.js';
import { type SentenceCheckDefinition, flag } from './sentence-context.js';
import type { TranscriptIndex } from './transcript-index.js';

/** The lengths of time a note gives as "the last one" ("siste uke", "den siste måneden"). */
type LengthUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** "siste", in bokmål, nynorsk and dialect (folded); not "sist", which names a point in time ("sist uke"). */
const lastWords = new Set(['siste', 'sista', 'seinaste', 'seneste']);

/** A unit word right after "siste" (folded; "ukå" folds to "uka"). */
const unitAfterLast: Readonly<Record<string, LengthUnit>> = {
  time: 'hour',
  timen: 'hour',
  timane: 'hour',
  timene: 'hour',
  dogn: 'day',
  dognet: 'day',
  dognene: 'day',
  dogna: 'day',
  uke: 'week',
  uka: 'week',
  uken: 'week',
  ukene: 'week',
  veke: 'week',
  veka: 'week',
  vekene: 'week',
  vekone: 'week',
  maned: 'month',
  maneden: 'month',
  manedene: 'month',
  manad: 'month',
  manaden: 'month',
  manadene: 'month',
  ar: 'year',
  aret: 'year',
  arene: 'year',
};

/** Any word of a unit, in a transcript (folded): how a length in that unit may be said. */
const saidUnitForms: readonly (readonly [LengthUnit, RegExp])[] = [
  // ("for en halvtime siden", "siden klokka ti": a length in hours.)
  [
    'hour',
    /^(?:time|timer|timen|timar|timane|timene|timers|timars|t|halvtime\p{L}*|klokka|klokken|kl)$/u,
  ],
  ['day', /^(?:dag\p{L}*|dogn\p{L}*|doger|dogers)$/u],
  ['week', /^(?:uke\p{L}*|uka|ukan|ukes|veke\p{L}*|veka|vekka|vekko|vike|vika|helg\p{L}*)$/u],
  ['month', /^(?:maned\p{L}*|manad\p{L}*|maneda|manede|mnd)$/u],
  ['year', /^(?:ar|aret|arene|ara|ars|arsdag|halvannet|halvanna|halvtanna|halvar\p{L}*)$/u],
];

/** A number of three or more, in digits or words (folded): "tre uker" may be "siste måned". */
const severalWord =
  /^(?:[3-9]|[1-9]\d+|tre|fire|fem|seks|sju|syv|atte|ni|ti|elleve|tolv|fjorten|femten|tjue)$/u;

/** A number of days a clinician may round to a month ("30 dager", "tjue dagar"). */
const monthOfDaysWord =
  /^(?:[2-9]\d|[1-9]\d{2,}|tjue\p{L}*|tretti\p{L}*|tredve\p{L}*|førti\p{L}*|forti\p{L}*)$/u;

/** The last number of a range ("tre-fire", "3-4"): the longer end. */
function lastOfRange(folded: string): string {
  const parts = folded.split(/[-–]/u);
  return parts[parts.length - 1] ?? folded;
}

/** "siden", "sidan": a length from a point in time, in any unit. */
const sinceWords = new Set(['siden', 'sidan', 'sia', 'sian']);

/** Plural unit words ("de siste månedene"): several of the unit, no one length. */
const pluralUnitWords = new Set([
  'timane',
  'timene',
  'dognene',
  'dogna',
  'ukene',
  'vekene',
  'vekone',
  'manedene',
  'manadene',
  'arene',
]);

/** Month names (folded): "siste uke i januar" is a date, not a length. */
const monthNames = new Set(
  'januar februar mars april mai juni juli august september oktober november desember'.split(' '),
);

/** Nouns that make "siste time" an appointment ("siste time hos fysioterapeut"). */
const appointmentAfter = new Set(['hos', 'pa', 'til', 'med']);

/** Words that name a day near the consultation ("i går", "i natt"): within the last day. */
const nearDayWords = new Set([
  'gar',
  'igar',
  'gjar',
  'natt',
  'inatt',
  'morges',
  'marres',
  'kveld',
  'kveil',
  'kvell',
  'forgars',
  'idag',
]);

/** The units a transcript says lengths in, and those said with a number of three or more. */
interface SaidUnits {
  readonly any: ReadonlySet<LengthUnit>;
  readonly several: ReadonlySet<LengthUnit>;
  readonly nearDay: boolean;
  readonly monthOfDays: boolean;
  readonly since: boolean;
}

function unitOfSaid(folded: string): LengthUnit | undefined {
  for (const [unit, form] of saidUnitForms) if (form.test(folded)) return unit;
  return undefined;
}

const saidUnitsOf = perTranscript((index: TranscriptIndex): SaidUnits => {
  const any = new Set<LengthUnit>();
  const several = new Set<LengthUnit>();
  let nearDay = false;
  let monthOfDays = false;
  let since = false;
  for (const unit of index.units)
    unit.tokens.forEach((token, position) => {
      if (nearDayWords.has(token.folded)) nearDay = true;
      if (sinceWords.has(token.folded)) since = true;
      const said = unitOfSaid(token.folded);
      if (said === undefined) return;
      any.add(said);
      const before = lastOfRange(unit.tokens[position - 1]?.folded ?? '');
      if (severalWord.test(before)) several.add(said);
      if (said === 'day' && monthOfDaysWord.test(before)) monthOfDays = true;
    });
  return { any, several, nearDay, monthOfDays, since };
});

/** Whether the transcript says a length a clinician may write as "the last <unit>". */
function isSaidAs(unit: LengthUnit, said: SaidUnits): boolean {
  if (said.any.has(unit)) return true;
  switch (unit) {
    case 'hour':
      return said.any.has('day') || said.nearDay;
    case 'day':
      return said.any.has('hour') || said.nearDay;
    case 'week':
      return said.several.has('day');
    case 'month':
      return said.several.has('week') || said.monthOfDays;
    case 'year':
      return said.several.has('month');
  }
}

/**
 * "Siste måned", "den siste uka": a length of one unit the note gives without a number, where the
 * conversation never says a length in that unit, nor one a clinician could round to it ("fire
 * uker" is the last month, "fem dager" the last week, "i går" the last day): the words, or
 * undefined.
 */
export function findUnsaidLastLength(
  tokens: readonly WordToken[],
  index: TranscriptIndex,
): string | undefined {
  for (let position = 0; position < tokens.length - 1; position += 1) {
    if (!lastWords.has(tokens[position]?.folded ?? '')) continue;
    const next = tokens[position + 1];
    const unit = next === undefined ? undefined : unitAfterLast[next.folded];
    if (unit === undefined || next === undefined) continue;
    // "siste uke i januar", "siste time hos fysioterapeut i mai": a date or an appointment.
    const after = tokens.slice(position + 2, position + 6).map((token) => token.folded);
    if (after.some((word) => monthNames.has(word))) continue;
    if (unit === 'hour' && appointmentAfter.has(after[0] ?? '')) continue;
    // "de siste månedene" after "siden sommeren": several of the unit, from a point in time.
    if (pluralUnitWords.has(next.folded) && saidUnitsOf(index).since) continue;
    if (!isSaidAs(unit, saidUnitsOf(index))) return `${tokens[position]?.text ?? ''} ${next.text}`;
  }
  return undefined;
}

/** A length "siste <unit>" in a unit the conversation never used. */
export const unsaidLastLengthCheck: SentenceCheckDefinition = {
  name: 'unsaidLastLength',
  cue: (folded) => lastWords.has(folded),
  check(sentence): readonly SentenceFlag[] {
    const words = findUnsaidLastLength(sentence.tokens, sentence.index);
    return words === undefined
      ? []
      : [
          flag(
            'number-conflict',
            'warning',
            `«${words}» stemmer ikke med samtalen, som ikke nevner en varighet i den enheten. Kontroller varigheten.`,
          ),
        ];
  },
};
