/**
 * Norwegian numbers as spoken and as written: "trettiåtte komma ni" ↔ 38,9, "fem hundre" ↔ 500,
 * "hundre og tjueseks over åtti" ↔ 126/80, "fjerde november" ↔ 4. november.
 *
 * Words are compared in lower case with é → e, but without folding å/ø/æ: "attende" (18th) and
 * "åttende" (8th) differ only by the å. The word tables are `src/language`'s.
 */

import {
  cardinalWordValues,
  monthNumbers,
  ordinalWordValues,
  wordCharacterLength,
} from '../../language/index.js';
import { isDrugName } from './drug-names.js';

const cardinals = cardinalWordValues;
const ordinals = ordinalWordValues;

/** Words that stand for a number of a smaller unit: "en halvtime" is 30 minutes. */
const durationWords: Readonly<Record<string, number>> = {
  halvtime: 30,
  halvtimen: 30,
  kvarter: 15,
  kvarteret: 15,
  halvår: 6,
  halvåret: 6,
  dusin: 12,
};

function lower(word: string): string {
  const lowered = word.toLowerCase();
  return lowered.includes('é') ? lowered.replace(/é/g, 'e') : lowered;
}

/** A number spoken as words, starting at a word index. */
export interface SpokenNumber {
  readonly value: number;
  /** How many words it spans. */
  readonly length: number;
  readonly ordinal: boolean;
  /** Decimals as said ("trettiåtte komma null" has one), so 38,0 is written as said. */
  readonly decimals?: number;
}

/**
 * Tens as speech-to-text writes them clipped before a hyphen ("trett-åtte" for "tretti-åtte" in
 * northern speech), by the round ten they stand for. Read only joined with a unit ("trettåtte"):
 * alone, "trett" is the adjective (tired).
 */
const clippedTens: Readonly<Record<string, number>> = {
  trett: 30,
  // "niti-to" for "nitti-to" (92), as speech-to-text writes a short t.
  niti: 90,
};

/** The clipped tens joined with a unit ("trettåtte" 38), by their value. */
const clippedTenCompounds: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const [tenWord, tenValue] of Object.entries(clippedTens)) {
    for (const [unitWord, unitValue] of cardinals) {
      if (unitValue >= 1 && unitValue <= 9) map.set(tenWord + unitWord, tenValue + unitValue);
    }
  }
  return map;
})();

function cardinalOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const value = cardinals.get(word);
  if (value !== undefined) return value;
  const lowered = lower(word);
  return cardinals.get(lowered) ?? clippedTenCompounds.get(lowered);
}

/** Every word that can begin a spoken number; other words are skipped without parsing. */
const numberStartWords = new Set([
  ...cardinals.keys(),
  ...clippedTenCompounds.keys(),
  ...ordinals.keys(),
  'hundre',
  'hundrede',
  'tusen',
  'halvannen',
  'halvannet',
  'halvannan',
  'halvanna',
]);

/**
 * A hundreds number written as one word, as speech-to-text often does: "hundreogsekstito" (162),
 * "tohundreogfemti" (250), "hundreogtjue" (120); `undefined` for any other word.
 */
function readCompoundHundreds(word: string): number | undefined {
  if (!word.includes('hundre')) return undefined;
  const match = /^(\p{L}*?)hundre(?:og)?(\p{L}*)$/u.exec(word);
  if (match === null) return undefined;
  const [, head = '', tail = ''] = match;
  if (head.length === 0 && tail.length === 0) return undefined;
  const multiplier = head.length === 0 ? 1 : cardinalOf(head);
  const rest = tail.length === 0 ? 0 : cardinalOf(tail);
  if (multiplier === undefined || rest === undefined || multiplier > 9 || rest >= 100)
    return undefined;
  return multiplier * 100 + rest;
}

/** Whether a word can begin a spoken number. */
function startsNumber(word: string): boolean {
  return numberStartWords.has(word) || readCompoundHundreds(word) !== undefined;
}

/** The article and word of "… og en halv" ("sju og ein halv", "to og et halvt år"). */
const halfArticles: ReadonlySet<string> = new Set(['en', 'ei', 'et', 'ett', 'ein', 'eit', 'eitt']);
const halfWords: ReadonlySet<string> = new Set(['halv', 'halvt', 'halve']);
/** Words for one that are also the indefinite article. */
const articleWords: ReadonlySet<string> = new Set(['en', 'ein', 'ei', 'ett', 'eitt', 'et']);

/**
 * Reads a number written in words starting at `words[index]` ("hundre og tjueseks",
 * "trettiåtte komma ni", "en og en halv", "tjuefjerde"); `undefined` when none starts there.
 */
export function readSpokenNumber(
  words: readonly string[],
  index: number,
): SpokenNumber | undefined {
  const first = words[index];
  if (first === undefined) return undefined;
  const word = lower(first);
  const ordinal = ordinals.get(word);
  if (ordinal !== undefined) return { value: ordinal, length: 1, ordinal: true };
  // (Nynorsk "halvannan", "halvanna".)
  if (word === 'halvannen' || word === 'halvannet' || word === 'halvannan' || word === 'halvanna')
    return { value: 1.5, length: 1, ordinal: false };
  const compound = readCompoundHundreds(word);
  if (compound !== undefined) return { value: compound, length: 1, ordinal: false };

  let position = index;
  let value: number | undefined;
  const leading = cardinalOf(words[position]);
  // "(fem) hundre (og tjueseks)", "(to) tusen (og fem)"
  const scaleAt = (at: number): number | undefined => {
    const scaleWord = words[at] === undefined ? undefined : lower(words[at] ?? '');
    if (scaleWord === 'hundre' || scaleWord === 'hundrede') return 100;
    if (scaleWord === 'tusen') return 1000;
    return undefined;
  };
  if (leading !== undefined && scaleAt(position + 1) !== undefined) {
    value = leading * (scaleAt(position + 1) ?? 1);
    position += 2;
  } else if (scaleAt(position) !== undefined) {
    value = scaleAt(position);
    position += 1;
  } else if (leading !== undefined) {
    value = leading;
    position += 1;
    const unit = tensUnitAt(words, position, leading);
    if (unit !== undefined) {
      value += unit;
      position += 1;
    }
  } else {
    return undefined;
  }
  if (value === undefined) return undefined;
  if (value >= 100) {
    // "... hundre og tjueseks", "... tusen fem hundre"
    const hasAnd = lower(words[position] ?? '') === 'og';
    const restStart = hasAnd ? position + 1 : position;
    const rest = readCardinalBelowThousand(words, restStart);
    // Without "og", a lone "en"/"ei"/"ett" is an article, not 1 ("over hundre en kveld" is 100).
    const isArticle =
      !hasAnd && rest?.length === 1 && articleWords.has(lower(words[restStart] ?? ''));
    if (rest !== undefined && rest.value < value && !isArticle) {
      value += rest.value;
      position = restStart + rest.length;
    }
  }
  // "en og en halv", "sju og en halv", "to og et halvt", nynorsk "sju og ein halv"
  if (
    Number.isInteger(value) &&
    value < 100 &&
    lower(words[position] ?? '') === 'og' &&
    halfArticles.has(lower(words[position + 1] ?? '')) &&
    halfWords.has(lower(words[position + 2] ?? ''))
  ) {
    return { value: value + 0.5, length: position + 3 - index, ordinal: false, decimals: 1 };
  }
  // A body temperature said with "og" for the decimal ("trettiåtte og fem" is 38,5): a value in
  // the range of a temperature, then one digit that starts nothing larger.
  const decimal = cardinalOf(words[position + 1]);
  if (
    value >= 34 &&
    value <= 42 &&
    position === index + 1 &&
    lower(words[position] ?? '') === 'og' &&
    decimal !== undefined &&
    decimal < 10 &&
    cardinalOf(words[position + 2]) === undefined &&
    !/^(?:hundre|hundrede|tusen|år|dager|dagar|døgn|uker|veker|måneder|månader|timer|timar|minutter|minutt|kilo|kg|ganger|gonger|gongar|tabletter|tablettar|barn|stykker)$/u.test(
      lower(words[position + 2] ?? ''),
    )
  )
    return {
      value: value + decimal / 10,
      length: position + 2 - index,
      ordinal: false,
      decimals: 1,
    };
  // "trettiåtte komma ni", "komma null fem"
  if (lower(words[position] ?? '') === 'komma') {
    let digits = '';
    let at = position + 1;
    for (;;) {
      const digit = cardinalOf(words[at]);
      if (digit === undefined || digits.length >= 3) break;
      digits += String(digit);
      at += 1;
      if (digit >= 10) break;
    }
    if (digits.length > 0) {
      return {
        value: Number(`${value}.${digits}`),
        length: at - index,
        ordinal: false,
        decimals: digits.length,
      };
    }
  }
  return { value, length: position - index, ordinal: false };
}

/**
 * The unit of a round ten said as two words ("tretti åtte" is 38, as speech-to-text splits
 * "trettiåtte"): a unit 1–9 right after the ten that is no article ("tretti en gang") and starts
 * no hundreds ("tjue fem hundre").
 */
function tensUnitAt(words: readonly string[], at: number, ten: number): number | undefined {
  if (ten < 20 || ten > 90 || ten % 10 !== 0) return undefined;
  const word = words[at];
  if (word === undefined || articleWords.has(lower(word))) return undefined;
  const unit = cardinalOf(word);
  if (unit === undefined || unit < 1 || unit > 9) return undefined;
  const after = lower(words[at + 1] ?? '');
  if (after === 'hundre' || after === 'hundrede' || after === 'tusen') return undefined;
  return unit;
}

function readCardinalBelowThousand(
  words: readonly string[],
  index: number,
): { value: number; length: number } | undefined {
  const first = cardinalOf(words[index]);
  if (first === undefined) return undefined;
  const next = lower(words[index + 1] ?? '');
  if (next === 'hundre' || next === 'hundrede') {
    let value = first * 100;
    let length = 2;
    const hasAnd = lower(words[index + 2] ?? '') === 'og';
    const rest = cardinalOf(words[index + (hasAnd ? 3 : 2)]);
    if (rest !== undefined) {
      value += rest;
      length += hasAnd ? 2 : 1;
    }
    return { value, length };
  }
  return { value: first, length: 1 };
}

/**
 * Duration and month words by their number, as a Map: looking a fresh string up in a plain object
 * makes the engine intern it first, which dominated the time spent here.
 */
const namedNumbers: ReadonlyMap<string, number> = new Map([
  ...Object.entries(monthNumbers),
  ...Object.entries(durationWords),
]);

/** A number found in text, with the span it covers. */
export interface NumberMention {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

const digitPattern = /(?<![\p{L}\d])\d+(?:[.,]\d+)?(?: 000)?/gu;

/** A run of letters (what `/[\p{L}]+/gu` matches) and where it starts. */
interface LetterRun {
  readonly text: string;
  readonly index: number;
}

/** The runs of letters of a text, scanned without match objects (this runs over every sentence). */
function letterRuns(text: string): LetterRun[] {
  const runs: LetterRun[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    let step = wordCharacterLength(text, at, false);
    if (step === 0) {
      at += 1;
      continue;
    }
    const start = at;
    while (step > 0) {
      at += step;
      step = wordCharacterLength(text, at, false);
    }
    runs.push({ text: text.slice(start, at), index: start });
  }
  return runs;
}

/**
 * For each word, the index of the first word after the next punctuation: a spoken number never
 * runs across a comma, a full stop or a dash ("fem hundre, to ganger" is 500 and 2, not 502).
 */
function runEnds(text: string, words: readonly LetterRun[]): number[] {
  const ends = new Array<number>(words.length).fill(words.length);
  let end = words.length;
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index];
    const next = words[index + 1];
    if (word !== undefined && next !== undefined) {
      // Anything but white space between the two words (scanned, not sliced: this runs per word).
      for (let at = word.index + word.text.length; at < next.index; at += 1) {
        if (!isWhiteSpace(text.charCodeAt(at))) {
          end = index + 1;
          break;
        }
      }
    }
    ends[index] = end;
  }
  return ends;
}

/** The characters `\s` matches. */
function isWhiteSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * A two-digit number written with a hyphen, as speech-to-text sometimes does ("åtti-fem"): the
 * tens, the hyphen and the units. Read as the one word it is ("åttifem", 85), never as 80 and 5.
 */
const hyphenatedTens =
  /(?<![\p{L}])(tjue|tretti|trett|førti|femti|seksti|sytti|søtti|sjøtti|sjutti|åtti|nitti|niti)-(en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)(?![\p{L}])/giu;

/** The text with "åtti-fem" as "åttifem", keeping every other character where it was (a space first). */
function withHyphenatedTensJoined(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(hyphenatedTens, ' $1$2');
}

/**
 * An emergency number said digit by digit ("en-en-tre", "ring en en tre"): 110, 112 or 113. The
 * hyphenated form is read anywhere; the spaced form only after "ring" ("en en tre" could be words).
 */
const spokenEmergencyNumber =
  /(?<![\p{L}\d-])(?:(?:en|én)-(?:en|én)-(tre|to|null)|(?<=(?:ring|ringe|ringer|ringjer|ringja|ringe til|ring til) )(?:en|én) (?:en|én) (tre|to|null)(?! (?:null|en|én|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni)(?![\p{L}])))(?![\p{L}\d-])/giu;

/**
 * A dose scheme said the same way ("Paracet en-en-to", "tar en-en-tre tabletter"): morning,
 * midday and evening, never 112 or 113 (review r40e).
 */
const doseBefore =
  /(?<![\p{L}])(?:tar|ta|tek|tok|tatt|teke|fikk|fekk|får|gi|gis|gitt|gir|dosering|doseres|dosert|dose|doser|bruker|brukar|skjema)\s*$/iu;
const doseAfter =
  /^\s*(?:tabletter|tablett|tbl|tab|kapsler|kapsel|kaps|mg|milligram|gram|g|ml|milliliter|dråper|drope|doser|dose|stk|stykk|stykker|pust|drag|enheter|einingar|ganger|gonger|gongar|x)(?![\p{L}])/iu;

/** Whether the digits said at `start`–`end` in `text` are a dose scheme rather than a number to call. */
function isDoseScheme(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const lastWord = /([\p{L}-]+)\s*$/u.exec(before)?.[1];
  return (
    doseBefore.test(before) ||
    doseAfter.test(text.slice(end)) ||
    (lastWord !== undefined && isDrugName(lastWord))
  );
}

const emergencyDigits: Readonly<Record<string, string>> = { tre: '113', to: '112', null: '110' };

/** The digits of an emergency number whose last digit is said as `last` ("tre" → "113"). */
function emergencyNumberOf(last: string | undefined): string {
  return emergencyDigits[(last ?? '').toLowerCase()] ?? '';
}

/**
 * The text with "en-en-tre" as "113"; with `keepLength`, padded with spaces so that every other
 * character stays where it was.
 */
function withEmergencyNumbersJoined(text: string, keepLength: boolean): string {
  if (!/en[- ](?:en|én)[- ]/iu.test(text)) return text;
  return text.replace(
    spokenEmergencyNumber,
    (match: string, hyphenated: string | undefined, spaced: string | undefined, offset: number) => {
      if (isDoseScheme(text, offset, offset + match.length)) return match;
      const digits = emergencyNumberOf(hyphenated ?? spaced);
      return keepLength ? digits.padEnd(match.length, ' ') : digits;
    },
  );
}

/** Reads a spoken number at `index` that stays within its run of words between punctuation. */
function readWithinRun(
  wordTexts: readonly string[],
  ends: readonly number[],
  index: number,
): SpokenNumber | undefined {
  const end = ends[index] ?? wordTexts.length;
  return readSpokenNumber(end === wordTexts.length ? wordTexts : wordTexts.slice(0, end), index);
}

/**
 * Every number in a text, written with digits ("38,9", "5 000", "126/80" gives 126 and 80) or in
 * words ("trettiåtte komma ni", "fem hundre", "fjerde"). Month names count as their number, so a
 * date written "04.11" matches "fjerde november".
 */
export function extractNumbers(said: string): NumberMention[] {
  const text = withEmergencyNumbersJoined(withHyphenatedTensJoined(said), true);
  const mentions: NumberMention[] = [];
  // (An exec loop: `matchAll` clones the pattern on every call, and most texts have no digit.)
  digitPattern.lastIndex = 0;
  for (let match = digitPattern.exec(text); match !== null; match = digitPattern.exec(text)) {
    const raw = match[0].replace(' 000', '000');
    let value = Number(raw.replace(',', '.'));
    // "24.11" in a date is two numbers; "38.9" a decimal. Record both readings for dates.
    if (/^\d{1,2}\.\d{1,2}$/.test(raw)) {
      const [day, month] = raw.split('.');
      mentions.push({
        value: Number(day),
        start: match.index,
        end: match.index + (day?.length ?? 0),
      });
      mentions.push({
        value: Number(month),
        start: match.index,
        end: match.index + match[0].length,
      });
    }
    if (Number.isNaN(value)) value = Number(raw.replace(/[.,]/g, ''));
    mentions.push({ value, start: match.index, end: match.index + match[0].length });
  }
  const words = letterRuns(text);
  // Worked out when the first number word is met: most texts have none.
  let wordTexts: string[] | undefined;
  let ends: number[] | undefined;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined) continue;
    const lowered = lower(word.text);
    const named = namedNumbers.get(lowered);
    if (named !== undefined) {
      mentions.push({ value: named, start: word.index, end: word.index + word.text.length });
      continue;
    }
    if (!startsNumber(lowered)) continue;
    wordTexts ??= words.map((candidate) => candidate.text);
    ends ??= runEnds(text, words);
    const spoken = readWithinRun(wordTexts, ends, index);
    if (spoken === undefined) continue;
    const last = words[index + spoken.length - 1] ?? word;
    mentions.push({ value: spoken.value, start: word.index, end: last.index + last.text.length });
    index += spoken.length - 1;
  }
  return mentions;
}

/** Writes a number as a Norwegian clinician does: decimal comma, no thousands separator. */
export function formatNumber(value: number): string {
  return String(value).replace('.', ',');
}

const countableAfterOne = new Set([
  'gram',
  'g',
  'kilo',
  'kg',
  'tablett',
  'tabletter',
  'kapsel',
  'pose',
  'dose',
  'dag',
  'døgn',
  'uke',
  'måned',
  'månad',
  'år',
  'time',
  'liter',
  'milligram',
  'mikrogram',
  'halvår',
  'sprøyte',
  'pust',
  'inhalasjon',
  'dråpe',
]);

/**
 * Rewrites spoken numbers as digits the way a note is written: "trettiåtte komma ni" → "38,9",
 * "fjerde november" → "4. november", "fem dager" → "5 dager". "En/ett" becomes 1 only before a unit
 * ("ett gram", "en måned"), and ordinals only before a month, so "en gang" and "andre året" stay.
 */
export function writeNumbersAsDigits(said: string): string {
  const text = withEmergencyNumbersJoined(
    said.includes('-') ? said.replace(hyphenatedTens, '$1$2') : said,
    false,
  );
  const words = letterRuns(text);
  const wordTexts = words.map((word) => word.text);
  const ends = runEnds(text, words);
  let result = '';
  let cursor = 0;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined || !startsNumber(lower(word.text))) continue;
    const spoken = readWithinRun(wordTexts, ends, index);
    if (spoken === undefined) continue;
    const lastWord = words[index + spoken.length - 1] ?? word;
    const following = lower(wordTexts[index + spoken.length] ?? '');
    const single = lower(word.text);
    if (spoken.ordinal) {
      if (monthNumbers[following] === undefined) continue;
      result += text.slice(cursor, word.index) + `${spoken.value}.`;
    } else {
      if (
        spoken.length === 1 &&
        (single === 'en' || single === 'ett' || single === 'ei') &&
        !countableAfterOne.has(following)
      )
        continue;
      // "to tre ganger": two neighbouring small numbers said in a row are a range (2–3).
      const next = words[index + 1];
      const nextValue =
        spoken.length === 1 && next !== undefined && (ends[index] ?? 0) > index + 1
          ? cardinalOf(next.text)
          : undefined;
      if (
        next !== undefined &&
        nextValue !== undefined &&
        nextValue === spoken.value + 1 &&
        spoken.value >= 1 &&
        nextValue <= 12 &&
        !(single === 'en' || single === 'ett' || single === 'ei')
      ) {
        result += `${text.slice(cursor, word.index)}${spoken.value}–${nextValue}`;
        cursor = next.index + next.text.length;
        index += 1;
        continue;
      }
      result +=
        text.slice(cursor, word.index) +
        (spoken.decimals === undefined
          ? formatNumber(spoken.value)
          : spoken.value.toFixed(spoken.decimals).replace('.', ','));
    }
    cursor = lastWord.index + lastWord.text.length;
    index += spoken.length - 1;
  }
  return result + text.slice(cursor);
}
