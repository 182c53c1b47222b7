import { getSharedLexicon } from '../lexicon.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

import { tokenIndexStartingAt } from './token-analysis.js';

/**
 * Candidates of identifier-free clinical text that are clinical terms, units, tables or values
 * (ANNOTATION.md, "Never PHI"; issue 10, false detections per 1,000 clean words). Each test is
 * narrow: it looks at one candidate and the words right around it. The caller drops the
 * candidates for which `isClinicalTermSpan` is true before overlaps are resolved.
 */
export function isClinicalTermSpan(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  switch (candidate.type) {
    case 'PERSON':
      return (
        isUnitAfterNumber(text, candidate) ||
        isDayCount(text, candidate) ||
        isEnglishTitle(text, candidate) ||
        isPlaceInRuleName(text, candidate) ||
        isDeviceProductName(text, candidate) ||
        isMemberOfTermList(text, candidate) ||
        isClassificationGrade(text, candidate)
      );
    case 'ORGANIZATION':
      return isClassificationGrade(text, candidate);
    case 'LOCATION':
      return (
        isPlaceInRuleName(text, candidate) ||
        isGenericUnit(text, candidate) ||
        isMemberOfTermList(text, candidate)
      );
    case 'ID':
      return isTableRow(text, candidate);
    case 'PHONE':
      return isTableRow(text, candidate) || isWeekList(text, candidate);
    case 'AGE':
      return (
        isYearsCompound(text, tokens, candidate) ||
        isRuleAge(text, candidate) ||
        isSpokenMeasure(text, candidate) ||
        isAgeOfThing(text, candidate) ||
        isStatisticAge(text, candidate)
      );
    case 'DATE':
      return (
        isClockTimeInList(text, candidate) ||
        isClockTimeOfLogEntry(text, candidate) ||
        isValueAfterChange(text, candidate) ||
        isMeasuredValue(text, candidate) ||
        isVisualAcuity(text, candidate) ||
        isAnnualPlanMonth(text, candidate) ||
        isSeasonMonth(text, candidate) ||
        isDaysPerWeek(text, candidate) ||
        isPlanWeek(text, candidate) ||
        isWeekRangeOfPhase(text, candidate) ||
        isWeekInDayCountSeries(text, candidate) ||
        isMonthAsSubject(text, candidate) ||
        isPublicEventYear(text, candidate) ||
        isVersionOfInstrument(text, candidate) ||
        isHolidayInOpeningNotice(text, candidate)
      );
    case 'ADDRESS':
      return isFrequencyAfterName(text, candidate);
    case 'EMAIL':
    case 'OTHER':
    case 'POSTAL_CODE':
    case 'WORKPLACE':
      return false;
  }
}

/** "Foley 14 Ch", "sonde 8 Fr": the Charrière (French) size of a catheter or a tube. */
function isUnitAfterNumber(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^(?:Ch|CH|Fr|FR)$/u.test(value)) return false;
  return /\d\s?$/u.test(text.slice(Math.max(0, candidate.start - 2), candidate.start));
}

/** Units that make the number after a name an age: "Dag 45 år", "Dag, 3 mnd". */
const ageUnitAfter = /^\s*(?:år|års|åring|mnd|måneder|månader|uker|veker|dager|døgn)\b/u;

/**
 * "Dag 2   Dag 4" in the heading of a laboratory table, "Dag 3: mobilisert": the noun "dag" and
 * the count of days in a stay, not the given name Dag. "Dag 45 år" keeps the name.
 */
function isDayCount(text: string, candidate: Candidate): boolean {
  if (text.slice(candidate.start, candidate.end) !== 'Dag') return false;
  const after = /^ {1,3}(\d{1,3})(?![\d,.:/])/u.exec(text.slice(candidate.end, candidate.end + 8));
  if (after === null) return false;
  const rest = text.slice(candidate.end + after[0].length, candidate.end + after[0].length + 12);
  return !ageUnitAfter.test(rest);
}

/**
 * English words that end the title of a body, a rule or a scale ("New York Heart Association",
 * "American College of Cardiology"): the capitalised words before them are no person.
 */
const englishTitleWord =
  /^(?:Association|Society|College|Academy|Institute|Foundation|Heart|Rule|Rules|Scale|Score|Criteria|Classification|Inventory|Questionnaire)$/u;

/** English words that end the name of a psychological test: "Rey Complex Figure", "… Learning Test". */
const englishTestWord = /^(?:Test|Figure|Task|Battery)$/u;

/**
 * "New York Heart Association": the title of a body, not a person with three names. "Rey Complex
 * Figure", "Rey Auditory Verbal Learning Test": the name of a test — a span of two or more words
 * that holds a test word or is followed by one (one space between), and holds no given name the
 * lexicon knows ("Kari Hansen Test" stays a person).
 */
function isEnglishTitle(text: string, candidate: Candidate): boolean {
  const words = text.slice(candidate.start, candidate.end).split(/\s+/u);
  if (words.length < 2) return false;
  if (words.some((word) => englishTitleWord.test(word))) return true;
  const next = /^ (\p{L}+)/u.exec(text.slice(candidate.end, candidate.end + 20))?.[1] ?? '';
  if (!englishTestWord.test(next) && !words.some((word) => englishTestWord.test(word)))
    return false;
  const lexicon = getSharedLexicon();
  return !words.some((word) => {
    const lower = word.toLowerCase();
    return lexicon.femaleNames.has(lower) || lexicon.maleNames.has(lower);
  });
}

/** Nouns of a medical device or aid that its make and model follow: "sprøytepumpe Braun …". */
const deviceNoun =
  /(?:pumpe|respirator|monitor|apparat|maskin|pacemaker|stimulator|konsentrator|laryngoskop|registrator|defibrillator|hjertestarter|nebulisator|spirometer|audiometer|otoskop|dermatoskop|personløfter|takheis|rullator|rullestol|høreapparat|insulinpenn|cpap)$/u;

/** Name prefixes that make a word with an inner capital a name: "McGill", "MacLeod", "DeShawn". */
const namePrefixCapital = /^(?:Mc|Mac|O|De|Di|Da|Du|La|Le|Van|Von|St)\p{Lu}/u;

/** True when a lower-cased word is a given name, a surname or an international name. */
function isNameWord(word: string): boolean {
  const lexicon = getSharedLexicon();
  return (
    lexicon.femaleNames.has(word) ||
    lexicon.maleNames.has(word) ||
    lexicon.surnames.has(word) ||
    lexicon.internationalNames.has(word)
  );
}

/**
 * True when a word is a product name written with an inner capital ("CoughAssist",
 * "IntelliVue", "HeartStart"): neither part a name and the whole no listed name, so "MaryAnn",
 * "FitzGerald" and "McGill" stay names.
 */
function isInnerCapitalProduct(word: string): boolean {
  const parts = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{2,}\p{L}*)$/u.exec(word);
  if (parts === null || namePrefixCapital.test(word)) return false;
  return ![word, parts[1] ?? '', parts[2] ?? ''].some((part) => isNameWord(part.toLowerCase()));
}

/** A token of a model: it holds a digit, an inner capital or is written in capitals ("E70", "LINQ"). */
function isModelToken(word: string): boolean {
  return /\d/u.test(word) || /^\p{Lu}{2,}$/u.test(word) || /^\p{L}+\p{Lu}/u.test(word);
}

/**
 * "CoughAssist", "SureScan", "sprøytepumpe Alaris GH", "loop-registrator Reveal LINQ": the make
 * and model of a medical device, not a person. Positive evidence only: the span is one word, a
 * product name with an inner capital; or the word right before it (on the same line, nothing
 * between) is a device noun, no word of the span is a given name, a surname or an international
 * name, and a model token (a digit, an inner capital, capitals) follows its first word. Fails
 * closed: "Kari Hansen WhatsApp", "Sean FitzGerald", "pacemaker Hansen sa …", "rullator Olsen fra
 * …" and "CPAP Berg følger opp" stay persons.
 */
function isDeviceProductName(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (/^\p{L}+$/u.test(value) && isInnerCapitalProduct(value)) return true;
  const words = value.split(/[\s-]+/u);
  const before = /([\p{L}-]+) $/u.exec(
    text.slice(Math.max(0, candidate.start - 40), candidate.start),
  )?.[1];
  if (before === undefined || !deviceNoun.test(before.toLowerCase())) return false;
  if (words.some((word) => isNameWord(word.toLowerCase()))) return false;
  const next = /^ ([\p{L}\d]+)/u.exec(text.slice(candidate.end, candidate.end + 40))?.[1];
  return [...words.slice(1), ...(next === undefined ? [] : [next])].some(isModelToken);
}

/** What separates the members of an enumeration: a comma, a semicolon, "og", "eller". */
const memberSeparator = /[,;]| og | eller /u;

/** What may follow a drug in its own member: a dose ("Marevan 2,5 mg", "Albyl-E 75 mg x 1"). */
const doseTail =
  /^(?:\s+\d+(?:[.,]\d+)?\s?(?:mg|mikrog|µg|mcg|g|ml|mmol|IE|E|%)(?:\s?x\s?\d)?)?\s*$/u;

/** Another member of the enumeration: a known term, optionally more capitalised words and a dose. */
const termMember = /^\s*(\p{Lu}[\p{L}\d]*(?:-\p{L}+)?)((?:\s+\p{Lu}[\p{L}\d]*)*)(.*)$/u;

/**
 * "Klassifikasjoner: AO/OTA, Weber, Neer, Gartland, Salter-Harris, Tscherne, Rockwood",
 * "Faste medisiner: Eliquis, Furix, Adalat Oros og Levaxin": a capitalised span that is a member of
 * an enumeration on its own (optionally with a dose), in which every other member (at least two)
 * opens with a drug, an eponym, a device or a clinical abbreviation of the lexicon, is one more of
 * them, not a person or a place. Fails closed: the enumeration starts after the last colon, and a
 * bracket or a colon is no separator, so "Pasient: Nilsen, medisiner: Marevan …" and "Haugen
 * (sønn), Marevan og Albyl" stay names; a span that is a given name, a surname, an international
 * name or a place ("Deltakere: Berg, Wells, Barrett og Lunde", "Innlagt Tromsø, startet Marevan
 * …"), a member with any word before the span ("Fastlege Hansen", "dr. Pauwels", "Hansen startet
 * Eliquis") and a member that is no known term stay identifiers.
 */
function isMemberOfTermList(text: string, candidate: Candidate): boolean {
  const lexicon = getSharedLexicon();
  const spanWords = text
    .slice(candidate.start, candidate.end)
    .split(/[\s-]+/u)
    .map((word) => word.toLowerCase());
  const isIdentifierWord = (word: string): boolean =>
    lexicon.femaleNames.has(word) ||
    lexicon.maleNames.has(word) ||
    lexicon.surnames.has(word) ||
    lexicon.internationalNames.has(word) ||
    lexicon.places.has(word);
  if (spanWords.some(isIdentifierWord)) return false;
  if (lexicon.places.has(spanWords.join(' '))) return false;
  const lineStart = text.lastIndexOf('\n', candidate.start - 1) + 1;
  const lineEnd = text.indexOf('\n', candidate.end);
  // At most 200 characters each way, so a long line costs no more per candidate.
  const before =
    /[^.!?:]*$/u.exec(
      text.slice(Math.max(lineStart, candidate.start - 200), candidate.start),
    )?.[0] ?? '';
  const after =
    /^[^.!?]*/u.exec(
      text.slice(candidate.end, Math.min(lineEnd < 0 ? text.length : lineEnd, candidate.end + 200)),
    )?.[0] ?? '';
  // "… og dr. Pauwels, Marevan …": a title shortened with a dot right before the span.
  if (/\p{Ll}\.\s*$/u.test(text.slice(Math.max(0, candidate.start - 8), candidate.start)))
    return false;
  const membersBefore = before.split(memberSeparator);
  // The span is its member alone: nothing before it, at most a dose after it.
  if ((membersBefore.pop() ?? '').trim() !== '') return false;
  const [ownTail = '', ...membersAfter] = after.split(memberSeparator);
  if (!doseTail.test(ownTail)) return false;
  const others = [...membersBefore, ...membersAfter];
  if (others.length < 2) return false;
  return others.every((member, index) => {
    if (/[():]/u.test(member)) return false;
    const parts = termMember.exec(member);
    if (parts === null) return false;
    const head = (parts[1] ?? '').toLowerCase();
    if (!lexicon.nonIdentifyingTerms.has(head.split('-')[0] ?? head)) return false;
    // Only the last member may go on with the rest of the sentence ("… og Albyl i går").
    const isLast = index === others.length - 1 && membersAfter.length > 0;
    return isLast || doseTail.test(parts[3] ?? '');
  });
}

/** Words after a place that make it the name of a clinical rule or scale. */
const ruleWordAfter =
  /^(?:[\s-]+(?:syncope|coma|ankle|knee|head|c-spine|ct|heart|rule|rules|spotted|fever|disease|syndrome|criteria|scale|score|classification|regel|regelen|reglene|regler|kriteriene|kriterier|skala|skalaen))(?![\p{L}\d])/iu;

/**
 * "San Francisco syncope rule", "Ottawa-reglene", "Glasgow Coma Scale": a city (or a name read
 * as a person) that names a clinical decision rule or scale, not a place or someone.
 */
function isPlaceInRuleName(text: string, candidate: Candidate): boolean {
  return ruleWordAfter.test(text.slice(candidate.end, candidate.end + 24));
}

/**
 * "Bilirubin           68          41      22       14      5–25": the columns of a laboratory
 * table (numbers with two or more spaces between them), not a telephone or an identity number,
 * which are written with single spaces.
 */
function isTableRow(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/\d {2,}\d/u.test(value)) return false;
  // A telephone word right before keeps it a number to replace ("Tlf.   22 11 33 44").
  return !/(?:tlf|telefon|mobil|fnr|fødselsnr|personnr|nummer|nr)\p{L}*[\s.:]*$/iu.test(
    text.slice(Math.max(0, candidate.start - 20), candidate.start),
  );
}

/** Nouns after "10-års" that make it a span of years: risk, survival, follow-up. */
const yearsSpanNoun =
  /^(?:risiko|risikoen|overlevelse|overlevelsen|overleving|oppfølging|oppfølgingen|kontroll|kontrollen|kontroller|intervall|intervallet|periode|perioden|garanti|mortalitet|dødelighet|insidens|prognose)$/u;

/** "Estimert 10-års risiko", "5-års overlevelse": a span of years, not a person's age. */
function isYearsCompound(text: string, tokens: readonly Token[], candidate: Candidate): boolean {
  if (!/^\d{1,2}-års$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const index = tokenIndexStartingAt(tokens, candidate.start);
  if (index < 0) return false;
  let next = index + 1;
  while (next < tokens.length && (tokenAt(tokens, next)?.end ?? 0) <= candidate.end) next++;
  return yearsSpanNoun.test(lowerAt(tokens, next));
}

/**
 * "gitt kl. 09.30 og 14.10", "kl. 06, 14.10 og 22": hours and minutes listed after a clock time,
 * not a day and a month.
 */
function isClockTimeInList(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^(?:[01]?\d|2[0-3])[.:][0-5]\d$/u.test(value)) return false;
  const before = text.slice(Math.max(0, candidate.start - 40), candidate.start);
  return /\bkl\.?\s{0,2}\d{1,2}(?:[.:]\d{2})?(?:\s*(?:,|og|eller|[-–]|til)\s*\d{1,2}(?:[.:]\d{2})?)*\s*(?:,|og|eller|[-–]|til)\s*$/iu.test(
    before,
  );
}

/** "HH.MM Word": a time that opens an entry of a log, at a line start or after a full stop. */
const logEntryTime = /(?:^|\n|[.!?] )(\d{2})\.(\d{2}) (?=\p{L})/gu;

/**
 * "02.48 Avreise med pasient. 03.05 Ankomst akuttmottak. 03.40 Anrop …", "08.12 induksjon. 08.15
 * intubasjon. 08.30 BT 112/68": a time that opens an entry of a log, not a day and a month, when
 * at least two other entries within 200 characters open with times that cannot be dates (minutes
 * above 12 or hour 00), the times run in order through the candidate, and one of its neighbours is
 * at most 90 minutes away. Fails closed: "Innlagt 08.12 kl. 09.30" (no entry opener), "08.12
 * Innlagt. 14.30 operert. 16.45 på post." (six hours to the next entry), the first entry of a
 * log ("11.03 Innlagt via legevakt. 11.45 …", no earlier entry) and a run of dates stay dates.
 */
function isClockTimeOfLogEntry(text: string, candidate: Candidate): boolean {
  const value = /^(\d{2})\.(\d{2})$/u.exec(text.slice(candidate.start, candidate.end));
  if (value === null || Number(value[1]) > 23) return false;
  const from = Math.max(0, candidate.start - 201);
  const window = text.slice(from, candidate.end + 200);
  const entries = [...window.matchAll(logEntryTime)].map((match) => ({
    start: from + match.index + match[0].length - 6,
    hours: Number(match[1]),
    minutes: Number(match[2]),
  }));
  const own = entries.findIndex((entry) => entry.start === candidate.start);
  // "11.03 Innlagt via legevakt.\n11.45 Vurdert …": the first entry may be the date of the log,
  // so only a time after an earlier entry is a time.
  if (own < 1) return false;
  if (entries.some((entry) => entry.hours > 23 || entry.minutes > 59)) return false;
  const others = entries.filter((_, index) => index !== own);
  if (others.filter((entry) => entry.minutes > 12 || entry.hours === 0).length < 2) return false;
  const times = entries.map((entry) => entry.hours * 60 + entry.minutes);
  if (times.some((time, index) => index > 0 && time < (times[index - 1] ?? 0))) return false;
  const ownTime = times[own] ?? 0;
  return [times[own - 1], times[own + 1]].some(
    (time) => time !== undefined && Math.abs(time - ownTime) <= 90,
  );
}

/** Words of a laboratory value rising or falling: the number after "til" is a value. */
const changeWord =
  /(?:(?:stigning|økning|auke|fall|reduksjon|nedgang|bedring|steg|steget|falt|sank|sunket|økte|økt|auka|redusert)\s+til|(?:opp|ned)\s+(?:mot|til))\s+$/iu;

/**
 * "med stigning til 10.2.", "Hb falt til 8.9.": a laboratory value after a word of change, not the
 * tenth of February. "Sykmelding forlenget til 10.2." stays a date.
 */
function isValueAfterChange(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^\d{1,3}\.\d\.?$/u.test(value)) return false;
  return changeWord.test(text.slice(Math.max(0, candidate.start - 24), candidate.start));
}

/** Words of a clinic's opening hours. */
const openingWord =
  /\b(?:stengt|stenger|holder stengt|åpent|åpningstid\p{L}*|opningstid\p{L}*)\b/iu;

/**
 * "Legekontoret holder stengt fra og med skjærtorsdag til og med 2. påskedag": a holiday without a
 * year in a notice about opening hours, a day of the calendar for everyone, not a date in a
 * person's life.
 */
function isHolidayInOpeningNotice(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^(?:\d\.|første|andre|1\.|2\.)\s?(?:påskedag|pinsedag|juledag|nyttårsdag)$/iu.test(value))
    return false;
  const sentence = /[^.!?\n]*$/u.exec(
    text.slice(Math.max(0, candidate.start - 120), candidate.start),
  );
  return openingWord.test(sentence?.[0] ?? '');
}

/**
 * Laboratory analytes and measurements whose value may be written with one decimal at the end of
 * a sentence ("Glukose fastende 5.8.", "TAPSE 2.2.", "CEA 2.1."), where it looks like a day and a
 * month.
 */
const analyteWord =
  /^(?:hb|crp|inr|psa|cea|tapse|tsh|alat|asat|gt|ggt|alp|ldh|ck|bmi|fev1|fvc|hba1c|egfr|ferritin|kalium|natrium|kreatinin|glukose|laktat|kalsium|magnesium|fosfat|albumin|bilirubin|temp|temperatur|ph|pco2|po2|be|hco3|mcv|sr|leukocytter|leuk|trombocytter|troponin|ratio|k|na|ca|mg|ef|lvef|aptt|t4|ft4|pth|urat|blodsukker|bs|kolesterol|ldl|hdl|triglyserider|b12|folat|kortisol|testosteron|prolaktin|fsh|lh|amylase|lipase|karbamid|urea|bnp|hematokrit|evf|ige|fastende|speil|verdi|verdien|nivå|nivået|\p{L}+-(?:ratio|verdi|nivå|speil))$/u;

/**
 * "Glukose fastende 5.8.", "TAPSE 2.2.", "Albumin/kreatinin-ratio 8.2.", "fastende 5.1, etter 2
 * timer 8.6.": a value with one decimal after an analyte, or after another such value in the same
 * sentence, not a day and a month. "Kontroll 5.8. hos fastlegen" and "Innlagt 3.4., utskrevet
 * 5.4." stay dates.
 */
function isMeasuredValue(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,2}\.\d\.?$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const sentence =
    /[^!?\n]*$/u.exec(text.slice(Math.max(0, candidate.start - 80), candidate.start))?.[0] ?? '';
  const words = sentence.split(/[\s/]+/u).filter((word) => /\p{L}/u.test(word));
  const last =
    words
      .at(-1)
      ?.toLowerCase()
      .replace(/[.:,]$/u, '') ?? '';
  if (/\s$/u.test(sentence) && analyteWord.test(last)) return true;
  // Another value with one decimal earlier in the same sentence, not itself a date: "3.1,".
  const clause = sentence.split(/\.\s+(?=\p{Lu})/u).at(-1) ?? '';
  return /\p{L}\s+\d{1,3}\.\d(?![\d.])/u.test(clause);
}

/** "Visus 6/12 høyre og 6/9 venstre", "med korreksjon 6/6": Snellen fractions, not dates. */
function isVisualAcuity(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,2}\/\d{1,2}$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const sentence =
    /[^.!?\n]*$/u.exec(text.slice(Math.max(0, candidate.start - 80), candidate.start))?.[0] ?? '';
  return /\b(?:visus|synsstyrke|snellen)/iu.test(sentence);
}

/** Month names that head the lines of a plan for every year. */
const monthHeading =
  /^(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)$/iu;

/**
 * "Årshjul for sykehjemmet / Januar: gjennomgang av legemiddellister. Februar: brannøvelse.": the
 * months of a plan that repeats every year, not dates in a person's life.
 */
function isAnnualPlanMonth(text: string, candidate: Candidate): boolean {
  if (!monthHeading.test(text.slice(candidate.start, candidate.end))) return false;
  if (text.charAt(candidate.end) !== ':') return false;
  return /årshjul|årsplan|hvert år|kvart år|årlig/iu.test(
    text.slice(Math.max(0, candidate.start - 800), candidate.start),
  );
}

/**
 * "Kontroller i uke 24, 28, 32, 36, 38, 40 og 41": a list of weeks, not a telephone number said
 * in pairs.
 */
function isWeekList(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,2}(?:, \d{1,2})+$/u.test(text.slice(candidate.start, candidate.end))) return false;
  return /\b(?:uke|veke|uker|veker|dag|dagene)\s+\d{1,2}(?:,\s*\d{1,2})*,\s*$/iu.test(
    text.slice(Math.max(0, candidate.start - 40), candidate.start),
  );
}

/** Nouns of the units of a hospital: "Observasjonsposten", "Akuttmottaket". */
const unitEnding =
  /^\p{Lu}\p{Ll}{3,}(?:posten|avdelingen|avdelinga|mottaket|enheten|eininga|seksjonen|poliklinikken|sengeposten)$/u;

/** "Flyttet til Observasjonsposten": a generic unit of the hospital, not a place. */
function isGenericUnit(text: string, candidate: Candidate): boolean {
  return unitEnding.test(text.slice(candidate.start, candidate.end));
}

/** Words of many people or of a rule before an age in the same sentence. */
const ruleAgeCue =
  /\b(?:alle|gravide|personer|pasienter|kvinner|menn|eldre|barn|ungdom|voksne|de|aldersgrense\p{L}*|kreves|gjelder|tilbys|inviteres|anbefales)\b/iu;

/**
 * Ages of a group or a rule that `generic-ages.ts` leaves: "alle som fyller 55 år", "gravide som
 * fyller 35 år ved termin", "attest fra fylte 75 år", "Barn 6–12 år: 250 mg", "En 2-åring trenger
 * 11–14 timer søvn", "Personer i 70- og 80-årene", "Aldersgrensen … er 18 år". "Hun fyller 55 år i
 * mai" and "En 2-åring ble innlagt" stay ages.
 */
function isRuleAge(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  const before = text.slice(Math.max(0, candidate.start - 120), candidate.start);
  const sentence = /[^.!?\n]*$/u.exec(before)?.[0] ?? '';
  if (/^\d{1,2}-åring$/u.test(value))
    return (
      /(?:^|[.!?\n]\s*)(?:En|Ei|Ein|Et)\s+$/u.test(before) &&
      /^\s+(?:trenger|treng|kan|bør|pleier|klarer|mister|skal)\b/u.test(
        text.slice(candidate.end, candidate.end + 12),
      )
    );
  if (/^\d{1,2}-årene$/u.test(value))
    return (
      /\b\d{1,2}-\s+og\s+$/u.test(sentence) &&
      /\b(?:personer|pasienter|kvinner|menn|folk|de)\s+i\s+\d/iu.test(sentence)
    );
  if (!/^\d{1,3} år$/u.test(value)) return false;
  // "Til foreldre med barn på 4 år": a letter to all parents of children of that age.
  if (/\b(?:foreldre|foresatte)\s+(?:med|til)\s+barn\s+på\s+$/iu.test(sentence)) return true;
  // Not with one person in the sentence ("gjelder ham fra fylte 78 år"), nor 90 or more (s33r).
  if (/\b(?:som fyller|fra fylte|etter fylte)\s+$/u.test(sentence))
    return (
      ruleAgeCue.test(sentence) &&
      Number.parseInt(value, 10) < 90 &&
      !/(?<![\p{L}])(?:han|hun|ho|ham|henne|meg|deg|seg|pasienten?|pasientens)(?![\p{L}])/iu.test(
        sentence,
      )
    );
  // "Barn 6–12 år:", "Ungdom 12–17 år:": the range that heads a line of a dosing table.
  if (
    /(?:^|\s)(?:Barn|Ungdom|Voksne|Eldre|Spedbarn)\s+\d{1,2}\s?[-–]\s?$/u.test(sentence) &&
    text.charAt(candidate.end) === ':'
  )
    return true;
  return /\baldersgrense\p{L}*\b/iu.test(sentence);
}

/** Units said after a number: "hundre og tjuefem milligram", "nitti prosent". */
const spokenUnitAfter =
  /^\s+(?:milligram|mg|mikrogram|gram|g|kilo|kilogram|kg|milliliter|ml|liter|prosent|%|meter|centimeter|cm|millimeter|mm|kroner|kalorier|slag|enheter|tabletter|dråper|sekunder|minutter|timer|døgn)(?![\p{L}\d])/u;

/**
 * "en stikkpille på hundre og tjuefem milligram": a spoken number with a unit after it is a dose or
 * a measurement, not an age over 89. "hundre og to år" stays an age.
 */
function isSpokenMeasure(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (/\d|år$|års$|åring/u.test(value)) return false;
  return spokenUnitAfter.test(text.slice(candidate.end, candidate.end + 16));
}

/**
 * "Høstferien er i oktober", "Pollensesongen starter i april": the month of a school holiday or a
 * season for everyone, not a date in a person's life.
 */
function isSeasonMonth(text: string, candidate: Candidate): boolean {
  if (!monthHeading.test(text.slice(candidate.start, candidate.end))) return false;
  const sentence =
    /[^.!?\n]*$/u.exec(text.slice(Math.max(0, candidate.start - 80), candidate.start))?.[0] ?? '';
  return /\p{L}*(?:ferien|sesongen)\s+(?:er|kommer|starter|begynner|slutter|topper seg)\s+(?:\p{L}+\s+)?i\s+$/iu.test(
    sentence,
  );
}

/** Words before "3/7" that make it days of a week: a service, a place of activity, a verb of hours. */
const weekServiceBefore =
  /(?:dialyse|dagsenter|dagsenteret|hjemmesykepleie|hjemmesjukepleie|heimesjukepleie|hjemmehjelp|fysioterapi|trening|avlastning|tilsyn|besøk|jobb|arbeid|skole|skolen|barnehage|bemannet|bemanna|åpen|åpent|open|ope|tilgjengelig|svarer|vakt)[\s:]+$/iu;

/**
 * "Dialyse 3/7", "Hjemmesykepleie 7/7", "bemannet 24/7": days of the week or round the clock, not
 * the third of July. "Kontroll 3/7" stays a date.
 */
function isDaysPerWeek(text: string, candidate: Candidate): boolean {
  if (!/^(?:[1-7]|24)\/7$/u.test(text.slice(candidate.start, candidate.end))) return false;
  return weekServiceBefore.test(text.slice(Math.max(0, candidate.start - 24), candidate.start));
}

/** Words of a change or an event for everyone in the sentence of a year. */
const publicEventWord =
  /(?:pandemi\p{L}*|\p{L}*reform\p{L}*|\p{L}*ordning(?:en|a)\b|\p{L}+loven\b|\p{L}+lova\b|forskrift\p{L}*|\blansert|\binnført|\boppdaget|\boppdaga|verdenskrig\p{L}*|på markedet|kom i bruk|vært i bruk|vært brukt|alle legevakter|ble mange\b|kommunene\b|helsenorge|e-resept\p{L}*|kjernejournal\p{L}*)/iu;

/**
 * "Samhandlingsreformen kom i 2012", "Insulin ble oppdaget i 1921", "Statiner kom på markedet på
 * 1980-tallet": the year of a reform, a law or a discovery for everyone, not of a person's life.
 */
function isPublicEventYear(text: string, candidate: Candidate): boolean {
  if (!/^(?:1[89]|20)\d{2}$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const start = text.lastIndexOf('\n', candidate.start) + 1;
  const before = /[^.!?]*$/u.exec(
    text.slice(Math.max(start, candidate.start - 160), candidate.start),
  );
  const after = /^[^.!?\n]*/u.exec(text.slice(candidate.end, candidate.end + 120));
  return publicEventWord.test(`${before?.[0] ?? ''} ${after?.[0] ?? ''}`);
}

/** Response criteria and breakpoint tables whose version is "digit.digit" ("RECIST 1.1"). */
const dottedVersionInstrument = /(?:^|[^\p{L}\d-])(?:RECIST|iRECIST|CTCAE|EUCAST) ?$/u;

/** Guideline bodies whose edition is a year ("KDIGO 2012", "ESC 2021"). */
const guidelineBody =
  /(?:^|[^\p{L}\d-])(?:KDIGO|ESC|ESH|EAU|ESGE|ESMO|ESPEN|EULAR|ACR|GOLD|GINA|NICE|ADA|EASD|AHA|ACC|IDSA|UICC|AJCC) ?$/u;

/**
 * "NRS 2002 skår 4", "partiell respons etter RECIST 1.1", "CKD-stadium etter KDIGO 2012": the
 * edition or version in the name of a screening tool, response criteria or a guideline, not a
 * date. Fails closed: a version "digit.digit" only right after RECIST, iRECIST, CTCAE or EUCAST, a
 * year only right after a guideline body (and "NRS 2002"); "revisjon 14.3.", "utgave 12.03.",
 * "ESC 12.03.", "CT 2019" and "MR 1.1." stay dates.
 */
function isVersionOfInstrument(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  const before = text.slice(Math.max(0, candidate.start - 12), candidate.start);
  // "RECIST 1.1. Ingen nye lesjoner": the version may end a sentence, but never goes on to a
  // year ("ESC 1.1.2020").
  if (/^\d/u.test(text.slice(candidate.end, candidate.end + 1))) return false;
  if (/^\d\.\d\.?$/u.test(value)) return dottedVersionInstrument.test(before);
  if (!/^(?:19|20)\d{2}$/u.test(value)) return false;
  return (
    guidelineBody.test(before) || (value === '2002' && /(?:^|[^\p{L}\d-])NRS ?$/u.test(before))
  );
}

/** Things whose age a note may give: a house, a car, a bed, an aid. */
const thingSubject =
  /(?:^|[.!?\n]\s*)\p{Ll}*(?:bilen|huset|sengen|senga|rullatoren|badet|apparatet|barnehagen|skolen|sykehjemmet|bygget|boligen|leiligheten|hytta|båten|protesen|brillene|rullestolen|madrassen|kjøkkenet|utstyret|maskinen|heisen|taket|stolen)\s+(?:er|var)\s+(?:nå\s+|snart\s+|over\s+)?$/u;

/**
 * "Bilen er 15 år gammel", "Hørselsapparatet er 6 år gammelt", "Barnehagen er 40 år gammel": the
 * age of a thing, not of a person.
 */
function isAgeOfThing(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,3} år(?: gammel| gammelt)?$/u.test(text.slice(candidate.start, candidate.end)))
    return false;
  return thingSubject.test(
    text.slice(Math.max(0, candidate.start - 40), candidate.start).toLowerCase(),
  );
}

/** "Prolia 1/6 måneder", "Zoledronsyre 1/år": a drug and how often it is given, not an address. */
function isFrequencyAfterName(text: string, candidate: Candidate): boolean {
  if (!/^\p{L}+ \d{1,2}\/\d{1,2}$/u.test(text.slice(candidate.start, candidate.end))) return false;
  return /^\s(?:dager|dagar|døgn|uker|veker|måneder|månader|mnd|år)\b/u.test(
    text.slice(candidate.end, candidate.end + 10),
  );
}

/** Words of an age at onset or of statistics over many people, in the present tense. */
const statisticAgeWord =
  /\b(?:debuterer|debutalder\p{L}*|typisk debut|gjennomsnittsalder\p{L}*|gjennomsnittlig|median|aldersfordeling\p{L}*|de fleste|vanligvis|rammes|rammer oftest)\b/iu;

/**
 * "MS debuterer vanligvis mellom 20 og 40 år", "Typisk debut i 20-årene", "Median alder ved
 * diagnose er 67 år": an age of a disease or a statistic, no one person's. "Hun debuterte i 14 års
 * alder" (past tense, one person) stays an age.
 */
function isStatisticAge(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,3}(?: år|-årene)$/u.test(text.slice(candidate.start, candidate.end))) return false;
  const sentence =
    /[^.!?\n]*$/u.exec(text.slice(Math.max(0, candidate.start - 100), candidate.start))?.[0] ?? '';
  return statisticAgeWord.test(sentence);
}

/**
 * What may stand between the week of a plan entry and its colon: a range, "og utover", or a short
 * note in brackets ("Uke 3 (etter oppstart av Amlodipin 5 mg):").
 */
const planWeekTail = String.raw`(?:\s?[-–]\s?\d{1,2}| og \d{1,2})?(?: og utover)?(?: \(([^()\n]{1,60})\))?:`;
const planWeekTailAfter = new RegExp(`^${planWeekTail}`, 'u');
const planWeekEntry = new RegExp(String.raw`\b(?:uke|veke) \d{1,2}${planWeekTail}`, 'giu');

/** A written date or a year: a note in brackets holding one dates the entry. */
const datedNote = /\d{1,2}[./]\d{1,2}|\b(?:19|20)\d{2}\b/u;

/**
 * "Uke 1–2: gå korte turer. Uke 3–6: øke gradvis.", "Uke 6 og 7: 12,5 mg", "Uke 3 (etter oppstart
 * av Amlodipin 5 mg): 142/86": the weeks of a plan or a series that counts from its own start,
 * written as entries (at least three within 300 characters), not calendar weeks. An entry whose
 * note in brackets holds a date or a year ("Uke 3 (operert 12.3.):") stays a date.
 */
function isPlanWeek(text: string, candidate: Candidate): boolean {
  if (!/^(?:uke|veke) \d{1,2}$/iu.test(text.slice(candidate.start, candidate.end))) return false;
  const tail = planWeekTailAfter.exec(text.slice(candidate.end, candidate.end + 80));
  if (tail === null || datedNote.test(tail[1] ?? '')) return false;
  const around = text.slice(Math.max(0, candidate.start - 300), candidate.end + 300);
  return (around.match(planWeekEntry) ?? []).length >= 3;
}

/** Words of a stage of a programme that counts its own weeks: "fase 1 (uke 1–4)". */
const phaseWord = /(?:^|[^\p{L}])(?:fase|trinn|steg|periode|del|nivå|blokk|modul) \d{1,2} \($/iu;

/**
 * "Hjemmeprogram fase 1 (uke 1–4)", "Fase 2 (uke 5–8)": the weeks of a stage of a programme,
 * counted from its start, given in brackets as a rising range right after the stage. Fails
 * closed: a single week ("fase 1 (uke 12)"), a week without the stage before it, and a range that
 * neither starts at week 1 nor stays within week 12 ("fase 2 (uke 32–35)", calendar weeks) stay
 * dates.
 */
function isWeekRangeOfPhase(text: string, candidate: Candidate): boolean {
  const week = /^(?:uke|veke) (\d{1,2})$/iu.exec(text.slice(candidate.start, candidate.end));
  if (week === null) return false;
  if (!phaseWord.test(text.slice(Math.max(0, candidate.start - 16), candidate.start))) return false;
  const range = /^\s?[-–]\s?(\d{1,2})\)/u.exec(text.slice(candidate.end, candidate.end + 8));
  if (range === null || Number(range[1]) <= Number(week[1])) return false;
  return Number(week[1]) === 1 || Number(range[1]) <= 12;
}

/** A day counted in a series of entries: "dag 0: 7;", "dag 3: 3;". */
const dayCountEntry = /(?:^|[^\p{L}])(?:dag|døgn) \d{1,2}:/giu;

/**
 * "Postoperativ dag 0: 7; dag 1: 6; dag 2: 4; uke 6: 1.": a week that goes on a series of days
 * counted from an operation or a start on the same line (at least two "dag N:" entries and a
 * "dag 0" or a postoperative word), so it counts from the same start, not a calendar week. Fails
 * closed: only weeks 1–12 ("dag 2: 4; uke 32: kontroll" stays a date).
 */
function isWeekInDayCountSeries(text: string, candidate: Candidate): boolean {
  const week = /^(?:uke|veke) (\d{1,2})$/iu.exec(text.slice(candidate.start, candidate.end));
  if (week === null || Number(week[1]) < 1 || Number(week[1]) > 12) return false;
  if (!text.startsWith(':', candidate.end)) return false;
  const lineStart = text.lastIndexOf('\n', candidate.start - 1) + 1;
  const lineEnd = text.indexOf('\n', candidate.end);
  const line = text.slice(
    Math.max(lineStart, candidate.start - 200),
    Math.min(lineEnd < 0 ? text.length : lineEnd, candidate.end + 200),
  );
  if ((line.match(dayCountEntry) ?? []).length < 2) return false;
  return /(?:^|[^\p{L}])(?:dag|døgn) 0:|postop/iu.test(line) && !datedNote.test(line);
}

/** "Desember er den mørkeste måneden": a month as the subject of a general statement. */
function isMonthAsSubject(text: string, candidate: Candidate): boolean {
  if (!monthHeading.test(text.slice(candidate.start, candidate.end))) return false;
  if (!/(?:^|[.!?\n]\s*)$/u.test(text.slice(Math.max(0, candidate.start - 3), candidate.start)))
    return false;
  return /^\s+er\s+(?:den|en|ofte|vanligvis|alltid)\b/u.test(
    text.slice(candidate.end, candidate.end + 20),
  );
}

/** A Roman grade, with a sub-letter or the Paris p/s/sp: "I", "IIa", "IIIb", "Ip", "Isp". */
const romanGrade = /^(?:I{1,3}|IV|V)(?:[a-c]|p|s|sp)?$/u;

/** Nouns of a classification right before its grade: "type Ia", "gruppe II". */
const gradeNoun = /(?:^|\s)(?:type|gruppe|grad|stadium|klasse)$/iu;

/**
 * "Graf-metoden type Ia", "(Paris 0-Ip)", "Paris 0-IIa", "Catterall gruppe II": a classification
 * and its grade, no person or organisation. Positive evidence only: the span is a Roman grade
 * right after a grade noun or after "0-"; or the span is one word followed by " 0-" and a Roman
 * grade (the Paris classification of polyps); or the span ends with a grade noun followed by a
 * Roman grade; or the span is one word, no given name, followed by a grade noun and a Roman grade
 * ("Catterall gruppe II"). "Paris kom i dag", "Ia Hansen" and "Catterall" alone stay as found.
 */
function isClassificationGrade(text: string, candidate: Candidate): boolean {
  const span = text.slice(candidate.start, candidate.end);
  const before = text.slice(Math.max(0, candidate.start - 12), candidate.start);
  const after = text.slice(candidate.end, candidate.end + 12);
  if (romanGrade.test(span)) return /0-$/u.test(before) || gradeNoun.test(before.trimEnd());
  const eponymGrade =
    /^ (?:type|gruppe|grad|stadium|klasse) ((?:I{1,3}|IV|V)[a-c]?)(?![\p{L}\d])/u.exec(after);
  if (eponymGrade !== null && /^\p{Lu}\p{Ll}+$/u.test(span)) {
    const lexicon = getSharedLexicon();
    const lower = span.toLowerCase();
    return !lexicon.femaleNames.has(lower) && !lexicon.maleNames.has(lower);
  }
  const gradeAfter = /^ (?:0-)?([IV]+\p{Ll}{0,2})(?![\p{L}\d])/u.exec(after)?.[1];
  if (gradeAfter === undefined || !romanGrade.test(gradeAfter)) return false;
  if (/^ 0-/u.test(after)) return !/\s/u.test(span);
  if (gradeNoun.test(span)) return candidate.type === 'ORGANIZATION';
  return false;
}
