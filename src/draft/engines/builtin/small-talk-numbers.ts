/*
 * Numbers told in small talk are not findings. A patient who says «jeg tok tjueåtte-bussen»,
 * «de vant to–en», «den til nittini kroner», «vi hadde elleve tonn» or «katta mi er fjorten år»
 * has said a number, but nothing a note keeps: a bus route, a football score, a price (left
 * out on its own, withoutPrices), a count of
 * things that are not the patient (customers, pupils, tons of fish, round bales, cows, siblings,
 * admissions on a ward), a pet's age, or the age someone turned at a birthday.
 * The story pruner (prune-story-clauses.ts) lets any number keep a story clause; these numbers do
 * not, and they mark the clause as small talk. A number next to a symptom, finding, drug or plan
 * («vondt i tre dager», «trettiåtte komma fire», «Paracet fem hundre») matches none of these.
 */

/**
 * A price told after what was bought: «…, den til 99 kroner», «… på Biltema til 199 kroner»,
 * «det kostet 40 kroner timen». It goes on its own; what was bought stays.
 */
const price =
  /,?\s*(?:(?:den|det|som)\s+)?(?:kostet\s+|til\s+|for\s+)\d[\d .]*(?:,\d+)?\s*(?:kroner|kr\.?)(?:\s+(?:timen|stykket|biten))?(?![\p{L}])/giu;

/** A bus, tram or ferry route or departure: «28-bussen», «rute 28», «bussen … klokka 10/8». */
const route =
  /\d+-(?:bussen|buss|trikken|trikk|toget|ferga|ferja|ferjen)(?![\p{L}])|(?<![\p{L}])(?:rute|linje|nummer)\s+\d+|(?<![\p{L}])(?:buss|ferg|ferj|trikk)\p{L}*[^,.]*?(?:klokka|kl\.?)\s+[\d/:.]*\d/giu;

/** A count of things that are not the patient's body, drugs or habits. */
const countOfThings =
  /\d+\s+(?:av\s+\d+\s+)?(?:elever|enheter|tonn|rundballer|søsken|innleggelser)(?![\p{L}])/giu;

/** A pet's age, or the age someone turned: «katta er 14 år», «han ble 80», «hun ble 7». */
const ageTurnedOrPet =
  /(?<![\p{L}])(?:(?:katta|katten|hunden|bikkja)(?:\s+(?:mi|min|vår))?(?:,?\s+\p{Lu}\p{Ll}+)?,?\s+(?:(?:hun|han|den)\s+)?(?:er|ble)\s+\d+(?:\s+år)?|(?:hun|han|ho|de|som)\s+(?:ble|fylte|fyller)\s+\d+(?:\s+år)?(?![\p{L}\d]|\s*(?:grader|komma|,\d|\.\d|i\s|mmol|kg|kilo)))/giu;

/** A score in a match the patient watched or played: «de vant 2–en», «tapte 23–19». */
const score =
  /(?<![\p{L}])(?:vant|tapte|spilte)\s+(?:\p{L}+\s+)?\d+\s*[–-]\s*(?:\d+|en|ett|null)(?![\p{L}\d])|^\d+\s*[–-]\s*\d+(?=,\s*(?:de|vi|me)\s)/giu;

const smallTalkPatterns = [route, countOfThings, ageTurnedOrPet, score] as const;

/** The text without a price told after what was bought (the sentence otherwise as said). */
export function withoutPrices(text: string): string {
  return text.replace(price, '');
}

/** Whether the text tells a number only in small talk (a price, a route, a score, …). */
export function hasSmallTalkNumber(text: string): boolean {
  return smallTalkPatterns.some((pattern) => {
    pattern.lastIndex = 0;
    const found = pattern.test(text);
    pattern.lastIndex = 0;
    return found;
  });
}

/** The text with its small-talk numbers blanked, so that only numbers a note keeps remain. */
export function withoutSmallTalkNumbers(text: string): string {
  return smallTalkPatterns.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}
