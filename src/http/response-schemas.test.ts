import { describe, expect, it } from 'vitest';
import { responses } from './response-schemas.js';

const view = (segments: unknown) => ({
  id: '7a1f0c52-9d7e-4b0e-9b7a-2f7d1c0e5a11',
  status: 'transcribed',
  template: 'journalnotat',
  templates: ['journalnotat'],
  createdAt: '2026-12-02T08:00:00.000Z',
  updatedAt: '2026-12-02T08:05:00.000Z',
  expiresAt: '2026-12-03T08:00:00.000Z',
  consent: { method: 'muntlig', recordedAt: '2026-12-02T08:00:00.000Z' },
  hasPatient: false,
  transcript: { segments },
});

describe('the consultation answer schema', () => {
  const schema = responses.consultations.get[200];

  it('accepts a transcript of well-formed segments', () => {
    const segments = [
      { speaker: 'lege', text: 'Hvordan har kneet vært siden sist?', start: 0, end: 2.5 },
      { speaker: 'pasient', text: 'Det hovner opp etter trening.' },
    ];
    expect(schema.safeParse(view(segments)).success).toBe(true);
  });

  it('refuses a segment with an unknown speaker, a missing text or a time that is not a number', () => {
    expect(schema.safeParse(view([{ speaker: 'tolk', text: 'Hei.' }])).success).toBe(false);
    expect(schema.safeParse(view([{ speaker: 'lege' }])).success).toBe(false);
    expect(schema.safeParse(view([{ speaker: 'lege', text: 'Hei.', start: '0' }])).success).toBe(
      false,
    );
  });
});
