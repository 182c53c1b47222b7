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

/**
 * Reads one JSON line and detects its identifiers with `options`; `isConsultationNamePart`, when
 * given, answers for the vault. Otherwise (a worker thread) the name parts in `knownNameParts`
 * are answered yes — the vault already knew them when the line was sent, and never forgets one —
 * and every other question is answered no and recorded.
 */
export function detectDeidLine(
  line: string,
  options: Omit<DetectOptions, 'isConsultationNamePart'>,
  isConsultationNamePart?: (lower: string) => boolean,
  knownNameParts?: ReadonlySet<string>,
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
      detected: detectIdentifiers(
        asRawText(parsed.data.text),
        withNamePartAnswer(options, isConsultationNamePart),
      ),
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
