/**
 * What makes a complaint better or worse, and what the patient fears, asked as a question and
 * answered briefly: "Blir det verre når du bøyer deg fremover?" — "Ja, mye verre." reads as
 * "Verre når pas. bøyer seg fremover."; "Blir det verre av noe?" — "Ja, når jeg går i trapper."
 * as "Verre når pas. går i trapper."; "Hva er du mest bekymret for?" — "At det er kreft." as
 * "Bekymret for at det er kreft.". The short answer alone says nothing a note can keep, and the
 * question alone is not a fact, so without this both were dropped.
 */
import { toNoteLanguage } from './rewrite.js';

/** "Blir det verre når du …?", "Blir smertene bedre av …?", "Er det verre om natta?". */
const factorQuestion =
  /^(?:og\s+)?(?:blir|bli|vert|blei|ble|er|e|kjennes)\s+(?:det|den|han|ho|hun|dei|de|smerten|smertene|smerta|vondten|hodepinen|hovudverken|hosten|kløen|plagene|plagen|svimmelheten|pusten)\s+(?:noe\s+|noko\s+|litt\s+)?(verre|værre|bedre|betre)\s+((?:når|ved|av|om|etter|med|i)\s+.+?)\s*\?*$/iu;

/** "Blir det verre av noe?", "Er det noe som gjør det bedre?", "Kva gjer det verre?". */
const openFactorQuestion =
  /^(?:og\s+)?(?:(?:blir|vert|er)\s+(?:det|den|smertene|smerten|plagene)\s+(verre|værre|bedre|betre)\s+(?:av|ved|med)\s+(?:noe|noko|noen ting)|(?:er det\s+|finst det\s+|fins det\s+)?(?:noe|noko|hva|kva)\s+(?:som\s+)?(?:gjør|gjer|gjorde)\s+(?:det|den|smertene|plagene)\s+(verre|værre|bedre|betre))\s*\?*$/iu;

/** "Hva er du (mest) bekymret for?", "Kva er du redd for?", "Hva tenker du det kan være?". */
const fearQuestion =
  /^(?:og\s+)?(?:hva|kva)\s+er\s+(?:du|dere)\s+(?:mest\s+|mest av alt\s+)?(?:bekymret|bekymra|redd|engstelig|urolig|uroleg|rædd)\s+for\s*\?*$/iu;

/** "Hvordan sover du?", "Korleis er matlysta?": how sleep or appetite is. */
const howQuestion =
  /^(?:og\s+)?(?:hvordan|korleis|koss|åssen|hvordan)\s+(?:(sover|søv|søvnen|har du sovet|har du sove)|(?:er|går det med|har)\s+(?:du\s+)?(søvnen|matlysten|matlysta|appetitten|søvn))(?:\s+(?:du|han|hun|ho|dere))?(?:\s+(?:nå|no|for tiden|om natta|om natten))?\s*\?*$/iu;
/** "Dårlig", "Mye bedre", "Sånn passe": a plain quality the note puts after the topic. */
const quality =
  /^(?:(?:veldig|mye|mykje|ganske|litt|ikke så|ikkje så|itj så|heilt|helt)\s+)?(dårlig|dårleg|dårli|bedre|betre|godt|bra|greit|fint|verre|elendig|normalt|normal|redusert|nedsatt|ok|okei)(?![\p{L}])/iu;

const yesOpening = /^(?:ja|jo|jada|ja da|jepp|definitivt|absolutt)(?![\p{L}])[,.!]?\s*/iu;
const noOpening = /^(?:nei|næ|nope|neida|nei da)(?![\p{L}])[,.!]?\s*/iu;
/** "Nei, ikke som jeg har merket", "Vet ikke": an unsure answer says nothing either way. */
const unsure =
  /(?:vet ikke|veit ikkje|veit ikke|vet ikkje|usikker|ikke som jeg|ikkje som eg|tror ikke|trur ikkje|kanskje|mulig)/iu;
/** "Ingenting", "Nei, ikke noe spesielt": no fear named. */
const nothingNamed = /^(?:ingenting|ikke noe|ikkje noko|ingen ting|nei)(?![\p{L}])/iu;

function toPatientWords(text: string): string {
  return text
    .replace(/(?<![\p{L}])du(?![\p{L}])/gu, 'jeg')
    .replace(/(?<![\p{L}])deg(?![\p{L}])/gu, 'meg')
    .replace(/(?<![\p{L}])din(?![\p{L}])/gu, 'min')
    .replace(/(?<![\p{L}])ditt(?![\p{L}])/gu, 'mitt')
    .replace(/(?<![\p{L}])dine(?![\p{L}])/gu, 'mine');
}

function asStatement(text: string): string | undefined {
  const said = toNoteLanguage(`${text.replace(/[.!?]+$/u, '')}.`, {
    speaker: 'pasient',
    voice: 'note',
  });
  if (said === undefined) return undefined;
  return said.charAt(0).toUpperCase() + said.slice(1);
}

function direction(word: string): 'Verre' | 'Bedre' {
  return /^(?:verre|værre)$/iu.test(word) ? 'Verre' : 'Bedre';
}

/** The first clause of an answer's content: "når jeg går i trapper, og …" → "når jeg går i trapper". */
function firstClause(text: string): string {
  return (text.split(/,\s*(?:og|men|for|fordi|så)\s|[.!?;]/u)[0] ?? '').trim();
}

/**
 * The note's statement for a question about what makes a complaint better or worse, or about the
 * patient's fear, and a short answer to it; `undefined` when the question is of another kind or the
 * answer is unsure, names nothing, or says more than one clause the note should read as said.
 */
export function modifyingFactorFromAnswer(question: string, answer: string): string | undefined {
  const asked = question.trim();
  const said = answer.trim();
  if (said.length === 0 || unsure.test(said)) return undefined;
  const specific = openFactorQuestion.test(asked) ? null : factorQuestion.exec(asked);
  if (specific?.[1] !== undefined && specific[2] !== undefined) {
    const condition = toPatientWords(specific[2].replace(/[?.!]+$/u, ''));
    const word = direction(specific[1]);
    if (
      yesOpening.test(said) ||
      /^(?:mye|mykje|litt|veldig|klart)\s+(?:verre|værre|bedre|betre)/iu.test(said)
    ) {
      // "Ja, men bare litt" and the like keep the question's way; a yes that goes on to say
      // something else ("Ja, og så …") is left to be read as said.
      const rest = said.replace(yesOpening, '');
      if (
        rest.length > 0 &&
        !/^(?:mye|mykje|litt|veldig|klart|mye|absolutt)?\s*(?:verre|værre|bedre|betre)?[.!]?$/iu.test(
          rest,
        )
      )
        return undefined;
      return asStatement(`${word} ${condition}`);
    }
    if (
      noOpening.test(said) &&
      /^[.!]?$/u.test(
        said
          .replace(noOpening, '')
          .replace(/^(?:ikke|ikkje|itj)\s+(?:noe|noko|egentlig|særlig)?[.!]?$/iu, ''),
      )
    )
      return asStatement(`Ikke ${word.toLowerCase()} ${condition}`);
    return undefined;
  }
  const open = openFactorQuestion.exec(asked);
  if (open !== null) {
    const word = direction(open[1] ?? open[2] ?? '');
    const rest = firstClause(said.replace(yesOpening, ''));
    if (noOpening.test(said) || rest.length < 3) return undefined;
    // The content must say when or of what: "når jeg går", "av kulde", "å ligge", "om natta".
    if (!/^(?:når|ved|av|om|etter|med|i|å|aa|hvis|viss|dersom|under)\s/iu.test(rest))
      return undefined;
    const condition = /^(?:å|aa)\s/iu.test(rest) ? `av ${rest}` : rest;
    return asStatement(`${word} ${condition}`);
  }
  const how = howQuestion.exec(asked);
  if (how !== null) {
    const rest = said
      .replace(/^(?:nja|tja|hm+|eh)[,.]?\s*/iu, '')
      .replace(/,?\s*(?:takk|takk for at du spør)(?=[.!]?$)/iu, '');
    const named = quality.exec(rest);
    if (named === null) return undefined;
    const sleep = how[1] !== undefined || /søvn/iu.test(how[2] ?? '');
    const topic = sleep ? 'Sover' : 'Matlyst';
    const clause = firstClause(rest);
    // "Dårlig, jeg våkner av smertene." → "Sover dårlig, pas. våkner av smertene."
    const after = rest.slice(clause.length).replace(/^[,]\s*/u, '');
    const second = after.length > 0 && !/^[.!?]/u.test(after) ? firstClause(after) : '';
    return asStatement(
      `${topic} ${clause.charAt(0).toLowerCase()}${clause.slice(1)}${second.length > 0 ? `, ${second}` : ''}`,
    );
  }
  if (fearQuestion.test(asked)) {
    const rest = firstClause(said.replace(yesOpening, ''));
    if (rest.length < 3 || nothingNamed.test(rest)) return undefined;
    return asStatement(`Bekymret for ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`);
  }
  return undefined;
}
