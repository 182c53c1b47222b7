import { relations } from '../gazetteers/context-words.js';
import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * Structural fallbacks for addresses and names no list knows (issue 10, dev leak set
 * `eval/draft/cases-s39d`). A street, farm or house name need not carry a street ending nor be
 * missing from the dictionary ("Kjerraten", "Gaupe", "Solglimt", "Rognebær"): what makes it an
 * address is the frame it is said in. Each rule below is a frame, never a list of names:
 *
 * - a capitalised word (run) with a house number after "nummer"/"nr": "Adressen er Rognebær,
 *   nummer to", "til Stuorajávri, nummer fjorten", "Sjøbua, nummer åtte";
 * - the capitalised word (run) right after an address cue: "adressen er X", "postadressa e X",
 *   "posten kommer til X";
 * - the answer to the turn before's question for an address ("Hvor bor du nå?" – "Det er
 *   Kjerraten.", "Kva heiter plassen her?" – "Solglimt."), and a postal code said alone after
 *   "Og postnummer?";
 * - a name that introduces the speaker on the telephone ("Imenes her.") and a name set off before
 *   a relation noun ("Fredrikke, barnebarnet, ringte").
 *
 * Every rule refuses drugs, eponyms and clinical terms (the lexicon's), counties and countries,
 * all-capital abbreviations and lower-case words, so a clinical sentence in such a frame stays.
 */

/** What the turn before this text asked: an address (or a place's name) or a postal code. */
export type AddressQuestion = 'address' | 'postalCode';

/** A house number said in words, 1–99, also in the old order ("femogførti"). */
const spokenNumber =
  /^(?:(?:en|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni)og(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)|(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(?:en|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni)?|en|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)$/u;

/** "Hvor bor du nå?", "Kor bur dokker?", "Hva er adressen?", "Kva heiter plassen her?" */
const addressQuestion =
  /(?:\b(?:hvor|kor|kvar|hvar|ka)\s+(?:bor|bur|budde|bodde)\b|\badress(?:e|en|a)\b|\b(?:hva|kva|ka)\s+(?:heter|heiter|hete)\s+(?:plassen|stedet|staden|garden|gården|småbruket|bruket|huset|gata|gaten|veien|vegen)\b)[^?]*\?\s*$/iu;

/** "Og postnummer?", "Postnummeret?" */
const postalCodeQuestion = /\bpostnummer(?:et)?\b[^?]*\?\s*$/iu;

/**
 * What the last question of `text` asks, when `text` ends with it: the next turn's answer is then
 * read in that frame.
 */
export function asksForAddress(text: string): AddressQuestion | undefined {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('?')) return undefined;
  // The last question only: "Hvor bor du? Og hvor vondt er det?" asks for a pain score.
  const last = /[^.!?]*\?$/u.exec(trimmed)?.[0] ?? trimmed;
  if (postalCodeQuestion.test(last)) return 'postalCode';
  if (addressQuestion.test(last)) return 'address';
  return undefined;
}

/** Words right before an address cue's name: "adressen (min) (, den) er", "posten kjem te". */
const addressCue =
  /(?:\b(?:post)?adress(?:e|en|a)(?:\s+(?:min|mi|hans|hennes|hennar|hass|vår|vår|deres|dykkar))?(?:,\s*den)?\s+(?:er|e|blir|blei|ble)|\bpost(?:en)?\s+(?:kommer|kjem|komme)\s+(?:nå\s+|no\s+)?(?:til|te|på))\s+$/iu;

/** Words a place's name follows in an answer: "Det er X", "på X", "i X", "te X". */
const answerLeads = new Set(['er', 'e', 'på', 'i', 'te', 'til', 'ved', 'oppå', 'nedpå', 'borti']);

/** Small words of a farm or street name that may stand lower-case inside it ("Nes i Ådal"). */
function isRefused(words: TokenAnalysis, token: Token): boolean {
  if (token.allCaps) return true;
  const analysis = words.analyseToken(token);
  return analysis.term || analysis.nonIdentifying || analysis.region || analysis.compoundTerm;
}

/** The capitalised run (at most three words) starting at `index`, as [first, last] indexes. */
function capitalisedRunFrom(
  tokens: readonly Token[],
  index: number,
): readonly [number, number] | undefined {
  let last = index - 1;
  for (let at = index; at < tokens.length && at < index + 3; at++) {
    const token = tokenAt(tokens, at);
    if (token === undefined || token.kind !== 'word' || !token.capitalised) break;
    if (at > index && token.sentenceStart) break;
    last = at;
  }
  return last >= index ? [index, last] : undefined;
}

/** The capitalised run (at most three words) ending at `index`, as [first, last] indexes. */
function capitalisedRunTo(
  tokens: readonly Token[],
  index: number,
): readonly [number, number] | undefined {
  let first = index + 1;
  for (let at = index; at >= 0 && at > index - 3; at--) {
    const token = tokenAt(tokens, at);
    if (token === undefined || token.kind !== 'word' || !token.capitalised) break;
    first = at;
    if (token.sentenceStart) break;
  }
  return first <= index ? [first, index] : undefined;
}

/** A house number: one to four digits, or said in words (1–99). */
export function isHouseNumber(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'number') return /^\d{1,4}$/u.test(token.text);
  return token.kind === 'word' && spokenNumber.test(token.lower);
}

/**
 * Whether `test` holds for a word of the run; a position past the tokens' end counts as `pastEnd`
 * (runs are checked from their start, so every later position is past the end too).
 */
function someInRun(
  tokens: readonly Token[],
  run: readonly [number, number],
  test: (token: Token) => boolean,
  pastEnd: boolean,
): boolean {
  for (let at = run[0]; at <= run[1]; at++) {
    const token = tokenAt(tokens, at);
    if (token === undefined) return pastEnd;
    if (test(token)) return true;
  }
  return false;
}

function runRefused(
  words: TokenAnalysis,
  tokens: readonly Token[],
  run: readonly [number, number],
) {
  return someInRun(tokens, run, (token) => isRefused(words, token), true);
}

/** Whether every word of the run is an ordinary dictionary word. */
function runIsCommon(
  words: TokenAnalysis,
  tokens: readonly Token[],
  run: readonly [number, number],
) {
  return !someInRun(
    tokens,
    run,
    (token) => {
      const analysis = words.analyseToken(token);
      return !analysis.common && !analysis.entry;
    },
    false,
  );
}

/** A house number after the name: as sure as the house-number rules. */
const framedConfidence = 0.85;
/** A cue or an answer frame only: sure enough to carry over to other turns, yet below lists. */
const weakFrameConfidence = 0.8;

/** Context of `recognizeAddressFrameNames`. */
export interface AddressFrameContext {
  /** The turn before this text asked for an address or a postal code. */
  readonly addressQuestion?: AddressQuestion;
  /** Whether a four-digit number is a postal code in the register. */
  readonly isPostalCode?: (digits: string) => boolean;
}

/** The sentence-ending punctuation and the end of the text end a fragment ("Solglimt."). */
function endsFragment(token: Token | undefined): boolean {
  return token === undefined || (token.kind === 'punct' && /^[.,!?;:…]$/u.test(token.text));
}

/**
 * Adds ADDRESS candidates for street, farm and house names by their frame, and PERSON candidates
 * for names by theirs (see the file comment).
 */
export function recognizeAddressFrameNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  context: AddressFrameContext,
  out: Candidate[],
): void {
  const push = (
    start: number,
    end: number,
    type: 'ADDRESS' | 'PERSON' | 'POSTAL_CODE',
    confidence = framedConfidence,
  ): void => {
    out.push({ start, end, type, confidence });
  };
  // A name only a frame points at yields to what a list or a stronger rule found there.
  const pushWeak = (start: number, end: number, type: 'ADDRESS' | 'PERSON'): void => {
    push(start, end, type, weakFrameConfidence);
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word') continue;

    // "Rognebær, nummer to", "til Stuorajávri, nummer fjorten", "Sjøbua, nummer åtte".
    // Spoken "nummer" only: the written "nr." counts lots, tablets and forms.
    if (token.lower === 'nummer' && !token.capitalised) {
      const number = tokenAt(tokens, index + 1);
      if (!isHouseNumber(number) || number === undefined) continue;
      const comma = tokenAt(tokens, index - 1)?.text === ',';
      const run = capitalisedRunTo(tokens, index - (comma ? 2 : 1));
      if (run === undefined || runRefused(words, tokens, run)) continue;
      const first = tokenAt(tokens, run[0]);
      if (first === undefined) continue;
      // An ordinary noun may be what is counted ("Rom nummer tolv", "ligger på Post nummer 3"):
      // only a name set off by a comma before its number, as a fragment or after "er"/"til"/"i"/
      // "på", is said the way an address is. A word no dictionary knows needs the comma or one of
      // those words before it ("bor på Trollspira nummer tolv").
      const before = tokenAt(tokens, run[0] - 1);
      const led = before !== undefined && answerLeads.has(before.lower);
      // An ordinary noun set off the same way is what is counted ("Dose, nummer to.", "Rom, nummer
      // tolv"): only an address cue in this turn or the question before makes it a street.
      if (runIsCommon(words, tokens, run) || isBrandRun(words, tokens, run)) {
        if (!comma || (!first.sentenceStart && !led)) continue;
        if (context.addressQuestion !== 'address' && !addressTopic.test(text)) continue;
      } else if (!comma && !led) continue;
      const letter = tokenAt(tokens, index + 2);
      const end =
        letter !== undefined &&
        letter.kind === 'word' &&
        /^[A-Ha-h]$/u.test(letter.text) &&
        letter.start === number.end + 1
          ? letter.end
          : number.end;
      push(first.start, end, 'ADDRESS');
      continue;
    }

    // "Adressen er Rognebær", "postadressa e Myrull", "posten kommer til Heiamyr".
    if (
      token.capitalised &&
      !token.sentenceStart &&
      addressCue.test(text.slice(Math.max(0, token.start - 60), token.start))
    ) {
      const run = capitalisedRunFrom(tokens, index);
      if (
        run !== undefined &&
        !runKnownOtherwise(words, tokens, run) &&
        !runHasCareWord(words, tokens, run)
      ) {
        const last = tokenAt(tokens, run[1]);
        if (last !== undefined) pushWeak(token.start, last.end, 'ADDRESS');
        index = run[1];
        continue;
      }
    }

    // "Imenes her." – the speaker on the telephone.
    if (token.capitalised && token.sentenceStart) {
      const run = capitalisedRunFrom(tokens, index);
      const after = run === undefined ? undefined : tokenAt(tokens, run[1] + 1);
      if (
        run !== undefined &&
        after?.lower === 'her' &&
        endsFragment(tokenAt(tokens, run[1] + 2)) &&
        !runKnownOtherwise(words, tokens, run) &&
        !runIsCommon(words, tokens, run) &&
        !runIsCompound(words, tokens, run)
      ) {
        const last = tokenAt(tokens, run[1]);
        if (last !== undefined) push(token.start, last.end, 'PERSON');
        index = run[1];
        continue;
      }
    }

    // "Fredrikke, barnebarnet, ringte", "Jarek, kollegaen min, sa …": a closed apposition (not
    // "flyttet til Tøyen, søsteren bor der").
    if (token.capitalised && !token.sentenceStart && tokenAt(tokens, index + 1)?.text === ',') {
      const relation = tokenAt(tokens, index + 2);
      const analysis = words.analyseToken(token);
      if (
        relation !== undefined &&
        relation.kind === 'word' &&
        !relation.capitalised &&
        relations.has(relation.lower) &&
        closesApposition(tokens, index + 3) &&
        !isRefused(words, token)
      ) {
        const given = tokenAt(tokens, index - 1);
        if (!analysis.place && (analysis.firstName || (!analysis.common && !analysis.entry)))
          pushWeak(token.start, token.end, 'PERSON');
        // "ringte Fredrikke Nordmann, barnebarnet, og …": a given name and a surname inside the
        // sentence before the closed apposition, the surname even an ordinary word capitalised.
        else if (
          given !== undefined &&
          isGivenNameBeforeSurname(
            words,
            given,
            (analysis.common || analysis.entry) && !analysis.surname,
          ) &&
          isSpaceBetween(tokens, index - 1) &&
          !analysis.region
        )
          pushWeak(given.start, token.end, 'PERSON');
      }
    }
  }
  if (context.addressQuestion === 'postalCode') recognizePostalCodeAnswer(tokens, context, push);
  if (context.addressQuestion === 'address') recognizeAddressAnswer(words, tokens, pushWeak);
}

/** Whether `text` speaks of an address ("adressen", "bor", "flyttet", "posten kommer til"). */
export function speaksOfAddress(text: string): boolean {
  return addressTopic.test(text);
}

/** Words of an address in the turn itself: "adressen", "bor", "flyttet", "posten kommer". */
const addressTopic =
  /\b(?:(?:post)?adress(?:e|en|a|er)|bor|bur|bodde|budde|flytta|flyttet|flytte|gata|gaten|veien|vegen|husnummer(?:et)?)\b|\bpost(?:en)?\s+(?:kommer|kjem|komme)\b/iu;

/**
 * Endings of care settings and institutions ("Sykehjemmet", "Omsorgsboligen", "Aldershjemmet",
 * "Sykehuset", "Avlastningen"): where someone lives or stays in care, never a street's name.
 */
const careWordEnding =
  /(?:hjem|hjemmet|heim|heimen|bolig|boligen|bustad|bustaden|sykehus|sykehuset|sjukehus|sjukehuset|avlastning|avlastningen|avlasting|avlastinga|institusjon|institusjonen|senter|senteret|senteret|klinikk|klinikken|post|posten|avdeling|avdelingen|hospits|hospitset|omsorg|omsorgen|pleie|pleien)$/u;

function runHasCareWord(
  words: TokenAnalysis,
  tokens: readonly Token[],
  run: readonly [number, number],
): boolean {
  return someInRun(
    tokens,
    run,
    (token) =>
      words.lexicon.institutionHeadWords.has(token.lower) ||
      ((words.analyseToken(token).common || words.isCompound(token.lower)) &&
        careWordEnding.test(token.lower)),
    true,
  );
}

/**
 * The first of two capitalised words before a closed apposition: inside the sentence, a given
 * name from a list or a word no list knows as a word or place ("Fredrikke"), no title or term.
 * Before a surname that is an ordinary word and no listed surname, only a listed given name: an
 * unknown word there is a brand or a title ("Fortnite Online", "Aftenposten Junior").
 */
function isGivenNameBeforeSurname(
  words: TokenAnalysis,
  token: Token,
  surnameIsOrdinaryWord: boolean,
): boolean {
  if (token.kind !== 'word' || !token.capitalised || token.sentenceStart) return false;
  if (token.text.length < 3 || isRefused(words, token) || relations.has(token.lower)) return false;
  const analysis = words.analyseToken(token);
  if (analysis.place) return false;
  if (surnameIsOrdinaryWord) return analysis.firstName;
  return analysis.firstName || (!analysis.common && !analysis.entry);
}

/** Whether only spaces stand between token `index` and the next one. */
function isSpaceBetween(tokens: readonly Token[], index: number): boolean {
  const left = tokenAt(tokens, index);
  const right = tokenAt(tokens, index + 1);
  return left !== undefined && right !== undefined && right.start - left.end === 1;
}

/** Whether the word is a known given name or surname. */
function isNamePart(words: TokenAnalysis, token: Token): boolean {
  const analysis = words.analyseToken(token);
  return analysis.firstName || analysis.surname;
}

/** Side prefixes of body-part compounds ("Venstrekne", "Høyreskulder"). */
const sidePrefix = /^(?:venstre|høyre|høgre|vinstre)\p{L}{2,}$/u;

/**
 * Whether a word of the run is a body part said with its side ("Venstrekne", "Venstreskulder"). A
 * compound of dictionary words alone is not enough: surnames are often built so ("Reinsnos").
 */
function runIsCompound(
  words: TokenAnalysis,
  tokens: readonly Token[],
  run: readonly [number, number],
): boolean {
  return someInRun(
    tokens,
    run,
    (token) => !isNamePart(words, token) && sidePrefix.test(token.lower),
    true,
  );
}

/** Whether a word of the run is a known given name or surname: a person, never an address. */
function runHasNamePart(
  words: TokenAnalysis,
  tokens: readonly Token[],
  run: readonly [number, number],
): boolean {
  return someInRun(tokens, run, (token) => isNamePart(words, token), false);
}

/** Whether a word of the run is a dictionary entry as written ("Kneet", "Dose"). */
function runHasEntry(
  words: TokenAnalysis,
  tokens: readonly Token[],
  run: readonly [number, number],
): boolean {
  return someInRun(tokens, run, (token) => words.analyseToken(token).entry, false);
}

function isPlaceRun(
  words: TokenAnalysis,
  tokens: readonly Token[],
  run: readonly [number, number],
): boolean {
  if (run[0] !== run[1]) return false;
  const analysis = words.analyseToken(tokenAt(tokens, run[0]));
  return analysis.place || analysis.firstName || analysis.surname;
}

/** Possessives after a relation noun in an apposition ("kollegaen min,"). */
const appositionPossessives = new Set([
  'min',
  'mi',
  'mitt',
  'mine',
  'hans',
  'hennes',
  'hennar',
  'hass',
  'vår',
  'våre',
  'deres',
  'dykkar',
  'sin',
  'si',
]);

/** The apposition closes at `index`: a comma or the sentence's end, after an optional possessive. */
function closesApposition(tokens: readonly Token[], index: number): boolean {
  let at = index;
  if (appositionPossessives.has(tokenAt(tokens, at)?.lower ?? '')) at++;
  const next = tokenAt(tokens, at);
  return next === undefined || (next.kind === 'punct' && /^[.,!?;:…]$/u.test(next.text));
}

/** A capitalised dictionary entry that is no name: a brand, a firm, an institution. */
function isBrandRun(
  words: TokenAnalysis,
  tokens: readonly Token[],
  run: readonly [number, number],
) {
  return someInRun(
    tokens,
    run,
    (token) =>
      !isNamePart(words, token) &&
      (words.lexicon.properNouns.has(token.lower) ||
        words.lexicon.institutionHeadWords.has(token.lower)),
    true,
  );
}

/**
 * Whether the run is known as something other than a name of its own: a refused word (a drug, an
 * eponym, a term …), a single known place or person name, or a brand, firm or institution.
 */
function runKnownOtherwise(
  words: TokenAnalysis,
  tokens: readonly Token[],
  run: readonly [number, number],
): boolean {
  return (
    runRefused(words, tokens, run) ||
    isPlaceRun(words, tokens, run) ||
    isBrandRun(words, tokens, run)
  );
}

/** "Og postnummer?" – "4016." */
function recognizePostalCodeAnswer(
  tokens: readonly Token[],
  context: AddressFrameContext,
  push: (start: number, end: number, type: 'POSTAL_CODE') => void,
): void {
  const first = tokenAt(tokens, 0);
  if (
    first === undefined ||
    first.kind !== 'number' ||
    !/^\d{4}$/u.test(first.text) ||
    !endsFragment(tokenAt(tokens, 1)) ||
    context.isPostalCode?.(first.text) !== true
  )
    return;
  push(first.start, first.end, 'POSTAL_CODE');
}

/** The name ends its clause: punctuation, the text's end, or "nå"/"no" before either. */
function closesName(tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index);
  if (next !== undefined && (next.lower === 'nå' || next.lower === 'no'))
    return endsFragment(tokenAt(tokens, index + 1));
  return endsFragment(next);
}

/**
 * "Kva heiter plassen her?" – "Solglimt. Småbruket under Nordre Trøo. Det er Solglimt på
 * postkassa.": a dictionary word given alone as the answer's first sentence and said again
 * capitalised inside a later sentence of the answer is the place's name (a clear name form). Not a
 * care setting ("Sykehjemmet."), a known place, a person's name or a term.
 */
function recognizeRepeatedFragment(
  words: TokenAnalysis,
  tokens: readonly Token[],
  push: (start: number, end: number, type: 'ADDRESS') => void,
): boolean {
  const first = tokenAt(tokens, 0);
  if (first === undefined || first.kind !== 'word' || !first.capitalised) return false;
  if (!endsFragment(tokenAt(tokens, 1))) return false;
  const run: readonly [number, number] = [0, 0];
  if (runKnownOtherwise(words, tokens, run) || runHasCareWord(words, tokens, run)) return false;
  let sentences = 1;
  for (let index = 2; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) continue;
    if (token.sentenceStart && ++sentences > answerSentences) return false;
    if (token.sentenceStart || !token.capitalised || token.lower !== first.lower) continue;
    push(first.start, first.end, 'ADDRESS');
    push(token.start, token.end, 'ADDRESS');
    return true;
  }
  return false;
}

/** Sentences of the answer read for the place's name: the answer comes first. */
const answerSentences = 3;

/**
 * "Hvor bor du nå?" – "Vi har flyttet. Det er Kjerraten." / "Ja, på Heiamyr." / "Solglimt.": the
 * first capitalised name in the answer's first sentences, said after "er"/"på"/"i" or as a whole
 * fragment, that is no known place, no given name and no term.
 */
function recognizeAddressAnswer(
  words: TokenAnalysis,
  tokens: readonly Token[],
  push: (start: number, end: number, type: 'ADDRESS') => void,
): void {
  if (recognizeRepeatedFragment(words, tokens, push)) return;
  let sentences = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) continue;
    if (token.sentenceStart && ++sentences > answerSentences) return;
    if (token.kind !== 'word' || !token.capitalised) continue;
    const run = capitalisedRunFrom(tokens, index);
    if (run === undefined) continue;
    const previous = tokenAt(tokens, index - 1);
    // "Hos Olsen.", "Jeg bor hos Dahl.": the patient lives with someone – a person, no address.
    if (token.lower === 'hos' || previous?.lower === 'hos') {
      index = run[1];
      continue;
    }
    // After a lead, the name closes the clause ("Det er Kjerraten.", "Ja, på Heiamyr."), not a
    // complaint ("Det er Kneet som er verst"); past the first sentence only "er" leads to it
    // ("Vi har flyttet. Det er Kjerraten.", not "Men jeg har vondt i Brystet.").
    const led =
      previous !== undefined &&
      answerLeads.has(previous.lower) &&
      (sentences <= 1 || previous.lower === 'er' || previous.lower === 'e') &&
      closesName(tokens, run[1] + 1) &&
      !runHasEntry(words, tokens, run);
    const framed = token.sentenceStart
      ? endsFragment(tokenAt(tokens, run[1] + 1)) && !runIsCommon(words, tokens, run)
      : led;
    if (
      framed &&
      !runKnownOtherwise(words, tokens, run) &&
      !runHasNamePart(words, tokens, run) &&
      !runHasCareWord(words, tokens, run)
    ) {
      const last = tokenAt(tokens, run[1]);
      if (last !== undefined) push(token.start, last.end, 'ADDRESS');
      return;
    }
    index = run[1];
  }
}
