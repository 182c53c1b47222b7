import { z } from 'zod';
import { asRawText } from '../core/index.js';
import { detectIdentifiers, type DetectOptions } from './detect-identifiers.js';
import type { DetectedEntity } from './types.js';

const lineSchema = z.object({ id: z.string().max(1000), text: z.string() });

/** No words asked about: shared by every line that asked none. */
const noNameParts: readonly string[] = Object.freeze([]);

/** Longest accepted input line (characters); longer lines get an error line. */
export const maxDeidLineLength = 32 * 1024 * 1024;

/** One input line of `referent deid`, read and with its identifiers detected. */
export type DeidLine =
  | { readonly kind: 'error'; readonly id: string | null; readonly error: string }
  | {
      readonly kind: 'detected';
      readonly id: string;
      readonly text: string;
      readonly detected: readonly DetectedEntity[];
      /**
       * The words detection asked the vault about ("is this a name part of the consultation?")
       * and was told no. If the vault knows one of them by the time the line's surrogates are
       * made, the line is detected again (see `runDeidStream`).
       */
      readonly askedNameParts: readonly string[];
    };

/**
 * True for exactly the values `lineSchema` accepts as they are (a JSON object with a string `id`
 * of at most 1,000 characters and a string `text`): checked without zod, since nearly every line
 * is one. Anything else goes through `lineSchema`, which words the error.
 */
function isWellFormedLine(value: unknown): value is z.infer<typeof lineSchema> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const line = value as { readonly id?: unknown; readonly text?: unknown };
  return typeof line.id === 'string' && line.id.length <= 1000 && typeof line.text === 'string';
}

function describe(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((issue) => issue.path.join('.') || 'line'))];
  return `expected an object with a string "id" and a string "text" (problem with: ${fields.join(', ')})`;
}

/** The options of the last line asked with a vault's answer, kept: one object, not one a line. */
let lastOptions: Omit<DetectOptions, 'isConsultationNamePart'> | undefined;
let lastAnswer: ((lower: string) => boolean) | undefined;
let lastMerged: DetectOptions | undefined;

function withNamePartAnswer(
  options: Omit<DetectOptions, 'isConsultationNamePart'>,
  isConsultationNamePart: (lower: string) => boolean,
): DetectOptions {
  if (
    lastMerged === undefined ||
    options !== lastOptions ||
    isConsultationNamePart !== lastAnswer
  ) {
    lastOptions = options;
    lastAnswer = isConsultationNamePart;
    lastMerged = { ...options, isConsultationNamePart };
  }
  return lastMerged;
}

/** A line text's detection, and the vault's answer to each name part it asked about, in order. */
interface MemoEntry {
  readonly detected: readonly DetectedEntity[];
  readonly asked: readonly string[];
  readonly answers: readonly boolean[];
}

/**
 * Detection of the line texts seen earlier in one `referent deid` stream, made with
 * `createDeidLineMemo` and used by `detectDeidLine` on the stream's own thread.
 */
export interface DeidLineMemo {
  /**
   * `detectIdentifiers(text, { ...options, isConsultationNamePart })`: taken from the memo when
   * this text was detected before and the vault answers every name part that detection asked
   * about as it did then, otherwise detected now (and remembered).
   */
  detect(
    text: string,
    options: Omit<DetectOptions, 'isConsultationNamePart'>,
    isConsultationNamePart: (lower: string) => boolean,
  ): readonly DetectedEntity[];
}

/** Bounds of a `DeidLineMemo`: it is emptied when either would be passed. */
export interface DeidLineMemoLimits {
  readonly maxTexts: number;
  readonly maxCharacters: number;
}

const defaultMemoLimits: DeidLineMemoLimits = { maxTexts: 20_000, maxCharacters: 4 * 1024 * 1024 };

/**
 * A memo of line texts for one stream (issue 10: a batch of notes repeats many lines —
 * headings, signatures, template sentences). Detection of a text depends on the stream only
 * through the vault's answers to `isConsultationNamePart` (the same fact the worker threads rely
 * on, see `runDeidStream`); every word asked and its answer is kept with the text, and a repeat is
 * served only when each is answered the same again, so the result is the one detecting again
 * would give. Bounded by `limits`, emptied when full, and dropped with the stream.
 */
export function createDeidLineMemo(limits: DeidLineMemoLimits = defaultMemoLimits): DeidLineMemo {
  const entries = new Map<string, MemoEntry>();
  let characters = 0;
  // One recording answer for every line, so `withNamePartAnswer` keeps one options object.
  let answerOf: (lower: string) => boolean = () => false;
  let asked: string[] = [];
  let answers: boolean[] = [];
  const recording = (lower: string): boolean => {
    const yes = answerOf(lower);
    asked.push(lower);
    answers.push(yes);
    return yes;
  };
  return {
    detect(text, options, isConsultationNamePart) {
      const entry = entries.get(text);
      if (
        entry !== undefined &&
        entry.asked.every((word, index) => isConsultationNamePart(word) === entry.answers[index])
      )
        return entry.detected;
      answerOf = isConsultationNamePart;
      asked = [];
      answers = [];
      const detected = detectIdentifiers(asRawText(text), withNamePartAnswer(options, recording));
      if (entry === undefined) {
        if (entries.size >= limits.maxTexts || characters + text.length > limits.maxCharacters) {
          entries.clear();
          characters = 0;
        }
        if (text.length > limits.maxCharacters) return detected;
        characters += text.length;
      }
      entries.set(text, { detected, asked, answers });
      return detected;
    },
  };
}

/**
 * Reads one JSON line and detects its identifiers with `options`; `isConsultationNamePart`, when
 * given, answers for the vault (through `memo`, when given, for a text seen before). Otherwise (a worker thread) the name parts in `knownNameParts`
 * are answered yes — the vault already knew them when the line was sent, and never forgets one —
 * and every other question is answered no and recorded.
 */
export function detectDeidLine(
  line: string,
  options: Omit<DetectOptions, 'isConsultationNamePart'>,
  isConsultationNamePart?: (lower: string) => boolean,
  knownNameParts?: ReadonlySet<string>,
  memo?: DeidLineMemo,
): DeidLine {
  if (line.length > maxDeidLineLength)
    return {
      kind: 'error',
      id: null,
      error: `line is longer than ${maxDeidLineLength} characters`,
    };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'error', id: null, error: 'line is not valid JSON' };
  }
  const parsed = isWellFormedLine(value)
    ? { success: true as const, data: value }
    : lineSchema.safeParse(value);
  if (!parsed.success) {
    const id =
      typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
        ? value.id
        : null;
    return { kind: 'error', id, error: describe(parsed.error) };
  }
  if (isConsultationNamePart !== undefined)
    return {
      kind: 'detected',
      id: parsed.data.id,
      text: parsed.data.text,
      detected:
        memo === undefined
          ? detectIdentifiers(
              asRawText(parsed.data.text),
              withNamePartAnswer(options, isConsultationNamePart),
            )
          : memo.detect(parsed.data.text, options, isConsultationNamePart),
      askedNameParts: noNameParts,
    };
  const asked = new Set<string>();
  const detected = detectIdentifiers(asRawText(parsed.data.text), {
    ...options,
    isConsultationNamePart: (lower) => {
      if (knownNameParts?.has(lower) === true) return true;
      asked.add(lower);
      return false;
    },
  });
  return {
    kind: 'detected',
    id: parsed.data.id,
    text: parsed.data.text,
    detected,
    askedNameParts: asked.size === 0 ? noNameParts : [...asked],
  };
}
