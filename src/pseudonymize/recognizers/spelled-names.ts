import { possessives, relations, subjectPronouns } from '../gazetteers/context-words.js';
import { getSharedLexicon } from '../lexicon.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';

/**
 * Words of a line on which a name is spelled letter by letter: the words for a name and for
 * being called ("etternavnet er h-e-l-g-e-s-e-n", "det staves ø-y-v-o-r", "han heter Tollef
 * Brække, b r æ k k e").
 */
const spellingCueWords = new Set([
  'navn',
  'navnet',
  'namn',
  'namnet',
  'fornavn',
  'fornavnet',
  'etternavn',
  'etternavnet',
  'etternamn',
  'etternamnet',
  'heter',
  'heiter',
]);

/**
 * Words of a line on which a spelled word is more likely an address, a place or an e-mail
 * address than a name: the run is left to those recognizers.
 */
const otherSpellingWords = new Set([
  'e-post',
  'epost',
  'e-posten',
  'eposten',
  'mail',
  'mailen',
  'e-postadresse',
  'e-postadressen',
  'adresse',
  'adressen',
  'adressa',
  'gate',
  'gata',
  'gaten',
  'vei',
  'veien',
  'veg',
  'vegen',
  'bor',
  'bur',
  'sted',
  'stedet',
  'stad',
  'staden',
  'plass',
  'plassen',
  'krøllalfa',
  'alfakrøll',
  'punktum',
  'dått',
  'at',
]);

/** Words for a person's own name: whoever "etternavnet" is, it is a person's. */
const personNameWords = new Set([
  'fornavn',
  'fornavnet',
  'fornamn',
  'fornamnet',
  'etternavn',
  'etternavnet',
  'etternamn',
  'etternamnet',
  'mellomnavn',
  'mellomnavnet',
]);

/** Words for a name that may be a thing's ("navnet på testen"). */
const nameWords = new Set(['navn', 'navnet', 'namn', 'namnet']);

/** Verbs of naming whose subject may be a thing ("diagnosen heter …"). */
const namingVerbs = new Set(['heter', 'heiter']);

/** Verbs of spelling a name: "stave navnet", "skrive navnet". */
const spellingVerbs = new Set(['stave', 'staver', 'stava', 'skrive', 'skriver']);

/** Passive verbs of spelling after a word for a name: "navnet staves …", "etternavnet skrives …". */
const spellingPassives = new Set(['staves', 'stavast', 'skrives', 'skrivast']);

/** Who a name belongs to besides pronouns and relatives: "navnet på pasienten". */
const personNouns: ReadonlySet<string> = new Set([
  ...relations,
  'pasienten',
  'pasienta',
  'legen',
  'fastlegen',
  'sykepleieren',
  'kontaktpersonen',
  'pårørende',
]);

/**
 * Whether the line's word for a name is a person's: "etternavnet", "navnet mitt", "stave navnet",
 * "navnet på pasienten", "jeg heter", "datteren min heter", "hva heter du". A name word whose
 * owner is a thing or unknown ("Diagnosen heter …", "Navnet på testen er …", "Hva heter
 * vitaminene?") is no evidence: what is spelled after it may be an abbreviation.
 */
function namesAPerson(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const word = lowerAt(tokens, index);
    if (personNameWords.has(word)) return true;
    const before = lowerAt(tokens, index - 1);
    const after = lowerAt(tokens, index + 1);
    if (nameWords.has(word)) {
      if (possessives.has(before) || possessives.has(after) || spellingVerbs.has(before))
        return true;
      // "navnet staves h-a-l-v-o-r-s-e-n": the name word as the subject of a spelling verb,
      // unless it is a thing's ("navnet på testen staves …", caught above by its owner).
      if (spellingPassives.has(after)) return true;
      if ((after === 'på' || after === 'til') && personNouns.has(lowerAt(tokens, index + 2)))
        return true;
    } else if (namingVerbs.has(word)) {
      // "jeg heter", "datteren heter", "sønnen min heter", "hva heter du".
      if (subjectPronouns.has(before) || personNouns.has(before) || subjectPronouns.has(after))
        return true;
      if (possessives.has(before) && personNouns.has(lowerAt(tokens, index - 2))) return true;
    }
  }
  return false;
}

/**
 * Whether spelled letters make a clinical abbreviation or term ("K-O-L-S", "M-M-S-E", "c, r, p")
 * that is not also a known name: such a run is the term, never a person.
 */
function spellsClinicalTerm(letters: string): boolean {
  const lexicon = getSharedLexicon();
  if (!lexicon.nonIdentifyingTerms.has(letters)) return false;
  return !(
    lexicon.surnames.has(letters) ||
    lexicon.femaleNames.has(letters) ||
    lexicon.maleNames.has(letters)
  );
}

/** Endings of clinical words the dictionary lacks: "enterokokk", "klebsiella", "candidiasis". */
const clinicalEnding =
  /(?:kokk|kokker|kokkus|coccus|cocci|bakter|bacter|ella|iasis|itt|ose|emi|mycin|cillin|floksacin|azol|prazol|sartan|statin|olol)$/u;

/**
 * Whether a spelled word, completed, is a clinical word rather than a name: a listed term or drug
 * ("klebsiella", "eliquis"), a word the dictionary knows that no name list holds, or a word with a
 * clinical ending ("enterokokk").
 */
function isClinicalWord(letters: string): boolean {
  const lexicon = getSharedLexicon();
  if (lexicon.nonIdentifyingTerms.has(letters)) return true;
  if (isListedName(letters, true)) return false;
  return (
    clinicalEnding.test(letters) || lexicon.isCommonWord(letters) || lexicon.isCompoundWord(letters)
  );
}

/** Words said between spelled groups that belong to the name ("d-e, mellomrom, l-a-n-g-e"). */
const spelledJoiners = new Set(['mellomrom', 'bindestrek', 'apostrof']);

/** One letter, or letters joined by hyphens: "h-e-l-g-e-s-e-n". */
const spelledWord = /^\p{L}(?:-\p{L})*$/u;

/**
 * A spelled run holds a hyphen or a comma and no sentence end: letters separated by spaces alone
 * ("b r æ k k e") are too often something else in transcribed speech.
 */
const spelledRun = /^[^\n.!?]*[-,][^\n.!?]*$/u;

/** Separators between spelled letters: a comma or a hyphen. */
const spelledSeparators = new Set([',', '-']);

/**
 * Letters that are words of their own in speech ("æ e i byn", "å", "o"): a run needs two other
 * letters, so dialect speech written word by word is no spelled name.
 */
const letterWords = new Set(['a', 'e', 'i', 'o', 'å', 'æ', 'ø']);

/** The number of letters a spelled unit holds, 0 when `token` is not one. */
function spelledLetters(token: Token): number {
  if (token.kind !== 'word' || !spelledWord.test(token.text)) return 0;
  return (token.text.length + 1) / 2;
}

/** The letters of a spelled unit that are not words of their own. */
function countOtherLetters(unit: string): number {
  let count = 0;
  for (const letter of unit) if (letter !== '-' && !letterWords.has(letter)) count++;
  return count;
}

/**
 * A name spelled letter by letter on a line that speaks of a name (and not of an address, a place
 * or an e-mail address, which are spelled the same way): single letters
 * separated by commas or hyphens ("s, o, l, h, e, i, m", "ø-y-v-o-r"),
 * with "mellomrom" or "bindestrek" said between groups, at least four letters in all (a list of
 * options "a, b og c" has fewer and is joined by "og"). The run is one PERSON.
 */
export function recognizeSpelledNames(
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  if (!tokens.some((token) => spellingCueWords.has(token.lower))) return;
  if (tokens.some((token) => otherSpellingWords.has(token.lower))) return;
  if (!namesAPerson(tokens)) return;
  let index = 0;
  while (index < tokens.length) {
    const run = spelledRunAt(tokens, index);
    if (run === undefined) {
      index++;
      continue;
    }
    if (
      run.letters >= 4 &&
      run.others >= 2 &&
      spelledRun.test(text.slice(run.first.start, run.last.end)) &&
      !spellsClinicalTerm(run.spelled)
    )
      out.push({ start: run.first.start, end: run.last.end, type: 'PERSON', confidence: 0.85 });
    index = run.cursor;
  }
}

/** Letters spelled one by one from one token on: what they spell and where the run ends. */
interface SpelledRun {
  readonly first: Token;
  readonly last: Token;
  /** How many letters, and how many of them are no word of their own ("æ", "i"). */
  readonly letters: number;
  readonly others: number;
  /** The letters joined, lower case. */
  readonly spelled: string;
  /** The index of the first token after the run. */
  readonly cursor: number;
}

/**
 * The run of spelled units that starts at `index` ("k, o, w, a", "G-E-B-R-E, mellomrom, …"):
 * units joined by commas, hyphens or a word said between groups. Undefined when no unit starts
 * there.
 */
function spelledRunAt(tokens: readonly Token[], index: number): SpelledRun | undefined {
  const first = tokenAt(tokens, index);
  if (first === undefined || spelledLetters(first) === 0) return undefined;
  let letters = spelledLetters(first);
  let others = countOtherLetters(first.lower);
  let spelled = first.lower.replaceAll('-', '');
  let last = first;
  let cursor = index + 1;
  for (;;) {
    const token = tokenAt(tokens, cursor);
    if (token === undefined) break;
    const count = spelledLetters(token);
    if (count > 0) {
      letters += count;
      last = token;
      others += countOtherLetters(token.lower);
      spelled += token.lower.replaceAll('-', '');
    } else if (
      !(token.kind === 'punct' && spelledSeparators.has(token.text)) &&
      !spelledJoiners.has(token.lower)
    )
      break;
    cursor++;
  }
  return { first, last, letters, others, spelled, cursor };
}

/**
 * A name spelled letter by letter where the line says the name itself, even without a word for a
 * name (the question came in the turn before): "K, o, w, a, l, c, z, y, k. Kowalczyk.", and a
 * name spelled in part and said for the rest ("Gebremedhin, G-E-B-R-E, medhin": the rest joins
 * the spelled part). Four letters or more, two of them no word of their own.
 */
export function recognizeSpelledWordsOfLine(
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  // Checked once per line, so a line of many spelled runs stays linear.
  let lineWords: ReadonlySet<string> | undefined;
  const isWordOfLine = (lower: string): boolean => {
    lineWords ??= new Set(
      tokens.filter((token) => token.kind === 'word').map((token) => token.lower),
    );
    return lineWords.has(lower);
  };
  let index = 0;
  while (index < tokens.length) {
    const run = spelledRunAt(tokens, index);
    if (run === undefined) {
      index++;
      continue;
    }
    index = run.cursor;
    if (run.letters < 4 || run.others < 2 || spellsClinicalTerm(run.spelled)) continue;
    if (!spelledRun.test(text.slice(run.first.start, run.last.end))) continue;
    // The run's own token is never its letters joined: a word of the line that is, is another.
    if (isWordOfLine(run.spelled)) {
      if (isClinicalWord(run.spelled)) continue;
      out.push({ start: run.first.start, end: run.last.end, type: 'PERSON', confidence: 0.85 });
      continue;
    }
    // "G-E-B-R-E, medhin": the word after the letters completes a longer word of the line.
    const separator = tokenAt(tokens, run.cursor);
    const restIndex = separator?.text === ',' ? run.cursor + 1 : run.cursor;
    const rest = tokenAt(tokens, restIndex);
    if (
      rest?.kind === 'word' &&
      rest.text.length >= 2 &&
      isWordOfLine(run.spelled + rest.lower) &&
      !isClinicalWord(run.spelled + rest.lower)
    ) {
      out.push({ start: run.first.start, end: rest.end, type: 'PERSON', confidence: 0.85 });
      index = restIndex + 1;
    }
  }
}

/** Lines `recognizeSpelledNames` runs on: every match needs a word for a name. */
export const spelledNameCue = lineCue(spellingCueWords);

/** Verbs of spelling: a line that holds one spells something letter by letter. */
const spellingVerbWords = new Set([
  'stave',
  'staves',
  'staver',
  'stavet',
  'stava',
  'stavast',
  'bokstaverer',
  'bokstavere',
]);

/** Lines `recognizeSpacedSpelledNames` runs on: every match needs a verb of spelling. */
export const spacedSpelledNameCue = lineCue(spellingVerbWords);

/** Whether `letters` (lower case, joined) is a given name or, where `surnames`, a surname. */
function isListedName(letters: string, surnames: boolean): boolean {
  const lexicon = getSharedLexicon();
  return (
    lexicon.femaleNames.has(letters) ||
    lexicon.maleNames.has(letters) ||
    (surnames && lexicon.surnames.has(letters))
  );
}

/** Whether `letters` follow each other in the alphabet: "abcde", a list or a mnemonic. */
function isAlphabetRun(letters: string): boolean {
  for (let index = 1; index < letters.length; index++)
    if (letters.charCodeAt(index) !== letters.charCodeAt(index - 1) + 1) return false;
  return true;
}

/** Whether another word of the line is `letters` itself ("Solveig, S-O-L-V-E-I-G"). */
function repeatsWordOfLine(tokens: readonly Token[], skip: Token, letters: string): boolean {
  for (const token of tokens)
    if (token !== skip && token.kind === 'word' && token.lower === letters) return true;
  return false;
}

/**
 * A name spelled in one hyphenated token without a word for a name on the line, where the letters
 * themselves are the evidence: they repeat a word of the line ("det er Solveig, S-O-L-V-E-I-G",
 * "Arne Mo, M-O"), or they spell a listed given name in capitals or one that is no dictionary
 * word ("pasient: Å-S-H-I-L-D", "L-I-V"). A clinical abbreviation ("K-O-L-S", "A-B-C") is none
 * of these.
 */
export function recognizeSpelledKnownNames(tokens: readonly Token[], out: Candidate[]): void {
  for (const token of tokens) {
    // One character probe before the pattern: most tokens hold no hyphen after their first letter.
    if (token.kind !== 'word' || token.text.length < 3 || token.text.charCodeAt(1) !== 45) continue;
    if (!spelledWord.test(token.text)) continue;
    const letters = token.lower.replaceAll('-', '');
    if (spellsClinicalTerm(letters)) continue;
    const capitals = token.text === token.text.toUpperCase();
    const repeated = repeatsWordOfLine(tokens, token, letters);
    const listed =
      letters.length >= 3 &&
      isListedName(letters, false) &&
      (capitals || !getSharedLexicon().isCommonWord(letters));
    // "T-E-S-F-A-M-A-R-I-A-M": six or more capitals spelled out that make no word, and no run of
    // the alphabet ("A-B-C-D-E-F"), are a name (or another identifier) spelled for the record.
    const spelledInCapitals =
      capitals &&
      letters.length >= 6 &&
      !isAlphabetRun(letters) &&
      !getSharedLexicon().isDictionaryEntry(letters) &&
      !isClinicalWord(letters);
    if (repeated || listed || spelledInCapitals)
      out.push({ start: token.start, end: token.end, type: 'PERSON', confidence: 0.85 });
  }
}

/**
 * Letters said one by one and separated by spaces alone ("det staves t v e i t", "kan du stave
 * fornavnet? k a r i"), on a line with a verb of spelling: the letters must spell a listed given
 * name or surname, or repeat a word of the line. Spaced letters are too often something else to
 * stand on the frame alone.
 */
export function recognizeSpacedSpelledNames(tokens: readonly Token[], out: Candidate[]): void {
  if (tokens.some((token) => otherSpellingWords.has(token.lower))) return;
  let index = 0;
  while (index < tokens.length) {
    const first = tokenAt(tokens, index);
    if (first?.kind !== 'word' || first.text.length !== 1) {
      index++;
      continue;
    }
    let spelled = first.lower;
    let last = first;
    let cursor = index + 1;
    for (;;) {
      const token = tokenAt(tokens, cursor);
      if (token?.kind !== 'word' || token.text.length !== 1 || token.start !== last.end + 1) break;
      spelled += token.lower;
      last = token;
      cursor++;
    }
    if (
      spelled.length >= 3 &&
      !spellsClinicalTerm(spelled) &&
      (repeatsWordOfLine(tokens, first, spelled) ||
        (isListedName(spelled, true) && namesAPerson(tokens)))
    )
      out.push({ start: first.start, end: last.end, type: 'PERSON', confidence: 0.85 });
    index = cursor;
  }
}
