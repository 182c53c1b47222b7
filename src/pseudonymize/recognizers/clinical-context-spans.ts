import { monthNames } from '../../language/index.js';
import { drugNames, eponyms } from '../gazetteers/medical-terms.js';
import { getSharedLexicon } from '../lexicon.js';
import type { Candidate } from '../types.js';

/**
 * Candidates of identifier-free clinical text that the words right around them show to be no
 * identifier (issue 10, false detections per 1,000 clean words; ANNOTATION.md, "Never PHI"):
 * weeks counted from an operation or within a stay, ages of groups in tables and programmes,
 * eponyms and cities that name a grade, and generic services read as organisations. Each test is
 * narrow and looks at one candidate and its neighbours; the caller drops the candidates for which
 * `isClinicalContextSpan` is true before overlaps are resolved.
 */
export function isClinicalContextSpan(text: string, candidate: Candidate): boolean {
  switch (candidate.type) {
    case 'DATE':
      return (
        isWeekOfStay(text, candidate) ||
        isMaturityWeek(text, candidate) ||
        isWeekColumnHeading(text, candidate) ||
        isFollowUpHeadingWeek(text, candidate) ||
        isWeekAfterOperation(text, candidate) ||
        isYearlyWeek(text, candidate) ||
        isClockChangeMonth(text, candidate) ||
        isFormNumber(text, candidate) ||
        isWeekOfCourse(text, candidate) ||
        isMonthOfWeatherOrNature(text, candidate) ||
        isInListOfNonDates(text, candidate) ||
        isMonthHeadingOfYearPlan(text, candidate) ||
        isResultBeforeReferenceRange(text, candidate)
      );
    case 'AGE':
      return (
        isAgeGroupRow(text, candidate) ||
        isIncidenceAge(text, candidate) ||
        isDelayInYears(text, candidate) ||
        isProgrammeAge(text, candidate) ||
        isProgrammeTimetableAge(text, candidate) ||
        isSchoolGrade(text, candidate) ||
        isDurationRange(text, candidate) ||
        isLengthOfPeriod(text, candidate) ||
        isAgeOfRight(text, candidate) ||
        isAgeCriterion(text, candidate) ||
        isSpokenAgeOfThing(text, candidate) ||
        isGroupDecadeOfLife(text, candidate) ||
        isNegatedDuration(text, candidate) ||
        isAgeOfChildrenInGeneral(text, candidate)
      );
    case 'PERSON':
      return (
        isNameOfGrade(text, candidate) ||
        isCoordinatedEponym(text, candidate) ||
        isNynorskRemindVerb(text, candidate) ||
        isNameDefinedAsThing(text, candidate) ||
        isShiftRole(text, candidate) ||
        isDegreeOrChair(text, candidate) ||
        isRoleWithPossessive(text, candidate) ||
        isJoinedWeekdayAbbreviation(text, candidate) ||
        isAbbreviatedTitle(text, candidate)
      );
    case 'LOCATION':
      return isNameOfGrade(text, candidate);
    case 'ORGANIZATION':
      return isGenericService(text, candidate) || isPastimeCompound(text, candidate);
    case 'WORKPLACE':
      return isGenericWorkplace(text, candidate);
    case 'ADDRESS':
    case 'EMAIL':
    case 'ID':
    case 'OTHER':
    case 'PHONE':
    case 'POSTAL_CODE':
      return false;
  }
}

/** The line that holds `at`, without its line break. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The sentence that holds the span from `start` to `end`, on its line. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = /[^.!?\n]*$/u.exec(text.slice(Math.max(0, start - 200), start))?.[0] ?? '';
  const after = /^[^.!?\n]*/u.exec(text.slice(end, end + 200))?.[0] ?? '';
  return before + text.slice(start, end) + after;
}

/** The sentence before `at` on its line, at most `length` characters back. */
function sentenceBefore(text: string, at: number, length: number): string {
  return /[^.!?\n]*$/u.exec(text.slice(Math.max(0, at - length), at))?.[0] ?? '';
}

const weekValue = /^(?:uke|veke) (\d{1,2})$/iu;

/**
 * "Beboer på korttidsopphold, uke 2 av 3": the second week of a stay of three, not calendar week
 * 2. "uke 3 av 1980" (a year after "av") stays a date.
 */
function isWeekOfStay(text: string, candidate: Candidate): boolean {
  const week = weekValue.exec(text.slice(candidate.start, candidate.end));
  if (week === null) return false;
  const of = /^ av (\d{1,2})(?![\d/]|[.,:]\d)/u.exec(text.slice(candidate.end, candidate.end + 8));
  return of !== null && Number(of[1]) >= Number(week[1]);
}

/**
 * "Ballard-skår tilsvarende uke 36", "ROP-screening fra uke 31 korrigert alder": the maturity of a
 * newborn in weeks of pregnancy, not a calendar week.
 */
function isMaturityWeek(text: string, candidate: Candidate): boolean {
  if (!weekValue.test(text.slice(candidate.start, candidate.end))) return false;
  if (
    /(?:tilsvarende|svarande til|svarer til|korrigert|korrigerte)\s+$/iu.test(
      text.slice(Math.max(0, candidate.start - 16), candidate.start),
    )
  )
    return true;
  return /^\s+korrigert(?:e)?\s+(?:alder|gestasjonsalder)/iu.test(
    text.slice(candidate.end, candidate.end + 28),
  );
}

/**
 * "Analyse   Uke 0   Uke 2   Uke 4   Uke 8": the column headings of a table of values over the
 * weeks of a treatment, as "Dag 2   Dag 4" heads a table of a stay.
 */
function isWeekColumnHeading(text: string, candidate: Candidate): boolean {
  if (!weekValue.test(text.slice(candidate.start, candidate.end))) return false;
  const columns = lineAround(text, candidate.start).match(
    /(?:^|\s{2,})(?:uke|veke) \d{1,2}(?=\s{2,}|$)/giu,
  );
  return (columns ?? []).length >= 3;
}

/**
 * "Oppfølging uke 4 … Oppfølging uke 8": headings of the consultations of one treatment, named by
 * the week counted from its start, on lines of their own. A single "Kontroll uke 12" line stays a
 * calendar week.
 */
function isFollowUpHeadingWeek(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!weekValue.test(value)) return false;
  const line = lineAround(text, candidate.start);
  const heading = /^(\p{Lu}\p{Ll}+) (?:uke|veke) (\d{1,2})$/u.exec(line.trimEnd());
  if (heading === null) return false;
  const word = heading[1] ?? '';
  const series = text.match(new RegExp(`^${word} (?:uke|veke) \\d{1,2}[ \\t]*$`, 'gmu')) ?? [];
  return new Set(series.map((entry) => entry.trim())).size >= 2;
}

/** Words of an operation, an injury or a start that weeks are counted from. */
const countedFromPhrase =
  /\b(?:etter|siden|sidan|fra|frå)\s+(?:operasjon|operasjonen|inngrepet|skaden|ulykka|ulykken|fødselen|fødsel|oppstart|oppstarten|behandlingsstart)\b|\bpostoperativ\p{L}*|\bpostop\b/iu;

/** Signs of the calendar in a line: a month, a written date or a year. */
const calendarSign =
  /\b(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\b|\b\d{1,2}\.\d{1,2}\b|\b(?:19|20)\d{2}\b|\b(?:neste|forrige|denne|førre|komande|kommende)\s+(?:uke|veke)\b/iu;

/**
 * "Opptrening hos håndterapeut fra uke 3" in a paragraph about the course after an operation,
 * "Går uten krykker siden uke 6" below "Utskrevet dag 3 etter operasjonen": a week counted from
 * the operation, not a calendar week. The operation must be named in the line or the line before,
 * and neither may hold a month, a written date or a year ("Sykmeldt til uke 14, operert 3.2.").
 */
const countedFromWeekLead =
  /(?:^|[\s(])(?:fra|frå|f\.o\.m\.|fom|siden|sidan|til|innen|innan|etter|før|ut)[ ]$/iu;

function isWeekAfterOperation(text: string, candidate: Candidate): boolean {
  const week = weekValue.exec(text.slice(candidate.start, candidate.end));
  if (week === null || Number(week[1]) > 26) return false;
  // "Hun skal opereres i uke 9", "Ferie i uke 12": a week something happens in is a calendar
  // week; only a week counted from the operation ("fra uke 3", "siden uke 6") is not.
  if (!countedFromWeekLead.test(text.slice(Math.max(0, candidate.start - 12), candidate.start)))
    return false;
  const lineStart = text.lastIndexOf('\n', candidate.start - 1) + 1;
  const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  const lineEnd = text.indexOf('\n', candidate.end);
  const context = text.slice(previousStart, lineEnd < 0 ? text.length : lineEnd);
  return countedFromPhrase.test(context) && !calendarSign.test(context);
}

/**
 * "0–4 år      12      4 %", "80 år og eldre    24": a row of a table of age groups, or an open
 * group ("80 år og eldre"), not a person's age. "Hun er 80 år og bor alene" stays an age.
 */
function isAgeGroupRow(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^\d{1,3} år$/u.test(value)) return false;
  const after = text.slice(candidate.end, candidate.end + 16);
  if (/^ (?:og|eller) (?:eldre|over|oppover|yngre)(?![\p{L}])/u.test(after)) return true;
  const lineStart = text.lastIndexOf('\n', candidate.start - 1) + 1;
  return (
    /^\s*\d{1,3}\s?[-–]\s?$/u.test(text.slice(lineStart, candidate.start)) &&
    /^\s{2,}\d/u.test(after)
  );
}

/** Words of the incidence of a disease in a population. */
const incidenceWord =
  /\b(?:forekomst\p{L}*|insidens\p{L}*|prevalens\p{L}*|topp i|toppar seg|topper seg)\b/iu;

/**
 * "Type 1-diabetes har en topp i forekomst rundt 10–14 års alder": the age at which a disease is
 * most frequent, no one person's age. "Hun fikk diagnosen i 14 års alder" stays an age.
 */
function isIncidenceAge(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,3}(?: år| års|-årene)$/u.test(text.slice(candidate.start, candidate.end)))
    return false;
  return incidenceWord.test(sentenceBefore(text, candidate.start, 100));
}

/**
 * "Beinalder forsinket ett og et halvt år": a delay in years, not an age. "Hun er ett og et halvt
 * år" stays an age.
 */
function isDelayInYears(text: string, candidate: Candidate): boolean {
  if (
    !/^\S+ (?:og (?:et|eit) halvt )?(?:år|måneder|månader)$/u.test(
      text.slice(candidate.start, candidate.end),
    )
  )
    return false;
  return /(?:forsinket|forsinka|forskjøvet|forskyvd|avansert|fremskutt|framskutt|akselerert)\s+(?:med\s+)?$/iu.test(
    text.slice(Math.max(0, candidate.start - 24), candidate.start),
  );
}

/** Words of a programme of check-ups or vaccines for every child. */
const programmeWord =
  /\b(?:kontroller|konsultasjoner|vaksiner|vaksinasjon\p{L}*|programmet|programmets|screening\p{L}*)\b/iu;

/**
 * "Kontroller ved 4 uker, 6 uker, 3, 4, 5, 6, 8 og 10 måneder, 1 år, 15 måneder, 2 år og 4 år":
 * the ages of a programme for every child, not a person's age. "Barna er 2 år, 4 år og 6 år"
 * (no programme) stays ages.
 */
function isProgrammeAge(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,2} år$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const sentence = sentenceBefore(text, candidate.start, 200);
  if (!programmeWord.test(sentence) || !/\bved\b/iu.test(sentence)) return false;
  const items = sentence.match(/\d{1,2} (?:uker|veker|måneder|månader|mnd|år)(?:,| og)/gu);
  return (items ?? []).length >= 2;
}

/** A line of a timetable that opens with an age or a span of ages and a colon: "3 måneder: …". */
const timetableLine =
  /^\s*\d{1,2}(?:\s?[–-]\s?\d{1,2})? (?:uker|veker|måneder|månader|mnd|år)(?: \(\d{1,2}\. ?(?:trinn|klasse)\))?:/u;

/** A heading word of a programme for every child: "Barnevaksinasjonsprogrammet", "Skolevaksiner". */
const timetableHeadingWord = /(?:vaksin|program|tidsplan|screening)/iu;

/**
 * "Barnevaksinasjonsprogrammet\n3 måneder: …\n7 år (2. trinn): …\n11 år: …": ages opening the
 * lines of a timetable under a programme heading (three timetable lines or more), not a person's
 * age. "Utvikling\n1 år: krabbet\n3 år: snakket" (no programme word) stays ages.
 */
function isProgrammeTimetableAge(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,2} år$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const lineStart = text.lastIndexOf('\n', candidate.start - 1) + 1;
  const lineEnd = text.indexOf('\n', candidate.end);
  const lines = text.split('\n');
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!timetableLine.test(line)) return false;
  const index = text.slice(0, lineStart).split('\n').length - 1;
  let first = index;
  while (first > 0 && timetableLine.test(lines[first - 1] ?? '')) first -= 1;
  let last = index;
  while (last + 1 < lines.length && timetableLine.test(lines[last + 1] ?? '')) last += 1;
  if (last - first + 1 < 3 || first === 0) return false;
  return timetableHeadingWord.test(lines[first - 1] ?? '');
}

/** "Ungdom på 9. trinn", "går i 4. klasse": a school grade, not an age. */
function isSchoolGrade(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,2}$/u.test(text.slice(candidate.start, candidate.end))) return false;
  return /^\.\s?(?:trinn|trinnet|klasse|klassen|klassetrinn|årstrinn|steg)(?![\p{L}])/u.test(
    text.slice(candidate.end, candidate.end + 16),
  );
}

/**
 * "Bristol type 6", "Wagner grad 2", "Hunt og Hess grad 2", "Los Angeles grad B": an eponym or a
 * city that names a grade or a type of a classification, not a person or a place.
 */
function isNameOfGrade(text: string, candidate: Candidate): boolean {
  // "Kari Nordmann grad 2 ødem", "Ola Hansen type A.": a person's full name before a grade stays a
  // name; an eponym naming a grade is one word ("Wagner", "Hunt og Hess"), a place at most two
  // ("Los Angeles"), on one line.
  const name = text.slice(candidate.start, candidate.end);
  if (/[^\S ]/u.test(name) || name.split(' ').length > (candidate.type === 'PERSON' ? 1 : 2))
    return false;
  const after = text.slice(candidate.end, candidate.end + 40);
  // "Kari type 2-diabetiker": a kind of diabetes is said of the person, not a grade named after her.
  if (/^[ ]type[ ]?[12][ ]?-?[ ]?diabet/iu.test(after)) return false;
  return /^(?: og \p{Lu}\p{Ll}+)?[ ](?:type|grad|stadium|stadie)[ ](?:\d|[IV]{1,4}(?![\p{L}])|[A-D](?![\p{L}]))/u.test(
    after,
  );
}

/** Nouns that an eponym in the genitive names: a sign, a test, a disease. */
const eponymNoun =
  /^(?:tegn|test|testen|prøve|prøven|manøver|manøveren|fenomen|refleks|triade|sykdom|syndrom|kriterier|kriteriene)(?![\p{L}])/u;

/**
 * "Cullens og Grey Turners tegn ikke til stede": the first of two eponyms in the genitive that
 * share one sign or test, not a person. "Olas og Karis mor" stays names.
 */
function isCoordinatedEponym(text: string, candidate: Candidate): boolean {
  if (!/\p{L}s$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const after = /^ og (?:\p{Lu}[\p{L}-]+ ){0,2}\p{Lu}[\p{L}-]+s /u.exec(
    text.slice(candidate.end, candidate.end + 40),
  );
  if (after === null) return false;
  const rest = text.slice(candidate.end + after[0].length, candidate.end + after[0].length + 14);
  return eponymNoun.test(rest);
}

/**
 * "Minna på om å bere alarmen": nynorsk past tense of "minne" ("reminded") opening a sentence,
 * not the given name Minna. "Minna på kontoret ringte" stays a name.
 */
function isNynorskRemindVerb(text: string, candidate: Candidate): boolean {
  if (text.slice(candidate.start, candidate.end) !== 'Minna') return false;
  return /^ på (?:om|at) /u.test(text.slice(candidate.end, candidate.end + 8));
}

/** Words of number or kind before a generic noun: "noen sykehus", "de fleste legekontor". */
const quantifierFirst =
  /^(?:noen|nokre|alle|mange|flere|fleire|andre|enkelte|disse|desse|ulike|begge|hvert|kvart|ethvert|samme|private|offentlige|norske)\s/u;

/** Participles and adjectives that make a kind of service: "Arbeidsrettet rehabilitering". */
const kindOfService =
  /^\p{Lu}\p{Ll}{3,}(?:ert|rettet|retta|basert|ende)\s(?:rehabilitering|habilitering|behandling|oppfølging|avlastning|arbeid)$/u;

/**
 * "brukes av noen sykehus", "Legemiddelassistert rehabilitering", "Arbeidsrettet rehabilitering":
 * a kind of service or a number of hospitals, not a named organisation. "Sørlandet sykehus"
 * stays an organisation.
 */
function isGenericService(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  return quantifierFirst.test(value) || kindOfService.test(value);
}

/**
 * "Er med i seniordans": a pastime written as one lower-case compound, not a club. "Er med i
 * Sagene turn" stays a club.
 */
function isPastimeCompound(text: string, candidate: Candidate): boolean {
  return /^\p{Ll}{3,}(?:dans|dansen)$/u.test(text.slice(candidate.start, candidate.end));
}

/**
 * "Medisinsk avdeling har stengte senger i uke 28 til 31 hvert år": weeks of a plan that repeats
 * every year, not a date in a person's life. "Ferie i uke 28" stays a date.
 */
function isYearlyWeek(text: string, candidate: Candidate): boolean {
  if (!weekValue.test(text.slice(candidate.start, candidate.end))) return false;
  return /^(?:\s?(?:[-–]|til|og)\s?\d{1,2})?\s+(?:hvert år|kvart år|årlig|kvart år)(?![\p{L}])/u.test(
    text.slice(candidate.end, candidate.end + 24),
  );
}

/**
 * "Sommertid innføres i mars. Vintertid fra oktober.", "Sommertid fra siste helg i mars": the
 * months of the change of the clocks for everyone, not a date in a person's life. At most two words
 * (or the fixed "fra siste helg") between, so "Rett etter sommertid og ble operert i april" stays.
 */
function isClockChangeMonth(text: string, candidate: Candidate): boolean {
  if (!/^\p{L}+$/u.test(text.slice(candidate.start, candidate.end))) return false;
  return /\b(?:sommertid|vintertid|sommertida|vintertida)\s+(?:(?:\p{L}+\s+){0,2}(?:fra|i|frå)|(?:fra|frå)\s+(?:siste|første)\s+(?:helg|søndag|sundag)\s+i)\s+$/iu.test(
    sentenceBefore(text, candidate.start, 40),
  );
}

/**
 * "Søvnproblemer i 2–3 år": a duration given as a range, not an age. "Barnet er 2–3 år" (no "i")
 * stays an age.
 */
function isDurationRange(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,2} år$/u.test(text.slice(candidate.start, candidate.end))) return false;
  return /(?:^|\s)i\s+(?:over\s+|under\s+|mer enn\s+)?\d{1,2}\s?[-–]\s?$/u.test(
    text.slice(Math.max(0, candidate.start - 20), candidate.start),
  );
}

/** Nouns of a length of time that a sentence may give in years. */
const periodSubject =
  /(?:^|[.!?\n]\s*)(?:garantien|garantitida|garantitiden|levetiden|levetida|holdbarheten|varigheten|ventetiden|ventetida|behandlingstiden|oppfølgingstiden|oppfølgingen|perioden|fristen|karenstiden|intervallet)(?:\s+(?:på|for|av)\s+(?:\p{L}+\s+){0,2}?\p{L}+)?\s+(?:er|var|blir)\s+(?:på\s+|inntil\s+|minst\s+)?$/iu;

/**
 * "Garantien på rullestolen er 2 år", "Ventetiden er 1 år": a length of time, not an age.
 * "Hun er 2 år" stays an age.
 */
function isLengthOfPeriod(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,3} år$/u.test(text.slice(candidate.start, candidate.end))) return false;
  return periodSubject.test(text.slice(Math.max(0, candidate.start - 60), candidate.start));
}

/** Words of a right, a duty or a law in the sentence of an age limit. */
const rightWord =
  /\b(?:rett|rettar|rettigheter|plikt|plikter|lov|loven|lover|lova|lovene|lovpålagt|lovfestet|samtykke\p{L}*|foreldreansvar\p{L}*)\b/iu;

/**
 * "Foreldre har rett til informasjon til barnet er 18 år", "den siste kontrollen før barnet fyller
 * to": the age at which a right or a programme ends, for every child, not one child's age. "Hun bor hjemme til barnet er 2 år" (no right) stays an age.
 */
function isAgeOfRight(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  const sentence = sentenceBefore(text, candidate.start, 120);
  if (
    !/\b(?:til|før|når|inntil|fram til|frem til)\s+(?:barnet|barn|ungdommen|man|en|du)\s+(?:er|blir|fyller)\s+$/u.test(
      sentence,
    )
  )
    return false;
  if (/^\d{1,2} år$/u.test(value)) return rightWord.test(sentence);
  // "17-månederskontrollen er den siste kontrollen før barnet fyller to": a check of a programme.
  return /^\p{Ll}+$/u.test(value) && /\p{L}*kontroll\p{L}*/iu.test(sentence);
}

/**
 * "Ask er et tre som også kan gi allergi": a word that is also a given name, defined as a tree, a
 * plant or a bird, not a person. "Ask er en god venn" stays a name.
 */
function isNameDefinedAsThing(text: string, candidate: Candidate): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(text.slice(candidate.start, candidate.end))) return false;
  // "Emma er en tre år gammel jente": "tre" is three there, and Emma a child.
  return /^ er (?:et|en|ei|eit|ein) (?:\p{L}+ )?(?:tre|treslag|plante|busk|blomst|fugl|fuglenavn|gras|gress)(?![\p{L}])(?![ ]+(?:år|års|måneder|månader|mnd|uker|veker|dager|dagar|døgn)(?![\p{L}]))(?!-)/u.test(
    text.slice(candidate.end, candidate.end + 40),
  );
}

/**
 * "Forvakt ringte om kvelden", "Mellomvakt kom inn": the doctor on a shift, named by the shift, not
 * a person.
 */
function isShiftRole(text: string, candidate: Candidate): boolean {
  return /^\p{Lu}\p{Ll}{1,12}vakt(?:a|en)?$/u.test(text.slice(candidate.start, candidate.end));
}

/**
 * "Ph.d., lege i spesialisering", "Professor II": a degree or a part-time chair in a title line,
 * not a person. "Professor Hansen" stays a name.
 */
function isDegreeOrChair(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (value === 'Ph' || value === 'PH')
    return /^\.\s?[dD]\./u.test(text.slice(candidate.end, candidate.end + 4));
  if (!/^(?:I|II|III|IV)$/u.test(value)) return false;
  return /(?:^|\s)(?:Professor|professor|Dosent|dosent|Førsteamanuensis|førsteamanuensis)\s+$/u.test(
    text.slice(Math.max(0, candidate.start - 20), candidate.start),
  );
}

/**
 * "hos sykepleieren vår", "legen min": a role in the definite form with a possessive, not the
 * names Vår or Min. "sykepleier Vår" stays a name.
 */
function isRoleWithPossessive(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  const role = /^\p{Ll}{3,}(?:en|et|a|ene|ane|na) (?:vår|våre|mi|min|mitt)$/u;
  if (role.test(value)) return true;
  return (
    /^(?:vår|våre|mi|min|mitt)$/u.test(value) &&
    /(?:^|\s)\p{Ll}{3,}(?:en|et|a|ene|ane|na) $/u.test(
      text.slice(Math.max(0, candidate.start - 24), candidate.start),
    )
  );
}

/**
 * "Skjema 08-07.08", "blankett 00-01.01": the number of a form, not a day and a month.
 * "Kontroll 07.08" stays a date.
 */
function isFormNumber(text: string, candidate: Candidate): boolean {
  if (!/^\d{2}\.\d{2}\.?$/u.test(text.slice(candidate.start, candidate.end))) return false;
  return /(?:skjema|skjemaet|blankett|blanketten|NAV-skjema)\s+(?:nr\.?\s+)?\d{2}-$/iu.test(
    text.slice(Math.max(0, candidate.start - 24), candidate.start),
  );
}

/** Kinds of workplace in the definite form, written with a capital by some clinicians. */
const genericWorkplace =
  /^(?:(?:ungdoms|barne|grunn)?skolen|skulen|barnehagen|butikken|lageret|(?:syke|sjuke)(?:hjemmet|heimen)|legevakten|legevakta|intensiven|akutten|akuttmottaket|(?:hjemme|heime)(?:tjenesten|tenesta|sykepleien|sjukepleia)|(?:føde|barsel)?avdelingen|rusomsorgen|kantina|kantinen|verkstedet|kjøkkenet|fabrikken|sengeposten|poliklinikken|resepsjonen)$/u;

/** Adjectives that name a kind of hospital department: "Medisinsk avdeling". */
const departmentAdjective =
  /^(?:Medisinsk|Kirurgisk|Ortopedisk|Nevrologisk|Psykiatrisk|Gynekologisk|Geriatrisk|Onkologisk|Urologisk)$/u;

/**
 * "Jobber på Legevakten som sykepleier", "Lærer på Ungdomsskolen", "sykepleier på Medisinsk
 * avdeling": a kind of workplace written with a capital, no named employer. "Jobber på
 * Kringsjåskolen" (a school named after its place) stays a workplace.
 */
function isGenericWorkplace(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^\p{Lu}/u.test(value)) return false;
  if (genericWorkplace.test(value.toLowerCase())) return true;
  return (
    departmentAdjective.test(value) &&
    /^\s(?:avdeling|poliklinikk|sengepost|klinikk|post)(?![\p{L}])/u.test(
      text.slice(candidate.end, candidate.end + 16),
    )
  );
}

/** Nouns of a course of treatment or a stay that weeks are counted in. */
const courseNoun =
  /(?:uke|veke) \d{1,2} (?:i|på|av) (?:\p{L}*syklus(?:en)?|\p{L}*kur(?:en|a)?|\p{L}*opphold(?:et)?|\p{L}*behandling(?:en|a)?|antibiotika|\p{L}*programmet|\p{L}*perioden|\p{L}*forløpet)(?![\p{L}])/iu;

const courseNounGlobal = new RegExp(courseNoun.source, 'giu');

/**
 * "Uke 2 i syklusen er det ofte lave blodverdier", "Uke 4 i rehabiliteringsoppholdet", "uke 2 på
 * antibiotika": a week counted in a course of treatment or a stay, and the other weeks of the same
 * paragraph ("ved feber i uke 2"), not calendar weeks. "Ferie i uke 2" stays a date.
 */
function isWeekOfCourse(text: string, candidate: Candidate): boolean {
  if (!weekValue.test(text.slice(candidate.start, candidate.end))) return false;
  if (courseNoun.test(text.slice(candidate.start, candidate.end + 40))) return true;
  if (courseNoun.test(sentenceAround(text, candidate.start, candidate.end))) return true;
  // "Uke 2 i syklusen … Ved feber i uke 2 ring": the same week of the course later on the line.
  // "Uke 12 i kuren. Hun var på ferie i uke 30.": another week is a calendar week.
  const number = weekValue.exec(text.slice(candidate.start, candidate.end))?.[1];
  const courseWeeks = lineAround(text, candidate.start).matchAll(courseNounGlobal);
  for (const course of courseWeeks) if (/\d{1,2}/u.exec(course[0])?.[0] === number) return true;
  return false;
}

/** Words of a criterion or a group before a range of ages: "Alder 18–75 år", "personer 40–80 år". */
const criterionBefore =
  /(?:^|[\s:(])(?:alder|alderen|personer|pasienter|menn|kvinner|deltakere|deltakarar|voksne|ungdom|gjelder)\s+\d{1,2}\s?[-–]\s?$/iu;

/**
 * "Alder 18–75 år ved inklusjon", "personer 40–80 år", "Alder ≥ 75 år gir 2 poeng": an age of a
 * criterion or a score, not a person's age. "Hun er 75 år" stays an age.
 */
function isAgeCriterion(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,3} år$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const before = text.slice(Math.max(0, candidate.start - 30), candidate.start);
  return /(?:≥|≤|>=|<=|>|<)\s?$/u.test(before) || criterionBefore.test(before);
}

/** Things, in bokmål and nynorsk, whose age a note or a speaker may give. */
const thingBefore =
  /(?:^|[\s,.!?])(?:bilen|huset|båten|kjøkkenet|kjøkenet|sengene|senga|sengen|heisen|rullatoren|trappa|trappen|taket|hytta|utstyret|apparatet|maskina|maskinen|protesen|bygget|bygningen|madrassen|stolen|rullestolen|høyreapparatet|hørselsapparatet|brillene|traktoren|fjøset|låven|løa)(?:\s+(?:på|i|til)\s+\p{L}+)?\s+(?:er|var)\s+(?:no\s+|nå\s+|snart\s+|over\s+)?$/iu;

/**
 * "bilen er tjue år gammal", "huset er hundre år", "sengene er femten år gamle": the age of a
 * thing, also said in words or in nynorsk, not of a person. "Guten er tjue år" stays an age.
 */
function isSpokenAgeOfThing(text: string, candidate: Candidate): boolean {
  if (
    !/^\p{L}+ år(?: gammal| gammalt| gamle| gammel| gammelt)?$/u.test(
      text.slice(candidate.start, candidate.end),
    )
  )
    return false;
  return thingBefore.test(text.slice(Math.max(0, candidate.start - 40), candidate.start));
}

/** Words for one person, who makes a decade of life that person's age. */
const onePerson =
  /(?:^|[\s,])(?:hun|han|ho|hen|pas\.?|pasienten|pasientens|mor|far|mora|faren|moren)(?![\p{L}])/iu;

/** Words of many people in the clause of a decade of life. */
const manyPeople =
  /\b(?:mange|alle|folk|fleire|flere|de fleste|dei fleste|kvinner|kvinnor|menn)\b/iu;

/**
 * "i femtiårsalderen får mange vondt i ryggen", "i sekstiårsalderen bør alle sjekke tarmen": a
 * decade of life for many people, not one person's age. "Ho fekk det i femtiårsalderen" stays an
 * age.
 */
function isGroupDecadeOfLife(text: string, candidate: Candidate): boolean {
  if (!/årsalder(?:en)?$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const after = /^[^.!?\n,]*/u.exec(text.slice(candidate.end, candidate.end + 40))?.[0] ?? '';
  // "I femtiårsalderen fikk hun mange infeksjoner": "mange" is the infections, the age hers.
  const before =
    /[^.!?\n,]*$/u.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start))?.[0] ?? '';
  if (onePerson.test(before) || onePerson.test(after)) return false;
  return manyPeople.test(after);
}

const monthAlternation = monthNames.join('|');
const monthName = new RegExp(`^(?:${monthAlternation})$`, 'iu');

/** Words of weather, daylight, pollen, plants and berries: what a month is like for everyone. */
const weatherOrNatureWord =
  /^(?:snø|snøen|snøvær|regn|regnet|regner|regnvær|varmt|varmere|varmen|kaldt|kaldere|kulda|kulden|mildt|mildere|frosten|isen|glatt|glatte|mørkt|mørkere|lyst|lysere|dagslys|dagslyset|solskinn|sola|solen|vinden|pollen|pollenet|bjørk|bjørka|bjørkepollen|hassel|or|gress|gresset|burot|jordbær|blåbær|tyttebær|multer|plommer|epler|moreller|kirsebær|flått|flåtten|mygg|myggen|været|vêret|minusgrader|plussgrader)$/u;

/** Words that tie a sentence to one person or a past event: then the month may date it. */
const personOrEventWord =
  /^(?:han|hun|ho|hen|jeg|eg|æ|meg|deg|du|vi|oss|dere|pasienten|pasientens|pas|pt|min|mi|mitt|mine|hans|hennes|hennar|sønnen|datteren|dottera|sonen|mora|moren|faren|far|mor|kona|mannen|samboeren|barnet|gutten|jenta|ble|blei|vart|var|hadde|fikk|fekk|siden|sidan|sist|forrige|fjor|innlagt|operert|sykmeldt|skal|skulle|planlagt|kom|falt|datt|begynte|startet|døde|født|fødd)$/u;

/** Small words a sentence about the weather or nature may hold besides weather words and months. */
const weatherSentenceFunctionWord =
  /^(?:i|og|eller|nå|no|det|er|blir|vert|kommer|kjem|starter|begynner|pleier|å|være|på|om|til|fra|frå|av|med|en|ei|et|ein|mye|mykje|mest|mer|meir|lite|litt|så|da|då|også|og|ofte|gjerne|mange|tidlig|tidleg|sent|seint|slutten|starten|begynnelsen|midten|hele|heile)$/u;

/**
 * "Hassel og or i mars, bjørk nå i mai", "Det blir varmt i juli", "Jordbær i juli og plommer i
 * august": a month in a sentence about the weather or nature is what that month is like every
 * year, not a date in a person's life. The test fails closed: every word of the sentence must be a
 * weather or nature word, a month or a small function word, so "Skled på isen i januar, brudd i
 * hoften" and "Hun fikk heteslag i juli da det var varmt" stay dates.
 */
function isMonthOfWeatherOrNature(text: string, candidate: Candidate): boolean {
  if (!monthName.test(text.slice(candidate.start, candidate.end))) return false;
  const sentence = sentenceAround(text, candidate.start, candidate.end);
  // Digits, names or codes in the sentence are no part of a sentence about the weather.
  if (/[\d@]/u.test(sentence)) return false;
  const words = (sentence.match(/[\p{L}-]+/gu) ?? []).map((word) => word.toLowerCase());
  if (namesPersonOrClinicalEvent(words)) return false;
  return (
    words.some((word) => weatherOrNatureWord.test(word)) &&
    words.every(
      (word) =>
        weatherOrNatureWord.test(word) ||
        monthName.test(word) ||
        weatherSentenceFunctionWord.test(word),
    )
  );
}

/** True when "d.m" or "d/m" cannot be a day and a month (day 0 or above 31, month 0 or above 12). */
function cannotBeDate(day: string, month: string): boolean {
  const d = Number(day);
  const m = Number(month);
  return day.length > 2 || month.length > 2 || d === 0 || d > 31 || m === 0 || m > 12;
}

/** True when "h.mm" is a valid clock time (a time is no proof that a neighbour is no date). */
function isClockTime(hours: string, minutes: string): boolean {
  return minutes.length === 2 && Number(hours) <= 24 && Number(minutes) <= 59;
}

/**
 * "BT 142/88, 4/10, 150/95 og 138/90": a pair of numbers in a list (joined by a comma or "og") of
 * at least three pairs of the same shape where every other pair cannot be a day and a month (nor,
 * with a dot, a clock time), so the list holds blood pressures or scores, not dates. Fails closed:
 * "23.12, 24.12 og 31.12" (dates) and "Født 12.05, 23.40" (a clock time) stay dates.
 */
function isInListOfNonDates(text: string, candidate: Candidate): boolean {
  const own = /^(\d{1,2})([./])(\d{1,2})$/u.exec(text.slice(candidate.start, candidate.end));
  if (own === null) return false;
  const separator = own[2] === '.' ? '\\.' : '/';
  const pair = `(\\d{1,3})${separator}(\\d{1,3})`;
  const before = new RegExp(`(?:^|[^\\d./])${pair}(?:,\\s?|\\s(?:og|og ev\\.|eller)\\s)$`, 'u');
  const after = new RegExp(`^(?:,\\s?|\\s(?:og|eller)\\s)${pair}(?![\\d./]\\d)`, 'u');
  const isProof = (first: string, second: string): boolean =>
    cannotBeDate(first, second) && !(own[2] === '.' && isClockTime(first, second));
  let siblings = 0;
  let at = candidate.start;
  for (let step = 0; step < 8; step++) {
    const sibling = before.exec(text.slice(Math.max(0, at - 16), at));
    if (sibling === null) break;
    if (!isProof(sibling[1] ?? '', sibling[2] ?? '')) return false;
    siblings++;
    at -= sibling[0].length - (/^[^\d]/u.test(sibling[0]) ? 1 : 0);
  }
  at = candidate.end;
  for (let step = 0; step < 8; step++) {
    const sibling = after.exec(text.slice(at, at + 16));
    if (sibling === null) break;
    if (!isProof(sibling[1] ?? '', sibling[2] ?? '')) return false;
    siblings++;
    at += sibling[0].length;
  }
  return siblings >= 2;
}

/**
 * "ikke på to år", "aldri på fem år": a time without something, not an age. "gutten på to år"
 * stays an age.
 */
function isNegatedDuration(text: string, candidate: Candidate): boolean {
  if (!/^\S+ (?:år|måneder|månader|uker|veker)$/u.test(text.slice(candidate.start, candidate.end)))
    return false;
  return /(?:^|\s)(?:ikke|ikkje|aldri)\s+på\s+$/iu.test(
    text.slice(Math.max(0, candidate.start - 16), candidate.start),
  );
}

const weekdayAbbreviation = '(?:man|tir|tirs|ons|tor|tors|fre|lør|laur|søn)';

/** True when a capitalised word is in the list of given names ("Tor"). */
function isCapitalisedGivenName(value: string): boolean {
  if (!/^\p{Lu}/u.test(value)) return false;
  const lexicon = getSharedLexicon();
  const lower = value.toLowerCase();
  return lexicon.femaleNames.has(lower) || lexicon.maleNames.has(lower);
}

const weekdayAbbreviationWord = new RegExp(`^${weekdayAbbreviation}$`, 'iu');
const weekdayJoiner = '\\.?\\s?(?:og|-|–|/)\\s?';
const joinedWeekdayAfter = new RegExp(`^${weekdayJoiner}${weekdayAbbreviation}(?![\\p{L}])`, 'iu');
const joinedWeekdayBefore = new RegExp(
  `(?:^|[^\\p{L}])${weekdayAbbreviation}${weekdayJoiner}$`,
  'iu',
);

/**
 * "Tir og tor kveldsåpent til kl. 19", "Man-fre kl. 08-16": a weekday abbreviation joined to
 * another in an opening-hours line (a clock time, "kl." or "åpent" in the line), not the name Tor.
 * Fails closed: a capitalised given name ("Tor og tir kl. 10") and a line without opening hours
 * ("Tor og Kari kommer", "Tor, man blir sliten") keep the name.
 */
function isJoinedWeekdayAbbreviation(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!weekdayAbbreviationWord.test(value)) return false;
  if (isCapitalisedGivenName(value)) return false;
  if (!/(?:\bkl\.|\d|åpen|åpent|\bope\b|stengt)/iu.test(lineAround(text, candidate.start)))
    return false;
  // Compiled once (above), not per candidate.
  return (
    joinedWeekdayAfter.test(text.slice(candidate.end, candidate.end + 12)) ||
    joinedWeekdayBefore.test(text.slice(Math.max(0, candidate.start - 12), candidate.start))
  );
}

/**
 * "Ass.lege", "Ass.lege, medisinsk avdeling": a title shortened with a dot right before the
 * profession, not the name "Ass". Only a title abbreviation counts, so "Per.lege" and "Oda.spl"
 * keep the name; "Ass. lege Hansen" keeps the name Hansen.
 */
function isAbbreviatedTitle(text: string, candidate: Candidate): boolean {
  if (
    !/^(?:Ass|Assist|Overl|Spes|Avd|Konst|Kst|Fung|Sjef)$/u.test(
      text.slice(candidate.start, candidate.end),
    )
  )
    return false;
  return /^\.(?:lege|overlege|sykepleier|spl)(?![\p{L}])/u.test(
    text.slice(candidate.end, candidate.end + 14),
  );
}

/** Words of a step in one patient's course: "Mars: innlagt", "April: utskrevet". */
const careEventWord =
  /^(?:innlagt|innlagd|innleggelse|utskrevet|utskriven|utskrivning|operert|operasjon|henvist|tilvist|henvisning|diagnostisert|diagnose|behandlet|behandla|sykmeldt|sjukmeld|seponert|startet|starta|avsluttet|kontroll|poliklinisk|svar|prøvesvar|undersøkt|død|døde)$/u;

/** A line that opens with a month name and a colon: "Mars: Vårrengjøring av rommene." */
const monthHeadingLine = new RegExp(`^\\s*(?:${monthAlternation}):`, 'iu');

/** Words of a plan for a whole ward or home: the people it is for or how often it recurs. */
const groupPlanWord =
  /^(?:alle|beboere|beboerne|bebuarar|bebuarane|ansatte|tilsette|besøkende|pårørende|pårørande|årlig|årleg|fellesskap|felles|trinn|trinnet|elever|elevene|klasse|klassen|klassetrinn)$/u;

/** Stems of findings, injuries and treatment: a line with one of them is a course, not a plan. */
const findingStem =
  /(?:brudd|fraktur|skade|sår|betennelse|infeksjon|itt$|ose$|kreft|svikt|blødning|smerte|rehabilitering|opptrening|operasjon|diagnose|sykdom|sjukdom|symptom|fall|slag|innleggelse|sykehus|sjukehus|legevakt)/u;

/** Drugs and eponyms of diseases, signs and tests (the clinical lexicon's own lists). */
const drugOrEponym: ReadonlySet<string> = new Set(
  `${drugNames} ${eponyms}`.split(/\s+/u).filter((word) => word.length > 0),
);

/**
 * True when the words name one person or a clinical event: a pronoun, a relative or a past-tense
 * verb of one life, a step of care ("innlagt", "operert"), a finding, injury or treatment by its
 * stem ("hoftebrudd", "lungebetennelse"), or a drug or eponym of the clinical lexicon ("Marevan",
 * "Parkinson"). The one test every rule here that reads a month as no date fails closed on: a
 * sentence or line that names such an event may date it, so the month stays a date.
 */
function namesPersonOrClinicalEvent(words: readonly string[]): boolean {
  return words.some(
    (word) =>
      personOrEventWord.test(word) ||
      careEventWord.test(word) ||
      (findingStem.test(word) && !monthName.test(word)) ||
      drugOrEponym.has(word) ||
      drugOrEponym.has(word.split('-')[0] ?? ''),
  );
}

/** True when the line opens with a month heading and names no person, no event and no finding. */
function isPlainMonthHeadingLine(line: string): boolean {
  if (!monthHeadingLine.test(line)) return false;
  const words = (line.match(/[\p{L}-]+/gu) ?? []).map((word) => word.toLowerCase());
  return !namesPersonOrClinicalEvent(words);
}

/**
 * "Januar: Nyttårskonsert …", "Februar: Karneval …", "Mars: Vårrengjøring …": a month heading in a
 * plan of the year, in a run of at least three lines that open with month headings, none naming a
 * person, an event or a finding, and at least one naming the people of the ward or the year.
 * Fails closed: "Mars: Hoftebrudd venstre side.\nApril: Rehabilitering på sykehjemmet." stays dates.
 */
function isMonthHeadingOfYearPlan(text: string, candidate: Candidate): boolean {
  if (!monthName.test(text.slice(candidate.start, candidate.end))) return false;
  const lineStart = text.lastIndexOf('\n', candidate.start - 1) + 1;
  if (text.slice(lineStart, candidate.start).trim() !== '') return false;
  const lines = text.split('\n');
  const index = text.slice(0, lineStart).split('\n').length - 1;
  if (!isPlainMonthHeadingLine(lines[index] ?? '')) return false;
  let first = index;
  while (first > 0 && isPlainMonthHeadingLine(lines[first - 1] ?? '')) first--;
  let last = index;
  while (last < lines.length - 1 && isPlainMonthHeadingLine(lines[last + 1] ?? '')) last++;
  if (last - first + 1 < 3) return false;
  return lines
    .slice(first, last + 1)
    .some((line) =>
      (line.match(/[\p{L}-]+/gu) ?? []).some((word) => groupPlanWord.test(word.toLowerCase())),
    );
}

/** Nouns of children or young people in general (bare, not "barnet" or "barna"). */
const childrenInGeneral =
  /(?:\b(?:alle|mange|fleste|gjelder|blant)\s+(?:barn|spedbarn|småbarn|babyer|ungdom|ungdommer|unge|elever|jenter|gutter)\s+(?:(?:som\s+er\s+|på\s+|i\s+alderen\s+)(?:\d{1,2}\s?[-–]\s?)?|\d{1,2}\s?[-–]\s?)|(?:^|[.!?:;]\s*|\n\s*)(?:barn|spedbarn|småbarn|babyer|ungdom|ungdommer|unge|elever|jenter|gutter)\s+(?:som\s+er\s+(?:\d{1,2}\s?[-–]\s?)?|(?:på\s+|i\s+alderen\s+)?\d{1,2}\s?[-–]\s?))$/iu;

/**
 * "Barn som er 2 år får tilbud", "Mange barn på 10-11 år", "Småbarn på 1-2 år sover",
 * "Tilbudet gjelder barn 0-5 år", "Når barnet er 6 måneder, kan det begynne": the age of children
 * in general in advice or a programme, not one child's age. "Ungdom på 15 med magesmerter" (one
 * age after a bare noun opening a note), "Hun har to barn på 2 og 4 år" and "Barnet er 15
 * måneder" stay ages.
 */
function isAgeOfChildrenInGeneral(text: string, candidate: Candidate): boolean {
  const before = text.slice(Math.max(0, candidate.start - 60), candidate.start);
  if (childrenInGeneral.test(before)) return true;
  // "Ungdom på 13-14 år kan …": the lower end of a range of ages after a bare noun.
  if (
    /(?:^|[.!?:;]\s*|\n\s*)(?:barn|spedbarn|småbarn|babyer|ungdom|ungdommer|unge|elever|jenter|gutter)\s+(?:på\s+|i\s+alderen\s+)?$/iu.test(
      before,
    ) &&
    /^\s?[-–]\s?\d{1,2}\s?(?:år|måneder|månader|uker|veker)(?![\p{L}])/u.test(
      text.slice(candidate.end, candidate.end + 16),
    )
  )
    return true;
  // "Når barnet er 6 måneder, kan det …": a condition on any child, with a comma after the age.
  return (
    /(?:^|[.!?:]\s*|\n\s*)når\s+(?:barnet|babyen|spedbarnet)\s+er\s+$/iu.test(before) &&
    /^,/u.test(text.slice(candidate.end, candidate.end + 1))
  );
}

/** Names of laboratory analyses that open a row of results. */
const analysisName =
  /^(?:hb|hemoglobin|crp|inr|psa|tsh|ft4|ft3|t4|alat|asat|gt|ggt|alp|ldh|ld|ck|hba1c|egfr|ferritin|kalium|natrium|kreatinin|glukose|laktat|kalsium|magnesium|fosfat|albumin|bilirubin|ph|pco2|po2|be|hco3|mcv|mch|mchc|leukocytter|lpk|trombocytter|tpk|troponin|tnt|bnp|nt-probnp|kolesterol|ldl|hdl|triglyserider|b12|folat|kortisol|karbamid|urea|urat|jern|transferrin|amylase|lipase|sr|evf|hematokrit|litium|d-dimer|fibrinogen|k|na|ca|mg|cl)$/u;

/**
 * "Kalium         4.11       3.5-5.0": a result in a table row that opens with the name of an
 * analysis and goes on with its reference range, so a value, not a day and a month. "Kontroll
 * 4.11 kl. 14-15" and "Kontroll   4.11   14-15" (clock hours after it) stay dates.
 */
function isResultBeforeReferenceRange(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,2}\.\d{1,2}$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const lineStart = text.lastIndexOf('\n', candidate.start - 1) + 1;
  const head = /^\s*(\p{L}[\p{L}\d-]*)(?:\s\p{L}[\p{L}\d/-]*)?\s+$/u.exec(
    text.slice(lineStart, candidate.start),
  );
  if (head === null || !analysisName.test((head[1] ?? '').toLowerCase())) return false;
  const range = /^\s+(\d{1,4}(?:[.,]\d{1,3})?)\s?[-–]\s?(\d{1,4}(?:[.,]\d{1,3})?)\s*(?:$|\n)/u.exec(
    text.slice(candidate.end, candidate.end + 24),
  );
  if (range === null) return false;
  // "14-15" could be clock hours: only a range with a decimal or an upper end above 24 is a reference.
  const [, low = '', high = ''] = range;
  // "14.30-15.00": a range of clock times, so the row is an appointment.
  if (/^\d{1,2}[.,]\d{2}$/u.test(low) && /^\d{1,2}[.,]\d{2}$/u.test(high)) {
    const [lowHours = '', lowMinutes = ''] = low.split(/[.,]/u);
    const [highHours = '', highMinutes = ''] = high.split(/[.,]/u);
    if (isClockTime(lowHours, lowMinutes) && isClockTime(highHours, highMinutes)) return false;
  }
  return /[.,]/u.test(low + high) || Number(high) > 24;
}
