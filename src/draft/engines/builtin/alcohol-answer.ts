/*
 * An answer about alcohol without a count is still a fact of the history. "Drikker du alkohol?"
 * — "Nei, bare litt i helgene." is "Alkohol: sparsomt, i helgene." (never "Drikker ikke
 * alkohol."), "Et glass vin av og til." is "Alkohol: et glass vin av og til.", and nynorsk "Eg
 * drikk lite, berre i helgane." is "Alkohol: sparsomt, i helgene.". A plain no ("Nei.", "Nei,
 * aldri.") keeps the ordinary "Drikker ikke alkohol.".
 */
import { normalizeSpokenNorwegian } from '../../language/spoken-norwegian.js';
import { formatClinicalNumbers } from './rewrite.js';

/** A question that names alcohol ("Drikker du alkohol?", "Kor mykje øl blir det?"). */
const alcoholAsked =
  /(?<![\p{L}])(?:alkohol|alkoholbruk|alkoholforbruk|øl|vin|sprit|brennevin)(?![\p{L}])/iu;

/** What opens the answer and says nothing of the amount: a yes or no, "bare", "jeg drikker". */
const answerOpening =
  /^(?:(?:nei|næ|neida|ja|jo|jada|tja|nja|hm+|eh+)[,.!]?\s+)*(?:(?:jeg|eg|æ|e|i) )?(?:drikker|drikk|drikke|tar|tek)?\s*(?:(?:bare|berre|bære|kun)\s+)?/iu;

/** A little ("litt", "lite", "ikke mye") at the start: the note says "sparsomt". */
const littleOpening =
  /^(?:(?:veldig|svært|ganske|heller) )?(?:litt|lite|lita|lito|ikke (?:så )?mye|ikkje (?:så )?mykje|itj (?:så )?mykkje|ikke noe særlig|ikkje noko særleg)(?![\p{L}])[,]?\s*/iu;

/** When or how often, or what and how much: what the note keeps of the answer. */
const amountOrTime =
  /(?<![\p{L}])(?:helg|helgen|helgene|helga|helgane|helgar|helger|fest|selskap|av og til|innimellom|iblant|sjelden|nå og da|no og då|glass|glas|øl|vin|pils|drink|enhet|eining|flaske|boks|uke|uka|veke|måned|månad|middag|ferie|jul)/iu;

/** A denial in the rest ("ikke lenger", "aldri"): the ordinary reading handles it. */
const denial = /(?<![\p{L}])(?:ikke|ikkje|itj|aldri|ingenting|slutta|sluttet)(?![\p{L}])/iu;

/**
 * The note line for an answer about alcohol that tells an amount or a time in words, or
 * `undefined` for another question, a plain yes or no, or an answer with a denial.
 */
export function alcoholAnswer(question: string, answer: string): string | undefined {
  if (!alcoholAsked.test(question)) return undefined;
  const said =
    answer
      .trim()
      .split(/(?<=[.!?])\s+/u)[0]
      ?.trim() ?? '';
  // A count in digits is kept by the ordinary reading ("2–3 glass vin i uka").
  if (said.length === 0 || /\d/u.test(said) || /\?$/u.test(said)) return undefined;
  let rest = said
    .replace(/[.!]+$/u, '')
    .replace(answerOpening, '')
    .trim();
  if (rest.length === 0 || denial.test(rest)) return undefined;
  const little = littleOpening.exec(rest);
  if (little !== null) {
    const after = rest
      .slice(little[0].length)
      .replace(/^(?:(?:men|og)\s+)?(?:(?:bare|berre|bære|kun)\s+)?/iu, '')
      .trim();
    rest = after.length === 0 ? 'sparsomt' : `sparsomt, ${after}`;
  } else if (!amountOrTime.test(rest)) return undefined;
  if (!amountOrTime.test(rest) && rest !== 'sparsomt') return undefined;
  const written = formatClinicalNumbers(
    normalizeSpokenNorwegian(rest).replace(/(?<![\p{L}])helga(?:ne|n)(?![\p{L}])/giu, 'helgene'),
  ).trim();
  if (written.length === 0 || written.split(/\s+/u).length > 10) return undefined;
  return `Alkohol: ${written.charAt(0).toLowerCase()}${written.slice(1)}.`;
}
