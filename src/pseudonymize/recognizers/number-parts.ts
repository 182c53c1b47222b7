import type { Candidate } from '../types.js';

/** One group of a run of numbers as `numbers.ts` reads it: its digits and where it stands. */
export interface NumberPart {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
  /** True when `claimed` by a number the run's own classification already found. */
  readonly claimed: boolean;
  /** Said in words ("nittito"), not typed in digits. */
  readonly isWord: boolean;
}

/** A phone or identity number whose parts count, and where it was found. */
export interface WholeNumber {
  readonly type: 'PHONE' | 'ID';
  /**
   * Found in this same text (else in another segment, or the known fødselsnummer). Its parts
   * count only when said in words wherever it was found ("Nittito, tretti … 92 30 84 11?"):
   * typed digits are more often a dose, a time or a count ("Fragmin 5 000 IE", "kl. 10 00").
   */
  readonly inText: boolean;
}

/** Whole numbers this long or longer can have their parts said apart (phones, identity numbers). */
const minimumWholeLength = 8;
/** Only a number found this surely lends its parts: a guess stays where it was made. */
export const minimumWholeConfidence = 0.85;

/**
 * The digits of every phone and identity number among `candidates`, added to `extra` (the known
 * fødselsnummer and the numbers found in the consultation's other segments).
 */
export function collectWholeNumbers(
  text: string,
  candidates: readonly Candidate[],
  extra: ReadonlyMap<string, 'PHONE' | 'ID'>,
): Map<string, WholeNumber> {
  const numbers = new Map<string, WholeNumber>();
  for (const [digits, type] of extra) numbers.set(digits, { type, inText: false });
  for (const candidate of candidates) {
    if (candidate.type !== 'PHONE' && candidate.type !== 'ID') continue;
    if (candidate.confidence < minimumWholeConfidence) continue;
    const digits = text.slice(candidate.start, candidate.end).replace(/\D/gu, '');
    if (digits.length >= minimumWholeLength && !numbers.has(digits))
      numbers.set(digits, { type: candidate.type, inText: true });
  }
  return numbers;
}

/**
 * "Nittito, tretti … 92 30 84 11?", "Femti null to femtisju …" / "… og så fire null null sju
 * tre.", "fire åtte to …" / "… ti, ni fem seks.": the first or last groups of a phone or identity
 * number said on their own — read back, cut off by a question, or told in two turns — are that
 * number too, when the whole number is found in the text or elsewhere in the consultation, or is
 * the known patient's fødselsnummer — a part said at least partly in words, or five typed digits or
 * more of a number not found in this text; never one whose last group is "000" or with a unit
 * of dose or time ("IE", "mg", "ml", "kl.") beside it.
 * A part needs three digits said one by one, or four digits in two groups, or five digits; it
 * never equals the whole number (that one the run's own classification finds) nor a birth date,
 * and groups joined by dashes ("1-0-1-0", "kl. 06-12-18-24") are no part of one.
 */
export function recognizeNumberParts(
  text: string,
  runs: readonly (readonly NumberPart[])[],
  numbers: ReadonlyMap<string, WholeNumber>,
  birthDates: readonly string[],
  out: Candidate[],
): void {
  if (numbers.size === 0) return;
  // A part inside a number already found ("(33) 47 12 90") is that number, not a part of it.
  const found = out.filter((candidate) => candidate.type === 'PHONE' || candidate.type === 'ID');
  const isInsideFound = (start: number, end: number): boolean =>
    found.some((candidate) => candidate.start < end && start < candidate.end);
  for (const run of runs) {
    let from = 0;
    while (from < run.length) {
      const match = longestPartFrom({ text, run, from, numbers, birthDates });
      if (match === undefined) {
        from++;
        continue;
      }
      const start = run[from]?.start ?? 0;
      const end = run[match.to]?.end ?? 0;
      if (!isInsideFound(start, end))
        out.push({ start, end, type: match.type, confidence: 0.9, subtype: 'number-part' });
      from = match.to + 1;
    }
  }
}

/** A unit of dose, volume or time ("IE", "mg", "enheter", "ml", "kl."): a unit ends a word here. */
const unit = String.raw`(?:ie|mg|mcg|µg|g|enheter|enhet|ml|mmol|kl\.?|klokka|klokken)`;
const unitAfter = new RegExp(String.raw`^\s*${unit}(?![\p{L}\d])`, 'iu');
const unitBefore = new RegExp(String.raw`(?<![\p{L}\d])${unit}\s*$`, 'iu');

/** True when a unit stands right before or after the digits from `start` to `end`: a dose or a time. */
function isBesideUnit(text: string, start: number, end: number): boolean {
  return (
    unitAfter.test(text.slice(end, end + 12)) ||
    unitBefore.test(text.slice(Math.max(0, start - 12), start))
  );
}

/** A quantity right after the digits: "sekstifire, tjueen kilo", "femti, seksti prosent". */
const quantityAfter =
  /^[\s,]*(?:kilo|kg|gram|prosent|%|poeng|tusen|skritt|ganger|timer|uker|dager|år|minutter|dråper|tabletter|cm|mmhg|grader)(?![\p{L}])/iu;

/**
 * True when the digits from `start` to `end` are a reading named earlier in their clause
 * ("Blodtrykket var hundre og tjueåtte, nitti"), said with "hundre", or a quantity.
 */
function isReadingOrQuantity(text: string, start: number, end: number): boolean {
  const clause = /[^.?!\n]*$/u.exec(text.slice(0, start))?.[0] ?? '';
  return (
    measureBefore.test(clause) ||
    /hundre|tusen/iu.test(text.slice(start, end)) ||
    quantityAfter.test(text.slice(end, end + 20))
  );
}

/** A said or typed "pluss" right before the digits: a country code. */
const plusBefore = /(?:pluss|\+)\s*$/iu;

/** Nothing but an ellipsis left of the turn: it was cut off here. */
const cutOffAfter = /^\s*(?:…|\.{3})\s*$/u;

function longestPartFrom(options: {
  readonly text: string;
  readonly run: readonly NumberPart[];
  readonly from: number;
  readonly numbers: ReadonlyMap<string, WholeNumber>;
  readonly birthDates: readonly string[];
}): { to: number; type: 'PHONE' | 'ID' } | undefined {
  const { text, run, from, numbers, birthDates } = options;
  let best: { to: number; type: 'PHONE' | 'ID' } | undefined;
  let digits = '';
  let spoken = false;
  for (let to = from; to < run.length; to++) {
    const part = run[to];
    if (part === undefined || part.claimed) break;
    const before = run[to - 1];
    if (to > from && before !== undefined && /[-–]/u.test(text.slice(before.end, part.start)))
      break;
    digits += part.digits;
    spoken ||= part.isWord;
    if (digits.length > 11) break;
    const groups = to - from + 1;
    const singleDigits = run.slice(from, to + 1).every((piece) => piece.digits.length === 1);
    const enough =
      digits.length >= 5 ||
      (digits.length === 4 && groups >= 2) ||
      (digits.length === 3 && groups === 3 && singleDigits);
    // "Nummeret mitt er fire en …": two digits in words where the turn is cut off are the start
    // of the number the next turn finishes.
    const cutOffStart =
      !enough && digits.length >= 2 && spoken && cutOffAfter.test(text.slice(part.end));
    // "Pluss femtiseks, ni": a country code said with the first digits is the start of a number.
    const plusStart =
      !enough && digits.length >= 2 && spoken && plusBefore.test(text.slice(0, run[from]?.start));
    if ((!enough && !cutOffStart && !plusStart) || birthDates.includes(digits)) continue;
    if (part.digits.endsWith('000') || isBesideUnit(text, run[from]?.start ?? 0, part.end))
      continue;
    for (const [whole, number] of numbers) {
      // Typed digits count only for a number of another segment or the known fødselsnummer, and
      // only five or more of them ("630386 … 270 68"): "01 02" or "10 00" is a date or a time.
      if (whole.length <= digits.length || (!spoken && (number.inText || digits.length < 5)))
        continue;
      // A middle part ("… åtte fire to tre …" of "+56 9 8423 5571") counts only when said in
      // words, in two groups or more, of a number told in another segment.
      // Not a reading or a quantity ("Blodtrykket var hundre og tjueåtte, nitti", "sekstifire,
      // tjueen kilo").
      const middle =
        spoken &&
        !number.inText &&
        digits.length >= 4 &&
        groups >= 2 &&
        whole.includes(digits) &&
        !isReadingOrQuantity(text, run[from]?.start ?? 0, part.end);
      if (
        whole.startsWith(digits) ||
        (!cutOffStart && !plusStart && (whole.endsWith(digits) || middle))
      ) {
        best = { to, type: number.type };
        break;
      }
    }
  }
  return best;
}

/** A correction right after a number's wrong start: "… nei unnskyld,", ", nei vent,", "… feil,". */
const correctionAfter = /^\s*(?:…|\.{2,3}|,)?\s*(?:nei|unnskyld|feil|vent)\b/iu;
/** How far after the correction the corrected number may start. */
const correctionReach = 40;
/**
 * A measure named earlier in the clause ("Vekten var åttito, åttitre … nei vent"): the words
 * corrected are that measure, not the start of the phone number said after the correction.
 */
const measureBefore =
  /(?<![\p{L}])(?:vekt(?:a|en)?|veier|veide|blodtrykk(?:et)?|bt|temperatur(?:en)?|temp|feber(?:en)?|puls(?:en)?|metning(?:en)?|saturasjon(?:en)?|sat|blodsukker(?:et)?|sukker(?:et)?|hb|crp|høyde(?:n)?|lengde(?:n)?|dose(?:n)?|doser(?:ing|ingen)?|alder(?:en)?|kilo)(?![\p{L}])/iu;

/**
 * "Nitti-to, tretti … nei unnskyld, nitti-tre, tretti, førtiåtte, null seks": the groups said in
 * words right before a correction ("nei", "unnskyld", "feil", "vent") are a wrong start of the phone
 * or identity number that follows within a few words, and tell most of it: they are that number too.
 * Two groups or three digits at least; a count corrected ("Fire, fem ganger. Nei, seks.") has no
 * number after it and stays, and so do words after a measure named in their clause ("Vekten var
 * åttito, åttitre … nei vent, nummeret er …").
 */
export function recognizeCorrectedNumberStarts(
  text: string,
  runs: readonly (readonly NumberPart[])[],
  out: Candidate[],
): void {
  const numbers = out.filter(
    (candidate) =>
      (candidate.type === 'PHONE' || candidate.type === 'ID') &&
      candidate.confidence >= minimumWholeConfidence,
  );
  if (numbers.length === 0) return;
  for (const run of runs) {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) continue;
    if (run.some((part) => part.claimed || !part.isWord)) continue;
    const digits = run.map((part) => part.digits).join('');
    if (run.length < 2 && digits.length < 3) continue;
    const after = text.slice(last.end);
    const correction = correctionAfter.exec(after);
    if (correction === null) continue;
    const from = last.end + correction[0].length;
    const corrected = numbers.find(
      (candidate) => candidate.start >= from && candidate.start - from <= correctionReach,
    );
    if (corrected === undefined) continue;
    const before = text.slice(Math.max(0, first.start - 80), first.start);
    const clause = before.split(/[.!?\n]\s/u).pop() ?? '';
    if (measureBefore.test(clause)) continue;
    out.push({
      start: first.start,
      end: last.end,
      type: corrected.type,
      confidence: 0.9,
      subtype: 'number-part',
    });
  }
}
