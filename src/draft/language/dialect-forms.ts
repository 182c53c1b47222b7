/*
 * Session 17: forms of eastern (Østfold, Oslo), Oslo youth speech (multiethnolect), Telemark and
 * Finnmark speech that the older word lists in spoken-norwegian.ts do not know. Kept as data in a
 * file of its own, so the normaliser reads them like its other lists and other lists can grow
 * beside them without touching these.
 */

/** Words that are only dialect, with their bokmål form. Safe in any sentence. */
export const eastAndNorthernDialectWords: Readonly<Record<string, string>> = {
  // Østfold, Oslo and Oslo youth speech: pronouns, negation and contracted "har ikke".
  je: 'jeg',
  hu: 'hun',
  itte: 'ikke',
  hakke: 'har ikke',
  harru: 'har du',
  ække: 'er ikke',
  vakke: 'var ikke',
  kanke: 'kan ikke',
  bærre: 'bare',
  tia: 'tiden',
  sjønner: 'skjønner',
  sjønne: 'skjønner',
  nope: 'nei',
  seff: 'ja',
  // Telemark: "eg hev kje slege meg", "ette at", "raud", "um".
  kje: 'ikke',
  slege: 'slått',
  teke: 'tatt',
  køyrde: 'kjørte',
  køyra: 'kjøre',
  ette: 'etter',
  raud: 'rød',
  raude: 'røde',
  vøre: 'være',
  kåleis: 'hvordan',
  koleis: 'hvordan',
  gjera: 'gjøre',
  hjelpa: 'hjelpe',
  // Finnmark and the north: "legen sir", "glømt", "laus mage", "føttern".
  sir: 'sier',
  glømt: 'glemt',
  glømte: 'glemte',
  laus: 'løs',
  føttern: 'føttene',
  føttan: 'føttene',
  beinan: 'beina',
  // Valdres, Sogn, Stavanger and Romsdal: negation, "noe/noen", question words and pronouns.
  ikkji: 'ikke',
  kji: 'ikke',
  inkji: 'ikke',
  ittje: 'ikke',
  ingjen: 'ingen',
  ingjenting: 'ingenting',
  ingenteng: 'ingenting',
  nokå: 'noe',
  nåkå: 'noe',
  någe: 'noe',
  någen: 'noen',
  nåken: 'noen',
  nåkon: 'noen',
  nokko: 'noe',
  mykji: 'mye',
  mykkje: 'mye',
  kofor: 'hvorfor',
  koffor: 'hvorfor',
  kafor: 'hvorfor',
  kolles: 'hvordan',
  korsn: 'hvordan',
  kossn: 'hvordan',
  dokko: 'dere',
  dokke: 'dere',
  hjå: 'hos',
  vont: 'vondt',
  verkje: 'verke',
  verkjer: 'verker',
  jau: 'ja',
  japp: 'ja',
  nix: 'nei',
  // Session 18: nynorsk forms of safety words, so a denial names them as a note does.
  bevisstlaus: 'bevisstløs',
  medvitslaus: 'bevisstløs',
  blodfortynnande: 'blodfortynnende',
  // Session 20: more of them, as said in Valdres, Hallingdal and Sogn ("blodtynnande", "vondt i
  // brøste", "ha du kjint", "e ha kji havt"), so the denied topic is named as a note names it.
  blodtynnande: 'blodfortynnende',
  blodtynnende: 'blodfortynnende',
  brøste: 'brystet',
  kjint: 'kjent',
  havt: 'hatt',
  sveitte: 'svette',
  sveittar: 'svetter',
  sjølvskading: 'selvskading',
  tungpusta: 'tungpustet',
  hauet: 'hodet',
  haue: 'hodet',
  huet: 'hodet',
  hauverk: 'hodepine',
  bringa: 'brystet',
  blodtynnar: 'blodfortynnende',
  blodtynner: 'blodfortynnende',
  utslæt: 'utslett',
  // Session 22: "vondt i hue", "har sovi dårlig", "hele tida", "om kvarandre", "elles kontroll",
  // "ein tre vekers tid", "etter haustferien", "øran e fine", "det står i papira".
  hue: 'hodet',
  sovi: 'sovet',
  tida: 'tiden',
  kvarandre: 'hverandre',
  elles: 'ellers',
  vekers: 'ukers',
  haustferien: 'høstferien',
  haustferie: 'høstferie',
  øran: 'ørene',
  papira: 'papirene',
  lillesøstra: 'lillesøsteren',
  // Session 37j: inland and coastal speech told at length (østerdalsk, gudbrandsdalsk, valdresmål,
  // helgelandsk, nordmørsk, sunnmørsk, sørlandsk, Finnmark): "æ har vørti tung i pusten", "det har
  // blidd verre", "sjøtti-fem" (a dose), "heile tidi", "ingi diaré", "ein ti minudder".
  vørti: 'blitt',
  vørte: 'blitt',
  vorti: 'blitt',
  vorte: 'blitt',
  blidd: 'blitt',
  vørre: 'verre',
  // Session 40e: a passive death wish in nynorsk ("lettare om eg ikkje var her").
  lettare: 'lettere',
  gammal: 'gammel',
  føtta: 'føttene',
  sokkan: 'sokkene',
  buksan: 'buksene',
  sjøtti: 'sytti',
  byrje: 'begynne',
  enno: 'ennå',
  ujamt: 'ujevnt',
  ujamn: 'ujevn',
  åleine: 'alene',
  synest: 'synes',
  tidi: 'tiden',
  ingi: 'ingen',
  trudde: 'trodde',
  trudd: 'trodde',
  frose: 'frosset',
  einannan: 'hverandre',
  kvarannan: 'hverandre',
  hjelpte: 'hjalp',
  hjølp: 'hjalp',
  forkjølels: 'forkjølelse',
  hyttå: 'hytta',
  kulda: 'kulden',
  gråkvitt: 'gråhvitt',
  utsida: 'utsiden',

  stova: 'stua',
  vaken: 'våken',
  minudder: 'minutter',
  båden: 'båten',
  ud: 'ut',
  tablette: 'tabletter',
  sjekka: 'sjekket',
  henta: 'hentet',
  stressa: 'stresset',
  svikta: 'sviktet',
  tissa: 'tisset',
  leika: 'lekte',
  kyr: 'kuer',
  so: 'så',
};

/**
 * Session 37j: participles a dialect says like the infinitive, read as participles after «har» or
 * «hadde» ("eg hadde ete" → "hadde spist", "det har kome att" → "har kommet igjen", "han har leika"
 * → "har lekt"). Alone these words are infinitives or the past ("eg åt", "han leika").
 */
export const participlesAfterHave: Readonly<Record<string, string>> = {
  ete: 'spist',
  kome: 'kommet',
  leika: 'lekt',
  drukke: 'drukket',
};

/** Forms of «ha» before a participle ("har", "hadde", dialect "he", "hev", "ha"). */
export const haveVerbs: ReadonlySet<string> = new Set(['har', 'hadde', 'ha', 'he', 'hev']);

/** Personal pronouns before the past «åt» (ate): "eg åt litt mykje kake" → "jeg spiste". */
export const pronounsBeforeAte: ReadonlySet<string> = new Set([
  'jeg',
  'æ',
  'eg',
  'e',
  'je',
  'han',
  'ho',
  'hun',
  'hu',
  'vi',
  'me',
  'dei',
  'de',
]);

/**
 * Session 37j: the gudbrandsdalsk and valdres «tå» (av) before a pronoun ("slag tå det", "fekk
 * vondt tå han"); alone «tå» is a toe. «te» (til) after a direction or in «av og te»; alone «te» is
 * tea ("en kopp te").
 */
export function inlandPrepositions(text: string): string {
  return text
    .replace(
      /(?<![\p{L}])tå(?= (?:det|den|dei|de|han|ho|hun|meg|mæ|seg|sæ|deg|dæ|oss|dem|dokk|hverandre)(?![\p{L}]))/giu,
      'av',
    )
    .replace(/(?<![\p{L}])av og te(?![\p{L}])/giu, 'av og til')
    .replace(/(?<![\p{L}])(ut|opp|ned|inn|bort|hjem|heim|tilbake) te(?= )/giu, '$1 til');
}

/**
 * Dialect verbs said without the present-tense -r after a subject ("æ snuse", "eg hev kje"). "hev"
 * only there: alone it is the bokmål imperative "hev armen".
 */
export const eastAndNorthernPresentAfterSubject: Readonly<Record<string, string>> = {
  snuse: 'snuser',
  røyke: 'røyker',
  glømme: 'glemmer',
  huske: 'husker',
  sove: 'sover',
  hoste: 'hoster',
  svelge: 'svelger',
  kaste: 'kaster',
  føle: 'føler',
  hev: 'har',
  // Valdres and Hallingdal "e he" (jeg har).
  he: 'har',
  // Session 37j: "pusten itte strekk til", "ho mase".
  strekk: 'strekker',
  mase: 'maser',
};

/** Words that mark a sentence as dialect, so the ending and verb rules may run. */
export const eastAndNorthernMarkers: readonly string[] = [
  'je',
  'hu',
  'itte',
  'hakke',
  'harru',
  'ække',
  'bærre',
  'kje',
  'hev',
  'ittj',
  'hainn',
  'ette',
  'ikkji',
  'kji',
  'ittje',
  'nokå',
  'nåkå',
  'någe',
  'någen',
  'mykji',
  'korsn',
  'kolles',
  'dokko',
  'hjå',
];

/** Subjects of those dialects, before a verb said without its -r ("hu klør", "hainn e"). */
export const eastAndNorthernSubjects: readonly string[] = ['je', 'hu', 'hainn'];

/**
 * Negators after which "no" (and the dialect "nå") is "noe": "itte no hoste", "hakke sett no
 * utslett", "ente no sånt", "æ har ikkje nå vondt". Within three words of the negator.
 */
export const negatorsBeforeNo: ReadonlySet<string> = new Set([
  'ikke',
  'ikkji',
  'kji',
  'ittje',
  'ikkje',
  'itj',
  'itje',
  'ittj',
  'ikkj',
  'inkje',
  'itte',
  'ente',
  'hakke',
  'kje',
  'aldri',
  'ække',
  'vakke',
  'kanke',
]);

/** Words after "no" that keep it "nå" (a time): "ikkje no lenger", "itte no i dag". */
export const timeAfterNo =
  /^(?:lenger|lengre|mer|meir|før|etter|da|då|i|på|om|enda|ennå|lenge|heller|altså|også|og|men|så|eller|ja|nei|enn)$/u;

/**
 * Oslo youth speech's discourse particles and intensifiers, never part of a note: "Wallah nei"
 * → "Nei", "Jeg spiller fotball, mann." → "Jeg spiller fotball.", "sykt vondt" → "vondt".
 */
export function dropYouthDiscourseParticles(text: string): string {
  return (
    text
      // "Nei wallah, …" keeps the comma after "Nei".
      .replace(/(?<=\p{L})\s+(?:wallah|walla|wolla|wallahi)(?=,)/giu, '')
      // "wallah", "wolla" (an oath: "I swear") anywhere, with the comma after it.
      .replace(/(?<![\p{L}])(?:wallah|walla|wolla|wallahi)(?![\p{L}]),?\s*/giu, '')
      // "…, ass." "…, bro." "…, mann." "…, type." at the end of a sentence or clause.
      .replace(/,\s*(?:ass|bro|brur|mann|type|lissom|liksom|men)(?=\s*[.!?,]|\s*$)/giu, '')
      // "Ja ass", "Nei ass", "Jeg er spiss ass."
      .replace(/(?<![\p{L}])(ja|nei|bare|helt) ass(?![\p{L}])/giu, '$1')
      // An intensifier before how bad something is: "sykt vondt", "sjukt mye".
      .replace(
        /(?<![\p{L}])(?:sykt|sjukt|dritt|kjempe)\s+(?=(?:vondt|mye|dårlig|sliten|trøtt|kvalm|slapp|full|varm|kald|hoven|rød)(?![\p{L}]))/giu,
        '',
      )
      // The sentence's first letter stays a capital when a particle before it went.
      .replace(/^\s*(\p{Ll})/u, (_match, first: string) => first.toUpperCase())
  );
}

/**
 * Contractions written with an apostrophe, split so each part is a word the lists know:
 * "ha'kje" → "ha kje", "e'kke" → "e ikke", "vet'te" → "vet ikke".
 */
export function splitContractedNegation(text: string): string {
  return text
    .replace(/(\p{L})['’](?:kje|kkje)(?![\p{L}])/gu, '$1 kje')
    .replace(/(\p{L})['’](?:kke|ke|te)(?![\p{L}])/gu, '$1 ikke');
}

/** "Nope.", "…, mann.": a sentence with a youth-speech particle the rewrite drops. */
export const youthParticle = /,\s*(?:ass|bro|brur|mann|type|men)\s*[.!?,]?\s*$/iu;

/**
 * The eastern "dom" as the pronoun "de": "dom siste par månedene", "Dom synes hu er grei". Only
 * before a word that shows it is the pronoun, since "dom" is also a bokmål noun (a verdict).
 */
export function eastPronounDom(text: string): string {
  return text.replace(
    /(?<![\p{L}])(d)om(?= (?:første|siste|neste|andre|er|var|har|hadde|sa|sier|synes|syns|tror|skal|vil|kan|må|mener|sier|gjør|gir|tar)(?![\p{L}]))/giu,
    '$1e',
  );
}

/** Verbs after which a dialect "me" is the subject "vi": "me måla huset", "me fekk opp". */
export const verbsAfterWe: ReadonlySet<string> = new Set(
  'har ha he hev fekk fikk var va vart er e ska skal kan må vil gjekk gikk tok tek bur bor brukar bruker måla malte kom kjem'.split(
    ' ',
  ),
);
