import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { nameBesideCue, type CueSlot } from './name-beside-cue.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Definite and plural endings: "besøk hos naboen", "hos svigerforeldrene" are no names. */
const definiteOrPluralEnding = /(?:en|et|ene|ane|ne|na)$/u;

/** The host: any word right after "hos" (its letters are tested below). */
const afterHos: CueSlot = { cueSide: 'before', minLength: 1 };

/**
 * "vi var på besøk hos giorgos og familien hans": right after "besøk hos", a word no list knows
 * (no dictionary word, name list entry, place, term or compound of ordinary words) is the host, a
 * person. Listed names in the same slot are found by the person frames already.
 */
export function recognizeVisitHostNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    if (lowerAt(tokens, index - 1) !== 'hos' || lowerAt(tokens, index - 2) !== 'besøk') continue;
    const host = nameBesideCue(text, tokens, index, afterHos);
    if (host === undefined) continue;
    if (!/^\p{L}{4,}$/u.test(host.text) || nynorskFunctionWords.has(host.lower)) continue;
    if (definiteOrPluralEnding.test(host.lower) || words.isCompound(host.lower)) continue;
    const analysis = words.analyseToken(host);
    if (analysis.common || analysis.entry || analysis.place || analysis.region) continue;
    if (analysis.nonIdentifying || analysis.term) continue;
    out.push({ start: host.start, end: host.end, type: 'PERSON', confidence: 0.8 });
  }
}

/** Lines `recognizeVisitHostNames` can match: every match needs "besøk" on the line. */
export const visitHostNameCue = lineCue(['besøk']);
