import { neverNames, relations } from '../gazetteers/context-words.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * Role labels of notes and forms that are no title or relation word, written before a colon and
 * the person's name: "Tolk: …", "Pårørende: …", "Elev: …".
 */
const roleLabels: ReadonlySet<string> = new Set([
  'tolk',
  'pårørende',
  'pårørande',
  'pasient',
  'pasienten',
  'bruker',
  'brukar',
  'elev',
  'eleven',
  'innsatt',
  'søker',
  'søkar',
  'mor',
  'far',
  'barnet',
  'barn',
  'ektefelle',
  'samboer',
  'sambuar',
  'vikar',
  'vaktleder',
  'kontakt',
  'kontaktperson',
  'kontaktlærer',
  'saksbehandler',
  'henvisende',
  'ansvarlig',
  'behandler',
  'primærkontakt',
  'verge',
  'hjelpeverge',
  'fullmektig',
]);

/** Languages an interpreter's label is followed by that no word list holds: "Tolk: Tigrinja". */
const languageNames: ReadonlySet<string> = new Set([
  'tigrinja',
  'tigrinya',
  'dari',
  'farsi',
  'pashto',
  'pashtu',
  'urdu',
  'kurmanji',
  'sorani',
  'badini',
  'swahili',
  'oromo',
  'oromiffa',
  'amharic',
  'somali',
  'lingala',
  'wolof',
  'hausa',
  'yoruba',
  'igbo',
  'tagalog',
  'karen',
  'burmesisk',
  'mongolsk',
  'tsjetsjensk',
  'bengali',
  'punjabi',
  'hindi',
  'tamil',
]);

/** True for a label word before the colon: a role, a title ("Fastlege:") or a relation ("Datter:"). */
function isLabel(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  return roleLabels.has(token.lower) || personTitles.has(token.lower) || relations.has(token.lower);
}

/**
 * A word no dictionary, place or term list knows, capitalised: a name part ("Bolormaa", "Tsend",
 * "Abrehet"). Ordinary words ("Ingen", "Frisk"), languages, drugs and places stay out.
 */
function isUnknownNamePart(words: TokenAnalysis, token: Token | undefined): token is Token {
  if (token?.kind !== 'word' || !token.capitalised || token.allCaps || token.text.length < 3)
    return false;
  if (neverNames.has(token.lower) || languageNames.has(token.lower)) return false;
  if (!words.isChainPart(token)) return false;
  // Listed given names that are words too ("Per", "Vår", "Storm") are left to the name rules.
  const analysis = words.analyseToken(token);
  return !analysis.common && !analysis.entry;
}

/** Speaker labels of transcripts: a one-word reply after them is speech, not a name. */
const speakerLabels: ReadonlySet<string> = new Set([
  'pasient',
  'pasienten',
  'lege',
  'legen',
  'sykepleier',
  'mor',
  'far',
  'barn',
  'barnet',
]);

/** Marks that close a name after a label: end of line or text, ",", "(", ";", "/" or a full stop. */
function isNameEnd(text: string, end: number): boolean {
  const rest = /^[ \t]*(.)?/u.exec(text.slice(end, end + 8))?.[1];
  return rest === undefined || rest === '\n' || rest === '\r' || /[,(;/.]/u.test(rest);
}

/**
 * "Henvisende lege: Bolormaa Tsend", "Tolk: Abrehet.", "Pårørende: Tõnis Saar": after a person
 * label and its colon on the same line, one to three capitalised words that no word list knows are
 * the person named, even when no list knows the name, when the name ends the phrase (a line end,
 * a comma, a bracket or a full stop follows). After a transcript's speaker label ("Pasient:") one
 * word alone is taken as a reply, not a name. A known name after a label is found by the
 * name recognizers already; this rule is for names of origins the gazetteers do not hold.
 */
export function recognizeLabelColonNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (tokenAt(tokens, index)?.text !== ':' || !isLabel(tokenAt(tokens, index - 1))) continue;
    const colon = tokenAt(tokens, index);
    const first = tokenAt(tokens, index + 1);
    if (colon === undefined || !isUnknownNamePart(words, first)) continue;
    if (!isSpaceBetween(text, colon.end, first.start)) continue;
    let last = first;
    for (let next = index + 2; next < index + 4; next++) {
      const token = tokenAt(tokens, next);
      if (!isUnknownNamePart(words, token) || !isSpaceBetween(text, last.end, token.start)) break;
      last = token;
    }
    if (!isNameEnd(text, last.end)) continue;
    if (last === first && speakerLabels.has(tokenAt(tokens, index - 1)?.lower ?? '')) continue;
    out.push({ start: first.start, end: last.end, type: 'PERSON', confidence: 0.8 });
  }
}
