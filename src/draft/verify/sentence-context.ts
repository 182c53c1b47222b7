import { createWordMemo } from '../../language/index.js';
import type { Evidence, SentenceFlag } from '../../core/index.js';
import { isClinicalWord } from '../language/clinical-terms.js';
import { getLexiconEntry } from '../language/clinical-lexicon.js';
import { type WordToken, tokenize } from '../language/fold.js';
import { isSaidInEpisodeCompound } from './compound-mentions.js';
import { isContentWord } from '../language/stem.js';
import {
  type Claims,
  type Quantity,
  type QuantityUnit,
  readClaims,
  timeUnits,
} from './read-claims.js';
import type { QuantitySubject } from './quantity-subjects.js';
import type { Occurrence, TranscriptIndex, TranscriptUnit } from './transcript-index.js';
import { isMeasuredStateWord } from './vital-sign-words.js';
import { perTranscript } from './per-transcript.js';

/** Share of a sentence's clinical words and numbers its evidence must contain. */
export const supportThreshold = 0.5;

export interface CheckSentenceOptions {
  /** The section key; in `funn` every stated finding must have been examined or said. */
  readonly section?: string;
}

const maxEvidenceUnits = 4;

/** Units either side of an evidence unit that count as its neighbourhood (questions, answers). */
const neighbourhoodReach = 3;

/** Codes written in a sentence ("(M16.1)", "R72"); checked against the code lists, not as numbers. */
export const codePattern =
  /(?<![\p{L}\d]|vitamin |Vitamin )([A-Z]\d{2}(?:\.\d{1,2})?)(?![\p{L}\d]|-\p{L}|\s+\d)/gu;

/** Dates written with digits ("09.09", "10.11.2025"): day and month checked, year seldom said. */
const datePattern = /(?<![\d,.])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?!\d|,\d)/g;

const unitWithNumberPattern = /ml\/min\/1,73 ?m²?|\/1,73 ?m²?/giu;

/** Words a note uses about the consultation itself; nobody need have said them. */
export const noteVocabulary = new Set(
  `pasient pasienten pasientens pas forteller forteller opplyser angir beskriver rapporterer oppgir
  benekter avkrefter bekrefter tidligere kjent kjente aktuelt aktuell vurderes vurdert vurdering
  konkluderes avtalt avtales anbefalt anbefales anbefaler informert informeres gitt gis forklart
  startes starter startet ordinert ordineres forskrevet foreskrevet resept planlagt plan sannsynlig
  sannsynligvis trolig differensialdiagnose mistenkt mistanke ses sees lett lette moderat moderate uttalt normal normale
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

export const assessmentSections = new Set(['vurdering', 'diagnoser']);

/** Sections that give what is to be done: advice given in the conversation bears them out. */
const planSections = new Set(['tiltak', 'plan', 'oppfolging', 'medikamentendringer']);

/** Words already judged by {@link isMedicalLooking} (pure; bounded like the other word memos). */
const medicalLookingMemo = createWordMemo<boolean>(50_000);

export function isMedicalLooking(folded: string): boolean {
  if (folded.length < 6) return false;
  const known = medicalLookingMemo.get(folded);
  if (known !== undefined) return known;
  const looking = medicalEnding.test(folded) && !noteVocabulary.has(folded);
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
  // ("30 sekunder" = "et halvt minutt".)
  ['minute', 'second', 60],
  // (Clinically the same: "om fire uker" = "om en måned", "halvannen måned" = "seks uker".)
  ['month', 'week', 4],
];

/** The same length of time or time of day in other units ("14 dager" = two weeks, "kl. 20" = eight). */
export function sameTimeIn(quantity: Quantity): { value: number; unit: QuantityUnit }[] {
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
export function equivalentValues(value: number): number[] {
  return [value, value * 1000, value / 1000].map(
    (candidate) => Math.round(candidate * 1000) / 1000,
  );
}

export function flag(
  kind: SentenceFlag['kind'],
  severity: SentenceFlag['severity'],
  message: string,
): SentenceFlag {
  return { kind, severity, message };
}

export interface Linked {
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

export function neighbourhoodOf(
  evidenceUnits: readonly number[],
  index: TranscriptIndex,
): Set<number> {
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

/**
 * The note sentences read so far against each transcript, by text: a repair round or an edit
 * verifies the same transcript again, and most of its sentences are unchanged (issue 11).
 */
const sentencesRead = perTranscript(
  () => new Map<string, { readonly tokens: readonly WordToken[]; readonly claims: Claims }>(),
);

/** A note sentence's words and claims (read once per transcript). */
function readSentence(
  text: string,
  index: TranscriptIndex,
): { readonly tokens: readonly WordToken[]; readonly claims: Claims } {
  const read = sentencesRead(index);
  const known = read.get(text);
  if (known !== undefined) return known;
  const tokens = tokenize(text);
  const reading = { tokens, claims: readClaims({ text, tokens }) };
  read.set(text, reading);
  return reading;
}

/**
 * What every check may read about one drafted sentence: its words and claims, the transcript units
 * that share its words and numbers (its evidence and their neighbourhood), and the flags the
 * checks before it raised. Built once per sentence; the transcript's own facts live on its index.
 */
export interface SentenceContext {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
  readonly options: CheckSentenceOptions;
  /** The flags raised so far, in order (a check may hold back when an earlier one spoke). */
  readonly flags: readonly SentenceFlag[];
  /** Content words (by token index): not numbers, codes or words without keys. */
  readonly contentTokens: readonly number[];
  readonly drugTokens: ReadonlySet<number>;
  /** Per transcript unit, the tokens (and number keys) it supports about the patient. */
  readonly hitsByUnit: ReadonlyMap<number, ReadonlySet<number>>;
  /** Per transcript unit, the tokens it names only about somebody else. */
  readonly otherHitsByUnit: ReadonlyMap<number, ReadonlySet<number>>;
  /** Tokens said somewhere about the patient (or usable for them). */
  readonly anyUsable: ReadonlySet<number>;
  /** Tokens said somewhere about somebody else. */
  readonly anyOther: ReadonlySet<number>;
  readonly quantities: readonly Quantity[];
  /** The key of the n-th quantity among the hits. */
  readonly numberKey: (position: number) => number;
  readonly weighty: ReadonlySet<number>;
  readonly linked: Linked;
  readonly near: ReadonlySet<number>;
  readonly dateParts: readonly Quantity[];
  /** The quantities (not dates), in the unit said where the sentence's words were said. */
  readonly amounts: readonly Quantity[];
  /** The same numbers as written, before any conversion to the spoken unit. */
  readonly written: readonly Quantity[];
  /** Values measured of a subject, as said. */
  readonly measuredValues: (subject: QuantitySubject) => number[];
  /** State words a measured value bears out ("takykard" for pulse 108). */
  readonly measuredWords: readonly number[];
  /** The {@link perSentence} values worked out so far, by slot (filled on first use). */
  readonly memos: unknown[];
}

/** One check of a drafted sentence; see `sentence-checks.ts` for the list and how to add one. */
export interface SentenceCheckDefinition {
  /** A short name, for profiles and tests. */
  readonly name: string;
  /** 'first': its flags go before those raised so far (support verdicts lead). Default: after. */
  readonly placement?: 'first';
  /**
   * The words (folded) without one of which the check raises nothing, when it has such words: the
   * check then runs only on sentences with a word this accepts (`check-dispatch.ts`). A pure test
   * of one word; leave it out when the check may speak on a sentence of any words.
   */
  readonly cue?: (folded: string) => boolean;
  /** The flags this check raises (none: an empty list). */
  check(sentence: SentenceContext): readonly SentenceFlag[];
}

/** How many {@link perSentence} values exist: each owns one slot of `SentenceContext.memos`. */
let perSentenceSlots = 0;

/**
 * A fact about one sentence that several checks ask for, computed once (the first time one asks)
 * and kept on the sentence itself, in the slot this value owns (issue 11: a slot read instead of a
 * WeakMap lookup per ask).
 */
export function perSentence<T>(
  compute: (sentence: SentenceContext) => T,
): (sentence: SentenceContext) => T {
  const slot = perSentenceSlots;
  perSentenceSlots += 1;
  return (sentence) => {
    // (Boxed, so a value that is undefined is known too.)
    const known = sentence.memos[slot] as { readonly value: T } | undefined;
    if (known !== undefined) return known.value;
    const value = compute(sentence);
    sentence.memos[slot] = { value };
    return value;
  };
}

/** Reads a sentence against the transcript's index: what every check shares. */
export function createSentenceContext(
  text: string,
  index: TranscriptIndex,
  options: CheckSentenceOptions,
  flags: readonly SentenceFlag[],
): SentenceContext {
  const { tokens, claims } = readSentence(text, index);
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
  const isPlan = options.section !== undefined && planSections.has(options.section);
  // Unit by unit, not mention by mention: a word said many times in a unit counts there once.
  for (const tokenIndex of contentTokens) {
    // Whether a mention about somebody else may support this word (the same for all its keys).
    const otherUsable = usable(tokenIndex, { aboutOther: true });
    for (const key of claims.keys[tokenIndex] ?? []) {
      const mentioning = index.unitsMentioning(key);
      // A claim about the patient is not borne out by the clinician's advice ("da må du drikke
      // masse" is no polydipsia); a plan that repeats the advice is.
      const patientUnits =
        mentioning.advised.length > 0 && !isPlan
          ? mentioning.patient.filter((unit) => !mentioning.advised.includes(unit))
          : mentioning.patient;
      if (patientUnits.length > 0) anyUsable.add(tokenIndex);
      for (const unit of patientUnits) addHit(unit, tokenIndex);
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
  const measuredValues = (subject: QuantitySubject): number[] =>
    index
      .quantitiesAbout(subject)
      .flatMap((said) =>
        said.unit === 'percent' || said.unit === 'degree' || said.unit === undefined
          ? [said.value]
          : [],
      );
  // A state word a measured value bears out ("takykard" for pulse 108) counts as said.
  const measuredWords = contentTokens.filter(
    (tokenIndex) =>
      claims.negated[tokenIndex] !== true &&
      isMeasuredStateWord(tokens[tokenIndex]?.folded ?? '', measuredValues),
  );
  for (const tokenIndex of measuredWords) anyUsable.add(tokenIndex);
  return {
    text,
    tokens,
    claims,
    index,
    options,
    flags,
    contentTokens,
    drugTokens,
    hitsByUnit,
    otherHitsByUnit,
    anyUsable,
    anyOther,
    quantities,
    numberKey,
    weighty,
    linked,
    near,
    dateParts,
    amounts,
    written,
    measuredValues,
    measuredWords,
    memos: [],
  };
}
