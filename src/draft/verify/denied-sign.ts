import type { WordToken } from '../language/fold.js';
import { stemFolded } from '../language/stem.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';
import { looksLikeFinding } from './unexamined-findings.js';

/** Words that deny a sign said after them (folded). */
const deniers = new Set(['ingen', 'inga', 'ingi', 'ikke', 'ikkje', 'itj', 'uten', 'utan', 'ei']);

/**
 * Finding forms too general to be one sign ("nedsatt", "positiv", "lyder"): they qualify another
 * word, and a denial of one use says nothing of the next.
 */
const generalForms = new Set(
  `nedsatt nedsett redusert reduserte svekket svekka svekkede forhoyet forhoya forhoyede forlenget
  forlenga forlengede torr torre livlige uregelmessig uregelmessige lyder omhet positiv positive
  utslett blemmer belegg forstorret forstorrede injisert`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * A sign the sentence states present ("Horisontal nystagmus") that the conversation only denied
 * ("Ingen nystagmus"), for signs outside the lexicon, whose polarity the negation check cannot
 * read: the token of the sign, or undefined. Not when the sign was also said present.
 */
export function findDeniedSign(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): number | undefined {
  const { tokens, claims, index } = options;
  for (let position = 0; position < tokens.length; position += 1) {
    const folded = tokens[position]?.folded ?? '';
    if (folded.length < 6 || generalForms.has(folded)) continue;
    if (claims.negated[position] === true || claims.findingKey[position] !== undefined) continue;
    if (!looksLikeFinding(folded)) continue;
    const stem = stemFolded(folded);
    let denied = 0;
    let present = 0;
    for (const unit of index.units) {
      if (unit.isHypothetical) continue;
      unit.tokens.forEach((token, at) => {
        if (token.folded !== folded && stemFolded(token.folded) !== stem) return;
        if (unit.isQuestion) return;
        const before = unit.tokens.slice(Math.max(0, at - 3), at);
        if (before.some((word) => deniers.has(word.folded))) denied += 1;
        else present += 1;
      });
    }
    if (denied > 0 && present === 0) return position;
  }
  return undefined;
}
