/*
 * A statement with a question tag is a statement. "Han har allergi mot jod, det fikk dere vite,
 * sant?" and "Hun bruker Marevan, ikke sant?" tell the clinician a fact and only ask for a nod; a
 * note that drops them as questions drops an allergy or an anticoagulant said by a relative.
 */

/** The tag at the end: ", (det fikk dere vite,) sant?", ", ikke sant?", ", vel?", ", ikkje det?". */
const questionTag =
  /,\s*(?:(?:det|dette|det der)\s+(?:fikk|fekk|vet|veit|har|hadde|sa|skreiv|skrev)\s+(?:dere|dokker|dykk|de|dem|dei|du|legen|legene|dere jo|dere vel|vi|me)(?:\s+[\p{L}]+){0,2},\s*)?(?:ikke sant|ikkje sant|itj sant|inte sant|sant|vel|ikke|ikkje|itj|ikke det|ikkje det|itj det|ja|hva|ka|kva)\s*\?\s*$/iu;

/**
 * A statement opens with a person as its subject and a verb that tells ("Han har …", "Mor bruker
 * …"); "Har han …?" asks, and so do "Det er ikke farlig, vel?" and "Jeg kan ta Paracet, ikke
 * sant?", which want an answer rather than a nod.
 */
const statementOpening =
  /^(?:og |men )?(?:jeg|eg|æ|han|hun|ho|hu|vi|me|mor|far|mamma|pappa|mora|faren|kona|mannen|samboeren|dattera|datteren|sønnen|pasienten)\s+(?!(?:kan|skal|må|bør|trenger|får|burde|kunne|skulle|slipper|tør|treng|treng|kjem|vil)\s)[\p{L}-]+\s+[\p{L}\d]/iu;

/** The sentence with its question tag turned into a full stop, or `undefined` when it is no such sentence. */
export function withoutQuestionTag(sentence: string): string | undefined {
  const match = questionTag.exec(sentence);
  if (match === null) return undefined;
  const statement = sentence.slice(0, match.index).trim();
  if (!statementOpening.test(statement)) return undefined;
  return `${statement}.`;
}
