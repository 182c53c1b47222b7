import type { WordToken } from '../language/fold.js';
import { stemFolded } from '../language/stem.js';
import { perTranscript } from './per-transcript.js';
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

/** How often statements (no question, nothing hypothetical) say a word denied and not. */
interface Said {
  denied: number;
  present: number;
}

/**
 * The transcript's statements' words counted by stem, read once per transcript: a word matches a
 * sign when it has the sign's stem (the sign's own spelling has it too).
 */
const saidByStem = perTranscript((index) => {
  const byFolded = new Map<string, Said>();
  for (const unit of index.units) {
    if (unit.isHypothetical || unit.isQuestion) continue;
    unit.tokens.forEach((token, at) => {
      let denied = false;
      for (let before = Math.max(0, at - 3); before < at && !denied; before += 1)
        denied = deniers.has(unit.tokens[before]?.folded ?? '');
      let said = byFolded.get(token.folded);
      if (said === undefined) {
        said = { denied: 0, present: 0 };
        byFolded.set(token.folded, said);
      }
      if (denied) said.denied += 1;
      else said.present += 1;
    });
  }
  const byStem = new Map<string, Said>();
  for (const [folded, said] of byFolded) {
    const stem = stemFolded(folded);
    const total = byStem.get(stem);
    if (total === undefined) byStem.set(stem, { ...said });
    else {
      total.denied += said.denied;
      total.present += said.present;
    }
  }
  return byStem;
});

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
    const said = saidByStem(index).get(stemFolded(folded));
    const denied = said?.denied ?? 0;
    const present = said?.present ?? 0;
    if (denied > 0 && present === 0) return position;
  }
  return undefined;
}
