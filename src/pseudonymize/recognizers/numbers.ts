import {
  classifyNationalId,
  isValidAccountNumber,
  isValidDufNumber,
  isValidOrganisationNumber,
} from '../../identifiers/index.js';
import { parseCardinalWord, relativeNouns } from '../../language/index.js';
import { cardinalOf } from '../word-record.js';
import { textAt, lowerAt, tokenAt, isSpaceBetween, tokenize, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { recognizeDocumentNumbers } from './document-numbers.js';
import {
  collectWholeNumbers,
  recognizeCorrectedNumberStarts,
  recognizeNumberParts,
  type NumberPart,
} from './number-parts.js';

/** Digits the clinician or EHR passed for the patient, normalised. */
export interface KnownDigits {
  readonly fnr?: string;
  /** Birth date as ddmmyy and ddmmyyyy. */
  readonly birthDateDigits?: readonly string[];
  /**
   * The digits of the phone and identity numbers found anywhere in this consultation (all its
   * segments): a part of one said on its own ("nittifem, nittien …") is that number too.
   */
  readonly consultationNumbers?: ReadonlyMap<string, 'PHONE' | 'ID'>;
}

interface Piece {
  readonly digits: string;
  readonly firstToken: number;
  readonly lastToken: number;
  /** A comma, ellipsis, filler word or line break came before this piece. */
  readonly breakBefore: boolean;
  readonly isWord: boolean;
}

/** Words said inside a number without ending it: "ni tre, åtti tre, tjueto … ja, og femten". */
const fillers = new Set(['eh', 'ehm', 'øh', 'øhm', 'hm', 'hmm', 'mm', 'altså', 'e', 'ja', 'jo']);
const idContext =
  /fødselsnummer|personnummer|personnr|fnr|d-nummer|h-nummer|dnummer|duf|identitetsnummer|id-nummer/u;
const phoneContext = /telefon|mobil|\bmob\b|nummer|tlf|ringe|ring |sms|kontakt/u;
const hprContext = /hpr|helsepersonell/u;
/** "bare de fire siste:", "dei fire siste sifra er": the last four digits of a number follow. */
const lastFourBefore =
  /(?:^|\s)(?:de|dei|dem) (?:fire|4) siste (?:siffer\S* )?(?:er |e )?(?:: )?$/u;
/**
 * A measurement named right before a run of numbers ("Puls 72 80 76 68", "BT: 142 138 145 151"):
 * a series of readings, not a phone number.
 */
const readingsBefore =
  /(?:^|\s)(?:puls|pulsen|bt|blodtrykk|blodtrykket|blodsukker|blodsukkeret|bs|glukose|vekt|vekten|temp|temperatur|målinger|målingene|verdier|verdiene|hb|crp|spo2|metning|metninga|saturasjon|saturasjonen|sat|resp|rf|skår|poeng|kurve)\s(?::\s)?$/u;
const orgContext = /org|foretak|bedrift/u;
const accountContext = /konto/u;
const recordContext =
  /(?:pasient|journal|ansatt|saks|medlems|kunde|referanse|arkiv|rekvisisjons|prøve|løpe|tolke)(?:nr|nummer|nummeret)\.?:?$/u;
const birthContext = /født|fødselsdato|fødselsdag|bursdag/u;
/** A country code in brackets right before the number: "(+48) 601 223 418", "( 0046 ) …". */
const bracketedCountryCode = /\(\s*(?:\+|00)\s*\d{1,3}\s*\)\s*$/u;

/** True for ddmmyyyy with a day, a month and a year from 1854 to 2039: "29021948". */
function isBirthDateWithFullYear(digits: string): boolean {
  return /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:18[5-9]\d|19\d\d|20[0-3]\d)$/u.test(digits);
}

/**
 * True for four or more two-digit groups that step by the same amount: counting, not a number
 * ("nittitre, åttiseks, syttini, syttito" when subtracting sevens in a memory test).
 */
function isCountingSequence(pieces: readonly Piece[]): boolean {
  if (pieces.length < 4) return false;
  const values = pieces.map((piece) =>
    /^[1-9]\d$/u.test(piece.digits) ? Number(piece.digits) : NaN,
  );
  const [first = NaN, second = NaN] = values;
  const step = second - first;
  if (Number.isNaN(step) || step === 0) return false;
  return values.every((value, index) => value === first + index * step);
}

/** Spoken digits joined by hyphens in speech-to-text: "ni-to-fire" → 924, "fem-seks" → 56. */
function hyphenatedDigits(token: Token): { digits: string; consumed: number } | undefined {
  if (!token.lower.includes('-')) return undefined;
  const parts = token.lower.split('-');
  const tens = parts.length === 2 ? parseCardinalWord(parts[0] ?? '') : undefined;
  const unit = parts.length === 2 ? parseCardinalWord(parts[1] ?? '') : undefined;
  // "nitti-sju" is 97, not 907.
  if (
    tens !== undefined &&
    unit !== undefined &&
    tens >= 20 &&
    tens % 10 === 0 &&
    tens < 100 &&
    unit >= 1 &&
    unit <= 9
  )
    return { digits: String(tens + unit), consumed: 1 };
  // "ni-og-tjue" is 29: a unit, "og" and a tens word, the old way of saying a number.
  const oldUnit =
    parts.length === 3 && parts[1] === 'og' ? parseCardinalWord(parts[0] ?? '') : undefined;
  const oldTens = oldUnit === undefined ? undefined : parseCardinalWord(parts[2] ?? '');
  if (
    oldUnit !== undefined &&
    oldTens !== undefined &&
    oldUnit >= 1 &&
    oldUnit <= 9 &&
    oldTens >= 20 &&
    oldTens % 10 === 0 &&
    oldTens < 100
  )
    return { digits: String(oldTens + oldUnit), consumed: 1 };
  let digits = '';
  for (const part of parts) {
    const value = part === '' ? undefined : parseCardinalWord(part);
    if (value === undefined || value > 99) return undefined;
    digits += String(value);
  }
  return { digits, consumed: 1 };
}

/**
 * Western and northern dialect digits the shared number table leaves out, because alone they are
 * also words or only heard in speech ("sjau" is also a chore, "fira" a verb): "fira" 4, "tri" 3,
 * "tvo" 2, "nie" 9,
 * "sjau" 7, "åtta" 8, "ellve" 11, the æ-forms of western Norway ("sæks", "fæm", "tålv",
 * "sæksti", "fæmti"), and tens joined with units where either is such a form ("trettitri",
 * "femtiåtta", "nittisæks", "tjuefæm", "sæksogtjue"). Read only as a piece of a spoken digit run,
 * where a run of three or more pieces still has to make a phone or identity number.
 */
const dialectUnits: Readonly<Record<string, number>> = {
  tvo: 2,
  tri: 3,
  fira: 4,
  fæm: 5,
  sæks: 6,
  sjau: 7,
  åtta: 8,
  nie: 9,
};
/** Tens said in dialect: "fæmti", "sæksti", and "firti"/"fyrti" (40) of eastern and northern speech. */
const dialectTens: Readonly<Record<string, number>> = {
  fæmti: 50,
  sæksti: 60,
  firti: 40,
  fyrti: 40,
};
const dialectCardinals: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>([
    ...Object.entries(dialectUnits),
    ['ellve', 11],
    ['tålv', 12],
    ['fæmten', 15],
    ['fæmtan', 15],
    ['sæksten', 16],
    ['sækstan', 16],
  ]);
  const units = ['en', 'ein', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'syv', 'åtte', 'ni'];
  const allUnits = [...units, ...Object.keys(dialectUnits)];
  const standardTens = ['tjue', 'tjuge', 'tyve', 'tretti', 'førti', 'femti', 'seksti'];
  const allTens = [
    ...standardTens,
    'sytti',
    'søtti',
    'sjutti',
    'åtti',
    'nitti',
    ...Object.keys(dialectTens),
  ];
  const tensValue = (word: string): number => dialectTens[word] ?? parseCardinalWord(word) ?? 0;
  const unitValue = (word: string): number => dialectUnits[word] ?? parseCardinalWord(word) ?? 0;
  for (const [word, value] of Object.entries(dialectTens)) map.set(word, value);
  for (const tenWord of allTens)
    for (const unitWord of allUnits) {
      const value = tensValue(tenWord) + unitValue(unitWord);
      for (const word of [tenWord + unitWord, `${unitWord}og${tenWord}`])
        if (parseCardinalWord(word) === undefined) map.set(word, value);
    }
  return map;
})();

/** A spoken cardinal 0–99 in the shared table or a dialect form of one, or undefined. */
function spokenCardinalOf(token: Token | undefined): number | undefined {
  return cardinalOf(token) ?? (token === undefined ? undefined : dialectCardinals.get(token.lower));
}

/** "hundre", "nihundre", "firehundre": a whole number of hundreds said as one word, or undefined. */
function hundredsOf(lower: string): number | undefined {
  if (!lower.endsWith('hundre')) return undefined;
  const head = lower.slice(0, -'hundre'.length);
  if (head === '') return 100;
  const digit = parseCardinalWord(head);
  return digit !== undefined && digit >= 1 && digit <= 9 ? digit * 100 : undefined;
}

/**
 * "nihundreogførti" → 940, "firehundretolv" → 412: a three-digit group said as one word, as
 * speech-to-text writes it.
 */
function compoundHundredsOf(lower: string): number | undefined {
  const at = lower.indexOf('hundre');
  if (at < 0 || at + 'hundre'.length === lower.length) return undefined;
  const hundreds = hundredsOf(lower.slice(0, at + 'hundre'.length));
  const tail = lower.slice(at + 'hundre'.length);
  const rest = parseCardinalWord(tail.startsWith('og') ? tail.slice(2) : tail);
  if (hundreds === undefined || rest === undefined || rest < 1) return undefined;
  return hundreds + rest;
}

/**
 * "nihundre og fire" → 904, "hundre og tolv" → 112, "firehundre tretti" → 430: hundreds said as
 * one word, with the rest after "og" or directly, as a group of a spoken phone number.
 */
function spokenHundreds(
  tokens: readonly Token[],
  index: number,
): { digits: string; consumed: number } | undefined {
  const lower = lowerAt(tokens, index);
  const compound = compoundHundredsOf(lower);
  if (compound !== undefined) return { digits: String(compound), consumed: 1 };
  const hundreds = hundredsOf(lower);
  if (hundreds === undefined) return undefined;
  const restIndex = lowerAt(tokens, index + 1) === 'og' ? index + 2 : index + 1;
  const rest = spokenCardinalOf(tokenAt(tokens, restIndex));
  if (rest !== undefined && rest >= 1 && rest <= 99 && tokenAt(tokens, restIndex)?.kind === 'word')
    return { digits: String(hundreds + rest), consumed: restIndex - index + 1 };
  return { digits: String(hundreds), consumed: 1 };
}

/**
 * The digits of a number as found, typed or said aloud: "ni sju … tolv, førtiåtte, trettien" →
 * "97124831", "92 30 84 11" → "92308411".
 */
export function toNumberDigits(text: string): string {
  const tokens = tokenize(text);
  let digits = '';
  for (let index = 0; index < tokens.length;) {
    const piece = pieceDigits(tokens, index);
    if (piece === undefined) index++;
    else {
      digits += piece.digits;
      index += piece.consumed;
    }
  }
  return digits;
}

export function pieceDigits(
  tokens: readonly Token[],
  index: number,
): { digits: string; consumed: number } | undefined {
  const token = tokenAt(tokens, index);
  if (token === undefined) return undefined;
  if (token.kind === 'number') return { digits: token.text, consumed: 1 };
  if (token.kind !== 'word') return undefined;
  const value = spokenCardinalOf(token);
  if (value === undefined) return spokenHundreds(tokens, index) ?? hyphenatedDigits(token);
  // "fem hundre og sekstien" → 561
  const next = tokenAt(tokens, index + 1);
  if (value > 0 && value < 10 && next?.lower === 'hundre') {
    const joiner = tokenAt(tokens, index + 2);
    const restIndex = joiner?.lower === 'og' ? index + 3 : index + 2;
    const restToken = tokenAt(tokens, restIndex);
    const rest = spokenCardinalOf(restToken);
    if (rest !== undefined)
      return { digits: String(value * 100 + rest), consumed: restIndex - index + 1 };
    return { digits: String(value * 100), consumed: 2 };
  }
  // "seks og tretti": the old way of saying 36, still heard from older patients.
  if (value > 0 && value < 10 && next?.lower === 'og') {
    const tensValue = spokenCardinalOf(tokenAt(tokens, index + 2));
    if (tensValue !== undefined && tensValue >= 20 && tensValue % 10 === 0 && tensValue < 100)
      return { digits: String(tensValue + value), consumed: 3 };
  }
  // "åtti tre" said as two words is 83.
  if (value >= 20 && value % 10 === 0 && next !== undefined && next.kind === 'word') {
    const unit = spokenCardinalOf(next);
    if (unit !== undefined && unit >= 1 && unit <= 9)
      return { digits: String(value + unit), consumed: 2 };
  }
  return { digits: String(value), consumed: 1 };
}

/**
 * Finds runs of digits and spoken number words ("14 03 03 527 51", "null ni null en åttiåtte …",
 * "Tretti null seks femtien, eh ... 331 27") and classifies them as identity numbers, phone
 * numbers, HPR, organisation or account numbers, or a birth date.
 */
export function recognizeNumberSequences(
  text: string,
  tokens: readonly Token[],
  known: KnownDigits,
): Candidate[] {
  // Passport, case and reference numbers and the five-digit personnummer, found by their cue word.
  const candidates: Candidate[] = recognizeDocumentNumbers(text, tokens);
  recognizeDottedIds(text, tokens, known, candidates);
  recognizeDottedAccounts(tokens, candidates);
  recognizeDottedPhones(tokens, candidates);
  recognizeSlashedPhones(tokens, candidates);
  recognizeBracketedAreaPhones(tokens, candidates);
  const runs: NumberPart[][] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = pieceDigits(tokens, index);
    if (first === undefined) {
      index++;
      continue;
    }
    const pieces: Piece[] = [
      {
        digits: first.digits,
        firstToken: index,
        lastToken: index + first.consumed - 1,
        breakBefore: false,
        isWord: tokenAt(tokens, index)?.kind === 'word',
      },
    ];
    let cursor = index + first.consumed;
    let pendingBreak = false;
    let decimals = false;
    while (cursor < tokens.length) {
      const token = tokenAt(tokens, cursor);
      const previous = tokenAt(tokens, cursor - 1);
      if (token === undefined || previous === undefined) break;
      const gap = text.slice(previous.end, token.start);
      if (gap.includes('\n') || gap.includes('\r')) {
        pendingBreak = true;
        if (gap.length > 2) break;
      }
      const piece = pieceDigits(tokens, cursor);
      if (piece !== undefined) {
        pieces.push({
          digits: piece.digits,
          firstToken: cursor,
          lastToken: cursor + piece.consumed - 1,
          breakBefore: pendingBreak,
          isWord: token.kind === 'word',
        });
        pendingBreak = false;
        cursor += piece.consumed;
        continue;
      }
      // "8,2 9,1 7,8": a comma between two digits with no space is a decimal comma, and a run
      // of decimal readings is no phone or identity number.
      if (
        token.text === ',' &&
        previous.kind === 'number' &&
        previous.end === token.start &&
        tokenAt(tokens, cursor + 1)?.kind === 'number' &&
        tokenAt(tokens, cursor + 1)?.start === token.end
      ) {
        decimals = true;
      }
      if (
        token.kind === 'punct' &&
        (token.text === ',' || token.text === '…' || token.text === '-' || token.text === '–')
      ) {
        pendingBreak = true;
        cursor++;
        continue;
      }
      if (
        token.kind === 'punct' &&
        token.text === '.' &&
        (textAt(tokens, cursor + 1) === '.' || previous.text === '.')
      ) {
        pendingBreak = true;
        cursor++;
        continue;
      }
      // "elleve null seks førtito, og så tre tre to ni åtte": "og så" between two parts of one
      // number said aloud, when more digits follow.
      if (
        token.lower === 'og' &&
        lowerAt(tokens, cursor + 1) === 'så' &&
        pieceDigits(tokens, cursor + 2) !== undefined
      ) {
        pendingBreak = true;
        cursor += 2;
        continue;
      }
      // "ni sju, tretti, og førtifire, og tolv": a plain "og" before the last groups of a number
      // said aloud, once two groups are said and another follows.
      if (
        token.lower === 'og' &&
        pieces.length >= 2 &&
        tokenAt(tokens, cursor + 1)?.kind === 'word' &&
        pieceDigits(tokens, cursor + 1) !== undefined
      ) {
        pendingBreak = true;
        cursor++;
        continue;
      }
      // "tjueni, vent litt, null seks": a pause asked for inside a number said aloud.
      if (
        token.lower === 'vent' &&
        lowerAt(tokens, cursor + 1) === 'litt' &&
        pieces.length >= 2 &&
        pieces.every((piece) => piece.isWord) &&
        tokenAt(tokens, cursor + 2 + (textAt(tokens, cursor + 2) === ',' ? 1 : 0))?.kind ===
          'word' &&
        pieceDigits(tokens, cursor + 2 + (textAt(tokens, cursor + 2) === ',' ? 1 : 0)) !== undefined
      ) {
        pendingBreak = true;
        cursor += 2;
        continue;
      }
      if (token.kind === 'word' && fillers.has(token.lower) && pieces.length > 0) {
        pendingBreak = true;
        cursor++;
        continue;
      }
      break;
    }
    if (!decimals) {
      const claimed = classifyRun(text, tokens, pieces, known, candidates);
      runs.push(
        pieces.map((piece, position) => ({
          digits: piece.digits,
          start: tokenAt(tokens, piece.firstToken)?.start ?? 0,
          end: tokenAt(tokens, piece.lastToken)?.end ?? 0,
          claimed: claimed[position] === 1,
          isWord: piece.isWord,
        })),
      );
    }
    const last = pieces[pieces.length - 1];
    index = Math.max(index + 1, (last?.lastToken ?? index) + 1);
  }
  const extra = new Map(known.consultationNumbers);
  if (known.fnr !== undefined) extra.set(known.fnr, 'ID');
  recognizeNumberParts(
    text,
    runs,
    collectWholeNumbers(text, candidates, extra),
    known.birthDateDigits ?? [],
    candidates,
  );
  recognizeCorrectedNumberStarts(text, runs, candidates);
  return candidates;
}

/** "1234.56.78903": an account number written with dots. */
function recognizeDottedAccounts(tokens: readonly Token[], out: Candidate[]): void {
  for (let index = 0; index + 4 < tokens.length; index++) {
    const bank = tokenAt(tokens, index);
    if (bank?.kind !== 'number' || bank.text.length !== 4) continue;
    const group = tokenAt(tokens, index + 2);
    const rest = tokenAt(tokens, index + 4);
    const firstDot = tokenAt(tokens, index + 1);
    const secondDot = tokenAt(tokens, index + 3);
    if (
      firstDot?.text !== '.' ||
      secondDot?.text !== '.' ||
      group?.kind !== 'number' ||
      group.text.length !== 2 ||
      rest?.kind !== 'number' ||
      rest.text.length !== 5 ||
      firstDot.start !== bank.end ||
      group.start !== firstDot.end ||
      secondDot.start !== group.end ||
      rest.start !== secondDot.end
    )
      continue;
    const digits = bank.text + group.text + rest.text;
    out.push({
      start: bank.start,
      end: rest.end,
      type: 'ID',
      subtype: 'kontonummer',
      confidence: isValidAccountNumber(digits) ? 0.95 : 0.85,
    });
  }
}

/**
 * "932.44.150", "93.24.41.50": a Norwegian phone number (eight digits, first digit 2–9, Nkom's
 * numbering plan) written in groups of two or three digits joined by dots. A dotted date has a
 * four-digit year or six digits in all; "22.11.80.40", which could start with a date, counts only
 * after a phone word.
 */
function recognizeDottedPhones(tokens: readonly Token[], out: Candidate[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const first = tokenAt(tokens, index);
    if (first?.kind !== 'number') continue;
    // A dot glued to the first group continues a longer code; a label's dot ("mob. 912.34.567")
    // stands apart.
    const dotBefore = tokenAt(tokens, index - 1);
    if (dotBefore?.text === '.' && dotBefore.end === first.start) continue;
    const groups = [first];
    let cursor = index + 1;
    while (cursor + 1 < tokens.length) {
      const dot = tokenAt(tokens, cursor);
      const group = tokenAt(tokens, cursor + 1);
      const before = tokenAt(tokens, cursor - 1);
      if (
        dot?.text !== '.' ||
        group?.kind !== 'number' ||
        before === undefined ||
        dot.start !== before.end ||
        group.start !== dot.end
      )
        break;
      groups.push(group);
      cursor += 2;
    }
    const last = groups[groups.length - 1];
    // Another dot and digit right after: a longer dotted code, not a phone number.
    const after = tokenAt(tokens, cursor);
    const afterNext = tokenAt(tokens, cursor + 1);
    if (
      last === undefined ||
      groups.length < 3 ||
      groups.length > 4 ||
      groups.some((group) => group.text.length < 2 || group.text.length > 3) ||
      (after?.text === '.' && after.start === last.end && afterNext?.kind === 'number')
    )
      continue;
    const digits = groups.map((group) => group.text).join('');
    if (digits.length !== 8 || !/^[2-9]/u.test(digits)) continue;
    const context = contextBefore(tokens, index);
    const dateLike =
      /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])/u.test(digits) && first.text.length === 2;
    if (dateLike && !phoneContext.test(context)) continue;
    out.push({
      start: first.start,
      end: last.end,
      type: 'PHONE',
      confidence: phoneContext.test(context) ? 0.92 : 0.85,
    });
    index = cursor - 1;
  }
}

/**
 * "9137/2846", "9137 / 2846": an eight-digit phone number written as two groups of four joined by
 * a slash. A mobile number (first digit 4 or 9) needs no label; any other only after a phone word,
 * and never a year before the slash ("2023/4418" is a case number).
 */
const slashPhoneOwners: ReadonlySet<string> = new Set([
  ...relativeNouns,
  'pårørende',
  'svigersønnen',
  'svigerdatteren',
  'verge',
  'vergen',
  'kontaktperson',
  'privat',
  'jobb',
  'hjemme',
]);

function recognizeSlashedPhones(tokens: readonly Token[], out: Candidate[]): void {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const first = tokenAt(tokens, index);
    const slash = tokenAt(tokens, index + 1);
    const second = tokenAt(tokens, index + 2);
    if (
      first?.kind !== 'number' ||
      slash?.text !== '/' ||
      second?.kind !== 'number' ||
      first.text.length !== 4 ||
      second.text.length !== 4 ||
      slash.start - first.end > 1 ||
      second.start - slash.end > 1
    )
      continue;
    const before = tokenAt(tokens, index - 1);
    const after = tokenAt(tokens, index + 3);
    // Part of a longer code ("12/3456/7890", "2024.1234/5678").
    if (
      (before !== undefined && before.end === first.start && /^[./-]$/u.test(before.text)) ||
      (after !== undefined &&
        after.start === second.end &&
        /^[./-]$/u.test(after.text) &&
        tokenAt(tokens, index + 4)?.kind === 'number')
    )
      continue;
    const labelled = phoneContext.test(contextBefore(tokens, index));
    if (/^(?:19|20)\d\d$/u.test(first.text) || recordContext.test(nearContext(tokens, index)))
      continue;
    if (!/^[2-9]/u.test(first.text)) continue;
    // Unlabelled: a mobile number right after a colon or the person it belongs to.
    if (
      !labelled &&
      !(
        /^[49]/u.test(first.text) &&
        (before?.text === ':' || slashPhoneOwners.has(before?.lower ?? ''))
      )
    )
      continue;
    out.push({
      start: first.start,
      end: second.end,
      type: 'PHONE',
      confidence: labelled ? 0.9 : 0.8,
    });
    index += 2;
  }
}

/**
 * "(22) 33 44 55", "(51) 88 20 14", "(735) 91 220": a Norwegian phone number (eight digits, first
 * digit 2–9) with its old area code in brackets, the rest in groups of two or three digits. A
 * value in brackets before a unit ("vekt (72) kg") has no digit groups after it; more groups than
 * eight digits make a longer code, not a phone number.
 */
function recognizeBracketedAreaPhones(tokens: readonly Token[], out: Candidate[]): void {
  for (let index = 0; index + 4 < tokens.length; index++) {
    const open = tokenAt(tokens, index);
    const area = tokenAt(tokens, index + 1);
    const close = tokenAt(tokens, index + 2);
    if (
      open?.text !== '(' ||
      area?.kind !== 'number' ||
      close?.text !== ')' ||
      area.start !== open.end ||
      close.start !== area.end ||
      !/^[2-9]\d{1,2}$/u.test(area.text)
    )
      continue;
    let digits = area.text;
    let cursor = index + 3;
    let last = close;
    while (digits.length < 8) {
      const group = tokenAt(tokens, cursor);
      if (group?.kind !== 'number' || !/^\d{2,3}$/u.test(group.text) || group.start - last.end > 1)
        break;
      digits += group.text;
      last = group;
      cursor++;
    }
    const after = tokenAt(tokens, cursor);
    if (
      digits.length !== 8 ||
      cursor - index < 5 ||
      (after?.kind === 'number' && after.start - last.end <= 1)
    )
      continue;
    out.push({
      start: open.start,
      end: last.end,
      type: 'PHONE',
      confidence: phoneContext.test(contextBefore(tokens, index)) ? 0.92 : 0.85,
    });
    index = cursor - 1;
  }
}

/** "08.08.33 165 63": a fødselsnummer written with its date part dotted. */
function recognizeDottedIds(
  text: string,
  tokens: readonly Token[],
  known: KnownDigits,
  out: Candidate[],
): void {
  for (let index = 0; index + 5 < tokens.length; index++) {
    const day = tokenAt(tokens, index);
    const firstDot = tokenAt(tokens, index + 1);
    const month = tokenAt(tokens, index + 2);
    const secondDot = tokenAt(tokens, index + 3);
    const year = tokenAt(tokens, index + 4);
    if (
      day?.kind !== 'number' ||
      day.text.length !== 2 ||
      firstDot?.text !== '.' ||
      month?.kind !== 'number' ||
      month.text.length !== 2
    )
      continue;
    if (
      secondDot?.text !== '.' ||
      year?.kind !== 'number' ||
      year.text.length !== 2 ||
      secondDot.end !== year.start
    )
      continue;
    let digits = day.text + month.text + year.text;
    let last = index + 4;
    while (digits.length < 11) {
      const next = tokenAt(tokens, last + 1);
      const current = tokenAt(tokens, last);
      if (
        next?.kind !== 'number' ||
        current === undefined ||
        !isSpaceBetween(text, current.end, next.start)
      )
        break;
      digits += next.text;
      last++;
    }
    const end = tokenAt(tokens, last)?.end;
    if (digits.length !== 11 || end === undefined) continue;
    const national = classifyNationalId(digits);
    if (national === undefined && digits !== known.fnr) continue;
    out.push({
      start: day.start,
      end,
      type: 'ID',
      subtype: national?.kind ?? 'fødselsnummer',
      confidence: national?.valid === true || digits === known.fnr ? 0.99 : 0.97,
    });
  }
}

function nearContext(tokens: readonly Token[], tokenIndex: number): string {
  let context = '';
  for (let index = Math.max(0, tokenIndex - 3); index < tokenIndex; index++)
    context += lowerAt(tokens, index);
  return context;
}

function contextBefore(tokens: readonly Token[], tokenIndex: number): string {
  let context = '';
  for (let index = Math.max(0, tokenIndex - 10); index < tokenIndex; index++)
    context += `${lowerAt(tokens, index)} `;
  return context;
}

function classifyRun(
  text: string,
  tokens: readonly Token[],
  pieces: readonly Piece[],
  known: KnownDigits,
  out: Candidate[],
): Uint8Array {
  const claimed = new Uint8Array(pieces.length);
  const totalDigits = pieces.reduce((sum, piece) => sum + piece.digits.length, 0);
  if (totalDigits < 4 && !(pieces.length === 1 && totalDigits >= 4)) return claimed;
  // Spans of pieces to try: the whole run, then the stretches between breaks, then each piece.
  const spans: Array<[number, number]> = [[0, pieces.length - 1]];
  let segmentStart = 0;
  for (let index = 1; index <= pieces.length; index++) {
    if (index === pieces.length || pieces[index]?.breakBefore === true) {
      if (!(segmentStart === 0 && index === pieces.length)) spans.push([segmentStart, index - 1]);
      segmentStart = index;
    }
  }
  const isFree = (from: number, to: number): boolean => {
    for (let index = from; index <= to; index++) if (claimed[index] === 1) return false;
    return true;
  };
  for (const [from, to] of spans) {
    if (to - from > 24 || !isFree(from, to)) continue;
    const result = classifyPieces(text, tokens, pieces.slice(from, to + 1), known);
    if (result !== undefined) {
      out.push(result);
      claimed.fill(1, from, to + 1);
    }
  }
  // Sliding windows of digit groups inside a longer run ("… 924 18 356 …").
  if (pieces.length > 2) {
    for (let from = 0; from < pieces.length; from++) {
      let digits = '';
      for (let to = from; to < pieces.length && digits.length < 12; to++) {
        digits += pieces[to]?.digits ?? '';
        if ((digits.length === 8 || digits.length === 11) && isFree(from, to)) {
          const result = classifyPieces(text, tokens, pieces.slice(from, to + 1), known);
          if (result !== undefined) {
            const found = withSpokenRest(tokens, pieces, from, to, result, isFree);
            out.push(found);
            // A said rest joined to the number is claimed with it (it runs to the run's end).
            claimed.fill(1, from, found.end === result.end ? to + 1 : pieces.length);
          }
        }
      }
    }
  }
  const interrupted = interruptedSpokenNumber(text, tokens, pieces);
  if (interrupted !== undefined && isFree(0, pieces.length - 1)) {
    out.push(interrupted);
    claimed.fill(1);
  }
  return claimed;
}

/** The most digits a said number may run on by after a number found inside it. */
const maxSpokenRestDigits = 3;

/**
 * "nitti … ni null, sju sju, tre to, åtte fire": a number said with a restart holds more digits
 * than the number found inside it. Said groups of the same run right after it ("åtte fire") are
 * the rest of that number, not a count of their own, and join its span.
 */
function withSpokenRest(
  tokens: readonly Token[],
  pieces: readonly Piece[],
  from: number,
  to: number,
  found: Candidate,
  isFree: (from: number, to: number) => boolean,
): Candidate {
  if (found.type !== 'PHONE' && found.type !== 'ID') return found;
  // Every piece holds a digit: more pieces left than digits allowed is no short rest.
  if (pieces.length - to - 1 > maxSpokenRestDigits) return found;
  const rest = pieces.slice(to + 1);
  const digits = rest.reduce((sum, piece) => sum + piece.digits.length, 0);
  const last = rest[rest.length - 1];
  if (last === undefined || digits > maxSpokenRestDigits || !isFree(to + 1, pieces.length - 1))
    return found;
  if (!pieces.slice(from).every((piece) => piece.isWord)) return found;
  const end = tokenAt(tokens, last.lastToken)?.end;
  return end === undefined ? found : { ...found, end };
}

/**
 * "… tolv, trettifire, femtiseks." or "førtisju, tolv, trettifire …": three or more groups said in
 * words, five to seven digits in all, that a line starts or ends with a break ("…", "—") on. The
 * speaker was cut off or went on from the turn before: part of a phone number said over two turns.
 */
function interruptedSpokenNumber(
  text: string,
  tokens: readonly Token[],
  pieces: readonly Piece[],
): Candidate | undefined {
  const digits = pieces.reduce((sum, piece) => sum + piece.digits.length, 0);
  if (pieces.length < 3 || digits < 5 || digits > 7) return undefined;
  if (!pieces.every((piece) => piece.isWord) || isCountingSequence(pieces)) return undefined;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const start = tokenAt(tokens, first.firstToken)?.start;
  const end = tokenAt(tokens, last.lastToken)?.end;
  if (start === undefined || end === undefined) return undefined;
  const cutBefore = /^\s*(?:…|\.\.\.|—|–)\s*$/u.test(text.slice(0, start));
  const cutAfter = /^\s*(?:…|\.\.\.|—|–)\s*$/u.test(text.slice(end));
  if (!cutBefore && !cutAfter) return undefined;
  return { start, end, type: 'PHONE', confidence: 0.7 };
}

function classifyPieces(
  text: string,
  tokens: readonly Token[],
  pieces: readonly Piece[],
  known: KnownDigits,
): Candidate | undefined {
  const firstPiece = pieces[0];
  const lastPiece = pieces[pieces.length - 1];
  if (firstPiece === undefined || lastPiece === undefined) return undefined;
  const firstToken = tokenAt(tokens, firstPiece.firstToken);
  const lastToken = tokenAt(tokens, lastPiece.lastToken);
  if (firstToken === undefined || lastToken === undefined) return undefined;
  const digits = pieces.map((piece) => piece.digits).join('');
  const wordCount = pieces.filter((piece) => piece.isWord).length;
  // "postnummeret er tretti seksten": a postal code said in words after its label.
  if (
    wordCount > 0 &&
    digits.length === 4 &&
    /post(?:nummer|nummeret|nr)/u.test(contextBefore(tokens, firstPiece.firstToken))
  )
    return { start: firstToken.start, end: lastToken.end, type: 'POSTAL_CODE', confidence: 0.85 };
  // "bare de fire siste: tretti, åttifem": the last four digits of a phone number, asked for so.
  // A year ("de fire siste er 2019", "dei fire siste e tjue tretti") is no such number.
  if (
    digits.length === 4 &&
    !/^(?:19|20)\d\d$/u.test(digits) &&
    lastFourBefore.test(contextBefore(tokens, firstPiece.firstToken))
  )
    return { start: firstToken.start, end: lastToken.end, type: 'PHONE', confidence: 0.85 };
  // Spoken runs of only two or three small words ("to tre", "en fire") are quantities, not numbers.
  if (wordCount > 0 && pieces.length < 3) return undefined;
  let start = firstToken.start;
  const plusBefore = tokenAt(tokens, firstPiece.firstToken - 1);
  // "+47 …" typed, or "pluss førtisju …" said.
  const hasPlus =
    (plusBefore?.text === '+' && plusBefore.end === start) ||
    (plusBefore?.lower === 'pluss' && firstPiece.isWord);
  if (hasPlus) start = plusBefore.start;
  const end = lastToken.end;
  const context = contextBefore(tokens, firstPiece.firstToken);
  const length = digits.length;
  const make = (type: Candidate['type'], confidence: number, subtype?: string): Candidate =>
    subtype === undefined
      ? { start, end, type, confidence }
      : { start, end, type, confidence, subtype };

  if (known.fnr !== undefined && digits === known.fnr) {
    return make('ID', 1, classifyNationalId(digits)?.kind ?? 'fødselsnummer');
  }
  if (known.birthDateDigits?.includes(digits) === true) return make('DATE', 0.95, 'birth-date');
  // Counting ("nittitre, åttiseks, syttini …"), unless typed after a phone label ("tlf 22 33 44 55").
  if (
    isCountingSequence(pieces) &&
    !(wordCount === 0 && phoneContext.test(nearContext(tokens, firstPiece.firstToken)))
  )
    return undefined;
  // "Pasientnr. 1184309", "Journalnr. 00734512", "Ansattnr. 40 118": record numbers by their label.
  if (length >= 4 && length <= 12 && recordContext.test(nearContext(tokens, firstPiece.firstToken)))
    return make('ID', 0.85, 'journalnummer');
  // A "+" or "00" country prefix makes a phone number: no identity number starts with "00" (day
  // 00 does not exist) or is written after a "+" ("+370 612 44 981", "+46 70 412 88 30").
  if ((hasPlus || digits.startsWith('00')) && length >= 10 && length <= 15 && pieces.length >= 2)
    return make('PHONE', 0.9);
  // "(+48) 601 223 418": the digits after a bracketed country code are the number itself (the
  // prefix joins the span later, in withPhonePrefixes).
  if (
    !hasPlus &&
    length >= 6 &&
    length <= 12 &&
    (pieces.length >= 2 || length >= 8) &&
    bracketedCountryCode.test(text.slice(Math.max(0, start - 12), start))
  )
    return make('PHONE', 0.9);
  switch (length) {
    case 11: {
      const national = classifyNationalId(digits);
      if (national !== undefined && national.valid) return make('ID', 0.98, national.kind);
      if (
        isValidAccountNumber(digits) &&
        (accountContext.test(context) || national === undefined)
      ) {
        return make('ID', 0.9, 'kontonummer');
      }
      // A wrong control digit is a dictation or typing error, not a reason to let it through.
      if (national !== undefined)
        return make('ID', idContext.test(context) ? 0.95 : 0.85, national.kind);
      return make('ID', idContext.test(context) ? 0.85 : 0.6, 'nummer');
    }
    case 13:
      // "29 02 1948 - 221 34": a fødselsnummer written with the birth year in full.
      if (isBirthDateWithFullYear(digits.slice(0, 8)) && pieces.length >= 2)
        return make('ID', idContext.test(context) ? 0.96 : 0.8, 'fødselsnummer');
      return undefined;
    case 20:
      // "80470000270012345678": a European health insurance card number (issuer "80").
      if (digits.startsWith('80')) return make('ID', 0.8, 'EHIC');
      return undefined;
    case 12:
      if (digits.startsWith('0047')) return make('PHONE', 0.9);
      if ((hasPlus || digits.startsWith('00')) && pieces.length >= 2) return make('PHONE', 0.85);
      if (isValidDufNumber(digits) || idContext.test(context)) return make('ID', 0.9, 'DUF-nummer');
      if (/^(?:19|20)\d{10}$/u.test(digits)) return make('ID', 0.6, 'DUF-nummer');
      return undefined;
    case 10:
      if (digits.startsWith('47') && (hasPlus || phoneContext.test(context)))
        return make('PHONE', 0.9);
      if (hasPlus || digits.startsWith('00')) return make('PHONE', 0.85);
      return undefined;
    case 8: {
      if (hprContext.test(context)) return make('ID', 0.85, 'HPR');
      if (birthContext.test(context)) return make('DATE', 0.8, 'birth-date');
      const leading = digits.charCodeAt(0) - 48;
      if (readingsBefore.test(context)) return undefined;
      if (leading >= 2)
        return make(
          'PHONE',
          phoneContext.test(context) || pieces.length > 1 || hasPlus ? 0.92 : 0.75,
        );
      if (phoneContext.test(context)) return make('PHONE', 0.7);
      return undefined;
    }
    case 9:
      if (hprContext.test(context)) return make('ID', 0.85, 'HPR');
      if (isValidOrganisationNumber(digits) && (orgContext.test(context) || pieces.length === 3)) {
        return make('ID', 0.85, 'organisasjonsnummer');
      }
      // "org.nr. 987 654 321" right after its label: an organisation number even when mistyped.
      if (/org(?:anisasjons)? ?\.? ?(?:nr|nummer)(?: ?[.:])* ?$/u.test(context))
        return make('ID', 0.8, 'organisasjonsnummer');
      if (phoneContext.test(context)) return make('PHONE', 0.6);
      if (isValidOrganisationNumber(digits)) return make('ID', 0.6, 'organisasjonsnummer');
      return undefined;
    case 7:
      if (hprContext.test(context)) return make('ID', 0.85, 'HPR');
      return undefined;
    case 6:
      if (
        birthContext.test(context) &&
        /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}$/u.test(digits)
      ) {
        return make('DATE', 0.8, 'birth-date');
      }
      return undefined;
    case 5:
      if (/personnummer|personnr|fem siste|siste fem/u.test(context))
        return make('ID', 0.85, 'personnummer');
      return undefined;
    default:
      // International numbers: "0048 601 442 718", "+46 70 123 45 67".
      if (
        (hasPlus || digits.startsWith('00')) &&
        length >= 10 &&
        length <= 15 &&
        pieces.length >= 2
      )
        return make('PHONE', 0.85);
      return undefined;
  }
}
