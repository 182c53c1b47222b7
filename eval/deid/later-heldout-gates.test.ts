/**
 * CI gates for the later held-out de-identification sets (`LATER_HELDOUT_SETS`): each set is
 * scored on its own and must hold its row's gate, so one more miss on a direct identifier, one more
 * missed mention overall, one more snippet mention left partly exposed or one more false detection
 * in its clean texts fails the build. Only totals are asserted: nobody writes rules from these
 * texts. Who wrote each set and how its gate moved: `heldout-sets.md`.
 */
import { readdir } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { loadLaterHeldoutSet } from './load-eval-set.js';
import { LATER_HELDOUT_DIRECTORY, LATER_HELDOUT_SETS } from './later-heldout-sets.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

const setNumber = (name: string): number => Number(name.slice(1));

describe('later held-out de-identification sets', () => {
  it('has a gate for every heldout-vN directory and a directory for every gate, oldest first', async () => {
    const entries = await readdir(import.meta.dirname, { withFileTypes: true });
    const onDisk = entries
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => LATER_HELDOUT_DIRECTORY.exec(entry.name)?.[1] ?? [])
      .sort((a, b) => setNumber(a) - setNumber(b));
    const names = LATER_HELDOUT_SETS.map((set) => set.name);
    expect(names).toEqual(onDisk);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const set of LATER_HELDOUT_SETS) {
    it(`${set.name} holds recall, F1, protected recall and false detections at its gate`, async () => {
      const data = await loadLaterHeldoutSet(set.name);
      expect(data).toBeDefined();
      if (data === undefined) return;
      const report = runEvaluation(
        { own: [], clean: [], shared: [], laterHeldout: new Map([[set.name, data]]) },
        pseudonymizerDetector,
      );
      const scored = report.laterHeldout.get(set.name);
      expect(scored).toBeDefined();
      if (scored === undefined) return;
      expect(scored.statistics.mentions).toBeGreaterThanOrEqual(set.gate.mentions);
      expect(scored.clean.words).toBeGreaterThanOrEqual(set.gate.cleanWords);
      expect(scored.result.directRecall).toBeGreaterThanOrEqual(set.gate.directRecall);
      expect(scored.result.overall.f1).toBeGreaterThanOrEqual(set.gate.f1);
      expect(scored.snippets.protectedRecall).toBeGreaterThanOrEqual(
        set.gate.snippetProtectedRecall,
      );
      expect(scored.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(
        set.gate.cleanFalsePositivesPer1000Words,
      );
    }, 180_000);
  }
});
