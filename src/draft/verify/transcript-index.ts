import type { PseudonymizedTranscript, Speaker } from '../../core/index.js';
import { relativeGenders, splitSentences, type RelativeGender } from '../../language/index.js';
import { findConcepts, getLexiconEntry } from '../language/clinical-lexicon.js';
import { toBokmalSpelling } from '../language/dialect-spelling.js';
import { fold as foldText, tokenize, type WordToken } from '../language/fold.js';
import { findCorrection, findReversedNo, isLimitedNo, readAnswer } from '../language/negation.js';
import { stemsMatch } from '../language/stem.js';
import { findAdvisedFindings } from './advised-findings.js';
import { spokenModality } from './clause-modality.js';
import { findColdExtremities } from './cold-extremities.js';
import { findSharedIllness } from './shared-illness.js';
import { findPatientKinshipWords, reassignPatientMentions } from './relative-speaker.js';
import { affirmsTakenBackNo } from './taken-back-no.js';
import { isUnmarkedQuestion } from './clauses.js';
import { subjectFits, type QuantitySubject } from './quantity-subjects.js';
import { readClaims, type Claims, type Quantity } from './read-claims.js';

/** The gender of the relatives a sentence names, when they are all women or all men. */
function genderOfRelatives(tokens: readonly WordToken[]): RelativeGender | undefined {
  let gender: RelativeGender | undefined;
  for (const token of tokens) {
    const said = relativeGenders.get(token.text.toLowerCase());
    if (said === undefined) continue;
    if (gender !== undefined && gender !== said) return undefined;
    gender = said;
  }
  return gender;
}

/** One sentence of the transcript: the unit evidence points at. */
export interface TranscriptUnit {
  readonly segment: number;
  readonly start: number;
  readonly end: number;
  readonly speaker: Speaker;
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly isQuestion: boolean;
  readonly isHypothetical: boolean;
  /**
   * Findings this unit states present (true) or absent (false) about the patient, including what a
   * yes/no answer to it or after it says ("Har du feber?" "Nei." → feber absent).
   */
  readonly polarity: ReadonlyMap<string, boolean>;
}

/** A word's occurrence in the transcript. */
export interface Occurrence {
  readonly unit: number;
  readonly token: number;
  readonly start: number;
  readonly end: number;
  /** True when it is said about somebody other than the patient. */
  readonly aboutOther: boolean;
  /** True when a clinician names the finding only in advice ("da må du drikke masse"). */
  readonly advised: boolean;
}

/** The units mentioning a key, by whom the mention is about; ascending, without repeats. */
export interface UnitsMentioning {
  readonly patient: readonly number[];
  readonly other: readonly number[];
  /** Units of `patient` whose every mention is a clinician's advice (see `Occurrence.advised`). */
  readonly advised: readonly number[];
}

export interface TranscriptIndex {
  readonly units: readonly TranscriptUnit[];
  /** Occurrences of a key (a stem, with compounds and spelling variants, or a concept `c<n>`). */
  occurrencesOf(key: string): readonly Occurrence[];
  /**
   * The units where a key occurs (as {@link TranscriptIndex.occurrencesOf}), each unit once:
   * those with a mention about the patient, and those with a mention about somebody else.
   */
  unitsMentioning(key: string): UnitsMentioning;
  /** Substances named in the transcript (by any of their names). */
  readonly substances: ReadonlySet<string>;
  /** Units where a number is said (as digits or words), by value. */
  unitsWithNumber(value: number): readonly number[];
  /** How often a finding key is stated present and absent about the patient, in the given units. */
  polarityIn(key: string, units: Iterable<number>): { present: number; absent: number };
  /** The same over the whole conversation (computed once). */
  polarityEverywhere(key: string): { present: number; absent: number };
  /**
   * The units (ascending) whose polarities count for a key in {@link TranscriptIndex.polarityIn}:
   * every other unit states it neither present nor absent.
   */
  unitsStating(key: string): readonly number[];
  /** Units that name a substance. */
  unitsWithSubstance(substance: string): readonly number[];
  /** Every word of the conversation, folded. */
  readonly words: ReadonlySet<string>;
  /** Numbers said about a measure or drug (not retracted), anywhere in the conversation. */
  quantitiesAbout(subject: QuantitySubject): readonly Quantity[];
  /** Every side named in the conversation (not retracted), in order. */
  readonly sides: readonly ('right' | 'left' | 'both')[];
  /** Weekdays, months and holidays named anywhere in the conversation (canonical, folded). */
  readonly namedTimes: ReadonlySet<string>;
  /** How a question (by unit index) was answered, when the reply began with a yes or a no. */
  answerTo(unit: number): 'yes' | 'no' | undefined;
  /** The unit that answered a question (the reply's first sentence), when there was one. */
  replyTo(unit: number): number | undefined;
}

const prefixLength = 5;

/** True when a finding key is the concept of chills ("frysninger"). */
function isChillsKey(key: string): boolean {
  return /^c\d+$/.test(key) && getLexiconEntry(Number(key.slice(1)))?.clinical === 'frysninger';
}

/** No words (shared, never changed). */
const noTokens: ReadonlySet<number> = new Set<number>();

/** Sentences about what might happen, what to avoid or what to watch for; they assert nothing. */
const hypotheticalPattern =
  /(?<![\p{L}])(?:hvis|viss|om du får|dersom|i tilfelle|faresignal\p{L}*|risiko\p{L}*|unngå|forebygg\p{L}*|(?<!(?:god|godt|grei|fin|dårlig|dårleg|nedsatt|redusert|øye|blikk)\s?)kontakt(?!bar)\p{L}*|ring\p{L}*|ved behov|skulle du|bør du|pass på|følg med på|se etter|tegn på|kom tilbake|komme tilbake|tilbake straks|tilbake med en gang|(?:tidligere|tidlegare|før|straks|snarere|raskere) ved|om (?:pas\.?|pasienten|han|hun|ho|dere|barnet|du) (?:får|blir|ikke|ikkje))(?![\p{L}])/iu;

/**
 * Words one of which every {@link hypotheticalPattern} match contains (a piece of each of its
 * alternatives, same flags): most sentences have none and skip the pattern with its lookbehinds
 * (issue 11: it is tested once per transcript sentence and by several checks per note sentence).
 */
const hypotheticalWords =
  /hvis|viss|om |dersom|tilfelle|faresignal|risiko|unngå|forebygg|kontakt|ring|ved|skulle|bør|pass|følg|etter|tegn|tilbake/iu;

/** Sentences about what might happen, what to avoid or what to watch for; they assert nothing. */
export const hypotheticalCue: { test(text: string): boolean } = {
  test: (text) => hypotheticalWords.test(text) && hypotheticalPattern.test(text),
};

function bucketKey(key: string): string {
  return key.startsWith('c') && /^c\d+$/.test(key) ? key : key.slice(0, prefixLength);
}

/** Sets the polarity of the findings a question names, from a yes/no answer. */
function answerQuestion(
  question: { readonly claims: Claims; readonly polarity: Map<string, boolean> },
  answer: Claims,
  answerPolarity: 'yes' | 'no',
  answerWord: boolean,
): void {
  const asked = new Set(question.claims.findingKey.filter((key) => key !== undefined));
  const named = new Set(answer.findingKey.filter((key) => key !== undefined && asked.has(key)));
  question.claims.findingKey.forEach((key, tokenIndex) => {
    if (key === undefined || question.claims.aboutOther[tokenIndex] === true) return;
    // Two-part questions: a finding the answer names itself keeps the answer's own polarity
    // ("Feber eller hoste?" "Nei, bare litt hoste." → no fever, cough).
    if (named.has(key)) return;
    if (answerPolarity === 'yes' && named.size > 0) return;
    // A denial of one named part ("Kasta opp eller vore kvalm?" "Ikkje kasta opp.") answers only
    // that part; the other is answered by what follows ("Litt kvalm om morgonen.").
    if (named.size > 0 && !answerWord) return;
    const questionNegated = question.claims.negated[tokenIndex] === true;
    question.polarity.set(key, (answerPolarity === 'no') === questionNegated);
  });
}

/**
 * A reply's opening question that repeats a part of the question ("Svie?", "Feber, sier du?"): at
 * most four words, naming at least one finding and only findings the question asked about.
 */
function isEchoOfQuestion(echo: Claims, length: number, question: Claims): boolean {
  if (length > 4) return false;
  const asked = new Set(question.findingKey.filter((key) => key !== undefined));
  const named = echo.findingKey.filter((key) => key !== undefined);
  return named.length > 0 && named.every((key) => asked.has(key));
}

/** The answer names a finding the first question asked and none the second one asked. */
function namesOnly(
  answer: Claims,
  first: { readonly claims: Claims },
  second: { readonly claims: Claims },
): boolean {
  const keysOf = (claims: Claims): Set<string> =>
    new Set(claims.findingKey.filter((key): key is string => key !== undefined));
  const firstKeys = keysOf(first.claims);
  const secondKeys = keysOf(second.claims);
  const named = [...keysOf(answer)];
  return (
    named.some((key) => firstKeys.has(key) && !secondKeys.has(key)) &&
    !named.some((key) => secondKeys.has(key))
  );
}

/** An exception named after a no ("Ingenting, bortsett fra penicillin"). */
const exceptionCue =
  /(?<![\p{L}])(?:anna enn|annet enn|andre enn|bortsett fra|bortsett ifrå|unntatt|med unntak av|utenom)(?![\p{L}])/iu;

/** A word (folded) for medicines in general ("medisinar", "legemidler", "tabletter"). */
function isMedicineWord(folded: string): boolean {
  return /^(?:medisin|medikament|legemid|tablett|pille)/u.test(folded);
}

/**
 * Whether a no to a question about allergies or medicines ("Brukar du nokon faste medisinar?"
 * "Ingenting anna enn Eliquis") names an exception that is one ("Ingenting, bortsett
 * fra penicillin"): "bortsett fra", "anna enn", "unntatt" or "utenom" in a reply naming a substance
 * and nobody else ("Ingenting, anna enn at mor reagerer på penicillin" stays a no). Such a no
 * answers yes.
 */
function namesAllergyException(
  text: string,
  claims: Claims,
  question: readonly WordToken[],
): boolean {
  return (
    question.some((token) => token.folded.startsWith('allergi') || isMedicineWord(token.folded)) &&
    exceptionCue.test(text) &&
    claims.substances.size > 0 &&
    !claims.namesOtherPerson
  );
}

/** Words that open a sentence saying the other way of what came before ("Men …"). */
const contrastOpeners = new Set(['men', 'maen', 'bortsett', 'derimot', 'unntatt']);

/** Words a patient answers with when asked how something is and it is poor ("Dårleg."). */
const poorVerdicts = new Set(['dårlig', 'dårleg', 'dårlige', 'elendig', 'elendige', 'elendigt']);

/**
 * The findings a short poor verdict makes of a word the question asked about: "dårlig" with
 * "matlysta" is the lexicon's "dårlig matlyst" (inappetens). Keys of findings only, none when the
 * answer does not open with such a verdict.
 */
function findingsOfVerdict(answerWord: string, asked: readonly WordToken[]): string[] {
  if (!poorVerdicts.has(answerWord.toLowerCase())) return [];
  const keys = new Set<string>();
  for (const token of asked) {
    const pair = tokenize(`dårlig ${token.text}`);
    for (const mention of findConcepts(pair)) {
      const type = getLexiconEntry(mention.concept)?.type;
      if (mention.first === 0 && mention.last === 1 && (type === 'finding' || type === 'diagnosis'))
        keys.add(`c${mention.concept}`);
    }
  }
  return [...keys];
}

/** Words that open a clinician's statement or instruction, never a bare prompt. */
const statementOpeners = new Set(
  'dette det du vi jeg eg æ da no nå sa her der ja jo nei ok okei greit fint bra takk'.split(' '),
);

/**
 * A clinician's short prompt naming a finding, without a question mark, that the other party
 * answers with a yes or a no ("Svie når du tisse" "Nei ingen svie"; "Hovne det opp" "Nei"): in an
 * unpunctuated transcript it is a question, not the clinician stating the finding present. Only the
 * turn's last sentence, up to eight words, naming a finding and denying nothing.
 */
function isAnsweredPrompt(
  tokens: readonly WordToken[],
  claims: Claims,
  isLastAndAnswered: boolean,
): boolean {
  const first = tokens[0];
  if (!isLastAndAnswered || first === undefined || tokens.length > 8) return false;
  if (statementOpeners.has(first.folded)) return false;
  if (claims.negated.some((negated) => negated)) return false;
  return claims.findingKey.some((key) => key !== undefined);
}

const indexCache = new WeakMap<PseudonymizedTranscript, TranscriptIndex>();

/**
 * The transcript's index, built on first use and kept as long as the transcript object lives, so
 * the repair round, the verification after drafting and every later re-verification of the same
 * consultation share one index. Transcripts are immutable; a new transcript object is indexed anew.
 */
export function getTranscriptIndex(transcript: PseudonymizedTranscript): TranscriptIndex {
  const cached = indexCache.get(transcript);
  if (cached !== undefined) return cached;
  const index = createTranscriptIndex(transcript);
  indexCache.set(transcript, index);
  return index;
}

/**
 * A reply opening with a plain yes or no ("Nei, …"). (Module level: `tsx` compiles a literal with `\p{…}` outside a class
 * into a `new RegExp` where it stands, so inside a function it was built on every call; issue 11.)
 */
const answerWordOpening = /^\s*(?:nei|næ\p{L}*|nai|nope|nepp|ja|jo|jada|joda|mhm)(?![\p{L}])/iu;

/**
 * Indexes a transcript once for verification: sentences with their spans, speakers and claims
 * (content words, lexicon concepts, numbers with units, sides, frequencies, drugs, findings stated
 * present or absent, and who each is about). Answers to yes/no questions give the question's
 * findings their polarity; a correction ("nei vent, …") takes back what came before it.
 */
export function createTranscriptIndex(transcript: PseudonymizedTranscript): TranscriptIndex {
  const units: TranscriptUnit[] = [];
  const byKey = new Map<string, Occurrence[]>();
  const byBucket = new Map<string, Set<string>>();
  const numbers = new Map<number, number[]>();
  const substances = new Set<string>();

  let pendingQuestions: {
    claims: Claims;
    polarity: Map<string, boolean>;
    length: number;
    unit: number;
  }[] = [];
  const answers = new Map<number, { answer: 'yes' | 'no'; reply: number }>();
  // The words a relative who said who they are uses for the patient ("mor" for "sønnen hennes").
  const patientWords = findPatientKinshipWords(transcript.segments);
  transcript.segments.forEach((segment, segmentIndex) => {
    const text: string = segment.text;
    // The segment's words, read once: no word spans a sentence break (words are letters, digits
    // and inner hyphens or apostrophes; sentences break after punctuation), so each sentence's
    // tokens are the segment's tokens within its span, with offsets in the segment.
    const segmentTokens = tokenize(text);
    // "Nei, aldri. Jo, vent, jeg hadde det i fjor": a no taken back with the speaker's own sure
    // yes answers yes. One whose yes may be somebody else's or unsure ("Nei. Jo, mor hadde det";
    // "Nei, ikkje. Jo, vent, eg veit ikkje") is read as it was before: a bare "Nei. Jo" as a
    // correction, "Nei, aldri. Jo" as a no.
    const takenBackAt = findReversedNo(text, true);
    const reversedNo =
      takenBackAt >= 0 &&
      // (The taking back may itself say "nei vent": "Nei. Nei vent, jo, litt".)
      findCorrection(text, true) <= takenBackAt &&
      affirmsTakenBackNo(segmentTokens.filter((token) => token.start > takenBackAt));
    const correctionAt = reversedNo ? takenBackAt : findCorrection(text);
    // A nurse answering the doctor's question about a patient in her care ("Har ho kasta opp?"
    // "Nei, men ho har spist dårlig.") answers it like a relative would.
    const isAnsweringNurse =
      segment.speaker === 'sykepleier' &&
      transcript.segments[segmentIndex - 1]?.speaker === 'lege' &&
      pendingQuestions.length > 0;
    const isClinician =
      (segment.speaker === 'lege' || segment.speaker === 'sykepleier') && !isAnsweringNurse;
    // What unnamed numbers are about: in a reply, the one measure or drug the question named
    // ("Hvor mye veier hun?" "Elleve komma to kilo."); later in a turn, the one named before.
    const asked = pendingQuestions[pendingQuestions.length - 1]?.claims.subjects ?? [];
    let carried: QuantitySubject | undefined =
      !isClinician && asked.length === 1 ? asked[0] : undefined;
    let nextToken = 0;
    // Whether the turn's sentence before spoke of a relative ("Det er svigermor.").
    let afterRelative = false;
    let relativeGender: 'female' | 'male' | undefined;
    // The turn's units are the ones added from here on.
    const firstOfTurn = units.length;
    // The questions this turn answered (their polarity maps), for what the rest of the turn says.
    const answeredNow: Map<string, boolean>[] = [];
    // Whether the turn opened by repeating a part of the question as a question ("Svie?").
    let echoed = false;
    // Whether the next turn, by somebody else, opens with a plain yes or no (read once per turn,
    // on first use: several of the turn's sentences may ask).
    let nextAnswers: boolean | undefined;
    const answeredNext = (): boolean => {
      if (nextAnswers !== undefined) return nextAnswers;
      const next = transcript.segments[segmentIndex + 1];
      nextAnswers =
        next !== undefined &&
        next.speaker !== 'lege' &&
        next.speaker !== 'sykepleier' &&
        readAnswer(next.text) !== 'unclear';
      return nextAnswers;
    };
    const sentences = splitSentences(text);
    sentences.forEach((sentence, sentenceIndex) => {
      const unitIndex = units.length;
      const tokens: WordToken[] = [];
      while (nextToken < segmentTokens.length) {
        const token = segmentTokens[nextToken];
        if (token === undefined || token.start >= sentence.end) break;
        if (token.start >= sentence.start) tokens.push(token);
        nextToken += 1;
      }
      const readAsSaid = readClaims({
        text,
        tokens,
        speaker: segment.speaker,
        range: { start: sentence.start, end: sentence.end },
        ...(correctionAt >= 0 ? { correctionAt } : {}),
        afterRelative,
        ...(relativeGender === undefined ? {} : { relativeGender }),
      });
      afterRelative = readAsSaid.aboutOther.some(Boolean);
      relativeGender = genderOfRelatives(tokens);
      const read =
        segment.speaker === 'pårørende'
          ? reassignPatientMentions(tokens, readAsSaid, patientWords)
          : readAsSaid;
      const inherited = carried;
      const claims: Claims =
        read.subjects.length === 0 && inherited !== undefined
          ? {
              ...read,
              quantities: read.quantities.map((quantity) =>
                quantity.subject === undefined && subjectFits(inherited, quantity.unit)
                  ? { ...quantity, subject: inherited }
                  : quantity,
              ),
            }
          : read;
      if (read.subjects.length === 1) carried = read.subjects[0];
      else if (read.subjects.length > 1) carried = undefined;
      // A clinician's question without a question mark (speech-to-text): read by its word order.
      const isQuestion =
        /[?]\s*$/u.test(sentence.text) ||
        (isClinician &&
          !sentence.text.includes('?') &&
          (isUnmarkedQuestion(tokens, answeredNext()) ||
            isAnsweredPrompt(
              tokens,
              claims,
              sentenceIndex === sentences.length - 1 && answeredNext(),
            )));
      const isHypothetical = hypotheticalCue.test(sentence.text);
      // A clinician's advice ("da må du drikke masse") names a finding the patient is not said to
      // have: it supports a plan, not a claim about the patient.
      const advised =
        isClinician && !isQuestion ? findAdvisedFindings(tokens, claims.findingKey) : noTokens;
      // "Eg fraus på hendene": cold hands are not chills, so the word names no finding.
      const notChills = findColdExtremities(tokens, claims.findingKey, isChillsKey);
      // "Det er mye diabetes i familien, og jeg har det også": the patient's illness too.
      const shared =
        segment.speaker === 'pasient' && !isQuestion && !isHypothetical
          ? findSharedIllness(tokens, claims.findingKey, claims.aboutOther)
          : noTokens;
      const polarity = new Map<string, boolean>();
      if (!isQuestion && !isHypothetical) {
        claims.findingKey.forEach((key, tokenIndex) => {
          if (key === undefined) return;
          if (claims.aboutOther[tokenIndex] === true && !shared.has(tokenIndex)) return;
          if (notChills.has(tokenIndex)) return;
          // A clause that only suspects or plans it ("eg trudde det var astma", "det kan vere
          // ein begynnande astma") states it neither present nor absent.
          if (
            claims.negated[tokenIndex] !== true &&
            spokenModality(tokens, tokenIndex, false, false) === 'suspected'
          )
            return;
          // A later mention in the same sentence wins ("ingen feber, nei vent, litt feber").
          polarity.set(key, claims.negated[tokenIndex] !== true);
        });
      }
      const unit: TranscriptUnit = {
        segment: segmentIndex,
        start: sentence.start,
        end: sentence.end,
        speaker: segment.speaker,
        tokens,
        claims,
        isQuestion,
        isHypothetical,
        polarity,
      };
      units.push(unit);

      for (let tokenIndex = 0; tokenIndex < claims.keys.length; tokenIndex += 1) {
        const keys = claims.keys[tokenIndex] as readonly string[];
        const token = tokens[tokenIndex];
        if (token === undefined || keys.length === 0) continue;
        // One occurrence per word, shared by its keys (occurrences are never changed).
        const occurrence: Occurrence = {
          unit: unitIndex,
          token: tokenIndex,
          start: token.start,
          end: token.end,
          aboutOther: claims.aboutOther[tokenIndex] === true,
          advised: false,
        };
        const advisedKey = advised.has(tokenIndex) ? claims.findingKey[tokenIndex] : undefined;
        const unsaidKey = notChills.has(tokenIndex) ? claims.findingKey[tokenIndex] : undefined;
        // A shared illness is said of the other person and of the patient.
        const alsoPatient = shared.has(tokenIndex)
          ? { ...occurrence, aboutOther: false }
          : undefined;
        for (const key of keys) {
          if (key === unsaidKey) continue;
          const said = key === advisedKey ? { ...occurrence, advised: true } : occurrence;
          const list = byKey.get(key);
          if (list !== undefined) {
            list.push(said);
            if (alsoPatient !== undefined) list.push(alsoPatient);
            continue;
          }
          // A key seen for the first time joins its bucket once.
          byKey.set(key, alsoPatient === undefined ? [said] : [said, alsoPatient]);
          const bucketOf = bucketKey(key);
          const bucket = byBucket.get(bucketOf);
          if (bucket === undefined) byBucket.set(bucketOf, new Set([key]));
          else bucket.add(key);
        }
      }
      for (const quantity of claims.quantities) {
        const list = numbers.get(quantity.value) ?? [];
        if (list[list.length - 1] !== unitIndex) list.push(unitIndex);
        numbers.set(quantity.value, list);
      }
      for (const substance of claims.substances) substances.add(substance);

      // A one-word verdict on what the question asked about ("Korleis er matlysta?" "Dårleg.")
      // says the finding the two make together (inappetens), as if said in one sentence.
      const asking = pendingQuestions[pendingQuestions.length - 1];
      const askedUnit = asking === undefined ? undefined : units[asking.unit];
      if (!isClinician && sentenceIndex === 0 && askedUnit !== undefined && tokens[0] !== undefined)
        for (const key of findingsOfVerdict(tokens[0].text, askedUnit.tokens)) {
          const occurrence: Occurrence = {
            unit: unitIndex,
            token: 0,
            start: tokens[0].start,
            end: tokens[0].end,
            aboutOther: false,
            advised: false,
          };
          const list = byKey.get(key);
          if (list !== undefined) list.push(occurrence);
          else {
            byKey.set(key, [occurrence]);
            const bucket = byBucket.get(bucketKey(key));
            if (bucket === undefined) byBucket.set(bucketKey(key), new Set([key]));
            else bucket.add(key);
          }
          if (!polarity.has(key)) polarity.set(key, true);
        }

      // A yes/no answer gives the preceding questions' findings their polarity.
      if (isClinician) {
        if (isQuestion)
          pendingQuestions.push({ claims, polarity, length: tokens.length, unit: unitIndex });
        else pendingQuestions = [];
      } else if (
        (sentenceIndex === 0 || echoed) &&
        pendingQuestions.length > 0 &&
        (correctionAt < 0 || reversedNo)
      ) {
        // "Har du svie eller smerter når du tisser?" "Svie? Nei.": a reply that repeats a part of
        // the question as a question asks it again, and the next sentence answers that part only.
        const lastAsked = pendingQuestions[pendingQuestions.length - 1];
        if (
          sentenceIndex === 0 &&
          isQuestion &&
          lastAsked !== undefined &&
          isEchoOfQuestion(claims, tokens.length, lastAsked.claims)
        ) {
          pendingQuestions = [{ claims, polarity, length: tokens.length, unit: unitIndex }];
          echoed = true;
          return;
        }
        echoed = false;
        // A reply that corrects itself ("Ja, … Nei vent, det var broren") is no plain yes or no;
        // one that takes its no back with a yes ("Nei, aldri. Jo, vent, …") is a yes.
        const read = reversedNo ? 'yes' : readAnswer(sentence.text);
        // "Har du noen allergier?" "Ingenting, bortsett fra penicillin": a no with an exception.
        const askedTokens =
          units[pendingQuestions[pendingQuestions.length - 1]?.unit ?? -1]?.tokens;
        // "Er du kvalm?" "Nei, bare litt om morgenen": a no limited to a little says yes, unless
        // it names a part of a two-part question ("Feber eller hoste?" "Nei, bare litt hoste").
        const askedFindings = new Set(
          pendingQuestions[pendingQuestions.length - 1]?.claims.findingKey ?? [],
        );
        const limitedYes =
          read === 'no' &&
          isLimitedNo(sentence.text, (askedTokens ?? []).map((token) => token.text).join(' ')) &&
          !claims.findingKey.some((key) => key !== undefined && askedFindings.has(key));
        const answer =
          limitedYes ||
          (read === 'no' &&
            askedTokens !== undefined &&
            namesAllergyException(sentence.text, claims, askedTokens))
            ? 'yes'
            : read;
        // A reply opening with a plain yes or no ("Nei, …") rather than a denied finding ("Ikkje …").
        const answerWord = reversedNo || answerWordOpening.test(sentence.text);
        if (answer !== 'unclear') {
          // Only the last question of a turn is answered, and the one before when the last is a
          // short list spelling it out ("Har du hatt blødninger? Neseblod, blod i urinen?").
          let last = pendingQuestions[pendingQuestions.length - 1];
          const before = pendingQuestions[pendingQuestions.length - 2];
          // A reply naming only the first question's finding answers that one ("Hoster hun?
          // Renner det fra øret?" "Litt hoste, ja. Ikke noe renner."); what follows answers the last.
          if (last !== undefined && before !== undefined && namesOnly(claims, before, last)) {
            last = before;
          }
          if (last !== undefined) {
            answerQuestion(last, claims, answer, answerWord);
            answers.set(last.unit, { answer, reply: unitIndex });
            answeredNow.push(last.polarity);
          }
          if (last !== undefined && before !== undefined && last !== before && last.length <= 8) {
            answerQuestion(before, claims, answer, answerWord);
            answers.set(before.unit, { answer, reply: unitIndex });
            answeredNow.push(before.polarity);
          }
        }
        pendingQuestions = [];
      }
    });
    if (!isClinician) pendingQuestions = [];
    // A two-part question answered "Nei, itj feber. Men æ bli litt tung i pusten": a finding the
    // rest of the turn states the other way is not answered by the opening yes or no.
    for (const unit of units.slice(firstOfTurn + 1))
      if (contrastOpeners.has(unit.tokens[0]?.folded ?? ''))
        for (const [key, present] of unit.polarity)
          for (const asked of answeredNow)
            if (present && asked.get(key) === false) asked.delete(key);
    // A correction later in the turn takes back what the turn said before it about the same finding,
    // side or kind of number ("høyre, nei vent, venstre"; "tre ganger, jeg mener fire ganger").
    if (correctionAt >= 0) {
      const turn = units.slice(firstOfTurn);
      // The correction may start inside a sentence ("Eller, jeg mener fire ganger om dagen.").
      const later = turn.filter((unit) => unit.end > correctionAt);
      const corrections = later.flatMap((unit) =>
        unit.claims.quantities.filter((quantity) => quantity.start >= correctionAt),
      );
      // Taken back: earlier numbers with the unit the correction gives, or about the same measure
      // or drug ("vekten er nittifire kilo, nei vent, nittito" leaves other measures alone).
      const laterUnits = new Set(
        corrections.flatMap((quantity) => (quantity.unit === undefined ? [] : [quantity.unit])),
      );
      const laterSubjects = new Set(
        corrections.flatMap((quantity) =>
          quantity.unit === undefined && quantity.subject !== undefined ? [quantity.subject] : [],
        ),
      );
      const isTakenBack = (quantity: Quantity): boolean =>
        quantity.unit === undefined
          ? quantity.subject !== undefined && laterSubjects.has(quantity.subject)
          : laterUnits.has(quantity.unit);
      const laterHasSide = later.some((unit) =>
        unit.claims.sides.some((entry) => (unit.tokens[entry.token]?.start ?? 0) >= correctionAt),
      );
      turn.forEach((unit, offset) => {
        if (unit.end > correctionAt) return;
        units[firstOfTurn + offset] = {
          ...unit,
          claims: {
            ...unit.claims,
            sides: laterHasSide ? [] : unit.claims.sides,
            quantities: unit.claims.quantities.map((quantity) =>
              isTakenBack(quantity) ? { ...quantity, retracted: true } : quantity,
            ),
          },
        };
      });
      const corrected = new Set(
        turn
          .filter((unit) => unit.start >= correctionAt)
          .flatMap((unit) => [...unit.polarity.keys()]),
      );
      for (const unit of turn) {
        if (unit.end > correctionAt) continue;
        const polarity = unit.polarity as Map<string, boolean>;
        for (const key of corrected) polarity.delete(key);
      }
    }
  });

  const words = new Set<string>();
  const namedTimes = new Set<string>();
  for (const unit of units) for (const named of unit.claims.namedTimes) namedTimes.add(named);
  // (Each distinct word once: what it adds depends on its text alone, as `tokenize` folds it.)
  const wordsSeen = new Set<string>();
  for (const unit of units)
    for (const token of unit.tokens) {
      if (wordsSeen.has(token.text)) continue;
      wordsSeen.add(token.text);
      words.add(token.folded);
      // Said in nynorsk or dialect, it counts as said in bokmål too ("augebotnen": "øyebunnen").
      const bokmal = toBokmalSpelling(token.text);
      if (bokmal !== token.text.toLowerCase()) words.add(foldText(bokmal));
      // The parts of a hyphenated word count as said ("ST-hevning": "hevning").
      if (token.folded.includes('-'))
        for (const part of token.folded.split('-')) if (part.length > 0) words.add(part);
    }
  const bySubject = new Map<QuantitySubject, Quantity[]>();
  for (const unit of units)
    for (const quantity of unit.claims.quantities) {
      if (quantity.subject === undefined || quantity.retracted) continue;
      const list = bySubject.get(quantity.subject) ?? [];
      list.push(quantity);
      bySubject.set(quantity.subject, list);
    }
  const bySubstance = new Map<string, number[]>();
  const allSides: ('right' | 'left' | 'both')[] = [];
  const globalPolarity = new Map<string, { present: number; absent: number }>();
  // Per polarity key, the units stating it and how (in unit order): `polarityIn` reads a key's
  // units from here instead of every unit's polarities.
  const unitsByPolarityKey = new Map<string, { unit: number; isPresent: boolean }[]>();
  units.forEach((unit, unitIndex) => {
    for (const substance of unit.claims.substances) {
      const list = bySubstance.get(substance) ?? [];
      list.push(unitIndex);
      bySubstance.set(substance, list);
    }
    for (const entry of unit.claims.sides) allSides.push(entry.side);
    for (const [key, isPresent] of unit.polarity) {
      const counts = globalPolarity.get(key) ?? { present: 0, absent: 0 };
      if (isPresent) counts.present += 1;
      else counts.absent += 1;
      globalPolarity.set(key, counts);
      const stating = unitsByPolarityKey.get(key);
      if (stating === undefined) unitsByPolarityKey.set(key, [{ unit: unitIndex, isPresent }]);
      else stating.push({ unit: unitIndex, isPresent });
    }
  });
  const occurrenceMemo = new Map<string, readonly Occurrence[]>();
  const mentioningMemo = new Map<string, UnitsMentioning>();
  const polarityKeysByBucket = new Map<string, string[]>();
  for (const key of globalPolarity.keys()) {
    const list = polarityKeysByBucket.get(bucketKey(key)) ?? [];
    list.push(key);
    polarityKeysByBucket.set(bucketKey(key), list);
  }

  // Per key asked, the units whose polarities count for it (the key itself, or a stem it matches),
  // with how often they state it present and absent: most units state nothing about a key.
  const polarityByUnitMemo = new Map<string, Map<number, { present: number; absent: number }>>();
  const polarityByUnit = (key: string): Map<number, { present: number; absent: number }> => {
    const known = polarityByUnitMemo.get(key);
    if (known !== undefined) return known;
    const found = new Map<number, { present: number; absent: number }>();
    // (A key matches only keys of its own bucket, as in `polarityEverywhere`.)
    for (const candidate of polarityKeysByBucket.get(bucketKey(key)) ?? []) {
      if (
        candidate !== key &&
        (candidate.startsWith('c') || key.startsWith('c') || !stemsMatch(candidate, key))
      )
        continue;
      for (const { unit, isPresent } of unitsByPolarityKey.get(candidate) ?? []) {
        let counts = found.get(unit);
        if (counts === undefined) {
          counts = { present: 0, absent: 0 };
          found.set(unit, counts);
        }
        if (isPresent) counts.present += 1;
        else counts.absent += 1;
      }
    }
    polarityByUnitMemo.set(key, found);
    return found;
  };

  const unitsStatingMemo = new Map<string, readonly number[]>();

  const occurrencesOf = (key: string): readonly Occurrence[] => {
    // Kept per key: every sentence of a note, and every re-verification, asks for the same words.
    const known = occurrenceMemo.get(key);
    if (known !== undefined) return known;
    let found: readonly Occurrence[];
    if (/^c\d+$/.test(key)) found = byKey.get(key) ?? [];
    else {
      const list: Occurrence[] = [...(byKey.get(key) ?? [])];
      for (const candidate of byBucket.get(bucketKey(key)) ?? []) {
        if (candidate !== key && stemsMatch(candidate, key))
          list.push(...(byKey.get(candidate) ?? []));
      }
      found = list;
    }
    occurrenceMemo.set(key, found);
    return found;
  };

  return {
    units,
    substances,
    namedTimes,
    sides: allSides,
    answerTo(unit) {
      return answers.get(unit)?.answer;
    },
    replyTo(unit) {
      return answers.get(unit)?.reply;
    },
    words,
    quantitiesAbout(subject) {
      return bySubject.get(subject) ?? [];
    },
    unitsWithSubstance(substance) {
      return bySubstance.get(substance) ?? [];
    },
    unitsStating(key) {
      const known = unitsStatingMemo.get(key);
      if (known !== undefined) return known;
      const found = [...polarityByUnit(key).keys()].sort((left, right) => left - right);
      unitsStatingMemo.set(key, found);
      return found;
    },
    polarityEverywhere(key) {
      let present = 0;
      let absent = 0;
      for (const candidate of polarityKeysByBucket.get(bucketKey(key)) ?? []) {
        if (
          candidate !== key &&
          (candidate.startsWith('c') || key.startsWith('c') || !stemsMatch(candidate, key))
        )
          continue;
        const counts = globalPolarity.get(candidate);
        present += counts?.present ?? 0;
        absent += counts?.absent ?? 0;
      }
      return { present, absent };
    },
    unitsMentioning(key) {
      const known = mentioningMemo.get(key);
      if (known !== undefined) return known;
      const patient = new Set<number>();
      const other = new Set<number>();
      const advised = new Set<number>();
      const notAdvised = new Set<number>();
      for (const occurrence of occurrencesOf(key)) {
        (occurrence.aboutOther ? other : patient).add(occurrence.unit);
        if (!occurrence.aboutOther)
          (occurrence.advised ? advised : notAdvised).add(occurrence.unit);
      }
      const found: UnitsMentioning = {
        patient: [...patient].sort((left, right) => left - right),
        other: [...other].sort((left, right) => left - right),
        advised: [...advised].filter((unit) => !notAdvised.has(unit)),
      };
      mentioningMemo.set(key, found);
      return found;
    },
    occurrencesOf,
    unitsWithNumber(value) {
      return numbers.get(value) ?? [];
    },
    polarityIn(key, unitIndices) {
      let present = 0;
      let absent = 0;
      const byUnit = polarityByUnit(key);
      if (byUnit.size === 0) return { present, absent };
      for (const unitIndex of unitIndices) {
        const counts = byUnit.get(unitIndex);
        if (counts === undefined) continue;
        present += counts.present;
        absent += counts.absent;
      }
      return { present, absent };
    },
  };
}
