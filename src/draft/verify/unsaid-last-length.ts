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
  ['hour', /^(?:time|timer|timen|timar|timane|timene|timers|timars|t)$/u],
  ['day', /^(?:dag\p{L}*|dogn\p{L}*|doger|dogers)$/u],
  ['week', /^(?:uke\p{L}*|uka|ukan|ukes|veke\p{L}*|veka|vekka|vekko|vike|vika|helg\p{L}*)$/u],
  ['month', /^(?:maned\p{L}*|manad\p{L}*|maneda|manede|mnd)$/u],
  ['year', /^(?:ar|aret|arene|ara|ars|arsdag|halvannet|halvanna|halvtanna|halvar\p{L}*)$/u],
];

/** A number of three or more, in digits or words (folded): "tre uker" may be "siste måned". */
const severalWord =
  /^(?:[3-9]|[1-9]\d+|tre|fire|fem|seks|sju|syv|atte|ni|ti|elleve|tolv|fjorten|femten|tjue)$/u;

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
}

function unitOfSaid(folded: string): LengthUnit | undefined {
  for (const [unit, form] of saidUnitForms) if (form.test(folded)) return unit;
  return undefined;
}

const saidUnitsOf = perTranscript((index: TranscriptIndex): SaidUnits => {
  const any = new Set<LengthUnit>();
  const several = new Set<LengthUnit>();
  let nearDay = false;
  for (const unit of index.units)
    unit.tokens.forEach((token, position) => {
      if (nearDayWords.has(token.folded)) nearDay = true;
      const said = unitOfSaid(token.folded);
      if (said === undefined) return;
      any.add(said);
      const before = unit.tokens[position - 1]?.folded ?? '';
      if (severalWord.test(before)) several.add(said);
    });
  return { any, several, nearDay };
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
      return said.several.has('week');
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
