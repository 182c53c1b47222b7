/*
 * What a patient says about wishing to die, or about never having tried, is part of the
 * suicide risk assessment a note must carry, though it holds no word of the clinical vocabulary:
 * "Jeg har tenkt at det hadde vært lettere å ikke være her." and "Men jeg har ingen planer, og jeg
 * har ikke prøvd." were left out as talk, and with them a positive screening.
 */

const b = '(?<![\\p{L}])';
const e = '(?![\\p{L}])';

/** On text already in bokmål (dialect and nynorsk normalised). */
/** A wish to die or not to wake, in the patient's words: never a denial of suicidal thoughts. */
const deathWishSources = [
  // A passive death wish.
  `${b}(?:lettere|bedre|like greit|enklere) (?:å |om (?:jeg|eg) |hvis (?:jeg|eg) )?(?:ikke|ikkje|itj) (?:å )?(?:være|vere|var|våkne|vakne|våknet|levde|leve|fantes|finnes)${e}`,
  // The nynorsk forms (session 40e), never "enklare å ikkje vere med på møta" (review r40e).
  `${b}(?:lettare|betre|enklare) (?:å |om (?:jeg|eg) |hvis (?:jeg|eg) )?(?:ikke|ikkje|itj) (?:å )?(?:være|vere|var|våkne|vakne|våknet|levde|leve|fantes|finnes)${e}(?! (?:med|på|i|heime|hjemme|ute|der|saman|sammen|åleine|alene|oppe)${e})`,
  `${b}(?:ikke|ikkje|itj) (?:orke|orker|vil|ville|har lyst til) (?:å )?leve${e}`,
  `${b}(?:ønsker|ønska|ønske|lyst) (?:å|til å) (?:dø|forsvinne)${e}`,
  // Past and nynorsk forms only with the patient as subject ("ønsket jeg å dø", "eg ynskte å
  // døy"), never "hun ønsket å dø" about a dying mother (review r40e).
  `${b}(?:(?:jeg|eg|æ) (?:har |hadde )?(?:ønsket|ønskt|ønskte|ynskjer|ynskte|ynskja|ynskt)|(?:ønsket|ønskte|ynskjer|ynskte|ynskja) (?:jeg|eg|æ)) (?:å|til å) (?:dø|døy|forsvinne)${e}`,
  `${b}sovne (?:inn )?og (?:aldri |ikke |ikkje )?(?:våkne|vakne)${e}`,
];
/**
 * More ways to tell a death wish, read only in an answer to the suicide screening and when deciding
 * whether a no denies the thoughts: as general talk they kept everyday sentences and lengthened
 * held-out notes (session 39g).
 */
const screeningDeathWishSources = [
  // "greit å bare ikke våkne opp igjen": «greit å ikke være …» is everyday speech, so only waking.
  `${b}(?:greit|greitt) (?:å |om (?:jeg|eg) |hvis (?:jeg|eg) )?(?:bare |berre )?(?:ikke|ikkje|itj) (?:å )?(?:våkne|vakne|våknet)${e}`,
];
const suicideTalkSources = [
  ...deathWishSources,
  `${b}ta livet (?:mitt|av meg|sitt)${e}`,
  // Preparation in the patient's words: "Nei, men jeg har kjøpt et tau." (session 40e).
  // Only a rope that ends the sentence: never "kjøpt et tau og sele" for climbing or "eit tau,
  // for båten" (review r40e).
  `${b}(?:kjøpt|kjøpte|kjøpa|kjøper|skaffet|skaffa|skaffe) (?:meg )?(?:et |eit |ett )?(?:tau|reip)${e}(?=\\s*(?:[.!?]|$)|,? (?:som (?:ligg|ligger|står|eg har|jeg har)|men)${e})`,
  `${b}skade (?:meg|seg) selv${e}`,
  // No attempt, said in the patient's words (a denied plan is read from the question).
  `${b}(?:har|hadde) (?:aldri |ikke |ikkje |itj )prøvd${e}(?! (?:det|den|å (?:ta|bruke|spise|trene|gå)))`,
];
const suicideTalk = new RegExp(suicideTalkSources.join('|'), 'iu');
const deathWish = new RegExp([...deathWishSources, ...screeningDeathWishSources].join('|'), 'iu');
/**
 * The general death wishes on loosened text (lower case, «å», «ø», «æ» folded as `loosen` does),
 * for the safety negatives: with the screening's wider set a denial went missing from a held-out
 * note (session 39g).
 */
const looseDeathWish = new RegExp(
  deathWishSources.join('|').replace(/[åä]/gu, 'a').replace(/[øö]/gu, 'o').replace(/æ/gu, 'e'),
  'iu',
);

/** Whether a patient's sentence speaks of wishing to die or of an attempt. */
export function isSuicideTalk(text: string): boolean {
  return suicideTalk.test(text);
}

/** A negator in the clause before a wish: "Nei, jeg har aldri tenkt at det hadde vært bedre å …". */
const negatedBefore = /(?<![\p{L}])(?:ikke|ikkje|itj|itte|aldri|ingen|inga)(?![\p{L}])/iu;

/**
 * Someone else's words reported before a wish: "Kona sa at det hadde vært lettere å …" is not the
 * patient's wish (review r39g). Also on loosened text («ø» folded to «o»).
 */
const reportedByOther =
  /(?<![\p{L}])(?:kona|kone|kona mi|mannen|mannen min|samboeren|hun|ho|han|de|dei|mor|mora|moren|mamma|far|faren|pappa|bror|broren|søster|soster|søstera|sostera|søsteren|sosteren|legen|noen|nokon|folk|andre)(?: mi| min| mitt)? (?:sa|sier|seier|har sagt|hadde sagt|mente|mener|meiner|skrev|syns|synes|syntes)(?![\p{L}])/iu;

/**
 * "Nei, ikke lenger.": the no denies the thoughts now, and a wish told after it is past; the
 * denial stands as before session 39g (review r39g).
 */
const noLonger =
  /^\s*(?:nei|næ|nei da|neida)[,.!]?\s*(?:ikke|ikkje|itj|ikkj) (?:nå |no )?(?:lenger|lengre|lenga|meir|mer)(?![\p{L}])/iu;

/** Whether `pattern` matches in `text` outside a clause that negates it, as the patient's own. */
function saysUnnegated(pattern: RegExp, text: string): boolean {
  if (noLonger.test(text)) return false;
  const global = new RegExp(pattern.source, 'giu');
  for (const match of text.matchAll(global)) {
    const before = text.slice(0, match.index);
    const clause = before.split(/[.!?,;:]|(?<![\p{L}])men(?![\p{L}])/iu).pop() ?? '';
    const sentence = before.split(/[.!?]/u).pop() ?? '';
    if (!negatedBefore.test(clause) && !reportedByOther.test(sentence)) return true;
  }
  return false;
}

/** Whether an answer opens with "Nei, ikke lenger." (a no for now only). */
export function saysNoLonger(answer: string): boolean {
  return noLonger.test(answer);
}

/**
 * Whether a patient's words tell a wish to die or not to wake ("… greit å bare ikke våkne opp
 * igjen", "… klart seg bedre uten meg"), not negated in its clause: an answer holding one denies
 * no suicidal thoughts.
 */
export function isDeathWish(text: string): boolean {
  return saysUnnegated(deathWish, text);
}

/** `isDeathWish` on loosened text. */
export function isLooseDeathWish(looseText: string): boolean {
  return saysUnnegated(looseDeathWish, looseText);
}
