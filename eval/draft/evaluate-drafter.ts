import type { Drafter } from '../../src/draft/index.js';
import { getTemplate, verifyDraft } from '../../src/draft/index.js';
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
  /** Flag counts by kind. */
  readonly flags: Readonly<Record<string, number>>;
  readonly diagnoses: readonly string[];
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
        flags,
        diagnoses: draft.diagnoses.map((diagnosis) => `${diagnosis.system} ${diagnosis.code}`),
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
        flags: {},
        diagnoses: [],
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

/** A plain-text report: one line per case, then the totals, optionally with the missed facts. */
export function formatResults(
  title: string,
  results: readonly CaseResult[],
  options: { readonly showMissed?: boolean } = {},
): string {
  const lines = [
    `\n${title}`,
    `${'case'.padEnd(32)} ${'facts'.padStart(9)} ${'cover'.padStart(8)} ${'sent'.padStart(5)} ${'unsup'.padStart(6)}  flags`,
  ];
  let covered = 0;
  let total = 0;
  let sentences = 0;
  let unsupported = 0;
  const flagTotals: Record<string, number> = {};
  for (const result of results) {
    covered += result.covered;
    total += result.total;
    sentences += result.sentences;
    unsupported += result.unsupported;
    for (const [kind, count] of Object.entries(result.flags))
      flagTotals[kind] = (flagTotals[kind] ?? 0) + count;
    const flagText =
      Object.entries(result.flags)
        .map(([kind, count]) => `${kind}=${count}`)
        .join(' ') || '-';
    lines.push(
      `${result.id.padEnd(32)} ${`${result.covered}/${result.total}`.padStart(9)} ${percent(result.covered, result.total).padStart(8)} ${String(result.sentences).padStart(5)} ${String(result.unsupported).padStart(6)}  ${flagText}${result.error === undefined ? '' : `  ERROR ${result.error}`}`,
    );
    if (options.showMissed === true)
      for (const missed of result.missed) lines.push(`    missed: ${missed}`);
  }
  const flagText =
    Object.entries(flagTotals)
      .map(([kind, count]) => `${kind}=${count}`)
      .join(' ') || '-';
  lines.push(
    `${'overall'.padEnd(32)} ${`${covered}/${total}`.padStart(9)} ${percent(covered, total).padStart(8)} ${String(sentences).padStart(5)} ${String(unsupported).padStart(6)}  ${flagText}`,
  );
  return lines.join('\n') + '\n';
}
