/*
 * The register of a Norwegian clinical note, applied after filler and pronouns are handled:
 * no clinician "jeg"/"vi"/"dere", relatives named by role, vital signs written the short way,
 * lay words replaced by clinical terms. Pure string rules, one concern each.
 */
import { toClinicalWording } from '../../language/clinical-wording.js';
import { isDrugName } from '../../language/drug-names.js';

const compiled = new Map<string, RegExp>();
/** A whole-word pattern, compiled once (the rules below run for every sentence of a consultation). */
function word(pattern: string, flags = 'giu'): RegExp {
  const key = `${flags}/${pattern}`;
  let compiledPattern = compiled.get(key);
  if (compiledPattern === undefined) {
    compiledPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, flags);
    compiled.set(key, compiledPattern);
  }
  compiledPattern.lastIndex = 0;
  return compiledPattern;
}

/** The clinician's hedges and self-reference before a decision: "jeg tror", "synes jeg det er riktig med". */
const hedges: readonly (readonly [RegExp, string])[] = [
  [word('(?:min|mi|vår) vurdering er at|vurderingen (?:min|mi|vår) er at'), ''],
  [
    word(
      '(?:jeg|vi) vurderer (?:det|dette) (?:som|til å være)|vurderer (?:jeg|vi) (?:det|dette) (?:som|til å være)',
    ),
    '',
  ],
  [word('(?:hvis|når) (?:vi|jeg) (?:går gjennom|ser på|sjekker)(?: de såkalte)?'), ''],
  // "Dette høres ut som ekstraslag, og jeg tror ikke det er noe farlig" → "…, og trolig ikke noe
  // farlig": the hedge stays, the speaker goes (never "og ikke det er noe farlig").
  [word('(?:jeg|vi) tror ikke (?:det|dette) er (?:noe )?(farlig|alvorlig)'), 'trolig ikke noe $1'],
  [word('(?:så )?(?:jeg|vi) (?:tror|mener|synes|tenker)(?: at)?'), ''],
  [word('(?:tror|mener|synes|tenker) (?:jeg|vi)(?: at)?'), ''],
  [
    word('(?:jeg|vi) (?:vil )?(?:foreslår|foreslå|anbefaler|anbefale)(?: at)?(?: vi)?'),
    'anbefaler',
  ],
  [word('(?:det )?vil (?:jeg|vi) anbefale'), 'anbefales'],
  [word('(?:jeg|vi) vil(?: at)?'), ''],
  [word('vil (?:jeg|vi) at'), ''],
  [word('(?:jeg|vi) (?:skal|må)(?: bare)?'), ''],
];

/** Verbs the clinic is the subject of; "måler vi" → "måles". */
const clinicVerbs = new Set([
  'måler',
  'sender',
  'henviser',
  'starter',
  'bytter',
  'øker',
  'reduserer',
  'vurderer',
  'seponerer',
  'kontrollerer',
  'undersøker',
  'avslutter',
  'endrer',
  'sjekker',
  'bestiller',
  'skriver',
  'følger',
  'setter',
  'legger',
  'halverer',
  'trapper',
  'avventer',
  'planlegger',
  'observerer',
  'gjentar',
  'justerer',
  'fjerner',
  'renser',
  'syr',
  'tester',
]);

const verbBeforeClinic = /(?<![\p{L}])([\p{L}]+)r (?:vi|jeg)(?![\p{L}])/gu;
const clinicianPronoun = /(?<![\p{L}])(?:jeg|vi|meg|oss|dere|min|mi|vår)(?![\p{L}])/iu;

/** "måler vi" → "måles", "sender vi" → "sendes": the clinic as agent reads as a passive. */
function clinicAsPassive(text: string): string {
  return text
    .replace(word('tar (?:vi|jeg)'), 'tas')
    .replace(word('ser (?:vi|jeg)'), 'ses')
    .replace(word('gir (?:vi|jeg)'), 'gis')
    .replace(word('får (?:vi|jeg)'), 'får')
    .replace(verbBeforeClinic, (match: string, stem: string) =>
      clinicVerbs.has(`${stem.toLowerCase()}r`) ? `${stem}s` : match,
    );
}

/** Where the clinician or clinic is the object or place: "hos oss", "med meg", "ring oss". */
function clinicAsPlace(text: string): string {
  return text
    .replace(
      word('(?:her )?hos (?:meg|oss)(?: her)?(?: på [\\p{Lu}][\\p{L}-]*(?: [\\p{L}-]+){0,2})?'),
      '',
    )
    .replace(word('her på [\\p{Lu}][\\p{L}-]*(?: [\\p{L}-]+)?'), '')
    .replace(word('(kontakt(?:e|er)?|ring(?:e|er)?)( du| dere)? (?:meg|oss)'), '$1$2 lege')
    .replace(word('(?:med|til) (?:meg|oss)'), 'med lege')
    .replace(word('(?:meg|oss) eller'), 'lege eller');
}

/** A remaining clinician subject goes: "så sender jeg" → "så sender", "dere må" → "må". */
function dropClinicianSubject(text: string): string {
  return text
    .replace(word('(skal|vil|kan|må|bør) (?:jeg|vi|dere)'), '$1')
    .replace(word('(?:jeg|vi|dere) (?=[\\p{L}]+)'), '')
    .replace(word('(?:jeg|vi|dere)'), '')
    .replace(word('dere'), 'pårørende');
}

/** The patient's relatives by role: "faren min" → "far", "kona mi" → "kona". */
const relatives: readonly (readonly [RegExp, string])[] = [
  [word('(?:faren|far) (?:min|pas\\.|sin)|pappaen (?:min|sin)'), 'far'],
  [word('(?:moren|mora|mor) (?:min|mi|pas\\.|sin)|mammaen (?:min|sin)'), 'mor'],
  [word('(?:broren|bror) (?:min|sin)'), 'bror'],
  [word('(?:søstera|søstra|søsteren|søster|syster|systera) (?:min|mi|sin)'), 'søster'],
  [word('(?:kona|kone) (?:min|mi|sin)'), 'kona'],
  [word('(?:mannen|mann) (?:min|sin)'), 'ektemann'],
  [word('samboeren (?:min|sin)'), 'samboer'],
  [word('(?:datteren|dattera) (?:min|mi|sin)'), 'datter'],
  [word('sønnen (?:min|sin)'), 'sønn'],
  [word('pappaen (?:hennes|hans)'), 'far'],
  [word('mammaen (?:hennes|hans)'), 'mor'],
];

/** Vital signs and lab values the short way: "Temperaturen er 38,4" → "Temp 38,4". */
const measurements: readonly (readonly [RegExp, string])[] = [
  [/(?<![\p{L}])temperaturen?(?: [^,.\d]{0,25}?)? (?:er|var|måler|målt til|på) (?=\d)/giu, 'Temp '],
  [/(?<![\p{L}])blodtrykket(?: i dag)? (?:er|var|måler|ligger på|på) (?=\d)/giu, 'BT '],
  // "Blodtrykket er BT 154/92": the measurement named once.
  [/(?<![\p{L}])blodtrykket(?: i dag)?(?: (?:er|var|måler|ligger på|på))? (?=BT \d)/giu, ''],
  [/(?<![\p{L}])pulsen(?: i dag)? (?:er|var|på) (?=\d)/giu, 'Puls '],
  [
    /(?<![\p{L}])(?:metningen|oksygenmetningen|saturasjonen)(?: i dag)? (?:er|var|på) (?=\d)/giu,
    'SpO2 ',
  ],
  [/(?<![\p{L}])vekt(?:en|a)(?: i dag)? (?:er|var|på) (?=\d)/giu, 'Vekt '],
  [
    /(?<![\p{L}])(CRP|INR|HbA1c|Hb|LDL|TSH|T4|kreatinin|Kreatinin|ferritin|Ferritin|eGFR|proBNP|Pro-BNP)(?: i dag)? (?:er|var|ligger på|er på) (?=\d)/gu,
    '$1 ',
  ],
];

/** The text with its first letter in upper case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The clinician's own sentence in note register: hedges, "jeg/vi/dere" and the clinic as place
 * go, "måler vi" becomes "måles", measurements are written short and lay words clinically.
 */
export function toClinicianRegister(text: string): string {
  if (!clinicianPronoun.test(text)) return text;
  let result = text;
  for (const [pattern, replacement] of hedges) result = result.replace(pattern, replacement);
  result = clinicAsPassive(result);
  result = clinicAsPlace(result);
  result = dropClinicianSubject(result);
  return tidy(result);
}

/** A patient's or relative's sentence: relatives by role (`byPatient`: the patient's own words). */
export function toHistoryRegister(
  text: string,
  options: { readonly byPatient?: boolean } = {},
): string {
  let result = withoutFamilyWe(text);
  // The patient's "Mamma har også slitt med depresjon" → "Mor har …". (A relative's "mamma" is
  // the patient.)
  if (options.byPatient === true)
    result = result
      .replace(
        /(?<![\p{L}])(Mamma|mamma)(?:en)?(?= (?:har|hadde|fikk|døde|er|var)(?![\p{L}]))/gu,
        (word: string) => (word.startsWith('M') ? 'Mor' : 'mor'),
      )
      .replace(
        /(?<![\p{L}])(Pappa|pappa)(?:en)?(?= (?:har|hadde|fikk|døde|er|var)(?![\p{L}]))/gu,
        (word: string) => (word.startsWith('P') ? 'Far' : 'far'),
      );
  if (!/(?<![\p{L}])(?:min|mi|sin|hennes|hans)(?![\p{L}])/iu.test(result))
    return result === text ? text : tidy(result);
  for (const [pattern, replacement] of relatives) result = result.replace(pattern, replacement);
  return tidy(result);
}

/**
 * The patient's or relative's "vi" (the family) and words addressed to the doctor have no place
 * in the note: "Feber har vi ikke målt" → "Feber ikke målt", "Vi spiser reker hver sommer" →
 * "spiser reker hver sommer", "da vi satt i bilen" → "da de satt i bilen", "Som du sier, …" → "…".
 */
function withoutFamilyWe(text: string): string {
  if (!/(?<![\p{L}])(?:vi|oss|du|dere)(?![\p{L}])/iu.test(text)) return text;
  return (
    text
      .replace(
        /^(?:(?:og|men) )?(?:som (?:du|dere) (?:sier|sa|nevnte)(?: det)?(?: i stad)?|som (?:du|dere) vet|du vet|vet du|(?:det er )?(?:rart|godt|bra|fint|morsomt) (?:at )?du spør(?: om det)?(?:,? (?:for|fordi))?)[,\s]+/iu,
        '',
      )
      // "…, som du sa." — the patient pointing back at the doctor's advice.
      .replace(/,\s*som (?:du|dere) (?:sa|sier|ba om|anbefalte)(?=[.!]?$)/iu, '')
      // "Drikker fire glass om dagen, vi må mase": what the staff or family must do goes.
      .replace(/,\s*(?:og |så )?vi må [^,.!?]*(?=[.!]?$)/iu, '')
      .replace(/^([\p{L}]+) (?:har|hadde) vi ikke ([\p{L}]+)/iu, '$1 ikke $2')
      .replace(/^vi (?=[\p{L}])/iu, '')
      .replace(
        /(?<![\p{L}])(har|hadde|er|var|fikk|får|tok|tar|målte|måler|gikk|går|ga|gir) vi(?![\p{L}])/giu,
        '$1',
      )
      .replace(
        /(?<![\p{L}])(da|når|at|mens|som|hvis|før|etter at|så|og|men) vi(?![\p{L}])/giu,
        '$1 de',
      )
      .replace(/(?<![\p{L}])(?:hos|med|til) oss(?![\p{L}])/giu, 'hjemme')
  );
}

/** Shared last step of the note voice: short measurements and clinical terms. */
export function toClinicalNoteWording(text: string): string {
  // "…, og pas. har vondt i ørene" → "…, og vondt i ørene"; a trailing "heller" goes.
  // Not after a negation: "ikke hoste, ømme lymfeknuter" would read as a negated list.
  let result = toClinicalWording(text).replace(/ (?:heller|også)([.!]?)$/u, '$1');
  if (!/(?<![\p{L}])(?:ikke|ingen)(?![\p{L}])/iu.test(result))
    result = result.replace(/([,:] (?:og |men )?)pas\. har (?=[\p{L}])/gu, '$1');
  result = withoutRepeatedPatient(plainPlanWording(weightLossWording(result)));
  if (/\d/.test(result))
    for (const [pattern, replacement] of measurements)
      result = result.replace(pattern, replacement);
  return tidy(capitalize(result));
}

/** "Gått ned noen kilo, 5" (after "kanskje" went as filler) → "Vekttap ca. 5 kg". */
function weightLossWording(text: string): string {
  return text.replace(
    /^(?:har )?gått ned (?:noen|et par|flere|noe) kilo,? (?:ca\. |cirka |omtrent |rundt )?(\d+(?:[,–-]\d+)?)(?= *(?:kg|kilo)?[.,]?$)(?: *(?:kg|kilo))?/iu,
    'Vekttap ca. $1 kg',
  );
}

/**
 * The plan said to the patient in plain words, written as a note writes it: "Ser på henne igjen på
 * torsdag" → "Ny vurdering på torsdag", "Søster sin blir hos pas. i natt" → "Søster blir hos
 * pasienten i natt".
 */
function plainPlanWording(text: string): string {
  return text
    .replace(/^[Ss]er på (?:pas\.|henne|ham|han|hun) (?:igjen|på nytt) /u, 'Ny vurdering ')
    .replace(/^(\p{L}+) (?:sin|din|di|ditt) (?=blir hos )/u, '$1 ')
    .replace(/ blir hos pas\. (?=i natt|i kveld|til i morgen)/u, ' blir hos pasienten ')
    .replace(referralToPassive, 'Henvises ')
    .replace(prescriptionVerb, (match: string, drug: string) => (isDrugName(drug) ? '' : match));
}

/**
 * "Skriver ut Melatonin 2 mg" → "Melatonin 2 mg": in Tiltak a drug with its dose is the
 * prescription. Only a whole drug word ("Marevan-doseringen" is not the drug) and not when the
 * prescription is said to someone ("Skriver ut Paracet til deg" keeps its verb).
 */
const prescriptionVerb =
  /^(?:[Ss]kriver|[Ss]kriv) (?:jeg )?ut (?=(\p{L}+)(?![\p{L}-])(?!\s+til\s+(?:deg|dere|seg|henne|ham|han|hun)\b))/u;

/**
 * "Derfor sendes ham til barnelege", "Tilviser pas. i pakkeforløp", "Så sender pas. til
 * ortoped": a referral as a note writes it, "Henvises til …" / "Henvises i pakkeforløp …".
 */
const referralToPassive =
  /^(?:(?:Derfor|Så|Da|Og) )?(?:[Ss]ender|[Ss]endes|[Hh]enviser|[Tt]ilviser|[Tt]ilvises) (?:jeg )?(?:pas\.|ham|henne|han|hun|deg|barnet) (?=(?:til|i) )/u;

/**
 * Clinic verbs whose object is the patient: "Henviser pas. til" → "Henvises til". The first letter
 * in either case: the rule runs before the statement is capitalised.
 */
const patientAsObject =
  /^([Hh]enviser|[Ss]ender|[Ii]nnlegger|[Uu]ndersøker|[Oo]bserverer|[Kk]ontrollerer) pas\. /u;

/** "Sykmelder pas. 100 % i 2 uker" → "Sykmeldt 100 % i 2 uker", as a note writes sick leave. */
const sickLeaveOfPatient = /^[Ss]yke?melder (?:pas\. )?(?=\d|i |fra |til |ut |for |resten )/u;

/**
 * The patient is the note's subject throughout, so a note names "pas." at most where a clause
 * would lose its meaning without it: "Hvis pas. får feber, må pas. ta kontakt" → "Hvis pas. får
 * feber, må ta kontakt"; "Har p-stav, og pas. hadde mens" → "Har p-stav, og hadde mens".
 */
function withoutRepeatedPatient(text: string): string {
  if (!text.includes('pas.')) return text.replace(sickLeaveOfPatient, 'Sykmeldt ');
  return text
    .replace(
      patientAsObject,
      (_match: string, verb: string) => `${capitalize(verb.slice(0, -1))}s `,
    )
    .replace(sickLeaveOfPatient, 'Sykmeldt ')
    .replace(/(, (?:og|men|så) )pas\. (?=\p{Ll})/gu, '$1')
    .replace(/(, (?:må|skal|kan|bør|vil|får|ringer|tar)) pas\. (?=\p{Ll})/gu, '$1 ');
}

/** Spaces before punctuation, doubled commas, leading punctuation and runs of spaces removed. */
export function tidy(text: string): string {
  return text
    .replace(/\s+([,.!?:;])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/^[,.;:\s]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
