import { parseCardinalWord } from '../../language/index.js';
import { neverNames } from '../gazetteers/context-words.js';
import { isSpaceBetween, textAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Units of an age written right after a name: "Dag 45 år", "Ask 18 mnd". */
const ageUnits = /^(?:år|mnd|måneder|månader)$/u;

/** Words after the unit that make the number a time span, not an age: "Dag 2 år etter …". */
const spanWords =
  /^(?:siden|sidan|etter|før|tidligere|tidlegare|senere|seinare|til|fram|frem|eldre|yngre|av|i|på|med|per)$/u;

/** Given names that are also prepositions or adverbs in such a frame ("Per 3 år …"). */
const notNamesHere = new Set(['per', 'om', 'pr']);

/**
 * Given names the lists leave out because they are also a verb ("bo", to live): only this frame,
 * a name directly followed by an age, makes them a person ("Bo 67 år, kommer med …").
 */
const verbGivenNames = new Set(['bo']);

/**
 * "Dag 45 år, kommer med ryggsmerter", "Sol 7 år har hatt vondt i øret": at a sentence start, a
 * capitalised given name directly followed by an age ("45 år", "18 mnd") is the person the note is
 * about, also when the name is an ordinary word (Dag, Sol, Ask, Bo, Lin). A span of time after the
 * unit ("Dag 2 år etter operasjonen") and a word no given-name list knows stay alone.
 */
export function recognizeAgeAppositionNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const name = tokens[index];
    if (name === undefined || name.kind !== 'word' || !name.sentenceStart) continue;
    if (!name.capitalised || name.allCaps || name.text.length < 2) continue;
    if (recognizeChildOnAge(words, text, tokens, index, out)) continue;
    // "Bo, 67 år, kommer med …": a comma may stand between the name and its age.
    const comma = textAt(tokens, index + 1) === ',' ? 1 : 0;
    const number = tokenAt(tokens, index + 1 + comma);
    const unit = tokenAt(tokens, index + 2 + comma);
    if (number === undefined || unit === undefined || !ageUnits.test(unit.lower)) continue;
    const value =
      number.kind === 'number' && /^\d{1,3}$/u.test(number.text)
        ? Number(number.text)
        : parseCardinalWord(number.lower);
    if (value === undefined || value < 1 || value > 120) continue;
    if (comma === 0 && !isSpaceBetween(text, name.end, number.start)) continue;
    if (!isSpaceBetween(text, number.end, unit.start)) continue;
    const after = tokenAt(tokens, index + 3 + comma);
    if (after !== undefined && spanWords.test(after.lower)) continue;
    if (notNamesHere.has(name.lower) || neverNames.has(name.lower)) continue;
    if (!words.analyseToken(name).firstName && !verbGivenNames.has(name.lower)) continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.75 });
  }
}

/** Verbs that follow "<name> på <age>" when the child is the subject: "Lin på fire har utslett". */
const childVerbs =
  /^(?:har|hadde|er|var|fikk|fekk|ble|blei|vart|kom|kjem|falt|datt|hostar|hoster)$/u;

/**
 * "Lin på fire har utslett på armene": at a sentence start, a given name, "på", a child's age
 * (1–17, digits or a word) and a finite verb are the child and its age; pushes both.
 */
function recognizeChildOnAge(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  out: Candidate[],
): boolean {
  const name = tokens[index];
  const on = tokenAt(tokens, index + 1);
  const number = tokenAt(tokens, index + 2);
  const verb = tokenAt(tokens, index + 3);
  if (name === undefined || on?.lower !== 'på' || number === undefined || verb === undefined)
    return false;
  if (!childVerbs.test(verb.lower)) return false;
  const value =
    number.kind === 'number' && /^\d{1,2}$/u.test(number.text)
      ? Number(number.text)
      : parseCardinalWord(number.lower);
  if (value === undefined || value < 1 || value > 17) return false;
  if (!isSpaceBetween(text, name.end, on.start) || !isSpaceBetween(text, number.end, verb.start))
    return false;
  if (notNamesHere.has(name.lower) || neverNames.has(name.lower)) return false;
  if (!words.analyseToken(name).firstName) return false;
  out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.75 });
  out.push({ start: number.start, end: number.end, type: 'AGE', confidence: 0.8 });
  return true;
}
