/*
 * The one safety lexicon of the builtin engine (issue 12, item 5: safety-critical content is
 * never dropped). Each entry names a topic and the phrases that say it, in bokmål note or spoken
 * language (dialect is normalised before the safety net reads a clause). Two readers use it:
 *
 * - `critical-content.ts`, the clause guard every compression rule consults before it drops or
 *   shortens anything: a clause holding any phrase of any entry is kept as it is;
 * - `safety-net.ts`, which adds to a finished draft what the patient said and no statement says;
 *   it reads only the entries marked `safetyNet` (the wording it writes is `noteWording`).
 *
 * Phrase syntax, kept small so the list stays data: words separated by spaces, `(a|b)` for
 * alternatives, `?` after a group or a word for "optional", and `*` at the end of a word for
 * "any ending" (`brystsmert*` = brystsmerte, brystsmerter …; after a group, any ending of each
 * alternative). A phrase matches only at word boundaries, case-insensitively; the safety-net
 * phrases end in `*` because the regular expressions they replaced matched a prefix («kastet opp
 * blodig», «tanker om selvmordsforsøk»).
 */

/** What a guarded clause is about. */
export type SafetyTopic =
  | 'suicidal'
  | 'chest-pain'
  | 'breathlessness'
  | 'haemoptysis'
  | 'stroke-or-weakness'
  | 'red-flag'
  | 'suspected-diagnosis'
  | 'pregnancy'
  | 'allergy'
  | 'anticoagulant'
  | 'dose';

/** One line of the lexicon. */
export interface SafetyLexiconEntry {
  readonly topic: SafetyTopic;
  readonly phrases: readonly string[];
  /** Read by the safety net, which adds the content to a draft that lacks it. */
  readonly safetyNet?: true;
  /** How the safety net writes a red flag said by the patient. */
  readonly noteWording?: string;
}

export const safetyLexicon: readonly SafetyLexiconEntry[] = [
  {
    topic: 'suicidal',
    safetyNet: true,
    phrases: [
      // A trailing `*`: the old safety-net patterns matched a prefix («selvmordsforsøk»).
      '(ingen|ikke (er |var )?noen|ikke (er |var )?noe) (vits|mening) (i|med) å leve*',
      '(tenkt|tenker|tanker) (på|om) (å ta livet|selvmord|å dø)*',
      '(lyst|ønske|ønsker) (til )?å dø*',
      'ta livet (mitt|av meg)*',
      '(ikke|ikke lenger) (orke|orker|lyst til) å leve*',
    ],
  },
  {
    // Indirect forms: the guard keeps them; the safety net does not write them itself.
    topic: 'suicidal',
    phrases: [
      'suicid*',
      'selvmord*',
      'sjølmord*',
      'ta livet (mitt|av meg|sitt|av seg|ditt|av deg)',
      'tok livet',
      'gjøre slutt på (det|alt|livet|meg|seg)',
      'gjort slutt på (det|alt|livet)',
      '(ikke|ikkje|itj) (orke|orker|orka) (mer|meir|lenger|lengre|dette)',
      '(orker|orka) (ikke|ikkje|itj) (mer|meir|lenger|lengre)',
      'skade (meg|seg|deg) (selv|sjøl)',
      'selvskad*',
      'livsled*',
      'dødsønsk*',
      'dødstank*',
      '(lettere|bedre|enklere) (å|om|hvis) (jeg |eg )?(ikke|ikkje|itj) (være|var|fantes|levde|våkne)',
      '(ønsker|lyst) (til )?å forsvinne',
      'sovne (inn )?og (aldri|ikke) våkne',
    ],
  },
  {
    topic: 'chest-pain',
    phrases: [
      'vondt i brystet',
      '(smerte|smerter|smertar|trykk|press|klem|stikk|stikking) (i|over|på) brystet',
      'brystsmert*',
      'brystsmart*',
      'angina*',
      'trykk* i brystet',
    ],
  },
  {
    topic: 'breathlessness',
    phrases: [
      'tung* i pusten',
      'tungpust*',
      'andpust*',
      'pustebesvær*',
      'pustevansk*',
      'dyspn*',
      '(får|fikk) (ikke|ikkje|itj) (puste|luft)',
      '(vansker|vanskelig|problemer) med å puste',
      'kortpust*',
      'stridor',
      'inndragning*',
    ],
  },
  {
    topic: 'haemoptysis',
    phrases: [
      '(hostet|hoster|hosta|hoste) (opp )?blod*',
      'blod i (slimet|oppspyttet)',
      'hemoptys*',
    ],
  },
  {
    topic: 'stroke-or-weakness',
    phrases: [
      'slapp*',
      'slag',
      'hjerneslag',
      'drypp',
      'tia',
      'skjev* i (munnen|ansiktet|fjeset)',
      'hengende munnvik*',
      'lam',
      'lammels*',
      'lammet',
      'nummen*',
      'prikking',
      'utfall*',
      'taleforstyrr*',
      '(snakker|snakket|snakka) (rart|utydelig|grøtete)',
      'kraftløs*',
      'kraftsvikt',
    ],
  },
  {
    topic: 'red-flag',
    safetyNet: true,
    noteWording: 'Blod i avføringen.',
    phrases: ['blod i (avføringen|avføring|bæsjen)*'],
  },
  {
    topic: 'red-flag',
    safetyNet: true,
    noteWording: 'Svart avføring.',
    phrases: ['(svart|sort) avføring*'],
  },
  {
    topic: 'red-flag',
    safetyNet: true,
    noteWording: 'Blod i urinen.',
    phrases: ['blod i (urinen|urin|tisset)*'],
  },
  {
    topic: 'red-flag',
    safetyNet: true,
    noteWording: 'Blodig oppkast.',
    phrases: ['(kastet|kaster|kasta) opp blod*'],
  },
  {
    topic: 'red-flag',
    safetyNet: true,
    noteWording: 'Hoster blod.',
    phrases: ['(hostet|hoster|hosta) (opp )?blod*'],
  },
  {
    topic: 'red-flag',
    safetyNet: true,
    noteWording: 'Besvimt.',
    phrases: ['(besvimte|besvimt|svimte av)'],
  },
  {
    topic: 'red-flag',
    phrases: [
      'besvim*',
      'melena',
      'feber*',
      'frysninger',
      'nakkestiv*',
      'nattesvet*',
      'vekttap',
      'gått ned i vekt',
      'forvirr*',
      'kramp*',
      'bevisstløs*',
      'bevissthet*',
      'synsforstyrr*',
      'dobbeltsyn*',
      'verste hodepine*',
      'plutselig*',
      'petekki*',
      'utslett',
      'blødning*',
      'blø*',
      'blod*',
      'sikl*',
      'blå rundt munnen',
      'cyanos*',
      'blek',
      'sepsis',
      'meningitt*',
      'hjernehinnebetennelse',
      'infarkt*',
      'kreft*',
      'svulst*',
      'akutt*',
      '113',
      'legevakt*',
      'straks',
      'med en gang',
      'umiddelbart',
    ],
  },
  {
    // What the clinician suspects, rules out or names: the assessment, not the pedagogy.
    topic: 'suspected-diagnosis',
    phrases: [
      'mistenk*',
      'mistanke*',
      'kan (være|vere|dreie seg om|skyldes)',
      'tyder på',
      'forenlig med',
      'tegn på',
      'utelukk*',
      'usikker på om',
      'sannsynlig*',
      'trolig',
      'antakelig*',
      'ser ut (som|til)',
      'passer med',
      'diagnos*',
      'infeksjon*',
      'betennelse*',
      'gått opp til (nyrene|lungene|hjernen)',
    ],
  },
  {
    topic: 'pregnancy',
    safetyNet: true,
    phrases: ['(gravid|svanger|venter (barn|en baby))'],
  },
  {
    topic: 'pregnancy',
    phrases: [
      'gravid*',
      'svanger*',
      'termin*',
      'foster*',
      '(ammer|amming|amme)',
      'prevensjon',
      'p-pille*',
    ],
  },
  {
    topic: 'allergy',
    phrases: [
      'allergi*',
      'allergisk*',
      'cave',
      '(tåler|tåle|tålte) (ikke|ikkje|itj)',
      'reagerte (på|med)',
      'overfølsom*',
      'anafylak*',
    ],
  },
  {
    // The drug names the safety net writes as «Bruker …» (the patient's own anticoagulant).
    topic: 'anticoagulant',
    safetyNet: true,
    phrases: [
      'marevan',
      'warfarin',
      'eliquis',
      'apixaban',
      'xarelto',
      'rivaroksaban',
      'pradaxa',
      'dabigatran',
      'lixiana',
      'edoksaban',
      'fragmin',
      'klexane',
      'blodfortynnende',
    ],
  },
  {
    topic: 'anticoagulant',
    phrases: [
      'blodfortynn*',
      'antikoag*',
      'albyl*',
      'brilique',
      'ticagrelor',
      'plavix',
      'klopidogrel',
      'platehemm*',
      'inr',
    ],
  },
  {
    topic: 'dose',
    phrases: [
      'mg',
      'milligram',
      'mikrogram',
      'µg',
      'ml',
      'gram',
      'tablett*',
      'dose*',
      'doser*',
      'ganger (daglig|om dagen|i døgnet)',
      'x',
      'depot',
      'stikkpille*',
      'drag',
      'enheter',
      // Drug classes named without a drug name: a decision about them is never pedagogy.
      'antibiotika*',
      'antibiotikum',
      'kortison*',
      'steroid*',
      'insulin*',
      'antihistamin*',
      'smertestillende',
      'sovemedisin*',
      'vaksine*',
    ],
  },
];

/** The regular expression source of one phrase (see the syntax in the head comment). */
export function toPhraseSource(phrase: string): string {
  const source = phrase
    .trim()
    .replace(/\*/gu, '\\p{L}*')
    // "(er |var )?" reads as "(er\s+|var\s+)?": an optional word keeps its own space.
    .replace(/\s+/gu, '\\s+');
  return `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
}

/** One expression for every phrase of the entries chosen (case-insensitive, Unicode). */
export function toLexiconPattern(
  choose: (entry: SafetyLexiconEntry) => boolean,
  flags = 'iu',
): RegExp {
  const sources = safetyLexicon
    .filter(choose)
    .flatMap((entry) => entry.phrases.map(toPhraseSource));
  return new RegExp(sources.join('|'), flags);
}
