import { describe, expect, it } from 'vitest';

import type { EvalDocument } from './eval-document.js';
import { formatReport } from './format-report.js';
import { parseMarkup } from './markup.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

function document(id: string, kind: EvalDocument['kind'], source: string): EvalDocument {
  return { id, kind, ...parseMarkup(source) };
}

const own = [document('jn-01', 'journalnotat', 'Time hos [[PERSON:Hedda Lervik]] i dag.')];
const heldoutV2 = {
  documents: [document('v2-sn-farm-01', 'snippet', 'Bur på [[LOCATION:Øvre Lid]].')],
  clean: [],
};
const heldoutV3 = {
  documents: [
    document('v3-sn-phone-01', 'snippet', 'Ring [[PHONE:412 77 093]] etter kl. 15.'),
    document(
      'v3-sn-phone-02',
      'snippet',
      'Mobil [[PHONE:+48 600 212 447]] til [[PERSON:Jolanta]].',
    ),
    document('v3-sn-negative-01', 'snippet', 'Storm i hodet, sier hun.'),
    document('v3-doc-sms-01', 'telefonnotat', 'SMS fra [[PERSON:Teodor Skarsvåg]], [[AGE:61 år]].'),
  ],
  clean: [{ id: 'v3-clean', text: 'Ingen funn. Fortsetter Eliquis og Furix.' }],
};

/** Finds the own set's person; in v3 only eight-digit phone numbers, "Storm" and "Furix". */
const partial: Detector = (text) =>
  [...text.matchAll(/Hedda Lervik|\d{3} \d{2} \d{3}|Storm|Furix/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: match[0].startsWith('4') ? 'PHONE' : 'PERSON',
  }));

describe('held-out set v3 in the deid report', () => {
  const report = runEvaluation({ own, shared: [], clean: [], heldoutV2, heldoutV3 }, partial);

  it('scores the v3 set on its own, per snippet category and on its clean texts', () => {
    expect(report.heldoutV3?.result.overall.gold).toBe(5);
    expect(report.heldoutV3?.snippets.overall.gold).toBe(3);
    expect(report.heldoutV3?.categories).toEqual([
      { category: 'phone', documents: 2, gold: 3, protected: 1, falsePositives: 0 },
      { category: 'negative', documents: 1, gold: 0, protected: 0, falsePositives: 1 },
    ]);
    expect(report.heldoutV3?.clean.falsePositives).toHaveLength(1);
    // v2 is scored apart: its farm is not found, and v3 does not change it.
    expect(report.heldoutV2?.result.overall.gold).toBe(1);
    expect(report.heldoutV2?.result.overall.found).toBe(0);
  });

  it('leaves the overall result to the gated sets', () => {
    expect(report.passed).toBe(runEvaluation({ own, shared: [], clean: [] }, partial).passed);
  });

  it('prints v2 and v3 blocks with counts only, never a held-out text', () => {
    const printed = formatReport(report, { errors: true });
    expect(printed).toContain(
      'Held-out set v2 (eval/deid/heldout-v2, gated in heldout-v2-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v3 (eval/deid/heldout-v3, gated in heldout-v3-gate.test.ts)',
    );
    expect(printed).toContain(
      'Held-out set v3, clean corpus (eval/deid/heldout-v3-clean): 1 texts',
    );
    for (const secret of ['Øvre Lid', 'Jolanta', 'Teodor', '412 77 093', 'Storm i', 'Furix'])
      expect(printed).not.toContain(secret);
  });
});
