import { describe, expect, it } from 'vitest';
import { formatBytes, formatProgressBar } from './format-progress-bar.js';
import { formatModelList } from './list-models.js';
import { modelCatalog, tryGetModel } from './model-catalog.js';

describe('modelCatalog', () => {
  it('names each model once and downloads only from the National Library of Norway over HTTPS', () => {
    const names = modelCatalog.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of modelCatalog) {
      expect(entry.url).toMatch(
        /^https:\/\/huggingface\.co\/NbAiLab\/nb-whisper-[a-z]+\/resolve\/[^/]+\/ggml-model\.bin$/u,
      );
      expect(entry.fileName).toMatch(/^ggml-nb-whisper-[a-z]+\.bin$/u);
    }
  });

  it('pins every model with a recorded hash to a fixed revision, so the hash keeps matching', () => {
    for (const entry of modelCatalog) {
      if (entry.sha256 === null) continue;
      expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/u);
      expect(entry.url).toMatch(/\/resolve\/[0-9a-f]{40}\//u);
      expect(entry.verifiedFrom).toContain(
        entry.url.split('/resolve/')[1]?.split('/')[0] ?? 'missing',
      );
    }
    expect(modelCatalog.some((entry) => entry.sha256 !== null)).toBe(true);
  });

  it('finds a model by name', () => {
    expect(tryGetModel('nb-whisper-base')?.fileName).toBe('ggml-nb-whisper-base.bin');
    expect(tryGetModel('whisper-1')).toBeUndefined();
  });
});

describe('formatProgressBar', () => {
  it('shows the share done as a bar, a percentage and sizes', () => {
    expect(formatProgressBar(74_000_000, 148_000_000, 10)).toBe(
      '[#####-----]  50%  74.0 MB / 148.0 MB',
    );
    expect(formatProgressBar(0, 148_000_000, 4)).toBe('[----]   0%  0 B / 148.0 MB');
    expect(formatProgressBar(148_000_000, 148_000_000, 4)).toBe('[####] 100%  148.0 MB / 148.0 MB');
  });

  it('shows only the bytes so far when the total is unknown', () => {
    expect(formatProgressBar(1_500, undefined, 3)).toBe('[???]  1.5 kB');
  });

  it('never overflows the bar when the server sends more than announced', () => {
    expect(formatProgressBar(200, 100, 5)).toBe('[#####] 100%  200 B / 100 B');
  });
});

describe('formatBytes', () => {
  it('uses decimal units like the published model sizes', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(3_100_000_000)).toBe('3.10 GB');
  });
});

describe('formatModelList', () => {
  it('marks installed models, shows their size and says which need --sha256', () => {
    const text = formatModelList([
      {
        name: 'nb-whisper-base',
        description: 'Base',
        path: '/d/models/b.bin',
        installed: true,
        bytes: 148_000_000,
        inCatalog: true,
        hasVerifiedHash: true,
      },
      {
        name: 'nb-whisper-small',
        description: 'Small',
        path: '/d/models/s.bin',
        installed: false,
        inCatalog: true,
        hasVerifiedHash: false,
      },
    ]);
    expect(text.split('\n')).toEqual([
      '* nb-whisper-base   Base  148.0 MB',
      '  nb-whisper-small  Small  (pull needs --sha256)',
    ]);
  });
});
