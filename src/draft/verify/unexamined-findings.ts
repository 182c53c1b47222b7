import { createWordMemo } from '../../language/index.js';
import type { WordToken } from '../language/fold.js';
import { stemFolded } from '../language/stem.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/** A finding called reduced, in the clinician's words (folded): "nedsatt kraft", "svekket". */
const reducedForms = [
  'nedsatt',
  'nedsett',
  'redusert',
  'reduserte',
  'svekket',
  'svekka',
  'svekkede',
];
/** A finding called raised, in the clinician's words (folded): "forhøyet CRP". */
const raisedForms = ['forhoyet', 'forhoya', 'forhoyede'];

/**
 * Examination words a note writes for what the clinician said in plain words. A word of a group
 * counts as said when any word of the group (or a compound ending in one) was said.
 */
const examinationParaphrases: readonly (readonly string[])[] = [
  ['hematom', 'blamerke', 'blamerker', 'blodutredelse', 'blaflekk', 'bla', 'blatt', 'blalig'],
  ['deviert', 'skjev', 'skjevt', 'skjeve', 'skeiv', 'skeivt', 'skeive', 'skakk', 'skakt'],
  [
    'ekskoriasjon',
    'ekskoriasjoner',
    'kloremerker',
    'kloremerke',
    'oppkloring',
    'oppklort',
    'rifter',
  ],
  ['blot', 'bloth', 'myk', 'mykt', 'myke'],
  ['palpasjonsom', 'trykkom', 'trykkomt', 'om', 'omt', 'omhet', 'palperer', 'kjenner'],
  [
    'odem',
    'odemer',
    'hevelse',
    'hevelser',
    'hoven',
    'hovent',
    'hovne',
    'haevelse',
    'haevelser',
    'opphovnet',
  ],
  [
    'erytem',
    'rodme',
    'rod',
    'rodt',
    'rode',
    'rodlig',
    'raud',
    'raudt',
    'raude',
    'injisert',
    'injeksjon',
  ],
  ['ekspirasjon', 'ekspiratorisk', 'ekspiratoriske', 'puster', 'utpust'],
  ['inspirasjon', 'inspiratorisk', 'innpust'],
  ['auskultasjon', 'lytter', 'lyttet', 'hores'],
  ['sensibilitet', 'folelse', 'folelsen', 'kjenner'],
  ['bevegelighet', 'bevege', 'beveger', 'bevegelse', 'bevegelsen'],
  ['costalbuen', 'ribbena', 'ribbeina', 'ribbeinet', 'ribbeina'],
  ['abdomen', 'magen', 'buken'],
  ['thorax', 'brystet', 'lungene'],
  ['cor', 'hjertet', 'hjertelyden', 'toner', 'hjertetoner', 'hjertelyd'],
  ['pulm', 'lungene', 'lunger'],
  ['ovarier', 'ovariene', 'eggstokker', 'eggstokkene', 'eggstokkane', 'eggstokk'],
  ['uterus', 'livmor', 'livmora', 'livmoren'],
  ['fotofobi', 'lysky', 'lyssky', 'lysskye'],
  ['diplopi', 'dobbeltsyn'],
  ['dyspnoisk', 'dyspne', 'tungpusten', 'tungpustet', 'andpusten', 'pustebesvaer'],
  ['thyreoideafunksjon', 'stoffskifte', 'stoffskiftet', 'tsh'],
  [
    'lungelyder',
    'respirasjonslyder',
    'lungeauskultasjon',
    'lungene',
    'lunger',
    'knatring',
    'knatrelyder',
  ],
  ['knatrelyder', 'knatring', 'knatrer', 'knitrelyder', 'knitring'],
  ['pipelyder', 'piping', 'piper', 'pipelyd'],
  ['hevelse', 'hoven', 'hovent', 'hovne', 'haevelse', 'haevelser', 'opphovnet', 'odem'],
  ['feilstilling', 'feilstilt', 'feilstilte'],
  ['stivhet', 'stiv', 'stive', 'nakkestivhet'],
  ['elevasjon', 'hevning', 'hevninger', 'forhoyning'],
  ['senkning', 'senkninger', 'depresjon'],
  ['takykardi', 'takykard', 'rask', 'raskt'],
  ['forstorret', 'forstorrede', 'store', 'stor', 'storre', 'hovne'],
  ['regelmessig', 'regelmessige', 'jevn', 'jevnt'],
  ['afebril', 'feber'],
  ['orientert', 'vet', 'husker'],
  ['gange', 'gangmonster', 'gar', 'gikk', 'gaende'],
  // a finding called abnormal, in the clinician's or the patient's words
  [
    ...reducedForms,
    'svak',
    'svake',
    'svakere',
    'svakare',
    'darlegare',
    'darlig',
    'darligere',
    'mindre',
    'lav',
    'lave',
    'lavere',
    'lag',
    'lage',
    'lagare',
  ],
  [...raisedForms, 'hoy', 'hoyt', 'hoye', 'hoyere', 'hog', 'hoge', 'hogare', 'okt', 'okte', 'auka'],
  ['forlenget', 'forlenga', 'forlengede', 'lang', 'lange', 'lengre'],
  ['torr', 'torre', 'tort', 'dehydrert'],
  ['livlig', 'livlige', 'okte'],
  ['uregelmessig', 'uregelmessige', 'ujevn', 'ujevnt', 'hopper', 'flimmer', 'arytmi'],
  ['positiv', 'positive', 'pos', 'utslag'],
  // (nynorsk "kvit": white)
  ['hvit', 'hvitt', 'hvite', 'kvit', 'kvitt', 'kvite'],
  // named tests a clinician describes in plain words
  ['lasegue', 'beinloft', 'beinloftet', 'beinloftstest'],
  ['lachman', 'lachmans', 'skuffetest', 'skuffe'],
  ['romberg', 'rombergs', 'balansen', 'samla', 'samlede', 'samlet'],
];

const groupsByWord = new Map<string, number[]>();
examinationParaphrases.forEach((group, groupIndex) => {
  for (const word of group) groupsByWord.set(word, [...(groupsByWord.get(word) ?? []), groupIndex]);
});

function paraphraseSaid(folded: string, said: ReadonlySet<string>): boolean {
  for (const groupIndex of groupsByWord.get(folded) ?? [])
    for (const other of examinationParaphrases[groupIndex] ?? []) if (said.has(other)) return true;
  return false;
}

/**
 * "Pollenallergi." for «Er du allergisk mot noe?» «Nei, bare pollen.»: an allergy compound whose
 * allergen and allergy were said together, in one patient turn («Jeg er allergisk mot pollen.») or
 * as the answer to a question about allergy. «allergisk» in one place and «pollen» in another
 * («Pollen er ille i år.») say no pollen allergy.
 */
export function isAllergyCompoundOfSaid(
  folded: string,
  index: Pick<TranscriptIndex, 'units' | 'replyTo'>,
): boolean {
  const allergen = /^(\p{L}{3,}?)e?allergi$/u.exec(folded)?.[1];
  if (allergen === undefined) return false;
  const namesAllergy = (unit: TranscriptUnit | undefined): boolean =>
    unit?.tokens.some((token) => token.folded.startsWith('allerg')) === true;
  return index.units.some((unit, position) => {
    if (unit.speaker === 'lege' || unit.speaker === 'sykepleier') return false;
    if (
      !unit.tokens.some(
        ({ folded: word }) => word === allergen || (word.length >= 4 && word.startsWith(allergen)),
      )
    )
      return false;
    if (namesAllergy(unit)) return true;
    const asked = index.units
      .slice(0, position)
      .findLastIndex((earlier) => earlier.isQuestion && earlier.speaker !== unit.speaker);
    return asked >= 0 && index.replyTo(asked) === position && namesAllergy(index.units[asked]);
  });
}

/**
 * True when a word absent from the conversation is still a rewording of what was said: a
 * compound of a said word ("radialispuls" ← "puls", "restpiping" ← "piping"), a word sharing a
 * said word's first six letters ("monofilamenttest" ← "monofilament"), or a clinical paraphrase
 * of the examination ("hematom" ← "blåmerke").
 */
export function isRewordingOfSaid(folded: string, said: ReadonlySet<string>): boolean {
  if (paraphraseSaid(folded, said)) return true;
  const stem = stemFolded(folded);
  for (const word of said) {
    if (word.length >= 4 && folded.length > word.length && folded.endsWith(word)) return true;
    if (word.length >= 6 && stem.length >= 6 && word.startsWith(stem.slice(0, 6))) return true;
  }
  return false;
}

/**
 * Words that name an examination finding by their form: medical endings (-itt, -ose, -emi,
 * -opati, -algi, -megali …) and the signs a note records (petekkier, ødem, erytem, bilyd, klonus,
 * defans, cyanose …). A general word a note adds ("gjentatt", "forenlig") is not a finding.
 */
const findingForm = new RegExp(
  `^\\p{L}*(?:${[
    // medical endings
    'itt',
    'itis',
    'ose',
    'oser',
    'osen',
    'emi',
    'opati',
    'algi',
    'megali',
    'trofi',
    'refleksi',
    'plegi',
    'parese',
    'pareser',
    'ektasi',
    'ataksi',
    'afasi',
    'artri',
    'otore',
    'rinore',
    'rhinore',
    // signs, folded (å → a, ø → o, æ → ae)
    'fraktur\\p{L}*',
    'ruptur\\p{L}*',
    'lesjon\\p{L}*',
    'abscess\\p{L}*',
    'infiltrat\\p{L}*',
    'odem\\p{L}*',
    'erytem\\p{L}*',
    'eksantem\\p{L}*',
    'petekki\\p{L}*',
    'bilyd\\p{L}*',
    'knatr\\p{L}*',
    'pipelyd\\p{L}*',
    'ronki',
    'krepitasjon\\p{L}*',
    'lyder',
    'omhet',
    'polypp\\p{L}*',
    'blokk',
    'klonus',
    'defans',
    'defense',
    'eksoftalmus',
    'exoftalmus',
    'exophthalmus',
    'slippom\\p{L}*',
    'stivhet',
    'ikter\\p{L}*',
    'cyano\\p{L}*',
    'dehydrert',
    'lysky',
    'irritabel',
    'blek',
    'klam',
    'slov',
    'somnolent',
    'desorientert',
    'usto',
    'hemmet',
    'utslett',
    'vesikler',
    'blemmer',
    'skorper',
    'vaesking',
    'belegg',
    'puss',
    'sar',
    'knute\\p{L}*',
    'kul',
    'oppfylling',
    'oppfylning',
    'asymmetri\\p{L}*',
    'deviasjon',
    'feilstilling',
    'forkortet',
    'utadrotert',
    'nystagmus',
    'anisokori',
    'ptose',
    'tremor',
    'rigiditet',
    'ekssudat',
    'perforasjon',
    'fluktuasjon',
    'dempning',
    'utspilt',
    'distendert',
    'meteoristisk',
    'elevasjon',
    'senkning',
    'flimmer',
    'takykard\\p{L}*',
    'bradykard\\p{L}*',
    'arytmi\\p{L}*',
    'forstorr\\p{L}*',
    'injisert',
    'halting',
    'haltende',
    'rubor',
    'hematom',
    'hypopyon',
    'hyfema',
    'hypersonor\\p{L}*',
    'deviert',
    'ekskoriasjon\\p{L}*',
    'krustedannelse',
    // neurological and psychiatric signs
    'romberg',
    'babinski',
    'hallusinasjon\\p{L}*',
    'vrangforestilling\\p{L}*',
    'retardert',
    'agitert',
    'ustelt',
    'stridor',
    'angioodem',
    // a finding called abnormal or a sign called positive ("nedsatt kraft", "positiv Lachman")
    ...reducedForms,
    ...raisedForms,
    'forlenget',
    'forlenga',
    'forlengede',
    'torr',
    'torre',
    'livlige',
    'uregelmessig',
    'uregelmessige',
  ].join('|')})$`,
  'u',
);

/** Words already judged by {@link looksLikeFinding} (the pattern backtracks over every ending). */
const findingFormMemo = createWordMemo<boolean>(50_000);

/** True for a word whose form names a finding (see `findingForm`). */
export function looksLikeFinding(folded: string): boolean {
  const known = findingFormMemo.get(folded);
  if (known !== undefined) return known;
  const looks = findingForm.test(folded);
  findingFormMemo.set(folded, looks);
  return looks;
}

/**
 * Findings a sentence states present that nobody said or examined: finding words (by their form)
 * found nowhere in the conversation, not negated, and not a rewording of what was said.
 */
export function findUnexaminedWords(options: {
  readonly tokens: readonly WordToken[];
  readonly candidates: readonly number[];
  readonly negated: readonly boolean[];
  readonly said: ReadonlySet<string>;
  readonly isNoteWord: (folded: string) => boolean;
}): number[] {
  return options.candidates.filter((tokenIndex) => {
    const token = options.tokens[tokenIndex];
    if (token === undefined || options.negated[tokenIndex] === true) return false;
    const parts = token.folded.split('-').filter((part) => part.length > 0);
    const longest = parts.reduce((best, part) => (part.length > best.length ? part : best), '');
    if (longest.length < 3 || /\d/.test(token.folded)) return false;
    if (!parts.some((part) => looksLikeFinding(part))) return false;
    if (options.isNoteWord(token.folded) || options.isNoteWord(stemFolded(token.folded)))
      return false;
    return !parts.some((part) => options.said.has(part) || isRewordingOfSaid(part, options.said));
  });
}
