import { describe, expect, it } from 'vitest';
import { transcriptSchema } from './schemas.js';

describe('transcriptSchema', () => {
  it('accepts segments with a known speaker, text and optional times', () => {
    const parsed = transcriptSchema.safeParse({
      segments: [
        { speaker: 'lege', text: 'Hei.', start: 0, end: 1.5 },
        { speaker: 'pasient', text: 'Hei.', start: null, extra: true },
      ],
    });
    expect(parsed.success).toBe(true);
  });

  it('refuses an unknown speaker, a missing text or a time that is not a number', () => {
    expect(
      transcriptSchema.safeParse({ segments: [{ speaker: 'robot', text: 'x' }] }).success,
    ).toBe(false);
    expect(transcriptSchema.safeParse({ segments: [{ speaker: 'lege' }] }).success).toBe(false);
    expect(
      transcriptSchema.safeParse({ segments: [{ speaker: 'lege', text: 'x', start: '0' }] })
        .success,
    ).toBe(false);
    expect(transcriptSchema.safeParse({ segments: 'nei' }).success).toBe(false);
  });
});
