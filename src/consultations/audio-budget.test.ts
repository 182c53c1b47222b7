import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError } from '../core/index.js';
import { createAudioBudget, type AudioUsage, type AudioUsageStore } from './audio-budget.js';

/** A store in memory that records every write. */
function createMemoryUsageStore(initial: Record<string, AudioUsage> = {}) {
  const rows = new Map(Object.entries(initial));
  const writes: AudioUsage[] = [];
  const store: AudioUsageStore = {
    tryGet: (id) => Promise.resolve(rows.get(id)),
    set: (id, usage) => {
      rows.set(id, usage);
      writes.push(usage);
      return Promise.resolve();
    },
  };
  return { store, rows, writes };
}

const limits = { maxBytes: 1_000_000, maxSeconds: 60 };

describe('createAudioBudget with a store', () => {
  it('starts from what a consultation took before, so a restart gives nothing back', async () => {
    const { store } = createMemoryUsageStore({ k1: { bytes: 1000, seconds: 50 } });
    const budget = createAudioBudget({ ...limits, store });
    await budget.open('k1');
    budget.reserve('k1', { bytes: 10, seconds: 9 });
    expect(() => {
      budget.reserve('k1', { bytes: 10, seconds: 2 });
    }).toThrow(PayloadTooLargeError);
    expect(budget.usedBy('k1')).toEqual({ bytes: 1010, seconds: 59 });
  });

  it('writes many reservations behind as one, and at once on flush', async () => {
    const { store, rows, writes } = createMemoryUsageStore();
    const budget = createAudioBudget({ ...limits, store, writeEveryMs: 60_000 });
    await budget.open('k2');
    for (let frame = 0; frame < 50; frame++) budget.reserve('k2', { bytes: 3200, seconds: 0.1 });
    expect(writes).toHaveLength(0);
    await budget.flush('k2');
    expect(writes).toHaveLength(1);
    expect(rows.get('k2')?.bytes).toBe(160_000);
    budget.release('k2', { bytes: 32_000, seconds: 1 });
    await budget.flush('k2');
    expect(rows.get('k2')?.bytes).toBe(128_000);
  });

  it('refuses to count for a consultation it has not opened (it would start from zero)', () => {
    const { store } = createMemoryUsageStore();
    const budget = createAudioBudget({ ...limits, store });
    expect(() => {
      budget.reserve('k3', { bytes: 1, seconds: 0 });
    }).toThrow(/before it was opened/u);
  });
});
