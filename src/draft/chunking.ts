import {
  InvalidInputError,
  slicePseudonymized,
  type Evidence,
  type PseudonymizedText,
  type PseudonymizedTranscript,
  type TemplateDefinition,
} from '../core/index.js';
import { splitWords } from '../language/index.js';
import type { DraftOptions, DrafterDiagnosis, DrafterOutput, DrafterSentence } from './drafter.js';
import type { PartPosition } from './engines/language-model/index.js';
import { summarizeDraftedParts } from './engines/language-model/draft-prompt.js';
import {
  isModelOutputError,
  type ModelOutputError,
} from './engines/language-model/model-output-error.js';
import {
  getSegmentRange,
  toTranscriptLine,
  type TranscriptPart,
  type TranscriptSlice,
} from './engines/language-model/transcript-part.js';

/**
 * Long consultations (design §4, issue 4): a transcript larger than the model's context is drafted
 * in overlapping parts by segment boundaries and the parts are merged, so nothing is cut off.
 */

/** Characters per token assumed for Norwegian text when no tokenizer is at hand (a cautious mean). */
export const charactersPerToken = 3.5;

/** Estimates the token count of text without a tokenizer. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / charactersPerToken);
}

export type CountTokens = (text: string) => number;

export interface SplitTranscriptOptions {
  /** Most tokens of numbered transcript lines one part may hold. */
  readonly maxPartTokens: number;
  /** Tokens of the previous part repeated at the start of the next, for context. Default 10 %. */
  readonly overlapTokens?: number;
  /** Default `estimateTokens`; the llama engine passes its tokenizer. */
  readonly countTokens?: CountTokens;
}

const minimumPartTokens = 24;

/**
 * Splits a transcript into parts that each fit `maxPartTokens`, by segment boundaries. A segment too
 * long for one part is cut into slices at sentence ends (else at spaces); slices keep the global
 * segment index and their offset in the segment. Empty segments are skipped. Consecutive parts
 * overlap by up to `overlapTokens` of whole slices.
 */
export function splitTranscript(
  transcript: PseudonymizedTranscript,
  options: SplitTranscriptOptions,
): TranscriptPart[] {
  const countTokens = options.countTokens ?? estimateTokens;
  const maxPartTokens = Math.floor(options.maxPartTokens);
  if (!(maxPartTokens >= minimumPartTokens)) {
    throw new RangeError(`maxPartTokens must be at least ${minimumPartTokens}`);
  }
  const overlapTokens = Math.max(0, Math.floor(options.overlapTokens ?? maxPartTokens / 10));
  const slices: { readonly slice: TranscriptSlice; readonly tokens: number }[] = [];
  transcript.segments.forEach((segment, index) => {
    if (segment.text.trim() === '') return;
    const whole: TranscriptSlice = {
      segment: index,
      speaker: segment.speaker,
      text: segment.text,
      offset: 0,
    };
    for (const slice of toFittingSlices(whole, maxPartTokens, countTokens)) {
      slices.push({ slice, tokens: countTokens(toTranscriptLine(slice)) + 1 });
    }
  });

  const parts: TranscriptPart[] = [];
  let current: { readonly slice: TranscriptSlice; readonly tokens: number }[] = [];
  let currentTokens = 0;
  for (const entry of slices) {
    if (current.length > 0 && currentTokens + entry.tokens > maxPartTokens) {
      parts.push({ slices: current.map((item) => item.slice) });
      // Carry the tail of the finished part into the next one, within the overlap budget and
      // leaving room for the slice that did not fit.
      const carried: typeof current = [];
      let carriedTokens = 0;
      for (let index = current.length - 1; index >= 0; index -= 1) {
        const candidate = current[index];
        if (candidate === undefined) break;
        const next = carriedTokens + candidate.tokens;
        if (
          next > overlapTokens ||
          next + entry.tokens > maxPartTokens ||
          carried.length + 1 >= current.length
        ) {
          break;
        }
        carried.unshift(candidate);
        carriedTokens = next;
      }
      current = carried;
      currentTokens = carriedTokens;
    }
    current.push(entry);
    currentTokens += entry.tokens;
  }
  if (current.length > 0) parts.push({ slices: current.map((item) => item.slice) });
  return parts;
}

/**
 * Halves a part (by slices, or a lone slice by its text) so each half can be drafted on its own;
 * undefined when the part is too small to split further.
 */
export function splitPartInHalves(
  part: TranscriptPart,
): readonly [TranscriptPart, TranscriptPart] | undefined {
  if (part.slices.length >= 2) {
    const middle = Math.ceil(part.slices.length / 2);
    return [{ slices: part.slices.slice(0, middle) }, { slices: part.slices.slice(middle) }];
  }
  const only = part.slices[0];
  if (only === undefined || only.text.length < 200) return undefined;
  const [first, second] = cutText(only.text, Math.ceil(only.text.length / 2));
  if (second === '') return undefined;
  return [
    { slices: [{ ...only, text: first }] },
    {
      slices: [{ ...only, text: second, offset: only.offset + first.length }],
    },
  ];
}

/** Drafts one part; the engine's half of `draftInParts`. */
export type DraftPart = (
  part: TranscriptPart,
  context: {
    readonly position: PartPosition;
    readonly signal?: AbortSignal;
    /** What earlier parts drafted (a running summary for the prompt); absent for the first part. */
    readonly summary?: string;
  },
) => Promise<DrafterOutput>;

export interface DraftInPartsOptions extends DraftOptions {
  readonly template: TemplateDefinition;
  readonly transcript: PseudonymizedTranscript;
  readonly maxPartTokens: number;
  readonly overlapTokens?: number;
  readonly countTokens?: CountTokens;
  readonly draftPart: DraftPart;
}

/**
 * Drafts a transcript in as many parts as its length needs and merges them.
 *
 * - A part whose answer was cut off (`truncated`) or did not fit (`part-too-large`) is split in
 *   two and drafted again, so long content is never silently dropped.
 * - A part the model cannot answer usably (invalid JSON after repair) is left out and the draft is
 *   marked partial with a Norwegian warning naming the segments missing; when no part succeeds the
 *   error is thrown.
 * - Endpoint failures (`EngineError` other than `ModelOutputError`) and cancellation are thrown.
 * - With more than one part the draft carries "Lang konsultasjon: utkastet er laget i N deler."
 * - `onProgress` gets `{done, total}` in parts before the first and after every part.
 */
export async function draftInParts(options: DraftInPartsOptions): Promise<DrafterOutput> {
  assertTranscriptHasText(options.transcript);
  const queue = splitTranscript(options.transcript, {
    maxPartTokens: options.maxPartTokens,
    ...(options.overlapTokens === undefined ? {} : { overlapTokens: options.overlapTokens }),
    ...(options.countTokens === undefined ? {} : { countTokens: options.countTokens }),
  });
  let total = queue.length;
  let done = 0;
  const drafted: DrafterOutput[] = [];
  const failed: { readonly part: TranscriptPart; readonly error: ModelOutputError }[] = [];
  options.onProgress?.({ done, total });

  while (queue.length > 0) {
    options.signal?.throwIfAborted();
    const part = queue.shift();
    if (part === undefined) break;
    const position: PartPosition = { partNumber: done + 1, partCount: total };
    // A running summary keeps later parts from repeating or contradicting earlier ones.
    const summary = drafted.length === 0 ? '' : summarizeDraftedParts(options.template, drafted);
    try {
      drafted.push(
        await options.draftPart(part, {
          position,
          ...(options.signal === undefined ? {} : { signal: options.signal }),
          ...(summary === '' ? {} : { summary }),
        }),
      );
    } catch (error) {
      if (!isModelOutputError(error)) throw error;
      const halves =
        error.failure === 'truncated' || error.failure === 'part-too-large'
          ? splitPartInHalves(part)
          : undefined;
      if (halves !== undefined) {
        queue.unshift(...halves);
        total += 1;
        options.onProgress?.({ done, total });
        continue;
      }
      failed.push({ part, error });
    }
    done += 1;
    options.onProgress?.({ done, total });
  }

  const firstFailure = failed[0];
  if (drafted.length === 0 && firstFailure !== undefined) throw firstFailure.error;
  const merged = mergePartDrafts(options.template, drafted);
  const warnings: string[] = [];
  if (total > 1) warnings.push(`Lang konsultasjon: utkastet er laget i ${total} deler.`);
  for (const { part } of failed) {
    const range = getSegmentRange(part);
    warnings.push(
      `Utkastet er ufullstendig: språkmodellen ga ikke et brukbart svar for segment ${range.first}–${range.last}, så det som ble sagt der, mangler i utkastet.`,
    );
  }
  return { ...merged, warnings: [...warnings, ...merged.warnings] };
}

/** Throws `InvalidInputError` for a transcript without any text (the drafter contract). */
export function assertTranscriptHasText(transcript: PseudonymizedTranscript): void {
  if (!transcript.segments.some((segment) => segment.text.trim() !== '')) {
    throw new InvalidInputError('transcript has no text to draft from', {
      userMessage: 'Transkriptet er tomt, så det er ikke noe å lage utkast fra.',
    });
  }
}

/**
 * Merges part drafts: sections in template order, sentences in part order with near-identical ones
 * (the overlap drafted twice) merged into the first and their evidence united, diagnoses
 * de-duplicated by code system and code, warnings de-duplicated.
 */
export function mergePartDrafts(
  template: TemplateDefinition,
  drafts: readonly DrafterOutput[],
): DrafterOutput {
  const sections = template.sections.map((templateSection) => {
    const sentences: DrafterSentence[] = [];
    for (const draft of drafts) {
      const section = draft.sections.find((candidate) => candidate.key === templateSection.key);
      for (const sentence of section?.sentences ?? []) {
        const duplicateIndex = sentences.findIndex((existing) =>
          isNearDuplicateSentence(existing.text, sentence.text),
        );
        const duplicate = sentences[duplicateIndex];
        if (duplicate === undefined) {
          sentences.push(sentence);
        } else {
          sentences[duplicateIndex] = {
            ...duplicate,
            evidence: uniteEvidence(duplicate.evidence, sentence.evidence),
          };
        }
      }
    }
    return { key: templateSection.key, sentences };
  });

  const diagnoses: DrafterDiagnosis[] = [];
  for (const draft of drafts) {
    for (const diagnosis of draft.diagnoses) {
      const duplicateIndex = diagnoses.findIndex(
        (existing) =>
          existing.system === diagnosis.system &&
          normalizeCode(existing.code) === normalizeCode(diagnosis.code),
      );
      const duplicate = diagnoses[duplicateIndex];
      if (duplicate === undefined) {
        diagnoses.push(diagnosis);
      } else {
        const evidence = uniteEvidence(duplicate.evidence, diagnosis.evidence);
        const text = duplicate.text ?? diagnosis.text;
        diagnoses[duplicateIndex] = {
          ...duplicate,
          ...(text === undefined ? {} : { text }),
          evidence,
        };
      }
    }
  }
  const warnings = [...new Set(drafts.flatMap((draft) => draft.warnings))];
  return { sections, diagnoses, warnings };
}

const negationWords = new Set([
  'ikke',
  'ingen',
  'intet',
  'inget',
  'aldri',
  'uten',
  'nei',
  'verken',
  'hverken',
  'benekter',
  'avkrefter',
  'negativ',
  'negative',
]);

/**
 * Two sentences say the same when their words overlap almost entirely (Jaccard ≥ 0.8) and they
 * carry the same numbers and the same negations — "Ingen feber." never merges with "Feber.".
 */
export function isNearDuplicateSentence(left: string, right: string): boolean {
  const leftWords = toWords(left);
  const rightWords = toWords(right);
  if (leftWords.length === 0 || rightWords.length === 0) return false;
  if (!haveSameMembers(numbersIn(left), numbersIn(right))) return false;
  const leftSet = new Set(leftWords);
  const rightSet = new Set(rightWords);
  const negationsLeft = [...leftSet].filter((word) => negationWords.has(word));
  const negationsRight = [...rightSet].filter((word) => negationWords.has(word));
  if (!haveSameMembers(negationsLeft, negationsRight)) return false;
  let shared = 0;
  for (const word of leftSet) if (rightSet.has(word)) shared += 1;
  return shared / (leftSet.size + rightSet.size - shared) >= 0.8;
}

function toWords(text: string): string[] {
  return splitWords(text.toLocaleLowerCase('nb'));
}

function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)?/gu)].map((match) => match[0].replace(',', '.'));
}

function haveSameMembers(left: readonly string[], right: readonly string[]): boolean {
  const leftSet = new Set(left);
  const rightSet = new Set(right);
  return leftSet.size === rightSet.size && [...leftSet].every((item) => rightSet.has(item));
}

function normalizeCode(code: string): string {
  return code.replace(/\s+/gu, '').toUpperCase();
}

function uniteEvidence(
  left: readonly Evidence[] | undefined,
  right: readonly Evidence[] | undefined,
): readonly Evidence[] {
  const result = [...(left ?? [])];
  for (const evidence of right ?? []) {
    const known = result.some(
      (existing) =>
        existing.segment === evidence.segment &&
        existing.start === evidence.start &&
        existing.end === evidence.end,
    );
    if (!known) result.push(evidence);
  }
  return result.sort(
    (first, second) => first.segment - second.segment || first.start - second.start,
  );
}

/** Cuts a segment that alone exceeds a part into slices that each fit. */
function toFittingSlices(
  slice: TranscriptSlice,
  maxPartTokens: number,
  countTokens: CountTokens,
): TranscriptSlice[] {
  const tokens = countTokens(toTranscriptLine(slice)) + 1;
  if (tokens <= maxPartTokens) return [slice];
  const overhead =
    countTokens(toTranscriptLine({ ...slice, text: slicePseudonymized(slice.text, 0, 0) })) + 1;
  const available = Math.max(1, maxPartTokens - overhead);
  const charactersPerCountedToken = slice.text.length / Math.max(1, tokens - overhead);
  const targetLength = Math.max(1, Math.floor(available * charactersPerCountedToken * 0.9));
  const [head, tail] = cutText(slice.text, Math.min(targetLength, slice.text.length - 1));
  if (head === '' || tail === '') {
    // Cannot cut (a single long "word"): hard cut in the middle.
    const middle = Math.ceil(slice.text.length / 2);
    return [
      ...toFittingSlices(
        { ...slice, text: slicePseudonymized(slice.text, 0, middle) },
        maxPartTokens,
        countTokens,
      ),
      ...toFittingSlices(
        {
          ...slice,
          text: slicePseudonymized(slice.text, middle),
          offset: slice.offset + middle,
        },
        maxPartTokens,
        countTokens,
      ),
    ];
  }
  return [
    ...toFittingSlices({ ...slice, text: head }, maxPartTokens, countTokens),
    ...toFittingSlices(
      { ...slice, text: tail, offset: slice.offset + head.length },
      maxPartTokens,
      countTokens,
    ),
  ];
}

/**
 * Cuts text at or before `limit`: after the last sentence end, else after the last space, else at
 * `limit`. The two pieces concatenate back to the text exactly (offsets stay right).
 */
function cutText(
  text: PseudonymizedText,
  limit: number,
): readonly [PseudonymizedText, PseudonymizedText] {
  if (limit >= text.length) return [text, slicePseudonymized(text, text.length)];
  const window = text.slice(0, limit);
  const minimum = Math.floor(limit / 3);
  let cut = -1;
  for (const match of window.matchAll(/[.!?…]\s+/gu)) {
    const end = match.index + match[0].length;
    if (end >= minimum) cut = end;
  }
  if (cut === -1) {
    const space = window.lastIndexOf(' ');
    if (space >= minimum) cut = space + 1;
  }
  if (cut === -1) cut = limit;
  return [slicePseudonymized(text, 0, cut), slicePseudonymized(text, cut)];
}
