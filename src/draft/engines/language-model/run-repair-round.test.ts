import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized } from '../../../core/index.js';
import type { DrafterOutput } from '../../drafter.js';
import { getTemplate } from '../../templates/templates.js';
import { createTranscriptIndex } from '../../verify/transcript-index.js';
import { runRepairRound } from './run-repair-round.js';

const template = getTemplate('journalnotat');
const engine = { kind: 'openai', model: 'test' } as const;
const transcript = {
  segments: [
    { speaker: 'lege' as const, text: unsafeAsPseudonymized('Hvilken side gjør vondt?') },
    { speaker: 'pasient' as const, text: unsafeAsPseudonymized('Det er venstre kne som verker.') },
    {
      speaker: 'lege' as const,
      text: unsafeAsPseudonymized(
        'Du får Ibux fire hundre milligram tre ganger daglig i fem dager.',
      ),
    },
  ],
};
const index = createTranscriptIndex(transcript);

function planWith(text: string): DrafterOutput {
  return {
    sections: [{ key: 'tiltak', sentences: [{ text }] }],
    diagnoses: [],
    warnings: [],
  };
}

describe('runRepairRound', () => {
  it('asks the model once more, naming the contradicted sentence, and keeps the repaired answer', async () => {
    const notes: string[] = [];
    const result = await runRepairRound({
      template,
      transcript,
      engine,
      index,
      output: planWith('Ibux 800 mg tre ganger daglig i fem dager.'),
      askAgain: (note) => {
        notes.push(note);
        return Promise.resolve(planWith('Ibux 400 mg tre ganger daglig i fem dager.'));
      },
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Ibux 800 mg');
    expect(result.sections[0]?.sentences[0]?.text).toBe(
      'Ibux 400 mg tre ganger daglig i fem dager.',
    );
    expect(result.warnings.some((warning) => warning.includes('én sjanse til å rette'))).toBe(true);
  });

  it('does not ask again when nothing contradicts the conversation', async () => {
    let asked = 0;
    const output = planWith('Ibux 400 mg tre ganger daglig i fem dager.');
    const result = await runRepairRound({
      template,
      transcript,
      engine,
      index,
      output,
      askAgain: () => {
        asked += 1;
        return Promise.resolve(undefined);
      },
    });
    expect(asked).toBe(0);
    expect(result).toBe(output);
  });

  it('keeps the first answer when the second is unusable', async () => {
    const output = planWith('Ibux 400 mg tre ganger daglig i ti dager.');
    const result = await runRepairRound({
      template,
      transcript,
      engine,
      index,
      output,
      askAgain: () => Promise.resolve(undefined),
    });
    expect(result).toBe(output);
    expect(result.warnings).toEqual([]);
  });
});
