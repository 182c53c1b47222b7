import { isSpaceBetween, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';

/** Words that open Spanish, Portuguese and Italian place names: "Los Cristianos", "Playa Blanca". */
const placeHeads = new Set([
  'los',
  'las',
  'playa',
  'puerto',
  'porto',
  'costa',
  'santa',
  'san',
  'santo',
  'são',
  'cala',
  'torre',
  'ciudad',
]);

/** Prepositions of a stay, a destination or an origin right before the place. */
const placePrepositions = new Set(['i', 'fra', 'frå', 'til']);

/** Lower-case joiners inside such names: "Santa Cruz de Tenerife", "Torre del Mar". */
const joiners = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'di', 'do', 'da']);

/**
 * "vi var i Los Cristianos", "hjem fra Playa Blanca", "bor i Costa Adeje": a capitalised head word
 * of a southern European place name, right after "i"/"fra"/"til", and a capitalised word after it
 * (with "de"/"del"/"la" and further capitalised words) is the place. The head alone, a lower-case
 * word after it, or a compound ("Costa-kjeks") is no place.
 */
export function recognizeForeignPlaceHeads(
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index + 1 < tokens.length; index++) {
    const head = tokenAt(tokens, index);
    if (head === undefined || head.kind !== 'word' || !head.capitalised) continue;
    if (!placeHeads.has(head.lower) || !placePrepositions.has(lowerAt(tokens, index - 1))) continue;
    let last = index;
    for (let at = index + 1; at < tokens.length; at++) {
      const token = tokenAt(tokens, at);
      const previous = tokenAt(tokens, at - 1);
      if (token === undefined || previous === undefined || token.kind !== 'word') break;
      if (!isSpaceBetween(text, previous.end, token.start)) break;
      if (token.capitalised && !token.allCaps) {
        last = at;
        continue;
      }
      if (!joiners.has(token.lower)) break;
    }
    const end = tokenAt(tokens, last);
    if (last === index || end === undefined) continue;
    out.push({ start: head.start, end: end.end, type: 'LOCATION', confidence: 0.85 });
    index = last;
  }
}

/** Lines `recognizeForeignPlaceHeads` can match: every match needs a head word on the line. */
export const foreignPlaceHeadCue = lineCue(placeHeads);
