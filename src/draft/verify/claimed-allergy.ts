import type { WordToken } from '../language/fold.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * Words (folded) that name an allergy, alone or in a compound ("penicillinallergi"); without one,
 * {@link findClaimedAllergy} finds nothing (its check's cue).
 */
export function isAllergyWord(folded: string): boolean {
  // ("allergisk" holds "allergi".)
  return folded.includes('allergi') || folded.includes('overfolsom');
}

/** How the conversation spoke of allergies: of the patient, denied for the patient, of others. */
interface AllergyMentions {
  readonly asserted: boolean;
  readonly denied: boolean;
  readonly ofOther: boolean;
}

const mentionsByIndex = new WeakMap<TranscriptIndex, AllergyMentions>();

function allergyMentions(index: TranscriptIndex): AllergyMentions {
  const known = mentionsByIndex.get(index);
  if (known !== undefined) return known;
  let asserted = false;
  let denied = false;
  let ofOther = false;
  for (const unit of index.units) {
    // "Eg tåler ikkje penicillin", "tål itj": an intolerance the patient tells of, in any words.
    unit.tokens.forEach((token, tokenIndex) => {
      if (
        /^(?:taler|tale|tal|taaler)$/u.test(token.folded) &&
        /^(?:ikke|ikkje|itj|ikkj|kje|ikkji)$/u.test(unit.tokens[tokenIndex + 1]?.folded ?? '') &&
        unit.claims.aboutOther[tokenIndex] !== true &&
        !unit.isQuestion
      )
        asserted = true;
    });
    unit.tokens.forEach((token, tokenIndex) => {
      if (!isAllergyWord(token.folded)) return;
      if (unit.claims.aboutOther[tokenIndex] === true) ofOther = true;
      else if (unit.claims.negated[tokenIndex] === true) denied = true;
      // A question asks; a clinician's question answered yes is told by the answer itself.
      else if (!unit.isQuestion) asserted = true;
    });
  }
  const mentions = { asserted, denied, ofOther };
  mentionsByIndex.set(index, mentions);
  return mentions;
}

/**
 * An allergy the sentence gives the patient ("Penicillinallergi.", "Allergisk mot nøtter") where
 * the conversation never said the patient has one: only a relative's ("storebroren er allergisk
 * mot penicillin") or a denial ("Gutten selv har ingen allergier"). Returns whose it was: another
 * person's (a relative's allergy written as the patient's, issue 11) or denied.
 */
export function findClaimedAllergy(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): { readonly token: number; readonly said: 'other' | 'denied' } | undefined {
  const { tokens, claims } = options;
  const token = tokens.findIndex(
    (candidate, tokenIndex) =>
      isAllergyWord(candidate.folded) &&
      claims.negated[tokenIndex] !== true &&
      claims.aboutOther[tokenIndex] !== true,
  );
  if (token < 0 || claims.namesOtherPerson) return undefined;
  // "Spør om allergier", "allergitest": a plan or a test claims no allergy.
  if (/(?:test|utredning|sporsmal|spor|avklar)/u.test(tokens.map((t) => t.folded).join(' ')))
    return undefined;
  const mentions = allergyMentions(options.index);
  if (mentions.asserted) return undefined;
  if (mentions.ofOther) return { token, said: 'other' };
  if (mentions.denied) return { token, said: 'denied' };
  return undefined;
}
