import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Time hos [[PERSON:Signe Vatnaland]] i dag.')];
const heldoutV12 = {
  documents: [document('v12-sn-phone-01', 'snippet', 'Ring [[PHONE:476 11 203]] etter kl. 12.')],
  clean: [],
};
const heldoutV13 = {
  documents: [
    document(
      'v13-sn-farm-01',
      'snippet',
      'Hun bor på [[LOCATION:Nedre Skarvik]], sier [[PERSON:Åse]].',
    ),
    document('v13-sn-farm-02', 'snippet', 'Hentet på [[LOCATION:Øvre Tverrli]].'),
    document('v13-sn-negative-01', 'snippet', 'Storm og regn i november, Lachman negativ.'),
    document(
      'v13-doc-ambulanse-01',
      'journalnotat',
      'Pasient [[PERSON:Terje Ulvund]], [[AGE:66 år]], hentet hjemme.',
    ),
  ],
  clean: [{ id: 'v13-clean', text: 'Kalium 4,1 etter Furix. Fortsetter med Xarelto.' }],
};

/** Finds the own set's person; in v13 only "Øvre Tverrli", "Lachman" and "Xarelto". */
const partial: Detector = (text) =>
  [...text.matchAll(/Signe Vatnaland|Øvre Tverrli|Lachman|Xarelto/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0] === 'Øvre Tverrli' ? 'LOCATION' : 'PERSON',
  }));

describe('held-out set v13 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV12, heldoutV13 }, partial);

  it('scores the v13 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV13?.result.overall.gold).toBe(5);
    expect(report.heldoutV13?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV13?.categories).toEqual([
      { category: 'farm', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV13?.clean.falsePositives).toHaveLength(1);
    // v12 is scored apart: its phone number is not found, and v13 does not change it.
    expect(report.heldoutV12?.result.overall.gold).toBe(1);
    expect(report.heldoutV12?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints the v13 block after v12 with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v13 (eval/deid/heldout-v13, gated in heldout-v13-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v13, clean corpus (eval/deid/heldout-v13-clean): 1 texts',
    );
    expect(printed.indexOf('Held-out set v13 (')).toBeGreaterThan(
      printed.indexOf('Held-out set v12 ('),
    );
    for (const secret of ['Skarvik', 'Åse', 'Terje Ulvund', 'Tverrli', 'Lachman', 'Xarelto'])
      expect(printed).not.toContain(secret);
  });
});
