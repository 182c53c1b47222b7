/*
 * "Ser du dobbelt eller uklart?" — "Nei.": a question about vision asked with the verb «ser»
 * names no clinical noun, so it was never turned and the denial of double and blurred vision — a
 * red flag after a head injury, in headache and in pregnancy — was lost. Read as the note's nouns
 * ("har du hatt dobbeltsyn eller uklart syn"), the no is turned like any other (session 38g).
 */

/** What the patient is asked to see, as the note names it; spoken forms as data. */
const seenAs: readonly (readonly [RegExp, string])[] = [
  [/^dobbelt(?: syn)?$/u, 'dobbeltsyn'],
  [
    /^(?:uklart|uklar|utydelig|tåkete|tåkut|sløret|uskarpt|dårlig|dårligere|dårlegare|verre)(?: syn)?$/u,
    'uklart syn',
  ],
  [
    /^(?:flimring|flimmer|flimmring|flimring for øynene|flimmer for øynene|flimmer for auga)$/u,
    'flimring',
  ],
  [/^(?:lysglimt|lysblink|lynglimt|glimt|blink|lysglimtar)$/u, 'lysglimt'],
  [
    /^(?:sikksakk|sikk-sakk|sikksakk-linjer|sikksakklinjer|sikksakkstriper|takkete linjer)$/u,
    'sikksakk-linjer',
  ],
];

const seeQuestion = /^(?:og )?ser (?:du|hun|han|ho) (?:noe |noen |noko )?(.+)$/u;

/**
 * The vision question as one the note can turn ("ser du flimring eller uklart, eller lysglimt" →
 * "har du hatt flimring eller uklart syn eller lysglimt"), or `undefined` when the question is not
 * only about what is seen (every part must be a known sight: "ser du noen sammenheng" stays).
 * Lower-case question text without its question mark.
 */
export function toVisionQuestion(text: string): string | undefined {
  const rest = seeQuestion.exec(text.trim())?.[1];
  if (rest === undefined) return undefined;
  const named: string[] = [];
  for (const part of rest.split(/,\s*(?:eller\s+|og\s+)?|\s+eller\s+|\s+og\s+/u)) {
    const item = part.trim();
    if (item.length === 0) continue;
    const noun = seenAs.find(([pattern]) => pattern.test(item))?.[1];
    if (noun === undefined) return undefined;
    if (!named.includes(noun)) named.push(noun);
  }
  if (named.length === 0) return undefined;
  return `har du hatt ${named.join(' eller ')}`;
}
