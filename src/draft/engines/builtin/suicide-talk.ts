/*
 * What a patient says about wishing to die, or about never having tried, is part of the
 * suicide risk assessment a note must carry, though it holds no word of the clinical vocabulary:
 * "Jeg har tenkt at det hadde vært lettere å ikke være her." and "Men jeg har ingen planer, og jeg
 * har ikke prøvd." were left out as talk, and with them a positive screening.
 */

const b = '(?<![\\p{L}])';
const e = '(?![\\p{L}])';

/** On text already in bokmål (dialect and nynorsk normalised). */
const suicideTalk = new RegExp(
  [
    // A passive death wish.
    `${b}(?:lettere|bedre|like greit|enklere) (?:å |om (?:jeg|eg) |hvis (?:jeg|eg) )?(?:ikke|ikkje|itj) (?:å )?(?:være|vere|var|våkne|vakne|våknet|levde|leve|fantes|finnes)${e}`,
    `${b}(?:ikke|ikkje|itj) (?:orke|orker|vil|ville|har lyst til) (?:å )?leve${e}`,
    `${b}(?:ønsker|ønska|ønske|lyst) (?:å|til å) (?:dø|forsvinne)${e}`,
    `${b}sovne (?:inn )?og (?:aldri |ikke |ikkje )?(?:våkne|vakne)${e}`,
    `${b}ta livet (?:mitt|av meg|sitt)${e}`,
    `${b}skade (?:meg|seg) selv${e}`,
    // No attempt, said in the patient's words (a denied plan is read from the question).
    `${b}(?:har|hadde) (?:aldri |ikke |ikkje |itj )prøvd${e}(?! (?:det|den|å (?:ta|bruke|spise|trene|gå)))`,
  ].join('|'),
  'iu',
);

/** Whether a patient's sentence speaks of wishing to die or of an attempt. */
export function isSuicideTalk(text: string): boolean {
  return suicideTalk.test(text);
}
