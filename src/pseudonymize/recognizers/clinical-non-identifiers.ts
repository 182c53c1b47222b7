import { medicalCompanies } from '../gazetteers/medical-terms.js';
import { textAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

import { isClinicalContextSpan } from './clinical-context-spans.js';
import { findTokenIndex, isClinicalNonDate } from './clinical-non-dates.js';
import { isClinicalTermSpan } from './clinical-term-spans.js';
import { isExerciseName } from './exercise-names.js';
import { isGroupAge } from './generic-ages.js';
import { isMakerOrModelName } from './maker-frames.js';
import { isNounNameUsedAsNoun } from './noun-names.js';
import { isProductName } from './product-names.js';
import { isScaleSurname } from './scale-surnames.js';
import { isStructuralNonIdentifier } from './structural-non-identifiers.js';
import { isTestResultSubject } from './test-result-subjects.js';
import { isVerbHomographName } from './verb-homograph-names.js';
import { isWordNotPerson } from './word-not-person.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * Candidates that identifier-free clinical text triggers (issue 10, false detections per 1,000
 * clean words): a dose read as a house number ("Prolia 60 mg"), a heading that is a common noun
 * read as a surname ("Hagen: Sansehagen er åpen …"), and clinical numbers read as dates (see
 * `clinical-non-dates.ts`). The caller drops them before overlaps are resolved.
 */
export function isClinicalNonIdentifier(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  if (
    isClinicalTermSpan(text, tokens, candidate) ||
    isClinicalContextSpan(text, candidate) ||
    isStructuralNonIdentifier(words, text, candidate)
  )
    return true;
  if (candidate.type === 'DATE') return isClinicalNonDate(text, tokens, candidate);
  if (candidate.type === 'ADDRESS') return isDoseAfterName(text, candidate);
  // "Kontroll om 1/2 år": half a year, the "2 år" is no age; nor the decimals of "3,5 år" (the
  // whole "4,5 år" is found by `age-phrases` when it is an age).
  if (candidate.type === 'AGE')
    return (
      /\d[/,]$/u.test(text.slice(Math.max(0, candidate.start - 2), candidate.start)) ||
      isGroupAge(text, tokens, candidate)
    );
  if (candidate.type === 'PHONE')
    return isClockRange(text, candidate) || isNumberedWeekList(text, candidate);
  if (candidate.type === 'LOCATION')
    return isMedicalCompany(text, candidate) || isMakerOrModelName(text, tokens, candidate);
  if (candidate.type === 'ORGANIZATION') return isCategoryGroup(text, candidate);
  if (candidate.type === 'PERSON')
    return (
      isCommonNounHeading(words, text, tokens, candidate) ||
      isScaleSurname(words, tokens, candidate) ||
      isTestResultSubject(words, tokens, candidate) ||
      isVerbHomographName(tokens, candidate) ||
      isNounNameUsedAsNoun(words, text, tokens, candidate) ||
      isProductName(text, words, tokens, candidate) ||
      isWordNotPerson(words, text, tokens, candidate) ||
      isExerciseName(text, candidate)
    );
  return false;
}

/**
 * "Meldingspliktig etter MSIS gruppe A", "smittevern gruppe B": "gruppe" before a category letter
 * or number is a class of a rule or a register, not an organisation named "X gruppe".
 */
function isCategoryGroup(text: string, candidate: Candidate): boolean {
  if (!/\sgruppe$/iu.test(text.slice(candidate.start, candidate.end))) return false;
  return /^ (?:[A-D]|[1-5]|I{1,3}|IV)(?![\p{L}\p{N}])/u.test(
    text.slice(candidate.end, candidate.end + 5),
  );
}

const companies: ReadonlySet<string> = new Set(
  medicalCompanies.split(/\s+/u).filter((word) => word.length > 0),
);

/** "bestilles fra Coloplast via apoteket": a maker of medical products, not a place. */
function isMedicalCompany(text: string, candidate: Candidate): boolean {
  return text
    .slice(candidate.start, candidate.end)
    .toLowerCase()
    .split(/\s+/u)
    .every((word) => companies.has(word));
}

/** Words that make eight digits a telephone number whatever their shape. */
const phoneWordBefore = /(?:tlf|telefon|mobil|ring|nr|nummer|fax|faks|sms|tel)\p{L}*[\s.:]*$/iu;

/**
 * "Nattevakt 2145-0730", "Åpent 0800–1530": two clock times joined by a dash, not a telephone
 * number (unless a telephone word stands just before: "Tlf. 2145-0730").
 */
function isClockRange(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^(?:[01]\d|2[0-3])[0-5]\d ?[-–] ?(?:[01]\d|2[0-3])[0-5]\d$/u.test(value)) return false;
  return !phoneWordBefore.test(text.slice(Math.max(0, candidate.start - 20), candidate.start));
}

/**
 * "Kontroller i uke 32, 36, 38 og 40", "dag 1, 3, 5, 7": a list of small numbers after a word for
 * weeks or days, not a telephone number said in pairs. A telephone word before the list keeps it a
 * number ("tlf. 45, 12, 34, 56").
 */
function isNumberedWeekList(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^\d{1,2}(?:, ?\d{1,2})+$/u.test(value)) return false;
  if (value.split(/, ?/u).some((part) => Number(part) > 52)) return false;
  return /(?:^|[^\p{L}])(?:uke|uka|uker|veke|veka|veker|dag|dagar|dager|svangerskapsuke|svangerskapsveke|måned|måneder|månad|månader) $/iu.test(
    text.slice(Math.max(0, candidate.start - 24), candidate.start),
  );
}

/** Units of a dose right after a number. */
const doseAfter =
  /^\s{0,2}(?:mg|g|mcg|µg|mikrogram|ml|mmol|ie|e|enheter|tablett|tabletter|tbl|kapsel|kapsler|drag|doser|dose|%)(?![\p{L}\d])/iu;

/** "Prolia 60 mg sc": a drug and its strength, not a street and a house number. */
function isDoseAfterName(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^\p{L}+ \d{1,4}$/u.test(value)) return false;
  return doseAfter.test(text.slice(candidate.end, candidate.end + 14));
}

/**
 * "Hagen: Sansehagen er åpen fra våren …", "Bakken: Glatt ved regn": a common noun in its definite
 * form opening a line as the heading of a paragraph, not a surname. A speaker label holds a name
 * ("Kari: jeg har vondt"), so only words that are ordinary nouns, and only before a capitalised
 * sentence of at least four words, count.
 */
function isCommonNounHeading(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  const index = findTokenIndex(tokens, candidate.start, 'start');
  const word = tokenAt(tokens, index);
  if (word === undefined || word.end !== candidate.end || !word.sentenceStart) return false;
  if (candidate.start > 0 && text.charAt(candidate.start - 1) !== '\n') return false;
  if (textAt(tokens, index + 1) !== ':') return false;
  if (!/^\p{Lu}\p{Ll}+(?:en|et|a)$/u.test(word.text)) return false;
  if (!words.analyse(word.lower).common) return false;
  const rest = tokens.slice(index + 2, index + 6);
  return (
    rest.length === 4 &&
    rest[0]?.capitalised === true &&
    rest.every((token) => token.kind === 'word')
  );
}
