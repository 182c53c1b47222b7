import type { WordToken } from '../language/fold.js';
import { relativeNouns } from '../../language/index.js';

/** Words that deny, doubt or hedge, folded: after "Nei. Jo, …" they leave the yes unsure. */
const doubtWords = new Set(
  `nei nej neida nope nepp ikke ikkje ikkji ikkj itj itte ittje kje kji inkje ente aldri aldrig
  ingen inga ingi ingenting hakke aekke haekke negativ negative negativt usikker usikkert uviss
  kanskje kansje muligens mulig mogleg tror trur trudde trodde`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
/** Pronouns for somebody else, folded: the yes may be about them. */
const otherPeople = new Set(
  'han hun ho hu hon dei de dem ham henne hans hennes hennar honom deira deres dere du di din'.split(
    ' ',
  ),
);
/** The speaker, folded ("jeg", "eg", "je", "æ", "meg", "mæ"). */
const speakerWords = new Set(['jeg', 'eg', 'je', 'ae', 'meg', 'mae']);
/** Counts before "gang"/"gong" that say how often ("én gang", "to ganger"), folded. */
const countWords = new Set(
  'en ein ei ett eitt to tre fire fem noen nokre nokon flere fleire par'.split(' '),
);
const timesWords = new Set(['gang', 'gangen', 'ganger', 'gong', 'gongen', 'gonger', 'gonga']);

/**
 * Whether the words after the yes of a no taken back ("Nei, aldri. Jo, vent, jeg hadde et lignende
 * anfall") affirm what was asked for the speaker, so that the yes answers the question. Fails
 * closed: only with positive evidence — the speaker named ("jeg", "eg", "æ", "meg"), a count of
 * times ("én gang", "to ganger") or "litt" — and nothing making it somebody else's or unsure: no
 * relative or other person ("Jo, mor hadde det"), no "det var … som", no later no, denial,
 * "negativ" or doubt ("Jo, vent, eg veit ikkje"). `tokens` are the turn's words after the yes.
 */
export function affirmsTakenBackNo(tokens: readonly WordToken[]): boolean {
  let evidence = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    const folded = token.folded;
    if (
      doubtWords.has(folded) ||
      otherPeople.has(folded) ||
      folded === 'som' ||
      relativeNouns.has(token.text.toLowerCase())
    )
      return false;
    if (speakerWords.has(folded) || folded === 'litt') evidence = true;
    else if (
      timesWords.has(folded) &&
      countWords.has(tokens[index - 1]?.folded ?? '') &&
      tokens[index - 2]?.folded !== 'med'
    )
      evidence = true;
  }
  return evidence;
}
