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
      return isFunctionWordInCapitalLine(text, candidate) || isRoleWithSpecialty(text, candidate);
    case 'ORGANIZATION':
      return isDocumentHeading(words, text, candidate);
    default:
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
 * itself is dropped; "OVERLEGE BERG" in the same line stays a person.
 */
function isFunctionWordInCapitalLine(text: string, candidate: Candidate): boolean {
  if (!capitalFunctionWord.test(text.slice(candidate.start, candidate.end))) return false;
  return isCapitalLine(lineOf(text, candidate), 3);
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
