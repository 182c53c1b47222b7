import { sidedBodyPartStart } from '../language/sided-body-parts.js';
import type { WordToken } from '../language/fold.js';
import { isClinicalWord } from '../language/clinical-terms.js';
import { isContentWord, isStrongVerbForm } from '../language/stem.js';
import type { Claims } from './read-claims.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';
import { isFirstTimeReply } from './first-or-gone.js';

/** Words a denial passes over to reach what it denies ("ikke vært sykmeldt", "ikkje noko blod"). */
const fillers = new Set([
  'vaert',
  'vore',
  'hatt',
  'fatt',
  'noe',
  'noko',
  'noen',
  'nokon',
  'nokka',
  'mer',
  'meir',
  'lenger',
  'lenge',
  'helt',
  'heilt',
  'sa',
  'sann',
  'sant',
  'som',
  'veldig',
  'spesielt',
  'der',
  'da',
  'na',
  // "ingen tegn til abscess", "ikkje teikn på brot", "ingen holdepunkt for fraktur": the sign is
  // the way of saying it, what follows is what is denied.
  'tegn',
  'teikn',
  'holdepunkt',
  'holdepunkter',
  'haldepunkt',
  'mistanke',
  'spor',
]);

/** Words too general to be denied or asserted on their own. */
const generalWords = new Set([
  'har',
  'hatt',
  'er',
  'var',
  'vondt',
  'smerter',
  'smerte',
  'plager',
  'problem',
  'problemer',
  'bra',
  'fin',
  'fint',
  'normal',
  'normale',
  'godt',
  'god',
  'gang',
  'ganger',
  'dag',
  'dager',
  'tid',
  'ting',
  'lite',
  'litt',
  'mye',
  'tidligere',
  'fortsatt',
  'nylig',
  'siden',
]);

/** Words that deny what follows them ("ingen", "ikkje", "uten"). */
const negatorWords = new Set(
  'ingen ikke ikkje ikkj itj inkje uten utan aldri verken hverken ingenting inga ingi'.split(' '),
);

/**
 * Words of a note that call a part of the body healthy ("Leggen bløt og uøm", "Skulderen
 * normal"), folded.
 */
const healthyWords = new Set(
  'uom uomt uomme blot bloyt myk mjuk normal normalt normale upafallende ua'.split(' '),
);

/**
 * A part of the body the note calls healthy ("Leggen bløt og uøm"): a denial of a complaint in it
 * ("ikkje vondt i leggen, berre i låret") bears the sentence out, it does not contradict it.
 */
function isHealthyPart(tokens: readonly WordToken[], tokenIndex: number): boolean {
  return (
    sidedBodyPartStart.test(tokens[tokenIndex]?.folded ?? '') &&
    tokens.some((token) => healthyWords.has(token.folded))
  );
}

/**
 * A word the note calls normal right after it ("Nevrologisk u.a.", "Cor/pulm u.a.", "Abdomen
 * upåfallende"): it names what was examined, not a finding, so a denial of findings there ("ingen
 * nevrologiske utfall") bears it out.
 */
function isCalledNormal(tokens: readonly WordToken[], tokenIndex: number, text: string): boolean {
  for (let next = tokenIndex + 1; next <= tokenIndex + 2; next += 1) {
    const token = tokens[next];
    const previous = tokens[next - 1];
    if (token === undefined || previous === undefined) return false;
    if (/[,;:!?]/.test(text.slice(previous.end, token.start))) return false;
    // ("u.a." is read as "u" and "a".)
    if (token.folded === 'u' && tokens[next + 1]?.folded === 'a') return true;
    if (healthyWords.has(token.folded)) return true;
  }
  return false;
}

/**
 * A word of a question or denial qualified by a side or by "den andre" ("vondt i den andre
 * skulderen"): a "nei" to it denies that side only, not the part.
 */
const sideQualifiers = new Set(['motsatt', 'hoyre', 'venstre', 'hogre']);
const otherWords = new Set(['andre', 'annen', 'anna']);
const sideArticles = new Set(['den', 'det', 'dei', 'de', 'i', 'pa']);
function isSideQualified(tokens: readonly WordToken[], tokenIndex: number): boolean {
  let before = tokenIndex - 1;
  while (before >= 0 && sideArticles.has(tokens[before]?.folded ?? '')) before -= 1;
  const qualifier = tokens[before]?.folded ?? '';
  // "den andre skulderen" names a side; "andre ledd" (other joints) does not.
  if (otherWords.has(qualifier))
    return ['den', 'det', 'dei', 'de'].includes(tokens[before - 1]?.folded ?? '');
  return before >= 0 && sideQualifiers.has(qualifier);
}

/** Per token, the number of its clause: clauses end at a comma, a semicolon or a "men". */
function clauseNumbers(tokens: readonly WordToken[], text: string): number[] {
  let clause = 0;
  return tokens.map((token, tokenIndex) => {
    const previous = tokens[tokenIndex - 1];
    if (
      previous !== undefined &&
      (/[,;:]/.test(text.slice(previous.end, token.start)) || token.folded === 'men')
    )
      clause += 1;
    return clause;
  });
}

/** Words that say something is there but less ("spiser lite", "dårlig matlyst", "nedsatt hørsel"). */
const reductionWords = new Set([
  'lite',
  'darlig',
  'mindre',
  'redusert',
  'nedsatt',
  'svekket',
  'svekka',
  'nesten',
]);

/** A word the sentence gives as reduced, which a denial in the conversation bears out. */
function isReduced(tokens: readonly WordToken[], tokenIndex: number): boolean {
  return (
    reductionWords.has(tokens[tokenIndex - 1]?.folded ?? '') ||
    reductionWords.has(tokens[tokenIndex + 1]?.folded ?? '')
  );
}

/**
 * True when a spoken sentence speaks of the time before now ("Har du hatt blodpropp før?", "aldri
 * hatt vondt i ryggen før", "tidligere"): its denial says nothing against a finding of today. A
 * "før" that opens a clause ("før det starter") or goes with "heller" is about another event.
 */
export function saysBefore(tokens: readonly WordToken[]): boolean {
  return tokens.some((token, position) => {
    if (token.folded === 'tidligere' || token.folded === 'tidlegare') return true;
    // "Hadde du astma som liten?", "i barndommen": a time long before today's complaint.
    if (childhoodWords.has(token.folded))
      return token.folded.startsWith('barndom') || tokens[position - 1]?.folded === 'som';
    if (token.text.toLowerCase() !== 'før') return false;
    const next = tokens[position + 1];
    // (Offsets only: a gap wider than one space holds a punctuation mark.)
    return next === undefined || next.start - token.end > 1;
  });
}

/** Childhood, after "som" ("som liten", "som barn") or on its own ("i barndommen"). */
const childhoodWords = new Set([
  'liten',
  'lita',
  'lite',
  'barn',
  'unge',
  'ungdom',
  'tenaring',
  'barndommen',
  'barndomen',
]);

/** Words that stop, end or refuse something. */
const stopWords =
  /^(?:seponer\p{L}*|stopp\p{L}*|slutt\p{L}*|avslutt\p{L}*|kutt\p{L}*|avst\p{L}*|unnlat\p{L}*|avsla\p{L}*)$/u;

/** Heads of units already read (units never change once indexed). */
const headsMemo = new WeakMap<TranscriptUnit, readonly boolean[]>();

/** Per token of a transcript unit: is it what a denial denies (its head)? */
function deniedHeads(unit: TranscriptUnit): readonly boolean[] {
  const known = headsMemo.get(unit);
  if (known !== undefined) return known;
  const heads = readDeniedHeads(unit);
  headsMemo.set(unit, heads);
  return heads;
}

function readDeniedHeads(unit: TranscriptUnit): boolean[] {
  const heads = unit.tokens.map(() => false);
  let expecting = true;
  unit.tokens.forEach((token, tokenIndex) => {
    const negated = unit.claims.negated[tokenIndex] === true;
    if (!negated) {
      expecting = true;
      return;
    }
    const previous = unit.tokens[tokenIndex - 1]?.folded;
    // "ingen kvalme eller oppkast": each word of a denied list is denied.
    const listed = previous === 'eller' || previous === 'og' || previous === 'heller';
    if (fillers.has(token.folded) || !isContentWord(token.folded)) return;
    if (expecting || listed) heads[tokenIndex] = true;
    expecting = false;
  });
  return heads;
}

function isCheckable(token: WordToken | undefined): token is WordToken {
  return (
    token !== undefined &&
    (token.folded.length >= 4 || isStrongVerbForm(token.folded)) &&
    isContentWord(token.folded) &&
    !/\d/.test(token.folded) &&
    !generalWords.has(token.folded) &&
    !fillers.has(token.folded)
  );
}

/**
 * What the sentence states as so, that the conversation denied where the sentence draws its
 * evidence from: a word a denial names in the evidence ("itj blod", "ikke vært sykmeldt") or the
 * words of a question answered "nei" ("Slo du hodet?" "Nei."), written as present. Returns the
 * token of the sentence that is contradicted, or undefined.
 */
export function findDeniedStatement(options: {
  readonly tokens: readonly WordToken[];
  /** The sentence the tokens came from (to see its commas). */
  readonly text: string;
  readonly claims: Claims;
  readonly evidenceUnits: readonly number[];
  /** The evidence's neighbourhood: questions answered "nei" there count too. */
  readonly near?: ReadonlySet<number>;
  readonly index: TranscriptIndex;
  /**
   * The sentence gives a history ("tidligere", "kjent", "har hatt"): a denial of the time before
   * now contradicts it; otherwise such a denial is passed over.
   */
  readonly statesHistory?: boolean;
  readonly isNoteWord: (folded: string) => boolean;
}): number | undefined {
  const { tokens, claims, index } = options;
  // A sentence about someone else is left to the other checks; in a sentence that denies something
  // itself ("Dysuri, ingen hematuri") only what it states as so is checked.
  if (claims.namesOtherPerson) return undefined;
  // Stopping or refusing something says it is not so ("Seponerer Marevan").
  if (tokens.some((token) => stopWords.test(token.folded))) return undefined;
  // A question in the evidence is read with its answer ("Har han falt?" "Nei, han har itj falt.").
  // A reply that does not begin with a yes or a no ("Munnsår har eg ikkje hatt") is the other
  // speaker's next statement.
  const replies = options.evidenceUnits.flatMap((unitIndex) => {
    const question = index.units[unitIndex];
    if (question?.isQuestion !== true) return [];
    const reply = index.replyTo(unitIndex);
    if (reply !== undefined) return [reply];
    const next = index.units[unitIndex + 1];
    return next !== undefined && !next.isQuestion && next.speaker !== question.speaker
      ? [unitIndex + 1]
      : [];
  });
  const evidenceUnits = [...new Set([...options.evidenceUnits, ...replies])];
  // In a sentence that denies something itself, only a clinical word in a clause of its own
  // ("Munnsår, ingen øyeplager") is stated as so; the denied clause is left to the other checks.
  const deniesItself = claims.negated.some((negated) => negated);
  const clauses = clauseNumbers(tokens, options.text);
  const statedBesideDenial = (tokenIndex: number): boolean => {
    const token = tokens[tokenIndex];
    if (token === undefined || !isClinicalWord(token.folded)) return false;
    const clause = clauses[tokenIndex];
    return !tokens.some(
      (other, otherIndex) =>
        clauses[otherIndex] === clause &&
        (claims.negated[otherIndex] === true || negatorWords.has(other.folded)),
    );
  };
  // Drugs have their own checks.
  const isDrug = (token: WordToken): boolean =>
    claims.drugMentions.some((mention) => token.start >= mention.start && token.end <= mention.end);
  const checkable = tokens
    .map((token, tokenIndex) => ({ token, tokenIndex }))
    .filter(
      ({ token, tokenIndex }) =>
        isCheckable(token) &&
        !isDrug(token) &&
        (!deniesItself || statedBesideDenial(tokenIndex)) &&
        !isReduced(tokens, tokenIndex) &&
        !isHealthyPart(tokens, tokenIndex) &&
        !isCalledNormal(tokens, tokenIndex, options.text) &&
        claims.aboutOther[tokenIndex] !== true &&
        !options.isNoteWord(token.folded),
    );
  if (checkable.length === 0) return undefined;
  const keysOf = (tokenIndex: number): readonly string[] => claims.keys[tokenIndex] ?? [];
  // A denial of the time before now ("aldri hatt vondt i ryggen før") against today's finding.
  // ("Nei, dette er første gang" answers a question about earlier episodes.)
  const isBeforeOnly = (unit: TranscriptUnit): boolean =>
    options.statesHistory === false && (saysBefore(unit.tokens) || isFirstTimeReply(unit.tokens));

  // The keys the sentence could be contradicted on: a question whose asked words share none of
  // them matches no checkable word, so it is passed over before its reply is read (issue 11).
  const checkableKeys = new Set(checkable.flatMap(({ tokenIndex }) => keysOf(tokenIndex)));
  const askedByUnit = askedKeysOfDeniedQuestions(index);

  // A question answered "nei": its words, written as so, contradict the answer.
  const deniedByAnswer = (unitIndex: number): number | undefined => {
    const unit = index.units[unitIndex];
    const askedKeys = askedByUnit.get(unitIndex);
    if (unit === undefined || askedKeys === undefined) return undefined;
    if (!sharesAny(askedKeys, checkableKeys)) return undefined;
    const reply = index.units[index.replyTo(unitIndex) ?? -1];
    if (isBeforeOnly(unit) || (reply !== undefined && isBeforeOnly(reply))) return undefined;
    const asked = askedTokens(unit);
    if (asked.length === 0) return undefined;
    // What the reply names as so answers that part itself ("Nei, men litt hoste"); what it
    // denies in its own words ("Nei, det har ikke sviktet") is still denied.
    const repliedKeys = new Set(
      reply?.claims.keys.flatMap((keys, saidIndex) =>
        reply.claims.negated[saidIndex] === true ? [] : keys,
      ) ?? [],
    );
    // So is what the rest of the reply says as so ("Nei, itj feber. Men æ bli litt tung i pusten").
    const replyAt = index.replyTo(unitIndex) ?? -1;
    for (let next = replyAt + 1; reply !== undefined && next <= replyAt + 2; next += 1) {
      const rest = index.units[next];
      if (rest === undefined || rest.segment !== reply.segment || rest.isHypothetical) break;
      rest.claims.keys.forEach((keys, saidIndex) => {
        if (rest.claims.negated[saidIndex] === true || rest.claims.aboutOther[saidIndex] === true)
          return;
        for (const key of keys) repliedKeys.add(key);
      });
    }
    // The words of one lexicon phrase ("brukket nasen") are one thing asked.
    const thingOf = (saidIndex: number): string | number =>
      unit.claims.keys[saidIndex]?.find((key) => conceptKeyPattern.test(key)) ?? saidIndex;
    const askedThings = new Set(asked.map(({ saidIndex }) => thingOf(saidIndex))).size;
    // A thing asked that the sentence itself denies in a clause of its own ("Ikke blod, men slim i
    // avføringen" where "Blod i avføringen?" was answered "nei") agrees with the answer; the rest of
    // that phrase ("avføringen") says nothing against it.
    const noteDenied = new Set(
      tokens.flatMap((_token, tokenIndex) =>
        claims.negated[tokenIndex] === true ? keysOf(tokenIndex) : [],
      ),
    );
    const deniedThings = new Set(
      asked
        .filter(({ saidIndex }) =>
          (unit.claims.keys[saidIndex] ?? []).some((key) => noteDenied.has(key)),
        )
        .map(({ saidIndex }) => thingOf(saidIndex)),
    );
    const matched = checkable.filter(({ tokenIndex }) =>
      keysOf(tokenIndex).some(
        (key) =>
          !repliedKeys.has(key) &&
          asked.some(
            ({ saidIndex }) =>
              unit.claims.keys[saidIndex]?.includes(key) === true &&
              !deniedThings.has(thingOf(saidIndex)),
          ),
      ),
    );
    return matched.length >= Math.min(2, askedThings) ? matched[0]?.tokenIndex : undefined;
  };
  // Said as so about the patient in an evidence statement.
  const affirmedInEvidence = (tokenIndex: number): boolean =>
    evidenceUnits.some((unitIndex) => {
      const unit = index.units[unitIndex];
      if (unit === undefined || unit.isQuestion || unit.isHypothetical) return false;
      return unit.tokens.some(
        (_token, saidIndex) =>
          unit.claims.aboutOther[saidIndex] !== true &&
          unit.claims.negated[saidIndex] !== true &&
          (unit.claims.keys[saidIndex] ?? []).some((key) => keysOf(tokenIndex).includes(key)),
      );
    });

  // Denied about the patient in a statement, and not also said as so there.
  const deniedInStatement = (unit: TranscriptUnit): number | undefined => {
    const heads = deniedHeads(unit);
    for (const { tokenIndex } of checkable) {
      const keys = keysOf(tokenIndex);
      let denied = false;
      let affirmed = false;
      for (let saidIndex = 0; saidIndex < unit.tokens.length; saidIndex += 1) {
        if (unit.claims.aboutOther[saidIndex] === true) continue;
        const saidKeys = unit.claims.keys[saidIndex] ?? [];
        if (!saidKeys.some((key) => keys.includes(key))) continue;
        if (heads[saidIndex] === true) denied = true;
        else if (unit.claims.negated[saidIndex] !== true) affirmed = true;
      }
      if (denied && !affirmed) return tokenIndex;
    }
    return undefined;
  };

  for (const unitIndex of evidenceUnits) {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.isHypothetical) continue;
    if (!unit.isQuestion && isBeforeOnly(unit)) continue;
    const denied = unit.isQuestion ? deniedByAnswer(unitIndex) : deniedInStatement(unit);
    // A symptom the patient told of ("det piper i bringa") is not denied, in the history, by the
    // clinician's examination today ("ingen pipelydar").
    if (
      denied !== undefined &&
      options.statesHistory === true &&
      !unit.isQuestion &&
      isClinician(unit) &&
      isAffirmed(keysOf(denied), index, true)
    )
      continue;
    if (denied !== undefined) return denied;
  }
  // The rest of a reply to a question in the evidence answers its other part ("Er du tung i pusten
  // eller kvalm?" "Litt kvalm. Men pusten går greit."), when the evidence does not say it is so.
  for (const unitIndex of restOfReplies(options.evidenceUnits, index)) {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.isHypothetical || unit.isQuestion || isBeforeOnly(unit))
      continue;
    const denied = deniedInStatement(unit);
    if (denied !== undefined && !affirmedInEvidence(denied)) return denied;
  }
  // A question answered "nei" next to the evidence, when the evidence does not say it is so.
  for (const unitIndex of options.near ?? []) {
    if (evidenceUnits.includes(unitIndex)) continue;
    const denied = deniedByAnswer(unitIndex);
    if (denied !== undefined && !affirmedInEvidence(denied)) return denied;
  }
  // "Tidligere nesebrudd" where "Har du brukket nasen før?" was answered "nei", wherever it was
  // asked: today's injury, said elsewhere, is no history.
  if (tokens.some((token) => historyWords.has(token.folded)))
    for (let unitIndex = 0; unitIndex < index.units.length; unitIndex += 1) {
      const unit = index.units[unitIndex];
      if (unit?.isQuestion !== true || !saysBefore(unit.tokens)) continue;
      const denied = deniedByAnswer(unitIndex);
      if (denied !== undefined) return denied;
    }
  // "Tilsvarende episoder tidligere" where "Har du hatt dette før?" was answered "nei".
  if (isPastRecurrence(tokens) && hasDeniedPastRecurrence(index, tokens)) {
    const word = tokens.findIndex((token) => recurrenceWords.test(token.folded));
    // (Not "ikke hatt tilsvarende før", which agrees with the answer.)
    if (word >= 0 && claims.negated[word] !== true) return word;
  }
  // A sentence with no passage of its own ("Kneet har sviktet" where "Svikter det?" was answered
  // "Nei, det har ikke sviktet"): a question answered "nei" anywhere, when nothing said about the
  // patient affirms the word.
  if (options.evidenceUnits.length === 0)
    for (const unitIndex of askedByUnit.keys()) {
      const denied = deniedByAnswer(unitIndex);
      if (denied !== undefined && !isAffirmed(keysOf(denied), index, false)) return denied;
    }
  return undefined;
}

/** The words of a question that it asks about (checkable, about the patient, not denied). */
function askedTokens(unit: TranscriptUnit): { token: WordToken; saidIndex: number }[] {
  return unit.tokens
    .map((token, saidIndex) => ({ token, saidIndex }))
    .filter(
      ({ token, saidIndex }) =>
        isCheckable(token) &&
        unit.claims.aboutOther[saidIndex] !== true &&
        unit.claims.negated[saidIndex] !== true &&
        !isSideQualified(unit.tokens, saidIndex),
    );
}

/**
 * Per question answered "nei", in transcript order: the keys of the words it asks about. Read once
 * per transcript; a sentence is checked only against the questions that share a key with it.
 */
const askedKeysOfDeniedQuestions = perTranscript(
  (index): ReadonlyMap<number, ReadonlySet<string>> => {
    const byUnit = new Map<number, ReadonlySet<string>>();
    index.units.forEach((unit, unitIndex) => {
      if (!unit.isQuestion || index.answerTo(unitIndex) !== 'no') return;
      byUnit.set(
        unitIndex,
        new Set(askedTokens(unit).flatMap(({ saidIndex }) => unit.claims.keys[saidIndex] ?? [])),
      );
    });
    return byUnit;
  },
);

function sharesAny(one: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  for (const key of one) if (other.has(key)) return true;
  return false;
}

/** Sentences of a reply to a question after its first (the rest of the turn, at most two). */
function restOfReplies(evidenceUnits: readonly number[], index: TranscriptIndex): number[] {
  const rest: number[] = [];
  for (const unitIndex of evidenceUnits) {
    if (index.units[unitIndex]?.isQuestion !== true) continue;
    const reply = index.replyTo(unitIndex);
    const first = reply === undefined ? undefined : index.units[reply];
    if (reply === undefined || first === undefined) continue;
    for (let next = reply + 1; next <= reply + 2; next += 1) {
      if (index.units[next]?.segment !== first.segment) break;
      if (!evidenceUnits.includes(next) && !rest.includes(next)) rest.push(next);
    }
  }
  return rest;
}

/** A lexicon concept's key (`c12`), as the claims give it. */
const conceptKeyPattern = /^c\d+$/u;

/** Words of a note that give a history ("tidligere DVT", "kjent astma"). */
const historyWords = new Set(['tidligere', 'tidlegare', 'kjent']);
/** Words a note uses for the same thing happening before ("tilsvarende episoder tidligere"). */
const recurrenceWords = /^(?:tilsvarende|lignende|liknande|liknende|samme)$/u;
const pastWords = new Set(['tidligere', 'tidlegare', 'for']);
/** A question's anaphor for today's complaint ("dette", "det", "sånn", "slikt"). */
const anaphors = new Set(['dette', 'sann', 'slikt', 'slik', 'noe', 'noko', 'lignende', 'liknande']);

function isPastRecurrence(tokens: readonly WordToken[]): boolean {
  return (
    tokens.some((token) => recurrenceWords.test(token.folded)) &&
    tokens.some(
      (token) =>
        token.folded === 'tidligere' ||
        token.folded === 'tidlegare' ||
        // "før" (not "for", which folds the same)
        token.text.toLowerCase() === 'før',
    )
  );
}

/** A question about today's complaint having happened before ("Har du hatt dette før?"), answered "nei". */
function hasDeniedPastRecurrence(index: TranscriptIndex, tokens: readonly WordToken[]): boolean {
  // The complaint named instead of "dette" ("Har du hatt vondt i ryggen før?" for "tilsvarende
  // ryggplager tidligere"): a clinical word of the sentence that begins like one of the question's.
  const starts = new Set(
    tokens
      .filter((token) => token.folded.length >= 4 && isClinicalWord(token.folded))
      .map((token) => token.folded.slice(0, 4)),
  );
  return index.units.some(
    (unit, unitIndex) =>
      unit.isQuestion &&
      index.answerTo(unitIndex) === 'no' &&
      unit.tokens.some((token) => pastWords.has(token.folded)) &&
      unit.tokens.some(
        (token) =>
          anaphors.has(token.folded) ||
          (token.folded.length >= 4 &&
            isClinicalWord(token.folded) &&
            starts.has(token.folded.slice(0, 4))),
      ),
  );
}

function isClinician(unit: TranscriptUnit): boolean {
  return unit.speaker === 'lege' || unit.speaker === 'sykepleier';
}

/**
 * Said as so about the patient, outside questions: anywhere in the conversation, or
 * (`byPatientSide`) only by the patient or a relative.
 */
function isAffirmed(
  keys: readonly string[],
  index: TranscriptIndex,
  byPatientSide: boolean,
): boolean {
  const affirmed = affirmedKeys(index);
  const said = byPatientSide ? affirmed.byPatientSide : affirmed.byAnyone;
  return keys.some((key) => said.has(key));
}

/**
 * The keys said as so about the patient outside questions, by anyone and by the patient or a
 * relative: read once per transcript, not once per sentence (issue 11).
 */
const affirmedKeys = perTranscript(
  (index): { byAnyone: ReadonlySet<string>; byPatientSide: ReadonlySet<string> } => {
    const byAnyone = new Set<string>();
    const byPatientSide = new Set<string>();
    for (const unit of index.units) {
      if (unit.isQuestion || unit.isHypothetical) continue;
      const patientSide = !isClinician(unit);
      unit.tokens.forEach((_token, saidIndex) => {
        if (unit.claims.aboutOther[saidIndex] === true || unit.claims.negated[saidIndex] === true)
          return;
        for (const key of unit.claims.keys[saidIndex] ?? []) {
          byAnyone.add(key);
          if (patientSide) byPatientSide.add(key);
        }
      });
    }
    return { byAnyone, byPatientSide };
  },
);
