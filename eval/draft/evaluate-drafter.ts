import type { Drafter } from '../../src/draft/index.js';
import { getTemplate, verifyDraft } from '../../src/draft/index.js';
import {
  countWords,
  findNumbersNeverSaid,
  findRegisterViolations,
  isSafetyCriticalFact,
  isSafetyCriticalNegative,
  mentionsRelative,
  rougeL,
  type RegisterViolation,
} from './note-metrics.js';
import {
  scoreFacts,
  toPseudonymizedTranscript,
  type ConsultationCase,
} from '../../src/draft/testing/consultation-cases.js';

/** One consultation's result. */
export interface CaseResult {
  readonly id: string;
  readonly covered: number;
  readonly total: number;
  readonly missed: readonly string[];
  readonly sentences: number;
  readonly unsupported: number;
  /** The sentences the verifier could not support, with their flags. */
  readonly unsupportedSentences: readonly string[];
  /** Flag counts by kind. */
  readonly flags: Readonly<Record<string, number>>;
  readonly diagnoses: readonly string[];
  /** Draft words / reference-note words (undefined without a reference note). */
  readonly lengthRatio?: number;
  /** ROUGE-L F1 against the reference note. */
  readonly rougeL?: number;
  readonly registerViolations: readonly RegisterViolation[];
  readonly numbersNeverSaid: readonly number[];
  /** Drafted diagnoses that are a relative's condition. */
  readonly relativeDiagnoses: readonly string[];
  /** Safety-critical facts (suicide, allergy, anticoagulant, pregnancy, red flags) the draft missed. */
  readonly safetyMissed: readonly string[];
  /** Of those, the negatives ("ingen suicidale tanker"). */
  readonly safetyNegativesMissed: readonly string[];
  /** The drafted note as text, section by section. */
  readonly text: string;
  readonly draftMilliseconds: number;
  readonly verifyMilliseconds: number;
  readonly error?: string;
}

/** Drafts and verifies each case with the engine and scores fact coverage by the keyword rule. */
export async function evaluateDrafter(
  drafter: Drafter,
  cases: readonly ConsultationCase[],
  now: () => number = () => performance.now(),
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const consultation of cases) {
    const template = getTemplate(consultation.template);
    const transcript = toPseudonymizedTranscript(consultation);
    const started = now();
    try {
      const output = await drafter.draft({ template, transcript });
      const drafted = now();
      const draft = verifyDraft({ template, transcript, output, engine: drafter.info });
      const verified = now();
      const text = draft.sections.map((section) => section.text).join('\n');
      const score = scoreFacts(text, consultation.facts);
      const sentences = draft.sections.flatMap((section) => section.sentences);
      const reference =
        consultation.reference_note === undefined
          ? undefined
          : Object.values(consultation.reference_note.sections).join('\n');
      const relativeConditions = consultation.relative_conditions ?? [];
      const relativeDiagnoses = draft.diagnoses
        .filter((diagnosis) => {
          const spoken = diagnosis.evidence.map((evidence) => {
            const segment = consultation.segments[evidence.segment];
            if (segment === undefined) return '';
            const sentenceStart = Math.max(
              0,
              segment.text.lastIndexOf('.', evidence.start - 1) + 1,
            );
            const nextStop = segment.text.indexOf('.', evidence.end);
            const sentence = segment.text.slice(
              sentenceStart,
              nextStop < 0 ? segment.text.length : nextStop,
            );
            // A relative speaks of the patient as "mamma" or "hun": only their own "jeg" counts.
            return segment.speaker === 'pårørende'
              ? /(?<![\p{L}])(?:jeg|meg|min|mitt)(?![\p{L}])/iu.test(sentence)
                ? 'komparent'
                : ''
              : sentence;
          });
          const words = `${diagnosis.text} ${diagnosis.code}`.toLowerCase();
          return (
            spoken.some(mentionsRelative) ||
            relativeConditions.some((condition) => words.includes(condition.toLowerCase()))
          );
        })
        .map((diagnosis) => `${diagnosis.system} ${diagnosis.code} ${diagnosis.text}`);
      const missedFacts = new Set(score.missed);
      const safetyFacts = consultation.facts.filter((fact) => isSafetyCriticalFact(fact.fact));
      const safetyMissed = safetyFacts
        .map((fact) => `${fact.section}: ${fact.fact}`)
        .filter((label) => missedFacts.has(label));
      const voice = consultation.template === 'pasientbrev' ? 'letter' : 'note';
      const flags: Record<string, number> = {};
      for (const sentence of sentences)
        for (const flag of sentence.flags) flags[flag.kind] = (flags[flag.kind] ?? 0) + 1;
      results.push({
        id: consultation.id,
        covered: score.covered,
        total: score.total,
        missed: score.missed,
        sentences: sentences.length,
        unsupported: sentences.filter((sentence) => !sentence.supported).length,
        unsupportedSentences: sentences
          .filter((sentence) => !sentence.supported)
          .map(
            (sentence) =>
              `${sentence.text} [${sentence.flags.map((flag) => flag.kind).join(', ')}]`,
          ),
        flags,
        diagnoses: draft.diagnoses.map((diagnosis) => `${diagnosis.system} ${diagnosis.code}`),
        ...(reference === undefined
          ? {}
          : {
              lengthRatio: countWords(text) / Math.max(1, countWords(reference)),
              rougeL: rougeL(text, reference).f1,
            }),
        registerViolations: findRegisterViolations(
          sentences.map((sentence) => sentence.text),
          voice,
        ),
        numbersNeverSaid: findNumbersNeverSaid(
          text,
          consultation.segments.map((segment) => segment.text),
        ),
        relativeDiagnoses,
        safetyMissed,
        safetyNegativesMissed: safetyMissed.filter((label) => isSafetyCriticalNegative(label)),
        text: draft.sections
          .map(
            (section) => `${section.title}: ${section.text.length === 0 ? '(tom)' : section.text}`,
          )
          .join('\n'),
        draftMilliseconds: drafted - started,
        verifyMilliseconds: verified - drafted,
      });
    } catch (error) {
      results.push({
        id: consultation.id,
        covered: 0,
        total: consultation.facts.length,
        missed: consultation.facts.map((fact) => `${fact.section}: ${fact.fact}`),
        sentences: 0,
        unsupported: 0,
        unsupportedSentences: [],
        flags: {},
        diagnoses: [],
        registerViolations: [],
        numbersNeverSaid: [],
        relativeDiagnoses: [],
        safetyMissed: [],
        safetyNegativesMissed: [],
        text: '',
        draftMilliseconds: now() - started,
        verifyMilliseconds: 0,
        error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error',
      });
    }
  }
  return results;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}

/** Totals over a set of cases: the figures CI gates on. */
export interface ResultSummary {
  readonly cases: number;
  readonly covered: number;
  readonly total: number;
  /** Covered facts / all facts. */
  readonly coverage: number;
  /** Mean over cases with a reference note. */
  readonly lengthRatio: number;
  readonly rougeL: number;
  /** Register violations per note. */
  readonly registerViolationsPerNote: number;
  readonly numbersNeverSaid: number;
  readonly relativeDiagnoses: number;
  readonly safetyMissed: number;
  readonly safetyNegativesMissed: number;
  readonly sentences: number;
  readonly unsupported: number;
  readonly flags: Readonly<Record<string, number>>;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Sums and means over the cases. */
export function summarizeResults(results: readonly CaseResult[]): ResultSummary {
  const flags: Record<string, number> = {};
  for (const result of results)
    for (const [kind, count] of Object.entries(result.flags))
      flags[kind] = (flags[kind] ?? 0) + count;
  const sum = (pick: (result: CaseResult) => number): number =>
    results.reduce((total, result) => total + pick(result), 0);
  const covered = sum((result) => result.covered);
  const total = sum((result) => result.total);
  return {
    cases: results.length,
    covered,
    total,
    coverage: total === 0 ? 0 : covered / total,
    lengthRatio: mean(results.flatMap((result) => result.lengthRatio ?? [])),
    rougeL: mean(results.flatMap((result) => result.rougeL ?? [])),
    registerViolationsPerNote:
      results.length === 0 ? 0 : sum((result) => result.registerViolations.length) / results.length,
    numbersNeverSaid: sum((result) => result.numbersNeverSaid.length),
    relativeDiagnoses: sum((result) => result.relativeDiagnoses.length),
    safetyMissed: sum((result) => result.safetyMissed.length),
    safetyNegativesMissed: sum((result) => result.safetyNegativesMissed.length),
    sentences: sum((result) => result.sentences),
    unsupported: sum((result) => result.unsupported),
    flags,
  };
}

const columns = `${'case'.padEnd(30)} ${'facts'.padStart(7)} ${'cover'.padStart(7)} ${'len×'.padStart(5)} ${'rougeL'.padStart(6)} ${'reg'.padStart(4)} ${'num'.padStart(4)} ${'rel'.padStart(4)} ${'safe'.padStart(5)} ${'sent'.padStart(5)} ${'unsup'.padStart(5)}  flags`;

function row(
  id: string,
  figures: {
    readonly covered: number;
    readonly total: number;
    readonly lengthRatio: number | undefined;
    readonly rougeL: number | undefined;
    readonly register: string;
    readonly numbers: number;
    readonly relatives: number;
    readonly safety: string;
    readonly sentences: number;
    readonly unsupported: number;
    readonly flags: Readonly<Record<string, number>>;
  },
): string {
  const flagText =
    Object.entries(figures.flags)
      .map(([kind, count]) => `${kind}=${count}`)
      .join(' ') || '-';
  return `${id.padEnd(30)} ${`${figures.covered}/${figures.total}`.padStart(7)} ${percent(figures.covered, figures.total).padStart(7)} ${(figures.lengthRatio === undefined ? '–' : figures.lengthRatio.toFixed(2)).padStart(5)} ${(figures.rougeL === undefined ? '–' : figures.rougeL.toFixed(3)).padStart(6)} ${figures.register.padStart(4)} ${String(figures.numbers).padStart(4)} ${String(figures.relatives).padStart(4)} ${figures.safety.padStart(5)} ${String(figures.sentences).padStart(5)} ${String(figures.unsupported).padStart(5)}  ${flagText}`;
}

/**
 * A plain-text report: one line per case, then the totals. Columns: fact coverage, draft length
 * relative to the reference note, ROUGE-L F1, register violations (sentences), numbers never
 * said, relatives' conditions among the diagnoses, safety-critical facts missed (negatives in
 * brackets), sentences, unsupported sentences and verifier flags. `showMissed` lists what each
 * figure counts; `showDrafts` prints the drafted notes.
 */
export function formatResults(
  title: string,
  results: readonly CaseResult[],
  options: { readonly showMissed?: boolean; readonly showDrafts?: boolean } = {},
): string {
  const lines = [`\n${title}`, columns];
  for (const result of results) {
    lines.push(
      row(result.id, {
        covered: result.covered,
        total: result.total,
        lengthRatio: result.lengthRatio,
        rougeL: result.rougeL,
        register: String(result.registerViolations.length),
        numbers: result.numbersNeverSaid.length,
        relatives: result.relativeDiagnoses.length,
        safety: `${result.safetyMissed.length}(${result.safetyNegativesMissed.length})`,
        sentences: result.sentences,
        unsupported: result.unsupported,
        flags: result.flags,
      }) + (result.error === undefined ? '' : `  ERROR ${result.error}`),
    );
    if (options.showMissed === true) {
      for (const missed of result.missed) lines.push(`    missed: ${missed}`);
      for (const violation of result.registerViolations)
        lines.push(`    register (${violation.kinds.join(', ')}): ${violation.sentence}`);
      if (result.numbersNeverSaid.length > 0)
        lines.push(`    numbers never said: ${result.numbersNeverSaid.join(', ')}`);
      for (const diagnosis of result.relativeDiagnoses)
        lines.push(`    relative's condition as diagnosis: ${diagnosis}`);
      for (const missed of result.safetyMissed) lines.push(`    safety-critical missed: ${missed}`);
      for (const sentence of result.unsupportedSentences)
        lines.push(`    unsupported: ${sentence}`);
    }
    if (options.showDrafts === true)
      lines.push(...result.text.split('\n').map((line) => `    | ${line}`));
  }
  const summary = summarizeResults(results);
  lines.push(
    row('overall', {
      covered: summary.covered,
      total: summary.total,
      lengthRatio: summary.cases === 0 ? undefined : summary.lengthRatio,
      rougeL: summary.cases === 0 ? undefined : summary.rougeL,
      register: summary.registerViolationsPerNote.toFixed(2),
      numbers: summary.numbersNeverSaid,
      relatives: summary.relativeDiagnoses,
      safety: `${summary.safetyMissed}(${summary.safetyNegativesMissed})`,
      sentences: summary.sentences,
      unsupported: summary.unsupported,
      flags: summary.flags,
    }),
  );
  if (results.length === 0) lines.push('(no cases)');
  return lines.join('\n') + '\n';
}
