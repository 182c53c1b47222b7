import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';
import { CLEAN_OPEN_GATE_FALSE_POSITIVES } from './score.js';

const own: EvalDocument[] = [
  { id: 'jn-01', kind: 'journalnotat', ...parseMarkup('Time hos [[PERSON:Sunniva Rød]] i dag.') },
];
const clean = [{ id: 'clean-01', text: 'Kalium 4,1. Fortsetter som før.' }];

/** Finds the own set's person and every "Juli" (a false detection in an identifier-free text). */
const detector: Detector = (text) =>
  [...text.matchAll(/Sunniva Rød|Juli/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Juli' ? 'DATE' : 'PERSON',
  }));

const openTexts = (falseDetections: number) => [
  { id: '56-open-01', text: `${'Juli var varm. '.repeat(falseDetections)}Pollen i lufta.` },
];

describe('the open development texts (eval/deid/clean-open)', () => {
  it('are scored apart from the clean corpus, so the clean rate is not diluted or raised by them', () => {
    const report = runEvaluation({ own, shared: [], clean, cleanOpen: openTexts(3) }, detector);
    expect(report.clean.falsePositives).toHaveLength(0);
    expect(report.cleanOpen?.falsePositives).toHaveLength(3);
    expect(report.cleanOpenTarget?.passed).toBe(true);
    expect(report.passed).toBe(true);
  });

  it('fail the run when their false detections rise above the count reached', () => {
    const report = runEvaluation(
      { own, shared: [], clean, cleanOpen: openTexts(CLEAN_OPEN_GATE_FALSE_POSITIVES + 1) },
      detector,
    );
    expect(report.cleanOpenTarget?.passed).toBe(false);
    expect(report.passed).toBe(false);
    const printed = formatReport(report, { errors: false });
    expect(printed).toContain('Open development texts (eval/deid/clean-open): 1 texts');
    expect(printed).toContain(
      `FAIL  open development texts: false positives (count) ${String(CLEAN_OPEN_GATE_FALSE_POSITIVES + 1)} (target ≤ ${String(CLEAN_OPEN_GATE_FALSE_POSITIVES)})`,
    );
    expect(printed).toContain('RESULT: FAIL');
  });

  it('leave the report as before when there are none', () => {
    const report = runEvaluation({ own, shared: [], clean }, detector);
    expect(report.cleanOpen).toBeUndefined();
    expect(formatReport(report, { errors: false })).not.toContain('Open development texts');
  });
});
