import { describe, expect, it } from 'vitest';
import { IllegalTransitionError } from './errors.js';
import { transition, type Consultation, type ConsultationEvent } from './consultation.js';

const created: Consultation = {
  id: 'c1',
  ownerId: 'u1',
  status: 'created',
  template: 'journalnotat',
  templates: ['journalnotat'],
  consent: { method: 'muntlig', recordedAt: 0 },
  createdAt: 0,
  updatedAt: 0,
  expiresAt: 1000,
};

function run(events: ConsultationEvent[]): Consultation {
  return events.reduce((state, event, index) => transition(state, event, index + 1), created);
}

describe('consultation lifecycle', () => {
  it('walks the whole happy path from created to exported and records the approver', () => {
    const exported = run([
      { type: 'capture' },
      { type: 'transcribe' },
      { type: 'draft' },
      { type: 'edit' },
      { type: 'approve', approvedBy: 'u1' },
      { type: 'export' },
    ]);
    expect(exported).toMatchObject({
      status: 'exported',
      approvedBy: 'u1',
      approvedAt: 5,
      exportedAt: 6,
    });
  });

  it('refuses to approve a consultation that has no draft or note', () => {
    expect(() => transition(created, { type: 'approve', approvedBy: 'u1' }, 1)).toThrow(
      IllegalTransitionError,
    );
    const transcribed = run([{ type: 'transcribe' }]);
    expect(() => transition(transcribed, { type: 'approve', approvedBy: 'u1' }, 2)).toThrow(
      IllegalTransitionError,
    );
  });

  it('refuses to export before approval and to edit after approval', () => {
    const drafted = run([{ type: 'transcribe' }, { type: 'draft' }]);
    expect(() => transition(drafted, { type: 'export' }, 3)).toThrow(/cannot export/);
    const approved = transition(drafted, { type: 'approve', approvedBy: 'u1' }, 3);
    expect(() => transition(approved, { type: 'edit' }, 4)).toThrow(IllegalTransitionError);
    expect(() => transition(approved, { type: 'transcribe' }, 4)).toThrow(IllegalTransitionError);
  });

  it('calls erasure before approval "discarded" and after approval "erased"', () => {
    expect(transition(created, { type: 'erase' }, 9).status).toBe('discarded');
    const approved = run([
      { type: 'transcribe' },
      { type: 'draft' },
      { type: 'approve', approvedBy: 'u1' },
    ]);
    expect(transition(approved, { type: 'erase' }, 9)).toMatchObject({
      status: 'erased',
      endedAt: 9,
    });
  });

  it('allows nothing at all once a consultation has ended', () => {
    const expired = transition(created, { type: 'expire' }, 5);
    for (const event of [
      { type: 'capture' },
      { type: 'transcribe' },
      { type: 'draft' },
      { type: 'edit' },
      { type: 'erase' },
      { type: 'expire' },
    ] as const) {
      expect(() => transition(expired, event, 6)).toThrow(IllegalTransitionError);
    }
  });

  it('lets a clinician write the note by hand from a transcript', () => {
    expect(run([{ type: 'transcribe' }, { type: 'edit' }]).status).toBe('in-review');
  });

  it('never mutates the state it was given', () => {
    const before = JSON.stringify(created);
    transition(created, { type: 'capture' }, 1);
    expect(JSON.stringify(created)).toBe(before);
  });
});
