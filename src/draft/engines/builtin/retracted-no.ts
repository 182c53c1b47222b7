/**
 * "Nei. Jo forresten, ein gong i natt.", "Nei, eller jo.": a no the speaker takes back. Shared by
 * the answer reading (analyze-conversation.ts) and the safety negatives (safety-negatives.ts), on
 * plain or loosened text.
 */
import { isSafeJoAnswer } from './jo-detail.js';

const takenBack =
  /^\s*(?:nei|næ|ne)[.!,]?\s+(?:(?:eller|nei vent),?\s+)?jo(?![\p{L}])[,.!]?\s*(?:(?:forresten|faktisk|vent)[,.]?\s*)?(?:det (?:har|gjorde|hadde) (?:jeg|eg|hun|han|ho)[,.]?\s*)?(.*)$/iu;

/** "ikkje eigentleg", "det tror jeg ikke", "nei, det var eksem": the no still stands. */
const negation = /(?<![\p{L}])(?:ikke|ikkje|ikkj|ingen|inga|ingenting|nei|aldri)(?![\p{L}])/iu;

const countOrTime =
  /^(?:(?:én|en|ett|ein|eitt|to|tre|fire|fem|seks|\d+|noen|et par|flere) (?:gang|ganger|gong|gonger|gonga)|(?:i|sidan|siden) (?:natt|går|gar|morges|dag|kveld))(?![\p{L}])/iu;

/** Question words too common to show the answer repeats what was asked. */
const commonWords = new Set(['hatt', 'vært', 'vaert', 'vore', 'hadde', 'noen', 'noko', 'noe']);

/**
 * The rest of the answer after a no taken back ("ein gong i natt", or "" for a bare "Nei. Jo."),
 * when the taking back is certain: the rest has no negation and is a count or time, or repeats a
 * word of the question. `undefined` otherwise — the answer is read as it would be without this.
 */
export function takenBackNo(answer: string, question: string): string | undefined {
  const rest = takenBack.exec(answer)?.[1]?.trim();
  if (rest === undefined) return undefined;
  if (rest === '' || /^[.!]+$/u.test(rest)) return '';
  if (negation.test(rest)) return undefined;
  if (countOrTime.test(rest)) return rest;
  // "Er du allergisk mot noe?" — "Nei. Jo, forresten, plaster.": what follows names the allergen,
  // and the no must never stand as "Ikke allergisk" (session 39g).
  if (/(?<![\p{L}])(?:allergi|allergisk|allergiske|overfolsom|overfølsom)/iu.test(question))
    return rest;
  // "Nei, jo, litt i venstre.", "Nei, jo, litt.": an amount after the "jo" is a yes (session 38g).
  // Not when the rest names another person, another side or body part, or another complaint
  // ("Nei, jo, litt, men det var kona mi.", "… litt i venstre arm.", "… litt vondt i hoften.").
  if (/^litt(?![\p{L}])/iu.test(rest)) return isSafeJoAnswer(rest, question) ? rest : undefined;
  const said = rest.toLowerCase();
  const repeats = (question.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some(
    (word) =>
      !commonWords.has(word) && new RegExp(`(?<![\\p{L}])${word.slice(0, 5)}`, 'u').test(said),
  );
  return repeats ? rest : undefined;
}

/** "det er jeg", "det er eg", "ja", "det har eg": a taken-back no that only says yes. */
const bareYes =
  /^(?:(?:ja|jo)[,.!]?\s*)?(?:(?:det|dét) (?:er|e|har|gjer|gjør) (?:jeg|eg|æ|hun|han|ho)|ja)?\s*[.!]?$/iu;

/** A short allergen as said: one to three words, no verb or pronoun ("plaster", "nøtter og reker"). */
const shortAllergen =
  /^(?!(?:det|dét|jeg|eg|æ|hun|han|ho|litt|vent|kanskje|nei|ja)(?![\p{L}]))[\p{L}-]+(?:(?: og | eller |,? )[\p{L}-]+){0,2}\s*[.!]?$/iu;

/** Someone other than the one asked: "Er han/ho/mora di allergisk …?". */
const thirdPerson =
  /(?<![\p{L}])(?:han|ho|hun|hen|mor|mora|moren|mamma|far|faren|pappa|sønnen|sonen|dottera|datteren|barnet|ungen|gutten|jenta|babyen|mannen|kona|bror|broren|søster|søstera|søsteren)(?![\p{L}])/iu;

/**
 * A rest that names no allergen: a hedge ("mulig", "kanskje"), a person ("pappa", "mor er det"),
 * or a verb (review r40e).
 */
const notAllergen =
  /(?<![\p{L}])(?:mulig|muligens|kanskje|tror|trur|trua|usikker|vet|veit|husker|hugsar|er|e|var|vart|ble|blei|har|hadde|ikke|ikkje|itj|noe|noko|noen|nokon|mor|mora|moren|mamma|far|faren|pappa|bror|broren|søster|søstera|søsteren|sønnen|sonen|dottera|datteren|barna|ungen|kona|mannen|sambo|samboeren)(?![\p{L}])/iu;

/**
 * The allergy question a taken-back no answers yes to: "Er du allergisk mot penicillin?" —
 * "Nei. Jo, det er jeg." gives the question itself; "Er du allergisk mot noe?" — "Nei. Jo,
 * forresten, plaster." gives "Er du allergisk mot plaster?" (session 40e). `undefined` for any
 * other rest, which is read as said.
 */
export function allergenQuestionTakenBack(
  question: string,
  rest: string,
  byRelative: boolean,
): string | undefined {
  const said = rest.trim();
  // Only about the patient: "Er mora di allergisk mot noe?" to a patient, or "Er du …?" to a
  // relative, is read as said, never "Allergisk mot …" as the patient's (review r40e).
  if (thirdPerson.test(question) !== byRelative) return undefined;
  const namesAllergen = /allergisk mot (?!noe|noko|noen|nokon|nåkka|nånn|medisiner)[\p{L}]/iu.test(
    question,
  );
  if (bareYes.test(said)) return namesAllergen ? question : undefined;
  if (notAllergen.test(said)) return undefined;
  if (
    !shortAllergen.test(said) ||
    !/allergisk mot|allergi mot|allergiar|allergier/iu.test(question)
  )
    return undefined;
  return `Er du allergisk mot ${said.replace(/[.!]+$/u, '')}?`;
}
