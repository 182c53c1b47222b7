import { describe, expect, it } from 'vitest';
import {
  carryHeights,
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

  it('keeps measured heights when the consultation is read again, so a hit jumped to stays in view', () => {
    const first = [
      { text: 'Jeg falt på isen.', speaker: 'pasient' },
      { text: 'Kneet er hovent.', speaker: 'lege' },
      { text: 'Tre uker.', speaker: 'pasient' },
    ];
    const estimate = () => 68;
    const measured = carryHeights(undefined, first, estimate);
    expect([...measured]).toEqual([68, 68, 68]);
    measured[0] = 102; // measured once shown
    measured[1] = 78;
    // A re-read gives new objects with the same content; one speaker was corrected.
    const again = [
      { text: 'Jeg falt på isen.', speaker: 'pasient' },
      { text: 'Kneet er hovent.', speaker: 'pasient' },
      { text: 'Tre uker.', speaker: 'pasient' },
    ];
    expect([...carryHeights({ segments: first, heights: measured }, again, estimate)]).toEqual([
      102, 68, 68,
    ]);
    // A longer transcript keeps what it shares with the old one and estimates the rest.
    const longer = [...again, { text: 'Ny tekst.', speaker: 'lege' }];
    expect([
      ...carryHeights(
        { segments: again, heights: Float64Array.from([102, 90, 68]) },
        longer,
        estimate,
      ),
    ]).toEqual([102, 90, 68, 68]);
  });
});
