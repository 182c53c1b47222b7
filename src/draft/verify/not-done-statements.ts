import type { SentenceFlag } from '../../core/index.js';

/**
 * "… ikke tatt", "… ikkje målt", "… ikke utført", "… ikke indisert": a test or measure that was not
 * done (or not needed), which says nothing of whether the finding is there. Read at the end of a
 * sentence part (before punctuation or the end), after the name of what was not done.
 */
const notDonePart =
  /(?<![\p{L}])(?:ikke|ikkje|ikkj|ej)\s+(?:tatt|teke|målt|malt|undersøkt|undersokt|utført|utfort|gjort|testet|testa|vurdert|kontrollert|rekvirert|sjekket|sjekka|indisert|nødvendig|aktuelt|gjennomført|bestilt)(?![\p{L}])(?:\s+(?:i\s+dag|nå|no|her|ennå|enno|enda|foreløpig|grunnet\s+[\p{L}\s]+|på\s+grunn\s+av\s+[\p{L}\s]+|pga\.?\s+[\p{L}\s]+))?\s*(?:[,;.]|$)/iu;
/** Words that give a result or a finding beside the not-done part. */
const resultWord =
  /(?<![\p{L}])(?:normal\p{L}*|negativ\p{L}*|positiv\p{L}*|u\.a\.|upåfallende|viser|viste|uten|ingen|med)(?![\p{L}])/iu;

/**
 * True when a sentence says only that a test or measure was not done ("Blodgass ikke tatt",
 * "Skuffetest ikke utført på grunn av hevelse", "Ortostatisk BT ikke målt"). Such a sentence
 * neither affirms nor denies the finding, so a conversation that said "vi tar ikke blodgass" does
 * not contradict it (issue 11: a correct sentence about an examination left undone).
 */
export function isNotDoneStatement(text: string): boolean {
  if (!notDonePart.test(text)) return false;
  const rest = text.replace(new RegExp(notDonePart.source, 'giu'), ' ');
  return !resultWord.test(rest);
}

/** The flags of a not-done sentence without negation conflicts (it neither affirms nor denies). */
export function withoutNotDoneConflicts(
  text: string,
  flags: readonly SentenceFlag[],
): readonly SentenceFlag[] {
  // (Read for it only when a check raised such a conflict: most sentences have none.)
  if (!flags.some((candidate) => candidate.kind === 'negation-conflict')) return flags;
  if (!isNotDoneStatement(text)) return flags;
  return flags.filter((candidate) => candidate.kind !== 'negation-conflict');
}
