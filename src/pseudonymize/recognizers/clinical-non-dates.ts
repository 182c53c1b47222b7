import { textAt, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { isScoreAfterEponym } from './scored-eponyms.js';

/**
 * Numbers that the date recognizers read as dates but that clinical text uses for something else
 * (ANNOTATION.md, "Never PHI": gestational weeks, doses, scores, durations). Each test looks at
 * the words around one DATE candidate and says whether it is such a clinical number; the caller
 * drops those candidates before overlaps are resolved. Kept apart from `dates.ts` so that the
 * rules that find dates and the rules that reject clinical numbers can change independently.
 */
export function isClinicalNonDate(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  if (candidate.type !== 'DATE') return false;
  const index = findTokenIndex(tokens, candidate.start, 'start');
  if (index < 0) return false;
  const value = text.slice(candidate.start, candidate.end);
  if (/^(?:uke|veke) \d{1,2}$/iu.test(value)) return isScheduleWeek(tokens, index);
  if (/^(?:19|20)\d{2}$/u.test(value)) return isPublicationYear(tokens, index);
  if (/^\d{1,2}\/\d{1,2}$/u.test(value)) return isCountOutOf(value, tokens, index);
  if (/^den \d{1,2}\.$/iu.test(value)) return isOrdinalBeforeNoun(tokens, index);
  if (isSpokenOrdinalBeforeNoun(tokens, candidate)) return true;
  if (isRuleChangeDay(value, tokens, index)) return true;
  if (/^(?:[01]\d|2[0-3])\.[0-5]\d\.?$/u.test(value) && isClockTime(text, candidate)) return true;
  return isDecimalRangeEnd(text, candidate, value);
}

/**
 * "Referanse 3.5–4.4.", "Testosteron hos menn 7.6–31.4.": the upper end of a range of decimals at a
 * sentence end, not a day and a month ("3.5.–4.5.", with the dot after the first day, stays a
 * date).
 */
function isDecimalRangeEnd(text: string, candidate: Candidate, value: string): boolean {
  if (!/^\d{1,2}\.\d{1,2}\.?$/u.test(value)) return false;
  return /(?<![\d.])\d{1,3}\.\d{1,2} ?[-–] ?$/u.test(
    text.slice(Math.max(0, candidate.start - 10), candidate.start),
  );
}

/** Times of day that tell "i natt 03.05" and "20.10 i kveld" from a date. */
const timeOfDay =
  /(?:^|\s)(?:i\s(?:natt|kveld|morges|ettermiddag|formiddag)|natt(?:a|en)?|kveld(?:en)?|morgen\stidlig)(?:\s|[.,:;]|$)/iu;
/** Words that put a date, not a time, after them: "den 12.10", "t.o.m. 14.12", "dato 02.10". */
const dateWordBefore =
  /(?:den|dato|datert|t\.o\.m\.?|tom|f\.o\.m\.?|til og med|fra og med)\s{0,2}$/iu;

/**
 * "I natt 03.05 fikk hun brystsmerter", "Neste dose 20.10 i kveld", and a nursing log whose other
 * entries are clock times ("Tilsyn 01.30: sover. Tilsyn 02.10: sover."): hours and minutes, not a
 * day and a month. Only a time of day in the clause or a clear clock time within two lines counts,
 * so "Sykmeldt til og med 14.12." and "time 10.10" stay dates.
 */
function isClockTime(text: string, candidate: Candidate): boolean {
  const before = text.slice(Math.max(0, candidate.start - 16), candidate.start);
  if (dateWordBefore.test(before)) return false;
  const clauseBefore =
    /[^.!?;\n]*$/u.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start))?.[0] ?? '';
  const clauseAfter = /^[^!?;\n]{0,24}/u.exec(text.slice(candidate.end))?.[0] ?? '';
  if (timeOfDay.test(clauseBefore.slice(-24)) || timeOfDay.test(clauseAfter)) return true;
  // A log entry ("02.10: Urolig", "Tilsyn 02.10: sover") among entries that open with a time.
  const near = text.slice(Math.max(0, candidate.start - 200), candidate.start);
  const lineStart = candidate.start - near.length + near.lastIndexOf('\n') + 1;
  const opensEntry =
    /^\s*(?:\p{L}+\s)?$/u.test(text.slice(lineStart, candidate.start)) &&
    /^\.?:/u.test(text.slice(candidate.end));
  if (!opensEntry) return false;
  return entryClock.test(neighbourLines(text, candidate.start, candidate.end));
}

/** A line that opens with a clock time that cannot be a date ("01.30: sover", "Tilsyn 14.45:"). */
const entryClock =
  /(?:^|\n)\s*(?:\p{L}+\s)?(?:kl\.?\s{0,2})?(?:[01]?\d|2[0-3])[.:](?:1[3-9]|[2-5]\d)\s{0,2}:/u;

/** The candidate's line and up to two lines either side, with the candidate blanked out. */
function neighbourLines(text: string, start: number, end: number): string {
  // Within 400 characters either side, so a text without line breaks stays linear.
  const before = text
    .slice(Math.max(0, start - 400), start)
    .split('\n')
    .slice(-3)
    .join('\n');
  const after = text
    .slice(end, end + 400)
    .split('\n')
    .slice(0, 3)
    .join('\n');
  return `${before} ${after}`;
}

/** Months in full and cut: "den 14. mars" and "den 3. des." stay dates. */
const monthWord =
  /^(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)$/u;

/**
 * "den 3. gangen", "Den 2. dosen ble gitt", "den 14. dagen etter operasjonen": an ordinal before
 * a noun in its definite form counts times, doses or days; "den 14." alone or before a month is
 * a day of the month (ANNOTATION.md, DATE: "[den 14.]").
 */
function isOrdinalBeforeNoun(tokens: readonly Token[], index: number): boolean {
  const dot = tokenAt(tokens, index + 2);
  const noun = tokenAt(tokens, index + 3);
  if (dot?.text !== '.' || noun?.kind !== 'word' || noun.start !== dot.end + 1) return false;
  if (monthWord.test(noun.lower)) return false;
  return /^\p{Ll}{2,}(?:en|et|a|ene|ane|na)$/u.test(noun.text);
}

/** Units of a dose or a measurement: "uke 1 12,5 mg", "første uke 5 mg". */
const doseUnit =
  /^(?:mg|g|mcg|µg|mikrogram|ml|e|ie|enheter|tablett|tabletter|tbl|kapsel|kapsler|drag|doser|dose|puff|pust)$/u;

/** Words of raising, lowering or stepping a dose: the weeks in the sentence are steps of a plan. */
const doseStepWord =
  /^(?:opptrapping\p{L}*|nedtrapping\p{L}*|trappes|trappast|økes|aukast|auke|økning\p{L}*|reduseres|reduserast|reduksjon\p{L}*|halveres|halverast|dosen|dosa|dosering\p{L}*|startdose\p{L}*|vedlikeholdsdose\p{L}*|titrering\p{L}*|titreres|dose)$/u;

/** Numbered visits of a study: "Besøk 3", "Visitt 4". */
const visitWord = /^(?:besøk|visitt|vitjing|visit)$/u;

/** Words of an event that weeks are counted from: "uke 6-12 postoperativt", "uke 2 og 3 etter operasjonen". */
const countedFromWord = /^(?:postoperativt|postop|postoperativ|postpartum|post-op)$/u;

/** Words of pregnancy after a week: "uke 32 i svangerskapet", "uke 12 og uke 18 tilbys alle gravide". */
const pregnancyAfter = /^(?:svangerskap\p{L}*|gravid\p{L}*|fosteret|fostret|termin\p{L}*)$/u;

/**
 * "uke 1: 5 mg", "Opptrapping: uke 1 12,5 mg, uke 2 25 mg", "Første uke 5 mg", "uke 32 i
 * svangerskapet", "uke 6-12 postoperativt": a step of a dosing plan, a week of pregnancy or a week
 * counted from an operation, not a calendar week (a calendar week is a DATE, "uke 9").
 */
function isScheduleWeek(tokens: readonly Token[], index: number): boolean {
  const number = tokenAt(tokens, index + 1);
  if (number === undefined) return false;
  const week = Number(number.text);
  const after = tokenAt(tokens, index + 2);
  // "Første uke 5 mg": the number is the dose, not the week.
  if (after !== undefined && doseUnit.test(after.lower)) return true;
  const sentence = sentenceAround(tokens, index);
  // A dose a few tokens on, before the next week or the end of the clause: "uke 1 12,5 mg".
  for (let ahead = index + 2; ahead <= index + 6; ahead++) {
    const token = tokenAt(tokens, ahead);
    if (token === undefined || /^[.;]$/u.test(token.text) || /^(?:uke|veke)$/u.test(token.lower))
      break;
    if (token.kind === 'number' && doseUnit.test(lowerAt(tokens, ahead + 1)) && week <= 12)
      return true;
  }
  if (week <= 8 && sentence.some((token) => doseStepWord.test(token.lower))) return true;
  // "Besøk 3 (uke 2), besøk 4 (uke 4) og besøk 5 (uke 12)": the weeks of a series of numbered
  // study visits, counted from the start. A single "Fase 1 (uke 12)" stays a calendar week.
  if (
    textAt(tokens, index - 1) === '(' &&
    tokenAt(tokens, index - 2)?.kind === 'number' &&
    visitWord.test(lowerAt(tokens, index - 3)) &&
    tokens.slice(Math.max(0, index - 12), index + 12).filter((token) => visitWord.test(token.lower))
      .length >= 2
  )
    return true;
  if (isCheckUpWeekSeries(tokens, index)) return true;
  // The rest of a range of weeks, then the event: "uke 2 og 3 etter operasjonen", "uke 6-12
  // postoperativt" (not "uke 12, etter avtale": a comma or another word ends the range).
  let ahead = index + 2;
  while (ahead < tokens.length && isRangeToken(tokenAt(tokens, ahead))) ahead++;
  const event = tokenAt(tokens, ahead);
  if (event !== undefined && countedFromWord.test(event.lower)) return true;
  if (event?.lower === 'etter' && tokenAt(tokens, ahead + 1)?.kind === 'word') {
    const what = lowerAt(tokens, ahead + 1);
    if (!/^(?:avtale|avtalen|behov|ønske|timebok\p{L}*)$/u.test(what)) return true;
  }
  // Pregnancy named later in the same sentence: "uke 32 i svangerskapet".
  return week <= 43 && sentence.some((token, at) => at > 0 && pregnancyAfter.test(token.lower));
}

/** Words of planned check-ups and visits in the sentence of a series of weeks. */
const checkUpWord =
  /^(?:kontroll\p{L}*|besøk\p{L}*|konsultasjon\p{L}*|jordmor\p{L}*|timer|timene|oppfølging\p{L}*)$/u;

/**
 * "Kontroller hos jordmor i uke 32, 36, 38, 40 og 41": three or more rising weeks of a programme
 * of check-ups (pregnancy, follow-up after treatment), counted from its start, not calendar weeks.
 * Two weeks ("uke 12 og 14") or weeks without a check-up word ("ferie uke 28, 29 og 30") stay dates.
 */
function isCheckUpWeekSeries(tokens: readonly Token[], index: number): boolean {
  const weeks: number[] = [];
  for (let ahead = index + 1; ahead < tokens.length && ahead <= index + 14; ahead++) {
    const token = tokenAt(tokens, ahead);
    if (token?.kind === 'number') weeks.push(Number(token.text));
    else if (token === undefined || !/^(?:,|og)$/u.test(token.lower)) break;
  }
  if (
    weeks.length < 3 ||
    weeks.some((week, at) => week > 42 || (at > 0 && week <= (weeks[at - 1] ?? 0)))
  )
    return false;
  return sentenceAround(tokens, index).some((token) => checkUpWord.test(token.lower));
}

/** A token that carries a range of weeks on: "og 3", "-12", "til 14". */
function isRangeToken(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || /^(?:og|til|-|–)$/u.test(token.lower));
}

/** Tokens of the sentence that holds `index` (the dot of an ordinal, "1. januar", ends none). */
function sentenceAround(tokens: readonly Token[], index: number): readonly Token[] {
  // At most sixty tokens either side, so a text without full stops stays linear.
  let start = index;
  while (start > 0 && index - start < 60 && !opensSentence(tokens, start)) start--;
  let end = index + 1;
  while (end < tokens.length && end - index < 60 && !opensSentence(tokens, end)) end++;
  return tokens.slice(start, end);
}

function opensSentence(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token?.sentenceStart !== true) return false;
  // "«uke 12» i svangerskapskontrollen": a lower-case word after a closing quote goes on with the
  // sentence the quote stands in.
  if (/^[»”"]$/u.test(textAt(tokens, index - 1)) && !token.capitalised) return false;
  return !(textAt(tokens, index - 1) === '.' && tokenAt(tokens, index - 2)?.kind === 'number');
}

/** Words of guidelines, handbooks, programmes and versions: the year dates a document. */
const documentWord =
  /^(?:[\p{L}-]*retningslinje\p{L}*|[\p{L}-]*veileder\p{L}*|[\p{L}-]*rettleiar\p{L}*|[\p{L}-]*håndbok\p{L}*|[\p{L}-]*handbok\p{L}*|[\p{L}-]*programmet|[\p{L}-]*programmets|[\p{L}-]*anbefaling\p{L}*|tilråding\p{L}*|versjon\p{L}*|utgave\p{L}*|utgåve\p{L}*|revisjon\p{L}*|revidert|publisert|studie\p{L}*|rapport\p{L}*|metaanalyse\p{L}*|cochrane|nice|esc|gold|icd-\d+|icpc-\d+|lovendring\p{L}*|forskrift\p{L}*)$/u;

/** Words of statistics over many people: the years of the sentence are of a register, no one. */
const statisticsWord =
  /^(?:andelen|andel|prevalens\p{L}*|insidens\p{L}*|forekomst\p{L}*|kvalitetsregister\p{L}*|\p{L}*registeret|statistikk\p{L}*|landsgjennomsnitt\p{L}*|befolkningen)$/u;

/**
 * "ESC-retningslinjene fra 2021", "Nasjonal faglig retningslinje for diabetes (2023)",
 * "Legemiddelhåndboken 2024", "Barnevaksinasjonsprogrammet ble endret i 2018": the year of a
 * guideline, handbook or programme, no event in a person's life (ANNOTATION.md, DATE).
 */
function isPublicationYear(tokens: readonly Token[], index: number): boolean {
  if (isClockOrAmount(tokens, index)) return true;
  // "Andelen pasienter med HbA1c under 7 økte fra 2019 til 2023": a figure of many people.
  if (sentenceAround(tokens, index).some((token) => statisticsWord.test(token.lower))) return true;
  for (let back = index - 1; back >= 0 && index - back <= 6; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || /^[.;:!?]$/u.test(token.text)) break;
    if (token.kind === 'word' && documentWord.test(token.lower)) return true;
  }
  return isYearOfAnOffer(tokens, index);
}

/** Passive verbs of a service or a rule that start from a year: "Fra 2020 tilbys alle gravide". */
const offerVerb =
  /^(?:tilbys|tilbydes|tilbydast|anbefales|tilrås|gjelder|innføres|dekkes|refunderes|kreves)$/u;

/** Pronouns for one person: anywhere in the clause they make the year an event in a life. */
const personalPronoun = /^(?:hun|henne|han|ham|ho|hennar|hans|hennes|pasienten|pas)$/u;

/**
 * "Fra 2020 tilbys alle gravide NIPT", "Fra 2024 gjelder nye regler for alle": the year a service
 * or a rule began for everyone, no event in one person's life. A pronoun for one person anywhere
 * in the clause ("Fra 2019 tilbys hun …", "Fra 2019 dekkes det for henne av NAV") keeps the year
 * a date.
 */
function isYearOfAnOffer(tokens: readonly Token[], index: number): boolean {
  if (!/^(?:fra|frå|siden|sidan)$/u.test(lowerAt(tokens, index - 1))) return false;
  if (!offerVerb.test(lowerAt(tokens, index + 1))) return false;
  for (let forward = index + 2; forward < tokens.length; forward++) {
    const token = tokenAt(tokens, forward);
    if (token === undefined || /^[.;:!?]$/u.test(token.text)) break;
    if (token.kind === 'word' && personalPronoun.test(token.lower)) return false;
  }
  return /^(?:alle|nye?|det|dette|gratis|kvinner|menn|barn|gravide|eldre)$/u.test(
    lowerAt(tokens, index + 2),
  );
}

/** Findings counted or scored out of a maximum: "Bilyd 3/6", "Dose 3/3", "Pupiller 3/3". */
const countedBefore =
  /^(?:dose|doser|dosen|vaksinedose|bilyd|bilyden|pupiller|pupillene|huskeord|ord|ordene|oppgaver|svar|rett|riktige|blodkultur\p{L}*|hemokult\p{L}*|prøver|flasker|stadium|tanner|trinn|stikk|ledd|tenner|runder|serier|sett|repetisjoner|reflekser|refleksene|hørsel|hørselen|syn|synet)$/u;
/** Words after "a/b" that make it a count: "2/2 flasker positive", "9/12 riktig". */
const countedAfter =
  /^(?:riktig|riktige|rett|korrekt|korrekte|positiv|positive|negativ|negative|flasker|doser|ord|mm|cm|km|db|grader|repetisjoner|runder|mnd|måneder|månader|uker|veker|episoder|episodar|anfall|ganger|gonger|forsøk|økter|øktar|kurer|kurar|sykluser|syklusar)$/u;

/**
 * Words of muscle strength graded 0–5 (the MRC scale): "Kraft i knestrekkerne 4/5", "Kraften er
 * 3/5", "Muskelkraft 4/5 bilateralt". Whole words only: "Kraftige smerter siden 4/5" and
 * "Styrketrening fra 2/5" keep their dates.
 */
const strengthWord =
  /^(?:kraft|krafta|kraften|muskelkraft\p{L}*|grovkraft\p{L}*|styrke|styrken|styrka|mrc)$/u;
/** Words that end the reach of a strength word: a sentence end or a word of time or booking. */
const strengthStop =
  /^(?:[.!?;:]|fra|frå|siden|sidan|til|innlagt|time|timen|kontroll|dato|den|etter|før|ny|nytt|neste|vurdering|operert|sett|planlagt|innkalt|skal)$/u;

/**
 * "Kraft i hofteabduktorer 4/5 venstre, 5/5 høyre": a grade out of five after a strength word in
 * the same clause, within a few words (a muscle, a side, the earlier grades of a list). A comma
 * ends the clause unless the grade follows it directly ("Nedsatt kraft, 4/5 ved …", "…, 5/5
 * høyre"): "Kraften var nedsatt, ny vurdering 4/5" and "Styrken var god, operert 2/5" keep their
 * dates (found by the session-36 review).
 */
function isStrengthGrade(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && index - back <= 10; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined || strengthStop.test(token.lower)) return false;
    if (token.text === ',' && back !== index - 1) return false;
    if (strengthWord.test(token.lower)) return true;
  }
  return false;
}

/** A course of treatment numbered out of its total: "Syklus 2/6", "Kur 3/3". */
const cycleWord = /^(?:syklus|syklusen|kur|kuren)$/u;
/** Words that make the number after a cycle word its date: "Neste kur 4/6", "Ny syklus 3/5". */
const cycleDateBefore = /^(?:neste|ny|nye|nytt|forrige|siste|start|oppstart)$/u;

/**
 * "Syklus 4/4 om tre uker", "Kur 3/3 ble utsatt": the number of a cycle, not its date — only
 * with the cycle word as a label (a sentence or line start, or after ":" or a comma): "Startet
 * kuren 2/6 på Ullevål" keeps its date (found by the session-36 review).
 */
function isNumberedCycle(tokens: readonly Token[], index: number): boolean {
  const word = tokenAt(tokens, index - 1);
  if (word === undefined || !cycleWord.test(word.lower)) return false;
  if (cycleDateBefore.test(lowerAt(tokens, index - 2))) return false;
  return word.sentenceStart || index - 1 === 0 || /^[:;,•(–-]$/u.test(lowerAt(tokens, index - 2));
}

/** "Bilyd 3/6", "Dose 3/3 av hepatitt B", "2/2 flasker positive", "Svar 11/12 riktig": out of. */
function isCountOutOf(value: string, tokens: readonly Token[], index: number): boolean {
  const [counted = '', maximum = ''] = value.split('/');
  // "BT 12/8", "Trykk 16/8 i venstre arm": a blood pressure in cmHg.
  if (/^(?:bt|blodtrykk|blodtrykket|trykk|trykket)$/u.test(lowerAt(tokens, index - 1))) return true;
  if (maximum === '12' && isMonthsOfYear(tokens, index)) return true;
  if (Number(counted) > Number(maximum)) return false;
  if (maximum === '10' && isScoreOutOfTen(tokens, index)) return true;
  if (maximum === '5' && isStrengthGrade(tokens, index)) return true;
  if (isScoreAfterEponym(tokens, index, maximum)) return true;
  if (isNumberedCycle(tokens, index)) return true;
  // "dose 1/3, 2/3 og 3/3": walk back over the earlier shares of the list to the counted word.
  let back = index - 1;
  while (back >= 0 && isListToken(tokenAt(tokens, back))) back--;
  const before = tokenAt(tokens, back);
  const after = tokens
    .slice(index + 1)
    .find((token) => token.kind !== 'number' && token.text !== '/');
  if (before?.kind === 'word' && countedBefore.test(before.lower)) return true;
  return after?.kind === 'word' && countedAfter.test(after.lower);
}

/** Words of a symptom scored from 0 to 10: "Smertene er 8/10", "VAS 7/10", "Kvalme: 3/10". */
const scoredSymptom =
  /^(?:smerte\p{L}*|vas|nrs|skår\p{L}*|score\p{L}*|intensitet\p{L}*|vondt|verk\p{L}*|ubehag\p{L}*|kvalme\p{L}*|angst\p{L}*|tretthet\p{L}*|slitenhet\p{L}*|svimmelhet\p{L}*|kløe)$/u;
/** Words that may stand between the symptom and its score: "Smertene er nå ca. 8/10". */
const scoreFiller =
  /^(?:er|var|blir|vert|nå|no|ca|ca\.|rundt|omtrent|i|ved|hvile|kvile|bevegelse|:|=|\.|,)$/u;

/** "Smertene er 8/10", "Kvalme: 3/10": a symptom scored out of ten, not the 8th of October. */
function isScoreOutOfTen(tokens: readonly Token[], index: number): boolean {
  // "målet er under 4/10 i hvile", "6/10 ved bevegelse": scored at rest or in movement.
  const after = tokens.slice(index + 1, index + 5).filter((token) => token.text !== '/');
  if (
    /^(?:i|ved|under)$/u.test(after[1]?.lower ?? '') &&
    /^(?:hvile|kvile|ro|bevegelse|rørsle|aktivitet|belastning|anstrengelse)$/u.test(
      after[2]?.lower ?? '',
    )
  )
    return true;
  for (let back = index - 1; back >= 0 && index - back <= 5; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined) return false;
    if (scoredSymptom.test(token.lower)) return true;
    if (!scoreFiller.test(token.lower)) return false;
  }
  return false;
}

/** A token inside a list of shares: "1/3, 2/3 og". */
function isListToken(token: Token | undefined): boolean {
  return (
    token !== undefined && (token.kind === 'number' || /^(?:\/|,|og|eller)$/u.test(token.lower))
  );
}

/** A four-digit clock time that no year can be: "0730", "1800", "2200". */
function isClockOnly(token: Token | undefined): boolean {
  if (token?.kind !== 'number' || !/^(?:[01]\d|2[0-3])[0-5]\d$/u.test(token.text)) return false;
  const value = Number(token.text);
  return token.text.startsWith('0') || value < 1900 || value > 2099;
}

/**
 * "Medisin gis kl. 2000.", "Besøk mellom 1800 og 2000", "fra 2000 til 2200": a clock time written
 * without a separator; "Væske 2000 per døgn": an amount per day. Neither is a year.
 */
function isClockOrAmount(tokens: readonly Token[], index: number): boolean {
  const previous = tokenAt(tokens, index - 1);
  if (previous?.text === '.' && /^(?:kl|klokka|klokken)$/u.test(lowerAt(tokens, index - 2)))
    return true;
  const joinerBefore = /^(?:og|til|-|–)$/u.test(previous?.lower ?? '');
  if (joinerBefore && isClockOnly(tokenAt(tokens, index - 2))) return true;
  const next = tokenAt(tokens, index + 1);
  if (/^(?:og|til|-|–)$/u.test(next?.lower ?? '') && isClockOnly(tokenAt(tokens, index + 2)))
    return true;
  return (
    /^(?:per|pr|i)$/u.test(next?.lower ?? '') &&
    /^(?:døgn|døgnet|dag|dagen|time|timen|uke|uka|veka)$/u.test(lowerAt(tokens, index + 2))
  );
}

/**
 * "Kontroll om 6/12", "Plager for 3/12 siden", "Plager siste 4/12", "Status 2/12 etter
 * operasjonen", "Barnet er 9/12 gammelt": months written as twelfths of a year, a duration.
 */
function isMonthsOfYear(tokens: readonly Token[], index: number): boolean {
  const previous = lowerAt(tokens, index - 1);
  const next = tokenAt(tokens, index + 3);
  if (/^(?:om|siste|sista)$/u.test(previous)) return true;
  if (previous === 'for' && /^(?:siden|sidan|sia)$/u.test(next?.lower ?? '')) return true;
  if (/^(?:gammel|gammelt|gamle|gml)$/u.test(next?.lower ?? '')) return true;
  return next?.lower === 'etter' && /^\p{Ll}{3,}(?:en|et|a|ene)$/u.test(textAt(tokens, index + 4));
}

/** Spoken ordinals that may end a spoken date ("mandag den andre"). */
const spokenOrdinal =
  /^(?:første|andre|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende|ellevte|tolvte|trettende|fjortende|femtende|sekstende|syttende|attende|nittende|tjuende|tjueførste|trettiende)$/u;

/** "på mandag den andre gangen": a spoken ordinal before a noun in its definite form. */
function isSpokenOrdinalBeforeNoun(tokens: readonly Token[], candidate: Candidate): boolean {
  const lastIndex = findTokenIndex(tokens, candidate.end, 'end');
  const last = tokenAt(tokens, lastIndex);
  const noun = tokenAt(tokens, lastIndex + 1);
  if (last === undefined || !spokenOrdinal.test(last.lower) || noun?.kind !== 'word') return false;
  if (monthWord.test(noun.lower)) return false;
  return /^\p{Ll}{2,}(?:en|et|a|ene)$/u.test(noun.text);
}

/** Words of a rule, a fee or a routine that changes on a day for everyone. */
const ruleWord =
  /^(?:gjelder|gjeld|rutine\p{L}*|regel|reglene|regelverk\p{L}*|ordning\p{L}*|ordninga|innføres|innførast|endres|endrast|egenandel\p{L}*|frikort\p{L}*|takst\p{L}*|forskrift\p{L}*|lovendring\p{L}*)$/u;
/** Words that point at one person in the sentence. */
const onePersonWord =
  /^(?:han|hun|ho|hen|pasienten|pasientens|jeg|eg|æ|meg|hans|hennes|hennar|sønnen|datteren|dottera|mora|moren|faren|kona|mannen|barnet)$/u;

/**
 * "Fra 1. januar gjelder nye rutiner", "Egenandelen endres fra 1. juli": the day a rule or a fee
 * changes for everyone, no event in one person's life. A year or a person in the sentence keeps it.
 */
function isRuleChangeDay(value: string, tokens: readonly Token[], index: number): boolean {
  if (/\d{4}/u.test(value)) return false;
  const sentence = sentenceAround(tokens, index);
  return (
    sentence.some((token) => ruleWord.test(token.lower)) &&
    !sentence.some((token) => onePersonWord.test(token.lower))
  );
}

/**
 * The index of the token that starts (or ends) at `offset`, or -1; a binary search, since tokens
 * are in text order and a text may hold thousands of candidates.
 */
export function findTokenIndex(
  tokens: readonly Token[],
  offset: number,
  edge: 'start' | 'end',
): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = tokenAt(tokens, middle)?.[edge] ?? 0;
    if (value === offset) return middle;
    if (value < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
