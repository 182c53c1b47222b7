import { lowerAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { nameBesideCue, type CueSlot } from './name-beside-cue.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Participles of what one person does for another: "hentet av", "kjørt hit av", "fulgt av". */
const helpingParticiples = new Set([
  'hentet',
  'henta',
  'henten',
  'kjørt',
  'køyrd',
  'køyrt',
  'fulgt',
  'følgt',
  'hjulpet',
  'hjelpt',
  'besøkt',
  'passet',
  'passa',
  'stelt',
  'funnet',
  'funne',
  'vekket',
  'vekt',
]);

/** Adverbs of place between the participle and "av": "kjørt hit av …". */
const placeAdverbs = new Set(['hit', 'hjem', 'heim', 'dit', 'ned', 'opp', 'inn', 'ut']);

/** The person who did it: a word of three letters or more right after "av". */
const afterAv: CueSlot = { cueSide: 'before', minLength: 3 };

/**
 * "han blir hentet av wanjiru", "jeg ble kjørt hit av emeka": after a participle of what one
 * person does for another and "av", a given name from the Norwegian or the international list
 * that is no dictionary word is the person who did it. "undersøkt av lege", "hentet av
 * drosje" are ordinary words; the international list is used only in this frame.
 */
export function recognizePassiveAgentNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    if (lowerAt(tokens, index - 1) !== 'av') continue;
    let back = index - 2;
    if (placeAdverbs.has(lowerAt(tokens, back))) back--;
    if (!helpingParticiples.has(lowerAt(tokens, back))) continue;
    const name = nameBesideCue(text, tokens, index, afterAv);
    if (name === undefined) continue;
    const analysis = words.analyseToken(name);
    if (!(analysis.firstName || analysis.international)) continue;
    if (analysis.common || analysis.entry || analysis.place || analysis.nonIdentifying) continue;
    if (analysis.term || analysis.region) continue;
    out.push({ start: name.start, end: name.end, type: 'PERSON', confidence: 0.82 });
  }
}

/** Lines `recognizePassiveAgentNames` can match: every match needs a helping participle on the line. */
export const passiveAgentNameCue = lineCue(helpingParticiples);
