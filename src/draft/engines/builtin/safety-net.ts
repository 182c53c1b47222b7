/*
 * The last pass over a finished draft (issue 12, item 5: safety-critical content is never
 * dropped). Rules earlier in the pipeline may leave out an opening story, a clause after "men så"
 * or a sentence they read as small talk; when such a sentence said by or about the patient
 * carried suicidal thoughts, pregnancy with bleeding, an allergy, an anticoagulant or a red flag,
 * and no statement of the draft says it, the pass adds it to the history in the note's register,
 * linked to the sentence as evidence. It only adds; it never removes or rewrites.
 *
 * "By or about the patient" is decided fail-closed, clause by clause: the patient's clause must
 * name the patient in the first person, a relative's clause must name the patient as "hun/han",
 * and a clause naming anyone else (mor, kona, datteren …) never counts. "Mor har blodpropp og
 * bruker Marevan" therefore never becomes the patient's anticoagulant.
 */
import type { Evidence, PseudonymizedTranscript, Speaker } from '../../../core/index.js';
import { splitSentences } from '../../../language/index.js';
import { normalizeSpokenNorwegian } from '../../language/spoken-norwegian.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';
import { applySpokenCorrections } from './corrections.js';
import { saysAllergy } from './safety-critical.js';
import {
  safetyLexicon,
  toLexiconPattern,
  toPhraseSource,
  type SafetyLexiconEntry,
} from './safety-lexicon.js';

/** A clause of a sentence with its place in the segment. */
interface Clause {
  readonly text: string;
  readonly sentence: string;
  readonly evidence: Evidence;
}

/** One kind of safety-critical content: how it is said, and how the note writes it. */
interface SafetyTopic {
  readonly name: string;
  /** The note's statement for a clause that says it, or undefined when the clause does not. */
  readonly toStatement: (clause: string, sentence: string) => string | undefined;
  /** Whether a drafted statement already says what `written` says. */
  readonly isRepresented: (drafted: string, written: string) => boolean;
}

const negated = /(?<![\p{L}])(?:ikke|ingen|aldri|nei|verken|uten)(?![\p{L}])/iu;

/*
 * What the net reads comes from the one safety lexicon (`safety-lexicon.ts`, entries marked
 * `safetyNet`); the clause guard of the compression rules reads the same list.
 */
const isNetEntry =
  (topic: SafetyLexiconEntry['topic']) =>
  (entry: SafetyLexiconEntry): boolean =>
    entry.safetyNet === true && entry.topic === topic;

const suicidalThought = toLexiconPattern(isNetEntry('suicidal'));

const pregnancyWords = safetyLexicon
  .filter(isNetEntry('pregnancy'))
  .flatMap((entry) => entry.phrases.map(toPhraseSource))
  .join('|');
const pregnancy = new RegExp(
  `(?:${pregnancyWords})(?: i (?:uke \\d+|(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)))?`,
  'iu',
);
const bleeding = /(?<![\p{L}])(?:blø\p{L}*|blødning\p{L}*)(?![\p{L}])/iu;

const allergyPhrase =
  /(?:er|var) allergisk (?:mot|for) ([\p{L}-]{3,})|(?:tåler|tålte) (?:ikke) ([\p{L}-]{3,})/iu;
const notAllergen = /^(?:det|den|noe|noen|sånt|slikt|ting|medisiner|mat)$/iu;

const anticoagulantNames = safetyLexicon
  .filter(isNetEntry('anticoagulant'))
  .flatMap((entry) => entry.phrases)
  .join('|');
const anticoagulant = new RegExp(
  `(?<![\\p{L}])(?:bruker|tar|går på|står på|får) (?!ikke)(?:\\p{L}+ )?(${anticoagulantNames})(?![\\p{L}])`,
  'iu',
);

/** Red flags said as the patient's own symptom, with the wording the note uses. */
const redFlags: readonly (readonly [RegExp, string])[] = safetyLexicon
  .filter(isNetEntry('red-flag'))
  .map((entry) => [toLexiconPattern((candidate) => candidate === entry), entry.noteWording ?? '']);

function sentenceCase(text: string): string {
  const trimmed = text.trim().replace(/[,;:]$/u, '');
  const end = /[.!?]$/u.test(trimmed) ? '' : '.';
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${end}`;
}

/** "Jeg har tenkt at …" → "har tenkt at …": the patient's first person out of a clause. */
function withoutFirstPerson(clause: string): string {
  return clause
    .replace(/^(?:og |men )?(?:så )?(?:jeg|vi) /iu, '')
    .replace(/(?<![\p{L}])(?:meg)(?![\p{L}])/giu, 'seg')
    .replace(/(?<![\p{L}])(?:mitt)(?![\p{L}])/giu, 'sitt')
    .trim();
}

const topics: readonly SafetyTopic[] = [
  {
    name: 'suicidal-thoughts',
    toStatement: (clause) => {
      const thought = suicidalThought.exec(clause);
      // A negation before the thought denies it ("Har ikke lyst til å dø", "aldri tenkt på å ta
      // livet mitt"); only "ikke noen vits i å leve" carries its negation inside the thought.
      if (thought === null || negated.test(clause.slice(0, thought.index))) return undefined;
      const said = withoutFirstPerson(clause.replace(/[.!?]$/u, ''));
      return `Suicidtanker: ${said.charAt(0).toLowerCase()}${said.slice(1)}.`;
    },
    isRepresented: (drafted) =>
      !/^(?:ingen|ikke|aldri|nei)(?![\p{L}])/iu.test(drafted) &&
      (suicidalThought.test(drafted) ||
        /suicid|selvmord|ta livet|livet sitt|å dø|dødsønsk|dødstank|leve lenger|vits i å leve/iu.test(
          drafted,
        )),
  },
  {
    name: 'pregnancy-with-bleeding',
    toStatement: (clause, sentence) => {
      const pregnant = pregnancy.exec(clause);
      if (pregnant === null || negated.test(clause)) return undefined;
      const bleedingClause = sentence
        .split(/,\s*|\s+(?=(?:men|og) så )/u)
        .find((part) => bleeding.test(part) && !negated.test(part));
      if (bleedingClause === undefined) return undefined;
      const when = /i (uke \d+|\p{L}+)$/iu.exec(pregnant[0])?.[1];
      const head =
        when === undefined
          ? 'Gravid.'
          : /^uke/iu.test(when)
            ? `Gravid ${when}.`
            : `Gravid, termin i ${when}.`;
      const bled = bleedingClause
        .replace(/^(?:men |og )?(?:så )?/iu, '')
        .replace(/^(?:begynte|begynner) det å /iu, 'begynt å ')
        .replace(/^(?:jeg|vi) /iu, '');
      return `${head} ${sentenceCase(bled)}`;
    },
    isRepresented: (drafted, written) =>
      /gravid|svanger|termin/iu.test(drafted) &&
      (bleeding.test(drafted) || !bleeding.test(written)),
  },
  {
    name: 'allergy',
    toStatement: (clause) => {
      const match = allergyPhrase.exec(clause);
      const allergen = match?.[1] ?? match?.[2];
      if (match === null || allergen === undefined || notAllergen.test(allergen)) return undefined;
      if (negated.test(clause.slice(0, match.index))) return undefined;
      return `CAVE ${allergen.toLowerCase()}.`;
    },
    isRepresented: (drafted, written) => {
      const allergen = /^CAVE (\S+)\.$/u.exec(written)?.[1];
      return (
        allergen !== undefined &&
        drafted.toLowerCase().includes(allergen) &&
        (saysAllergy(drafted) || /tåler ikke|allergi/iu.test(drafted))
      );
    },
  },
  {
    name: 'anticoagulant',
    toStatement: (clause) => {
      const match = anticoagulant.exec(clause);
      const drug = match?.[1];
      if (match === null || drug === undefined) return undefined;
      if (negated.test(clause.slice(0, match.index))) return undefined;
      return `Bruker ${drug.charAt(0).toUpperCase()}${drug.slice(1).toLowerCase()}.`;
    },
    isRepresented: (drafted, written) => {
      const drug = /^Bruker (\S+)\.$/u.exec(written)?.[1]?.toLowerCase();
      return drug !== undefined && drafted.toLowerCase().includes(drug);
    },
  },
  {
    name: 'red-flag',
    toStatement: (clause) => {
      const flag = redFlags.find(([pattern]) => pattern.test(clause));
      if (flag === undefined) return undefined;
      const [pattern, wording] = flag;
      const before = clause.slice(0, pattern.exec(clause)?.index ?? 0);
      if (negated.test(before)) return undefined;
      return wording;
    },
    isRepresented: (drafted, written) => {
      const key = written.toLowerCase().replace(/\.$/u, '').split(' ').pop() ?? '';
      return drafted.toLowerCase().includes(key.slice(0, 5));
    },
  },
];

/** Anyone but the patient: a clause naming them is never about the patient. */
const otherPerson =
  /(?<![\p{L}])(?:mor|moren|mora|far|faren|mamma|pappa|kona|kone|konen|mannen|ektemann\p{L}*|samboer\p{L}*|datter\p{L}*|dottera|sønn\p{L}*|bror\p{L}*|søster\p{L}*|bestemor|bestefar|onkel|tante|venn\p{L}*|venninne\p{L}*|kollega\p{L}*|naboen|de|dem|familien)(?![\p{L}])/iu;
const firstPerson = /(?<![\p{L}])(?:jeg|meg|min|mitt|mine|vi)(?![\p{L}])/iu;
const patientAsThirdPerson = /(?<![\p{L}])(?:hun|han)(?![\p{L}])/iu;

/** Whether the clause speaks about the patient (see the head comment). */
function isAboutPatient(clause: string, speaker: Speaker): boolean {
  if (otherPerson.test(clause)) return false;
  if (speaker === 'pasient') return firstPerson.test(clause) && !patientAsThirdPerson.test(clause);
  if (speaker === 'pårørende')
    return patientAsThirdPerson.test(clause) && !/(?<![\p{L}])jeg(?![\p{L}])/iu.test(clause);
  return false;
}

/** The clauses of a segment's sentences, in bokmål, with their place in the segment. */
function toClauses(segment: number, text: string): Clause[] {
  const clauses: Clause[] = [];
  // The spoken corrections as the draft applies them: an allergen or value taken back ("… mot
  // penicillin. Nei, vent, det var amoksicillin") is never added back (session 38j).
  const spans = applySpokenCorrections(
    splitSentences(text).map((span) => ({
      ...span,
      text: normalizeSpokenNorwegian(span.text, { dialect: true }),
    })),
  );
  for (const span of spans) {
    const sentence = span.text;
    const evidence: Evidence = { segment, start: span.start, end: span.end };
    for (const part of sentence.split(/,\s*|\s+(?=(?:men|og) så )/u))
      if (part.trim().length > 0) clauses.push({ text: part.trim(), sentence, evidence });
  }
  return clauses;
}

function toStatement(
  text: string,
  evidence: Evidence,
  speaker: Speaker,
  hasAdmissionInConversation: boolean,
): Statement {
  return {
    kind: 'history',
    text,
    evidence: [evidence],
    speaker,
    ...(speaker === 'pårørende' ? { byRelative: true } : {}),
    mentionsDrug: /^Bruker /u.test(text),
    isCourse: false,
    isAdmission: false,
    hasAdmissionInConversation,
  };
}

/**
 * Adds to the history each safety-critical statement said by or about the patient that the
 * finished draft does not say, linked to its evidence (see the head comment).
 */
export function safetyNet(
  analysis: ConversationAnalysis,
  transcript: PseudonymizedTranscript,
): ConversationAnalysis {
  const drafted = analysis.statements.flatMap((statement) =>
    statement.letterText === undefined ? [statement.text] : [statement.text, statement.letterText],
  );
  const added: Statement[] = [];
  const hasAdmission = analysis.statements.some(
    (statement) => statement.hasAdmissionInConversation,
  );
  transcript.segments.forEach((segment, index) => {
    if (segment.speaker !== 'pasient' && segment.speaker !== 'pårørende') return;
    for (const clause of toClauses(index, segment.text)) {
      if (!isAboutPatient(clause.text, segment.speaker)) continue;
      for (const topic of topics) {
        const written = topic.toStatement(clause.text, clause.sentence);
        if (written === undefined) continue;
        const known = [...drafted, ...added.map((statement) => statement.text)];
        if (known.some((text) => topic.isRepresented(text, written))) continue;
        added.push(toStatement(written, clause.evidence, segment.speaker, hasAdmission));
      }
    }
  });
  if (added.length === 0) return analysis;
  const statements = [...analysis.statements];
  for (const statement of added) {
    const segment = statement.evidence[0]?.segment ?? 0;
    const at = statements.findIndex((candidate) => (candidate.evidence[0]?.segment ?? 0) > segment);
    statements.splice(at === -1 ? statements.length : at, 0, statement);
  }
  return { ...analysis, statements };
}
