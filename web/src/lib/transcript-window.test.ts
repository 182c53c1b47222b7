import { describe, expect, it } from 'vitest';
import {
  estimateHeight,
  findMatches,
  indexAt,
  toOffsets,
  visibleRange,
} from './transcript-window.js';

describe('transcript window', () => {
  const offsets = toOffsets(Float64Array.from([100, 50, 200, 50]));

  it('knows where every segment starts without building it', () => {
    expect([...offsets]).toEqual([0, 100, 150, 350, 400]);
    expect(indexAt(offsets, 0)).toBe(0);
    expect(indexAt(offsets, 149)).toBe(1);
    expect(indexAt(offsets, 150)).toBe(2);
    expect(indexAt(offsets, 10_000)).toBe(3);
    expect(indexAt(offsets, -50)).toBe(0);
  });

  it('builds the segments in view and a margin around them, never none', () => {
    expect(visibleRange(offsets, { top: 160, height: 100 }, 0)).toEqual({ start: 2, end: 3 });
    expect(visibleRange(offsets, { top: 200, height: 100 }, 60)).toEqual({ start: 1, end: 4 });
    expect(visibleRange(toOffsets(new Float64Array(0)), { top: 0, height: 100 }, 0)).toEqual({
      start: 0,
      end: 0,
    });
  });

  it('estimates a longer text as taller', () => {
    expect(estimateHeight(400, 80)).toBeGreaterThan(estimateHeight(40, 80));
  });

  it('finds text in every segment, ignoring case, in order, up to a limit', () => {
    const segments = [
      { text: 'Vondt i Ryggen om morgenen.' },
      undefined,
      { text: 'ryggen og ryggen igjen' },
    ];
    expect(findMatches(segments, 'RYGGEN')).toEqual([
      { segment: 0, start: 8, end: 14 },
      { segment: 2, start: 0, end: 6 },
      { segment: 2, start: 10, end: 16 },
    ]);
    expect(findMatches(segments, 'ryggen', 2)).toHaveLength(2);
    expect(findMatches(segments, '   ')).toEqual([]);
  });
});
