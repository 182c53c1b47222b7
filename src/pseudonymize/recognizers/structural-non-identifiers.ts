import { getSharedLexicon } from '../lexicon.js';
import type { Candidate } from '../types.js';

import type { TokenAnalysis } from './token-analysis.js';

/**
 * Candidates of identifier-free clinical text that the structure of the text shows to be no
 * identifier (issue 10, false detections per 1,000 clean words; ANNOTATION.md, "Never PHI"):
 * headings and signature lines written in capitals, roles in a roster, laboratory panels, devices
 * with their model, scores and lettered terms. Every test fails closed: it drops a candidate only
 * on positive evidence that the candidate itself is a structural or clinical word (a closed list
 * of function words, specialties, analytes, makers or scales, or a dictionary noun of a document
 * heading), never because a name list lacks the word. The caller drops the candidates for which
 * `isStructuralNonIdentifier` is true before overlaps are resolved.
 */
export function isStructuralNonIdentifier(
  words: TokenAnalysis,
  text: string,
  candidate: Candidate,
): boolean {
  switch (candidate.type) {
    case 'PERSON':
      return (
        isFunctionWordInCapitalLine(text, candidate) ||
        isRoleWithSpecialty(text, candidate) ||
        isElementInPanel(text, candidate) ||
        isMakerBeforeModel(text, candidate) ||
        isLetterOfTermBeforeSentence(words, text, candidate) ||
        isClinicalWordAlone(text, candidate) ||
        isAllergenComponent(text, candidate) ||
        isBloodGroup(text, candidate)
      );
    case 'ORGANIZATION':
      return isDocumentHeading(words, text, candidate);
    case 'DATE':
      return isScoreOfScale(text, candidate) || isPairedScoreOfCopm(text, candidate);
    case 'AGE':
      return isAgeRangeFromBirth(text, candidate);
    case 'ADDRESS':
    case 'EMAIL':
    case 'ID':
    case 'LOCATION':
    case 'OTHER':
    case 'PHONE':
    case 'POSTAL_CODE':
    case 'WORKPLACE':
      return false;
  }
}

/** The line that holds a candidate, without its line breaks. */
function lineOf(text: string, candidate: Candidate): string {
  const start = text.lastIndexOf('\n', candidate.start - 1) + 1;
  const end = text.indexOf('\n', candidate.end);
  return text.slice(start, end < 0 ? text.length : end);
}

/** True when a line holds at least `minimum` words and every letter is a capital. */
function isCapitalLine(line: string, minimum: number): boolean {
  const lineWords = line.match(/\p{L}+/gu) ?? [];
  return lineWords.length >= minimum && lineWords.every((word) => word === word.toUpperCase());
}

/** Prepositions and conjunctions, in capitals: closed-class words that are no name. */
const capitalFunctionWord = /^(?:AV|OG|TIL|FRA|MED|PÅ|FOR|ETTER|UTEN|VED|OM|SOM|ELLER|HOS)$/u;

/**
 * "DIKTERT AV LIS, GODKJENT AV OVERLEGE": a preposition or conjunction in a heading or signature
 * line written in capitals (at least three words), not a person's initials. Only the function word
 * itself is dropped; "OVERLEGE BERG" in the same line stays a person. The word is dropped only in
 * function position: another word follows it on the line (after an optional colon), and neither a
 * function word nor a colon comes right before it. "DIKTERT AV: AV", "SIGNERT AV OG 12.03.2024",
 * "LEST AV SOM" (initials after a function word or a colon, before a comma, a date or the line
 * end) keep their initials.
 */
function isFunctionWordInCapitalLine(text: string, candidate: Candidate): boolean {
  if (!capitalFunctionWord.test(text.slice(candidate.start, candidate.end))) return false;
  const line = lineOf(text, candidate);
  if (!isCapitalLine(line, 3)) return false;
  const lineStart = text.lastIndexOf('\n', candidate.start - 1) + 1;
  const before = text.slice(lineStart, candidate.start);
  if (/:\s*$/u.test(before)) return false;
  const previousWord = /(\p{L}+)\s+$/u.exec(before)?.[1];
  if (previousWord !== undefined && capitalFunctionWord.test(previousWord)) return false;
  const after = text.slice(candidate.end, lineStart + line.length);
  return /^:?[ \t]+\p{L}/u.test(after);
}

/** Nouns of a document that a form or a report is headed by: "INNKOMSTSKJEMA", "VAKTRAPPORT". */
const documentNoun =
  /(?:skjema|sjekkliste|liste|rapport|notat|journal|plan|oversikt|protokoll|prosedyre|rutine|instruks|veileder)$/u;

/**
 * "INNKOMSTSKJEMA SYKEHJEM – FELTER": the heading of a form that opens a line written in
 * capitals, whose first word is a noun of a document and whose other words are
 * ordinary dictionary words, none a given name, a surname or a place. "INNKOMSTSKJEMA LADEMOEN
 * SYKEHJEM" (a place in it) stays an organisation.
 */
function isDocumentHeading(words: TokenAnalysis, text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  const line = lineOf(text, candidate);
  if (!line.trimStart().startsWith(value) || !isCapitalLine(line, 2)) return false;
  const [first = '', ...rest] = value.toLowerCase().split(/\s+/u);
  if (!documentNoun.test(first) || isNameOrPlace(words, first)) return false;
  return rest.every((word) => words.analyse(word).common && !isNameOrPlace(words, word));
}

/** True when a lower-case word is a given name, a surname, an international name or a place. */
function isNameOrPlace(words: TokenAnalysis, lower: string): boolean {
  const analysis = words.analyse(lower);
  return analysis.firstName || analysis.surname || analysis.international || analysis.place;
}

/** Staff roles of a roster. */
const rosterRole =
  /^(?:overlege|overlegen|lege|legen|LIS|LIS[123]|turnuslege|sykepleier|spesialsykepleier|fysioterapeut|bakvakt|forvakt|mellomvakt|primærvakt|seksjonsoverlege)$/iu;

/** Specialties and sections written in lower case after a role ("overlege gastro"). */
const specialty =
  /^(?:gastro|hjerte|lunge|nyre|nevro|onko|onkologi|kirurgi|ortopedi|anestesi|intensiv|mottak|psykiatri|geriatri|endokrin|endo|infeksjon|hematologi|revma|revmatologi|urologi|gyn|gynekologi|føde|barn|nyfødt|radiologi|patologi|kardiologi|nefrologi|nevrologi|øye|hud|ønh|thorax|kar|karkirurgi|plastikk|rehabilitering|palliasjon|slag|akutt|medisin|indremedisin)$/u;

/**
 * "LIS2 på post, overlege gastro", "bakvakt kirurgi": a role and the specialty it covers in a
 * roster, not a title and a surname. Only a specialty from the list above, written in lower case,
 * counts; "overlege Gran" stays a person.
 */
function isRoleWithSpecialty(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  const parts = /^(?:(\S+)\s+)?(\p{Ll}+)$/u.exec(value);
  if (parts === null || !specialty.test(parts[2] ?? '')) return false;
  // The role is inside the span ("overlege gastro") or right before it on the same line.
  const role =
    parts[1] ??
    /(\S+) $/u.exec(text.slice(Math.max(0, candidate.start - 24), candidate.start))?.[1];
  return role !== undefined && rosterRole.test(role);
}

/** Chemical symbols that laboratory panels use for an analyte, as written: "Na", "Ca", "Li". */
const elementSymbol = /^(?:Na|K|Ca|Mg|Cl|Fe|Li|Zn|Cu)$/u;

/** Analytes of a laboratory panel, lower case, with an optional ion sign ("Na+", "K+"). */
const panelAnalyte =
  /^(?:hb|crp|sr|inr|aptt|lpk|tpk|leuk|leukocytter|trombocytter|na|k|ca|mg|cl|fe|li|zn|cu|natrium|kalium|kalsium|magnesium|fosfat|klorid|jern|litium|kreatinin|kreat|krea|karbamid|urea|egfr|albumin|alat|asat|gt|ggt|alp|ld|ldh|ck|bili|bilirubin|amylase|lipase|glukose|gluk|hba1c|tsh|ft4|t4|ft3|pth|ferritin|b12|folat|psa|troponin|trop|nt-probnp|bnp|laktat|urat|lipider|kolesterol|ldl|hdl)[+-]?$/u;

/**
 * "Hb, CRP, Na, K, kreatinin", "Natrium, Na+, Na.": a chemical symbol as a member of a panel of
 * laboratory analytes, not a person with a short name. The member right before it is an analyte,
 * and so is the member after it or the one before that; a bracket or a colon ends the panel. "Hb og
 * CRP tatt i dag. Na ringte." (a new sentence), "Hb, CRP, Hansen, K" (a surname is no symbol) and
 * "Hb, CRP, Li, Hansen ringte" (the member after it is no analyte) keep their names.
 */
function isElementInPanel(text: string, candidate: Candidate): boolean {
  if (!elementSymbol.test(text.slice(candidate.start, candidate.end))) return false;
  const before =
    /[^.!?:;()\n]*$/u.exec(text.slice(Math.max(0, candidate.start - 80), candidate.start))?.[0] ??
    '';
  const after = /^[^.!?:;()\n]*/u.exec(text.slice(candidate.end, candidate.end + 80))?.[0] ?? '';
  const membersBefore = before
    .split(/,| og | eller /u)
    .map((member) => member.trim().toLowerCase());
  const own = membersBefore.pop();
  if (own !== '') return false;
  const [ownTail = '', ...membersAfter] = after
    .split(/,| og | eller /u)
    .map((member) => member.trim().toLowerCase());
  if (!/^[+-]?$/u.test(ownTail)) return false;
  const isAnalyte = (member: string | undefined): boolean =>
    member !== undefined && panelAnalyte.test(member);
  if (!isAnalyte(membersBefore.at(-1))) return false;
  // "Hb, CRP, Li, Hansen ringte": a member after the symbol that is no analyte ends the panel.
  const next = membersAfter[0];
  if (next !== undefined && next !== '') return isAnalyte(next);
  return isAnalyte(membersBefore.at(-2));
}

/** Makers of hospital equipment whose names are also surnames or places, lower case. */
const equipmentMaker =
  /^(?:siemens|schiller|maquet|olympus|dräger|draeger|getinge|mindray|stryker|arjo|sectra|biotronik|hillrom|pentax|fujifilm|canon|esaote|samsung)$/u;

/** Model lines written after their maker as a word without a digit: "Siemens SOMATOM Force". */
const modelLine =
  /^(?:SOMATOM|MAGNETOM|Biograph|ACUSON|Acuson|Artis|Evita|Perseus|Babylog|Oxylog|Savina|Fabius|Primus|EVIS|EXERA|CARDIOVIT|Cardiovit|SERVO|Servo|Aquilion|Vantage|Aplio|Edora)$/u;

/**
 * A model written right after its maker: a word with both a capital letter and a digit ("AT-102",
 * "GIF-H190", "V800"), or with an inner capital ("BeneView"). A number ("45 år", "3 dager"), a date
 * or an acronym in capitals ("UNN", "SUS") is no model.
 */
const modelWithDigitOrInnerCapital =
  /^ (?:(?=[\p{L}\d.-]*\p{Lu})(?=[\p{L}\d.-]*\d)[\p{L}\d][\p{L}\d.-]*|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)(?![\p{L}\d])/u;

/** The word right after a maker, as a listed model line. */
const wordAfter = /^ (\p{L}+)(?![\p{L}\d])/u;

/**
 * "CT 1: Siemens SOMATOM Force", "EKG Schiller AT-102", "Olympus GIF-H190": a maker of hospital
 * equipment from the list above, followed right away by its model (a word with a capital and a
 * digit, a word with an inner capital, or a listed model line), not a person. "Overlege Siemens
 * ringte", "sønn Stryker 45 år" and "Kopi til Schiller UNN" (no model) stay persons.
 */
function isMakerBeforeModel(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (!/^\p{Lu}\p{L}+$/u.test(value) || !equipmentMaker.test(value.toLowerCase())) return false;
  const after = text.slice(candidate.end, candidate.end + 30);
  if (modelWithDigitOrInnerCapital.test(after)) return true;
  return modelLine.test(wordAfter.exec(after)?.[1] ?? '');
}

/**
 * Scales and tests scored as points out of a fixed maximum of at most 12, each with its maximum,
 * as written. A score is written out of that maximum ("SPPB 5/12", "Apgar 8/10"); "ECOG 1/12" (the
 * maximum of ECOG is 5) is a date. Scales named after a person or a place, or by an acronym that is
 * also an organisation or a word (Bristol, Tanner, Morse, Norton, Braden, Wexner, ASA, WHO, FAST,
 * CAT, CAM), are left out: "Reiste til Bristol 3/11" is a date. A score named as such
 * ("Tanner-skår 3/5") is read in `dates.ts`.
 */
const scaleMaximum: ReadonlyMap<string, number> = new Map([
  ['SPPB', 12],
  ['4AT', 12],
  ['BPS', 12],
  ['COPM', 10],
  ['Apgar', 10],
  ['APGAR', 10],
  ['EDSS', 10],
  ['CFS', 9],
  ['CPOT', 8],
  ['mRS', 6],
  ['ECOG', 5],
  ['GMFCS', 5],
  ['MACS', 5],
  ['NYHA', 4],
  ['CCS', 4],
  ['mMRC', 4],
]);

/** A scale right before the points, nothing but a colon between. */
const scaleBefore = /(?:^|[^\p{L}\d-])(\p{L}+|4AT)\s?:?\s$/u;

/**
 * "SPPB: 5/12", "Apgar 8/10": points out of the maximum of a scale, right after its name (nothing
 * but a colon between), not a day and a month. The maximum is the scale's own and the points are
 * no more than it. "SPPB tatt 5/12" (a word between), "ECOG 1/12" (the wrong maximum), "Kontroll
 * hos dr. Morse 8/10" and "Reiste til Bristol 3/11" (a name, not a listed scale) stay dates.
 */
function isScoreOfScale(text: string, candidate: Candidate): boolean {
  const parts = /^(\d{1,2})\/(\d{1,2})$/u.exec(text.slice(candidate.start, candidate.end));
  if (parts === null || Number(parts[1]) > Number(parts[2])) return false;
  const denominator = Number(parts[2]);
  const before = text.slice(Math.max(0, candidate.start - 24), candidate.start);
  const scale = scaleBefore.exec(before)?.[1];
  return scale !== undefined && scaleMaximum.get(scale) === denominator;
}

/** What names a term by a letter: "hepatitt B", "GOLD-gruppe A–E", "Trail Making Test A og B". */
const letteredTermBefore =
  /(?:(?:^|[^\p{L}])(?:hepatitt|vitamin|gruppe|gruppen|type|klasse|stadium|grad|kategori|test|testen|del|fase|trinn|nivå|tabell|figur|vedlegg|alternativ|influensa|streptokokker) |[\s-]\p{Lu}(?:\s?[–-]\s?|, | og | eller ))$/iu;

/** Heads of clinical compounds the dictionary lacks: "pneumokokkvaksine", "kolinesterasehemmer". */
const clinicalNounHead =
  /\p{L}{4}(?:vaksine|vaksiner|hemmer|hemmere|behandling|terapi|blokker|blokkere|antagonist|agonist|preparat|preparater|middel|midler)$/u;

/**
 * "… polio, Hib og hepatitt B. Pneumokokkvaksine gis samtidig", "GOLD-gruppe A–E.
 * Trippelbehandling …": the letter of a term at the end of a sentence and the ordinary noun that
 * opens the next one, not an initial and a surname. The letter follows a word that names a term by
 * a letter, or another letter in a range or a pair; the noun is a dictionary word or compound, or
 * ends in a clinical head noun ("-vaksine", "-hemmer"), and no given name, surname or place ("hepatitt B. Hansen ringte" stays a person).
 */
function isLetterOfTermBeforeSentence(
  words: TokenAnalysis,
  text: string,
  candidate: Candidate,
): boolean {
  const parts = /^\p{Lu}\. (\p{Lu}\p{Ll}+)$/u.exec(text.slice(candidate.start, candidate.end));
  const noun = parts?.[1]?.toLowerCase();
  if (noun === undefined || isNameOrPlace(words, noun)) return false;
  const lexicon = getSharedLexicon();
  const isNoun =
    words.analyse(noun).common || lexicon.isCompoundWord(noun) || clinicalNounHead.test(noun);
  if (!isNoun) return false;
  return letteredTermBefore.test(text.slice(Math.max(0, candidate.start - 24), candidate.start));
}

/**
 * Analytes, drugs and body functions that open a sentence as its subject ("Kreatinin har vært
 * stabilt", "Diurese kom tilbake dag 8", "Vasopressin lagt til"): no one is named so.
 */
const clinicalWordAlone =
  /^(?:kreatinin|hemoglobin|albumin|bilirubin|kalium|natrium|kalsium|magnesium|fosfat|glukose|laktat|ferritin|troponin|karbamid|diurese|vasopressin|noradrenalin|adrenalin|dobutamin|insulin|heparin|morfin)$/u;

/** A sentence-initial or listed analyte, drug or body function from the list above. */
function isClinicalWordAlone(text: string, candidate: Candidate): boolean {
  return clinicalWordAlone.test(text.slice(candidate.start, candidate.end).toLowerCase());
}

/**
 * Genera of the IUIS allergen nomenclature, abbreviated to three letters as written: "Cor" (hazel),
 * "Ara" (peanut), "Bet" (birch), "Phl" (timothy) … A closed list; abbreviations that are also
 * Norwegian given names ("Ole" for olive, "Sol", "Ana", "Jun") are left out.
 */
const allergenGenus =
  /^(?:Cor|Ara|Bet|Phl|Fel|Can|Der|Gal|Pru|Api|Gly|Jug|Ves|Pol|Bos|Equ|Tri|Par|Amb|Art|Mal|Alt|Asp|Cla|Hev|Lol|Gad|Pen|Pis|Cyn|Aln|Ses|Fag|Cup|Ani|Lup)$/u;

/**
 * The species letter and the number of a component: one lower-case letter that is no Norwegian
 * word ("i", "e", "å", "o" are: "Ida i 2. klasse"), then a number of one or two digits.
 */
const allergenSpeciesAndNumber = /^ [a-df-hj-np-z] \d{1,2}(?![\d\p{L}])/u;

/** Words that put a line in an allergy work-up: components are named only there. */
const allergyWord = /allerg|IgE|komponent|prikktest|kryssreak|sensibilis|phadiatop|immunocap/iu;

/**
 * "Cor a 1 positiv", "Ara h 2", "Bet v 1", and "HIV Ag/Ab": allergen components named by the
 * IUIS nomenclature (a listed genus, the letter of the species, a number) on a line of an allergy
 * work-up, and the antigen and antibody of a combined test, not persons. "Datteren Ida i 2. klasse"
 * and "Mor Eli i 40 år" (no genus, a preposition for a species) keep their names.
 */
function isAllergenComponent(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (value === 'Ag' && text.startsWith('/Ab', candidate.end)) return true;
  if (value === 'Ab' && text.slice(Math.max(0, candidate.start - 3), candidate.start) === 'Ag/')
    return true;
  if (!allergenGenus.test(value)) return false;
  if (!allergenSpeciesAndNumber.test(text.slice(candidate.end, candidate.end + 8))) return false;
  return allergyWord.test(lineOf(text, candidate));
}

/**
 * "COPM: … dusje selv (utførelse 3, tilfredshet 2), lage middag (5/4)": the paired scores of
 * performance and satisfaction (1–10) of the Canadian Occupational Performance Measure, in
 * brackets, in a line that names COPM and both scores before them. "COPM gjennomført (5/4)"
 * (no scores named) stays a date.
 */
function isPairedScoreOfCopm(text: string, candidate: Candidate): boolean {
  const parts = /^(\d{1,2})\/(\d{1,2})$/u.exec(text.slice(candidate.start, candidate.end));
  if (parts === null || Number(parts[1]) > 10 || Number(parts[2]) > 10) return false;
  if (text.charAt(candidate.start - 1) !== '(' || text.charAt(candidate.end) !== ')') return false;
  const lineBefore = text.slice(text.lastIndexOf('\n', candidate.start - 1) + 1, candidate.start);
  return (
    /\bCOPM\b/u.test(lineBefore) &&
    /utførelse/iu.test(lineBefore) &&
    /tilfredshet/iu.test(lineBefore)
  );
}

/**
 * "Barnevekststudien, 0–2 år", "barn 0-5 år": the upper end of an age band that starts at birth,
 * not one person's age. "Emma er 2 år" stays an age.
 */
function isAgeRangeFromBirth(text: string, candidate: Candidate): boolean {
  if (!/^\d{1,2} år$/u.test(text.slice(candidate.start, candidate.end))) return false;
  return /(?:^|[^\d,.])0\s?[-–]\s?$/u.test(
    text.slice(Math.max(0, candidate.start - 6), candidate.start),
  );
}

/** "Blodtype hos barnet A RhD positiv", "O RhD negativ": a blood group, not an initial and a name. */
function isBloodGroup(text: string, candidate: Candidate): boolean {
  const value = text.slice(candidate.start, candidate.end);
  if (/^(?:A|B|AB|O) RhD$/u.test(value)) return true;
  return (
    /^(?:A|B|AB|O)$/u.test(value) && /^ RhD\b/u.test(text.slice(candidate.end, candidate.end + 5))
  );
}
