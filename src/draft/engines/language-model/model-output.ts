import { z } from 'zod';
import { codeSystems, type Evidence, type TemplateDefinition } from '../../../core/index.js';
import type {
  DrafterDiagnosis,
  DrafterOutput,
  DrafterSection,
  DrafterSentence,
} from '../../drafter.js';
import type { TranscriptPart, TranscriptSlice } from './transcript-part.js';

/** Bounds that keep grammar-constrained generation finite (used by engines that enforce them). */
export interface OutputBounds {
  readonly maxSentencesPerSection: number;
  readonly maxSentenceLength: number;
  readonly maxEvidencePerSentence: number;
  readonly maxDiagnoses: number;
}

export const defaultOutputBounds: OutputBounds = {
  maxSentencesPerSection: 20,
  maxSentenceLength: 400,
  maxEvidencePerSentence: 6,
  maxDiagnoses: 8,
};

/** A JSON Schema value, as sent to servers and grammar compilers. */
export type JsonSchema = { readonly [key: string]: JsonSchemaValue };
type JsonSchemaValue = string | number | boolean | null | readonly JsonSchemaValue[] | JsonSchema;

/**
 * The JSON Schema of the answer, in the subset OpenAI's strict structured outputs accept (every
 * property required, no additional properties, no length bounds).
 */
export function createStrictOutputJsonSchema(template: TemplateDefinition): JsonSchema {
  const evidence = {
    type: 'array',
    items: {
      type: 'object',
      properties: { segment: { type: 'integer' } },
      required: ['segment'],
      additionalProperties: false,
    },
  };
  return {
    type: 'object',
    properties: {
      sections: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            key: { type: 'string', enum: template.sections.map((section) => section.key) },
            sentences: {
              type: 'array',
              items: {
                type: 'object',
                properties: { text: { type: 'string' }, evidence },
                required: ['text', 'evidence'],
                additionalProperties: false,
              },
            },
          },
          required: ['key', 'sentences'],
          additionalProperties: false,
        },
      },
      diagnoses: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            system: { type: 'string', enum: [template.codeSystem] },
            code: { type: 'string' },
            text: { type: 'string' },
            evidence,
          },
          required: ['system', 'code', 'text', 'evidence'],
          additionalProperties: false,
        },
      },
    },
    required: ['sections', 'diagnoses'],
    additionalProperties: false,
  };
}

/**
 * The JSON Schema for grammar-constrained generation: every template section in template order
 * (fixed by `prefixItems` and a `const` key), and bounds on every array and string so a weak model
 * cannot generate forever.
 */
export function createBoundedOutputJsonSchema(
  template: TemplateDefinition,
  bounds: OutputBounds = defaultOutputBounds,
): JsonSchema {
  const evidence = {
    type: 'array',
    maxItems: bounds.maxEvidencePerSentence,
    items: { type: 'object', properties: { segment: { type: 'integer' } } },
  };
  const sentences = {
    type: 'array',
    maxItems: bounds.maxSentencesPerSection,
    items: {
      type: 'object',
      properties: {
        text: { type: 'string', minLength: 1, maxLength: bounds.maxSentenceLength },
        evidence,
      },
    },
  };
  return {
    type: 'object',
    properties: {
      sections: {
        type: 'array',
        prefixItems: template.sections.map((section) => ({
          type: 'object',
          properties: { key: { const: section.key }, sentences },
        })),
        minItems: template.sections.length,
        maxItems: template.sections.length,
      },
      diagnoses: {
        type: 'array',
        maxItems: bounds.maxDiagnoses,
        items: {
          type: 'object',
          properties: {
            system: { const: template.codeSystem },
            code: { type: 'string', minLength: 1, maxLength: 12 },
            text: { type: 'string', maxLength: 120 },
            evidence,
          },
        },
      },
    },
  };
}

// Lenient schemas of the model's answer (conventions §11: external responses lenient, only the
// fields we use). Items are validated one by one so one bad sentence does not sink the draft.
const answerSchema = z.object({
  sections: z.array(z.unknown()),
  diagnoses: z.array(z.unknown()).nullish(),
});
const evidenceItemSchema = z.union([
  z.number().int(),
  z.object({
    segment: z.number().int(),
    start: z.number().int().nullish(),
    end: z.number().int().nullish(),
  }),
]);
const evidenceListSchema = z.array(z.unknown()).nullish();
const sentenceSchema = z.union([
  z.string(),
  z.object({ text: z.string(), evidence: evidenceListSchema }),
]);
const sectionSchema = z.object({ key: z.string(), sentences: z.array(z.unknown()).nullish() });
const diagnosisSchema = z.object({
  system: z.string(),
  code: z.string(),
  text: z.string().nullish(),
  evidence: evidenceListSchema,
});

/** Why a model answer could not be used. */
export type ModelOutputProblem = 'invalid-json' | 'schema-mismatch';

export type ParseModelOutputResult =
  | { readonly success: true; readonly output: DrafterOutput }
  | { readonly success: false; readonly problem: ModelOutputProblem };

const maximumSentenceLength = 2_000;

/**
 * Parses a model's answer for one part into the drafter's output shape: sections in template order
 * (every key present), sentences trimmed, evidence hints mapped to global segment indices and
 * spans, hints that point outside the part dropped, diagnoses with an unknown code system or an
 * implausible code dropped. Tolerates a Markdown code fence or text around the JSON object.
 */
export function parseModelOutput(options: {
  readonly text: string;
  readonly template: TemplateDefinition;
  readonly part: TranscriptPart;
}): ParseModelOutputResult {
  const json = tryParseJsonObject(options.text);
  if (json === undefined) return { success: false, problem: 'invalid-json' };
  const answer = answerSchema.safeParse(json);
  if (!answer.success) return { success: false, problem: 'schema-mismatch' };

  const slicesBySegment = new Map<number, TranscriptSlice[]>();
  for (const slice of options.part.slices) {
    const list = slicesBySegment.get(slice.segment) ?? [];
    list.push(slice);
    slicesBySegment.set(slice.segment, list);
  }
  const toEvidence = (items: readonly unknown[] | null | undefined): Evidence[] => {
    const result: Evidence[] = [];
    for (const item of items ?? []) {
      const parsed = evidenceItemSchema.safeParse(item);
      if (!parsed.success) continue;
      const hint = typeof parsed.data === 'number' ? { segment: parsed.data } : parsed.data;
      const evidence = toGlobalEvidence(slicesBySegment.get(hint.segment), hint.start, hint.end);
      if (
        evidence !== undefined &&
        !result.some((existing) => isSameEvidence(existing, evidence))
      ) {
        result.push(evidence);
      }
    }
    return result;
  };

  const sentencesByKey = new Map<string, DrafterSentence[]>(
    options.template.sections.map((section) => [section.key, []]),
  );
  let recognisedSections = 0;
  for (const item of answer.data.sections) {
    const section = sectionSchema.safeParse(item);
    if (!section.success) continue;
    const target = sentencesByKey.get(section.data.key.trim());
    if (target === undefined) continue;
    recognisedSections += 1;
    for (const rawSentence of section.data.sentences ?? []) {
      const sentence = sentenceSchema.safeParse(rawSentence);
      if (!sentence.success) continue;
      const value =
        typeof sentence.data === 'string' ? { text: sentence.data, evidence: [] } : sentence.data;
      const text = value.text.replace(/\s+/gu, ' ').trim().slice(0, maximumSentenceLength);
      if (text === '') continue;
      target.push({ text, evidence: toEvidence(value.evidence) });
    }
  }
  if (recognisedSections === 0 && answer.data.sections.length > 0) {
    return { success: false, problem: 'schema-mismatch' };
  }

  const diagnoses: DrafterDiagnosis[] = [];
  for (const item of answer.data.diagnoses ?? []) {
    const diagnosis = diagnosisSchema.safeParse(item);
    if (!diagnosis.success) continue;
    const system = codeSystems.find(
      (candidate) => candidate === diagnosis.data.system.trim().toUpperCase(),
    );
    const code = diagnosis.data.code.trim().toUpperCase();
    if (system === undefined || !/^[A-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?$/u.test(code)) continue;
    const text = diagnosis.data.text?.replace(/\s+/gu, ' ').trim() ?? '';
    diagnoses.push({
      system,
      code,
      ...(text === '' ? {} : { text }),
      evidence: toEvidence(diagnosis.data.evidence),
    });
  }

  const sections: DrafterSection[] = options.template.sections.map((section) => ({
    key: section.key,
    sentences: sentencesByKey.get(section.key) ?? [],
  }));
  return { success: true, output: { sections, diagnoses, warnings: [] } };
}

/** JSON.parse guarded for untrusted text; accepts an object wrapped in a code fence or prose. */
function tryParseJsonObject(text: string): unknown {
  const candidates = [text.trim()];
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first !== -1 && last > first) candidates.push(text.slice(first, last + 1));
  for (const candidate of candidates) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
    } catch {
      // Not JSON; try the next candidate.
    }
  }
  return undefined;
}

function toGlobalEvidence(
  slices: readonly TranscriptSlice[] | undefined,
  start: number | null | undefined,
  end: number | null | undefined,
): Evidence | undefined {
  if (slices === undefined || slices.length === 0) return undefined;
  if (typeof start === 'number' && typeof end === 'number') {
    const slice = slices.find(
      (candidate) => start >= 0 && start < end && end <= candidate.text.length,
    );
    if (slice !== undefined) {
      return { segment: slice.segment, start: slice.offset + start, end: slice.offset + end };
    }
  }
  // Without usable offsets the hint is the whole stretch of the segment the model saw.
  const firstSlice = slices[0];
  const lastSlice = slices.at(-1);
  if (firstSlice === undefined || lastSlice === undefined) return undefined;
  return {
    segment: firstSlice.segment,
    start: firstSlice.offset,
    end: lastSlice.offset + lastSlice.text.length,
  };
}

function isSameEvidence(left: Evidence, right: Evidence): boolean {
  return left.segment === right.segment && left.start === right.start && left.end === right.end;
}
