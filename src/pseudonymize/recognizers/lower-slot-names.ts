import { neverNames, occupationEnding, relations } from '../gazetteers/context-words.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { petNameShape } from './bracket-nicknames.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Words after the name that end a person's slot: "hos aigerim i går", "med dmitrij på lageret". */
const slotEnds = new Set(['og', 'i', 'på', 'hele', 'som', 'da', 'nå', 'no', 'etter', 'for', 'om']);

/**
 * "jeg var hos aigerim i går", "æ bor sammen med dzenana og ungan": in lower-case speech, a word
 * right after "hos" or "sammen med" that the lexicon knows in no way (no dictionary word, not
 * even inflected or compound, no place, term or region) is the person one is with. Only letters,
 * four or more, and the slot must end after it (punctuation, the end, or "og", "i", "på" …).
 */
export function recognizeLowerSlotNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const previous = lowerAt(tokens, index - 1);
    if (previous !== 'hos' && !(previous === 'med' && lowerAt(tokens, index - 2) === 'sammen'))
      continue;
    const token = tokenAt(tokens, index);
    if (token === undefined || !isUnknownLowerWord(words, token)) continue;
    const next = tokenAt(tokens, index + 1);
    if (next !== undefined && next.kind !== 'punct' && !slotEnds.has(next.lower)) continue;
    if (next?.text === '-' || next?.text === '/') continue;
    if (text.charAt(token.end) === '-') continue;
    out.push({ start: token.start, end: token.end, type: 'PERSON', confidence: 0.7 });
    // "hos nokuthula og sipho hele helgen": a second name joined by "og" shares the slot.
    const partner = tokenAt(tokens, index + 2);
    if (next?.lower !== 'og' || partner === undefined || !isPartnerName(words, partner)) continue;
    const after = tokenAt(tokens, index + 3);
    if (after !== undefined && after.kind !== 'punct' && !slotEnds.has(after.lower)) continue;
    if (text.charAt(partner.end) === '-') continue;
    out.push({ start: partner.start, end: partner.end, type: 'PERSON', confidence: 0.7 });
  }
}

/** The second name of "hos aigerim og sipho": unlisted, or in the name lists and no word. */
function isPartnerName(words: TokenAnalysis, token: Token): boolean {
  if (isUnknownLowerWord(words, token)) return true;
  if (token.kind !== 'word' || token.text !== token.lower || !/^\p{Ll}{3,}$/u.test(token.text))
    return false;
  if (neverNames.has(token.lower) || relations.has(token.lower)) return false;
  const analysis = words.analyseToken(token);
  if (analysis.common || analysis.entry || analysis.place || analysis.term) return false;
  return analysis.international || analysis.firstName;
}

/**
 * Endings of Norwegian inflected nouns, verbs and derivations ("samboeren", "beboere", "onkolog",
 * "naprapat", "blodprøvan", "pårørende"): the dictionary misses some such words, so an unknown
 * word with one is no name.
 */
const wordEnding =
  /(?:en|et|ene|er|ere|ers|an|ing|inga|het|else|sjon|log|loge|ist|ør|ar|ane|ande|ende|te|s|at|ent|lege)$/u;

/**
 * A lower-case word of four letters or more that the name lists hold and no other list knows:
 * "aigerim", "dzenana".
 */
function isUnknownLowerWord(words: TokenAnalysis, token: Token): boolean {
  if (token.kind !== 'word' || token.text !== token.lower) return false;
  if (!/^\p{Ll}{4,}$/u.test(token.text) || neverNames.has(token.lower)) return false;
  if (relations.has(token.lower) || personTitles.has(token.lower)) return false;
  if (occupationEnding.test(token.lower) || wordEnding.test(token.lower)) return false;
  const analysis = words.analyseToken(token);
  if (analysis.common || analysis.entry || analysis.place || analysis.region) return false;
  if (analysis.term || analysis.compoundTerm || analysis.nonIdentifying) return false;
  const lexicon = words.lexicon;
  if (lexicon.institutionHeadWords.has(token.lower)) return false;
  if (lexicon.institutionLeadWords.has(token.lower)) return false;
  if (words.isCompoundToken(token)) return false;
  // "samboern", "kjærst": a relation or dictionary word with a letter or two added or cut.
  if (isClippedOrExtendedWord(lexicon, token.lower)) return false;
  if (analysis.firstName || analysis.surname || analysis.international) return true;
  // Unknown to the lexicon is not enough: drug brands ("augmentin", "gaviscon"), clipped
  // specialties ("gastro", "kiro") and dialect words ("moffe", "kjærst") are unknown too.
  return hasNameShape(lexicon, token.lower);
}

/** Letters and endings of drug brands the lexicon lacks: "bactrim", "thyrax", "sifrol", "isoptin". */
const drugShape = /[cqxy]|(?:in|ol|il|al|ex|on|yl)$/u;
/** Tails that complete a clipped specialty or drug: "kardio" + "log", "kiro" + "praktor". */
const clippedTails = [
  'log',
  'logi',
  'skopi',
  'praktor',
  'ilitering',
  'glyserin',
  'terapi',
  'terapeut',
];

/**
 * An unlisted word that still reads as a name: no drug-brand shape, no dialect pet word for a
 * parent ("moffe", "faffa": the pet-name shape) and no clipped word ("gastro" of "gastroskopi").
 */
function hasNameShape(lexicon: TokenAnalysis['lexicon'], lower: string): boolean {
  if (drugShape.test(lower) || petNameShape.test(lower)) return false;
  return !clippedTails.some((tail) => lexicon.isCommonWord(lower + tail));
}

/** True when `lower` less its last one or two letters is a relation or a dictionary word. */
function isClippedOrExtendedWord(lexicon: TokenAnalysis['lexicon'], lower: string): boolean {
  for (let cut = 1; cut <= 2; cut++) {
    const stem = lower.slice(0, -cut);
    if (stem.length < 4) continue;
    if (relations.has(stem) || lexicon.isCommonWord(stem)) return true;
  }
  return false;
}
