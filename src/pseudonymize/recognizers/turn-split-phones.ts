import { tokenize, tokenAt, lowerAt } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { pieceDigits } from './numbers.js';

/**
 * Phone numbers told over several turns (issue 10): "Hvilket nummer kan jeg ringe deg på?" –
 * "Det er førti-fem, tolv" – "førti-fem, tolv, ja" – "åtti-ni, null-tre." A turn that ends on a
 * short run of digits after a phone cue (in it or in one of the two turns before) starts a number;
 * the runs that open the next turns (a plain "ja"/"mm" between is skipped, a run that repeats what
 * was said is a read-back) finish it. Only when the runs make exactly eight digits (first digit
 * 2–9), or ten to thirteen after a said "pluss", is it a phone number; then every run is a part of it.
 */

/** One run of digits said or typed in a turn: its digits, groups and offsets in the turn. */
interface TurnRun {
  readonly digits: string;
  readonly groups: number;
  readonly start: number;
  readonly end: number;
  /** A "pluss" or "+" right before it: a country code starts here. */
  readonly plus: boolean;
  /** The digits of each group, in order ("tjuetre, tjuefire" → "23", "24"). */
  readonly pieces: readonly string[];
}

/** A part of a number told over turns: which turn, and where in it. */
export interface TurnPart {
  readonly turn: number;
  readonly start: number;
  readonly end: number;
}

/** A number told over turns: its digits and every part of it. */
export interface TurnSplitNumber {
  readonly digits: string;
  readonly parts: readonly TurnPart[];
}

/** Words said inside a number without ending it ("eh", "altså"; "vent litt" is handled apart). */
const runFillers = new Set(['eh', 'ehm', 'øh', 'øhm', 'hm', 'altså']);

/** "nummer", "telefon", "mobil", "ringe", "nå meg på", "sms", "tlf": a phone number is meant. */
const phoneCue =
  /(?<![\p{L}])(?:(?:telefon|mobil|tlf)\p{L}*|(?:telefon|mobil)?nummer(?:et)?|nr|ring(?:e|a|ja)?|sms|n(?:å|år|ås) (?:meg|deg|henne|han|ho|honom|oss))(?![\p{L}])/iu;

/** Words a turn may open with before the run that goes on with the number. */
const leadWords = new Set([
  'ja',
  'jo',
  'og',
  'så',
  'det',
  'er',
  'e',
  'eh',
  'øh',
  'altså',
  'resten',
  'pluss',
]);
/** A turn with nothing but these is an acknowledgement between two parts ("ja?", "mm", "ok"). */
const acknowledgements = new Set(['ja', 'jo', 'mm', 'mhm', 'ok', 'okei', 'greit', 'hm', 'ehm']);

/** The runs of digits in `text`: groups joined by commas, dashes, ellipses and fillers. */
function runsOf(text: string): TurnRun[] {
  const tokens = tokenize(text);
  const runs: TurnRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = pieceDigits(tokens, index);
    if (first === undefined) {
      index++;
      continue;
    }
    const before = tokenAt(tokens, index - 1);
    const plus = before?.text === '+' || before?.lower === 'pluss';
    let digits = first.digits;
    const pieces = [first.digits];
    let groups = 1;
    let last = index + first.consumed - 1;
    let cursor = last + 1;
    while (cursor < tokens.length) {
      const token = tokenAt(tokens, cursor);
      if (token === undefined) break;
      const piece = pieceDigits(tokens, cursor);
      if (piece !== undefined) {
        digits += piece.digits;
        pieces.push(piece.digits);
        groups++;
        last = cursor + piece.consumed - 1;
        cursor = last + 1;
        continue;
      }
      if (token.kind === 'punct' && [',', '…', '-', '–'].includes(token.text)) {
        cursor++;
        continue;
      }
      if (runFillers.has(token.lower) && pieceDigits(tokens, cursor + 1) !== undefined) {
        cursor++;
        continue;
      }
      // "tjueni, vent litt, null seks": a pause asked for inside the number.
      if (token.lower === 'vent' && lowerAt(tokens, cursor + 1) === 'litt') {
        cursor += 2;
        continue;
      }
      break;
    }
    const startToken = tokenAt(tokens, index);
    const endToken = tokenAt(tokens, last);
    if (startToken !== undefined && endToken !== undefined)
      runs.push({ digits, groups, start: startToken.start, end: endToken.end, plus, pieces });
    index = last + 1;
  }
  return runs;
}

/** The words of `text` (lower case, letters only). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * A quantity right after the digits ("femti, femti milligram", "tjuefem, tjueseks uker",
 * "tretti, førti dråper"): a dose, a count or a measure, not a part of a phone number.
 */
const quantityAfter =
  /^[\s,]*(?:milligram|mg|mikrogram|mcg|gram|g|kilo|kg|prosent|%|poeng|tusen|hundre|skritt|ganger|gang|enheter|enhet|ie|timer|time|timar|uker|uke|veker|veke|dager|dagar|dag|døgn|år|måneder|månader|minutter|minutt|min|sekunder|dråper|dråpar|tabletter|tablettar|ml|liter|cm|mm|mmol|mmhg|grader|stykk|stk|kr|kroner|etasje)(?![\p{L}])/iu;

/**
 * A measure, a time or a place named right before the digits in their turn ("pulsen åttiåtte,
 * nitti", "klokka 22, 15", "rom to, tolv", "Hb tolv, fire"): readings, not a phone number.
 */
const measureBefore =
  /(?<![\p{L}])(?:puls(?:en)?|bt|blodtrykk(?:et)?|blodsukker(?:et)?|bs|glukose|vekt(?:a|en)?|veier|veide|temp|temperatur(?:en)?|feber(?:en)?|metning(?:a|en)?|saturasjon(?:en)?|sat|spo2|hb|crp|inr|kalium|natrium|kreatinin|skår(?:en)?|poeng|klokka|klokken|kl|rom|seng|etasje|dose(?:n)?|styrke(?:n)?|alder(?:en)?|år|uke|veke|måling(?:er|ene|ar|ane|a|en)?|verdi(?:er|ene|ar|ane|en)?|tall(?:ene|a)?|resultat(?:et|ene)?)(?![\p{L}])[^.?!]{0,25}$/iu;

/** "fødselsnummeret", "personnummer", "fnr": an identity number is asked for, not a phone. */
const idCue = /fødselsnummer|fødselsnr|personnummer|personnr|fnr|d-nummer|dnummer/iu;

/**
 * "nummeret på pakningen", "nummer i køen", "nummeret på skapet": the number of a thing, not a
 * telephone; such a "nummer" is no phone cue.
 */
const things = String.raw`(?:køen|kø|rekka|rekken|skapet|pakningen|pakninga|pakka|pakken|esken|boksen|resepten|rommet|senga|sengen|saken|billetten|lappen|bilen|huset|døra|døren|kortet|kontoet|lista|listen|skjemaet|journalen|batchen|glasset|flaska|flasken|drakta|drakten|trøya|trøyen)`;
const thingNumber = new RegExp(
  String.raw`(?:nummer(?:et)?|nr)\s+(?:på|i|til)\s+${things}(?![\p{L}])`,
  'giu',
);
/** "nummer førtifem, tolv på drakta": digits said to be on a thing. */
const onThingAfter = new RegExp(String.raw`^[\s,]*(?:på|i)\s+${things}(?![\p{L}])`, 'iu');

/** True when `text` has a phone cue that is not the number of a thing. */
function hasPhoneCue(text: string): boolean {
  return phoneCue.test(text.replace(thingNumber, ' '));
}

/**
 * Two groups stepping up by one, two or ten ("tjuetre, tjuefire", "åttiåtte, nitti", "tretti,
 * førti", "tjueto, trettito") or a round ten said twice: a range or readings said aloud.
 */
function isRange(run: TurnRun): boolean {
  if (run.pieces.length !== 2) return false;
  const [first, second] = run.pieces.map(Number);
  if (first === undefined || second === undefined || first < 10 || second < 10) return false;
  const step = second - first;
  // "tretti, tretti": a round ten said twice is a reading, too.
  if (step === 0) return first % 10 === 0;
  return step === 1 || step === 2 || step === 10;
}

/**
 * True when a run in `turn` is a quantity or a reading, never a phone number's part. A range
 * counts only for the run that would start the number: later parts of a real number may step
 * by chance ("førti, tolv" – "tretti, trettien").
 */
function isNotPhonePart(turn: string, run: TurnRun, starts: boolean): boolean {
  return (
    (starts && isRange(run)) ||
    quantityAfter.test(turn.slice(run.end)) ||
    onThingAfter.test(turn.slice(run.end)) ||
    measureBefore.test(turn.slice(0, run.start))
  );
}

/** A speaker label at the start of a line ("pasient:", "lege:"): not a word of the turn. */
const speakerLabel = /^\s*(?:[-–—]\s*)?\p{L}+:\s*/u;

function withoutLabel(text: string): string {
  return text.replace(speakerLabel, '');
}

/** True when a turn opens with `run`: only lead words, punctuation and a label before it. */
function opensWith(turn: string, run: TurnRun): boolean {
  const before = withoutLabel(turn.slice(0, run.start));
  return wordsOf(before).every((word) => leadWords.has(word)) && wordsOf(before).length <= 3;
}

/** True when a turn is only an acknowledgement ("ja?", "mm", "ok"). */
function isAcknowledgement(turn: string): boolean {
  const words = wordsOf(withoutLabel(turn));
  return words.length > 0 && words.length <= 2 && words.every((word) => acknowledgements.has(word));
}

/** A run that may start a number: the last of its turn, after a cue, with little after it. */
function startingRun(turns: readonly string[], index: number): TurnRun | undefined {
  const turn = turns[index] ?? '';
  const runs = runsOf(turn);
  const run = runs[runs.length - 1];
  if (run === undefined || run.digits.length < 2 || run.digits.length > 7) return undefined;
  if (run.groups < 2 && !run.plus) return undefined;
  if (wordsOf(turn.slice(run.end)).length > 6) return undefined;
  // "klokka 22, 15" – "så 23, 40": a run that goes on with a series the turn before ended on
  // (and was not taken as a phone number) is no new start.
  const previousRuns = index > 0 ? runsOf(turns[index - 1] ?? '') : [];
  if (previousRuns.length > 0 && runs.length === 1 && opensWith(turn, run)) return undefined;
  const earlier = turns.slice(Math.max(0, index - 2), index);
  const cued =
    hasPhoneCue(withoutLabel(turn.slice(0, run.start))) ||
    earlier.some((before) => hasPhoneCue(before));
  // "fødselsnummeret ditt først: tjuetre, null åtte": an identity number told over turns.
  if (idCue.test(turn.slice(0, run.start)) || earlier.some((before) => idCue.test(before)))
    return undefined;
  return cued && !isNotPhonePart(turn, run, true) ? run : undefined;
}

/** True for the digits of a whole phone number: eight (first 2–9), or 10–13 after a "pluss". */
function isWholePhone(digits: string, plus: boolean): boolean {
  if (plus) return digits.length >= 10 && digits.length <= 13;
  return digits.length === 8 && /^[2-9]/u.test(digits);
}

/**
 * The phone numbers told over two or more of `turns` (in order), each with its parts: the run
 * that starts it, the runs that finish it and the read-backs between.
 */
export function findTurnSplitPhones(turns: readonly string[]): TurnSplitNumber[] {
  const found: TurnSplitNumber[] = [];
  for (let index = 0; index < turns.length; index++) {
    const start = startingRun(turns, index);
    if (start === undefined) continue;
    let digits = start.digits;
    const parts: TurnPart[] = [{ turn: index, start: start.start, end: start.end }];
    // A number after a country code runs on as long as turns go on with it (up to 13 digits).
    const enough = start.plus ? 13 : 8;
    let next = index + 1;
    let notPhone = false;
    for (; next < turns.length && next <= index + 5 && digits.length < enough; next++) {
      const turn = turns[next] ?? '';
      const run = runsOf(turn)[0];
      if (run === undefined || !opensWith(turn, run)) {
        if (isAcknowledgement(turn)) continue;
        break;
      }
      if (isNotPhonePart(turn, run, false)) notPhone = true;
      parts.push({ turn: next, start: run.start, end: run.end });
      // A read-back repeats what was said so far (or its last part): it adds no digits.
      if (digits.endsWith(run.digits) && run.digits.length >= 2) continue;
      digits += run.digits;
    }
    // "åtti, tjueni" – "åtti, tjueni, takk.": the last part read back once the number is whole.
    const readBack = turns[next] ?? '';
    const lastRun = runsOf(readBack)[0];
    if (lastRun !== undefined && opensWith(readBack, lastRun) && digits.endsWith(lastRun.digits)) {
      parts.push({ turn: next, start: lastRun.start, end: lastRun.end });
      next++;
    }
    // "… åttisju, førtifem" – "seksten": digits going on past the eight are another number
    // (a fødselsnummer), and a dose, a reading or a range among the parts is no phone at all.
    const after = turns[isAcknowledgement(turns[next] ?? '') ? next + 1 : next] ?? '';
    const goesOn = runsOf(after)[0];
    if (goesOn !== undefined && opensWith(after, goesOn) && !digits.endsWith(goesOn.digits))
      continue;
    if (notPhone || !isWholePhone(digits, start.plus) || parts.length < 2) continue;
    if (!parts.some((part) => part.turn !== index)) continue;
    found.push({ digits, parts });
    index = next - 1;
  }
  return found;
}

/**
 * The parts of a phone number told over the lines of one text (a transcript pasted as one text,
 * "pasient: …" / "lege: …"), as candidates. Turns are lines, or stretches between " — ".
 */
export function recognizeLineSplitPhones(text: string): Candidate[] {
  if (!text.includes('\n') && !/\s[—–]\s/u.test(text)) return [];
  const turns: { text: string; offset: number }[] = [];
  const separator = /\n|\s[—–]\s/gu;
  let offset = 0;
  for (const match of text.matchAll(separator)) {
    turns.push({ text: text.slice(offset, match.index), offset });
    offset = match.index + match[0].length;
  }
  turns.push({ text: text.slice(offset), offset });
  const candidates: Candidate[] = [];
  for (const number of findTurnSplitPhones(turns.map((turn) => turn.text)))
    for (const part of number.parts) {
      const base = turns[part.turn]?.offset ?? 0;
      candidates.push({
        start: base + part.start,
        end: base + part.end,
        type: 'PHONE',
        confidence: 0.85,
        subtype: 'number-part',
      });
    }
  return candidates;
}
