import type { WordToken } from '../language/fold.js';
import { perWord } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * A named test, image, procedure, examination or sign a note can add (issue 11: "Fine pupiller",
 * "D-dimer negativ", "MR kne", "normale hofter"), with the word stems (folded: å → a, ø → o,
 * æ → ae) whose mention anywhere in the conversation supports it. A clinician may say a test in
 * plain words ("blodprosenten", "nyreprøva", "stoffskifteprøve"), so the plain words count.
 */
interface NamedItem {
  readonly form: RegExp;
  readonly said: readonly string[];
}

/**
 * Tenderness, read on the words as written: folded, "øm" is "om" ("kontroll om tre uker"). It
 * claims a palpation, so the conversation must have said tenderness, pressing or feeling.
 */
const tenderForm = /^(?:øm|ømt|ømme|ømhet|ømheten|palpasjonsøm\p{L}*|trykkøm\p{L}*)$/u;
const tenderHeard =
  /(?<![\p{L}])(?:(?:trykk|palpasjons|banke)?øm(?:t|me|het|heit|heten|heita|fintlig)?|aum|trykk(?:er|e|et|a)|palp\p{L}*|kjenne?r? (?:på|etter)|klemm?(?:er|e))(?![\p{L}])/u;
/** Words before a tenderness that deny it ("uten ømhet"): a denial claims less, so it is left. */
const deniedBefore = /^(?:uten|utan|ingen|inga|ikke|ikkje)$/u;

const namedItems: readonly NamedItem[] = [
  // blood and urine tests
  { form: /^crp$/u, said: ['crp', 'betennelses', 'infeksjonsprove', 'reaktiv'] },
  { form: /^(?:hb|hemoglobin\p{L}*)$/u, said: ['hb', 'hemoglobin', 'blodprosent', 'blodverdi'] },
  { form: /^hba1c$/u, said: ['hba1c', 'a1c', 'langtidsblodsukker', 'langtidssukker'] },
  { form: /^(?:nt)?(?:pro)?bnp$/u, said: ['bnp', 'probnp', 'hjertesviktprove'] },
  { form: /^dimer\p{L}*$/u, said: ['dimer'] },
  { form: /^troponin\p{L}*$/u, said: ['troponin', 'tnt', 'hjerteprove', 'hjerteenzym'] },
  { form: /^(?:tsh|ft4|ft3)$/u, said: ['tsh', 'ft4', 'stoffskift', 'thyr'] },
  { form: /^ferritin\p{L}*$/u, said: ['ferritin', 'jernlager', 'jern'] },
  { form: /^(?:leukocytt\p{L}*|lpk)$/u, said: ['leuko', 'lpk', 'kvite', 'hvite'] },
  { form: /^trombocytt\p{L}*$/u, said: ['trombo', 'blodplate'] },
  { form: /^nitritt$/u, said: ['nitritt'] },
  { form: /^kreatinin\p{L}*$/u, said: ['kreatinin', 'nyrepro', 'nyrefunksjon', 'egfr', 'gfr'] },
  { form: /^e?gfr$/u, said: ['gfr', 'egfr', 'kreatinin', 'nyrepro', 'nyrefunksjon'] },
  {
    form: /^(?:albumin\p{L}*|acr)$/u,
    said: ['albumin', 'eggvit', 'eggkvit', 'eggehvit', 'eggekvit', 'protein'],
  },
  {
    form: /^(?:natrium|kalium|elektrolytt\p{L}*)$/u,
    said: ['natrium', 'kalium', 'elektrolytt', 'salt'],
  },
  {
    form: /^(?:alat|asat|ggt|bilirubin|leverprove\p{L}*)$/u,
    said: ['alat', 'asat', 'gt', 'lever', 'bilirubin'],
  },
  {
    form: /^(?:ldl|hdl|kolesterol\p{L}*|triglyserid\p{L}*)$/u,
    said: ['ldl', 'hdl', 'kolesterol', 'triglyserid', 'fett'],
  },
  { form: /^(?:glukose|blodsukker\p{L}*)$/u, said: ['glukose', 'blodsukker', 'sukker'] },
  {
    form: /^(?:urinstix|urinstiks|stix|stiks)$/u,
    said: ['stix', 'stiks', 'urinprove', 'tisseprove', 'urin'],
  },
  { form: /^(?:strep|streptest|streptokokk\p{L}*)$/u, said: ['strep', 'halsprove', 'streptokokk'] },
  { form: /^psa$/u, said: ['psa', 'prostataprove'] },
  // images and procedures
  { form: /^ct$/u, said: ['ct', 'skann', 'computertomograf'] },
  { form: /^(?:mr|mri)$/u, said: ['mr', 'mri', 'magnet'] },
  { form: /^(?:rontgen\p{L}*|rtg)$/u, said: ['rontgen', 'rongten', 'rtg', 'bilde'] },
  { form: /^(?:ultralyd\p{L}*|ul)$/u, said: ['ultralyd', 'ul', 'ekko'] },
  { form: /^ekko(?:kardiografi)?$/u, said: ['ekko', 'ultralyd'] },
  { form: /^ekg$/u, said: ['ekg', 'hjertefilm', 'hjertekurve', 'hjerterytme'] },
  {
    form: /^(?:gastroskopi|koloskopi|endoskopi|sigmoidoskopi)$/u,
    said: ['skopi', 'kikkert', 'kamera'],
  },
  { form: /^spirometri$/u, said: ['spirometri', 'pusteprove', 'blase'] },
  { form: /^holter\p{L}*$/u, said: ['holter', 'langtids', 'dognregistrering', 'ekg'] },
  { form: /^biopsi\p{L}*$/u, said: ['biopsi', 'vevsprove'] },
  {
    form: /^(?:fundoskopi|oftalmoskopi|oyebunn\p{L}*)$/u,
    said: ['fundoskop', 'oftalmoskop', 'oyebunn', 'augebotn'],
  },
  // examinations and named signs
  {
    form: /^(?:rektaleksplorasjon|rektalundersokelse|rektalundersokelsen|eksplorasjon)$/u,
    said: ['rekt', 'endetarm', 'eksplor'],
  },
  { form: /^murphy\p{L}*$/u, said: ['murphy', 'galle'] },
  { form: /^mcmurray\p{L}*$/u, said: ['mcmurray'] },
  {
    form: /^(?:lasegue\p{L}*|laseque\p{L}*)$/u,
    said: ['lasegue', 'laseque', 'beinl', 'strekk', 'loft'],
  },
  { form: /^babinski\p{L}*$/u, said: ['babinski', 'fotsale'] },
  { form: /^hofte\p{L}*$/u, said: ['hofte', 'hoft'] },
  {
    form: /^(?:lymfeknute\p{L}*|glandl\p{L}*|glandel\p{L}*)$/u,
    said: ['lymf', 'kjertel', 'kjertl', 'glandl', 'glandel', 'kul'],
  },
  { form: /^(?:halsvene\p{L}*|jugular\p{L}*)$/u, said: ['halsven', 'jugul'] },
  {
    form: /^(?:thyreoidea\p{L}*|skjoldbrusk\p{L}*|struma)$/u,
    said: ['thyr', 'skjoldbrusk', 'stoffskift', 'struma'],
  },
  { form: /^vibrasjon\p{L}*$/u, said: ['vibrasjon', 'stemmegaffel'] },
  { form: /^kapillaer\p{L}*$/u, said: ['kapill', 'neglesprett', 'fylning'] },
  { form: /^nyrelosj\p{L}*$/u, said: ['nyrelosj', 'nyre', 'flanke'] },
  { form: /^bankeom\p{L}*$/u, said: ['bank', 'dunk', 'nyrelosj', 'flanke'] },
  {
    form: /^(?:lungeauskultasjon|lunge|lunger|lungene|pulm|respirasjonslyd\p{L}*)$/u,
    said: ['lung', 'pulm', 'lytt', 'auskult', 'respirasjon', 'knatr', 'pipe'],
  },
  { form: /^(?:hjertelyd\p{L}*|cor)$/u, said: ['hjert', 'cor', 'bilyd', 'lytt', 'auskult'] },
  { form: /^pupill\p{L}*$/u, said: ['pupill', 'lyser', 'lykt', 'lommelykt'] },
  {
    form: /^(?:defens|defans)$/u,
    said: ['defens', 'defans', 'spent', 'stram', 'hard', 'muskelvern'],
  },
  {
    form: /^(?:kraft|krafta|kraften|muskelkraft|grovkraft)$/u,
    said: ['kraft', 'klem', 'styrke', 'sterk', 'svak', 'skyv', 'press', 'dytt', 'motstand'],
  },
  { form: /^(?:refleks|reflekser|senerefleks\p{L}*)$/u, said: ['refleks', 'hammer'] },
  { form: /^trommehinn\p{L}*$/u, said: ['trommehinn', 'ore', 'oyr', 'otoskop'] },
  { form: /^(?:tonsill\p{L}*|mandl\p{L}*)$/u, said: ['tonsill', 'mandl', 'svelg', 'hals'] },
  { form: /^(?:meningisme|meningeal\p{L}*)$/u, said: ['nakke', 'mening'] },
];

/** A sentence that says a test or examination was not done invents no result. */
const notDone =
  /(?<![\p{L}])(?:ikke|ikkje|ei)\s+(?:tatt|utført|gjort|undersøkt|rekvirert|bestilt|gjennomført)(?![\p{L}])/iu;

/** Norwegian letter names (folded), as a speaker spells a test ("ce er pe", "hå be", "e ka ge"). */
const letterNames = new Map<string, string>([
  ['a', 'a'],
  ['be', 'b'],
  ['ce', 'c'],
  ['se', 'c'],
  ['de', 'd'],
  ['e', 'e'],
  ['eff', 'f'],
  ['ef', 'f'],
  ['ge', 'g'],
  ['ha', 'h'],
  ['i', 'i'],
  ['je', 'j'],
  ['ka', 'k'],
  ['ell', 'l'],
  ['el', 'l'],
  ['em', 'm'],
  ['en', 'n'],
  ['o', 'o'],
  ['pe', 'p'],
  ['ku', 'q'],
  ['er', 'r'],
  ['aer', 'r'],
  ['aerr', 'r'],
  ['ess', 's'],
  ['es', 's'],
  ['te', 't'],
  ['u', 'u'],
  ['ve', 'v'],
]);

/**
 * Abbreviations spelled out letter by letter in the conversation ("ce er pe" → "crp",
 * "e-ka-ge" → "ekg"): runs of two to five letter names, within one word or across words.
 */
function spelledAbbreviations(words: readonly (readonly string[])[]): Set<string> {
  const found = new Set<string>();
  // (Letters per word in one flat list, `undefined` for a word that is no letter name; a run
  // stops at one. Most words are none, so most sentences add nothing.)
  const letters: (string | undefined)[] = [];
  for (const sentence of words) {
    letters.length = 0;
    let any = false;
    for (const word of sentence) {
      const letter = letterNames.get(word);
      if (word.includes('-')) {
        const parts = word.split('-');
        const spelled = parts.map((part) => letterNames.get(part));
        if (parts.length > 1 && spelled.every((candidate) => candidate !== undefined)) {
          letters.push(...spelled);
          any = true;
          continue;
        }
      }
      letters.push(letter);
      if (letter !== undefined) any = true;
    }
    if (!any) continue;
    for (let start = 0; start < letters.length; start += 1) {
      if (letters[start] === undefined) continue;
      let run = letters[start] as string;
      for (let end = start + 2; end <= Math.min(letters.length, start + 5); end += 1) {
        const next = letters[end - 1];
        if (next === undefined) break;
        run += next;
        found.add(run);
      }
    }
  }
  return found;
}

interface HeardForms {
  /** Abbreviations spelled letter by letter. */
  readonly spelled: ReadonlySet<string>;
  /** Whether tenderness, pressing or feeling was said. */
  readonly tenderness: boolean;
  /** Stems asked about so far, and whether they were said (see {@link isStemSaid}). */
  readonly stemSaid: Map<string, boolean>;
}

/** Each transcript's spelled abbreviations and tenderness, read once (asked per sentence). */
const heardByIndex = new WeakMap<TranscriptIndex, HeardForms>();

function getHeard(index: TranscriptIndex): HeardForms {
  const known = heardByIndex.get(index);
  if (known !== undefined) return known;
  const heard: HeardForms = {
    spelled: spelledAbbreviations(
      index.units.map((unit) => unit.tokens.map((token) => token.folded)),
    ),
    // (One test over every unit: units joined by a line break, which no wording crosses.)
    tenderness: tenderHeard.test(
      index.units
        .map((unit) => unit.tokens.map((token) => token.text.toLowerCase()).join(' '))
        .join(' \n '),
    ),
    stemSaid: new Map(),
  };
  heardByIndex.set(index, heard);
  return heard;
}

/** True when a stem was said: a said word starts with it, or (five letters or more) holds it. */
function isStemSaid(stem: string, said: ReadonlySet<string>): boolean {
  for (const word of said) {
    if (word.startsWith(stem)) return true;
    if (stem.length >= 5 && word.includes(stem)) return true;
  }
  return false;
}

/** {@link isStemSaid} over the transcript's words, each stem answered once per transcript. */
function isStemHeard(stem: string, heard: HeardForms, said: ReadonlySet<string>): boolean {
  const known = heard.stemSaid.get(stem);
  if (known !== undefined) return known;
  const answer = isStemSaid(stem, said);
  heard.stemSaid.set(stem, answer);
  return answer;
}

/** The named item a folded word (or a part of it between hyphens or slashes) names. */
const itemOfWord = perWord((folded: string): NamedItem | undefined => {
  const parts = [folded, ...folded.split(/[-/]/u)].filter((part) => part !== '');
  return namedItems.find((candidate) => parts.some((part) => candidate.form.test(part)));
});

/** Whether a word (lower case) calls a part tender. */
const isTenderForm = perWord((lower: string): boolean => tenderForm.test(lower));

/**
 * The tokens of a sentence that name a test, image, procedure, examination or sign that the
 * conversation never named in any wording (issue 11: a finding whose organ or test was never
 * examined or taken, a test never ordered). Normal and abnormal alike: "normale hofter" claims an
 * examination as much as "positiv McMurray". A sentence that says it was not done is left alone.
 */
export function findUnsaidNamedItems(options: {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
}): number[] {
  const said = options.index.words;
  const heard = getHeard(options.index);
  const unsaid: number[] = [];
  options.tokens.forEach((token, tokenIndex) => {
    if (isTenderForm(token.text.toLowerCase())) {
      const before = options.tokens[tokenIndex - 1]?.folded ?? '';
      if (!heard.tenderness && !deniedBefore.test(before)) unsaid.push(tokenIndex);
      return;
    }
    const item = itemOfWord(token.folded);
    if (item === undefined) return;
    if (!item.said.some((stem) => heard.spelled.has(stem) || isStemHeard(stem, heard, said)))
      unsaid.push(tokenIndex);
  });
  // (Asked last: most sentences name no item, and are done without the pattern.)
  if (unsaid.length > 0 && notDone.test(options.text)) return [];
  return unsaid;
}
