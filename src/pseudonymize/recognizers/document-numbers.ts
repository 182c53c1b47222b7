import { parseCardinalWord } from '../../language/index.js';
import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

/**
 * Numbers that identify a person only through the word said before them: passport numbers
 * ("Passnummer: NK4827193", "passet mitt har nummer 31884027"), case and reference numbers
 * ("Saksnr. 2023/4418", "Vår ref.: 24/1187-3", "saksnummeret er tjuefire skråstrek tre fire ni
 * null") and the five-digit personnummer said apart from the birth date ("født fjortende mars
 * åtti, personnummer to tre fire fem seks"). Without the cue the same digits are a dose, a year
 * or a phone number, so nothing here fires without it.
 */
export function recognizeDocumentNumbers(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of cueMatches(text, passportCue, cueHints.passport)) {
    const from = skipFillers(text, cue.index + cue[0].length, passportFillers);
    const code = matchAt(passportCode, text, from);
    if (code !== undefined)
      out.push({
        start: from,
        end: from + code.length,
        type: 'ID',
        subtype: 'pass',
        confidence: 0.93,
      });
    else {
      const end = spokenLettersAndDigitsEnd(tokens, from);
      if (end !== undefined)
        out.push({ start: from, end, type: 'ID', subtype: 'pass', confidence: 0.9 });
    }
  }
  for (const cue of cueMatches(text, caseCue, cueHints.case)) {
    const from = skipFillers(text, cue.index + cue[0].length, caseFillers);
    const code = matchAt(caseCode, text, from);
    if (code !== undefined) {
      out.push({
        start: from,
        end: from + code.length,
        type: 'ID',
        subtype: 'sak',
        confidence: 0.93,
      });
      continue;
    }
    const spoken = spokenDigitsAt(tokens, from, digitSeparators);
    if (spoken !== undefined && spoken.digits.length >= 4 && spoken.separators > 0)
      out.push({ start: from, end: spoken.end, type: 'ID', subtype: 'sak', confidence: 0.9 });
  }
  // "Vergemålssak 26/104552", "barnevernssak nr. 2024/3318-4": a compound naming a kind of case
  // before a number with a slash is the case's number.
  for (const cue of cueMatches(text, compoundCaseCue, cueHints.case)) {
    const span = cue.indices?.[1];
    if (span !== undefined)
      out.push({ start: span[0], end: span[1], type: 'ID', subtype: 'sak', confidence: 0.93 });
  }
  // "Medlemsnummer: 55612", "Pasient-ID PID 7712093", "Kontonummer 1503 22 84419": a word
  // built on "-nummer", "-nr" or "-ID" names an identifying number; the number after it (four
  // digits or more, letters before it allowed) is one, whatever its grouping.
  for (const cue of cueMatches(text, labelledNumberCue, cueHints.labelled)) {
    if (nonIdentifyingLabel.test(cue[1] ?? cue[2] ?? '')) continue;
    const from = skipFillers(text, cue.index + cue[0].length, labelFillers);
    const code = matchAt(labelledCode, text, from);
    if (code !== undefined && isTestScoreAfterVersion(cue[0], code)) continue;
    if (code !== undefined && code.replace(/\D/gu, '').length >= 4) {
      out.push({
        start: from,
        end: from + code.length,
        type: 'ID',
        subtype: 'labelled',
        confidence: 0.94,
      });
      pushCoordinated(text, from + code.length, code, out);
      continue;
    }
    // "medlemsnummeret er sju en to, fire fire null, åtte": said in groups with commas.
    const spoken = spokenDigitsAt(tokens, from, commaSeparators);
    if (spoken !== undefined && spoken.digits.length >= 5 && spoken.separators > 0)
      out.push({ start: from, end: spoken.end, type: 'ID', subtype: 'labelled', confidence: 0.9 });
  }
  // "KID 0072210934": the payment reference, written in capitals, before a run of digits.
  if (text.includes('KID')) {
    for (const match of text.matchAll(kidNumber)) {
      const span = match.indices?.[1];
      if (span !== undefined)
        out.push({ start: span[0], end: span[1], type: 'ID', subtype: 'kid', confidence: 0.94 });
    }
  }
  // "rekvisisjon C2025/10442", "Prøve BK25-7730412": a requisition or specimen code right after
  // the record word; the code must hold letters or a slash and five digits or more, so "prøve 2"
  // and "rekvisisjon 1" stay.
  for (const cue of cueMatches(text, recordCue, cueHints.record)) {
    const code = matchAt(recordCode, text, cue.index + cue[0].length);
    if (code !== undefined && code.replace(/\D/gu, '').length >= 5)
      out.push({
        start: cue.index + cue[0].length,
        end: cue.index + cue[0].length + code.length,
        type: 'ID',
        subtype: 'rekvisisjon',
        confidence: 0.93,
      });
  }
  for (const cue of cueMatches(text, personalNumberCue, cueHints.personalNumber)) {
    const from = skipFillers(text, cue.index + cue[0].length, personalNumberFillers);
    const spoken = spokenDigitsAt(tokens, from, noSeparators);
    if (spoken !== undefined && spoken.digits.length === 5)
      out.push({
        start: from,
        end: spoken.end,
        type: 'ID',
        subtype: 'personnummer',
        confidence: 0.93,
      });
  }
  return out;
}

const boundaryBefore = '(?<![\\p{L}\\p{N}])';
const boundaryAfter = '(?![\\p{L}\\p{N}])';

const passportCue = new RegExp(
  `${boundaryBefore}(?:pass(?:nummer(?:et)?|nr|et)?|pasn|nødpass(?:et)?|passport(?:\\s+no)?|id-kort(?:et)?)${boundaryAfter}`,
  'giu',
);
const passportFillers = new RegExp(
  `(?:[\\s.:]+|(?:mitt|hans|hennes|sitt|er|har|nummer|nr|no)${boundaryAfter})*`,
  'iuy',
);
/** "NK4827193", "FH 3390271", "C8KP41T73" (letters and digits, 8–10), "31884027". */
const passportCode = new RegExp(
  `(?:\\p{Lu}{1,3} ?\\d{6,8}|(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,10}|\\d{7,9})${boundaryAfter}`,
  'uy',
);

const caseCue = new RegExp(
  `${boundaryBefore}(?:saks(?:nummer(?:et)?|nr)|sak\\s+nr|(?:(?:vår|deres|var)\\s+)?ref(?:eranse)?|referanse(?:nummer(?:et)?|nr)?|arkivsak(?:s?nr)?|journalpost(?:nr)?)${boundaryAfter}`,
  'giu',
);
/**
 * A compound ending in "-sak" ("vergemålssak", "klagesak", "barnevernssaken"), maybe "nr.", then a
 * case number with a slash; group 1 the number. Years alone or ranges never follow the cue here,
 * and a share of something ("Erstatningssaken 20/100 av midlene") is no number.
 */
const compoundCaseCue = new RegExp(
  `${boundaryBefore}\\p{L}{3,}sak(?:en)?[\\s.:]+(?:(?:nr|nummer)\\.?\\s*:?\\s*)?(\\d{2,4}/\\d{3,7}(?:-\\d{1,4})?)${boundaryAfter}(?!\\s+av${boundaryAfter})`,
  'giud',
);
/** Between the cue and the number: "Saksnr. NAV: 25/3371", "saksnummeret er …", "Vår ref.: …". */
const caseFillers = new RegExp(
  `(?:[\\s.:]+|(?:er|mitt|vårt|deres|hos|i|fra)${boundaryAfter}|\\p{Lu}{2,5}(?=[:\\s]))*`,
  'uy',
);
/** "2024/18837", "23/4471-6", "HV-2025-0337", "KR-2209", "2023-04127", "5518234". */
const caseCode = new RegExp(
  `(?:\\d{2,4}/\\d{2,7}(?:-\\d{1,4})?|\\p{Lu}{1,4}-\\d{2,4}-\\d{2,6}|\\p{Lu}{1,4}-\\d{3,8}|\\d{4}-\\d{3,6}(?:-\\d{1,4})?|\\d{5,10})${boundaryAfter}`,
  'uy',
);

/** A compound ending in "nummer"/"nr" ("medlemsnummer") or "-ID" ("pasient-ID"); groups 1–2 its first part. */
/**
 * A number label: "journalnr.", "PID-nummer", "pasient-id"; also, written apart, the record labels
 * that never name a room, a bed or a phone: "Journal nr.", "pasient nr.", "oppdrag nr.".
 */
const labelledNumberCue = new RegExp(
  `${boundaryBefore}(?:(\\p{L}+-?|\\p{L}+\\.)(?:nummer(?:et)?|nr)|(\\p{L}+)-id|(?:journal|pasient|ansatt|innsatt|oppdrags?|medlems?|arkiv|elev)\\s(?:nummer(?:et)?|nr))\\.?${boundaryAfter}`,
  'giu',
);
/**
 * "MMSE-NR 29/30", "MOCA-NR 26/30": a test's Norwegian version ("-NR" after the capitals of its
 * name) and a score out of a maximum, not a number label and an identifier.
 */
function isTestScoreAfterVersion(label: string, code: string): boolean {
  if (!/^\p{Lu}{2,}-NR$/u.test(label.trim())) return false;
  const score = /^(\d{1,3})\/(\d{1,3})$/u.exec(code.trim());
  return score !== null && Number(score[1]) <= Number(score[2]);
}

/** Numbers whose label says they identify no person, or that other recognizers type. */
const nonIdentifyingLabel =
  /^(?:tele(?:fon)?|tlf\.?|mobil|faks|fax|rom|seng(?:e)?|post|hus|lot|batch|versjons?|side|linje|buss|vare|artikkel|katalog|bestillings|ordre|kunde|direkte|hjemme|jobb|arbeids|vakt|sentralbord|kontakt|privat|kontor|nød|sms|bil|registrerings|reg|skilt|kjennemerke|båt|telefon-?|mobil-?|tlf-?)$/iu;
const labelFillers = new RegExp(
  `(?:[\\s.:]+|(?:er|mitt|min|hans|hennes|sitt|nr|no|i|hos)${boundaryAfter}|(?:\\p{Lu}\\p{L}+ ){0,2}\\p{Lu}\\p{L}+(?=:))*`,
  'iuy',
);
/**
 * "55612", "PID 7712093", "R-2025-08813", "1503 22 84419", "9710.05.33412", "SKA 448120"; letters
 * between digit groups ("26-MB-04417") and a letter suffix ("4471-K") belong to the number.
 */
const labelledCode = new RegExp(
  `(?:\\p{Lu}{1,4}[ -]?)?\\d(?:\\d|[ .\\-/](?=\\d)|-\\p{Lu}{1,4}-(?=\\d))*(?:-\\p{Lu}{1,2}(?![\\p{L}\\p{N}-]))?${boundaryAfter}`,
  'uy',
);

const recordCue = new RegExp(
  `${boundaryBefore}(?:rekvisisjon(?:en)?|remisse(?:n)?|prøve(?:n)?|preparat(?:et)?)(?:\\s?:\\s?|\\s)`,
  'giu',
);
/** "C2025/10442", "BK25-7730412", "H2024/55817", "B240881123", "24/118842". */
const recordCode = new RegExp(
  `(?:\\p{Lu}{1,4}-?\\d{2,4}[/-]\\d{3,8}|\\p{Lu}{1,4}-?\\d{5,10}|\\d{2,4}/\\d{4,8})${boundaryAfter}`,
  'uy',
);

const personalNumberCue = new RegExp(
  `${boundaryBefore}(?:personnummer(?:et)?|personnr|(?:de\\s+)?fem\\s+siste|siste\\s+fem)${boundaryAfter}`,
  'giu',
);
/** "personnummeret er …", "Og de fem siste? Pasient: sju null …". */
const personalNumberFillers = new RegExp(
  `(?:[\\s.:?,]+|(?:er|mitt|hennes|hans|sitt|så|da|og|altså|pasient|pasienten|lege|siffer|sifrene)${boundaryAfter})*`,
  'iuy',
);

/**
 * A cheap necessary condition per cue: every match of the cue holds a match of its hint (a
 * literal the cue cannot match without, with the same case-insensitive Unicode flags, so the
 * same case folding). Most lines hold no hint, and the cue itself (a look-behind, then a word
 * scanned and backtracked) is slow to run over a whole line: V8 tries it at every position.
 * Keep each hint in step with its cue when the cue changes.
 */
const cueHints = {
  /** pass, passnummer, passet, pasn, nødpass, passport, ID-kort. */
  passport: /pass|pasn|id-kort/iu,
  /** saksnummer, sak nr, ref, referanse, arkivsak, journalpost. */
  case: /sak|ref|journalpost/iu,
  /** …nummer, …nr, …-id. */
  labelled: /nr|nummer|-id/iu,
  /** rekvisisjon, remisse, prøve, preparat. */
  record: /rekvisisjon|remisse|prøve|preparat/iu,
  /** personnummer, personnr, (de) fem siste, siste fem. */
  personalNumber: /personn|siste/iu,
} as const;

/** The matches of `cue` (a global pattern) in `text`; none, without running it, when `hint` has none. */
function cueMatches(text: string, cue: RegExp, hint: RegExp): Iterable<RegExpExecArray> {
  return hint.test(text) ? text.matchAll(cue) : [];
}

/**
 * "F K fire tre to null ni sju": a passport or ID-card code said aloud, one to three letters
 * spoken one by one, then five digits or more said one by one. The end of the code, or undefined.
 */
function spokenLettersAndDigitsEnd(tokens: readonly Token[], from: number): number | undefined {
  let index = tokens.findIndex((token) => token.start >= from);
  if (index < 0 || tokenAt(tokens, index)?.start !== from) return undefined;
  let letters = 0;
  for (; letters < 3; letters++, index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || !/^\p{L}$/u.test(token.text)) break;
  }
  const first = tokenAt(tokens, index);
  if (letters === 0 || first === undefined) return undefined;
  const spoken = spokenDigitsAt(tokens, first.start, noSeparators);
  return spoken !== undefined && spoken.digits.length >= 5 ? spoken.end : undefined;
}

function skipFillers(text: string, from: number, fillers: RegExp): number {
  fillers.lastIndex = from;
  const match = fillers.exec(text);
  return match === null ? from : from + match[0].length;
}

function matchAt(pattern: RegExp, text: string, from: number): string | undefined {
  pattern.lastIndex = from;
  return pattern.exec(text)?.[0];
}

const digitSeparators: ReadonlySet<string> = new Set([
  'skråstrek',
  'strek',
  'bindestrek',
  '/',
  '-',
]);
const commaSeparators: ReadonlySet<string> = new Set([',']);
const noSeparators: ReadonlySet<string> = new Set<string>();

/** "KID 0072210934", "KID: 4402 1188 7731 5": six digits or more after the capital word. */
const kidNumber =
  /(?<![\p{L}\p{N}])KID(?:-nr\.?)?(?:\s?:|\s(?:er|nr\.?))?\s(\d(?:\d|\s(?=\d)){5,24})(?![\p{L}\p{N}])/dgu;

/**
 * After a labelled number, "og" or a comma and a second number of the same digit count
 * ("tjenestenummer 2207 og 6618"): the label covers both.
 */
function pushCoordinated(text: string, end: number, code: string, out: Candidate[]): void {
  const joined = coordinatedNumber.exec(text.slice(end, end + 40));
  const second = joined?.[1];
  if (joined === null || second === undefined) return;
  if (second.replace(/\D/gu, '').length !== code.replace(/\D/gu, '').length) return;
  const start = end + joined[0].length - second.length;
  out.push({
    start,
    end: start + second.length,
    type: 'ID',
    subtype: 'labelled',
    confidence: 0.92,
  });
}
const coordinatedNumber = /^(?:,\s?|\s(?:og|eller)\s)(\d(?:\d|[ .\-/](?=\d))*)(?![\p{L}\p{N}])/u;

/**
 * Digits said or typed from `from` on: number tokens and cardinal words under 100 ("tjuetre" →
 * 23), with spaces between them, and any of `separatorWords` ("skråstrek", "/", ",") between groups.
 */
function spokenDigitsAt(
  tokens: readonly Token[],
  from: number,
  separatorWords: ReadonlySet<string>,
): { digits: string; end: number; separators: number } | undefined {
  let index = tokens.findIndex((token) => token.start >= from);
  if (index < 0 || tokenAt(tokens, index)?.start !== from) return undefined;
  let digits = '';
  let separators = 0;
  let end = from;
  for (; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) break;
    if (token.kind === 'number' && /^\d{1,6}$/u.test(token.text)) {
      digits += token.text;
    } else if (token.kind === 'word' && (parseCardinalWord(token.lower) ?? 100) < 100) {
      digits += String(parseCardinalWord(token.lower));
    } else if (digits.length > 0 && separatorWords.has(token.lower)) {
      separators++;
      continue;
    } else break;
    end = token.end;
    if (digits.length > 12) return undefined;
  }
  return digits.length === 0 ? undefined : { digits, end, separators };
}
