import type { SentenceFlag } from '../../core/index.js';
import { toDrugWord, type DrugMention } from '../language/drug-names.js';
import type { WordToken } from '../language/fold.js';
import { isReactionWord, isToleranceWord, saysItWentWell } from './drug-tolerance.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/**
 * What a sentence or a statement of the conversation says of one drug: that the patient tolerates
 * it or not ("tåler penicillin", "allergisk mot Voltaren"), or uses it now or has stopped it.
 */
export type DrugState = 'tolerated' | 'not-tolerated' | 'in-use' | 'stopped' | 'not-in-use';

/** A drug the sentence gives one state of where the conversation gave only the opposite one. */
export interface ContradictedDrugState {
  readonly mention: DrugMention;
  readonly claimed: DrugState;
}

/** A habit or a drug given up ("slutta med den", "sluttet", "kutta ut", "seponert"). */
const stopWord = /^(?:slutt\p{L}*|kutta|kuttet|seponert\p{L}*|stoppa|stoppet|avslutta|avsluttet)$/u;
/** Words of a drug used now ("bruker", "tek", "daglig", "fast"). */
const useWord = /^(?:bruker|brukar|tar|tek|daglig|dagleg|fast)$/u;
/** Words that make a sentence about the drug's past, a plan or a change, not its use now. */
const notNowWord =
  /^(?:tidligere|tidlegare|brukte|tok|slutt\p{L}*|seponert\p{L}*|seponeres|stoppet|stoppes|avsluttet|pause|pauses|kuttet|lenger|lengre|skal|starter|startes|okes|reduseres|fortsetter|fortsette|ved|hvis|dersom|vurder\p{L}*|anbef\p{L}*|behov|igjen)$/u;

function tokensOf(
  mention: DrugMention,
  tokens: readonly WordToken[],
): { first: number; last: number } | undefined {
  let first = -1;
  let last = -1;
  tokens.forEach((token, position) => {
    if (token.start >= mention.start && token.end <= mention.end) {
      if (first < 0) first = position;
      last = position;
    }
  });
  return first < 0 ? undefined : { first, last };
}

/** Within `reach` words of the mention, in its clause (no full stop between). */
function near(
  tokens: readonly WordToken[],
  span: { first: number; last: number },
  reach: number,
  test: (folded: string) => boolean,
): boolean {
  for (
    let position = Math.max(0, span.first - reach);
    position <= Math.min(tokens.length - 1, span.last + reach);
    position += 1
  )
    if (test(tokens[position]?.folded ?? '')) return true;
  return false;
}

/**
 * Drug mentions folded into an allergy word ("Penicillinallergi", "ibuprofenallergi"): the drug
 * named by the word's first part.
 */
function allergyCompounds(tokens: readonly WordToken[]): DrugMention[] {
  const mentions: DrugMention[] = [];
  for (const token of tokens) {
    // (Only a word holding "allergi" can match: the others need no pattern.)
    if (!token.folded.includes('allergi')) continue;
    const match = /^(\p{L}{4,}?)-?allergi\p{L}*$/u.exec(token.folded);
    const substance = match?.[1] === undefined ? undefined : toDrugWord(match[1]).substance;
    if (substance !== undefined) mentions.push({ substance, start: token.start, end: token.end });
  }
  return mentions;
}

/** The state a note sentence gives a drug it names, if it gives one plainly. */
function claimedState(
  mention: DrugMention,
  tokens: readonly WordToken[],
  claims: Claims,
  compound: boolean,
): DrugState | undefined {
  const span = tokensOf(mention, tokens);
  if (span === undefined) return undefined;
  const negated = claims.negated[span.first] === true;
  if (compound) return negated ? undefined : 'not-tolerated';
  if (near(tokens, span, 3, isToleranceWord)) return negated ? 'not-tolerated' : 'tolerated';
  if (near(tokens, span, 3, isReactionWord)) return negated ? undefined : 'not-tolerated';
  if (tokens.some((token) => notNowWord.test(token.folded))) return undefined;
  if (!tokens.some((token) => useWord.test(token.folded))) return undefined;
  return negated ? 'not-in-use' : 'in-use';
}

/** What one statement of the conversation says of the drug, if anything plain. */
function saidState(
  unitIndex: number,
  unit: TranscriptUnit,
  substance: string,
  index: TranscriptIndex,
): DrugState | undefined {
  const mentions = unit.claims.drugMentions.filter((said) => said.substance === substance);
  const first = mentions[0];
  if (first === undefined) return undefined;
  const span = tokensOf(first, unit.tokens);
  if (span === undefined || unit.claims.aboutOther[span.first] === true) return undefined;
  const negated = mentions.every((said) => {
    const saidSpan = tokensOf(said, unit.tokens);
    return saidSpan !== undefined && unit.claims.negated[saidSpan.first] === true;
  });
  const tokens = unit.tokens;
  const asksTolerance = tokens.some((token) => isToleranceWord(token.folded));
  if (unit.isQuestion) {
    if (!asksTolerance) return undefined;
    const answer = index.answerTo(unitIndex);
    if (answer === 'yes') return 'tolerated';
    if (answer === 'no') return 'not-tolerated';
    // "Dæ ha je fått før, dæ gikk bra": the next reply, read for how it went.
    const reply = index.units[unitIndex + 1];
    if (reply === undefined || reply.speaker === 'lege') return undefined;
    const text = reply.tokens.map((token) => token.text).join(' ');
    if (reply.tokens.some((token) => isReactionWord(token.folded))) return 'not-tolerated';
    return saysItWentWell(text) ? 'tolerated' : undefined;
  }
  if (unit.isHypothetical) return undefined;
  if (asksTolerance) return negated ? 'not-tolerated' : 'tolerated';
  if (tokens.some((token) => isReactionWord(token.folded)))
    return negated ? undefined : 'not-tolerated';
  if (unit.speaker === 'lege' || unit.speaker === 'sykepleier')
    return negated ? undefined : 'in-use';
  if (tokens.some((token) => stopWord.test(token.folded))) return 'stopped';
  if (negated) return 'not-in-use';
  return 'in-use';
}

/**
 * Whether what was said, in the order it was said, contradicts the claimed state. Tolerance is
 * contradicted when it was only ever said the other way; use, by the last thing said of it ("og så
 * Simvastatin om kvelden … den sluttet jeg med i sommer": stopped).
 */
function contradicts(claimed: DrugState, said: readonly DrugState[]): boolean {
  const has = (state: DrugState): boolean => said.includes(state);
  const lastUse = said.filter((state) => state !== 'tolerated' && state !== 'not-tolerated').pop();
  switch (claimed) {
    case 'tolerated':
      return has('not-tolerated') && !has('tolerated');
    case 'not-tolerated':
      return has('tolerated') && !has('not-tolerated');
    case 'in-use':
      return lastUse === 'stopped';
    case 'not-in-use':
    case 'stopped':
      return has('in-use') && !has('stopped') && !has('not-in-use');
  }
}

/**
 * A drug the sentence says the patient tolerates, does not tolerate, uses or does not use, where
 * every plain statement of the conversation about it said the opposite ("Tåler ikke penicillin"
 * after "Ja, det har æ fått mange gang, det går fint"; "Bruker Simvastatin daglig" after "den
 * sluttet jeg med i sommer"; "Bruker ikke Symbicort" after "Symbicort tar æ to ganga dagli").
 */
export function findContradictedDrugState(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): ContradictedDrugState | undefined {
  const { tokens, claims, index } = options;
  if (claims.namesOtherPerson) return undefined;
  const candidates = [
    ...claims.drugMentions.map((mention) => ({ mention, compound: false })),
    ...allergyCompounds(tokens).map((mention) => ({ mention, compound: true })),
  ];
  for (const { mention, compound } of candidates) {
    const claimed = claimedState(mention, tokens, claims, compound);
    if (claimed === undefined) continue;
    const said: DrugState[] = [];
    for (const unitIndex of index.unitsWithSubstance(mention.substance)) {
      const unit = index.units[unitIndex];
      if (unit === undefined) continue;
      const state = saidState(unitIndex, unit, mention.substance, index);
      if (state !== undefined) said.push(state);
    }
    if (contradicts(claimed, said)) return { mention, claimed };
  }
  return undefined;
}

const claimedWords: Readonly<Record<DrugState, string>> = {
  tolerated: 'at pasienten tåler',
  'not-tolerated': 'at pasienten ikke tåler',
  'in-use': 'at pasienten bruker',
  stopped: 'at pasienten har sluttet med',
  'not-in-use': 'at pasienten ikke bruker',
};

/** The error shown on a sentence whose drug state the conversation contradicts (issue 11). */
export function drugStateFlag(found: ContradictedDrugState, text: string): SentenceFlag {
  return {
    kind: 'negation-conflict',
    severity: 'error',
    message: `Setningen sier ${claimedWords[found.claimed]} ${text.slice(found.mention.start, found.mention.end)}, men i samtalen ble det sagt det motsatte.`,
  };
}
