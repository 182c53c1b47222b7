import type { Candidate } from '../types.js';

/**
 * House numbers said apart from their street (issue 10): "Elvegata. Nummer tolv.", "huset er
 * nummer fire", "nei, det er 14 B, ikke 14", "Hvilket husnummer? — Tjuetre. Tjuetre A.", a flat
 * number said as "leilighet ha null tre null en", and a farm said as the address ("på
 * Storgården"). Each such number alone, with the street said elsewhere in the consultation, still
 * tells where the patient lives.
 */

/** A house number said in words, 1–99, also in the old order ("femogførti"). */
const spokenNumber =
  '(?:(?:en|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni)og(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)|(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(?:en|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni)?|en|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)';

/** A house number, typed or said, with an optional letter ("14 B", "Tjuetre A"). */
const houseNumber = `(?:\\d{1,4}|${spokenNumber})(?:\\s?[A-Ha-h])?(?![\\p{L}\\p{N}])`;

/** "husnummeret er femten", "huset er nummer fire", "huset e nr. 7" (not "huset har to etasjer"). */
const houseNumberPhrase = new RegExp(
  `\\b(?:husnummer(?:et)?\\s+(?:er|e)\\s+((?:nummer\\s+|nr\\.?\\s?)?${houseNumber})|huset\\s+(?:er|e|har|ha)\\s+((?:nummer\\s+|nr\\.?\\s?)${houseNumber}))`,
  'giu',
);

/** ". Nummer tolv", ", i det gule huset, nummer trettiåtte": a number said after the street. */
const laterNumber = new RegExp(`(?<![\\p{L}])((?:nummer|nr\\.?)\\s?${houseNumber})`, 'iu');

/** "nei, det er 14 B, ikke 14", "nei, det e sytten": a corrected number after the address. */
const correctedNumber = new RegExp(
  `^[\\s.,!]{0,4}(?:(?:nei|unnskyld|altså)[\\s,]{1,3}){1,2}(?:det|de|d')\\s?(?:er|e|var|va)\\s+(${houseNumber})(?=\\s*(?:[.,!?]|$|ikke|ikkje))`,
  'iu',
);

/**
 * A sentence that is only a house number, or a correction of one: "Sju.", "Nei, det e sytten,",
 * "Altså femogførti.", "nummer ni". Matched at a sentence start.
 */
const numberSentence = new RegExp(
  `^(?:(?:ja|jo|nei|altså|unnskyld|vent|eller|og)[\\s,]{1,3}){0,3}(?:(?:det|de|d')\\s?(?:er|e|var|va)\\s+)?((?:nummer\\s+|nr\\.?\\s?)?${houseNumber})(?=\\s*(?:[.,!?](?!\\d)|$|ikke|ikkje))`,
  'iu',
);

/**
 * A question for the house number: "Og husnummeret?", "Hvilket nummer i gata?", "Nummeret på
 * døra?" (a bare "Og nummer?" only about an address, see `bareNumberQuestion`). "Hvilket nummer" only with a word about the house, street or address in the question
 * ("Hvilket nummer står det på esken, hvor mange milligram?" asks for a dose).
 */
const houseNumberQuestion =
  /(?:husnummer|gatenummer|(?:hvilket|kva|ka|kva for)\s+nummer(?=[^?.!]*(?:\b(?:i|på)\s+(?:gata|gaten|gate|veien|vegen|huset|døra|døren|døro|leiligheten|leilegheita)\b|adresse))|nummer(?:et)?\s+på\s+(?:huset|gata|gaten|døra|døren|leiligheten|leilegheita))[^?.!]*\?/giu;

/**
 * "Og nummer?" asked as a sentence of its own: a house-number question only when this turn or the
 * one before was about the address ("Kjerraten, ja. Og nummer?"), not after "Hvilken dose?".
 */
const bareNumberQuestion = /(?:^|[.!?]\s{1,3})(?:og\s+)?nummer(?:et)?\s*\?$/iu;

/**
 * A clinical question or measure before a lone number ("Hvor vondt, fra null til ti? Åtte.",
 * "Hvor langt på vei er du? Tjueåtte."): the number answers it, not where someone lives.
 */
const clinicalCue =
  /(?:\bhvor\s+(?:vondt|langt\s+på\s+vei|mange|mye|gammel|høy|tung|lenge|ofte)\b|\bkor\s+(?:vondt|mange|mykje|gammal|gammel|høg|tung|lenge)\b|\bfra\s+null\s+til\s+ti\b|\ber\s+(?:han|hun|ho)\b[^.!?]*\?|temperatur|\btemp\b|vekt)/iu;

/** "leilighet ha null tre null en": a flat number said digit by digit. */
const spokenDigit = '(?:null|en|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni)';
const spokenFlatNumber = new RegExp(
  `(?:\\b(?:leilighet(?:en)?|leilegheit(?:a)?|leil\\.?)\\s+(?:nummer\\s+|nr\\.?\\s?)?(?:er\\s+|e\\s+)?|\\b(?=ha[\\s,]+null))((?:h|ha)[\\s,]+${spokenDigit}(?:[\\s,]+${spokenDigit}){3})(?![\\p{L}])`,
  'giu',
);

/**
 * What each whole-text pattern above cannot match without, with its flags (so a letter matches
 * the same characters): a line without it is not scanned. Every `houseNumberPhrase` starts with
 * "husnummer" or "huset", every `spokenFlatNumber` holds "leil…" or the "ha null" it looks ahead
 * for, every `houseNumberQuestion` holds "nummer".
 */
const houseNumberPhraseCue = /husnummer|huset/iu;
const spokenFlatNumberCue = /leil|ha[\s,]+null/iu;
const houseNumberQuestionCue = /nummer/iu;

/** "på Storgården", "til Nordgarden": a farm name after a place preposition. */
const farmAfterPreposition =
  /(?<=(?:^|[\s,(])(?:på|til|fra|frå|oppå|oppi|nedpå|ved)\s)\p{Lu}\p{Ll}+(?:gården|garden|gard)(?![\p{L}-])/gu;

/** How far from an address a lone number may be and still be its house number. */
const nearAddress = 80;

function overlaps(spans: readonly Candidate[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && span.end > start);
}

/** The sentence starts of `text`: its start and after ". ", "? ", "! ". */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  // Not after an abbreviation: "kl. 10" is a clock time, "ca. 20" an amount.
  for (const match of text.matchAll(
    /(?<!\b(?:kl|ca|nr|tlf|mob|dr|avd|str|ref|jf|pkt|f|s|t|min|mnd|ggr?))[.!?]\s+/giu,
  ))
    starts.push(match.index + match[0].length);
  return starts;
}

/** How far back a number said before a lone number may be for the lone one to repeat it. */
const repeatReach = 40;

/** Where `addNumberSentences` looks, and what it may count. */
interface NumberSentenceScope {
  /** Sentences that start between `from` and `to`. */
  readonly from: number;
  readonly to: number;
  /** No clinical question or measure between `since` and the sentence ("Hvor vondt? Åtte."). */
  readonly since: number;
  /** Only a number said in words: a typed "2." near an address starts a numbered list. */
  readonly wordsOnly?: boolean;
  /** Only at the text's start or right after another lone house number ("Sju. … Sytten."). */
  readonly chained?: boolean;
}

/** Marks the lone house numbers of the sentences in `scope`. */
function addNumberSentences(
  text: string,
  scope: NumberSentenceScope,
  add: (start: number, end: number) => boolean,
  taken: (start: number, end: number) => boolean,
  takenAsAddress: (start: number, end: number) => boolean,
): void {
  let chain = true;
  for (const start of sentenceStarts(text)) {
    if (start < scope.from) continue;
    if (start > scope.to) break;
    if (scope.chained === true && !chain) break;
    chain = false;
    const rest = text.slice(start);
    // A speaker label ("Pasient: Tjuetre") is no part of the answer.
    const label = /^\p{Lu}\p{Ll}+:\s*/u.exec(rest)?.[0].length ?? 0;
    const match = numberSentence.exec(rest.slice(label));
    const number = match?.[1];
    if (match === null || number === undefined) continue;
    const end = start + label + match[0].length;
    // "3. etasje": an ordinal, not a house number.
    if (/^\.\s*\p{Ll}/u.test(text.slice(end))) continue;
    if (scope.wordsOnly === true && /\d/u.test(number)) continue;
    if (clinicalCue.test(text.slice(scope.since, start))) continue;
    // "Han er sytti. Sytti, ja.", "Rom tolv. Tolv, ja.": a number said again just after it was
    // said as something else (not as a house number) is that thing again.
    const numberStart = end - number.length;
    const before = text.slice(Math.max(0, start - repeatReach), start).toLowerCase();
    const said = before.lastIndexOf(number.toLowerCase());
    if (said >= 0) {
      const saidStart = start - before.length + said;
      const whole = !/[\p{L}\p{N}]/u.test(
        before.charAt(said - 1) + (before.charAt(said + number.length) || ' '),
      );
      if (whole && !takenAsAddress(saidStart, saidStart + number.length)) continue;
    }
    chain = add(numberStart, end) || taken(numberStart, end);
  }
}

/** Options for `withSpokenHouseNumbers`. */
export interface SpokenHouseNumberContext {
  /** The turn before this text asked for the house number ("Og husnummeret?"). */
  readonly afterHouseNumberQuestion?: boolean;
}

/** Whether `text` ends by asking for a house number, so the next turn's lone number is one. */
export function asksForHouseNumber(text: string, aboutAddress = false): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('?')) return false;
  if (aboutAddress && bareNumberQuestion.test(trimmed)) return true;
  houseNumberQuestion.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let match = houseNumberQuestion.exec(trimmed); match !== null;) {
    last = match;
    match = houseNumberQuestion.exec(trimmed);
  }
  return last !== null && last.index + last[0].length === trimmed.length;
}

/**
 * Adds the house and flat numbers said apart from their street as ADDRESS, and farm names after a
 * place preposition as LOCATION, where no candidate is yet. `accepted` must be sorted and free of
 * overlaps; so is the result.
 */
export function withSpokenHouseNumbers(
  text: string,
  accepted: readonly Candidate[],
  context: SpokenHouseNumberContext = {},
): Candidate[] {
  const added: Candidate[] = [];
  const taken = (start: number, end: number): boolean =>
    overlaps(accepted, start, end) || overlaps(added, start, end);
  const takenAsAddress = (start: number, end: number): boolean =>
    overlaps(
      accepted.filter((candidate) => candidate.type === 'ADDRESS'),
      start,
      end,
    ) || overlaps(added, start, end);
  const add = (start: number, end: number, type: 'ADDRESS' | 'LOCATION' = 'ADDRESS'): boolean => {
    if (end <= start || taken(start, end)) return false;
    added.push({ start, end, type, confidence: 0.85 });
    return true;
  };
  if (houseNumberPhraseCue.test(text))
    for (const match of text.matchAll(houseNumberPhrase)) {
      const number = match[1] ?? match[2];
      if (number === undefined) continue;
      const end = match.index + match[0].length;
      add(end - number.length, end);
    }
  if (spokenFlatNumberCue.test(text))
    for (const match of text.matchAll(spokenFlatNumber)) {
      const number = match[1];
      if (number === undefined) continue;
      const end = match.index + match[0].length;
      add(end - number.length, end);
    }
  const addresses = accepted.filter((candidate) => candidate.type === 'ADDRESS');
  for (const address of addresses) {
    const after = text.slice(address.end, address.end + nearAddress);
    const corrected = correctedNumber.exec(after);
    const correctedText = corrected?.[1];
    if (corrected !== null && correctedText !== undefined) {
      const end = address.end + corrected[0].length;
      add(end - correctedText.length, end);
    }
    const clause = after.split(/[?\n]/u)[0] ?? '';
    const later = laterNumber.exec(clause);
    if (later?.[1] !== undefined)
      add(address.end + later.index, address.end + later.index + later[1].length);
  }
  if (addresses.length > 0 || added.length > 0) {
    const anchors = [...addresses, ...added];
    const from = Math.min(...anchors.map((anchor) => anchor.start)) - nearAddress;
    const to = Math.max(...anchors.map((anchor) => anchor.end)) + nearAddress;
    addNumberSentences(text, { from, to, since: 0, wordsOnly: true }, add, taken, takenAsAddress);
  }
  // The answer to the turn before's question: a lone number the turn starts with, not one after
  // "Husker ikke." or another topic ("… Paracet tar jeg. To.").
  if (context.afterHouseNumberQuestion === true)
    addNumberSentences(
      text,
      { from: 0, to: nearAddress, since: 0, chained: true },
      add,
      taken,
      takenAsAddress,
    );
  houseNumberQuestion.lastIndex = 0;
  if (houseNumberQuestionCue.test(text))
    for (const question of text.matchAll(houseNumberQuestion)) {
      const from = question.index + question[0].length;
      addNumberSentences(
        text,
        { from, to: from + nearAddress, since: from },
        add,
        taken,
        takenAsAddress,
      );
    }
  // Every farm name ends in "gården", "garden" or "gard" (matched as written).
  const farmMatches =
    text.includes('gard') || text.includes('gården') ? text.matchAll(farmAfterPreposition) : [];
  for (const match of farmMatches) {
    // "jobber på Solgården": a workplace, for the institution rules to type.
    if (
      /\b(?:jobb|arbeid|ansatt|tilsett)/iu.test(
        text.slice(Math.max(0, match.index - 30), match.index),
      )
    )
      continue;
    add(match.index, match.index + match[0].length, 'LOCATION');
  }
  if (added.length === 0) return [...accepted];
  return [...accepted, ...added].sort((left, right) => left.start - right.start);
}
