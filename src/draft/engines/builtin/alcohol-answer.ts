/*
 * An answer about alcohol without a count is still a fact of the history. "Drikker du alkohol?"
 * — "Nei, bare litt i helgene." is "Alkohol: sparsomt, i helgene." (never "Drikker ikke
 * alkohol."), "Et glass vin av og til." is "Alkohol: et glass vin av og til.", and nynorsk "Eg
 * drikk lite, berre i helgane." is "Alkohol: sparsomt, i helgene.". A plain no ("Nei.", "Nei,
 * aldri.") keeps the ordinary "Drikker ikke alkohol.".
 */
import { isDialectOrNynorsk, normalizeSpokenNorwegian } from '../../language/spoken-norwegian.js';
import { formatClinicalNumbers, toNoteLanguage } from './rewrite.js';

/** A question that names alcohol ("Drikker du alkohol?", "Kor mykje øl blir det?"). */
const alcoholAsked =
  /(?<![\p{L}])(?:alkohol|alkoholbruk|alkoholforbruk|øl|vin|sprit|brennevin)(?![\p{L}])/iu;

/** What opens the answer and says nothing of the amount: a yes or no, "bare", "jeg drikker". */
const answerOpening =
  /^(?:(?:nei|næ|neida|ja|jo|jada|tja|nja|hm+|eh+)[,.!]?\s+)*(?:(?:jeg|eg|æ|e|i) )?(?:drikker|drikk|drikke|tar|tek)?\s*(?:(?:bare|berre|bære|kun)\s+)?/iu;

/**
 * A little ("litt", "lite", "ikke mye") at the start: the note says "sparsomt". "Litt for mye",
 * "litt for ofte" says the opposite and is no little.
 */
const littleOpening =
  /^(?:(?:veldig|svært|ganske|heller) )?(?:litt|lite|lita|lito|ikke (?:så )?mye|ikkje (?:så )?mykje|itj (?:så )?mykkje|ikke noe særlig|ikkje noko særleg)(?![\p{L}])(?!,?\s*(?:for|altfor|alt for) (?:mye|mykje|mykkje|mykji|ofte|mange)(?![\p{L}]))[,]?\s*/iu;

/** When or how often, or what and how much: what the note keeps of the answer. */
const amountOrTime =
  /(?<![\p{L}])(?:helg|helgen|helgene|helga|helgane|helgar|helger|fest|selskap|av og til|innimellom|iblant|sjelden|nå og da|no og då|glass|glas|øl|vin|pils|drink|enhet|eining|flaske|boks|uke|uka|veke|måned|månad|middag|ferie|jul)/iu;

/** A drink named: the line needs no «Alkohol:» before it. */
const drinkNamed =
  /(?<![\p{L}])(?:alkohol|øl|vin|pils|sprit|brennevin|drink|drinker|cider|akevitt|whisky|vodka)(?![\p{L}])/iu;

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
  // Only where the ordinary reading goes wrong: a no that goes on to tell drinking ("Nei, bare
  // litt i helgene" is no "Drikker ikke alkohol."), or a little ("Eg drikk lite").
  const opensWithNo = /^(?:nei|næ|neida|nei da)(?![\p{L}])/iu.test(said);
  let rest = said
    .replace(/[.!]+$/u, '')
    .replace(answerOpening, '')
    .trim();
  if (rest.length === 0 || denial.test(rest)) return undefined;
  const little = littleOpening.exec(rest);
  // Or a little said in words ("Eg drikk lite, berre i helgane."), which was left out.
  if (!opensWithNo && little === null) return undefined;
  if (little !== null) {
    const after = rest
      .slice(little[0].length)
      .replace(/^(?:(?:men|og)\s+)?(?:(?:bare|berre|bære|kun)\s+)?/iu, '')
      .trim();
    rest = after.length === 0 ? 'sparsomt' : `sparsomt, ${after}`;
  } else if (!amountOrTime.test(rest)) return undefined;
  if (!amountOrTime.test(rest) && rest !== 'sparsomt') return undefined;
  const normalized = normalizeSpokenNorwegian(rest, { dialect: isDialectOrNynorsk(said) }).replace(
    /(?<![\p{L}])helga(?:ne|n)(?![\p{L}])/giu,
    'helgene',
  );
  const written = (
    toNoteLanguage(normalized, { speaker: 'pasient', voice: 'note' }) ??
    formatClinicalNumbers(normalized)
  )
    .replace(/[.!]+$/u, '')
    .trim();
  // Dialect, a person ("jeg", "pas.") or filler left after the rewrite is no note language: the
  // ordinary reading decides.
  if (
    written.length === 0 ||
    written.split(/\s+/u).length > 10 ||
    isDialectOrNynorsk(written) ||
    /(?<![\p{L}])(?:jeg|eg|meg|min|mitt|mine|du|deg|pas\.|liksom|sånn|altså)(?![\p{L}])/iu.test(
      written,
    )
  )
    return undefined;
  // "Et glass vin av og til." names the drink itself; "sparsomt, i helgene" needs the topic.
  if (drinkNamed.test(written)) return `${written.charAt(0).toUpperCase()}${written.slice(1)}.`;
  return `Alkohol: ${written.charAt(0).toLowerCase()}${written.slice(1)}.`;
}
