import { isOccasionalSaidDaily } from './occasional-complaint.js';
import type { SentenceFlag } from '../../core/index.js';
import { type Claims, type Frequency, timeUnits } from './read-claims.js';
import { type TranscriptIndex, hypotheticalCue } from './transcript-index.js';
import { type SentenceCheckDefinition, flag, neighbourhoodOf } from './sentence-context.js';
import { isHypotheticalSentence } from './sentence-cues.js';
import {
  type TimesPerDaySaid,
  timesOfDayNamed,
  timesPerDay,
  timesPerDaySaid,
} from './times-per-day.js';
import type { TranscriptUnit } from './transcript-index.js';

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
    // A question's own words ("Er det vondt om natta?") do not say how often: its reply does when
    // it gives a frequency ("Ja, kanskje annakvar natt").
    const withFrequency = evidenceUnits.filter(hasFrequency).map((unitIndex) => {
      const reply = index.replyTo(unitIndex);
      return reply !== undefined && hasFrequency(reply) ? reply : unitIndex;
    });
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
    if (isSparseFrequencySaid(frequency, claims, near, index)) continue;
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

/**
 * "annenhver dag", "annenhver uke": said of the patient anywhere near the sentence or wherever the
 * sentence's drug is named. Such a frequency is often a correction or an answer that comes after
 * the turn the sentence was linked to ("målt to ganger om dagen" … "Nei, det var ikke hver dag"
 * … "kanskje annenhver dag"; "Tar du Levaxin kvar dag?" "Eg gløymer han annakvar dag."), and a
 * note that says it where it was never said stays flagged.
 */
function isSparseFrequencySaid(
  frequency: Frequency,
  claims: Claims,
  near: ReadonlySet<number>,
  index: TranscriptIndex,
): boolean {
  if (frequency !== 'alternate-day' && frequency !== 'alternate-week') return false;
  const units = new Set(near);
  for (const substance of claims.substances)
    for (const unitIndex of index.unitsWithSubstance(substance)) {
      units.add(unitIndex);
      const reply = index.replyTo(unitIndex);
      if (reply !== undefined) units.add(reply);
    }
  return frequenciesIn(units, index, !claims.namesOtherPerson).has(frequency);
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

/** Frequencies against what was said of the same drug or in the evidence. */
export const frequencyCheck: SentenceCheckDefinition = {
  name: 'frequency',
  check(sentence) {
    const { text, claims, index, quantities, linked, near } = sentence;
    const found: SentenceFlag[] = [];
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
      if (flagged !== undefined) found.push(flagged);
    }

    return found;
  },
};

/** A complaint said to come daily or all the time where the conversation said "av og til". */
export const occasionalComplaintCheck: SentenceCheckDefinition = {
  name: 'occasionalComplaint',
  check(sentence) {
    const { text, claims, index, linked, near, flags } = sentence;
    if (flags.some((candidate) => candidate.kind === 'number-conflict')) return [];
    if (isHypotheticalSentence(sentence)) return [];
    const units = new Set([...linked.evidenceUnits, ...near]);
    if (!isOccasionalSaidDaily({ text, claims, units, index })) return [];
    return [
      flag(
        'number-conflict',
        'error',
        'Setningen sier at plagen kommer daglig eller hele tiden, men i samtalen ble det sagt av og til.',
      ),
    ];
  },
};

/** The times a day a text says, or the times of day it names when it says two or more. */
function dailyCounts(tokens: Parameters<typeof timesPerDay>[0]): Set<number> {
  const said = timesPerDay(tokens);
  if (said.size > 0) return said;
  const named = timesOfDayNamed(tokens);
  return named >= 2 ? new Set([named]) : said;
}

/** The counts of times a day a sentence says that no later correction took back. */
function countsStanding(unit: TranscriptUnit): TimesPerDaySaid[] {
  return timesPerDaySaid(unit.tokens).filter(
    (said) =>
      !unit.claims.quantities.some(
        (quantity) =>
          quantity.retracted && quantity.start <= said.start && said.start < quantity.end,
      ),
  );
}

/** As {@link dailyCounts}, for a sentence of the transcript, without counts taken back. */
function dailyCountsOf(unit: TranscriptUnit | undefined): Set<number> {
  return unit === undefined ? new Set() : dailyCountsStanding(unit);
}

/** As {@link dailyCounts}, for a sentence of the transcript, without counts taken back. */
function dailyCountsStanding(unit: TranscriptUnit): Set<number> {
  const said = new Set(countsStanding(unit).map((standing) => standing.count));
  if (said.size > 0) return said;
  const named = timesOfDayNamed(unit.tokens);
  return named >= 2 ? new Set([named]) : said;
}

/**
 * The counts of times a day a sentence says next to a drug it names: those after the drug up to
 * the next drug named, else those before it back to the drug named before; a count a later
 * correction took back ("to ganger om dagen, nei, tre ganger") is left out. Empty when the
 * sentence says none next to it.
 */
function countsNearestDrug(unit: TranscriptUnit, substance: string): number[] {
  const all = countsStanding(unit);
  if (all.length === 0) return [];
  const mentions = [...unit.claims.drugMentions].sort((left, right) => left.start - right.start);
  const at = mentions.findIndex((mention) => mention.substance === substance);
  const own = mentions[at];
  if (own === undefined) return [];
  const previousEnd = mentions[at - 1]?.end ?? Number.NEGATIVE_INFINITY;
  const nextStart = mentions[at + 1]?.start ?? Number.POSITIVE_INFINITY;
  const after = all.filter((said) => said.start >= own.end && said.start < nextStart);
  const counts =
    after.length > 0
      ? after
      : all.filter((said) => said.start < own.start && said.start >= previousEnd);
  return correctedCounts(unit, counts).map((said) => said.count);
}

/** Words that take back what was just said ("nei", "jeg mener", "unnskyld", "vent"). */
const correctionWords = new Set(['nei', 'nai', 'mener', 'meiner', 'unnskyld', 'orsak', 'vent']);

/**
 * Counts said on both sides of a correction word ("to ganger om dagen, nei, tre ganger"): only
 * those after the last such word between them stand.
 */
function correctedCounts(
  unit: TranscriptUnit,
  counts: readonly TimesPerDaySaid[],
): readonly TimesPerDaySaid[] {
  const first = counts[0];
  const last = counts[counts.length - 1];
  if (first === undefined || last === undefined || first === last) return counts;
  let cueAt = -1;
  for (const token of unit.tokens)
    if (token.start > first.start && token.start < last.start && correctionWords.has(token.folded))
      cueAt = token.start;
  return cueAt < 0 ? counts : counts.filter((said) => said.start > cueAt);
}

/**
 * How many times a day a drug is taken, against every count said of that drug: "Metformin én
 * tablett daglig" where it was "ein tablett morgon og kveld", "Paracet hver time" where it was
 * "hver sjette time", "Amlodipin to ganger daglig" where it was "ein gong dagleg"; also the reply to a question about
 * the drug.
 */
export const timesPerDayCheck: SentenceCheckDefinition = {
  name: 'timesPerDay',
  check(sentence) {
    const { tokens, claims, index, flags, linked, near } = sentence;
    if (claims.substances.size !== 1) return [];
    if (flags.some((candidate) => candidate.kind === 'number-conflict')) return [];
    const claimed = dailyCounts(tokens);
    if (claimed.size !== 1) return [];
    const said = new Set<number>();
    for (const substance of claims.substances)
      for (const unitIndex of index.unitsWithSubstance(substance)) {
        const unit = index.units[unitIndex];
        if (unit === undefined) continue;
        if (!near.has(unitIndex) && !linked.evidenceUnits.includes(unitIndex)) continue;
        // The count said next to the drug in its own sentence, when there is one ("Metformin to
        // ganger om dagen og Albyl-E én gang om dagen"; "to ganger, nei, tre ganger om dagen").
        const nearest = countsNearestDrug(unit, substance);
        if (nearest.length > 0) {
          for (const count of nearest) said.add(count);
          continue;
        }
        // Else the whole turn that names the drug ("… tre ganger om dagen. Eller, jeg mener fire.").
        let first = unitIndex;
        while (index.units[first - 1]?.segment === unit.segment) first -= 1;
        for (let other = first; index.units[other]?.segment === unit.segment; other += 1)
          for (const count of dailyCountsOf(index.units[other])) said.add(count);
        // The reply to a question about the drug ("Du tek Metformin?" "Ja, ein tablett morgon og
        // kveld.").
        const reply = unit.isQuestion ? index.replyTo(unitIndex) : undefined;
        const answer = reply === undefined ? undefined : index.units[reply];
        if (answer !== undefined) for (const count of dailyCountsStanding(answer)) said.add(count);
      }
    if (said.size === 0) return [];
    for (const count of claimed) if (said.has(count)) return [];
    return [
      flag(
        'number-conflict',
        'error',
        'Hvor mange ganger om dagen legemidlet tas, stemmer ikke med det som ble sagt i samtalen.',
      ),
    ];
  },
};
