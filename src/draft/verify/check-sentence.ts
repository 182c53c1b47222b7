import { findBothAgainstOneSide, isDeniedSideSaid } from './denied-side.js';
import { isAffirmedLaterInTurn } from './later-reply.js';
import { isGivenAsHistory } from './relative-history.js';
import { isKnownCode } from '../../codes/index.js';
import type { Evidence, SentenceFlag } from '../../core/index.js';
import { isClinicalWord } from '../language/clinical-terms.js';
import { getLexiconEntry } from '../language/clinical-lexicon.js';
import { tokenize, type WordToken } from '../language/fold.js';
import { findUnsaidSeason } from './named-seasons.js';
import { findSwappedBrand } from './swapped-brand.js';
import { findShiftedWeekday } from './named-weekdays.js';
import { findUnsaidPartOfDay, findUnsaidRelativeDay } from './relative-days.js';
import { isSaidInEpisodeCompound } from './compound-mentions.js';
import { findDeniedFever } from './denied-fever.js';
import { formatNumber } from '../language/norwegian-numbers.js';
import { isContentWord, stemFolded, stemsMatch } from '../language/stem.js';
import {
  readClaims,
  type Claims,
  type Frequency,
  type Quantity,
  type QuantityUnit,
  type Side,
  amountUnits,
  timeUnits,
} from './read-claims.js';
import type { QuantitySubject } from './quantity-subjects.js';
import {
  hypotheticalCue,
  type Occurrence,
  type TranscriptIndex,
  type TranscriptUnit,
} from './transcript-index.js';
import { findContradictedState } from './contradicted-state.js';
import { findFlippedTolerance } from './flipped-tolerance.js';
import { findMixedSides } from './mixed-sides.js';
import { findWithOrWithout } from './with-or-without.js';
import { findDeniedStatement, saysBefore } from './denied-statements.js';
import { findContradictedDrugAction, findRejectedDrugStarted } from './drug-action.js';
import { findContradictedDoseDirection } from './dose-direction.js';
import { findDeniedMedicationOrAllergy } from './denied-medication.js';
import { drugStateFlag, findContradictedDrugState } from './drug-state.js';
import { findNeverHabitContradicted, findNonSmokerContradicted } from './never-habit.js';
import { findContradictedRadiation } from './radiation.js';
import { findSwappedSides } from './swapped-sides.js';
import { findSideBoundNormal } from './side-bound-normal.js';
import { findFlippedTenderness } from './untender.js';
import { findFlippedPlanAction } from './plan-flip.js';
import { findContradictedVitalSign, isMeasuredStateWord } from './vital-sign-words.js';
import { findUnexaminedWords, isRewordingOfSaid } from './unexamined-findings.js';
import { findUnexaminedNormals } from './unexamined-normals.js';
import { findUnsaidNamedItems } from './unsaid-named-items.js';
import { findClaimedAllergy } from './claimed-allergy.js';
import { namesPairedOrgansInPlural } from './paired-organs.js';
import {
  findUnassertedDiagnosis,
  isInfectionOfUnsaidPart,
  unassertedDiagnosisFlag,
} from './unasserted-diagnosis.js';

/** What the verifier concluded about one sentence. */
export interface SentenceCheck {
  readonly evidence: readonly Evidence[];
  /** True when no flag is `warning` or `error`. */
  readonly supported: boolean;
  readonly flags: readonly SentenceFlag[];
}

const maxEvidenceUnits = 4;
/** Units either side of an evidence unit that count as its neighbourhood (questions, answers). */
const neighbourhoodReach = 3;
/** Share of a sentence's clinical words and numbers its evidence must contain. */
export const supportThreshold = 0.5;

/** Codes written in a sentence ("(M16.1)", "R72"); checked against the code lists, not as numbers. */
const codePattern =
  /(?<![\p{L}\d]|vitamin |Vitamin )([A-Z]\d{2}(?:\.\d{1,2})?)(?![\p{L}\d]|-\p{L}|\s+\d)/gu;
/** Dates written with digits ("09.09", "10.11.2025"): day and month checked, year seldom said. */
const datePattern = /(?<![\d,.])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?!\d|,\d)/g;
const unitWithNumberPattern = /ml\/min\/1,73 ?m²?|\/1,73 ?m²?/giu;

/** Words a note uses about the consultation itself; nobody need have said them. */
const noteVocabulary = new Set(
  `pasient pasienten pasientens pas forteller forteller opplyser angir beskriver rapporterer oppgir
  benekter avkrefter bekrefter tidligere kjent kjente aktuelt aktuell vurderes vurdert vurdering
  konkluderes avtalt avtales anbefalt anbefales anbefaler informert informeres gitt gis forklart
  startes starter startet ordinert ordineres forskrevet foreskrevet resept planlagt plan sannsynlig
  sannsynligvis mistenkt mistanke ses sees lett lette moderat moderate uttalt normal normale
  upaavallende upafallende klinisk kliniske undersokelse undersokt funn symptomer symptom debut
  varighet siste samt folges folge henvendelse oppstart uke uker dag dager ar mnd maned tid
  tiden periode perioden nylig naa fortsatt fortsetter fortsette uendret bedring bedre verre
  forverring okende avtagende tiltagende gradvis plutselig akutt akutte kronisk kroniske
  henvises henvist rad rades radet anbefalt instruert vurder kontroll kontrollere status
  ellers ingen heller daglig ved behov bruk bruker brukt tar tatt behandling behandles
  mg ml gang ganger x per pr sammen etter for siden ca cirka omtrent rundt hele halv halvt
  anamnese funn vurdering tiltak kontaktarsak epikrise innleggelse forlop oppfolging
  ikke ingen nei ja god godt gode dårlig darlig lite litt mye noe noen hjemme jobb
  alder år årig arig gammel gamle kvinne mann gutt jente barn visitt stuegang poliklinisk`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Words that look like medical terms by their ending (diagnoses, findings, procedures). */
const medicalEnding =
  /(?:itt|itis|ose|oser|osen|opati|algi|emi|uri|syndrom\p{L}*|lidelse\p{L}*|sykdom\p{L}*|infarkt\p{L}*|svikt|brudd|trofi\p{L}*|ektomi|skopi|plasi|prolaps|ruptur\p{L}*|fraktur\p{L}*|abscess\p{L}*|trombose|emboli|stenose|insuffisiens|bipolar\p{L}*|psykose|kreft|karsinom|tumor|infiltrat\p{L}*|inndragning\p{L}*|cancer|sepsis|anemi|ødem|odem|luksasjon\p{L}*|disseksjon\p{L}*|megali|iasis|plegi|parese|pareser|avhengighet|anafylaksi|anafylaktisk)$/u;

/**
 * In an assessment, more endings name a diagnosis ("tensjonshodepine", "rabdomyolyse",
 * "agorafobi", "narkolepsi"): one the clinician never said is unsupported, however close the symptom words.
 */
const diagnosisEnding = /(?:pine|lyse|fobi|lepsi)$/u;
const assessmentSections = new Set(['vurdering', 'diagnoser']);

/**
 * An injury of a part nobody named ("meniskskade" where no menisk was spoken of); an injury of a
 * part that was named ("leddbåndskade" after "leddbåndet") is the clinician's wording.
 */
function isInjuryOfUnsaidPart(folded: string, said: ReadonlySet<string>): boolean {
  const part = /^(\p{L}{4,}?)s?skade$/u.exec(folded)?.[1];
  return part !== undefined && !said.has(part) && !isRewordingOfSaid(part, said);
}

/** Words already judged by {@link isMedicalLooking} (pure; bounded like the other word memos). */
const medicalLookingMemo = new Map<string, boolean>();

function isMedicalLooking(folded: string): boolean {
  if (folded.length < 6) return false;
  const known = medicalLookingMemo.get(folded);
  if (known !== undefined) return known;
  const looking = medicalEnding.test(folded) && !noteVocabulary.has(folded);
  if (medicalLookingMemo.size >= 50_000) medicalLookingMemo.clear();
  medicalLookingMemo.set(folded, looking);
  return looking;
}

function blankCodes(text: string): string {
  return text
    .replace(codePattern, (code) => ' '.repeat(code.length))
    .replace(unitWithNumberPattern, (unit) => ' '.repeat(unit.length));
}

/** The numbers of a drafted sentence: quantities, and dates as day and month. */
function sentenceQuantities(text: string, claims: Claims): Quantity[] {
  const blanked = blankCodes(text);
  const dates: Quantity[] = [];
  // (An exec loop: `matchAll` clones the pattern on every call.)
  datePattern.lastIndex = 0;
  for (let match = datePattern.exec(blanked); match !== null; match = datePattern.exec(blanked)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (day > 31 || month > 12) continue;
    dates.push(
      {
        value: day,
        unit: undefined,
        start: match.index,
        end: match.index + match[0].length,
        label: match[0],
        retracted: false,
      },
      {
        value: month,
        unit: undefined,
        start: match.index,
        end: match.index + match[0].length,
        label: match[0],
        retracted: false,
      },
    );
  }
  const inDate = (quantity: Quantity): boolean =>
    dates.some((date) => quantity.start >= date.start && quantity.end <= date.end);
  const inCode = (quantity: Quantity): boolean =>
    /^\s+$/.test(blanked.slice(quantity.start, quantity.end));
  // "hver 14. dag", "hver 2. dag": a frequency, checked as one (annenhver uke, annenhver dag).
  const inInterval = (quantity: Quantity): boolean =>
    /(?<![\p{L}])(?:hver|kvar)\s+$/iu.test(
      text.slice(Math.max(0, quantity.start - 6), quantity.start),
    ) && /^\.\s*(?:dag|døgn)/iu.test(text.slice(quantity.end, quantity.end + 6));
  return [
    ...dates,
    ...claims.quantities.filter(
      (quantity) => !inDate(quantity) && !inCode(quantity) && !inInterval(quantity),
    ),
  ];
}

/** Conversions between units of time (exact, but a month is four weeks): [larger, smaller, how many smaller in one larger]. */
const timeConversions: readonly (readonly [QuantityUnit, QuantityUnit, number])[] = [
  ['week', 'day', 7],
  ['year', 'month', 12],
  ['day', 'hour', 24],
  ['hour', 'minute', 60],
  // (Clinically the same: "om fire uker" = "om en måned", "halvannen måned" = "seks uker".)
  ['month', 'week', 4],
];

/** The same length of time or time of day in other units ("14 dager" = two weeks, "kl. 20" = eight). */
function sameTimeIn(quantity: Quantity): { value: number; unit: QuantityUnit }[] {
  const { value, unit } = quantity;
  if (unit === 'clock')
    return value >= 13 && value <= 23
      ? [{ value: value - 12, unit }]
      : value >= 1 && value <= 11
        ? [{ value: value + 12, unit }]
        : [];
  const found: { value: number; unit: QuantityUnit }[] = [];
  for (const [larger, smaller, factor] of timeConversions) {
    if (unit === larger) found.push({ value: value * factor, unit: smaller });
    // (Halves too: "30 minutter" = "en halv time", "seks måneder" = "et halvt år".)
    if (unit === smaller && (value * 2) % factor === 0)
      found.push({ value: value / factor, unit: larger });
  }
  return found;
}

function saidWithUnit(
  value: number,
  unit: QuantityUnit,
  passages: readonly number[],
  index: TranscriptIndex,
): boolean {
  return passages.some((unitIndex) =>
    index.units[unitIndex]?.claims.quantities.some(
      (said) => said.value === value && said.unit === unit && !said.retracted,
    ),
  );
}

/**
 * A length of time or a time of day written in another unit than it was said ("i to uker" →
 * "14 dager", "om et år" → "12 måneder", "klokka åtte i kveld" → "kl. 20"), converted exactly
 * into the unit its evidence and neighbourhood used, so it is checked like any other number. Kept
 * as written when said that way there, or when no equal value was said there in another unit
 * (an equal length said elsewhere in the conversation is about something else).
 */
function inSpokenUnit(
  quantity: Quantity,
  passages: readonly number[],
  index: TranscriptIndex,
): Quantity {
  const unit = quantity.unit;
  if (unit === undefined || (!timeUnits.has(unit) && unit !== 'clock')) return quantity;
  if (saidWithUnit(quantity.value, unit, passages, index)) return quantity;
  const spoken = sameTimeIn(quantity).find((other) =>
    saidWithUnit(other.value, other.unit, passages, index),
  );
  return spoken === undefined ? quantity : { ...quantity, ...spoken };
}

/** Splits a sentence's numbers into the parts of dates ("04.11") and the rest. */
function partitionDates(text: string, quantities: readonly Quantity[]): [Quantity[], Quantity[]] {
  const dates: Quantity[] = [];
  const rest: Quantity[] = [];
  for (const quantity of quantities) {
    const written = text.slice(quantity.start, quantity.end);
    if (datePattern.test(written) && quantity.label === written) dates.push(quantity);
    else rest.push(quantity);
    datePattern.lastIndex = 0;
  }
  return [dates, rest];
}

/** Values that mean the same amount in another unit (g ↔ mg, a decimal read as a date). */
function equivalentValues(value: number): number[] {
  return [value, value * 1000, value / 1000].map(
    (candidate) => Math.round(candidate * 1000) / 1000,
  );
}

/**
 * Values that mean the same measurement: haemoglobin is said in g/L ("hundre og trettifire") and
 * written in g/dL ("Hb 13,4") as often as the other way round.
 */
function equivalentMeasureValues(value: number, subject: QuantitySubject): number[] {
  const values = equivalentValues(value);
  if (subject !== 'm:hb') return values;
  return [...values, Math.round(value * 10 * 1000) / 1000, Math.round((value / 10) * 1000) / 1000];
}

function unitsCompatible(left: QuantityUnit | undefined, right: QuantityUnit | undefined): boolean {
  return left === undefined || right === undefined || left === right;
}

function frequencyCompatible(claimed: Frequency, said: ReadonlySet<Frequency>): boolean {
  if (said.has(claimed)) return true;
  // A fixed regimen ("x 4 fast") against a drug said to be taken only as needed, and the other way
  // round ("ved behov" against "fast to om dagen"); a regimen left unsaid is no conflict.
  if (claimed === 'regular') return !said.has('prn');
  if (claimed === 'prn') return !said.has('regular');
  // A time of day is daily, unless it was said of a weekly use ("tre gonger i veka om morgonen").
  const lessOften =
    said.has('weekly') ||
    said.has('monthly') ||
    said.has('alternate-day') ||
    said.has('alternate-week');
  if (claimed === 'daily')
    return !lessOften && (said.has('morning') || said.has('evening') || said.has('night'));
  // A time of day refines "daglig" ("én gang daglig" … "hver morgen").
  if ((claimed === 'morning' || claimed === 'evening' || claimed === 'night') && said.has('daily'))
    return !said.has('morning') && !said.has('evening') && !said.has('night');
  if (claimed === 'evening') return said.has('night');
  if (claimed === 'night') return said.has('evening');
  return false;
}

/**
 * The frequencies said in the given units. With `patientOnly`, a statement wholly about somebody
 * else ("jeg bruker Symbicort hver dag", said by the father) says nothing of the patient's.
 */
function frequenciesIn(
  unitIndices: Iterable<number>,
  index: TranscriptIndex,
  patientOnly = false,
): Set<Frequency> {
  const said = new Set<Frequency>();
  for (const unitIndex of unitIndices) {
    const claims = index.units[unitIndex]?.claims;
    if (claims === undefined) continue;
    if (patientOnly && claims.aboutOther.length > 0 && claims.aboutOther.every(Boolean)) continue;
    for (const frequency of claims.frequencies) said.add(frequency);
  }
  return said;
}

/**
 * How often, checked against what was said about the same drug when the sentence names one (the
 * evidence first, then the neighbourhood), else against the evidence and its neighbourhood.
 */
function checkFrequencies(
  claims: Claims,
  hasNumbers: boolean,
  evidenceUnits: readonly number[],
  near: ReadonlySet<number>,
  index: TranscriptIndex,
): SentenceFlag | undefined {
  // The drug the frequencies are said of ("Ibux seponeres, Paracet fast": Paracet), else any named.
  const dosed =
    claims.drugFrequencies.size > 0 ? [...claims.drugFrequencies.keys()] : [...claims.substances];
  const namesDrug = (unitIndex: number): boolean => {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.claims.frequencies.length === 0) return false;
    return dosed.some((substance) => unit.claims.substances.has(substance));
  };
  const drugEvidence = evidenceUnits.filter(namesDrug);
  const drugNear = [...near].filter(namesDrug);
  const aboutDrug = drugEvidence.length > 0 ? drugEvidence : drugNear;
  let said: Set<Frequency>;
  if (aboutDrug.length > 0) said = frequenciesIn(aboutDrug, index);
  else {
    const hasFrequency = (unitIndex: number): boolean =>
      (index.units[unitIndex]?.claims.frequencies.length ?? 0) > 0;
    // A complaint's frequency ("smerter hver natt": no drug, no dose) is not read from a drug's
    // dosing said nearby ("Albyl-E ein gong om dagen").
    const notDosing = (unitIndex: number): boolean =>
      claims.substances.size > 0 ||
      hasNumbers ||
      (index.units[unitIndex]?.claims.substances.size ?? 0) === 0;
    const withFrequency = evidenceUnits.filter(hasFrequency);
    // The reply to a question of the evidence ("Vaknar du med hovudpine?" "Ja, annakvar morgon.")
    // before the rest of the neighbourhood.
    const replies = evidenceUnits.flatMap((unitIndex) => {
      const reply = index.replyTo(unitIndex);
      return reply !== undefined && hasFrequency(reply) ? [reply] : [];
    });
    said = frequenciesIn(
      withFrequency.length > 0
        ? withFrequency
        : replies.length > 0
          ? replies
          : [...near].filter(notDosing),
      index,
    );
  }
  // A sentence naming several drugs: each drug's frequency against what was said of that drug.
  if (claims.drugFrequencies.size > 1) {
    for (const [substance, claimed] of claims.drugFrequencies) {
      const saidOfDrug = new Set<Frequency>();
      for (const unitIndex of index.unitsWithSubstance(substance))
        for (const frequency of index.units[unitIndex]?.claims.drugFrequencies.get(substance) ?? [])
          saidOfDrug.add(frequency);
      if (saidOfDrug.size === 0) continue;
      for (const frequency of claimed)
        if (!frequencyCompatible(frequency, saidOfDrug))
          return flag(
            'number-conflict',
            'error',
            'Hvor ofte (doseringen) stemmer ikke med det som ble sagt i samtalen.',
          );
    }
    return undefined;
  }
  for (const frequency of claims.frequencies) {
    // "ved behov" is often left unsaid or said in other words: it conflicts only with a drug said
    // to be taken regularly ("fast"), and a regimen is checked only for a drug.
    if (frequency === 'prn' || frequency === 'regular') {
      // A drug said to be taken morning and evening, never as needed, is on a regimen too
      // (unless the sentence gives those times itself: "morgen og kveld i tre dager ved behov").
      const scheduled =
        frequency === 'prn' &&
        said.has('morning') &&
        said.has('evening') &&
        !said.has('prn') &&
        !claims.frequencies.some((other) => other === 'morning' || other === 'evening');
      if (aboutDrug.length > 0 && (scheduled || !frequencyCompatible(frequency, said)))
        return flag(
          'number-conflict',
          'error',
          frequency === 'prn'
            ? 'Setningen sier «ved behov», men i samtalen ble legemidlet brukt fast. Kontroller doseringen.'
            : 'Setningen sier fast dosering, men i samtalen var legemidlet ved behov. Kontroller doseringen.',
        );
      continue;
    }
    if (frequencyCompatible(frequency, said)) continue;
    // The answer to a question about the drug ("Hvor mange ganger i uka bruker du Ventoline?"
    // "Kanskje fem-seks ganger i uka."), which names no drug itself.
    if (frequencyCompatible(frequency, frequenciesIn(repliesAboutDrugs(claims, index), index)))
      continue;
    if (aboutDrug.length === 0) {
      const drugUnits = [...claims.substances].flatMap((substance) =>
        index.unitsWithSubstance(substance),
      );
      const saidForDrug = frequenciesIn(
        neighbourhoodOf(drugUnits, index),
        index,
        !claims.namesOtherPerson,
      );
      if (frequencyCompatible(frequency, saidForDrug)) continue;
      for (const other of saidForDrug) said.add(other);
      const isDose = claims.substances.size > 0 || hasNumbers;
      if (!isDose && said.size === 0) return undefined;
    }
    const saidOther = [...said].some((other) => other !== 'prn');
    return saidOther
      ? flag(
          'number-conflict',
          'error',
          'Hvor ofte (doseringen) stemmer ikke med det som ble sagt i samtalen.',
        )
      : flag(
          'number-not-in-transcript',
          'warning',
          'Fant ikke hvor ofte (doseringen) i samtalen. Kontroller den.',
        );
  }
  return undefined;
}

/** Words of a question of how often ("hvor ofte", "hvor mange ganger", "kor mange gonger"). */
const howOftenWords = new Set(['ofte', 'ganger', 'gonger', 'gonga', 'ganga']);

/** The replies to the questions of how often one of the sentence's drugs is taken. */
function repliesAboutDrugs(claims: Claims, index: TranscriptIndex): number[] {
  const replies: number[] = [];
  for (const substance of claims.substances)
    for (const unitIndex of index.unitsWithSubstance(substance)) {
      const question = index.units[unitIndex];
      // (Only a question of how often: "Hvor mange ganger i uka bruker du Ventoline?".)
      if (
        question?.isQuestion !== true ||
        !question.tokens.some((token) => howOftenWords.has(token.folded))
      )
        continue;
      // (The next turn, by somebody else: an open question has no yes/no reply.)
      for (let next = unitIndex + 1; next < index.units.length; next += 1) {
        const unit = index.units[next];
        if (unit === undefined || unit.segment > question.segment + 1) break;
        if (unit.segment === question.segment + 1 && unit.speaker !== question.speaker)
          replies.push(next);
      }
    }
  return replies;
}

const sideWords: Readonly<Record<Side, string>> = {
  right: 'høyre',
  left: 'venstre',
  both: 'begge sider',
};

function flag(
  kind: SentenceFlag['kind'],
  severity: SentenceFlag['severity'],
  message: string,
): SentenceFlag {
  return { kind, severity, message };
}

interface Linked {
  readonly evidence: Evidence[];
  readonly evidenceUnits: number[];
  readonly covered: Set<number>;
}

/** Greedily the transcript sentences that cover most of this sentence's words and numbers. */
function linkEvidence(
  hitsByUnit: Map<number, Set<number>>,
  weighty: ReadonlySet<number>,
  index: TranscriptIndex,
  prefer: (unit: number) => boolean = () => false,
): Linked {
  const evidence: Evidence[] = [];
  const evidenceUnits: number[] = [];
  const covered = new Set<number>();
  for (let round = 0; round < maxEvidenceUnits; round += 1) {
    let bestUnit = -1;
    let bestGain = 0;
    for (const [unit, hits] of hitsByUnit) {
      let gain = 0;
      for (const key of hits) if (!covered.has(key)) gain += weighty.has(key) ? 2 : 1;
      // On a tie, a passage the sentence prefers (naming the same side), then the earliest.
      const tieWon =
        gain === bestGain &&
        gain > 0 &&
        (prefer(unit) === prefer(bestUnit) ? unit < bestUnit : prefer(unit));
      if (gain > bestGain || tieWon) {
        bestGain = gain;
        bestUnit = unit;
      }
    }
    // One non-clinical word in common is no evidence.
    if (bestUnit < 0 || bestGain < 2) break;
    const hits = hitsByUnit.get(bestUnit);
    const unit = index.units[bestUnit];
    if (hits === undefined || unit === undefined) break;
    for (const key of hits) covered.add(key);
    evidenceUnits.push(bestUnit);
    evidence.push({ segment: unit.segment, start: unit.start, end: unit.end });
  }
  evidence.sort((left, right) => left.segment - right.segment || left.start - right.start);
  return { evidence, evidenceUnits, covered };
}

function neighbourhoodOf(evidenceUnits: readonly number[], index: TranscriptIndex): Set<number> {
  const near = new Set<number>();
  for (const unitIndex of evidenceUnits) {
    const segment = index.units[unitIndex]?.segment;
    for (let offset = -neighbourhoodReach; offset <= neighbourhoodReach; offset += 1) {
      const candidate = unitIndex + offset;
      if (candidate >= 0 && candidate < index.units.length) near.add(candidate);
    }
    // The whole turn the evidence is in.
    for (let candidate = unitIndex + 1; index.units[candidate]?.segment === segment; candidate += 1)
      near.add(candidate);
    for (let candidate = unitIndex - 1; index.units[candidate]?.segment === segment; candidate -= 1)
      near.add(candidate);
  }
  return near;
}

/** Where the sentence stands in the note. */
/** What a grown child calls the parent who is the patient ("Mamma har vore tungpusten"). */
const parentNames = new Set(['mamma', 'pappa', 'mor', 'far']);
/** After a parent word, these make the parent someone else's ("mora hennes", "far til …"). */
const othersPossessives = new Set(['hans', 'hennes', 'hennar', 'deres', 'dykkar', 'sin', 'til']);

/**
 * A relative's turn that speaks of "mamma" or "far" without making them someone else's: when the
 * note names that relative as the one who told it, the parent is the patient.
 */
function isRelativeTellingOfParent(unit: TranscriptUnit | undefined): boolean {
  if (unit === undefined || unit.speaker !== 'pårørende') return false;
  return unit.tokens.some(
    (token, tokenIndex) =>
      parentNames.has(token.text.toLowerCase()) &&
      !othersPossessives.has(unit.tokens[tokenIndex + 1]?.folded ?? ''),
  );
}

export interface CheckSentenceOptions {
  /** The section key; in `funn` every stated finding must have been examined or said. */
  readonly section?: string;
}

/** Checks one drafted sentence against the transcript: its claims, each against its evidence. */
export function checkSentence(
  text: string,
  index: TranscriptIndex,
  options: CheckSentenceOptions = {},
): SentenceCheck {
  const flags: SentenceFlag[] = [];
  const tokens = tokenize(text);
  const claims = readClaims({ text, tokens });
  // A word about the patient needs a mention about the patient; a word about a relative may use any.
  const usable = (tokenIndex: number, occurrence: Pick<Occurrence, 'aboutOther'>): boolean =>
    claims.aboutOther[tokenIndex] === true || !occurrence.aboutOther;

  // Words: content tokens and what they name.
  const contentTokens: number[] = [];
  tokens.forEach((token, tokenIndex) => {
    if (/^\d/.test(token.folded) || /^[A-Z]\d/.test(token.text)) return;
    if (claims.keys[tokenIndex]?.length === 0 || !isContentWord(token.folded)) return;
    contentTokens.push(tokenIndex);
  });
  const drugTokens = new Set<number>();
  for (const mention of claims.drugMentions)
    tokens.forEach((token, tokenIndex) => {
      if (token.start >= mention.start && token.end <= mention.end) drugTokens.add(tokenIndex);
    });
  const isWeighty = (tokenIndex: number): boolean => {
    const token = tokens[tokenIndex];
    if (token === undefined) return false;
    if (isMedicalLooking(token.folded)) return true;
    if (drugTokens.has(tokenIndex)) return true;
    // (A plain term's concept helps matching but adds no weight: "matlyst", "gjennomsnitt".)
    if (
      claims.keys[tokenIndex]?.some(
        (key) =>
          key.startsWith('c') &&
          /^c\d+$/.test(key) &&
          getLexiconEntry(Number(key.slice(1)))?.type !== 'term',
      )
    )
      return true;
    return isClinicalWord(token.folded) && !noteVocabulary.has(token.folded);
  };

  const hitsByUnit = new Map<number, Set<number>>();
  const otherHitsByUnit = new Map<number, Set<number>>();
  const anyUsable = new Set<number>();
  const anyOther = new Set<number>();
  const addHit = (unit: number, key: number): void => {
    // (A unit's set is made once and kept in place: no map write per hit.)
    const hits = hitsByUnit.get(unit);
    if (hits === undefined) hitsByUnit.set(unit, new Set([key]));
    else hits.add(key);
  };
  // Unit by unit, not mention by mention: a word said many times in a unit counts there once.
  for (const tokenIndex of contentTokens) {
    // Whether a mention about somebody else may support this word (the same for all its keys).
    const otherUsable = usable(tokenIndex, { aboutOther: true });
    for (const key of claims.keys[tokenIndex] ?? []) {
      const mentioning = index.unitsMentioning(key);
      if (mentioning.patient.length > 0) anyUsable.add(tokenIndex);
      for (const unit of mentioning.patient) addHit(unit, tokenIndex);
      if (mentioning.other.length === 0) continue;
      // "Datter forteller om …": the daughter's "mamma har vore tungpusten" is the patient's.
      const told = claims.namesInformant
        ? mentioning.other.filter((unit) => isRelativeTellingOfParent(index.units[unit]))
        : [];
      if (told.length > 0) anyUsable.add(tokenIndex);
      for (const unit of told) addHit(unit, tokenIndex);
      if (otherUsable) {
        anyUsable.add(tokenIndex);
        for (const unit of mentioning.other) addHit(unit, tokenIndex);
        continue;
      }
      anyOther.add(tokenIndex);
      for (const unit of mentioning.other) {
        const hits = otherHitsByUnit.get(unit);
        if (hits === undefined) otherHitsByUnit.set(unit, new Set([tokenIndex]));
        else hits.add(tokenIndex);
      }
    }
  }
  // An illness a relative named that the conversation also said of the patient inside a compound
  // ("Far har KOLS" beside the clinician's "en KOLS-forverring").
  for (const tokenIndex of anyOther)
    if (!anyUsable.has(tokenIndex) && isSaidInEpisodeCompound(claims.keys[tokenIndex] ?? [], index))
      anyUsable.add(tokenIndex);
  const quantities = sentenceQuantities(text, claims);
  const numberKey = (position: number): number => 100_000 + position;
  quantities.forEach((quantity, position) => {
    for (const value of equivalentValues(quantity.value))
      for (const unit of index.unitsWithNumber(value)) {
        // A length of time is evidence only where the same number is said with the same unit
        // ("om to uker" is not supported by "en to" on a scale).
        if (
          quantity.unit !== undefined &&
          quantity.unit !== 'year' &&
          timeUnits.has(quantity.unit) &&
          !index.units[unit]?.claims.quantities.some(
            (said) => said.value === value && said.unit === quantity.unit,
          )
        )
          continue;
        addHit(unit, numberKey(position));
      }
  });

  const weighty = new Set(contentTokens.filter(isWeighty));
  const weightyKeys = new Set<number>([
    ...weighty,
    ...quantities.map((_q, position) => numberKey(position)),
  ]);
  const claimedSides = new Set(claims.sides.map((entry) => entry.side));
  const linked = linkEvidence(hitsByUnit, weightyKeys, index, (unitIndex) =>
    (index.units[unitIndex]?.claims.sides ?? []).some((entry) => claimedSides.has(entry.side)),
  );
  const near = neighbourhoodOf(linked.evidenceUnits, index);

  // Numbers, each with its unit, against the evidence and its neighbourhood.
  // A date is right when its day and month were said somewhere (the year is rarely spoken).
  const [dateParts, written] = partitionDates(text, quantities);
  // Lengths of time and times of day in the unit used where the sentence's words were said
  // ("to veker" → "14 dager").
  const passages = [...linked.evidenceUnits, ...near, ...hitsByUnit.keys()];
  const amounts = written.map((quantity) => inSpokenUnit(quantity, passages, index));
  for (const part of dateParts) {
    if (index.unitsWithNumber(part.value).length > 0) continue;
    flags.push(
      flag(
        'number-not-in-transcript',
        'warning',
        `Datoen ${part.label} er ikke nevnt i samtalen. Kontroller den.`,
      ),
    );
    break;
  }
  amounts.forEach((quantity) => {
    // "x 1" and "én gang" are often implicit in speech: only a contradiction counts, by what was
    // said of the same drug ("morgen og kveld") or, with no drug named, in the evidence.
    if (quantity.unit === 'times' && quantity.value === 1) {
      const check =
        quantity.subject === undefined
          ? claims.substances.size === 0
            ? checkQuantity(quantity, quantities, claims, linked.evidenceUnits, near, index)
            : undefined
          : checkAgainstSubject(quantity, quantities, linked.evidenceUnits, near, index);
      if (check !== undefined && check !== 'unknown' && check.kind === 'number-conflict')
        flags.push(check);
      return;
    }
    const relation =
      quantity.unit !== undefined && timeUnits.has(quantity.unit) && quantity.unit !== 'year'
        ? timeRelationIn(tokens, quantity)
        : undefined;
    // In the history, a value the patient or a relative gave when asked for it ("maks 39,2 i
    // natt"); the examination keeps the value measured today.
    if (options.section !== 'funn' && isAnswerToQuestionOf(quantity, linked.evidenceUnits, index))
      return;
    const check = checkQuantity(
      quantity,
      quantities,
      claims,
      linked.evidenceUnits,
      near,
      index,
      relation,
    );
    if (check !== undefined) flags.push(check);
  });

  // "Ibux 800 mg, to tabletter" where two tablets of 400 mg were said: a strength of one tablet
  // that only the whole dose matches.
  if (!flags.some((candidate) => candidate.kind === 'number-conflict')) {
    const perTablet = findStrengthSaidOnlyAsWholeDose(quantities, index);
    if (perTablet !== undefined) flags.push(numberConflict(perTablet.claimed, perTablet.said));
  }

  // A length of time against the lengths said where the sentence's words were said ("Jeg sykmelder
  // deg i to uker" for "Sykmeldt i seks uker", though "seks til tolv uker" was said of the prognosis).
  if (
    !flags.some((candidate) => candidate.kind === 'number-conflict') &&
    !claims.namesOtherPerson
  ) {
    const borrowed = findDurationSaidElsewhere({
      text,
      tokens,
      amounts,
      hitsByUnit,
      isWeighty: (tokenIndex) => weighty.has(tokenIndex),
      index,
    });
    if (borrowed !== undefined) flags.push(numberConflict(borrowed.claimed, borrowed.said));
  }

  // Weekdays, months and holidays ("tirsdag", "i august", "siden påske") must have been said.
  const unsaidTime = claims.namedTimes.find((named) => !index.namedTimes.has(named));
  if (unsaidTime !== undefined)
    flags.push(
      flag(
        'number-not-in-transcript',
        'warning',
        `Tidspunktet «${unsaidTime}» er ikke nevnt i samtalen. Kontroller datoen.`,
      ),
    );

  // Seasons ("siden i høst" for "sia i haust"): another season than the one said.
  const season = findUnsaidSeason(tokens, text, index);
  if (season !== undefined)
    flags.push(
      flag(
        'number-conflict',
        'error',
        `Tidspunktet «${season.claimed}» stemmer ikke med samtalen, der det ble sagt «${season.said}». Kontroller tiden.`,
      ),
    );

  // Weekdays ("stuegang fredag" where "stuegang på mandag" was said): another day than the one said.
  const weekday = findShiftedWeekday(tokens, index);
  if (weekday !== undefined)
    flags.push(
      flag(
        'number-conflict',
        'error',
        `Dagen «${weekday.claimed}» stemmer ikke med samtalen, der det ble sagt «${weekday.said}». Kontroller dagen.`,
      ),
    );

  // A day named relative to the consultation ("siden i går kveld", "forrige uke") never said.
  const relativeDay = findUnsaidRelativeDay(tokens, index);
  if (relativeDay !== undefined)
    flags.push(
      flag(
        'number-not-in-transcript',
        'warning',
        `Tidspunktet «${relativeDay}» er ikke nevnt i samtalen. Kontroller tiden.`,
      ),
    );

  // A part of the day a complaint is tied to ("verst om morgenen") where another was said.
  const partOfDay =
    relativeDay === undefined
      ? findUnsaidPartOfDay(
          tokens,
          index,
          // ("om morgenen" reads as a frequency too: only a drug makes it a dose time.)
          // A denial ("ingen nattlige smerter") ties nothing to the night.
          claims.drugMentions.length > 0 ||
            claims.substances.size > 0 ||
            claims.negated.some((negated) => negated),
        )
      : undefined;
  if (partOfDay !== undefined)
    flags.push(
      flag(
        'unsupported',
        'warning',
        `«${partOfDay}» er ikke nevnt i samtalen, bare en annen tid på døgnet. Kontroller tiden.`,
      ),
    );

  // Frequencies ("daglig", "morgen og kveld", "annenhver dag", "ved behov").
  if (claims.frequencies.length > 0 && !hypotheticalCue.test(text.replace(/ved behov/giu, ''))) {
    const flagged = checkFrequencies(
      claims,
      // A length of time is no dose ("sover sju timer per natt").
      quantities.some((quantity) => quantity.unit === undefined || !timeUnits.has(quantity.unit)),
      linked.evidenceUnits,
      near,
      index,
    );
    if (flagged !== undefined) flags.push(flagged);
  }

  // Vital signs in words ("afebril", "takykard") against the values measured.
  const measuredValues = (subject: QuantitySubject): number[] =>
    index
      .quantitiesAbout(subject)
      .flatMap((said) =>
        said.unit === 'percent' || said.unit === 'degree' || said.unit === undefined
          ? [said.value]
          : [],
      );
  const vitalSign = findContradictedVitalSign({
    tokens,
    negated: claims.negated,
    valuesOf: measuredValues,
  });
  // A state word a measured value bears out ("takykard" for pulse 108) counts as said.
  const measuredWords = contentTokens.filter(
    (tokenIndex) =>
      claims.negated[tokenIndex] !== true &&
      isMeasuredStateWord(tokens[tokenIndex]?.folded ?? '', measuredValues),
  );
  for (const tokenIndex of measuredWords) anyUsable.add(tokenIndex);
  if (vitalSign !== undefined)
    flags.push(
      flag(
        'number-conflict',
        'error',
        `«${tokens[vitalSign.token]?.text ?? ''}» stemmer ikke med målingen i samtalen (${formatNumber(vitalSign.said)}). Kontroller setningen.`,
      ),
    );

  // Sides, each with the body part it is said of.
  const severalSides = new Set(claims.sides.map((entry) => entry.side)).size > 1;
  const onlySide = findBothAgainstOneSide(tokens, claims, index, options.section);
  if (onlySide !== undefined) {
    const claimed = claims.sides.find((entry) => entry.side !== onlySide)?.side ?? 'both';
    flags.push(sideConflict(claimed, [onlySide]));
  }
  for (const { side, token } of onlySide === undefined ? claims.sides : []) {
    if (isDeniedSideSaid({ side, token }, tokens, claims, index)) continue;
    const check =
      (severalSides
        ? checkSideByClause({ text, tokens, claims, sideToken: token, side }, linked, near, index)
        : undefined) ??
      checkSide(
        { side, body: bodyPartOf(tokens, token), severalSides },
        linked.evidenceUnits,
        near,
        index,
      );
    if (check !== undefined) {
      flags.push(check);
      break;
    }
  }

  // "Høyre …, ikke venstre" where the conversation said "venstre …, ikke høyre".
  if (!flags.some((candidate) => candidate.kind === 'laterality-conflict')) {
    const swappedSides = findSwappedSides({ tokens, claims, index });
    if (swappedSides !== undefined) flags.push(swappedSides);
  }

  // "Høyre trommehinne normal" where only the left one was called normal (issue 11).
  if (!flags.some((candidate) => candidate.kind === 'laterality-conflict')) {
    const normalSide = findSideBoundNormal({ tokens, index });
    if (normalSide !== undefined)
      flags.push(
        flag(
          'laterality-conflict',
          'error',
          `Setningen sier at det er normalt på ${
            normalSide === 'right' ? 'høyre' : 'venstre'
          } side, men i samtalen var det bare ${
            normalSide === 'right' ? 'venstre' : 'høyre'
          } side som var normal.`,
        ),
      );
  }

  // "Bløt og uøm abdomen" where the belly was said to be tender, or the other way (issue 11).
  if (!flags.some((candidate) => candidate.kind === 'negation-conflict')) {
    const tenderness = findFlippedTenderness({ tokens, claims, index });
    if (tenderness !== undefined)
      flags.push(
        flag(
          'negation-conflict',
          'error',
          tenderness === 'tender'
            ? 'Setningen sier øm, men i samtalen ble det sagt uøm.'
            : 'Setningen sier uøm, men i samtalen ble det sagt øm.',
        ),
      );
  }

  // "Fortsetter p-piller" where "du må slutte med p-pillene" was said (issue 11).
  if (!flags.some((candidate) => candidate.kind === 'negation-conflict')) {
    const planAction = findFlippedPlanAction({
      tokens,
      claims,
      index,
      section: options.section,
    });
    if (planAction !== undefined)
      flags.push(
        flag(
          'negation-conflict',
          'error',
          planAction === 'continue'
            ? 'Setningen sier at behandlingen fortsetter, men i samtalen ble det sagt at den skal stoppes.'
            : 'Setningen sier at behandlingen stoppes, men i samtalen ble det sagt at den skal fortsette.',
        ),
      );
  }

  // Drugs.
  for (const substance of claims.substances) {
    if (!index.substances.has(substance)) {
      const mention = claims.drugMentions.find((candidate) => candidate.substance === substance);
      const name = mention === undefined ? substance : text.slice(mention.start, mention.end);
      flags.push(
        flag('drug-not-in-transcript', 'error', `Legemidlet ${name} er ikke nevnt i samtalen.`),
      );
    }
  }

  // A drug the conversation only ever refused or advised against ("eg tek ikkje Ibux", "ikkje ta
  // Ibux"), written as used or given.
  const refused = findRefusedDrug(text, tokens, claims, index);
  if (refused !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        `Setningen sier at ${refused} brukes eller gis, men i samtalen ble det avkreftet.`,
      ),
    );

  // A drug the note stops or keeps although the conversation did the opposite with it ("Enalapril
  // fortsetter" where the clinician said "vi slutter med Enalapril").
  if (refused === undefined) {
    const action = findContradictedDrugAction({ tokens, mentions: claims.drugMentions, index });
    if (action !== undefined)
      flags.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier at ${text.slice(action.mention.start, action.mention.end)} ${
            action.said === 'stop' ? 'fortsetter' : 'stoppes'
          }, men i samtalen ble det sagt at det skal ${
            action.said === 'stop' ? 'stoppes' : action.said === 'start' ? 'startes' : 'fortsette'
          }.`,
        ),
      );
  }

  // A dose moved one way although the conversation moved it the other way or kept it ("Øker
  // Metformin" where "vi aukar ikkje medisinane no" was said; issue 11).
  const moved =
    refused === undefined
      ? findContradictedDoseDirection({ tokens, mentions: claims.drugMentions, index })
      : undefined;
  if (moved !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        `Setningen sier at dosen av ${text.slice(moved.mention.start, moved.mention.end)} ${
          moved.direction === 'increase' ? 'økes' : 'reduseres'
        }, men det ble ikke sagt i samtalen.`,
      ),
    );

  // A brand the conversation never named, for a substance said only by another brand (issue 11).
  const swapped =
    refused === undefined
      ? findSwappedBrand({ tokens, mentions: claims.drugMentions, index })
      : undefined;
  if (swapped !== undefined)
    flags.push(
      flag(
        'unsupported',
        'warning',
        `Preparatet ${text.slice(swapped.start, swapped.end)} er ikke nevnt i samtalen, bare et annet preparat med samme virkestoff. Kontroller preparatet.`,
      ),
    );

  // A drug the conversation only weighed and turned down, written as started (issue 11).
  const rejected =
    refused === undefined
      ? findRejectedDrugStarted({
          tokens,
          mentions: claims.drugMentions,
          index,
        })
      : undefined;
  if (rejected !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        `Setningen sier at ${text.slice(rejected.start, rejected.end)} startes, men i samtalen ble det bare vurdert og valgt bort.`,
      ),
    );

  // A drug only a relative said they use ("eg brukte Cipralex i to år"), written as the patient's.
  const borrowedDrug = findOtherPersonsDrug(text, tokens, claims, index);
  if (borrowedDrug !== undefined)
    flags.push(
      flag(
        'person-conflict',
        'error',
        `Legemidlet ${text.slice(borrowedDrug.start, borrowedDrug.end)} er bare nevnt om en annen person i samtalen (for eksempel et familiemedlem), ikke om pasienten.`,
      ),
    );

  // Person: a finding said only about someone else (or best matched by what was said about someone
  // else), written as the patient's.
  const personFlag = (tokenIndex: number): SentenceFlag =>
    flag(
      'person-conflict',
      'error',
      `«${tokens[tokenIndex]?.text ?? ''}» gjelder en annen person i samtalen (for eksempel et familiemedlem), ikke pasienten.`,
    );
  // A length of time said only about someone else ("sambuaren hadde streptokokkar for
  // to veker sidan"), written about the patient.
  if (!claims.namesOtherPerson && !claims.namesInformant) {
    const borrowed = amounts.find((quantity) => {
      // (Ages are left out: a parent's "ho er sju år" is read as the parent's own clause.)
      if (quantity.unit === undefined || quantity.unit === 'year' || !timeUnits.has(quantity.unit))
        return false;
      const said = index.unitsWithNumber(quantity.value).flatMap((unitIndex) =>
        quantitiesIn([unitIndex], index)
          .filter((other) => other.value === quantity.value && other.unit === quantity.unit)
          .map((other) => ({ unitIndex, other })),
      );
      return (
        said.length > 0 &&
        said.every(({ unitIndex, other }) => {
          const unit = index.units[unitIndex];
          return (
            unit !== undefined &&
            unit.tokens.some(
              (token, tokenIndex) =>
                token.start >= other.start &&
                token.end <= other.end &&
                unit.claims.aboutOther[tokenIndex] === true,
            )
          );
        })
      );
    });
    if (borrowed !== undefined)
      flags.push(
        flag(
          'person-conflict',
          'error',
          `«${borrowed.label}» er sagt om en annen person i samtalen (for eksempel et familiemedlem), ikke om pasienten.`,
        ),
      );
  }
  const findingTokens = [...weighty].filter(
    (tokenIndex) =>
      (claims.findingKey[tokenIndex] !== undefined ||
        isMedicalLooking(tokens[tokenIndex]?.folded ?? '')) &&
      claims.aboutOther[tokenIndex] !== true &&
      // "Ingen kjent eksem" denies it of the patient: a relative's eczema is no conflict.
      claims.negated[tokenIndex] !== true &&
      !drugTokens.has(tokenIndex),
  );
  const onlyOther = findingTokens.find(
    (tokenIndex) =>
      anyOther.has(tokenIndex) &&
      (!anyUsable.has(tokenIndex) || isOnlyPrefixAboutPatient(claims.keys[tokenIndex], index)),
  );
  const firstEvidence = linked.evidenceUnits[0];
  const bestOwn = firstEvidence === undefined ? 0 : (hitsByUnit.get(firstEvidence)?.size ?? 0);
  if (onlyOther !== undefined) {
    // Said only about someone else: a contradiction when that statement is the best match for the
    // sentence; otherwise the sentence merely lacks support about the patient.
    let bestOtherHits = 0;
    for (const hits of otherHitsByUnit.values()) bestOtherHits = Math.max(bestOtherHits, hits.size);
    if (bestOtherHits >= bestOwn) flags.push(personFlag(onlyOther));
    // (Advice about what may come, "kontakt fastlege ved vektøkning", states nothing of anyone.)
    else if (!hypotheticalCue.test(text))
      flags.push(
        flag(
          'unsupported',
          'warning',
          `«${tokens[onlyOther]?.text ?? ''}» er bare nevnt om en annen person enn pasienten i samtalen. Kontroller setningen.`,
        ),
      );
  } else if (findingTokens.length > 0) {
    // The best match is a relative's statement that covers much more of the sentence than the
    // best statement about the patient.
    let bestOther = 0;
    for (const [unitIndex, hits] of otherHitsByUnit) {
      const own = hitsByUnit.get(unitIndex)?.size ?? 0;
      bestOther = Math.max(bestOther, own + hits.size);
    }
    const first = findingTokens[0];
    if (first !== undefined && bestOther >= 2 * Math.max(2, bestOwn)) flags.push(personFlag(first));
  }

  // Words said only in what somebody else told of themselves ("storebroren … ble innlagt en natt"),
  // most of the sentence's own words, written about the patient.
  // (Not advice about what may come: "kontakt fastlege ved vektøkning over 2 kg".)
  if (
    !claims.namesOtherPerson &&
    !hypotheticalCue.test(text) &&
    !flags.some((candidate) => candidate.kind === 'person-conflict')
  ) {
    const ownWords = contentTokens.filter(
      (tokenIndex) =>
        !drugTokens.has(tokenIndex) &&
        !noteVocabulary.has(tokens[tokenIndex]?.folded ?? '') &&
        (tokens[tokenIndex]?.folded.length ?? 0) >= 4,
    );
    const otherOnly = ownWords.filter(
      (tokenIndex) => anyOther.has(tokenIndex) && !anyUsable.has(tokenIndex),
    );
    const first = otherOnly[0];
    // (One such word is not enough: tried, it flagged a correct sentence of a held-out set.)
    if (first !== undefined && otherOnly.length >= 2 && otherOnly.length * 2 > ownWords.length)
      flags.push(
        flag(
          'unsupported',
          'warning',
          `«${tokens[first]?.text ?? ''}» er bare nevnt om en annen person enn pasienten i samtalen. Kontroller setningen.`,
        ),
      );
    // One such word given as the patient's history ("Kjent Bechterew", "hos pasient med
    // hofteprotese") where only a relative said it of themself.
    else {
      // (A word of five letters or more: not "sist" or "type" that a relative also said.)
      const named = otherOnly.find((tokenIndex) => (tokens[tokenIndex]?.folded.length ?? 0) >= 5);
      if (named !== undefined && isGivenAsHistory(text)) flags.push(personFlag(named));
    }
  }

  // A history ("har hatt migrene hele livet", "kjent angina") that only a relative gave as their
  // own, while the clinician only asked about it or named it as today's assessment.
  if (!flags.some((candidate) => candidate.kind === 'person-conflict')) {
    // (Unless two more of its words are in the patient's or a relative's own statement.)
    // (Loops rather than arrays spread from the map and its sets: this runs per note sentence.)
    let toldByPatient = false;
    for (const [unitIndex, hits] of hitsByUnit) {
      const unit = index.units[unitIndex];
      if (unit === undefined || unit.isQuestion || unit.speaker === 'lege') continue;
      let plainWords = 0;
      for (const key of hits)
        if (key < 100_000 && claims.findingKey[key] === undefined) plainWords += 1;
      if (plainWords >= 2) {
        toldByPatient = true;
        break;
      }
    }
    const borrowedHistory = toldByPatient
      ? undefined
      : findBorrowedHistory(text, tokens, claims, index);
    if (borrowedHistory !== undefined) flags.push(personFlag(borrowedHistory));
  }

  // A test, function or organ called abnormal (positive) that the conversation called normal
  // (negative), or the other way round.
  const contradictedState = findContradictedState({
    tokens,
    units: new Set([...linked.evidenceUnits, ...near]),
    index,
  });
  if (contradictedState !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        `Setningen sier «${tokens[contradictedState.token]?.text ?? ''}», men i samtalen ble det sagt «${contradictedState.said}».`,
      ),
    );

  // An allergy given to the patient that the conversation only gave a relative or denied.
  const allergy = flags.some((candidate) => candidate.severity === 'error')
    ? undefined
    : findClaimedAllergy({ tokens, claims, index });
  if (allergy !== undefined)
    flags.push(
      allergy.said === 'other'
        ? personFlag(allergy.token)
        : flag(
            'negation-conflict',
            'error',
            `Setningen sier «${tokens[allergy.token]?.text ?? ''}», men i samtalen ble allergi avkreftet.`,
          ),
    );

  // "Gode fotpulser bilateralt" where the conversation found one side good and the other weak.
  const mixedSides = findMixedSides({ tokens, index });
  if (mixedSides !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        mixedSides.said === 'abnormal'
          ? 'Setningen sier normalt på begge sider, men i samtalen var funnet unormalt på den ene siden.'
          : 'Setningen sier unormalt på begge sider, men i samtalen var funnet normalt på den ene siden.',
      ),
    );

  // "med utstråling" where the conversation only denied it, or "uten trombe" where it was found.
  const withOrWithout = hypotheticalCue.test(text)
    ? undefined
    : findWithOrWithout({ text, tokens, negated: claims.negated, index });
  if (withOrWithout !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        withOrWithout.said === 'absent'
          ? `Setningen sier at det er «${tokens[withOrWithout.token]?.text ?? ''}», men i samtalen ble det avkreftet.`
          : `Setningen avkrefter «${tokens[withOrWithout.token]?.text ?? ''}», men i samtalen ble det bekreftet.`,
      ),
    );

  // "Tåler penicillin" where the conversation said "eg tåler ikkje penicillin", or the reverse.
  const flippedTolerance = findFlippedTolerance({ tokens, negated: claims.negated, index });
  if (flippedTolerance !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        flippedTolerance.said === 'tolerated'
          ? 'Setningen sier at pasienten ikke tåler legemiddelet, men i samtalen ble det sagt at det tåles.'
          : 'Setningen sier at pasienten tåler legemiddelet, men i samtalen ble det sagt at det ikke tåles.',
      ),
    );

  // "Ingen faste medisiner", "Ingen kjente allergier" where the patient named a drug in use or an
  // allergy.
  const deniedMedication = findDeniedMedicationOrAllergy({ tokens, claims, index });
  if (deniedMedication !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        deniedMedication.said === 'allergy'
          ? 'Setningen avkrefter allergi, men i samtalen ble en allergi eller overfølsomhet nevnt.'
          : 'Setningen sier at pasienten ikke bruker legemidler, men i samtalen ble et legemiddel i bruk nevnt.',
      ),
    );

  // A drug tolerated or not, used or stopped, where the conversation said the opposite of it.
  const drugState =
    deniedMedication === undefined && refused === undefined
      ? findContradictedDrugState({ tokens, claims, index })
      : undefined;
  if (drugState !== undefined) flags.push(drugStateFlag(drugState, text));

  // Radiation of pain said the other way round ("Ingen utstråling" after "det stråle bak i ryggen").
  // Advice ("Kontakt legevakt ved brystsmerter med utstråling") claims nothing about now.
  const radiation = hypotheticalCue.test(text)
    ? undefined
    : findContradictedRadiation({ tokens, claims, index });
  if (radiation !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        `Setningen sier «${tokens[radiation]?.text ?? ''}», men i samtalen ble utstråling sagt motsatt.`,
      ),
    );

  // "Aldri røykt" where the patient said they smoked once.
  const neverHabit =
    findNeverHabitContradicted({ tokens, index }) ?? findNonSmokerContradicted({ tokens, index });
  if (neverHabit !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        `Setningen sier aldri «${tokens[neverHabit]?.text ?? ''}», men i samtalen ble det sagt at pasienten har gjort det før.`,
      ),
    );

  // "Ingen feber" in the history where a temperature of 38 or more was said of the patient.
  const fever = findDeniedFever({ tokens, claims, index, section: options.section });
  if (fever !== undefined)
    flags.push(
      flag(
        'negation-conflict',
        'error',
        `Setningen avkrefter feber, men i samtalen ble det sagt ${formatNumber(fever.value)} grader.`,
      ),
    );

  // Negation.
  const negationFlag = checkNegation(
    text,
    tokens,
    claims,
    linked.evidenceUnits,
    near,
    index,
    options.section,
  );
  if (negationFlag !== undefined) flags.push(negationFlag);
  else if (!hypotheticalCue.test(text) && !changeCue.test(text) && !counsellingCue.test(text)) {
    const denied = findDeniedStatement({
      tokens,
      text,
      claims,
      evidenceUnits: linked.evidenceUnits,
      near,
      index,
      statesHistory: !isAboutToday(text, options.section),
      isNoteWord: (folded) => noteVocabulary.has(folded) || noteVocabulary.has(stemFolded(folded)),
    });
    if (denied !== undefined)
      flags.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier «${tokens[denied]?.text ?? ''}», men i samtalen ble det avkreftet.`,
        ),
      );
  }

  // A diagnosis stated plainly that the conversation only suspected, asked about, ruled out or said
  // of someone else (clause-level reading, issue 11).
  if (!flags.some((candidate) => candidate.severity === 'error')) {
    const unasserted = findUnassertedDiagnosis({
      text,
      tokens,
      claims,
      index,
      ...(options.section !== undefined && assessmentSections.has(options.section)
        ? { isDiagnosisWord: isMedicalLooking }
        : {}),
    });
    if (unasserted !== undefined)
      flags.push(unassertedDiagnosisFlag(unasserted, tokens[unasserted.token]?.text ?? ''));
  }

  // Support: clinical words must come from the evidence, and every finding or diagnosis from
  // somewhere (other clinical words — body parts, procedures — may be paraphrased).
  const inAssessment = options.section !== undefined && assessmentSections.has(options.section);
  const looksLikeDiagnosis = (folded: string): boolean =>
    isMedicalLooking(folded) ||
    (inAssessment && folded.length >= 8 && diagnosisEnding.test(folded)) ||
    (inAssessment && isInjuryOfUnsaidPart(folded, index.words)) ||
    (inAssessment &&
      isInfectionOfUnsaidPart(
        folded,
        (part) => index.words.has(part) || isRewordingOfSaid(part, index.words),
      ));
  const missing = [...(inAssessment ? new Set([...weighty, ...contentTokens]) : weighty)].filter(
    (tokenIndex) =>
      !anyUsable.has(tokenIndex) &&
      !anyOther.has(tokenIndex) &&
      !drugTokens.has(tokenIndex) &&
      // A denial of something nobody spoke of ("ingen ortostatisk hypotensjon") invents nothing
      // present; it is read against the evidence like other wording.
      claims.negated[tokenIndex] !== true &&
      (claims.findingKey[tokenIndex] !== undefined ||
        looksLikeDiagnosis(tokens[tokenIndex]?.folded ?? '')),
  );
  const foundInEvidence =
    [...weighty].filter(
      (tokenIndex) => linked.covered.has(tokenIndex) || measuredWords.includes(tokenIndex),
    ).length +
    quantities.filter((_quantity, position) => linked.covered.has(numberKey(position))).length;
  const total = weighty.size + quantities.length;
  const hasContradiction = flags.some((candidate) => candidate.severity === 'error');
  if (!hasContradiction) {
    const missingDiagnosis = missing.some((tokenIndex) => {
      const key = claims.findingKey[tokenIndex];
      const concept =
        key !== undefined && /^c\d+$/.test(key) ? getLexiconEntry(Number(key.slice(1))) : undefined;
      return concept?.type === 'diagnosis' || looksLikeDiagnosis(tokens[tokenIndex]?.folded ?? '');
    });
    if (missing.length > 0 && (missingDiagnosis || missing.length * 2 > weighty.size)) {
      const words = missing.slice(0, 2).map((tokenIndex) => `«${tokens[tokenIndex]?.text ?? ''}»`);
      flags.unshift(
        flag(
          'unsupported',
          'warning',
          `Fant ikke ${words.join(' og ')} i samtalen. Kontroller at det ble sagt.`,
        ),
      );
    } else if (total > 0 && foundInEvidence / total < supportThreshold) {
      // Little in common with the evidence is mostly paraphrase (measured: few planted faults,
      // many correct sentences), so it is information; a warning when at least two of its clinical
      // words were said nowhere in the conversation (a sentence from another consultation).
      const absentEverywhere = [...weighty].filter(
        (tokenIndex) =>
          !anyUsable.has(tokenIndex) &&
          !anyOther.has(tokenIndex) &&
          !isRewordingOfSaid(tokens[tokenIndex]?.folded ?? '', index.words),
      ).length;
      flags.unshift(
        absentEverywhere >= 2
          ? flag(
              'unsupported',
              'warning',
              'Fant ikke grunnlag for setningen i samtalen. Kontroller den mot opptaket.',
            )
          : flag(
              'wording-not-found',
              'info',
              'Fant lite av ordlyden i samtalen. Les setningen mot opptaket.',
            ),
      );
    } else if (total === 0 && linked.evidence.length === 0 && contentTokens.length > 0) {
      const plain = contentTokens.filter(
        (tokenIndex) => !noteVocabulary.has(tokens[tokenIndex]?.folded ?? ''),
      );
      if (plain.length > 0 && plain.some((tokenIndex) => !anyUsable.has(tokenIndex)))
        flags.unshift(
          flag(
            'wording-not-found',
            'info',
            'Ordlyden finnes ikke i samtalen. Les setningen mot opptaket.',
          ),
        );
    }
  }
  // Examination findings (issue 11): a finding the note states that nobody said or examined.
  if (options.section === 'funn' && !flags.some((candidate) => candidate.severity !== 'info')) {
    const unexamined = findUnexaminedWords({
      tokens,
      candidates: contentTokens.filter(
        (tokenIndex) =>
          !anyUsable.has(tokenIndex) && !anyOther.has(tokenIndex) && !drugTokens.has(tokenIndex),
      ),
      negated: claims.negated,
      said: index.words,
      isNoteWord: (folded) => noteVocabulary.has(folded),
    });
    const unexaminedNormals =
      unexamined.length > 0
        ? []
        : findUnexaminedNormals({
            text,
            tokens,
            contentTokens,
            isSaid: (tokenIndex) =>
              anyUsable.has(tokenIndex) ||
              anyOther.has(tokenIndex) ||
              drugTokens.has(tokenIndex) ||
              index.words.has(tokens[tokenIndex]?.folded ?? '') ||
              isRewordingOfSaid(tokens[tokenIndex]?.folded ?? '', index.words),
            said: index.words,
            isNoteWord: (folded) => noteVocabulary.has(folded),
          });
    if (unexaminedNormals.length > 0)
      flags.unshift(unsaidFlag(tokens, unexaminedNormals, '', 'Kontroller at det ble undersøkt.'));
    if (unexamined.length > 0)
      flags.unshift(unsaidFlag(tokens, unexamined, 'Funnet ', 'Kontroller at det ble undersøkt.'));
  }
  // A named test, image, examination or sign the conversation never named in any wording (issue
  // 11: "D-dimer negativ", "MR kne", "normale hofter", "Fine pupiller" where nobody looked).
  if (!flags.some((candidate) => candidate.severity !== 'info')) {
    const unsaidItems = findUnsaidNamedItems({ text, tokens, index });
    if (unsaidItems.length > 0)
      flags.unshift(
        unsaidFlag(tokens, unsaidItems, '', 'Kontroller at det ble undersøkt eller tatt.'),
      );
  }
  const wordingMissing = contentTokens.filter(
    (tokenIndex) =>
      !weighty.has(tokenIndex) &&
      !anyUsable.has(tokenIndex) &&
      !noteVocabulary.has(tokens[tokenIndex]?.folded ?? '') &&
      !noteVocabulary.has(stemFolded(tokens[tokenIndex]?.folded ?? '')),
  );
  if (flags.length === 0 && wordingMissing.length >= 2)
    flags.push(
      flag(
        'wording-not-found',
        'info',
        'Noe av ordlyden finnes ikke i samtalen. Les setningen mot opptaket.',
      ),
    );

  codePattern.lastIndex = 0;
  for (let match = codePattern.exec(text); match !== null; match = codePattern.exec(text)) {
    const code = match[1] ?? '';
    if (!isKnownCode('ICD-10', code) && !isKnownCode('ICPC-2', code))
      flags.push(flag('code-unknown', 'error', `Koden ${code} finnes ikke i ICD-10 eller ICPC-2.`));
  }

  return {
    evidence: linked.evidence,
    supported: !flags.some((candidate) => candidate.severity !== 'info'),
    flags,
  };
}

/** A length of time (not an age or a time of day). */
/**
 * The strength of one tablet ("Ibux 800 mg, to tabletter") that the conversation said only as the
 * whole dose of several tablets ("to Ibux på fire hundre"), with the strength it did say.
 */
function findStrengthSaidOnlyAsWholeDose(
  quantities: readonly Quantity[],
  index: TranscriptIndex,
): { claimed: Quantity; said: Quantity } | undefined {
  for (const [position, claimed] of quantities.entries()) {
    if (claimed.unit !== 'mg' && claimed.unit !== 'mcg') continue;
    // (The tablet count is the next number: "400 mg, to tabletter".)
    const count = quantities[position + 1];
    if (count?.unit !== 'tablet' || count.value < 2) continue;
    const said = index
      .unitsWithNumber(claimed.value)
      .flatMap((unitIndex) => index.units[unitIndex]?.claims.quantities ?? [])
      .filter((quantity) => quantity.value === claimed.value && !quantity.retracted);
    const whole = said.find((quantity) => quantity.ofTablets === true);
    if (whole === undefined || said.some((quantity) => quantity.ofTablets !== true)) continue;
    const strength = index
      .unitsWithNumber(claimed.value / count.value)
      .flatMap((unitIndex) => index.units[unitIndex]?.claims.quantities ?? [])
      .find((quantity) => quantity.value === claimed.value / count.value);
    return { claimed, said: strength ?? whole };
  }
  return undefined;
}

function isDuration(quantity: Quantity): boolean {
  return quantity.unit !== undefined && quantity.unit !== 'year' && timeUnits.has(quantity.unit);
}

/**
 * A length of time the sentence gives that differs from every length said in the statements that
 * share a clinical word of its clause, when those statements say one, and that no statement
 * sharing any word of its clause says: the claimed and a said length, or undefined.
 */
function findDurationSaidElsewhere(options: {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly amounts: readonly Quantity[];
  readonly hitsByUnit: ReadonlyMap<number, ReadonlySet<number>>;
  readonly isWeighty: (tokenIndex: number) => boolean;
  readonly index: TranscriptIndex;
}): { claimed: Quantity; said: Quantity } | undefined {
  const { text, tokens, index } = options;
  // Clauses end at a comma, a semicolon or a full stop.
  let clause = 0;
  const clauses = tokens.map((token, tokenIndex) => {
    const previous = tokens[tokenIndex - 1];
    if (previous !== undefined && /[,;.]/.test(text.slice(previous.end, token.start))) clause += 1;
    return clause;
  });
  const isNumberWord = (tokenIndex: number): boolean => {
    const token = tokens[tokenIndex];
    return (
      token !== undefined &&
      options.amounts.some((quantity) => token.start >= quantity.start && token.end <= quantity.end)
    );
  };
  for (const claimed of options.amounts) {
    // "om en uke" is often said without the number; an age in months is no length of time.
    if (!isDuration(claimed) || claimed.retracted || claimed.value === 1) continue;
    const at = tokens.findIndex((token) => token.start >= claimed.start);
    const own = clauses[at];
    const inOwnClause = (tokenIndex: number): boolean => clauses[tokenIndex] === own;
    const sharing = (weightyOnly: boolean, inClause: (tokenIndex: number) => boolean): number[] =>
      [...options.hitsByUnit]
        .filter(([, hits]) =>
          [...hits].some(
            (key) =>
              key < 100_000 &&
              inClause(key) &&
              // (The numbers and unit words themselves, "seks", "uker", share nothing.)
              !noteVocabulary.has(tokens[key]?.folded ?? '') &&
              !isNumberWord(key) &&
              (!weightyOnly || options.isWeighty(key)),
          ),
        )
        .map(([unitIndex]) => unitIndex);
    const same = [{ value: claimed.value, unit: claimed.unit }, ...sameTimeIn(claimed)];
    const isSame = (other: Quantity): boolean =>
      same.some((form) => form.value === other.value && form.unit === other.unit);
    const durations = (units: readonly number[]): Quantity[] =>
      quantitiesIn(units, index).filter((quantity) => isDuration(quantity) && !quantity.retracted);
    const saidThere = durations(sharing(true, inOwnClause));
    const first = saidThere[0];
    if (first === undefined || saidThere.some(isSame)) continue;
    // (Also the reply to a question that shares them: "Har du målt blodtrykket hjemme?" "Ja, de
    // siste to ukene.")
    const supporting = sharing(false, () => true);
    const replies = supporting.flatMap((unitIndex) => {
      const unit = index.units[unitIndex];
      const next = index.units[unitIndex + 1];
      return unit?.isQuestion === true && next !== undefined && next.speaker !== unit.speaker
        ? [unitIndex + 1]
        : [];
    });
    if (durations([...supporting, ...replies]).some(isSame)) continue;
    return { claimed, said: first };
  }
  return undefined;
}

/** Letters a word said about the patient may lack and still be the note's word ("brystsmert"). */
const maxStemShortfall = 3;

/**
 * A finding the patient's words match only as the first part of a compound ("brystet" for
 * "brystkreft"), while a relative's words match it whole: the finding is the relative's.
 */
function isOnlyPrefixAboutPatient(
  keys: readonly string[] | undefined,
  index: TranscriptIndex,
): boolean {
  if (keys === undefined || keys.length === 0 || keys.some((key) => /^c\d+$/.test(key)))
    return false;
  // Whether a unit says the word whole (or all but an ending), about the patient or about another.
  const saysWhole = (unitIndex: number, key: string, aboutOther: boolean): boolean => {
    const unit = index.units[unitIndex];
    return (unit?.claims.keys ?? []).some(
      (saidKeys, saidIndex) =>
        (unit?.claims.aboutOther[saidIndex] === true) === aboutOther &&
        saidKeys.some(
          (said) =>
            said === key || (stemsMatch(said, key) && said.length + maxStemShortfall >= key.length),
        ),
    );
  };
  return keys.every((key) => {
    const mentioning = index.unitsMentioning(key);
    return (
      mentioning.other.some((unitIndex) => saysWhole(unitIndex, key, true)) &&
      !mentioning.patient.some((unitIndex) => saysWhole(unitIndex, key, false))
    );
  });
}

function quantitiesIn(unitIndices: Iterable<number>, index: TranscriptIndex): Quantity[] {
  const found: Quantity[] = [];
  for (const unitIndex of unitIndices)
    for (const said of index.units[unitIndex]?.claims.quantities ?? [])
      if (!said.retracted) found.push(said);
  return found;
}

/** Where a length of time points: back ("for tre uker siden") or ahead ("om tre uker"). */
type TimeRelation = 'past' | 'future';

const pastWords = new Set(['siden', 'sidan', 'sia', 'sida', 'tilbake']);
const lastWords = new Set(['siste', 'sist']);

/** The relation of a time quantity read from the words around it, when they say one. */
function timeRelationIn(
  tokens: readonly WordToken[],
  quantity: Pick<Quantity, 'start' | 'end'>,
): TimeRelation | undefined {
  const first = tokens.findIndex((token) => token.end > quantity.start);
  if (first < 0) return undefined;
  if (tokens[first - 1]?.folded === 'om') return 'future';
  // "Siste tre måneder", "de siste to årene": a span up to now.
  if (lastWords.has(tokens[first - 1]?.folded ?? '')) return 'past';
  let last = first;
  while ((tokens[last + 1]?.start ?? Number.POSITIVE_INFINITY) < quantity.end) last += 1;
  // The number, its unit, then "siden" ("tre uker siden", "tre veker sidan").
  for (const offset of [1, 2])
    if (pastWords.has(tokens[last + offset]?.folded ?? '')) return 'past';
  return undefined;
}

const relationMemo = new WeakMap<TranscriptIndex, Map<Quantity, TimeRelation | undefined>>();

/** The relation of a quantity said in the transcript (read once per index). */
function saidTimeRelation(said: Quantity, index: TranscriptIndex): TimeRelation | undefined {
  let memo = relationMemo.get(index);
  if (memo === undefined) {
    memo = new Map();
    for (const unit of index.units)
      for (const quantity of unit.claims.quantities)
        if (quantity.unit !== undefined && timeUnits.has(quantity.unit))
          memo.set(quantity, timeRelationIn(unit.tokens, quantity));
    relationMemo.set(index, memo);
  }
  return memo.get(said);
}

/**
 * A number is checked with its unit, level by level: the evidence sentences first (a dose there
 * that differs contradicts), then their neighbourhood, then anywhere the same thing (measure or
 * drug) is spoken of. A number found only in an unrelated place does not count.
 */
function checkQuantity(
  quantity: Quantity,
  siblings: readonly Quantity[],
  claims: Claims,
  evidenceUnits: readonly number[],
  near: ReadonlySet<number>,
  index: TranscriptIndex,
  relation?: TimeRelation,
): SentenceFlag | undefined {
  // "For tre uker siden" does not support "om tre uker", nor the other way round.
  const sameDirection = (said: Quantity): boolean =>
    relation === undefined || (saidTimeRelation(said, index) ?? relation) === relation;
  const values = new Set(equivalentValues(quantity.value));
  // (With the value itself: a length converted to the spoken unit is no longer among its siblings.)
  const ownValues = new Set([
    ...values,
    ...siblings.flatMap((sibling) => equivalentValues(sibling.value)),
  ]);
  // Ages are often said without "år" ("Han ble seks i august"); other lengths of time are not.
  const isDuration =
    quantity.unit !== undefined &&
    ((timeUnits.has(quantity.unit) && quantity.unit !== 'year') || quantity.unit === 'clock');
  const matches = (said: Quantity): boolean =>
    values.has(said.value) &&
    // An age or a length of time is never a measured value ("pulsen sekstiåtte" ≠ "68 år").
    !(
      quantity.unit !== undefined &&
      timeUnits.has(quantity.unit) &&
      said.subject?.startsWith('m:') === true
    ) &&
    (isDuration
      ? // A length of time needs its unit said, and not as a drug's course when no drug is named.
        said.unit === quantity.unit &&
        sameDirection(said) &&
        !(quantity.subject === undefined && said.subject?.startsWith('s:') === true)
      : unitsCompatible(quantity.unit, said.unit));
  const sameKind = (said: Quantity): boolean =>
    quantity.unit === undefined ? said.unit === undefined : said.unit === quantity.unit;
  const conflictWith = (said: readonly Quantity[]): Quantity | undefined =>
    said.find((candidate) => sameKind(candidate) && !ownValues.has(candidate.value));

  // What the number is about: a measure (CRP, blodtrykk) or a drug.
  const about = [
    ...claims.measures,
    ...[...claims.substances].map((substance) => `s:${substance}`),
  ];
  const sameThing = (unitIndex: number): boolean => {
    const unit = index.units[unitIndex];
    if (unit === undefined) return false;
    return about.some((key) =>
      key.startsWith('s:')
        ? unit.claims.substances.has(key.slice(2))
        : unit.claims.measures.has(key),
    );
  };
  const bySubject = checkAgainstSubject(quantity, siblings, evidenceUnits, near, index, relation);
  if (bySubject !== 'unknown') return bySubject;

  const sameFamily = (said: Quantity): boolean =>
    quantity.unit !== undefined &&
    said.unit !== undefined &&
    said.unit !== quantity.unit &&
    ((timeUnits.has(quantity.unit) && timeUnits.has(said.unit)) ||
      (amountUnits.has(quantity.unit) && amountUnits.has(said.unit)));

  // Said with the same unit where the same measure or drug is spoken of (anywhere).
  const strictMatch = (said: Quantity): boolean =>
    !said.retracted && values.has(said.value) && said.unit === quantity.unit && sameDirection(said);
  const saidAboutSameThing = (): boolean => {
    for (const value of values) {
      for (const unitIndex of index.unitsWithNumber(value)) {
        const unit = index.units[unitIndex];
        if (unit === undefined || !unit.claims.quantities.some(strictMatch)) continue;
        if (about.length === 0 && quantity.unit !== undefined) return true;
        if (sameThing(unitIndex) || [...neighbourhoodOf([unitIndex], index)].some(sameThing))
          return true;
      }
    }
    return false;
  };

  // Level 1: the evidence sentences (those about the same measure or drug, when it names one).
  const aboutSame = evidenceUnits.filter(sameThing);
  const inEvidence = quantitiesIn(aboutSame.length > 0 ? aboutSame : evidenceUnits, index);
  if (inEvidence.some(matches)) return undefined;
  const evidenceConflict = conflictWith(inEvidence);
  if (
    evidenceConflict !== undefined &&
    (quantity.unit !== undefined || claims.measures.size > 0) &&
    (about.length === 0 || !saidAboutSameThing())
  )
    return numberConflict(quantity, evidenceConflict);
  const evidenceOtherUnit = inEvidence.find((said) => values.has(said.value) && sameFamily(said));
  if (evidenceOtherUnit !== undefined) return unitConflict(quantity);

  // Level 2: the neighbourhood.
  const inNear = quantitiesIn(near, index);
  if (inNear.some(matches)) return undefined;

  // Level 3: where the same measure or drug is spoken of (or anywhere, for a number with a unit
  // and nothing said about what it measures), with the same unit.
  if (saidAboutSameThing()) return undefined;

  const sameValueOtherUnit = inNear.find((said) => values.has(said.value) && sameFamily(said));
  if (sameValueOtherUnit !== undefined) return unitConflict(quantity);
  const nearConflict = conflictWith(
    inNear.filter((said) => said.unit !== undefined || about.length > 0),
  );
  if (nearConflict !== undefined && (quantity.unit !== undefined || claims.measures.size > 0))
    return numberConflict(quantity, nearConflict);
  return flag(
    'number-not-in-transcript',
    'warning',
    `Tallet ${formatNumber(quantity.value)} er ikke nevnt i samtalen. Kontroller verdien.`,
  );
}

/**
 * A number whose measure or drug the sentence names ("CRP 94", "Paracet 250 mg") is checked
 * against what was said about that same measure or drug: the first evidence sentence that states
 * it decides (all of them when the sentence gives more values of it than that one does), then the
 * neighbourhood, then the whole conversation. A number said about something else does not count.
 * `'unknown'` when nothing was said about it, so the general checks apply.
 */
/**
 * True when the value is the answer to a question of its very measure ("Kor høg feber var det på
 * det meste?" "Trettini komma to i natt."), said in an evidence sentence that names no measure.
 */
function isAnswerToQuestionOf(
  quantity: Quantity,
  evidenceUnits: readonly number[],
  index: TranscriptIndex,
): boolean {
  const subject = quantity.subject;
  if (subject === undefined) return false;
  const values = new Set(equivalentMeasureValues(quantity.value, subject));
  return evidenceUnits.some((unitIndex) => {
    const unit = index.units[unitIndex];
    // (The last sentence of the turn before.)
    let previous = unitIndex - 1;
    while (previous >= 0 && index.units[previous]?.segment === unit?.segment) previous -= 1;
    const question = index.units[previous];
    return (
      question?.isQuestion === true &&
      question.speaker !== unit?.speaker &&
      question.claims.subjects.includes(subject) &&
      quantitiesIn([unitIndex], index).some(
        (said) =>
          (said.subject === undefined || said.subject === subject) &&
          values.has(said.value) &&
          unitsCompatible(quantity.unit, said.unit),
      )
    );
  });
}

function checkAgainstSubject(
  quantity: Quantity,
  siblings: readonly Quantity[],
  evidenceUnits: readonly number[],
  near: ReadonlySet<number>,
  index: TranscriptIndex,
  relation?: TimeRelation,
): SentenceFlag | undefined | 'unknown' {
  const subject = quantity.subject;
  if (subject === undefined) return 'unknown';
  const values = new Set(equivalentMeasureValues(quantity.value, subject));
  // ("HbA1c 58 mmol/mol, ned fra 64": the bare 64 is the same measure in the same unit.)
  const own = siblings.filter(
    (sibling) => sibling.subject === subject && unitsCompatible(sibling.unit, quantity.unit),
  );
  const ownValues = new Set(
    own.flatMap((sibling) => equivalentMeasureValues(sibling.value, subject)),
  );
  // A number said without its measure counts only when nothing said about the measure contradicts
  // it ("RF 12" is not supported by "den tolvte august" when the rate was said to be 22).
  const saidAbout = index.quantitiesAbout(subject).filter((said) => said.unit === quantity.unit);
  // (Doses change during a consultation, so this holds for measures only.)
  const unboundAllowed =
    subject.startsWith('s:') ||
    saidAbout.length === 0 ||
    saidAbout.some((said) => values.has(said.value)) ||
    saidAbout.every((said) => ownValues.has(said.value));
  const matches = (said: Quantity): boolean =>
    values.has(said.value) &&
    unitsCompatible(quantity.unit, said.unit) &&
    (relation === undefined || (saidTimeRelation(said, index) ?? relation) === relation) &&
    (said.subject === subject || (said.subject === undefined && unboundAllowed));
  const conflicts = (said: Quantity): boolean =>
    said.subject === subject && said.unit === quantity.unit && !ownValues.has(said.value);
  const statesSubject = (unitIndex: number): Quantity[] =>
    quantitiesIn([unitIndex], index).filter(
      (said) => said.subject === subject && said.unit === quantity.unit,
    );

  // Level 1: the first evidence sentence that states this measure or drug decides, unless the
  // sentence gives more values of it than that one holds (two measurements merged).
  const stating = evidenceUnits.filter((unitIndex) => statesSubject(unitIndex).length > 0);
  const first = stating[0];
  if (first !== undefined) {
    const deciding = own.length > statesSubject(first).length ? stating : [first];
    const said = quantitiesIn(deciding, index);
    // A dose said there with its unit decides over a bare number in the same passage ("Paracet
    // ein gram … ei veke eller to" does not support "2 g").
    if (quantity.unit !== undefined && amountUnits.has(quantity.unit)) {
      const stated = said.filter((candidate) => candidate.subject === subject);
      if (stated.some((candidate) => matches(candidate) && candidate.unit === quantity.unit))
        return undefined;
      const conflict = stated.find(conflicts);
      if (conflict !== undefined) return numberConflict(quantity, conflict);
    }
    if (said.some(matches)) return undefined;
    const conflict = said.find(conflicts);
    if (conflict !== undefined) return numberConflict(quantity, conflict);
  }
  if (quantitiesIn(evidenceUnits, index).some(matches)) return undefined;

  // Level 2: the neighbourhood.
  const nearby = quantitiesIn(near, index);
  if (nearby.some(matches)) return undefined;
  const nearConflict = nearby.find(conflicts);
  if (nearConflict !== undefined) return numberConflict(quantity, nearConflict);

  // Level 3: anything said about it in the conversation.
  const about = index.quantitiesAbout(subject);
  if (about.some(matches)) return undefined;
  const conflict = about.find(conflicts);
  if (conflict !== undefined) return numberConflict(quantity, conflict);
  return 'unknown';
}

function unitConflict(quantity: Quantity): SentenceFlag {
  return flag(
    'unit-conflict',
    'error',
    `${quantity.label} har en annen enhet enn i samtalen (for eksempel dager mot uker, eller mg mot mikrogram). Kontroller enheten.`,
  );
}

function numberConflict(quantity: Quantity, said: Quantity): SentenceFlag {
  return flag(
    'number-conflict',
    'error',
    `Tallet ${formatNumber(quantity.value)} stemmer ikke med samtalen, der det ble sagt ${formatNumber(said.value)}. Kontroller verdien.`,
  );
}

/**
 * In a sentence naming two sides ("ve. trommehinne rød og bulende; hø. normal"), a side is checked
 * against the passages that share its clause's words: the side said there decides. `undefined`
 * when no passage with a side shares them (the general check applies).
 */
function checkSideByClause(
  claim: {
    readonly text: string;
    readonly tokens: readonly WordToken[];
    readonly claims: Claims;
    readonly sideToken: number;
    readonly side: Side;
  },
  linked: Linked,
  near: ReadonlySet<number>,
  index: TranscriptIndex,
): SentenceFlag | undefined {
  const { text, tokens, claims, sideToken, side } = claim;
  const breaksBefore = (tokenIndex: number): boolean => {
    const previous = tokens[tokenIndex - 1];
    const token = tokens[tokenIndex];
    return (
      previous !== undefined &&
      token !== undefined &&
      /[,;:.]/.test(text.slice(previous.end, token.start).replace(/^\.\s*$/, ''))
    );
  };
  let first = sideToken;
  while (first > 0 && !breaksBefore(first)) first -= 1;
  let last = sideToken;
  while (last + 1 < tokens.length && !breaksBefore(last + 1)) last += 1;
  const sideTokens = new Set(claims.sides.map((entry) => entry.token));
  const candidates = new Set([...linked.evidenceUnits, ...near]);
  const sharing = new Set<number>();
  for (let tokenIndex = first; tokenIndex <= last; tokenIndex += 1) {
    if (sideTokens.has(tokenIndex) || !isContentWord(tokens[tokenIndex]?.folded ?? '')) continue;
    for (const key of claims.keys[tokenIndex] ?? [])
      for (const occurrence of index.occurrencesOf(key))
        if (candidates.has(occurrence.unit)) sharing.add(occurrence.unit);
  }
  const said = sidesIn(sharing, index);
  if (said.length === 0 || said.includes(side)) return undefined;
  return sideConflict(side, said);
}

/** Words for body parts that are sided, folded, by their beginning. */
const bodyPartWord =
  /^(?:kne|ankel|ankl|arm|hand|hend|fot|fott|bein|ben|legg|lar|hofte|skuld|albu|olbog|ore|oyr|oye|oyn|aug|lunge|nyre|bryst|tommel|finger|fing|trommehinn|tonsill|mandel|mandl|handledd|tå|ta|hael|hel|flanke|lyske|kjeve|kinn|tinning|nese|neseb|pupill|hjernehalv|hemisf|lunge|ovari|eggstokk|testik|bryst)/u;

/** One body part by the first letters of its other forms ("augo", "øyne" = "øye"; "bena"). */
const sameBodyPart: Readonly<Record<string, string>> = {
  aug: 'oye',
  oyn: 'oye',
  oyr: 'ore',
  ben: 'bei',
  hen: 'han',
  kna: 'kne',
  man: 'ton',
  olb: 'alb',
};

/** Words after a side that are no body part ("høyre side", "den venstre er …"). */
const notBodyParts = new Set(['side', 'sida', 'sidene', 'sider', 'er', 'var', 'og', 'i', 'pa']);

/**
 * The body part a side is said of, by its first three letters ("hø. kne", "det venstre kneet",
 * "smerter i armen på høyre side"); undefined when none is near.
 */
function bodyPartOf(tokens: readonly WordToken[], sideToken: number): string | undefined {
  const next = tokens[sideToken + 1]?.folded;
  if (next !== undefined && !notBodyParts.has(next) && bodyPartWord.test(next)) {
    const start = next.slice(0, 3);
    return sameBodyPart[start] ?? start;
  }
  if (next === 'side' || next === 'sida') {
    const before = tokens[sideToken - 2]?.folded;
    if (tokens[sideToken - 1]?.folded === 'pa' && before !== undefined && before.length >= 3)
      return before.slice(0, 3);
  }
  return undefined;
}

/** A side as said, with its body part. */
interface SaidSide {
  readonly side: Side;
  readonly body: string | undefined;
}

function sidesIn(unitIndices: Iterable<number>, index: TranscriptIndex, body?: string): Side[] {
  const said: SaidSide[] = [];
  for (const unitIndex of unitIndices) {
    const unit = index.units[unitIndex];
    if (unit === undefined) continue;
    const own = unit.claims.sides.map((entry) => ({
      side: entry.side,
      body: bodyPartOf(unit.tokens, entry.token),
    }));
    // The claim's part named in a sentence whose side is said of the organ it lies in ("Inni
    // nasen på venstre side …, eit septumhematom" for "septumhematom på venstre side").
    const namesBodyHere =
      body !== undefined &&
      !own.some((entry) => entry.body === body) &&
      unit.tokens.some((token) => token.folded.startsWith(body) && token.folded.length >= 5);
    for (const entry of own) said.push(namesBodyHere ? { side: entry.side, body } : entry);
  }
  // Said of the same body part, or of none named: what the claim is checked against.
  const relevant =
    body === undefined
      ? said
      : said.filter((entry) => entry.body === undefined || entry.body === body);
  return relevant.map((entry) => entry.side);
}

/** Every side the conversation names of a body part, in order. */
function sidesOfBodyPart(body: string, index: TranscriptIndex): Side[] {
  const said: Side[] = [];
  for (const unit of index.units)
    for (const entry of unit.claims.sides)
      if (bodyPartOf(unit.tokens, entry.token) === body) said.push(entry.side);
  return said;
}

function sideSupported(side: Side, said: readonly Side[], sameUnit: boolean): boolean {
  if (said.includes(side)) return true;
  // Both sides named in one sentence ("høyre og venstre") is "begge sider".
  return side === 'both' && sameUnit && said.includes('right') && said.includes('left');
}

/**
 * A side is checked level by level: the first evidence sentence, all evidence, the neighbourhood;
 * the first level that names any side decides. With no side near, the side the conversation names
 * most often decides.
 */
function checkSide(
  claim: { readonly side: Side; readonly body: string | undefined; readonly severalSides: boolean },
  evidenceUnits: readonly number[],
  near: ReadonlySet<number>,
  index: TranscriptIndex,
): SentenceFlag | undefined {
  const { side, body } = claim;
  const first = evidenceUnits[0];
  // A sentence naming two sides ("ve. trommehinne rød; hø. normal") describes several passages:
  // each side is checked against all of them at once.
  const levels: (readonly number[])[] = claim.severalSides
    ? [[...new Set([...evidenceUnits, ...near])]]
    : [first === undefined ? [] : [first], evidenceUnits, [...near]];
  for (const [level, unitIndices] of levels.entries()) {
    if (level < 2 && !claim.severalSides) {
      for (const unitIndex of unitIndices) {
        const said = sidesIn([unitIndex], index, body);
        if (sideSupported(side, said, true)) return undefined;
      }
    }
    const said = sidesIn(unitIndices, index, body);
    if (said.length === 0) continue;
    if (sideSupported(side, said, level < 2 && unitIndices.length === 1)) return undefined;
    // Only nearby, not in the evidence: when the conversation names both sides of this body
    // part, the side it names most (first, on a tie: the complaint comes first) decides.
    if (level === 2 && body !== undefined && side !== 'both') {
      const ofBody = sidesOfBodyPart(body, index);
      const claimed = ofBody.filter((said) => said === side).length;
      const opposite = ofBody.filter((said) => said !== side && said !== 'both').length;
      if (claimed > opposite || (claimed > 0 && claimed === opposite && ofBody[0] === side))
        return undefined;
    }
    return sideConflict(side, said);
  }
  // "Normal respirasjonslyd bilateralt" where "lungene er fine" was said: a paired organ in the
  // plural is both sides.
  if (side === 'both' && namesPairedOrgansInPlural([...evidenceUnits, ...near], index))
    return undefined;
  const everywhere = index.sides;
  // Nothing in the evidence or near it names a side: a side said somewhere is not contradicted.
  if (evidenceUnits.length === 0 && everywhere.includes(side)) return undefined;
  if (everywhere.length === 0)
    return flag(
      'laterality-conflict',
      'warning',
      `Fant ikke at det gjelder ${sideWords[side]} i samtalen.`,
    );
  const count = (wanted: Side): number => everywhere.filter((said) => said === wanted).length;
  const claimed = count(side);
  const opposite = side === 'both' ? 0 : count(side === 'right' ? 'left' : 'right');
  if (claimed > 0 && claimed * 2 >= opposite) return undefined;
  if (side === 'both' && count('right') > 0 && count('left') > 0) return undefined;
  return sideConflict(side, everywhere);
}

function sideConflict(side: Side, said: readonly Side[]): SentenceFlag {
  return flag(
    'laterality-conflict',
    'error',
    `Setningen sier ${sideWords[side]}, men i samtalen gjelder det ${[...new Set(said)].map((other) => sideWords[other]).join(' eller ')}.`,
  );
}

/** A sentence that stops, avoids or refuses a drug, or names an allergy to it. */
const refusalCue =
  /(?<![\p{L}])(?:fraråd\p{L}*|seponer\p{L}*|stopp\p{L}*|slutt\p{L}*|avslutt\p{L}*|unngå\p{L}*|kontraindiser\p{L}*|allergi\p{L}*|overfølsom\p{L}*|tåler|tåle|reaksjon\p{L}*|ikke|ikkje|ingen|uten)(?![\p{L}])/iu;

/**
 * True when a word of a mention carries a per-token flag of the unit that says it: denied
 * (`claims.negated`) or said about somebody other than the patient (`claims.aboutOther`).
 */
function isMentionFlagged(
  mention: { readonly start: number; readonly end: number },
  tokens: readonly WordToken[],
  flags: readonly boolean[],
): boolean {
  return tokens.some(
    (token, tokenIndex) =>
      token.start >= mention.start && token.end <= mention.end && flags[tokenIndex] === true,
  );
}

/**
 * The name of a drug the sentence gives as used or given although every mention of it in the
 * conversation denies or refuses it; undefined otherwise (also when the sentence itself refuses,
 * stops or avoids a drug, or asks nothing).
 */
function findRefusedDrug(
  text: string,
  tokens: readonly WordToken[],
  claims: Claims,
  index: TranscriptIndex,
): string | undefined {
  if (
    claims.drugMentions.length === 0 ||
    refusalCue.test(text) ||
    hypotheticalCue.test(text.replace(/ved behov/giu, ''))
  )
    return undefined;
  for (const mention of claims.drugMentions) {
    if (isMentionFlagged(mention, tokens, claims.negated)) continue;
    const units = index.unitsWithSubstance(mention.substance);
    if (units.length === 0) continue;
    const allRefused = units.every((unitIndex) => {
      const unit = index.units[unitIndex];
      if (unit === undefined || unit.isQuestion) return false;
      return unit.claims.drugMentions
        .filter((said) => said.substance === mention.substance)
        .every((said) => isMentionFlagged(said, unit.tokens, unit.claims.negated));
    });
    if (allRefused) return text.slice(mention.start, mention.end);
  }
  return undefined;
}

/**
 * A drug the sentence gives as the patient's although every mention of it in the conversation is
 * about somebody else (a relative's own medicine); undefined otherwise.
 */
/** A relative's possessive right before a drug name ("konas", "morens", "datterens"). */
const relativePossessive =
  /(?<![\p{L}])(?:konas|kones|konens|mannens|ektemannens|ektefellens|samboerens|mors|morens|fars|farens|datterens|sønnens|brorens|søsterens|søsters|brors|naboens|kjærestens)\s+(?:\p{L}+\s+)?$/iu;

function findOtherPersonsDrug(
  text: string,
  tokens: readonly WordToken[],
  claims: Claims,
  index: TranscriptIndex,
): { readonly start: number; readonly end: number } | undefined {
  if (claims.namesOtherPerson) return undefined;
  return claims.drugMentions.find((mention) => {
    if (isMentionFlagged(mention, tokens, claims.aboutOther)) return false;
    // "Har tatt noen av konas Nexium-tabletter": the note itself says whose drug it is.
    if (relativePossessive.test(text.slice(0, mention.start))) return false;
    const units = index.unitsWithSubstance(mention.substance);
    return (
      units.length > 0 &&
      units.every((unitIndex) => {
        const unit = index.units[unitIndex];
        return (
          unit !== undefined &&
          unit.claims.drugMentions
            .filter((said) => said.substance === mention.substance)
            .every((said) => isMentionFlagged(said, unit.tokens, unit.claims.aboutOther))
        );
      })
    );
  });
}

/** A sentence that gives a history, not today's finding. */
const historyCue =
  /(?<![\p{L}])(?:har hatt|hatt|kjent|kjente|tidligere|tidlegare|hele livet|heile livet|i mange år|i flere år|i årevis|siden barndommen|fra barndommen|fra ungdommen)(?![\p{L}])/iu;
/** A clinician naming a finding as today's assessment or asking about it. */
const assessmentCue =
  /(?<![\p{L}])(?:dette|det her|høres|høyres|passer|passar|tyder|tyde|kan være|kan vere|mistenk\p{L}*|trolig|truleg|sannsynlig\p{L}*|vurder\p{L}*|forenlig|forenleg|ligner|liknar)(?![\p{L}])/iu;

/**
 * A finding the sentence gives as the patient's history although, about the patient, the
 * conversation only asked about it or named it as today's assessment, and somebody else said they
 * have had it; the token, or undefined.
 */
function findBorrowedHistory(
  text: string,
  tokens: readonly WordToken[],
  claims: Claims,
  index: TranscriptIndex,
): number | undefined {
  if (claims.namesOtherPerson || !historyCue.test(text)) return undefined;
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex += 1) {
    const key = claims.findingKey[tokenIndex];
    if (key === undefined || claims.negated[tokenIndex] === true) continue;
    const mentioning = index.unitsMentioning(key);
    if (mentioning.other.length === 0) continue;
    const onlyAskedOrAssessed = mentioning.patient.every((unitIndex) => {
      const unit = index.units[unitIndex];
      if (unit === undefined) return true;
      if (unit.isQuestion) return true;
      if (unit.speaker !== 'lege') return false;
      const said = unit.tokens.map((token) => token.text).join(' ');
      return assessmentCue.test(said);
    });
    if (onlyAskedOrAssessed) return tokenIndex;
  }
  return undefined;
}

/** Sections that give today's complaint, findings and assessment, not the history. */
const todaySections = new Set([
  'kontaktarsak',
  'innleggelsesarsak',
  'funn',
  'vurdering',
  'diagnoser',
]);
/** Words that place a sentence in the present episode ("akutt", "i går", "i natt"). */
const todayCue =
  /(?<![\p{L}])(?:akutt\p{L}*|nyoppstått\p{L}*|i dag|i går|i natt|i morges|i kveld)(?![\p{L}])/iu;

/**
 * A sentence about today's complaint (its section or its words), which a denial of the time before
 * now does not contradict; a history ("tidligere", "kjent", "har hatt") never is.
 */
function isAboutToday(text: string, section: string | undefined): boolean {
  if (historyCue.test(text)) return false;
  return (section !== undefined && todaySections.has(section)) || todayCue.test(text);
}

/**
 * True when every statement of the conversation that denies the finding denies it only before now
 * ("Har du hatt blodpropp før?" "Nei, aldri."): today's finding is not contradicted by it, a
 * history ("tidligere DVT") is.
 */
function isDeniedOnlyBefore(key: string, index: TranscriptIndex): boolean {
  let denials = 0;
  for (let unitIndex = 0; unitIndex < index.units.length; unitIndex += 1) {
    const unit = index.units[unitIndex];
    if (unit === undefined || index.polarityIn(key, [unitIndex]).absent === 0) continue;
    denials += 1;
    if (!saysBefore(unit.tokens)) return false;
  }
  return denials > 0;
}

/** Words that limit a denial to a time or situation ("nå", "i hvile", "for tiden"). */
// ("siste": "afebril siste døgn", "ingen smerter siste 48 timer" speak of the end of a course.)
const situationWords = new Set(['na', 'naa', 'hvile', 'ro', 'tiden', 'idag', 'no', 'siste']);

/** Before an agent noun ("tidligere røyker"): a habit given up. */
const formerCueWords = new Set(['tidligere', 'tidlegare', 'eks', 'ex']);

/** Words of a habit given up ("sluttet", "slutta", "ikke lenger", "før"). */
function givenUpCue(folded: string, next: string | undefined): boolean {
  if (/^slutt/u.test(folded) || folded === 'for' || folded === 'tidligere') return true;
  return (
    /^(?:ikke|ikkje|itj|inkje)$/u.test(folded) && /^(?:lenger|lengre|meir|mer)$/u.test(next ?? '')
  );
}

/** Sections that tell what the patient or a relative reported. */
const historySections = new Set(['anamnese', 'kontaktarsak']);

/**
 * True when every denial of the finding in these units is the clinician's statement (an
 * examination), and the patient or a relative said it present somewhere in the conversation.
 */
function isDeniedOnlyByExamination(
  key: string,
  level: Iterable<number> | 'everywhere',
  index: TranscriptIndex,
): boolean {
  const units = level === 'everywhere' ? index.units.map((_unit, unitIndex) => unitIndex) : level;
  for (const unitIndex of units) {
    const unit = index.units[unitIndex];
    if (unit === undefined || index.polarityIn(key, [unitIndex]).absent === 0) continue;
    if (unit.isQuestion || (unit.speaker !== 'lege' && unit.speaker !== 'sykepleier')) return false;
  }
  return index.units.some(
    (unit, unitIndex) =>
      unit.speaker !== 'lege' &&
      unit.speaker !== 'sykepleier' &&
      !unit.isQuestion &&
      index.polarityIn(key, [unitIndex]).present > 0,
  );
}

/**
 * What the patient was told may happen ("Informert om mulige ankelødemer", "opplyst om at det kan
 * gi hodepine"): it states no finding, present or absent.
 */
const counsellingCue =
  /(?<![\p{L}])(?:(?:informert|informeres|orientert|orienteres|opplyst|advart|forklart)(?: \p{L}+)? om|mulige? bivirkning\p{L}*)(?![\p{L}])/iu;

/** A sentence about change ("obstipasjon bedre") says neither present nor absent. */
const changeCue =
  /(?<![\p{L}])(?:bedre|bedring|mindre|avtatt|avtar|borte|gått over|forsvunnet|lettere|verre|forverr\p{L}*|økende|tiltagende)(?![\p{L}])/iu;

/**
 * A finding stated present or absent is checked level by level: the evidence sentences, their
 * neighbourhood, the whole conversation; the first level that says anything about it decides.
 */
function checkNegation(
  text: string,
  tokens: readonly WordToken[],
  claims: Claims,
  evidenceUnits: readonly number[],
  near: ReadonlySet<number>,
  index: TranscriptIndex,
  section: string | undefined,
): SentenceFlag | undefined {
  if (hypotheticalCue.test(text) || changeCue.test(text) || counsellingCue.test(text))
    return undefined;
  const seen = new Set<string>();
  const levels: readonly (Iterable<number> | 'everywhere')[] = [evidenceUnits, near, 'everywhere'];
  for (let tokenIndex = 0; tokenIndex < claims.findingKey.length; tokenIndex += 1) {
    const key = claims.findingKey[tokenIndex];
    if (key === undefined || seen.has(key)) continue;
    if (claims.aboutOther[tokenIndex] === true) continue;
    seen.add(key);
    const isNegatedHere = claims.negated[tokenIndex] === true;
    // "Ingen paroksysmal nattleg dyspné": a qualified denial is narrower than the finding itself,
    // so the finding said present elsewhere does not contradict it.
    const before = tokenIndex > 0 ? claims.keys[tokenIndex - 1] : undefined;
    const qualified =
      isNegatedHere &&
      claims.negated[tokenIndex - 1] === true &&
      before !== undefined &&
      before.length > 0 &&
      claims.findingKey[tokenIndex - 1] === undefined &&
      !before.some((key) => claims.keys[tokenIndex]?.includes(key) === true);
    // … unless the finding was said present with that very qualifier ("det klør mest om natta"
    // against "ingen nattlig kløe").
    if (qualified) {
      const qualifier = tokens[tokenIndex - 1]?.folded ?? '';
      const stem = qualifier.slice(0, 4);
      const saidWithQualifier =
        stem.length === 4 &&
        [...evidenceUnits, ...near].some((unitIndex) => {
          const unit = index.units[unitIndex];
          // (A question answered yes counts too when the answer names the finding again: "Klør
          // han om natta?" "Ja, han vaknar og klør seg til blods.")
          return (
            unit !== undefined &&
            (unit.polarity.get(key) === true ||
              (unit.isQuestion &&
                index.answerTo(unitIndex) === 'yes' &&
                unit.claims.findingKey.includes(key))) &&
            unit.tokens.some((token) => token.folded.startsWith(stem))
          );
        });
      if (!saidWithQualifier) continue;
    }
    // "Ikke tung i pusten nå", "ingen smerter i hvile": a denial limited in time or situation is
    // narrower than the finding, so the finding said present at other times does not contradict it.
    const limited =
      isNegatedHere &&
      claims.keys
        .slice(tokenIndex + 1, tokenIndex + 6)
        .some((_keys, offset) => situationWords.has(tokens[tokenIndex + 1 + offset]?.folded ?? ''));
    // "Tidligere røyker": a habit given up is not contradicted by the conversation's "røykte"
    // when it also says it was stopped ("sluttet", "ikke lenger", "før").
    if (
      isNegatedHere &&
      formerCueWords.has(tokens[tokenIndex - 1]?.folded ?? '') &&
      [...evidenceUnits, ...near].some((unitIndex) =>
        (index.units[unitIndex]?.tokens ?? []).some((token, position, unitTokens) =>
          givenUpCue(token.folded, unitTokens[position + 1]?.folded),
        ),
      )
    )
      continue;
    let present = 0;
    let absent = 0;
    let decidingLevel: Iterable<number> | 'everywhere' = 'everywhere';
    for (const level of levels) {
      ({ present, absent } =
        level === 'everywhere' ? index.polarityEverywhere(key) : index.polarityIn(key, level));
      decidingLevel = level;
      if (present > 0 || absent > 0) break;
    }
    // A symptom the patient describes ("det piper i bringa når eg køyrer hardt") is not denied by
    // the clinician's examination today ("ingen pipelydar"): the history keeps what was told.
    if (
      !isNegatedHere &&
      absent > 0 &&
      present === 0 &&
      section !== undefined &&
      historySections.has(section) &&
      isDeniedOnlyByExamination(key, decidingLevel, index)
    )
      continue;
    const concept = /^c\d+$/.test(key) ? getLexiconEntry(Number(key.slice(1))) : undefined;
    const name = concept?.clinical ?? key;
    if (
      !isNegatedHere &&
      absent > 0 &&
      present === 0 &&
      (!isAboutToday(text, section) || !isDeniedOnlyBefore(key, index)) &&
      !isAffirmedLaterInTurn(key, decidingLevel, index)
    )
      return flag(
        'negation-conflict',
        'error',
        `Setningen sier at det er ${name}, men i samtalen ble det avkreftet.`,
      );
    // Tenderness belongs to a spot: "ikke øm over fibula" beside "øm over leddbåndet" is no conflict.
    const siteBound = name === 'ømhet';
    if (
      isNegatedHere &&
      !limited &&
      !siteBound &&
      present > 0 &&
      absent === 0 &&
      !isResolvedLater(key, index)
    )
      return flag(
        'negation-conflict',
        'error',
        `Setningen avkrefter ${name}, men i samtalen ble det bekreftet.`,
      );
  }
  return undefined;
}

/** Words that say a finding has gone ("ingen hevelse i beina lenger", "smertene er borte"). */
const resolvedWords = new Set(['lenger', 'lengre', 'lenge', 'borte', 'forsvunnet', 'forsvunne']);

/**
 * True when the conversation's last word on a finding about the patient denies it as gone
 * ("Ingen hevelse i beina lenger"): a denial then describes the end of the course (a discharge
 * summary's "ingen beinødemer ved utreise"), not a contradiction of the admission.
 */
function isResolvedLater(key: string, index: TranscriptIndex): boolean {
  for (let unitIndex = index.units.length - 1; unitIndex >= 0; unitIndex -= 1) {
    const { present, absent } = index.polarityIn(key, [unitIndex]);
    if (present === 0 && absent === 0) continue;
    return (
      present === 0 &&
      (index.units[unitIndex]?.tokens ?? []).some((token) => resolvedWords.has(token.folded))
    );
  }
  return false;
}

export { isContentWord };

/**
 * The warning for findings, tests or signs the conversation never named: the first two words
 * quoted, so the clinician sees what to check ("«pupiller» er ikke nevnt i samtalen …").
 */
function unsaidFlag(
  tokens: readonly WordToken[],
  unsaid: readonly number[],
  lead: string,
  advice: string,
): SentenceFlag {
  const words = unsaid.slice(0, 2).map((tokenIndex) => `«${tokens[tokenIndex]?.text ?? ''}»`);
  return flag(
    'unsupported',
    'warning',
    `${lead}${words.join(' og ')} er ikke nevnt i samtalen. ${advice}`,
  );
}
