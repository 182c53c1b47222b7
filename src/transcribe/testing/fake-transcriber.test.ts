import { describe, expect, it } from 'vitest';
import { createFakeTranscriber } from './fake-transcriber.js';
import { runTranscriberContractSuite } from './transcriber-contract.js';

runTranscriberContractSuite('fake', () => createFakeTranscriber());

describe('createFakeTranscriber', () => {
  it('gives each speech region the next scripted line and records calls', async () => {
    const samples = new Float32Array(16000 * 3);
    for (let index = 16000; index < 32000; index++) samples[index] = Math.sin(index / 3) * 0.5;
    const engine = createFakeTranscriber({ script: ['Hei.'] });
    const result = await engine.transcribe({ samples, sampleRate: 16000 }, { prompt: 'før' });
    expect(result.segments).toEqual([{ text: 'Hei.', start: 1, end: 2 }]);
    expect(engine.calls).toEqual([{ seconds: 3, prompt: 'før' }]);
    expect(engine.remainingScript).toEqual([]);
  });
});
