import type { PseudonymizedTranscript } from '../../core/index.js';
import { splitSentences } from '../engines/builtin/split-sentences.js';
import { isConflictWord, synonymGroupOf } from '../language/clinical-terms.js';
import { findDrugMentions } from '../language/drug-names.js';
import { tokenize, type WordToken } from '../language/fold.js';
import { extractNumbers } from '../language/norwegian-numbers.js';
import { isContentWord, stemFolded, stemsMatch } from '../language/stem.js';
import { negatedWords } from './negation.js';

/** One sentence of the transcript: the unit evidence points at. */
export interface TranscriptUnit {
  readonly segment: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly WordToken[];
}

/** A content word's occurrence in the transcript. */
interface Occurrence {
  readonly unit: number;
  readonly start: number;
  readonly end: number;
}

export interface TranscriptIndex {
  readonly units: readonly TranscriptUnit[];
  /** Occurrences of a sentence word (by its stem, synonyms and compounds). */
  occurrencesOf(stemmed: string, folded: string): readonly Occurrence[];
  /** True when the transcript says this number (as digits or words). */
  hasNumber(value: number): boolean;
  /** Where the transcript says this number. */
  numberOccurrences(value: number): readonly Occurrence[];
  /** Substances named in the transcript (by any of their names). */
  readonly substances: ReadonlySet<string>;
  /** How often a finding word is stated as present and as absent (questions answered yes/no count). */
  polarityOf(stemmed: string): { readonly present: number; readonly absent: number };
}

const prefixLength = 5;

/** Sentences about what might happen, what to avoid or what to watch for; they assert nothing. */
export const hypotheticalCue =
  /(?<![\p{L}])(?:hvis|dersom|i tilfelle|faresignal\p{L}*|risiko\p{L}*|unngå|forebygg\p{L}*|kontakt\p{L}*|ring\p{L}*|ved behov)(?![\p{L}])/iu;

function bucketKey(stemmed: string): string {
  return stemmed.slice(0, prefixLength);
}

/**
 * Indexes a transcript once for verification: sentences with their spans, content-word stems,
 * numbers, drug names, and whether each finding is stated present or absent. A yes/no question
 * answered "nei" counts as the finding being absent ("Har du hatt feber?" "Nei.").
 */
export function createTranscriptIndex(transcript: PseudonymizedTranscript): TranscriptIndex {
  const units: TranscriptUnit[] = [];
  const byStem = new Map<string, Occurrence[]>();
  const byBucket = new Map<string, Set<string>>();
  const byGroup = new Map<number, Occurrence[]>();
  const numbers = new Map<number, Occurrence[]>();
  const substances = new Set<string>();
  const polarity = new Map<string, { present: number; absent: number }>();

  const countPolarity = (stemmed: string, isAbsent: boolean): void => {
    const entry = polarity.get(stemmed) ?? { present: 0, absent: 0 };
    if (isAbsent) entry.absent += 1;
    else entry.present += 1;
    polarity.set(stemmed, entry);
  };

  // The questions that end the clinician's last turn; the answer's yes or no applies to them all.
  let pendingQuestions: { tokens: readonly WordToken[]; negated: boolean[] }[] = [];
  transcript.segments.forEach((segment, segmentIndex) => {
    const text: string = segment.text;
    const sentences = splitSentences(text);
    const isClinician = segment.speaker === 'lege' || segment.speaker === 'sykepleier';
    sentences.forEach((sentence, sentenceIndex) => {
      const unitIndex = units.length;
      const tokens = tokenize(sentence.text).map((token) => ({
        ...token,
        start: token.start + sentence.start,
        end: token.end + sentence.start,
      }));
      units.push({ segment: segmentIndex, start: sentence.start, end: sentence.end, tokens });
      const negated = negatedWords(text, tokens);
      const isQuestion = /[?—]\s*$/u.test(sentence.text);
      // "Hvis du får hjertebank, …" speaks of what may come, not of what is.
      const isHypothetical = hypotheticalCue.test(sentence.text);
      tokens.forEach((token, tokenIndex) => {
        if (/^\d/.test(token.folded) || !isContentWord(token.folded)) return;
        const stemmed = stemFolded(token.folded);
        const occurrence = { unit: unitIndex, start: token.start, end: token.end };
        const list = byStem.get(stemmed) ?? [];
        list.push(occurrence);
        byStem.set(stemmed, list);
        const bucket = byBucket.get(bucketKey(stemmed)) ?? new Set<string>();
        bucket.add(stemmed);
        byBucket.set(bucketKey(stemmed), bucket);
        const group = synonymGroupOf(token.folded);
        if (group !== undefined) {
          const groupList = byGroup.get(group) ?? [];
          groupList.push(occurrence);
          byGroup.set(group, groupList);
        }
        if (!isQuestion && !isHypothetical && isConflictWord(token.folded))
          countPolarity(stemmed, negated[tokenIndex] === true);
      });
      for (const mention of extractNumbers(sentence.text)) {
        const list = numbers.get(mention.value) ?? [];
        list.push({
          unit: unitIndex,
          start: sentence.start + mention.start,
          end: sentence.start + mention.end,
        });
        numbers.set(mention.value, list);
      }
      for (const mention of findDrugMentions(tokens)) substances.add(mention.substance);
      // A yes/no answer gives the question's findings their polarity.
      if (isClinician) {
        if (isQuestion) pendingQuestions.push({ tokens, negated });
        else pendingQuestions = [];
      } else if (sentenceIndex === 0 && pendingQuestions.length > 0) {
        const answer = sentence.text.trim().toLowerCase();
        const isNo = /^(?:nei|neida|ingen|ingenting|aldri)(?![\p{L}])/u.test(answer);
        const isYes = /^(?:ja|jo|jada)(?![\p{L}])/u.test(answer);
        if (isNo || isYes) {
          for (const question of pendingQuestions) {
            question.tokens.forEach((token, tokenIndex) => {
              if (!isConflictWord(token.folded) || !isContentWord(token.folded)) return;
              const questionNegated = question.negated[tokenIndex] === true;
              countPolarity(stemFolded(token.folded), isNo !== questionNegated);
            });
          }
        }
        pendingQuestions = [];
      }
    });
    if (!isClinician) pendingQuestions = [];
  });

  return {
    units,
    substances,
    occurrencesOf(stemmed, folded) {
      const found: Occurrence[] = [...(byStem.get(stemmed) ?? [])];
      for (const candidate of byBucket.get(bucketKey(stemmed)) ?? []) {
        if (candidate !== stemmed && stemsMatch(candidate, stemmed))
          found.push(...(byStem.get(candidate) ?? []));
      }
      const group = synonymGroupOf(folded);
      if (group !== undefined) found.push(...(byGroup.get(group) ?? []));
      return found;
    },
    hasNumber(value) {
      return numbers.has(value);
    },
    numberOccurrences(value) {
      return numbers.get(value) ?? [];
    },
    polarityOf(stemmed) {
      let present = 0;
      let absent = 0;
      for (const candidate of byBucket.get(bucketKey(stemmed)) ?? []) {
        if (candidate !== stemmed && !stemsMatch(candidate, stemmed)) continue;
        const entry = polarity.get(candidate);
        if (entry === undefined) continue;
        present += entry.present;
        absent += entry.absent;
      }
      return { present, absent };
    },
  };
}
