import type { SentenceFlag } from '../../core/index.js';
import type { WordToken } from '../language/fold.js';
import { formatNumber } from '../language/norwegian-numbers.js';
import {
  type Claims,
  type Quantity,
  type QuantityUnit,
  amountUnits,
  timeUnits,
} from './read-claims.js';
import type { QuantitySubject } from './quantity-subjects.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';
import { findContradictedVitalSign } from './vital-sign-words.js';
import { type Age, findWrongPatientAge } from './patient-age.js';
import {
  type SentenceCheckDefinition,
  equivalentValues,
  flag,
  neighbourhoodOf,
  noteVocabulary,
  sameTimeIn,
} from './sentence-context.js';

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

/** Units a count-only spoken one never bears out: a dose of a substance. */
const doseUnits: ReadonlySet<QuantityUnit | undefined> = new Set(['mg', 'mcg', 'ml']);

/**
 * True when a number said in the conversation can bear out the claimed unit: a spoken one kept
 * without a unit is a count, never "1 g"; only one said a day ("én om dagen") is also "x 1".
 */
function saidUnitCompatible(claimed: QuantityUnit | undefined, said: Quantity): boolean {
  if (
    said.countOnly !== undefined &&
    (doseUnits.has(claimed) || (claimed === 'times' && said.countOnly !== 'doses-a-day'))
  )
    return false;
  return unitsCompatible(claimed, said.unit);
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
export const maxStemShortfall = 3;

export function quantitiesIn(unitIndices: Iterable<number>, index: TranscriptIndex): Quantity[] {
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
      : saidUnitCompatible(quantity.unit, said));
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
          saidUnitCompatible(quantity.unit, said),
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
    saidUnitCompatible(quantity.unit, said) &&
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
 * True when a length of time converted to its spoken unit was said with that value and unit in the
 * given units, pointing the same way in time ("for tre uker siden" is no "om 21 dager").
 */
function isConvertedLengthSaidNear(
  quantity: Quantity,
  relation: TimeRelation | undefined,
  unitIndices: readonly number[],
  index: TranscriptIndex,
): boolean {
  return quantitiesIn(unitIndices, index).some(
    (said) =>
      !said.retracted &&
      said.value === quantity.value &&
      said.unit === quantity.unit &&
      (relation === undefined || (saidTimeRelation(said, index) ?? relation) === relation),
  );
}

/** A date written with digits whose day and month were never said. */
export const unsaidDateCheck: SentenceCheckDefinition = {
  name: 'unsaidDate',
  check(sentence) {
    const { index, dateParts } = sentence;
    const found: SentenceFlag[] = [];
    for (const part of dateParts) {
      if (index.unitsWithNumber(part.value).length > 0) continue;
      found.push(
        flag(
          'number-not-in-transcript',
          'warning',
          `Datoen ${part.label} er ikke nevnt i samtalen. Kontroller den.`,
        ),
      );
      break;
    }
    return found;
  },
};

/** Each number, with its unit, against the evidence and its neighbourhood. */
export const quantityAgainstEvidenceCheck: SentenceCheckDefinition = {
  name: 'quantityAgainstEvidence',
  check(sentence) {
    const { text, tokens, claims, index, options, quantities, linked, near, amounts, written } =
      sentence;
    // The statements sharing a weighty word of the sentence ("sjukmelder" for "Sykmeldt").
    const sharing = [...sentence.hitsByUnit]
      .filter(([, hits]) => [...hits].some((key) => sentence.weighty.has(key)))
      .map(([unitIndex]) => unitIndex);
    const found: SentenceFlag[] = [];
    // Per amount: its flag, or undefined when the conversation bears it out ('skipped' when the
    // amount was not checked on its own).
    const results = new Map<Quantity, SentenceFlag | undefined | 'skipped'>();
    amounts.forEach((quantity, position) => {
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
          found.push(check);
        results.set(quantity, 'skipped');
        return;
      }
      const relation =
        quantity.unit !== undefined && timeUnits.has(quantity.unit) && quantity.unit !== 'year'
          ? timeRelationIn(tokens, quantity)
          : undefined;
      // In the history, a value the patient or a relative gave when asked for it ("maks 39,2 i
      // natt"); the examination keeps the value measured today.
      if (
        options.section !== 'funn' &&
        isAnswerToQuestionOf(quantity, linked.evidenceUnits, index)
      ) {
        results.set(quantity, undefined);
        return;
      }
      // A length written in another unit than it was said ("21 dager" for "tre veker til"),
      // converted to the spoken unit, and said so in the evidence, its neighbourhood or a statement
      // sharing a weighty word, in the same direction of time: the other length said beside it ("sjukmeld ei veke") is no conflict.
      if (
        quantity.unit !== written[position]?.unit &&
        isConvertedLengthSaidNear(
          quantity,
          relation,
          [...linked.evidenceUnits, ...near, ...sharing],
          index,
        )
      ) {
        results.set(quantity, undefined);
        return;
      }
      const changed = checkChangedDose(quantity, tokens, options.section, index);
      if (changed !== 'unknown') {
        results.set(quantity, changed);
        return;
      }
      const check = checkQuantity(
        quantity,
        quantities,
        claims,
        linked.evidenceUnits,
        near,
        index,
        relation,
      );
      results.set(quantity, check);
    });
    for (const [quantity, check] of results)
      if (
        check !== undefined &&
        check !== 'skipped' &&
        !isUnsaidEndOfBorneOutRange({
          quantity,
          check,
          amounts,
          results,
          text,
          saidNear: (claimed) => isSaidIn([...linked.evidenceUnits, ...near], claimed, index),
        })
      )
        found.push(check);

    return found;
  },
};

/** True when the word before the number is "til": the target of a change ("økes til 10 mg"). */
function isChangeTarget(tokens: readonly WordToken[], quantity: Quantity): boolean {
  let before: WordToken | undefined;
  for (const token of tokens) {
    if (token.end > quantity.start) break;
    before = token;
  }
  return before?.folded === 'til';
}

/**
 * A dose of a drug checked against the doses the conversation changed it to ("Vi øker Ramipril
 * til ti milligram", "halverer Amlodipin til fem milligram"): the note's change target ("økes til
 * 10 mg") must be one of them, and outside the history a dose given as the new one is borne out
 * by it even though the old dose was said first. `'unknown'` when the drug's dose was not changed
 * (or the history states it), so the other checks decide.
 */
function checkChangedDose(
  quantity: Quantity,
  tokens: readonly WordToken[],
  section: string | undefined,
  index: TranscriptIndex,
): SentenceFlag | undefined | 'unknown' {
  const subject = quantity.subject;
  if (subject?.startsWith('s:') !== true || !doseUnits.has(quantity.unit)) return 'unknown';
  const substance = subject.slice(2);
  const targets: Quantity[] = [];
  // The doses the clinician changed it to, and the doses of it said otherwise.
  const decided: Quantity[] = [];
  const others: Quantity[] = [];
  for (const unit of index.units) {
    if (!unit.claims.substances.has(substance)) continue;
    for (const said of unit.claims.quantities) {
      if (
        said.retracted ||
        said.unit !== quantity.unit ||
        !(
          said.subject === subject ||
          (said.subject === undefined && unit.claims.substances.size === 1)
        )
      )
        continue;
      if (!isChangeTarget(unit.tokens, said)) others.push(said);
      else {
        targets.push(said);
        if (unit.speaker === 'lege' && !unit.isQuestion) decided.push(said);
      }
    }
  }
  const last = targets.at(-1);
  if (last === undefined) return 'unknown';
  const values = new Set(equivalentValues(quantity.value));
  const isTarget = isChangeTarget(tokens, quantity);
  if (targets.some((said) => values.has(said.value))) {
    if (isTarget || section !== 'anamnese') return undefined;
    // The history giving as the dose in use one the clinician only now changed it to ("Bruker
    // Amlodipin 10 mg" after "Amlodipin fem milligram" and "Vi øker amlodipin til ti milligram"):
    // the dose said before the change.
    const before = others.find((said) => !values.has(said.value));
    return before !== undefined &&
      decided.some((said) => values.has(said.value)) &&
      !others.some((said) => values.has(said.value)) &&
      !targets.some((said) => values.has(said.value) && !decided.includes(said))
      ? numberConflict(quantity, before)
      : 'unknown';
  }
  return isTarget ? numberConflict(quantity, last) : 'unknown';
}

/** Between the two ends of a range: "2–3", "2-3", "to til tre". */
const rangeBetween = /^\s*(?:[-–]|til)\s*$/u;

/** Words (folded) before a number added as an afterthought ("kanskje tre", "noen ganger to"). */
const afterthoughtWords = new Set([
  'kanskje',
  'kansje',
  'kanskj',
  'eller',
  'elle',
  'ganger',
  'gangar',
  'gonger',
  'gongar',
]);

/**
 * True when a number said without a unit was added as an afterthought: after "kanskje", "eller",
 * "noen ganger" or a comma ("Trettiåtte, kanskje trettini", "en dag, noen ganger to"), or said
 * next to a number in the claimed unit ("to, tre dagar") or as one end of a range said aloud
 * ("våken til to-tre").
 */
function isBareAfterthought(said: Quantity, unit: TranscriptUnit, claimed: Quantity): boolean {
  if (said.unit !== undefined) return false;
  const previous = unit.tokens.filter((token) => token.end <= said.start).at(-1);
  if (
    previous !== undefined &&
    (afterthoughtWords.has(previous.folded) || said.start - previous.end > 1)
  )
    return true;
  // One end of a range said aloud: "to, tre dagar", "våken til to-tre".
  const partner = (other: Quantity): boolean =>
    ((claimed.unit !== undefined && other.unit === claimed.unit) ||
      (other.unit === undefined && Math.abs(other.value - said.value) === 1)) &&
    unit.tokens.every((token) => {
      const from = Math.min(said.end, other.end);
      const to = Math.max(said.start, other.start);
      const between = token.start >= from && token.end <= to;
      return !between || afterthoughtWords.has(token.folded);
    });
  const position = unit.claims.quantities.indexOf(said);
  const next = unit.claims.quantities[position + 1];
  const before = position > 0 ? unit.claims.quantities[position - 1] : undefined;
  return (next !== undefined && partner(next)) || (before !== undefined && partner(before));
}

/**
 * True when the value of a range end is said in one of the units in the range's own unit, bare as
 * an afterthought, or for 2 as "et par"; not a number said of something else ("tatt tre Paracet"
 * for "2–3 uker", "trettini tabletter" for "38–39 grader").
 */
function isSaidIn(
  unitIndices: readonly number[],
  claimed: Quantity,
  index: TranscriptIndex,
): boolean {
  return unitIndices.some((unitIndex) => {
    const unit = index.units[unitIndex];
    return (
      unit !== undefined &&
      (unit.claims.quantities.some(
        (said) =>
          said.value === claimed.value &&
          !said.retracted &&
          ((claimed.unit !== undefined && said.unit === claimed.unit) ||
            isBareAfterthought(said, unit, claimed)),
      ) ||
        (claimed.value === 2 && unit.tokens.some((token) => token.folded === 'par')))
    );
  });
}

/**
 * True when an unsaid number is one end of a narrow range ("2–3 ganger", "38–39 grader", "to til
 * tre måneder") whose other end the conversation bears out, and whose own value was said there
 * without the unit the note gives it: the note writes as a range what was said as "et par,
 * kanskje tre" or "en dag, noen ganger to". A wider range ("2–6 dager"), an end never said
 * ("39–40 grader" after "trettini") or a contradicted number is still flagged.
 */
function isUnsaidEndOfBorneOutRange(options: {
  readonly quantity: Quantity;
  readonly check: SentenceFlag;
  readonly amounts: readonly Quantity[];
  readonly results: ReadonlyMap<Quantity, SentenceFlag | undefined | 'skipped'>;
  readonly text: string;
  readonly saidNear: (claimed: Quantity) => boolean;
}): boolean {
  const { quantity, check, amounts, results, text } = options;
  if (check.kind !== 'number-not-in-transcript' || !options.saidNear(quantity)) return false;
  const position = amounts.indexOf(quantity);
  const isRange = (low: Quantity | undefined, high: Quantity | undefined): boolean =>
    low !== undefined &&
    high !== undefined &&
    high.value > low.value &&
    high.value - low.value <= 1 &&
    unitsCompatible(low.unit, high.unit) &&
    rangeBetween.test(text.slice(low.end, high.start));
  const before = amounts[position - 1];
  const after = amounts[position + 1];
  return (
    (before !== undefined && isRange(before, quantity) && results.get(before) === undefined) ||
    (after !== undefined && isRange(quantity, after) && results.get(after) === undefined)
  );
}

/** A strength of one tablet that only the whole dose of several matches. */
export const strengthOfWholeDoseCheck: SentenceCheckDefinition = {
  name: 'strengthOfWholeDose',
  check(sentence) {
    const { index, flags, quantities } = sentence;
    const found: SentenceFlag[] = [];
    // "Ibux 800 mg, to tabletter" where two tablets of 400 mg were said: a strength of one tablet
    // that only the whole dose matches.
    if (!flags.some((candidate) => candidate.kind === 'number-conflict')) {
      const perTablet = findStrengthSaidOnlyAsWholeDose(quantities, index);
      if (perTablet !== undefined) found.push(numberConflict(perTablet.claimed, perTablet.said));
    }

    return found;
  },
};

/** A length of time said only of something else in the conversation. */
export const durationSaidElsewhereCheck: SentenceCheckDefinition = {
  name: 'durationSaidElsewhere',
  check(sentence) {
    const { text, tokens, claims, index, flags, hitsByUnit, weighty, amounts } = sentence;
    const found: SentenceFlag[] = [];
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
      if (borrowed !== undefined) found.push(numberConflict(borrowed.claimed, borrowed.said));
    }

    return found;
  },
};

/** Vital signs in words against the values measured. */
export const vitalSignWordCheck: SentenceCheckDefinition = {
  name: 'vitalSignWord',
  check(sentence) {
    const { tokens, claims, measuredValues } = sentence;
    const found: SentenceFlag[] = [];
    // Vital signs in words ("afebril", "takykard") against the values measured.
    const vitalSign = findContradictedVitalSign({
      tokens,
      negated: claims.negated,
      valuesOf: measuredValues,
    });
    if (vitalSign !== undefined)
      found.push(
        flag(
          'number-conflict',
          'error',
          `«${tokens[vitalSign.token]?.text ?? ''}» stemmer ikke med målingen i samtalen (${formatNumber(vitalSign.said)}). Kontroller setningen.`,
        ),
      );

    return found;
  },
};

/**
 * The patient's age the sentence opens with ("61 år gammel mann"), when the conversation states the
 * patient's age as another ("Hvor gammel er du?" "Femtito."), e.g. a relative's age put on the
 * patient or a guess the patient corrected.
 */
export const wrongPatientAgeCheck: SentenceCheckDefinition = {
  name: 'wrongPatientAge',
  check(sentence) {
    if (sentence.flags.some((raised) => raised.kind === 'number-conflict')) return [];
    const wrong = findWrongPatientAge(sentence.text, sentence.index);
    if (wrong === undefined) return [];
    const unitWord = (age: Age): string => (age.unit === 'month' ? 'måneder' : 'år');
    return [
      flag(
        'number-conflict',
        'error',
        `Alderen ${formatNumber(wrong.claimed.value)} ${unitWord(wrong.claimed)} stemmer ikke med samtalen, der pasientens alder ble oppgitt som ${formatNumber(wrong.said.value)} ${unitWord(wrong.said)}. Kontroller alderen.`,
      ),
    ];
  },
};
