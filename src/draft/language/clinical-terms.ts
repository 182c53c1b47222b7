import { createWordMemo } from '../../language/index.js';
import { clinicalLexicon } from './clinical-lexicon.js';
import { fold } from './fold.js';

/*
 * Norwegian clinical vocabulary, lay and professional, as folded word beginnings. A word is
 * clinical when it starts with one of these (after folding): "smertene" starts with "smert".
 * Used to tell clinical statements from small talk, and to find the findings whose negation the
 * verifier checks. General vocabulary of Norwegian consultations; not tied to any test case.
 */
const symptomStems = `
smert vondt verk ubehag ømhet feber frys skjelv svett hoste slim snørr tett nese nys hals svelg heshet hes
kvalm oppkast kaste diare forstopp obstipasjon avføring mage magesmert halsbrann sure oppstøt blod blødning
neseblod tungpust pustebesvær andpusten dyspne piping astma inndrag pust brystsmert hjertebank palpitasjon svimmel besvim svimt svime svima
nærsynkope synkope hodepine migrene kløe klør utslett elveblest urtikaria kvaler hevelse hoven ødem rødme rød
blåmerke blåfarge hematom sår væsk puss belegg tretthet trett sliten slapp utmatt energi søvn sove sovn insomni
våkn mareritt angst nedstemt deprimert depresjon trist schizofren konsentr hukommelse selvmord livet liv suicid
vekt vektnedgang vektøkning appetitt matlyst tørst tiss urin vannlating svie sviende hyppig lekkasje inkontinens
utflod menstruasjon blødning gravid graviditet amming prevensjon spiral p-pille p-stav p-ring p-sprøyte
p-plaster minipille kondom overgangsalder hetetokter
nummen nummenhet prikking lammelse kraftløs kraftsvikt svakhet stiv stivhet låsning knepp smell halt halte
belast ustabil instabil vridd vrikket vrei forstu overtråkk falt skade traume slag kollisjon kutt brudd
synet øye øyne hørsel øre ører ørevond tinnitus tannpine tenner munn tunge lepp drøvel mandl tonsill kjertl
lymfeknut glandl nakke rygg korsrygg lend isjias hofte kne ankel fot tær hæl skulder albue håndledd hånd finger
arm bein ben legg lår bekken brystkass bryst lunge hjerte puls blodtrykk blodtrykket temperatur temp metning
saturasjon oksygen hud eksem psoriasis akne føflekk kul klump knute knuter struma thyreoidea skjoldbrusk
stoffskifte diabetes sukker blodsukker hba1c kolesterol lipid nyre lever galle bukspytt tarm blære prostata
testikkel livmor eggstokk underliv brystkreft kreft svulst tumor cyste infeksjon betennelse virus
bakterie sopp streptokokk halsbetennelse tonsillitt ørebetennelse otitt bihule sinusitt bronkitt
lungebetennelse pneumoni kols influensa covid korona forkjøl urinveisinfeksjon blærebetennelse cystitt
allergi allergisk pollen bjørk gress midd pels astma anafylaksi atopi intoleranse reaksjon skalldyr reke
nøtt egg melk gluten hjerteinfarkt angina atrieflimmer flimmer arytmi hjertesvikt hypertensjon blodpropp
trombose emboli hjerneslag slag tia epilepsi anfall kramper demens parkinson artrose slitasjegikt gikt
revmatisme leddgikt anemi jernmangel ferritin meniskskade menisk osteoporose beinskjørhet benskjørhet hypotyreose hypertyreose hashimoto stoffskifte fastlege
utslitt utbrent orker overskudd bivirkning selvskad skadet skada suicid preeklampsi svangerskapsforgiftning delir forvirr desorient
ulkus magesår magekatarr gastritt angina alkohol øl vin promille vannavgang fosterbevegelse rier kynnere svangerskap termin
psykose psykotisk hallusinasjon vrangforestilling suicidalrisiko låser låsning hydrops klonus ødemer troponin nitroglyserin grining gråter gråt interesse lystløs håpløs
hodet hodeskade bevisstløs bevissthet føning hypoglyk rusmid livslede panikk bipolar mani hypoman frøs omgangssyk
klø kløing hovn ankl knær malleol metatars navicular alzheimer
blør blødde mensen mensene samleie synsforstyrr
`;

const findingStems = `
normal normale upåfallende fin fine regelmessig uregelmessig forstørret forstørrede ømme ømhet injisert
bilyd bilyder knatring knatrelyd krepitasjon lyder respirasjonslyd stridor pipelyd bukning trismus gapesperre
trommehinne uvula tonsill palpasjon palperbar palpabel perkusjon auskultasjon refleks sensibilitet kraft
bevegelighet fleksjon ekstensjon rotasjon stabil endepunkt skuff lasegue ottawa centor crp tsh t4 ft4 hb
hemoglobin blodprosent kreatinin egfr gfr inr ekg røntgen ultralyd mr ct stix urinstix leukocytter nitritt
hurtigtest test prøve prøver prøvesvar blodprøve blodprøver verdi verdier referanse referanseområde positiv
negativ funn undersøkelse undersøkt spo2 bt resp respirasjonsfrekvens
bløt uøm abdomen fossa slimhinne slimhinnene kapillærfylling dehydrert dehydrering tarmlyd pupill pupiller
sidelik bilateralt ortostatisk nevrologisk utfall
wells d-dimer
`;

/**
 * Words of a patient's history that carry a fact though they name no symptom: how far one walks
 * on an injured foot ("klarte fire-fem skritt"), whether the bladder empties.
 */
const functionStems = `
skritt hink hinke tømme tømming tømt
`;

const treatmentStems = `
medisin medikament tablett tabletter kapsel dose doser dosen dosering mikrogram milligram gram resept e-resept
blå resept antibiotika penicillin kur behandling behandle smertestillende betennelsesdempende antihistamin
blodfortynnende kortison inhalator spray sprøyte injeksjon vaksine kontroll oppfølging henvis henvisning
sykmeld sykmelding egenmelding fysioterap kiropraktor psykolog operasjon operert protese gips bandasje
tape ankelstøtte krykke is kompresjon elevasjon avlast opptrening øvelse røyk røyker snus alkohol
kost diett legevakt legevakten sykehus poliklinikk innleggelse utskriv epikrise lab laboratorie seponer trappe
faresignal sutur syr sting stivkrampe tetanus helsesykepleier fødeavdeling
`;

const socialStems = `
jobb jobber arbeid student skole studerer lærling pensjonist pensjonert trener idrett fotball trening
`;

function toStems(block: string): string[] {
  return [
    ...new Set(
      block
        .split(/\s+/)
        .filter((word) => word.length > 0)
        .map((word) => fold(word)),
    ),
  ];
}

const clinicalStems = createMatcher(
  toStems(symptomStems + findingStems + treatmentStems + functionStems),
);
const findingWordStems = createMatcher(toStems(symptomStems + findingStems));
const socialWordStems = createMatcher(toStems(socialStems));

interface StemMatcher {
  /** Stems of up to 3 letters, matched whole (also with -en/-a: "kne", "kneet" is not). */
  readonly short: ReadonlySet<string>;
  /** Longer stems by their first 3 letters, matched as word beginnings. */
  readonly byPrefix: ReadonlyMap<string, readonly string[]>;
}

function createMatcher(stems: readonly string[]): StemMatcher {
  const short = new Set<string>();
  const byPrefix = new Map<string, string[]>();
  for (const stem of stems) {
    if (stem.length <= 3) {
      short.add(stem);
      short.add(`${stem}en`);
      short.add(`${stem}a`);
    } else {
      const list = byPrefix.get(stem.slice(0, 3)) ?? [];
      list.push(stem);
      byPrefix.set(stem.slice(0, 3), list);
    }
  }
  return { short, byPrefix };
}

function startsWithAny(folded: string, matcher: StemMatcher): boolean {
  if (matcher.short.has(folded)) return true;
  for (const stem of matcher.byPrefix.get(folded.slice(0, 3)) ?? [])
    if (folded.startsWith(stem)) return true;
  return false;
}

/**
 * True when a compound ends in a clinical word of at least 5 letters: "fødselsdepresjon",
 * "halssmerter", "nakkestivhet". Norwegian writes compounds as one word.
 */
function endsInAny(folded: string, matcher: StemMatcher): boolean {
  if (folded.length < 8) return false;
  for (let start = 3; start <= folded.length - 5; start += 1) {
    for (const stem of matcher.byPrefix.get(folded.slice(start, start + 3)) ?? []) {
      if (stem.length >= 5 && folded.startsWith(stem, start)) return true;
    }
  }
  return false;
}

/*
 * Words already judged (pure: a word is always clinical or not; the compound test walks every cut
 * of the word). Bounded, so a long-running server keeps vocabulary, never whole conversations.
 */
const clinicalWordMemo = createWordMemo<boolean>(50_000);

/** True for a word of clinical vocabulary (symptom, body part, finding, treatment), also inside a compound. */
export function isClinicalWord(folded: string): boolean {
  const known = clinicalWordMemo.get(folded);
  if (known !== undefined) return known;
  const clinical = startsWithAny(folded, clinicalStems) || endsInAny(folded, clinicalStems);
  clinicalWordMemo.set(folded, clinical);
  return clinical;
}

/*
 * Symptoms and signs whose presence or absence a note must get right; the verifier checks these
 * for negation conflicts. Body parts and general words (smerter, vekt, røntgen) are left out:
 * "ingen smerter i kneet" does not contradict "smerter i ankelen".
 */
const conflictStems = createMatcher(
  toStems(`
  feber febril hoste hoster hostet kvalm oppkast diare hjertebank palpitasjon tungpust pustebesvær dyspne
  brystsmert svimmel besvim utslett elveblest urtikaria kløe hevelse hoven ødem rødme belegg knatr bilyd
  stridor piping pipelyd trismus gapesperr allergi blødning blod neseblod hematuri melena
  bukning forstørr lymfeknut glandl halt nummen prikking lammelse smell knepp tett snørr frysning frys
  skjelving forstopp obstipasjon hodepine nakkestiv synkope kramper anafylaksi angioødem tranghet hes heshet
  selvmord psykose
  herpes helvetesild mononukle kyssesyk borreli prolaps gallestein nyrestein glaukom katarakt sklerose
  hepatitt tuberkul lupus bekhterev aneurism lungeemboli
  defens
  `),
);

/** True for a symptom or sign whose negation the verifier checks. */
export function isConflictWord(folded: string): boolean {
  if (/risiko|fare|tendens/.test(folded)) return false;
  return startsWithAny(folded, conflictStems);
}

/** True for a word naming a symptom or finding, whose presence or absence matters. */
export function isFindingWord(folded: string): boolean {
  // "blødningsrisiko" names a risk, not a finding.
  if (/risiko|fare|tendens/.test(folded)) return false;
  return startsWithAny(folded, findingWordStems);
}

/** True for a word about work, family, school or habits (social history). */
export function isSocialWord(folded: string): boolean {
  return startsWithAny(folded, socialWordStems);
}

/**
 * Lay and professional words for the same thing, as folded word beginnings. The verifier treats
 * a sentence word and a transcript word as the same when they fall in one group, so a drafted
 * "tonsiller" is supported by a spoken "mandlene".
 */
const synonymGroups: readonly (readonly string[])[] = [
  ['mandl', 'mandel', 'tonsill'],
  ['drovel', 'uvula'],
  ['gapesperr', 'trismus'],
  ['elvebles', 'urtikari', 'kvale'],
  ['blodtrykk', 'bt', 'hypertensjon', 'hypertoni'],
  ['atrieflimmer', 'flimmer', 'forkammerflimmer', 'arytmi'],
  ['temperatur', 'temp'],
  ['metning', 'spo2', 'saturasjon', 'oksygenmetning'],
  ['blodprosent', 'hemoglobin', 'hb'],
  ['skjoldbrusk', 'thyreoide', 'tyreoide', 'stoffskift', 'hypotyreo', 'hypertyreo', 'myksodem'],
  ['lunge', 'pulm'],
  ['hjerte', 'cor'],
  ['tungpust', 'dyspn', 'pustebesvaer', 'andpust'],
  ['hjertebank', 'palpitasjon'],
  ['oppkast', 'kast', 'emesis'],
  ['ankelknok', 'malleol'],
  ['mellomfot', 'metatars'],
  ['batbein', 'naviculare'],
  ['forstu', 'distorsjon', 'overtrakk'],
  ['blamerk', 'hematom', 'blafarg'],
  ['hevelse', 'hoven', 'odem'],
  ['knatring', 'knatrelyd', 'krepitasjon'],
  ['slitasjegikt', 'artrose'],
  ['sykmeld', 'sykemeld'],
  ['lymfeknut', 'glandl', 'kjertl'],
  ['trommehinn', 'otoskopi'],
  ['piping', 'pipelyd', 'obstruktiv'],
  ['svimmel', 'vertigo'],
  ['stifter', 'agraff'],
  ['rontgen', 'rtg'],
  ['feber', 'febril', 'temp'],
  ['forstoppa', 'forstoppelse', 'obstipasjon'],
  ['kalk', 'kalsium'],
  ['blodoverfor', 'transfusjon'],
  ['kjeve', 'mandibula'],
];

/** Folded first word of each lay and clinical form, as synonym groups for the verifier. */
const layTermGroups: readonly (readonly string[])[] = clinicalLexicon
  .flatMap((entry) =>
    entry.note === undefined ? [] : [{ ...entry.note, clinical: entry.clinical }],
  )
  .map((entry) => [
    ...new Set(
      [entry.term ?? entry.clinical, ...entry.from]
        .filter((form) => !form.includes(' '))
        .map((form) => fold(form).slice(0, 9)),
    ),
  ])
  .filter((group) => group.length > 1);

const synonymStarts: readonly (readonly [string, number])[] = [
  ...synonymGroups,
  ...layTermGroups,
].flatMap((group, index) => group.map((stem) => [stem.replace(' ', ''), index] as const));
const synonymsByLetter = new Map<string, (readonly [string, number])[]>();
for (const entry of synonymStarts) {
  const list = synonymsByLetter.get(entry[0].charAt(0)) ?? [];
  list.push(entry);
  synonymsByLetter.set(entry[0].charAt(0), list);
}

// The longest stem wins: "lungebetennelse" belongs with "pneumoni", not with "lunge".
for (const list of synonymsByLetter.values()) list.sort((a, b) => b[0].length - a[0].length);

/** The synonym group index of a folded word, or undefined. */
export function synonymGroupOf(folded: string): number | undefined {
  for (const [stem, index] of synonymsByLetter.get(folded.charAt(0)) ?? [])
    if (folded.startsWith(stem)) return index;
  return undefined;
}
