import { neverNames } from '../gazetteers/context-words.js';
import { personTitles as titles } from '../gazetteers/person-titles.js';
import type { Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

/**
 * Name parts already known to belong to a person in this consultation (the vault's, and those of
 * confidently detected names in this text): every capitalised occurrence, and its genitive,
 * is that person even when it is also an ordinary word ("Tone", "Haug"). A lower-case occurrence
 * (speech-to-text: "eirik") counts only when the word is no dictionary entry (`isWord`), so
 * "en høy tone" stays.
 */
export function recognizeKnownNameParts(
  tokens: readonly Token[],
  isNamePart: (lower: string) => boolean,
  covered: (token: Token) => boolean,
  isWord: (lower: string) => boolean = () => true,
): Candidate[] {
  const out: Candidate[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'word' || token.text.length < 2 || covered(token)) continue;
    if (!token.capitalised && (token.allCaps || token.text.length < 3)) continue;
    const lower = token.lower;
    const base = isNamePart(lower)
      ? lower
      : lower.length > 3 && lower.endsWith('s') && isNamePart(lower.slice(0, -1))
        ? lower.slice(0, -1)
        : undefined;
    if (base === undefined || neverNames.has(base) || titles.has(base)) continue;
    // Only now, for the few tokens that are name parts: a dictionary lookup per token is costly.
    if (
      !token.capitalised &&
      !isQuestionSubject(tokens, index) &&
      !followsNameMarker(tokens, index) &&
      isWord(token.lower)
    )
      continue;
    out.push({
      start: token.start,
      end: token.end,
      type: 'PERSON',
      subtype: 'consultation-name',
      confidence: 0.9,
    });
  }
  return out;
}

/** Perfect and modal auxiliaries that open a yes/no question: "Har bjørn …", "Skal tone …". */
const questionAuxiliaries = new Set([
  'har',
  'hadde',
  'kan',
  'kunne',
  'skal',
  'skulle',
  'vil',
  'ville',
  'må',
  'måtte',
  'bør',
  'burde',
]);

/**
 * True when the token at `index` stands right after an auxiliary that opens the clause and before
 * another word: "Har bjørn fortalt deg …?". There an ordinary noun would need an article ("Har en
 * bjørn vært …"), so a known name part in lower case (speech-to-text) is the person.
 */
function isQuestionSubject(tokens: readonly Token[], index: number): boolean {
  const auxiliary = tokens[index - 1];
  const next = tokens[index + 1];
  if (auxiliary?.kind !== 'word' || next?.kind !== 'word') return false;
  if (!questionAuxiliaries.has(auxiliary.lower)) return false;
  const before = tokens[index - 2];
  return auxiliary.sentenceStart || before === undefined || before.kind === 'punct';
}

/** Dialect pronouns said before a person's name: "hu sol", "ho kari", "han tor". */
const namePronouns = new Set(['ho', 'hu', 'han']);

/**
 * Words that follow a verb, not a name, after a dialect pronoun: "han finn ikkje medisinane",
 * "han tor ikkje gå ut", "han sol seg". Negations, adverbs, the reflexive, object pronouns,
 * particles and the infinitive marker.
 */
const afterVerbWords: ReadonlySet<string> = new Set([
  'seg',
  'sæ',
  'ikkje',
  'ikke',
  'ikkj',
  'itj',
  'ittj',
  'itte',
  'inkje',
  'ente',
  'aldri',
  'alltid',
  'ofte',
  'sjelden',
  'sjeldan',
  'nok',
  'no',
  'nå',
  'også',
  'osså',
  'åsså',
  'au',
  'heller',
  'bare',
  'berre',
  'godt',
  'bra',
  'dårlig',
  'dårleg',
  'mye',
  'mykje',
  'lite',
  'litt',
  'å',
  'det',
  'den',
  'dei',
  'de',
  'meg',
  'deg',
  'oss',
  'dem',
  'ut',
  'inn',
  'opp',
  'ned',
  'fram',
  'frem',
  'på',
  'til',
  'med',
  'i',
]);

/** Greetings a name follows: "hilsen sol", "hilsen fra sol", "helsing frå liv". */
const greetingWords = new Set(['hilsen', 'helsing', 'mvh']);

/**
 * True when the token at `index` stands where only a name goes: after a dialect pronoun ("det e
 * hu sol", not "han sol seg" nor "han finn ikkje …": no word that follows a verb after it) or a
 * greeting ("hilsen fra sol"). There a name part this
 * consultation already gave a person is that person, in lower case and even when it is a word.
 */
function followsNameMarker(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (before?.kind !== 'word') return false;
  if (namePronouns.has(before.lower)) {
    const next = tokens[index + 1];
    return next?.kind !== 'word' || !afterVerbWords.has(next.lower);
  }
  if (greetingWords.has(before.lower)) return true;
  const greeting = tokens[index - 2];
  return (
    (before.lower === 'fra' || before.lower === 'frå') &&
    greeting?.kind === 'word' &&
    greetingWords.has(greeting.lower)
  );
}
