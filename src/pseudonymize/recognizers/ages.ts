import { parseCardinalWord } from '../number-words.js';
import type { Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

const notAgeBefore = new Set([
  'for',
  'i',
  'om',
  'hvert',
  'etter',
  'siden',
  'ca',
  'cirka',
  'over',
  'under',
  'innen',
  'de',
  'første',
  'siste',
  'noen',
  'mange',
  'par',
]);
const ageVerbs = new Set([
  'er',
  'var',
  'blir',
  'ble',
  'fylte',
  'fyller',
  'fylt',
  'snart',
  'nå',
  'på',
  'alder',
  'alderen',
]);
const subjects = new Set(['jeg', 'du', 'han', 'hun', 'hen', 'pasienten', 'hu', 'a', 'n']);
const tensWordAge =
  /^(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti|hundre|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)[a-zæøå]{0,6}år(?:ing|ingen|ig|sdag|sdagen|sfeiring)$/u;
const ageSuffix = /^(?:åring|åringen|årig|årsdag|årsdagen|års)$/u;

function ageValue(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (token.kind === 'number') return token.text.length <= 3 ? Number(token.text) : undefined;
  if (token.kind === 'word') return parseCardinalWord(token.lower);
  return undefined;
}

/** Ages: "22 år", "sytti år gammel", "40-åring", "førtiårsdagen", "du er 22 nå", "Ella er femten". */
export function recognizeAges(
  text: string,
  tokens: readonly Token[],
  isPersonToken: (index: number) => boolean,
  isPersonEnd: (index: number) => boolean = () => false,
): Candidate[] {
  const out: Candidate[] = [];
  let askedAgeAt = -100;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.lower === 'gammel' || token.lower === 'alder' || token.lower === 'gamle') {
      if (
        tokens[index + 1]?.text === '?' ||
        tokens[index + 2]?.text === '?' ||
        tokens[index + 3]?.text === '?' ||
        tokens[index - 1]?.lower === 'hvor'
      )
        askedAgeAt = index;
    }
    if (token.kind === 'word' && tensWordAge.test(token.lower)) {
      out.push({ start: token.start, end: token.end, type: 'AGE', confidence: 0.85 });
      continue;
    }
    const value = ageValue(token);
    if (value === undefined || value > 120) continue;
    const next = tokens[index + 1];
    const afterNext = tokens[index + 2];
    const previous = tokens[index - 1];
    // "Hassan Raza, 61, kjent diabetes", "Harald Bøe (88)", "Jonathan (8 mnd)".
    const closes =
      next === undefined ||
      next.text === ',' ||
      next.text === '.' ||
      next.text === ')' ||
      next.text === ';' ||
      /[\n\r]/u.test(text.slice(token.end, next.start));
    if (previous?.text === ',' && isPersonEnd(index - 2) && closes && token.kind === 'number') {
      out.push({ start: token.start, end: token.end, type: 'AGE', confidence: 0.85 });
      continue;
    }
    if (previous?.text === '(' && isPersonEnd(index - 2)) {
      if (next?.text === ')') {
        out.push({ start: token.start, end: token.end, type: 'AGE', confidence: 0.85 });
        continue;
      }
      if (
        next !== undefined &&
        /^(?:mnd|måneder|måned|uker|uke|år|dager)$/u.test(next.lower) &&
        afterNext?.text === ')'
      ) {
        out.push({ start: token.start, end: next.end, type: 'AGE', confidence: 0.85 });
        continue;
      }
    }
    // The answer to "Hvor gammel er du?": "Femtisju."
    if (
      index - askedAgeAt <= 12 &&
      token.sentenceStart &&
      (next === undefined || next.kind === 'punct' || next.lower === 'år')
    ) {
      out.push({
        start: token.start,
        end: next?.lower === 'år' ? next.end : token.end,
        type: 'AGE',
        confidence: 0.8,
      });
      continue;
    }
    if (
      next?.text === '-' &&
      afterNext !== undefined &&
      ageSuffix.test(afterNext.lower) &&
      next.start === token.end
    ) {
      out.push({ start: token.start, end: afterNext.end, type: 'AGE', confidence: 0.9 });
      continue;
    }
    if (next?.lower === 'år' || next?.lower === 'års') {
      if (
        afterNext?.lower === 'siden' ||
        afterNext?.lower === 'til' ||
        afterNext?.lower === 'fram' ||
        afterNext?.lower === 'frem'
      )
        continue;
      if (previous !== undefined && notAgeBefore.has(previous.lower)) continue;
      const gammel = afterNext?.lower === 'gammel' || afterNext?.lower === 'gamle';
      const verb =
        previous !== undefined && (ageVerbs.has(previous.lower) || previous.text === ',');
      if (!gammel && !verb && previous !== undefined && previous.kind !== 'punct') continue;
      const end = gammel ? afterNext.end : next.end;
      out.push({ start: token.start, end, type: 'AGE', confidence: gammel || verb ? 0.9 : 0.7 });
      continue;
    }
    // "du er 22 nå", "Ella er femten": a person or pronoun, a verb, a bare number.
    const adverb =
      previous !== undefined &&
      /^(?:bare|nesten|snart|knapt|omtrent|ca|cirka|akkurat|allerede)$/u.test(previous.lower);
    const verbToken = adverb ? tokens[index - 2] : previous;
    if (verbToken !== undefined && /^(?:er|var|fylte|fyller|blir|ble)$/u.test(verbToken.lower)) {
      const subject = tokens[adverb ? index - 3 : index - 2];
      const subjectIsPerson =
        subject !== undefined &&
        (subjects.has(subject.lower) || isPersonToken(adverb ? index - 3 : index - 2));
      const endsClause =
        next === undefined ||
        next.kind === 'punct' ||
        next.lower === 'nå' ||
        next.lower === 'snart' ||
        next.lower === 'i' ||
        next.lower === 'og';
      if (subjectIsPerson && endsClause && value >= 1) {
        out.push({ start: token.start, end: token.end, type: 'AGE', confidence: 0.75 });
      }
    }
  }
  return out;
}

const unitAfter = new Set([
  'mg',
  'g',
  'kg',
  'kilo',
  'ml',
  'mmol',
  'mikrogram',
  'kr',
  'kroner',
  'meter',
  'm',
  'km',
  'tabletter',
  'enheter',
  'ie',
  'cm',
  'mm',
  'liter',
]);

/** A year on its own ("i 2019", "fra 2019 til 2021"); weaker than a full date. */
export function recognizeYears(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'number' || token.text.length !== 4) continue;
    const value = Number(token.text);
    if (value < 1900 || value > 2099) continue;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (
      previous !== undefined &&
      (previous.kind === 'number' || previous.lower === 'kl' || previous.lower === 'klokka') &&
      previous.end >= token.start - 1
    )
      continue;
    if (next !== undefined && next.kind === 'number' && next.start <= token.end + 1) continue;
    if (next !== undefined && unitAfter.has(next.lower)) continue;
    if (previous?.text === ',' || next?.text === ',') {
      const neighbour = previous?.text === ',' ? tokens[index - 2] : tokens[index + 2];
      if (neighbour?.kind === 'number' && text.charAt(token.start - 1) === ',') continue; // "1,2000"
    }
    out.push({
      start: token.start,
      end: token.end,
      type: 'DATE',
      subtype: 'year',
      confidence: 0.6,
    });
  }
  return out;
}
