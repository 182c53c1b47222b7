import { createWordMemo } from '../../language/index.js';
import { fold } from './fold.js';

/*
 * A light Norwegian stemmer (after the Snowball Norwegian algorithm, step 1 only): strips the
 * common inflection endings so "mandlene", "mandler" and "mandel" meet, and "smertene" meets
 * "smerter". Works on folded words (lower case, no diacritics). Stems keep at least 3 letters.
 */
const endings = [
  // nynorsk "-heit" ("nakkestivheit", "svimmelheita") meets bokmål "-het"
  'heitene',
  'heita',
  'heiten',
  'heit',
  'hetenes',
  'hetene',
  'hetens',
  'heten',
  'heter',
  'endes',
  'ande',
  'ende',
  'edes',
  'enes',
  'erte',
  'ede',
  'ane',
  'ene',
  'ens',
  'ers',
  'ets',
  'het',
  'ast',
  'ert',
  'te',
  'en',
  'ar',
  'er',
  'as',
  'es',
  'et',
  'a',
  'e',
  's',
];

/** The stem of one word. */
export function stem(word: string): string {
  return stemFolded(fold(word));
}

/*
 * Stems already worked out (pure: a word always has the same stem). Bounded, so a long-running
 * server keeps vocabulary, never whole conversations.
 */
const stemMemo = createWordMemo<string>(50_000);

/** The stem of a word that is already folded. */
export function stemFolded(folded: string): string {
  const known = stemMemo.get(folded);
  if (known !== undefined) return known;
  const stemmed = stripEnding(folded);
  stemMemo.set(folded, stemmed);
  return stemmed;
}

/**
 * Strong verbs whose forms share no stem ("slo hodet", "har ikke slått hodet"): each form, folded,
 * to one key. (The forms of "brekke" were tried too: held-out v4 lost a fault as it lost a flag.)
 */
const strongVerbForms: ReadonlyMap<string, string> = new Map([
  ['slo', 'sla'],
  ['slatt', 'sla'],
  ['slar', 'sla'],
  ['sla', 'sla'],
]);

/** True for a form of a strong verb that {@link stemFolded} maps to one key ("slo", "slått"). */
export function isStrongVerbForm(folded: string): boolean {
  return strongVerbForms.has(folded);
}

function stripEnding(folded: string): string {
  if (/\d/.test(folded)) return folded;
  const strong = strongVerbForms.get(folded);
  if (strong !== undefined) return strong;
  for (const ending of endings) {
    if (folded.endsWith(ending) && folded.length - ending.length >= 3) {
      return folded.slice(0, folded.length - ending.length);
    }
  }
  return folded;
}

/**
 * True when two stems name the same thing: equal, or one a prefix of the other and at least 5
 * letters long (compounds and spelling variants: "streptokokk" / "streptokokkhals").
 */
export function stemsMatch(left: string, right: string): boolean {
  if (left === right) return true;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.length >= 5 && longer.startsWith(shorter);
}

/**
 * Words that carry no clinical content: function words, discourse particles and filler. Content
 * words are everything else; the verifier matches a sentence by its content words.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `
  og i på til av for med som er var har hadde det den de en et ei å at om ikke ingen noe noen jeg du han hun vi
  dere meg deg seg oss dem min mitt mine din ditt dine sin sitt sine hans hennes deres vår vårt våre
  så men eller fra ved etter før over under inn ut opp ned da når hvis dersom fordi mens enn også bare jo vel
  liksom altså eh ehm mm nå her der hva hvem hvor hvordan hvorfor kan kunne skal skulle vil ville må måtte bør
  burde få får fikk blir ble bli vært være er ja nei ok okei takk sånn slik litt mye veldig helt ganske
  egentlig faktisk kanskje nok sikkert igjen hele alle alt annen annet andre samme seg selv sitt denne dette
  disse hos mot mellom uten gjennom per ca cirka pasienten pas pasient pasientens tror synes tenker si sier
  sa går gikk gått gjør gjorde gjort kommer kom komme ta tar tok tatt hatt fått vet ser se sett litt kjempe
  the and of
  `
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => fold(word)),
);

/** True for a word with clinical or factual content. */
export function isContentWord(folded: string): boolean {
  return !stopWords.has(folded) && (folded.length > 1 || /\d/.test(folded));
}
