import { personVerbs } from '../gazetteers/context-words.js';
import { isSpaceBetween, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Verbs of following up, said of the nurse or doctor in charge: "følger opp", "fulgte opp". */
const followVerbs = new Set(['følger', 'fulgte', 'følgjer']);

/**
 * "CPAP Berg følger opp behandlingen", "KAD Lunde ringer i morgen": at a sentence start, an
 * abbreviation in capitals (the service or device one is in charge of), a listed surname and a
 * verb said of a person ("ringer", "sier", "følger opp") name the clinician in charge — even when
 * the surname is a word ("berg"). A verb said of a finding ("CT Thorax viser …") takes nothing.
 */
export function recognizeServiceSurnames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const service = tokenAt(tokens, index);
    if (service === undefined || service.kind !== 'word' || !service.sentenceStart) continue;
    if (!service.allCaps || service.text.length < 2 || service.text.length > 6) continue;
    const surname = tokenAt(tokens, index + 1);
    if (surname === undefined || surname.kind !== 'word' || !surname.capitalised) continue;
    if (surname.allCaps || !isSpaceBetween(text, service.end, surname.start)) continue;
    const verb = lowerAt(tokens, index + 2);
    const personVerb =
      personVerbs.has(verb) || (followVerbs.has(verb) && lowerAt(tokens, index + 3) === 'opp');
    if (!personVerb || !words.analyseToken(surname).surname) continue;
    out.push({ start: surname.start, end: surname.end, type: 'PERSON', confidence: 0.8 });
  }
}
