/*
 * A hedged no stays hedged. "Tror ikke det", "Ikke som jeg har merket" and "Ikke som jeg vet om"
 * deny with a reservation a clinician keeps in the note: "Trolig ikke blodfortynnende", "Ikke
 * merket bivirkninger", "Ingen kjent penicillinreaksjon". A flat "Ingen …" would claim more than
 * was said (and the verifier rightly flags it).
 */

import { hasSafetyTopic } from './critical-content.js';

/** The reservation a hedged no carries. */
export type Hedge = 'trolig' | 'merket' | 'sett' | 'kjent' | 'målt' | 'særlig';

/** The hedge at the start of an answer (already in bokmål), and what the answer says after it. */
export interface HedgedAnswer {
  readonly hedge: Hedge;
  /** The rest of the answer's first sentence ("et par glass vin i helgene"), if any. */
  readonly rest: string;
}

const hedgedOpening =
  /^(?:nei,?\s*)?(?:(?:det )?tror (?:jeg|vi) ikke(?: det)?|jeg tror ikke(?: det)?|tror ikke(?: det)?|det tror (?:jeg|vi) ikke|ikke (?:som|det) (?:jeg|vi) (?:har merket|har lagt merke til|vet om|vet|kjenner til|har sett|har hørt)|(?:det )?(?:har jeg|har vi) ikke (merket|sett|lagt merke til)|(?:ikke|inte|ikkje) (?:vad|hva|kva|som|det) (?:jeg|jag|eg|æ|vi) (?:vet|veit)(?: om| av)?|ikke så vidt (?:jeg|vi) vet|(?:ikke|inte) meg bekjent|(?:ikke|ikkje|itj|inte) (?:som|det) (?:jeg|eg|æ|vi) (?:har|hev) målt|(?:jeg|eg|æ|vi) (?:har|hev) (?:ikke|ikkje|itj) målt(?: (?:det|den|han|temperaturen|tempen|temperatur|feberen))?)(?![\p{L}])[,.!]?\s*/iu;

/**
 * "Nei, ikke noe særlig.", "Nei, ikkje nåkka særleg.", "Ikke så mye.": a no that says "not much"
 * and nothing more (with a restriction after it, «…, bare når jeg springer», it is read as a yes
 * within that restriction, see `isHedgedNo`).
 */
export const notMuchAnswer =
  /^(?:nei,?\s*)?(?:ikke|ikkje|itj|inte) (?:noe |noko |nåkka |nåkke |nå |så |so )?(?:særlig|særleg|serlig|mye|mykje|møkje|veldig)(?: (?:mye|mykje|møkje))?\s*[.!]?$/iu;

/** The hedge a no answer opens with, or `undefined` for a flat yes or no. */
export function readHedgedAnswer(answer: string): HedgedAnswer | undefined {
  const firstSentence = answer.trim().split(/(?<=[.!?])\s+/u)[0] ?? '';
  if (notMuchAnswer.test(firstSentence))
    return { hedge: 'særlig', rest: answer.trim().slice(firstSentence.length).trim() };
  const match = hedgedOpening.exec(answer.trim());
  if (match === null) return undefined;
  const said = match[0].toLowerCase();
  const hedge: Hedge = /målt/u.test(said)
    ? 'målt'
    : /merket|lagt merke/u.test(said)
      ? 'merket'
      : /sett|hørt/u.test(said)
        ? 'sett'
        : /vet|kjenner/u.test(said)
          ? 'kjent'
          : 'trolig';
  return { hedge, rest: answer.trim().slice(match[0].length).trim() };
}

/**
 * A turned negative with its reservation: "Ingen bivirkninger." + merket → "Ikke merket
 * bivirkninger."; "Bruker ikke blodfortynnende." + trolig → "Bruker trolig ikke
 * blodfortynnende."; "Ingen reaksjon på penicillin." + kjent → "Ingen kjent reaksjon på
 * penicillin."; "Ingen feber." + målt ("ikke som jeg har målt") → "Ikke målt feber." Each sentence of a two-part denial is hedged.
 */
export function hedgeStatement(statement: string, hedge: Hedge): string {
  return statement
    .split(/(?<=[.!])\s+/u)
    .map((sentence) => hedgeSentence(sentence, hedge))
    .join(' ');
}

function hedgeSentence(sentence: string, hedge: Hedge): string {
  // "Har du målt blodtrykket?" "Nei, jeg har ikke målt det.": the statement says it already.
  if (hedge === 'målt' && /(?<![\p{L}])målt(?![\p{L}])/u.test(sentence)) return sentence;
  const opening = /^(Ingen|Ikke) (.+)$/u.exec(sentence);
  if (opening?.[1] !== undefined && opening[2] !== undefined) {
    const rest = opening[2];
    switch (hedge) {
      case 'trolig':
        return `Trolig ${opening[1].toLowerCase()} ${rest}`;
      case 'merket':
      case 'sett':
        return `Ikke ${hedge} ${rest}`;
      case 'kjent':
        return `${opening[1]} kjent ${rest}`;
      // "Ingen feber." + målt → "Ikke målt feber.": what was not measured is not denied.
      case 'målt':
        return `Ikke målt ${rest}`;
      // "Ikke tung i pusten." + særlig ("Nei, ikke noe særlig.") → "Ikke særlig tung i pusten.";
      // "Ingen hoste." → "Lite hoste.": "not much" is never a flat no.
      // A safety topic is never played down: "Ikkje so mykje." to suicidal thoughts → "Noe
      // suicidale tanker.", never "Lite suicidale tanker.".
      case 'særlig':
        return opening[1] === 'Ikke'
          ? `Ikke særlig ${rest}`
          : hasSafetyTopic(rest)
            ? `Noe ${rest}`
            : `Lite ${rest}`;
    }
  }
  const inner = / (ikke|ingen) /u.exec(sentence);
  // "Bruker ikke alkohol …" + særlig → "Bruker ikke særlig alkohol …".
  if (hedge === 'særlig')
    return inner === null || inner[1] !== 'ikke'
      ? sentence
      : `${sentence.slice(0, inner.index)} ikke særlig ${sentence.slice(inner.index + inner[0].length)}`;
  if (inner === null) return `Trolig: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
  const word = `trolig ${inner[1] ?? 'ikke'}`;
  return `${sentence.slice(0, inner.index)} ${word} ${sentence.slice(inner.index + inner[0].length)}`;
}
