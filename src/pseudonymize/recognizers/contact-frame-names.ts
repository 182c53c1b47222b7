import { neverNames } from '../gazetteers/context-words.js';
import { personTitles } from '../gazetteers/person-titles.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { nameBesideCue, type CueSlot } from './name-beside-cue.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Verbs of writing and saying before "til": one writes or says something to a person. */
const toPersonVerbs = new Set([
  'skrev',
  'skreiv',
  'skrevet',
  'skrive',
  'skriver',
  'skriv',
  'sa',
  'sagt',
  'svarte',
  'fortalte',
  'forklarte',
  'ringte',
  'ringde',
  'ringer',
  'ringt',
]);

/** Messages: "melding til", "beskjed fra", "sms frå". */
const messageNouns = new Set([
  'melding',
  'meldinga',
  'meldingen',
  'beskjed',
  'sms',
  'sms-en',
  'e-post',
  'epost',
  'mail',
  'brev',
  'hilsen',
  'helsing',
  'oppringning',
  'anrop',
]);

/** Words before "med" whose partner is a person: "avtale med", "snakket med", "møte med". */
const meetingWords = new Set([
  'avtale',
  'kontakt',
  'møte',
  'samtale',
  'telefonmøte',
  'snakket',
  'snakka',
  'snakker',
  'snakkar',
  'pratet',
  'prata',
  'prater',
  'avtalt',
  'drøftet',
  'drøfta',
]);

/** Direct objects of calling: "Ringte Yodit, ingen svar." */
const callVerbs = new Set(['ringte', 'ringde', 'ringer']);

/** Words after the name that end the person's slot: "skrev til Vilje at …". */
const slotEnds = new Set([
  'at',
  'om',
  'og',
  'i',
  'igjen',
  'etterpå',
  'som',
  'for',
  'da',
  'no',
  'nå',
]);

/** The person of a contact frame: a word of three letters or more right after the frame's last word. */
const afterFrame: CueSlot = { cueSide: 'before', minLength: 3 };

/** True when the words before `index` make it the person of a contact frame. */
function isContactSlot(tokens: readonly Token[], index: number): boolean {
  const previous = lowerAt(tokens, index - 1);
  const before = lowerAt(tokens, index - 2);
  if (previous === 'til') return toPersonVerbs.has(before) || messageNouns.has(before);
  if (previous === 'fra' || previous === 'frå') return messageNouns.has(before);
  if (previous === 'med') return meetingWords.has(before);
  return callVerbs.has(previous);
}

/** True when the phrase ends after the name (punctuation, end of text or a joining word). */
function endsSlot(tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index + 1);
  return next === undefined || next.kind === 'punct' || slotEnds.has(next.lower);
}

/**
 * "Han skrev til Vilje at …", "Fikk melding fra Yodit", "har avtale med Storm om henting",
 * "Ringte Abebech, ingen svar": a capitalised word in the middle of a sentence, right where a
 * verb of writing, saying or calling or a message puts its person, is that person — a name no
 * list knows, or a name that is also a plain noun ("Vilje", "Storm"). Places, institutions,
 * terms and inflected or compound words in the slot are left to the other rules.
 */
export function recognizeContactFrameNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const token = nameBesideCue(text, tokens, index, afterFrame);
    if (token === undefined || !token.capitalised || token.sentenceStart) continue;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(token.text)) continue;
    if (!isContactSlot(tokens, index)) continue;
    if (neverNames.has(token.lower) || personTitles.has(token.lower)) continue;
    const analysis = words.analyseToken(token);
    if (analysis.place || analysis.region || analysis.nonIdentifying || analysis.term) continue;
    if (analysis.firstName || analysis.surname || analysis.international) continue;
    const lexicon = words.lexicon;
    if (lexicon.institutionHeadWords.has(token.lower)) continue;
    if (lexicon.institutionLeadWords.has(token.lower)) continue;
    if (words.isCompoundToken(token)) continue;
    // A plain noun only as its dictionary form and where the slot ends: "skrev til Vilje at".
    const unknown = !analysis.common && !analysis.entry;
    if (!unknown && !(analysis.entry && endsSlot(tokens, index))) continue;
    out.push({ start: token.start, end: token.end, type: 'PERSON', confidence: 0.8 });
  }
}
