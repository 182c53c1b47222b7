/**
 * The fault-injection evaluation of the verifier (issue 11 §8). A case is a consultation, a note
 * whose sentences are all true to it, and faults: one sentence of the note replaced by a wrong one.
 * The verifier runs on the correct note (a sentence with a `warning` or `error` flag is a false
 * flag) and once per fault with that sentence substituted (the fault is detected when that sentence
 * gets a `warning` or `error` flag).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  isActionableFlag,
  speakers,
  templateIds,
  unsafeAsPseudonymized,
  type Draft,
  type PseudonymizedTranscript,
} from '../../src/core/index.js';
import { getTemplate, verifyDraft, type DrafterOutput } from '../../src/draft/index.js';

/** The kinds of planted faults. */
export const faultKinds = [
  'dose',
  'frequency',
  'duration',
  'lab-value',
  'vital-sign',
  'laterality',
  'negation',
  'drug-not-mentioned',
  'invented-finding',
  'invented-diagnosis',
  'relative-as-patient',
  'wrong-date-or-age',
] as const;
export type FaultKind = (typeof faultKinds)[number];

const caseSchema = z.object({
  id: z.string().min(1),
  template: z.enum(templateIds),
  segments: z.array(z.object({ speaker: z.enum(speakers), text: z.string() })).min(1),
  note: z.object({
    sections: z.array(
      z.object({ key: z.string(), sentences: z.array(z.object({ text: z.string().min(1) })) }),
    ),
  }),
  faults: z.array(
    z.object({
      section: z.string(),
      sentence: z.number().int().min(0),
      kind: z.enum(faultKinds),
      text: z.string().min(1),
    }),
  ),
});
export type VerifyCase = z.infer<typeof caseSchema>;

/** The development cases (ours, readable, tuned on). */
export const devCasesDirectory = join(import.meta.dirname, 'cases');
/** The held-out cases (written by someone else; run, never read or tuned on). */
export const heldOutCasesDirectory = join(import.meta.dirname, 'heldout');

/** Reads and validates every `*.json` case in a directory; `undefined` when there is none. */
export function loadVerifyCases(directory: string): VerifyCase[] | undefined {
  if (!existsSync(directory)) return undefined;
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) return undefined;
  return files.map((name) => {
    const parsed = caseSchema.safeParse(JSON.parse(readFileSync(join(directory, name), 'utf8')));
    if (!parsed.success) throw new Error(`${name}: not a verifier case (${parsed.error.message})`);
    return parsed.data;
  });
}

function toTranscript(verifyCase: VerifyCase): PseudonymizedTranscript {
  return {
    segments: verifyCase.segments.map((segment) => ({
      speaker: segment.speaker,
      text: unsafeAsPseudonymized(segment.text),
    })),
  };
}

/** The case's note as drafter output, with one sentence replaced by a planted fault when given. */
export function toOutput(
  verifyCase: VerifyCase,
  replace?: { section: string; sentence: number; text: string },
): DrafterOutput {
  return {
    sections: verifyCase.note.sections.map((section) => ({
      key: section.key,
      sentences: section.sentences.map((sentence, index) => ({
        text:
          replace !== undefined && replace.section === section.key && replace.sentence === index
            ? replace.text
            : sentence.text,
      })),
    })),
    diagnoses: [],
    warnings: [],
  };
}

function sentenceOf(draft: Draft, section: string, index: number) {
  return draft.sections.find((candidate) => candidate.key === section)?.sentences[index];
}

/** One sentence's outcome, for reports. */
export interface SentenceOutcome {
  readonly caseId: string;
  readonly section: string;
  readonly sentence: number;
  readonly text: string;
  readonly kind?: FaultKind;
  readonly flags: readonly string[];
}

export interface VerifyEvaluation {
  readonly cases: number;
  readonly correctSentences: number;
  readonly falseFlags: readonly SentenceOutcome[];
  readonly faults: Readonly<Record<FaultKind, { detected: number; total: number }>>;
  readonly missed: readonly SentenceOutcome[];
  readonly detectedTotal: number;
  readonly faultTotal: number;
}

/** Runs the verifier over the cases and scores fault recall per kind and the false-flag rate. */
export function evaluateVerifier(cases: readonly VerifyCase[]): VerifyEvaluation {
  const faults = Object.fromEntries(
    faultKinds.map((kind) => [kind, { detected: 0, total: 0 }]),
  ) as Record<FaultKind, { detected: number; total: number }>;
  const falseFlags: SentenceOutcome[] = [];
  const missed: SentenceOutcome[] = [];
  let correctSentences = 0;
  const engine = { kind: 'builtin', model: 'eval' } as const;
  for (const verifyCase of cases) {
    const template = getTemplate(verifyCase.template);
    const transcript = toTranscript(verifyCase);
    const clean = verifyDraft({ template, transcript, output: toOutput(verifyCase), engine });
    for (const section of verifyCase.note.sections) {
      section.sentences.forEach((original, index) => {
        correctSentences += 1;
        const verified = sentenceOf(clean, section.key, index);
        const actionable = (verified?.flags ?? []).filter(isActionableFlag);
        if (actionable.length > 0)
          falseFlags.push({
            caseId: verifyCase.id,
            section: section.key,
            sentence: index,
            text: original.text,
            flags: actionable.map((flag) => `${flag.severity}:${flag.kind}: ${flag.message}`),
          });
      });
    }
    for (const fault of verifyCase.faults) {
      const draft = verifyDraft({
        template,
        transcript,
        output: toOutput(verifyCase, fault),
        engine,
      });
      const verified = sentenceOf(draft, fault.section, fault.sentence);
      const actionable = (verified?.flags ?? []).filter(isActionableFlag);
      faults[fault.kind].total += 1;
      if (actionable.length > 0) faults[fault.kind].detected += 1;
      else
        missed.push({
          caseId: verifyCase.id,
          section: fault.section,
          sentence: fault.sentence,
          text: fault.text,
          kind: fault.kind,
          flags: (verified?.flags ?? []).map((flag) => `${flag.severity}:${flag.kind}`),
        });
    }
  }
  const detectedTotal = faultKinds.reduce((sum, kind) => sum + faults[kind].detected, 0);
  const faultTotal = faultKinds.reduce((sum, kind) => sum + faults[kind].total, 0);
  return {
    cases: cases.length,
    correctSentences,
    falseFlags,
    faults,
    missed,
    detectedTotal,
    faultTotal,
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '  –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)} %`;
}

/** A plain-text report of one evaluation. */
export function formatEvaluation(title: string, evaluation: VerifyEvaluation): string {
  const lines = [
    `${title}: ${evaluation.cases} cases, ${evaluation.faultTotal} planted faults, ${evaluation.correctSentences} correct sentences`,
    `  fault recall (warning or error)   ${percent(evaluation.detectedTotal, evaluation.faultTotal)}  (${evaluation.detectedTotal}/${evaluation.faultTotal})`,
    `  false-flag rate                   ${percent(evaluation.falseFlags.length, evaluation.correctSentences)}  (${evaluation.falseFlags.length}/${evaluation.correctSentences})`,
    '  recall per kind:',
  ];
  for (const kind of faultKinds) {
    const { detected, total } = evaluation.faults[kind];
    lines.push(`    ${kind.padEnd(22)} ${percent(detected, total)}  (${detected}/${total})`);
  }
  return lines.join('\n');
}
