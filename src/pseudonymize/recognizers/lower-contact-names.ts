import { neverNames, occupationEnding } from '../gazetteers/context-words.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { isSpaceBetween, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** One-word cues whose object is a person: "ring olu etter fire", "kontakt ferhat om tolk". */
const callCues = new Set(['ring', 'ringe', 'kontakt', 'kontakte', 'kontakta']);

/** Two-word cues whose last word puts a person: "kopi til ngugi", "time hos sæbø", "svar fra …". */
const pairCues = new Map<string, ReadonlySet<string>>([
  ['til', new Set(['kopi', 'beskjed', 'melding'])],
  ['hos', new Set(['time', 'timen', 'timer', 'kontroll', 'oppfølging'])],
  ['fra', new Set(['svar', 'svaret', 'beskjed', 'melding'])],
]);

/** People named by their role before "er": "fastlegen er amina sheikh på grorud legekontor". */
const roleNouns = new Set([
  'fastlegen',
  'fastlege',
  'legen',
  'kontaktlegen',
  'kontaktpersonen',
  'primærkontakten',
  'behandleren',
  'vergen',
  'sykepleieren',
  'kontaktsykepleieren',
  'helsesykepleieren',
  'tolken',
  'saksbehandleren',
  'veilederen',
  'terapeuten',
  'jordmora',
  'jordmoren',
]);

/** Verbs of saying before a name and "at": "så sier liv at hun er sliten". */
const sayVerbs = new Set(['sier', 'seier', 'sa', 'forteller', 'fortel', 'fortalte', 'mener']);

/** Pronouns and other words that fill a person's slot without naming anyone. */
const notNames = new Set([
  'hun',
  'han',
  'ho',
  'henne',
  'ham',
  'honom',
  'oss',
  'meg',
  'deg',
  'dem',
  'dei',
  'de',
  'seg',
  'den',
  'det',
  'noen',
  'nokon',
  'alle',
  'begge',
  'mor',
  'far',
  'mamma',
  'pappa',
  'tilbake',
  'igjen',
]);

/** Words after the name that end the person's slot. */
const slotEnds = new Set([
  'og',
  'om',
  'at',
  'etter',
  'på',
  'i',
  'hos',
  'ved',
  'for',
  'fordi',
  'så',
  'med',
  'angående',
  'vedrørende',
  'tilbake',
  'igjen',
  'hvis',
  'dersom',
  'når',
  'neste',
  'i',
]);

/**
 * Endings of words for patients and clinicians that speech-to-text joins into compounds no list
 * holds ("lavrisikopasient", "onkolog", "fysio"): a role, not a name.
 */
const roleEnding =
  /(?:pasient|pasientar|pasienter|lege|legar|leger|log|loge|logen|iater|terapeut|fysio|ergo|jordmor|pleier|pleiar|ist|isten|or|ør|ped|graf|iker)$/u;

/** A number said in one word: "hundreogtretten", "tjuefem", "atten". */
const numberWord =
  /^(?:null|en|ett|én|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tjuge|tretti|førti|femti|seksti|sytti|åtti|nitti|hundre|tusen|og)+$/u;

type Slot = 'call' | 'pair' | 'role' | 'say';

/** Which frame, if any, puts a person right at `index`. */
function slotAt(tokens: readonly Token[], index: number): Slot | undefined {
  const previous = lowerAt(tokens, index - 1);
  const before = lowerAt(tokens, index - 2);
  if (callCues.has(previous)) return 'call';
  if (pairCues.get(previous)?.has(before) === true) return 'pair';
  if ((previous === 'er' || previous === 'var') && roleNouns.has(before)) return 'role';
  if (sayVerbs.has(previous)) return 'say';
  return undefined;
}

/**
 * Services, institutions and examinations that speech-to-text writes in lower case ("ring amk",
 * "kontakt bup", "kopi til unn", "svar fra dexa").
 */
const serviceOrExamination = new Set([
  'amk',
  'bup',
  'abup',
  'dps',
  'ppt',
  'vop',
  'rop',
  'unn',
  'ous',
  'sfo',
  'aap',
  'npe',
  'udi',
  'fmk',
  'nav',
  'dexa',
  'echo',
  'ekko',
]);

/** Examinations by their ending: "gastroskopi", "coloskopi", "mammografi", "spirometri". */
const examinationEnding = /(?:skopi|grafi|metri|gram)$/u;

/**
 * True for a word no list knows that is an acronym or an examination, not a name: a listed service
 * or examination, an examination ending, or a word of at most four letters with at most one vowel
 * ("amk", "fmk", "dps"). Names such as "olu" have the vowels of a name.
 */
function isAcronymOrExamination(lower: string): boolean {
  if (serviceOrExamination.has(lower) || examinationEnding.test(lower)) return true;
  return lower.length <= 4 && (lower.match(/[aeiouyæøå]/gu)?.length ?? 0) <= 1;
}

/** How a lower-case word may stand in a person's slot: as a name, or as a word no list knows. */
function nameKind(
  words: TokenAnalysis,
  token: Token,
  afterHos: boolean,
  afterPair = false,
): 'name' | 'unknown' | undefined {
  if (token.kind !== 'word' || token.capitalised || token.allCaps) return undefined;
  if (token.text.length < 3 || !/^\p{Ll}[\p{Ll}'-]*$/u.test(token.text)) return undefined;
  if (notNames.has(token.lower) || neverNames.has(token.lower) || personTitles.has(token.lower))
    return undefined;
  const analysis = words.analyseToken(token);
  if (analysis.term || analysis.nonIdentifying || analysis.region) return undefined;
  // "kontakt bup", "svar fra echo": a service or an examination, unless it is a listed name too
  // ("unn"), which it is only in a copy, an appointment or an answer ("kopi til unn").
  if (
    serviceOrExamination.has(token.lower) &&
    (afterPair || !(analysis.firstName || analysis.surname))
  )
    return undefined;
  if (analysis.firstName || analysis.surname) return 'name';
  // "ring hope", "kontakt vinter": an English or Norwegian word that only lists of foreign names
  // hold is a word first.
  if (analysis.common || analysis.entry) return undefined;
  if (analysis.international) return 'name';
  // "time hos sæbø": only a person is "hos"; a place name there is a surname.
  if (analysis.place) return afterHos ? 'name' : undefined;
  if (words.isCompoundToken(token)) return undefined;
  // "ring hundreogtretten": a number said in words.
  if (numberWord.test(token.lower)) return undefined;
  if (roleEnding.test(token.lower) || occupationEnding.test(token.lower)) return undefined;
  if (isAcronymOrExamination(token.lower)) return undefined;
  return 'unknown';
}

/**
 * True when the sentence holding `index` opens with a lower-case word: dictation and
 * speech-to-text, where names lose their capitals. Written notes capitalise names, so a
 * lower-case word there is a word.
 */
function isInLowerCaseSentence(tokens: readonly Token[], index: number): boolean {
  for (let back = index; back >= 0; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined) return false;
    if (token.sentenceStart) return token.kind === 'word' && !token.capitalised && !token.allCaps;
  }
  return false;
}

/** True when the phrase ends after `index` (punctuation, end of text or a joining word). */
function endsSlot(tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index + 1);
  return next === undefined || next.kind === 'punct' || slotEnds.has(next.lower);
}

/**
 * Lower-case dictation names a person in the slot of a frame that only a person fills: after
 * "ring"/"kontakt" ("ring olu etter klokka fire"), "kopi til", "time hos", "svar fra" ("kopi til
 * ngugi på rus og psykiatri", "neste time hos sæbø"), a role and "er" ("fastlegen er amina sheikh
 * på grorud legekontor") and a verb of saying before "at" ("så sier liv at hun er sliten"). The
 * word must be a listed given name or surname, a foreign name that is no Norwegian word, or a word
 * no list knows, and the phrase must end right after the name (and a second name part), so
 * "ring legevakten", "kontakt fastlegen om svar" and "time hos tannlegen" stay words. Only in a
 * sentence that opens in lower case (dictation): "Kontroll hos kiropraktor" in a written note
 * stays a word.
 */
export function recognizeLowerContactNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || token.capitalised) continue;
    const slot = slotAt(tokens, index);
    if (slot === undefined || !isInLowerCaseSentence(tokens, index)) continue;
    const cue = tokenAt(tokens, index - 1);
    if (cue === undefined || !isSpaceBetween(text, cue.end, token.start)) continue;
    const afterHos = cue.lower === 'hos';
    const kind = nameKind(words, token, afterHos, slot === 'pair');
    if (kind === undefined) continue;
    // A second name part: "amina sheikh", a listed surname or a word no list knows.
    let last = index;
    const next = tokenAt(tokens, index + 1);
    if (
      next !== undefined &&
      isSpaceBetween(text, token.end, next.start) &&
      !slotEnds.has(next.lower) &&
      nameKind(words, next, false) !== undefined &&
      endsSlot(tokens, index + 1)
    )
      last = index + 1;
    if (!endsSlot(tokens, last)) continue;
    if (slot === 'say' && lowerAt(tokens, last + 1) !== 'at') continue;
    // A word no list knows is a name only after a call or a message; a role or a verb of saying
    // takes listed names alone.
    if (kind === 'unknown' && (slot === 'role' || slot === 'say')) continue;
    const end = tokenAt(tokens, last)?.end ?? token.end;
    out.push({ start: token.start, end, type: 'PERSON', confidence: 0.75 });
  }
}
