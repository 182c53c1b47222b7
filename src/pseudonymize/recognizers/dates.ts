import {
  monthAbbreviations,
  monthNames,
  numericDatePattern,
  parseDate,
  parseSpokenYear,
  readSpokenDate,
  readSpokenYear,
  textualDatePattern,
} from '../date-format.js';
import { weekdayWords } from '../../language/index.js';
import { cardinalOf, ordinalOf, wordClass, wordPredicate } from '../word-record.js';
import { textAt, lowerAt, tokenAt, tokenize, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

/** Month names, their abbreviations and weekdays (also "fredagen"): where dates may start. */
const monthOrWeekday = new Set<string>([
  ...monthNames,
  ...Object.keys(monthAbbreviations),
  ...weekdayWords,
  ...weekdayWords.map((day) => `${day}en`),
]);
const isMonthOrWeekday = wordClass(monthOrWeekday);

/**
 * Stretches of text worth running the date patterns on: around month and weekday names, and
 * around digits joined by "." "/" "-". The patterns then run on a few dozen characters instead
 * of the whole text (they start with look-behinds, which defeat V8's fast scanning).
 */
function dateWindows(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) continue;
    let from = -1;
    let to = -1;
    if (token.kind === 'word' && isMonthOrWeekday(token)) {
      from = tokenAt(tokens, Math.max(0, index - 5))?.start ?? 0;
      to = tokenAt(tokens, Math.min(tokens.length - 1, index + 5))?.end ?? text.length;
    } else if (token.kind === 'number' && token.text.length <= 4) {
      const next = tokenAt(tokens, index + 1);
      if (
        next !== undefined &&
        next.start === token.end &&
        (next.text === '.' || next.text === '/' || next.text === '-') &&
        tokenAt(tokens, index + 2)?.kind === 'number'
      ) {
        from = Math.max(0, token.start - 2);
        to = tokenAt(tokens, Math.min(tokens.length - 1, index + 5))?.end ?? text.length;
      }
    }
    if (from < 0) continue;
    // Widen by a few characters so look-behinds and look-aheads see their context.
    from = Math.max(0, from - 2);
    to = Math.min(text.length, to + 2);
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

const fractions = new Set(['1/2', '1/3', '2/3', '1/4', '3/4', '1/5', '1/8']);
const unitAfter =
  /^\s{0,2}(?:mg|g|kg|kilo|ml|l|mmol|mikrogram|µg|mcg|cm|mm|grader|prosent|%|enheter|ie|timer|min|kr|tabletter|tablett)(?![\p{L}])/iu;
const scoreBefore = /(?:vas|nrs|apgar|smerte|smerter|score|skår|poeng|\d\/10)\b[^.\n]{0,30}$/iu;
/** A booking word right before a day/month: "kontroll 6/10", "ny time 2/10", "neste timen 8/10". */
const bookingWordBefore =
  /(?:^|[^\p{L}])(?:kontroll|kontrollen|time|timen|timeavtale|oppfølging|oppfølgingstime)\s{1,2}$/iu;
/** A clinical event word right before a short day/month: "innlagt 3/4", "operert 1/2", "født 1/4". */
const clinicalEventBefore =
  /(?:^|[^\p{L}])(?:innlagt|innlagd|utskrevet|utskriven|operert|henvist|tilvist|sett|undersøkt|død|døde|født|fødd)\s{1,2}$/iu;
const timeBefore = /(?:kl|klokka|klokken|kl\.)\s{0,2}$/iu;
/** Admission and visit words right before a day and month: "innlagt 6/10" is a date, not a score. */
const visitWordBefore =
  /(?:^|[^\p{L}])(?:innlagt|innlagd|innlegges|utskrevet|utskriven|utskrives|operert|besøk|konsultasjon|den)\s{1,2}$/iu;

/**
 * "innlagt 4/10 og 6/10": a day and month joined by "og", "eller" or a comma to a date found just
 * before it in `out` is a date too ("VAS 4/10 og 6/10" stays a score: its first part is none).
 */
function isJoinedToDate(text: string, out: readonly Candidate[], start: number): boolean {
  return out.some(
    (date) =>
      date.type === 'DATE' &&
      date.end <= start &&
      date.end >= start - 12 &&
      /^\s{0,2}(?:,|og|eller)\s{1,2}$/u.test(text.slice(date.end, start)),
  );
}
/**
 * `before` (the text that ends at `start`) with the dates already found blanked out, so an earlier
 * date does not read as a score cue: "innlagt over 3/10 og skrevet ut 5/10" is two dates, while
 * "VAS 3/10 og 5/10 i dag" still has its score word.
 */
function withDatesBlanked(before: string, out: readonly Candidate[], start: number): string {
  const from = start - before.length;
  let blanked = before;
  for (const date of out) {
    if (date.type !== 'DATE' || date.end > start || date.end <= from) continue;
    const left = Math.max(date.start, from) - from;
    const right = date.end - from;
    blanked = blanked.slice(0, left) + ' '.repeat(right - left) + blanked.slice(right);
  }
  return blanked;
}
/** A side or limb after an earlier member of a score list ("4/5 i venstre arm, 5/5 høyre"). */
const scoreSide = String.raw`(?:(?:i|på)\s{1,2})?(?:høyre|venstre|hø\.?|ve\.?|bilateralt|distalt|proksimalt)(?:\s{1,2}(?:arm|armen|ben|benet|bein|beinet|side|hånd|fot|øye|øyet|overekstremitet|underekstremitet))?`;
/**
 * A clinical score or criteria count named right before a slash ("Centor 4/4", "Centor-kriteriene
 * 3/4:", "GCS 14/15", "PHQ-9 14/27", "MMSE: 26/30", "visus uten korreksjon 6/12"), muscle strength on
 * the 0–5 scale ("kraft 4/5", "grad 3/5"), or a later member of its list when each earlier member
 * names a side ("Kraft 4/5 i venstre arm, 5/5 høyre"): the slash reads as "out of", not as a day
 * and month. Any other word in between ("MMSE 26/30, kontroll 6/11") leaves the date.
 */
const namedScoreBefore = new RegExp(
  String.raw`(?:centor|mcisaac|kriteri\p{L}*|gcs|wells|crb|curb|westley|mallampati|nihss|mmse|phq|gad|madrs|score|skår|poeng|apgar|vas|nrs|\p{L}*kraft|styrke|mrc|grad|visus|klokketest|moca|turnus|rotasjon|arbeidsordning)(?![\p{L}\d])` +
    String.raw`(?:-[\p{L}\d]{1,4})?(?:\s{1,2}(?:uten|med)\s{1,2}korreksjon|\s{1,2}${scoreSide})?` +
    String.raw`\s{0,2}(?:[:=]|på|med|var|er|ble|lik)?\s{0,2}` +
    String.raw`(?:\d{1,3}\/\d{1,3}\s{1,2}${scoreSide}\s{0,2}(?:,|og|eller)\s{1,2}){0,4}$`,
  'iu',
);
/**
 * A screening questionnaire named right before its score ("CAGE 2/4", "AUDIT-C 5/12", "CAGE:
 * 1/4"): only a colon may stand between, so "CAGE negativ, kontroll 5/12" keeps its date. The
 * name is written in capitals: the word "Audit" ("Audit 5/12 gjennomført") is no questionnaire,
 * but "Audit-C" with its hyphenated C is, in any case.
 */
const questionnaireRightBefore =
  /(?<![\p{L}\d])(?:CAGE|AUDIT(?:-C)?|[Aa]udit-[Cc]|DUDIT|EPDS)\s{0,2}:?\s{0,2}$/u;
/**
 * A list of "a/b" members joined by commas and "og"/"eller" ("26/30, 4/5 og 6/10"). A member
 * stands alone: the "5/24" inside the date "1/5/24" is no member.
 */
const shareListBefore =
  /(?:(?<![\d/])\d{1,3}\/\d{1,3}(?![\d/])\s{0,2}(?:,|og|eller)\s{1,2}){1,4}$/u;
const shareListAfter = /^(?:\s{0,2}(?:,|og|eller)\s{1,2}(?<![\d/])\d{1,3}\/\d{1,3}(?![\d/])){1,4}/u;

/**
 * Words that say the shares in a sentence are scores: a score word ("poeng", "skårene",
 * "totalscore") or a scale named as written, in capitals where it has them (the word "Audit" or
 * "cage" is no questionnaire).
 */
const scoreWordInSentence =
  /(?<![\p{L}])(?:\p{L}*skår(?:e|en|ene|er|ing|ingen)?|\p{L}*score(?:n|ne|r)?|scoret|poeng\p{L}*)(?![\p{L}])/iu;
const scaleNameInSentence =
  /(?<![\p{L}\d])(?:MMSE|MoCA|CAGE|AUDIT(?:-C)?|DUDIT|EPDS|PHQ(?:-?9)?|GAD(?:-?7)?|MADRS|GCS|NIHSS|SPPB|Barthel\p{L}*|Apgar|Centor|VAS|NRS)(?![\p{L}])/u;

/** True when the sentence around `start`–`end` in `text` names a score or a scale. */
function isScoreSentence(text: string, start: number, end: number): boolean {
  const sentence = `${/[^.!?\n]*$/u.exec(text.slice(Math.max(0, start - 120), start))?.[0] ?? ''} ${
    /^[^.!?\n]*/u.exec(text.slice(end, end + 120))?.[0] ?? ''
  }`;
  return scoreWordInSentence.test(sentence) || scaleNameInSentence.test(sentence);
}

/**
 * "26/30, 4/5 og 6/10 poeng", "Skårene var 4/5 og 18/20": a coordinated list ("og"/"eller" in
 * it) of shares, one of which no date can be (a month over 12 or a day over 31), in a sentence
 * that names a score or a scale, is a list of scores out of their maximum. Joined by a comma only
 * ("Time 4/5, 26/30 i MMSE"), or with no score named ("Time 3/5 og 12/15"), the date stays.
 */
function isInScoreList(before: string, after: string): boolean {
  const list = `${shareListBefore.exec(before)?.[0] ?? ''} ${shareListAfter.exec(after)?.[0] ?? ''}`;
  if (!/\b(?:og|eller)\b/u.test(list)) return false;
  for (const member of list.matchAll(/(\d{1,3})\/(\d{1,3})/gu)) {
    const counted = Number(member[1]);
    const maximum = Number(member[2]);
    if (counted <= maximum && (maximum > 12 || counted > 31)) return true;
  }
  return false;
}

/** Words right after "a/b" that make it a share or a count ("4/5 av pasientene", "5/7 netter"). */
const shareAfter =
  /^\s{1,2}(?:av\s{1,2}(?:\p{L}+ene|dosen|dem|de|alle|disse)|pasienter|personer|kriterier|kriteriene|netter|netters|dager|døgn|uker|tenner|ganger|poeng|spørsmål|tilfeller|tilfellene|prøver|prøvene|barn|voksne|kvinner|menn|deltakere)(?![\p{L}])/iu;

/**
 * A bound word right before "n/10": "grønt under 3/10", "rødt over 5/10", "smertene opp mot 8/10".
 * Alone it says nothing ("innlagt over 3/10", "operert under 14/10-oppholdet" are dates), so the
 * score reading needs a score word a few words earlier in the same sentence (`scoreWord`).
 * "inntil" is left out: "sykmeldt inntil 12/10" is a date.
 */
const scoreBound =
  /(?:^|[^\p{L}])(?:under|over|opp\s{1,2}mot|ned\s{1,2}mot|maks|maksimalt|høyst|minst|mindre\s{1,2}enn|mer\s{1,2}enn)\s{1,2}$/iu;
/** A scoring verb and its preposition right before "n/10": "scoret på 4/10", "skårer til 6/10". */
const scoredAtBefore =
  /(?:^|[^\p{L}])(?:scoret|skåret|scorer|skårer|scores|skåres|skårar|skåra)\s{1,2}(?:på|til)\s{1,2}$/iu;
/** Words that name a score or a level: "smertene", "VAS", "NRS", "skåren", "grønt", "nivå". */
const scoreWord =
  /^(?:smerte|smerter|smertene|smerten|smertenivå\p{L}*|smerteintensitet\p{L}*|smerteskår\p{L}*|vas|nrs|skår|skåre|skåren|skårer|skåret|score|scoren|scorer|scoret|scores|grønt|gult|rødt|nivå|nivået|nivåer|intensitet|intensiteten)$/iu;
/** How many words back from the bound word a score word may stand. */
const scoreWordReach = 8;
/**
 * Event and period words between the score word and the bound word make the bound a date's
 * ("smerter i magen, men innlagt over 3/10", "sykmeldt til under 12/10").
 */
const dateEventWord =
  /^(?:innlagt|innlagd|innlegges|utskrevet|utskriven|utskrives|operert|henvist|tilvist|undersøkt|født|fødd|død|døde|sykmeldt|sykemeldt|sykmelding\p{L}*|sykemelding\p{L}*|permisjon|ferie|ventetid|frist|kontroll|time|timen|oppholdet|reiser|reist)$/iu;

/**
 * True when `before` ends in a score bound: a scoring verb ("scoret på "), or a bound word
 * ("under ", "over ") with a score word at most `scoreWordReach` words before it in the same
 * sentence and no event word between them ("smertene er under ", "rødt over ", "Smerter i hvile
 * 1/10, ved trappegang opp mot ", "smerter i nedre del av magen, han sier under ").
 */
function isScoreBoundBefore(before: string): boolean {
  if (scoredAtBefore.test(before)) return true;
  const bound = scoreBound.exec(before);
  if (bound === null) return false;
  const lead = before.slice(0, bound.index + 1);
  const sentence = lead.slice(
    Math.max(
      lead.lastIndexOf('.'),
      lead.lastIndexOf('!'),
      lead.lastIndexOf('?'),
      lead.lastIndexOf('\n'),
    ) + 1,
  );
  const words = sentence.split(/[^\p{L}\d/]+/u).filter((word) => word !== '');
  const near = words.slice(-scoreWordReach);
  const last = near.findLastIndex((word) => scoreWord.test(word));
  return last >= 0 && !near.slice(last + 1).some((word) => dateEventWord.test(word));
}

/** Words around "24/7" that make it "around the clock". */
const roundTheClock =
  /(?:tilsyn|tilsynet|åpen|åpent|tilgjengelig|bemanning|bemannet|døgnbemannet|døgnkontinuerlig|vakt|hjelp|oppfølging|overvåking|assistanse)/iu;

/** Apgar at one, five and ten minutes ("Apgar 8/9/10"): three scores, not a date. */
const apgarTriple = /^(?:10|\d)\/(?:10|\d)\/(?:10|\d)$/u;
const apgarBefore = /apgar\b[^.\n]{0,20}$/iu;

/** Dates in written and spoken forms. Relative days ("i går", "lørdag") are not identifiers. */
export function recognizeDates(
  text: string,
  tokens: readonly Token[] = tokenize(text),
): Candidate[] {
  const out: Candidate[] = [];
  for (const [from, to] of dateWindows(text, tokens)) {
    const window = text.slice(from, to);
    const context = text.slice(Math.max(0, from - 40), from);
    for (const candidate of recognizeDatesIn(window, context, text, from)) {
      // A match touching a window edge may be cut short; windows are widened so this is rare.
      out.push({ ...candidate, start: candidate.start + from, end: candidate.end + from });
    }
  }
  out.push(...recognizeTokenDates(tokens));
  out.push(...recognizeSpokenDates(tokens));
  const seen = new Set<string>();
  return out.filter((candidate) => {
    const key = `${candidate.start}:${candidate.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !isGenericDayOfYear(
      text.slice(candidate.start, candidate.end),
      tokens,
      candidate.start,
      candidate.end,
    );
  });
}

const fullMonths = new Set<string>(monthNames);
const isFullMonth = wordClass(fullMonths);

/**
 * "Legevakten har ekstra bemanning 17. mai", "Stengt 24. desember hvert år": a day of the year
 * without a year, in a sentence with a frequency or opening-hours word and no person or past
 * event, is a day that comes back every year rather than the date of one person's event.
 */
function isGenericDayOfYear(
  value: string,
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  if (/\d{4}|'\d{2}/u.test(value)) return false;
  if (!/\p{L}{3}/u.test(value)) return false;
  // The first token at or after `start` (tokens are in text order), then the month within the span.
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokenAt(tokens, middle)?.start ?? Infinity) < start) low = middle + 1;
    else high = middle;
  }
  let index = -1;
  for (let at = low; at < tokens.length && (tokenAt(tokens, at)?.end ?? Infinity) <= end; at++) {
    if (fullMonths.has(lowerAt(tokens, at))) {
      index = at;
      break;
    }
  }
  if (index < 0) return false;
  const { first, last, cue } = sentenceAround(tokens, index);
  if (!cue) return false;
  for (let at = first; at <= last; at++) {
    const lower = lowerAt(tokens, at);
    if (eventWord.test(lower) || personWord.test(lower) || appointmentWord.test(lower))
      return false;
  }
  return true;
}

/** "Kontroll 3. mars, deretter årlig": the date of one person's appointment. */
const appointmentWord =
  /^(?:time|timen|timar|kontroll|kontrollen|innkalt|innkalla|avtalt|avtala|neste|planlagt|planlagd|oppmøte)$/u;

/** The sentence around `index` (at most 25 tokens each way) and whether it holds a generic cue. */
function sentenceAround(
  tokens: readonly Token[],
  index: number,
): { first: number; last: number; cue: boolean } {
  let first = index;
  let cue = false;
  for (let back = index; back >= 0 && index - back <= 25; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || (back < index && endsSentence(tokens, back))) break;
    cue ||= genericCue.test(token.lower) || isRecurringTime(tokens, back);
    first = back;
    if (startsSentence(tokens, back)) break;
  }
  let last = index;
  for (let forward = index + 1; forward < tokens.length && forward - index <= 25; forward++) {
    const token = tokenAt(tokens, forward);
    if (token === undefined || endsSentence(tokens, forward) || startsSentence(tokens, forward))
      break;
    cue ||= genericCue.test(token.lower) || isRecurringTime(tokens, forward);
    last = forward;
  }
  return { first, last, cue };
}

/**
 * "gravid i uke 31", "uke 31 av svangerskapet", "uke 31+2", "førstegangsfødende i uke 40 pluss 3":
 * a week of pregnancy, no date; nor is a week counted from an event ("uke 6 etter operasjonen").
 */
function isGestationalWeek(tokens: readonly Token[], index: number): boolean {
  // "uke 3 av 1980": a calendar week of a year.
  const year = tokenAt(tokens, index + 3);
  if (lowerAt(tokens, index + 2) === 'av' && year?.kind === 'number' && year.text.length === 4)
    return false;
  // "uke 24-kontroll", "uke 36-ultralyden": a check named by its week of pregnancy, no date.
  const number = tokenAt(tokens, index + 1);
  const dash = tokenAt(tokens, index + 2);
  const compound = tokenAt(tokens, index + 3);
  if (
    number !== undefined &&
    dash?.text === '-' &&
    dash.start === number.end &&
    compound?.kind === 'word' &&
    compound.start === dash.end
  )
    return true;
  // "Svangerskapskontroll … Neste kontroll i uke 28, deretter uke 32": a week said where the
  // text is about a pregnancy, within the last sixty tokens, is a week of pregnancy.
  if (Number(number?.text ?? '99') <= 43 && followsPregnancyWord(tokens, index)) return true;
  // Four words back, or the clause back to eight: "Termin beregnet ut fra ultralyd i uke 18".
  let clauseEnded = false;
  for (let back = index - 1; back >= 0 && index - back <= 8; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined) break;
    if (token.kind === 'punct' && /^[.!?;:]$/u.test(token.text)) clauseEnded = true;
    const near = index - back <= 4;
    if (!near && clauseEnded) break;
    const lower = token.lower;
    if (
      lower.startsWith('gravid') ||
      lower.startsWith('svanger') ||
      lower.endsWith('fødende') ||
      lower === 'termin' ||
      lower === 'terminen'
    )
      return true;
    if (!near) continue;
    // "født i uke 36", "fødsel i uke 39", "forløst i uke 41": the week of pregnancy at birth.
    if (/^(?:født|fødd|fødsel|fødselen|forløst|forløsning|keisersnitt|termin)$/u.test(lower))
      return true;
    // "SF-mål 31 cm i uke 33", "symfyse-fundus-mål i uke 30": a measurement of the pregnancy.
    if (lower === 'sf' || lower.startsWith('sf-') || lower.startsWith('symfyse')) return true;
  }
  const after = tokenAt(tokens, index + 2);
  // "uke 6 etter operasjonen", "uke 2 av behandlingen": a week counted from an event, no date.
  if (
    after?.lower === 'etter' ||
    (after?.lower === 'av' &&
      tokenAt(tokens, index + 3) !== undefined &&
      tokenAt(tokens, index + 3)?.kind === 'word')
  )
    return true;
  // "uke 40+3", "uke 40 pluss 3": weeks and days of pregnancy.
  if (
    after?.text === '+' ||
    (after?.lower === 'pluss' && tokenAt(tokens, index + 3)?.kind === 'number')
  )
    return true;
  return after?.lower === 'av' && lowerAt(tokens, index + 3).startsWith('svangerskap');
}

/**
 * Words that make a text about a pregnancy: "svangerskapskontroll", "jordmor", "2. trimester".
 * ("Termin 12.3." is left out: a due date beside a later "uke 18" appointment is a calendar week.)
 */
const pregnancyWord =
  /^(?:gravid\p{L}*|svanger\p{L}*|jordmor\p{L}*|\p{L}*fødende|trimester|trimesteret|fosterlyd\p{L}*|ctg)$/u;

/** True when a word of pregnancy stands within the sixty tokens before `index`. */
function followsPregnancyWord(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && index - back <= 60; back--) {
    const token = tokenAt(tokens, back);
    if (token?.kind === 'word' && pregnancyWord.test(token.lower)) return true;
  }
  return false;
}

/**
 * Words that make a sentence a general statement: "vaksinen tilbys vanligvis fra oktober",
 * "bjørkepollen gir plager i april og mai" (pollen comes back every year).
 */
const genericCue =
  /^(?:vanligvis|vanlig|ofte|gjerne|normalt|typisk|årlig|årlige|hvert|hver|kvar|kvart|annenhver|annethvert|annakvar|annankvar|helst|pleier|tilbys|tilbydes|tilbyr|tilbode|tilbodne|anbefales|anbefalt|anbefaler|åpningstider|åpningstid|bemanning|stengt|verst|dårligst|dårlegast|fleste|allergikere|allergikerne|topper|toppar)$|sesong|pollen$|^mørketid|^(?:man|mån|tirs|tys|ons|tors|fre|lør|laur|søn|sun)dag(?:er|ar|ene|ane)$/u;
/**
 * A sentence that opens with a generic subject ("Man bør …", "Mange får …", "Pasienter med
 * diabetes kalles inn …") states what holds for many people, not when one person's event was.
 */
const genericSubject =
  /^(?:man|mange|pasienter|pasientar|eldre|kommunen|kommuna|poliklinikken|legekontoret|kontoret|avdelingen|avdelinga|sykehjemmet|sjukeheimen)$/u;
/** Words that name one person: then a month in the sentence may date that person's event. */
const personWord =
  /^(?:han|hun|ho|hen|pasienten|pasientens|pas|pt|jeg|eg|æ|meg|min|mi|mitt|mine|hans|hennes|hennar|sønnen|dattera|datteren|dottera|sonen|mora|moren|faren|far|mor|kona|mannen|ektemannen|samboeren|sambuaren|barnet|gutten|jenta)$/u;
/** Words of a past event ("var sykmeldt fra mars til mai", "Innlagt i juni og juli"). */
const eventWord =
  /^(?:ble|blei|vart|var|hadde|fikk|fekk|siden|sidan|sist|forrige|fjor|innlagt|innlagd|operert|sykmeldt|sjukmeld|utskrevet|utskriven|henvist|tilvist|startet|starta|begynte|byrja|døde|døydde|fødte|fødde|flyttet|flytta|sluttet|slutta|diagnostisert|skadet|falt|datt|kom|reiste|tok|gikk|seponert|avsluttet|vaksinert)$/u;
/**
 * "Det er mørkt i desember, og mange blir slitne", "Neste kurs starter i september": many people
 * or a course, a school year or a service, anywhere in a sentence about no one person; also a
 * decision about a service ("Ny rutine innføres fra mars", "fra januar er vedtatt").
 */
const manyPeopleOrService =
  /^(?:mange|man|kurs|kurset|kursa|tilbudet|tilbodet|skoleåret|skuleåret|semester|semesteret|ferieavvikling|ferieavviklinga|julebord|søknadsfrist|søknadsfristen|sommerstengt|beboerne|bebuarane|brukerne|brukarane|pasientene|pasientane|studenter|studentar|elevene|elevane|ansatte|tilsette|personalet|vedtatt|vedteke|innført|innføres|innførast|rutinen|rutinene|rutina|ordningen|ordninga|vaktordningen|vaktordninga)$/u;
/** "ho har mest plager i april": a month compared with the others, so one that comes back. */
const comparingWord = /^(?:mest|minst|flest|færrest)$/u;
/** Words that join two month names into a span of months ("juli og august", "fra oktober til mars"). */
const monthJoiner = /^(?:og|til|eller|-|–|,|\/)$/u;
/** "om vinteren", "om natta": a season or a time of day that comes back, so a general statement. */
const recurringTime =
  /^(?:vinteren|vintern|sommeren|sommaren|høsten|hausten|våren|natta|natten|nettene)$/u;

/**
 * True when a month name alone stands in a general statement rather than dating an event in a
 * person's life: the same sentence holds a frequency or season word ("Pollensesongen starter i
 * februar", "topper seg ofte i januar"). A day or year with the month is found elsewhere.
 */
function isGenericMonth(tokens: readonly Token[], index: number): boolean {
  let first = index;
  for (let back = index; back >= 0 && index - back <= 25; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || (back < index && endsSentence(tokens, back))) break;
    if (genericCue.test(token.lower) || isRecurringTime(tokens, back)) return true;
    first = back;
    if (startsSentence(tokens, back)) break;
  }
  let last = index;
  for (let forward = index + 1; forward < tokens.length && forward - index <= 25; forward++) {
    const token = tokenAt(tokens, forward);
    if (token === undefined || endsSentence(tokens, forward) || startsSentence(tokens, forward))
      break;
    if (genericCue.test(token.lower) || isRecurringTime(tokens, forward)) return true;
    last = forward;
  }
  // Without a cue word the sentence is general only when it tells no past event and, unless it
  // compares months ("mest plager i april"), names no person.
  let person = false;
  let comparing = false;
  let event = false;
  for (let at = first; at <= last; at++) {
    const lower = lowerAt(tokens, at);
    event ||= eventWord.test(lower);
    person ||= personWord.test(lower);
    comparing ||= comparingWord.test(lower);
  }
  // "Vi fikk over seksti i mars", "Det kom mange i april": a count of people in the month, in a
  // sentence that names no one ("Han fylte seksti i mars" dates his birthday).
  if (event) return !person && isCountInMonth(tokens, index);
  if (comparing) return true;
  if (person) return false;
  for (let at = first; at <= last; at++) {
    if (manyPeopleOrService.test(lowerAt(tokens, at))) return true;
  }
  // "Man bør …", "Pasienter med diabetes kalles inn i mars": a generic subject opens the sentence.
  const opening = tokenAt(tokens, first);
  if (startsSentence(tokens, first) && opening !== undefined && genericSubject.test(opening.lower))
    return true;
  // "i juli og august", "fra oktober til mars", "mellom mai og oktober": a span of months.
  if (isInMonthSpan(tokens, index)) return true;
  // "Treningen er tirsdager og fredager. I juni flyttes den utendørs.": a timetable goes on.
  return followsTimetable(tokens, first);
}

/** Words of a count of people before "i <month>": "mange i mars", "fleire i april". */
const countWord = /^(?:mange|flere|fleire|færre|få|hundre|tusen|hundrevis|tusenvis|dusinvis)$/u;

/** Verbs of reaching an age: "Fylte nittito i mai" dates a birthday, whoever it is. */
const ageVerb = /^(?:fylte|fylde|fyller|fyll|rundet|runda|runder|ble|blei|vart|blir)$/u;

/**
 * "seksti i mars", "mange i mars": a count said in words right before "i" and the month (digits
 * are left alone: "Storgata 7 i mars" is a house number), without a verb of reaching an age.
 */
function isCountInMonth(tokens: readonly Token[], index: number): boolean {
  if (lowerAt(tokens, index - 1) !== 'i') return false;
  const count = tokenAt(tokens, index - 2);
  if (count?.kind !== 'word') return false;
  if (cardinalOf(count) === undefined && !countWord.test(count.lower)) return false;
  for (let back = index - 3; back >= 0 && index - back <= 12; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || endsSentence(tokens, back)) break;
    if (ageVerb.test(token.lower)) return false;
  }
  return true;
}

/** A full stop, question or exclamation mark ending a sentence (not "kl. 14", "ca. 3"). */
function endsSentence(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || token.kind !== 'punct' || !/^[.!?]$/u.test(token.text)) return false;
  if (token.text !== '.') return true;
  const next = tokenAt(tokens, index + 1);
  if (next === undefined || next.kind === 'punct' || next.capitalised) return true;
  // "17. mai": an ordinal day before a month name.
  if (tokenAt(tokens, index - 1)?.kind === 'number' && fullMonths.has(next.lower)) return false;
  return !/^(?:kl|ca|jf|pkt|nr|tlf)$/u.test(lowerAt(tokens, index - 1));
}

/** The first word of a sentence ("kl. 11 i kjelleren" goes on after the abbreviation's dot). */
function startsSentence(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || !token.sentenceStart) return false;
  const previous = tokenAt(tokens, index - 1);
  if (previous === undefined) return true;
  // "Pollensesong: mai/juni", "(nov.–mars)": a colon, bracket or dash goes on with the sentence.
  if (previous.kind === 'punct' && !/^[.!?]$/u.test(previous.text)) return false;
  return previous.text !== '.' || endsSentence(tokens, index - 1);
}

/** Words that make a sentence a timetable: "tirsdager", "hver onsdag", "åpningstider". */
const timetableCue =
  /^(?:hver|hvert|kvar|kvart|annenhver|annethvert|annankvar|åpningstider|åpningstid|stengt)$|^(?:man|mån|tirs|tys|ons|tors|fre|lør|laur|søn|sun)dag(?:er|ar|ene|ane)$/u;

/** True when the sentence before the one starting at `first` is a timetable. */
function followsTimetable(tokens: readonly Token[], first: number): boolean {
  const stop = tokenAt(tokens, first - 1);
  if (stop === undefined || !endsSentence(tokens, first - 1)) return false;
  for (let back = first - 2; back >= 0 && first - back <= 30; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || endsSentence(tokens, back)) return false;
    if (timetableCue.test(token.lower)) return true;
    if (startsSentence(tokens, back)) return false;
  }
  return false;
}

/** True when the month at `index` is joined to another month name ("juli og august"). */
function isInMonthSpan(tokens: readonly Token[], index: number): boolean {
  const isMonth = (token: Token | undefined): boolean =>
    token !== undefined &&
    (fullMonths.has(token.lower) || token.lower in monthAbbreviations || holidays.has(token.lower));
  const joined = (joiner: Token | undefined, other: Token | undefined): boolean =>
    joiner !== undefined && monthJoiner.test(joiner.lower) && isMonth(other);
  // "nov.–mars": an abbreviated month with its dot before the joiner.
  const dotted = textAt(tokens, index - 2) === '.' && isMonth(tokenAt(tokens, index - 3));
  return (
    joined(tokenAt(tokens, index + 1), tokenAt(tokens, index + 2)) ||
    joined(tokenAt(tokens, index - 1), tokenAt(tokens, index - 2)) ||
    (dotted && monthJoiner.test(lowerAt(tokens, index - 1)))
  );
}

function isRecurringTime(tokens: readonly Token[], index: number): boolean {
  return lowerAt(tokens, index - 1) === 'om' && recurringTime.test(lowerAt(tokens, index));
}

/**
 * Words before a number that make "3.4." a value or a reference, not a day and a month: a lab
 * value written with a decimal point ("Kalium 3.4."), a figure, table or section ("Figur 2.5.").
 */
const valueOrReferenceBefore =
  /^(?:gjennomsnitt|gjennomsnittet|median|medianen|kalium|natrium|kalsium|magnesium|fosfat|kreatinin|glukose|laktat|albumin|ferritin|kolesterol|triglyserider|hb|hba1c|crp|inr|tsh|ft4|ft3|t4|t3|ldl|hdl|ph|be|pco2|po2|bilirubin|karbamid|urea|urat|ck|alat|asat|gt|alp|ld|amylase|psa|b12|folat|egfr|trombocytter|leukocytter|lpk|tpk|mcv|mch|mchc|evf|hematokrit|erytrocytter|retikulocytter|nøytrofile|nøytrofilocytter|lymfocytter|monocytter|eosinofile|basofile|jern|transferrin|haptoglobin|kobalamin|vitamin|d-vitamin|pth|fsh|lh|hcg|shbg|ige|igg|iga|rf|anti-ccp|lipase|ggt|gammagt|kalprotektin|calprotectin|procalcitonin|pct|ck-mb|ammoniakk|urinsyre|litium|digoksin|valproat|ketoner|sr|fibrinogen|d-dimer|troponin|tnt|tni|bnp|nt-probnp|hemoglobin|osmolalitet|kortisol|prolaktin|testosteron|østradiol|skår|skåre|score|bmi|kmi|temp|temperatur|figur|figurene|tabell|kapittel|punkt|avsnitt|versjon|paragraf|vedlegg|trinn|nivå|stadium|rom|romnr|romnummer|sal|auditorium|møterom|verdi|verdien|verdiene|tallet|ratio|ratioen)$/u;

/**
 * "Kalium 3.4.", "Figur 2.4 og 2.5.": the number stands after a value or reference word, or
 * continues a list of decimal numbers ("2.4 og 2.5."), so it is no date.
 */
function isValueOrReference(tokens: readonly Token[], index: number): boolean {
  let back = index - 1;
  // "BE -3.10.": a negative value.
  const sign = tokenAt(tokens, back);
  const beforeSign = tokenAt(tokens, back - 1);
  if (
    sign !== undefined &&
    (sign.text === '-' || sign.text === '−') &&
    sign.end === tokenAt(tokens, index)?.start &&
    (beforeSign === undefined || beforeSign.end < sign.start)
  )
    return true;
  // "CRP 88/64/31", "Leukocytter 14.2/11.0/8.9.": the last of a series of values.
  const before = tokenAt(tokens, back - 1);
  if (
    sign?.text === '/' &&
    sign.end === tokenAt(tokens, index)?.start &&
    before?.kind === 'number' &&
    before.end === sign.start
  )
    return true;
  // "Programvare oppdatert til 12.1.": a version, not a day and a month.
  if (
    sign?.lower === 'til' &&
    /^(?:oppdatert|oppgradert|oppdateres|oppgraderes)$/u.test(before?.lower ?? '')
  )
    return true;
  // "Hb: 11.08.": the value after its label.
  if (sign?.text === ':') back -= 1;
  const joiner = tokenAt(tokens, back);
  if (joiner !== undefined && (joiner.lower === 'og' || joiner.text === ',')) {
    // "2.4 og 2.5.": a decimal number right before the joiner.
    const last = tokenAt(tokens, back - 1);
    const point = tokenAt(tokens, back - 2);
    const first = tokenAt(tokens, back - 3);
    if (
      last?.kind === 'number' &&
      point?.text === '.' &&
      first?.kind === 'number' &&
      point.start === first.end &&
      last.start === point.end
    )
      return true;
    back -= 1;
  }
  return isValueOrReferenceWord(lowerAt(tokens, back));
}

/** A value or reference word, also with a specimen prefix ("S-kreatinin", "P-glukose", "B-Hb"). */
function isValueOrReferenceWord(word: string): boolean {
  return (
    valueOrReferenceBefore.test(word) ||
    valueOrReferenceBefore.test(word.replace(/^(?:s|p|b|u|fb|vb|ab|cb|csv)-/u, '')) ||
    // "Albumin/kreatinin-ratio 3.10": a ratio named by a compound.
    /\p{L}-?ratio(?:en)?$/u.test(word)
  );
}

/** A cell holding a measuring unit: "mg/mmol", "10^9/L", "mIU/L", "%". */
const unitCell = /^(?:%|(?:10\^\d{1,2}\/)?[\p{L}µμ]{1,6}\/[\p{L}\d²³,. ]{1,12})$/u;
/** A cell holding a reference limit or range: "< 05.0", "12.0–22.0". */
const limitCell =
  /^(?:[<>≤≥]\s{0,2}\d{1,4}(?:[.,]\d{1,3})?|\d{1,4}[.,]\d{1,3}\s{0,2}[–-]\s{0,2}\d{1,4}[.,]\d{1,3})$/u;

/**
 * "Urin-ratio | 04.03 | < 05.0 | mg/mmol": the number fills a cell of a table row (cells split by
 * "|") that also has a unit cell or a reference-limit cell, so it is a result, not a day and month.
 * A row without a unit or a limit ("Første | 04.03 | poliklinikk") keeps its dates.
 */
function isResultTableCell(whole: string, start: number, end: number): boolean {
  const lineStart = whole.lastIndexOf('\n', start - 1) + 1;
  const newline = whole.indexOf('\n', end);
  const line = whole.slice(lineStart, newline === -1 ? whole.length : newline);
  if (!line.includes('|')) return false;
  const cells = line.split('|').map((cell) => cell.trim());
  const value = whole.slice(start, end);
  const at = start - lineStart;
  // The number must be a cell of its own, not part of a longer cell ("Prøvetatt 04.03").
  const before = line.slice(0, at).replace(/[ \t]+$/u, '');
  const after = line.slice(at + value.length).replace(/^[ \t]+/u, '');
  if (!(before === '' || before.endsWith('|')) || !(after === '' || after.startsWith('|')))
    return false;
  return cells.some((cell) => cell !== value && (unitCell.test(cell) || limitCell.test(cell)));
}

/** "kl. 22.10.": a clock time before a sentence's full stop. */
function isClockBefore(tokens: readonly Token[], index: number): boolean {
  const previous = tokenAt(tokens, index - 1);
  const word = previous?.text === '.' ? tokenAt(tokens, index - 2) : previous;
  return /^(?:kl|klokka|klokken|kløkka)$/u.test(word?.lower ?? '');
}

/** Named days of the year: "julaften", "skjærtorsdag", "nyttårsaften". */
const holidays = new Set([
  'julaften',
  'julaftan',
  'julekveld',
  'julekvelden',
  'nyttårsaften',
  'nyttårsaftan',
  'nyttårsdag',
  'nyttårsdagen',
  'skjærtorsdag',
  'langfredag',
  'palmesøndag',
  'påskeaften',
  'pinseaften',
  'sankthansaften',
  'stefansdag',
]);
/** Holidays counted by ordinal: "første juledag", "andre påskedag", "tredje juledag". */
const countedHoliday = /^(?:jule|påske|pinse)dag(?:en)?$/u;
/** `holidays` holds the word, or `countedHoliday` matches it (one record bit each, per word). */
const isHoliday = wordClass(holidays);
const isCountedHoliday = wordPredicate((lower) => countedHoliday.test(lower));
const holidayOrdinals = new Set(['første', 'fyrste', 'andre', 'tredje', 'fjerde']);
/** A two-digit year said as a ten and a unit: "nittito", "åttifire", "tjuetre", "syttiseks". */
const compoundSpokenYear =
  /^(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(?:en|ein|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni)$/u;
/** Words that may follow a year said after a holiday ("julaften åttisju var …"), not a noun. */
const wordsAfterHolidayYear = new Set(['og', 'men', 'da', 'så', 'var', 'vart', 'ble', 'blei']);

/** A year said or written as a span of its own, from the first token to the last. */
function yearSpan(first: Token, last: Token, confidence: number): Candidate {
  return { start: first.start, end: last.end, type: 'DATE', subtype: 'year', confidence };
}

/**
 * "i oktober tjuetre", "i mars nittifem": a year said in two digits right after a month name, not a
 * count ("i mai tjue pasienter"). The index of the year word, or -1.
 */
function spokenYearAfterMonth(tokens: readonly Token[], index: number): number {
  const year = tokenAt(tokens, index + 1);
  if (year?.kind !== 'word') return -1;
  const value = cardinalOf(year);
  if (value === undefined || value < 10 || value > 99 || parseSpokenYear(year.lower) !== undefined)
    return -1;
  const after = tokenAt(tokens, index + 2);
  if (after !== undefined && (quantityAfter.has(after.lower) || after.lower === 'år')) return -1;
  // "fra mars tjue til …": a number said across words ("tjue to") is no year.
  if (after?.kind === 'word' && cardinalOf(after) !== undefined) return -1;
  return index + 1;
}

/** Month names alone ("i august"), "den 14.", "30.1.", "uke 9", spoken years ("tjuefemten"). */
function recognizeTokenDates(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) continue;
    const next = tokenAt(tokens, index + 1);
    if (token.kind === 'word') {
      if (
        isFullMonth(token) &&
        (!token.capitalised || token.sentenceStart) &&
        !isGenericMonth(tokens, index)
      ) {
        out.push({
          start: token.start,
          end: token.end,
          type: 'DATE',
          subtype: 'month',
          confidence: 0.55,
        });
        // The year as a span of its own, so the month keeps its shifted surrogate.
        const year = tokenAt(tokens, spokenYearAfterMonth(tokens, index));
        if (year !== undefined) out.push(yearSpan(year, year, 0.7));
      } else if (
        (isHoliday(token) ||
          (isCountedHoliday(token) && holidayOrdinals.has(lowerAt(tokens, index - 1)))) &&
        !isGenericMonth(tokens, index)
      ) {
        // "julaften", "tredje juledag": a named day, with its ordinal.
        // "første nyttårsdag": the ordinal said before New Year's Day belongs to it.
        const first =
          countedHoliday.test(token.lower) ||
          (/^nyttårsdag(?:en)?$/u.test(token.lower) &&
            (lowerAt(tokens, index - 1) === 'første' || lowerAt(tokens, index - 1) === 'fyrste'))
            ? tokenAt(tokens, index - 1)
            : token;
        out.push({
          start: first?.start ?? token.start,
          end: token.end,
          type: 'DATE',
          subtype: 'holiday',
          confidence: 0.8,
        });
        // "første pinsedag i nittifire", "julaften åttisju": the year as a span of its own.
        const yearIndex = spokenYearAfterMonth(
          tokens,
          lowerAt(tokens, index + 1) === 'i' ? index + 1 : index,
        );
        const year = tokenAt(tokens, yearIndex);
        // "julaften i tjue minutter": a count before its noun is no year.
        const afterYear = tokenAt(tokens, yearIndex + 1);
        if (
          year !== undefined &&
          (afterYear?.kind !== 'word' ||
            wordsAfterHolidayYear.has(afterYear.lower) ||
            // "første påskedag i nittito kom hun": a year of a ten and a unit before a verb, not
            // a count before its plural noun ("i tjuefire timer").
            (compoundSpokenYear.test(year.lower) && !/(?:er|ar|or|ir)$/u.test(afterYear.lower)))
        )
          out.push(yearSpan(year, year, 0.7));
      } else if (token.lower === 'den' && next?.kind === 'number' && next.text.length <= 2) {
        const dot = tokenAt(tokens, index + 2);
        const after = tokenAt(tokens, index + 3);
        const day = Number(next.text);
        // "den 20. hver måned": a day of every month, no date.
        const everyMonth =
          /^(?:hver|kvar)$/u.test(after?.lower ?? '') &&
          /^(?:måned|månad|mnd)$/u.test(lowerAt(tokens, index + 4));
        if (
          day >= 1 &&
          day <= 31 &&
          dot?.text === '.' &&
          dot.start === next.end &&
          (after === undefined || after.kind !== 'number') &&
          !everyMonth
        ) {
          out.push({ start: token.start, end: dot.end, type: 'DATE', confidence: 0.7 });
        }
      } else if (
        token.lower === 'uke' &&
        next?.kind === 'number' &&
        Number(next.text) >= 1 &&
        Number(next.text) <= 53 &&
        next.text.length <= 2 &&
        !isGestationalWeek(tokens, index)
      ) {
        out.push({
          start: token.start,
          end: next.end,
          type: 'DATE',
          subtype: 'week',
          confidence: 0.6,
        });
      } else if (parseSpokenYear(token.lower) !== undefined) {
        out.push(yearSpan(token, token, 0.65));
      }
    } else if (token.kind === 'number' && token.text.length <= 2) {
      // "30.1." — day and month with a closing dot.
      const dot = tokenAt(tokens, index + 1);
      const month = tokenAt(tokens, index + 2);
      const closing = tokenAt(tokens, index + 3);
      const after = tokenAt(tokens, index + 4);
      if (
        dot?.text === '.' &&
        dot.start === token.end &&
        month?.kind === 'number' &&
        month.text.length <= 2 &&
        month.start === dot.end &&
        closing?.text === '.' &&
        closing.start === month.end &&
        (after === undefined || after.kind !== 'number' || after.start > closing.end + 1) &&
        // "pkt. 3.2.1.": the tail of a section number, not a day and month.
        !(
          textAt(tokens, index - 1) === '.' &&
          tokenAt(tokens, index - 2)?.kind === 'number' &&
          tokenAt(tokens, index - 1)?.end === token.start &&
          tokenAt(tokens, index - 2)?.end === tokenAt(tokens, index - 1)?.start
        ) &&
        !isClockBefore(tokens, index) &&
        !isValueOrReference(tokens, index)
      ) {
        const day = Number(token.text);
        const monthNumber = Number(month.text);
        if (day >= 1 && day <= 31 && monthNumber >= 1 && monthNumber <= 12) {
          out.push({ start: token.start, end: closing.end, type: 'DATE', confidence: 0.75 });
        }
      }
    }
  }
  return out;
}

const weekdayTokens = new Set<string>([...weekdayWords, ...weekdayWords.map((day) => `${day}en`)]);
const isWeekdayToken = wordClass(weekdayTokens);

/** Words before a date of birth: a day and a month said as numbers right after them are a date. */
const birthCues = new Set([
  'født',
  'fødd',
  'fødselsdato',
  'fødselsdatoen',
  'fødselsdag',
  'bursdag',
]);
/** Words before a year said in several words ("født nitten sekstini", "i to tusen og fire"). */
const yearCues = new Set([
  ...birthCues,
  'i',
  'fra',
  'til',
  'siden',
  'året',
  'år',
  'sommeren',
  'våren',
  'høsten',
  'vinteren',
  'julen',
  'jula',
  'påsken',
  'rundt',
  'ca',
  'cirka',
  'før',
  'etter',
  'mellom',
]);
/** Nouns an ordinal goes with ("andre i tredje etasje"): then the ordinals are no date. */
const ordinalNouns = new Set([
  'etasje',
  'etg',
  'klasse',
  'trinn',
  'runde',
  'omgang',
  'ledd',
  'kvartal',
  'generasjon',
  'gang',
  'forsøk',
  'plass',
  'rekke',
  'linje',
  'rad',
  'avsnitt',
  'kapittel',
  'side',
  'dose',
  'kur',
  'syklus',
  'uke',
  'svangerskapsuke',
  'time',
  'måned',
  'dag',
  'døgn',
]);
/** Units after a number: "to tusen kroner" is no year. */
const quantityAfter = new Set([
  'kroner',
  'kr',
  'meter',
  'm',
  'km',
  'skritt',
  'kilo',
  'kg',
  'gram',
  'g',
  'mg',
  'ml',
  'liter',
  'enheter',
  'ie',
  'mennesker',
  'personer',
  'pasienter',
  'stykker',
  'timer',
  'kalorier',
  'kcal',
]);

/**
 * Dates said with words or in a short spoken form: "fjerde i tiende sekstini", "tjuetredje mars
 * totusenogfire", "den 3. i 11.", "attande mai nittenfemtifire", and years said in several words
 * after a cue ("født nitten sekstini", "i to tusen og fire").
 */
function recognizeSpokenDates(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  let coveredUntil = -1;
  for (let index = 0; index < tokens.length; index++) {
    if (index <= coveredUntil) continue;
    const token = tokenAt(tokens, index);
    if (token === undefined) continue;
    const startsDay =
      token.lower === 'den' ||
      (isWeekdayToken(token) && lowerAt(tokens, index + 1) === 'den') ||
      (token.kind === 'word' && ordinalOf(token) !== undefined) ||
      (token.kind === 'number' && token.text.length <= 2 && textAt(tokens, index + 1) === '.');
    if (startsDay) {
      const date = readSpokenDate(tokens, index);
      if (date !== undefined && acceptSpokenDate(tokens, date)) {
        const last = tokenAt(tokens, date.last);
        if (last !== undefined) {
          out.push({
            start: token.start,
            end: last.end,
            type: 'DATE',
            confidence:
              date.monthNamed ||
              date.year !== undefined ||
              date.den ||
              date.weekdayWord !== undefined
                ? 0.9
                : 0.85,
          });
          coveredUntil = date.last;
          continue;
        }
      }
    }
    // "født i syttiåtte", "fødd sekstifem": a year said in two digits right after the birth cue.
    const cueIndex = lowerAt(tokens, index - 1) === 'i' ? index - 2 : index - 1;
    const birthYear = token.kind === 'word' ? cardinalOf(token) : undefined;
    if (
      birthYear !== undefined &&
      birthYear >= 10 &&
      (readSpokenYear(tokens, index)?.last ?? index) === index &&
      (lowerAt(tokens, cueIndex) === 'født' || lowerAt(tokens, cueIndex) === 'fødd') &&
      !quantityAfter.has(lowerAt(tokens, index + 1)) &&
      lowerAt(tokens, index + 1) !== 'år'
    ) {
      out.push(yearSpan(token, token, 0.75));
      continue;
    }
    if (
      token.kind === 'word' &&
      (token.lower === 'nitten' ||
        token.lower === 'tjue' ||
        token.lower === 'to' ||
        token.lower === 'totusen') &&
      yearCues.has(lowerAt(tokens, index - 1))
    ) {
      const year = readSpokenYear(tokens, index);
      if (year === undefined || year.last === index) continue;
      const after = tokenAt(tokens, year.last + 1);
      if (after !== undefined && quantityAfter.has(after.lower)) continue;
      // "to tusen" alone is a number more often than a year.
      if (year.year === 2000 && !birthCues.has(lowerAt(tokens, index - 1))) continue;
      const last = tokenAt(tokens, year.last);
      if (last === undefined) continue;
      out.push(yearSpan(token, last, 0.75));
      coveredUntil = year.last;
    }
  }
  return out;
}

/** Whether the words `readSpokenDate` read are a date here, not two ordinals or two numbers. */
function acceptSpokenDate(
  tokens: readonly Token[],
  date: NonNullable<ReturnType<typeof readSpokenDate>>,
): boolean {
  // The written and textual forms ("3. mars", "tolvte juni") are found by the patterns; this
  // adds a year said in words, nynorsk ordinals and months given as numbers.
  if (date.monthNamed) return true;
  if (date.year === undefined) {
    const after = tokenAt(tokens, date.last + 1);
    if (after !== undefined && ordinalNouns.has(after.lower)) return false;
  }
  if (date.monthAfterI) return true;
  const cue = [1, 2, 3].some((back) => birthCues.has(lowerAt(tokens, date.first - back)));
  return cue && (date.year !== undefined || date.den);
}

/**
 * Dates in `text` (a window of `whole` starting at `from`); `context` is the text just before the
 * window.
 */
function recognizeDatesIn(text: string, context: string, whole: string, from: number): Candidate[] {
  const out: Candidate[] = [];
  textualDatePattern.lastIndex = 0;
  for (
    let match = textualDatePattern.exec(text);
    match !== null;
    match = textualDatePattern.exec(text)
  ) {
    const value = match[0];
    if (parseDate(value) === undefined) continue;
    out.push({
      start: match.index,
      end: match.index + value.length,
      type: 'DATE',
      confidence: 0.9,
    });
  }
  numericDatePattern.lastIndex = 0;
  for (
    let match = numericDatePattern.exec(text);
    match !== null;
    match = numericDatePattern.exec(text)
  ) {
    const value = match[0];
    const start = match.index;
    const end = start + value.length;
    const parsed = parseDate(value);
    if (parsed === undefined) continue;
    const before = (context + text.slice(0, start)).slice(-40);
    const after = text.slice(end, end + 14);
    if (timeBefore.test(before) || unitAfter.test(after)) continue;
    // "Atacand Plus 16/12,5 mg": a combination strength, the decimal goes on after the match.
    if (/^[,.]\d/u.test(after)) continue;
    // "tilsyn 24/7", "døgnbemannet 24/7": around the clock.
    if (value === '24/7' && roundTheClock.test(`${before} ${after}`)) continue;
    if (apgarTriple.test(value) && apgarBefore.test(before)) continue;
    if (parsed.year === undefined) {
      // "3/4" is a fraction unless "den" or a clinical event word comes before it ("Innlagt 3/4",
      // "født 1/4") and no share follows ("operert 3/4 av pasientene").
      if (
        fractions.has(value) &&
        !/den\s{0,2}$/iu.test(before) &&
        !(clinicalEventBefore.test(before) && !shareAfter.test(after))
      )
        continue;
      // "VAS 7/10", "Apgar 9/10", "smerter 4/10 i dag": a score out of ten. Not "innlagt 4/10 og
      // 6/10" (joined to a date just found), "innlagt 6/10" (after an admission or visit word) nor
      // "VAS 3/10, kontroll 6/10" (after a booking word).
      if (
        /^\d{1,2}\/10$/u.test(value) &&
        scoreBefore.test(withDatesBlanked(before, out, start)) &&
        !isJoinedToDate(text, out, start) &&
        !visitWordBefore.test(before) &&
        !bookingWordBefore.test(before)
      )
        continue;
      // "grønt under 3/10", "scoret på 4/10": a score held under, over or at a level.
      if (
        /^\d{1,2}\/10$/u.test(value) &&
        isScoreBoundBefore(whole.slice(Math.max(0, from + start - 80), from + start))
      )
        continue;
      // "4/5 av pasientene", "5/7 netter", "2/9 kriterier": a share or a count, not a date.
      const outOf = /^(\d{1,2})\/(\d{1,2})$/u.exec(value);
      if (
        outOf !== null &&
        Number(outOf[1]) <= Number(outOf[2]) &&
        (shareAfter.test(after) || /(?:scoret|skåret|scorer|skårer)\s{1,2}$/iu.test(before))
      )
        continue;
      // "Centor 4/4": a named score out of its maximum.
      if (outOf !== null && Number(outOf[1]) <= Number(outOf[2]) && namedScoreBefore.test(before))
        continue;
      // "26/30, 4/5 og 6/10": a member of a list of scores.
      if (
        outOf !== null &&
        Number(outOf[1]) <= Number(outOf[2]) &&
        isInScoreList(before, after) &&
        isScoreSentence(whole, from + start, from + end)
      )
        continue;
      // "CAGE 2/4", "AUDIT-C 5/12": a questionnaire's score out of its maximum.
      if (
        outOf !== null &&
        Number(outOf[1]) <= Number(outOf[2]) &&
        questionnaireRightBefore.test(before)
      )
        continue;
      // "5.10" could be a decimal; "14.02" with a zero-padded month is a date.
      if (parsed.style.kind === 'dotted' && !/\.\d{2}$/u.test(value)) continue;
      // "INR 2.10", "TSH 3.12", "BE -3.10", "versjon 3.10": a value or a reference, no date.
      if (parsed.style.kind === 'dotted') {
        // A minus sign after a space, not the dash of a range ("10.-12.08.").
        if (/(?:^|[\s(])[-−]$/u.test((context + text.slice(0, start)).slice(-2))) continue;
        const word = /(\p{L}[\p{L}\d-]*)\s{0,2}:?\s{0,2}$/u.exec(before)?.[1]?.toLowerCase();
        if (word !== undefined && isValueOrReferenceWord(word)) continue;
        // "Urin-ratio | 04.03 | < 05.0 | mg/mmol": a result cell in a row with a unit or a limit.
        if (isResultTableCell(whole, from + start, from + end)) continue;
      }
    }
    out.push({ start, end, type: 'DATE', confidence: parsed.year === undefined ? 0.8 : 0.95 });
  }
  return out;
}
