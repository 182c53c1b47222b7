import type { WordToken } from '../language/fold.js';
import type { Claims } from './read-claims.js';

/**
 * Who a relative's kinship word means when the relative said who they are (issue 11: who a claim
 * is about). A son who said "Jeg er sønnen hennes" means the patient by "mor" and "mamma"; a wife
 * who said "Eg er kona hans" means the patient by "mannen min". Without that, "Mor har
 * hjertesvikt, det vet dere" reads as a relative's own illness, and a note's "kjent hjertesvikt"
 * is wrongly called another person's.
 */

/** The words (lower case) that name the patient, by how the relative named themself. */
const patientWordsByRole: readonly (readonly [RegExp, readonly string[]])[] = [
  // a child of a woman
  [
    /(?<![\p{L}])(?:sønnen|sønn|sonen|son|dattera|datteren|dattra|dotter|dottera|dotra|datter)\s+(?:hennes|hennar|henne|hennas)(?![\p{L}])/iu,
    ['mor', 'mora', 'moren', "mor'n", 'morn', 'mamma', 'mammaen', 'mamman'],
  ],
  // a child of a man
  [
    /(?<![\p{L}])(?:sønnen|sønn|sonen|son|dattera|datteren|dattra|dotter|dottera|dotra|datter)\s+(?:hans|hass|hannes)(?![\p{L}])/iu,
    ['far', 'faren', "far'n", 'farn', 'pappa', 'pappaen', 'pappan'],
  ],
  // a wife or partner of a man
  [
    /(?<![\p{L}])(?:kona|kone|konen|ektefellen|samboeren|sambuaren|kjæresten)\s+(?:hans|hass)(?![\p{L}])/iu,
    ['mannen', 'gubben', 'ektemannen', 'samboeren', 'sambuaren'],
  ],
  // a husband or partner of a woman
  [
    /(?<![\p{L}])(?:mannen|ektemannen|ektefellen|samboeren|sambuaren|kjæresten)\s+(?:hennes|hennar)(?![\p{L}])/iu,
    ['kona', 'kone', 'konen', 'kjerringa', 'samboeren', 'sambuaren'],
  ],
];

/** A parent's own child ("sønnen min", "dottera mi", "gutten vår"). */
const ownChildPattern =
  /(?<![\p{L}])(sønnen|sonen|guten|gutten|datteren|dattera|dotter|dottera|jenta|jenten|barnet|ungen|veslejenta|vesleguten)\s+(?:min|mi|mitt|vår|vårt)(?![\p{L}])/giu;

/**
 * A parent word a grown child uses for their own parent, bare ("Mor har vore svimmel"), not
 * "mor hennar", "mor mi" or "mora til …"; group 1 is the word, group 2 the parent ('f' or 'm').
 */
const bareParentPattern =
  /(?<![\p{L}])(?:(mor|mora|moren|mamma)|(far|faren|pappa))(?![\p{L}])(?!\s+(?:hans|hass|hennes|hennar|henne|hennas|min|mi|mitt|vår|vårt|din|di|til|åt|og)(?![\p{L}]))/giu;

/** Third-person pronouns for a woman and for a man, in bokmål, nynorsk and dialect. */
const femalePronoun = /(?<![\p{L}])(?:hun|ho|hu|henne)(?![\p{L}])/iu;
const malePronoun = /(?<![\p{L}])(?:han|ham|hannem|hanom)(?![\p{L}])/iu;

/** Words that say someone died (bokmål, nynorsk): a parent who died is not the patient. */
const deathPattern =
  /(?<![\p{L}])(?:døde|døydde|dødde|død|daud|avdød|avdøde|gikk bort|gjekk bort|gått bort|omkom)(?![\p{L}])/iu;

const patientWordsByParent = {
  female: ['mor', 'mora', 'moren', 'mamma'],
  male: ['far', 'faren', 'pappa'],
} as const;

/**
 * The patient's parent word from a grown child who never said who they are ("Mor har vore svimmel
 * i ei veke, særleg når ho reiser seg"). Only with positive evidence: the relative names one parent
 * bare as the first words they say (the reason for the visit, not family history) and never the
 * other parent, the same turn goes on about that parent as "ho" (or "han"), and the relative never
 * speaks of a child of their own (a parent's "mor" is the child's grandmother).
 */
function findBareParentWords(relativeTurns: readonly string[]): readonly string[] {
  if (relativeTurns.some((text) => new RegExp(ownChildPattern.source, 'iu').test(text))) return [];
  const named = { female: false, male: false };
  for (const text of relativeTurns)
    for (const match of text.matchAll(bareParentPattern))
      named[match[1] === undefined ? 'male' : 'female'] = true;
  if (named.female && named.male) return [];
  // The relative's first words name the parent: the reason for the visit, not family history.
  const first = relativeTurns[0]?.trimStart() ?? '';
  const opening = new RegExp(`^${bareParentPattern.source}`, 'iu').exec(first);
  if (opening === null) return [];
  const parent = opening[1] === undefined ? 'male' : 'female';
  const rest = first.slice(opening[0].length);
  if (!(parent === 'female' ? femalePronoun : malePronoun).test(rest)) return [];
  // Another person in the relative's words ("Mor hadde slag … jeg følger ham hit") or a parent who
  // died is not the patient: the patient is someone else, so the parent stays a relative.
  const otherPronoun = parent === 'female' ? malePronoun : femalePronoun;
  if (relativeTurns.some((text) => otherPronoun.test(text) || deathPattern.test(text))) return [];
  return patientWordsByParent[parent];
}

/** The speaker's own words that take the clause back to the relative ("eg har …", "jeg selv"). */
const firstPerson = new Set(['jeg', 'eg', 'æ', 'je', 'jæ', 'me', 'vi', 'selv', 'sjøl', 'sjølv']);

/**
 * The words a relative uses for the patient, from a relative's turn that says who they are
 * ("Jeg er sønnen hennes"); empty when no relative said it.
 */
export function findPatientKinshipWords(
  segments: readonly { readonly speaker: string; readonly text: string }[],
): ReadonlySet<string> {
  const words = new Set<string>();
  // A parent who speaks for a child who says little ("Datteren min på tre år har kastet opp"):
  // "datteren" is the patient.
  const patientTurns = segments.filter((segment) => segment.speaker === 'pasient').length;
  if (patientTurns <= 2)
    for (const segment of segments) {
      if (segment.speaker !== 'pårørende') continue;
      for (const match of segment.text.matchAll(ownChildPattern))
        if (match[1] !== undefined) words.add(match[1].toLowerCase());
    }
  for (const word of findBareParentWords(
    segments.filter((segment) => segment.speaker === 'pårørende').map((segment) => segment.text),
  ))
    words.add(word);
  for (const segment of segments) {
    if (segment.speaker !== 'pårørende') continue;
    if (!/(?<![\p{L}])(?:jeg|eg|æ|e|i|je)\s+(?:er|e|æ)\s/iu.test(segment.text)) continue;
    for (const [role, patientWords] of patientWordsByRole)
      if (role.test(segment.text)) for (const word of patientWords) words.add(word);
  }
  return words;
}

/**
 * A relative's sentence read again with the patient's kinship word as the patient: the words
 * after "mor" (for a son of the patient) up to the speaker's own "eg", "jeg" or the sentence's end
 * are about the patient. Other kinship words in the sentence keep it as it was read.
 */
export function reassignPatientMentions(
  tokens: readonly WordToken[],
  claims: Claims,
  patientWords: ReadonlySet<string>,
): Claims {
  if (patientWords.size === 0) return claims;
  const at = tokens.findIndex((token) => patientWords.has(token.text.toLowerCase()));
  if (at < 0) return claims;
  const aboutOther = [...claims.aboutOther];
  let changed = false;
  for (let index = at; index < tokens.length; index += 1) {
    const lower = tokens[index]?.text.toLowerCase() ?? '';
    if (index > at && firstPerson.has(lower)) break;
    if (aboutOther[index] === true) {
      aboutOther[index] = false;
      changed = true;
    }
  }
  return changed ? { ...claims, aboutOther } : claims;
}
