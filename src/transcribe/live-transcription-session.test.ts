import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floatToPcm16 } from '../audio/index.js';
import { createManualClock, EngineError, GoneError } from '../core/index.js';
import { LiveTranscriptionSession } from './live-transcription-session.js';
import type { LiveTranscriptEvent } from './live-transcription-session.js';
import { createFakeTranscriber } from './testing/fake-transcriber.js';
import type { PcmAudio, Transcriber, TranscriberResult } from './transcriber.js';

const rate = 16000;

/** Speech-like noise bursts of the given lengths separated by 1 s pauses, after 1 s of silence. */
function recording(bursts: readonly number[]): Float32Array {
  const total = 1 + bursts.reduce((sum, length) => sum + length + 1, 0);
  const samples = new Float32Array(Math.round(total * rate));
  let position = rate;
  let state = 11;
  for (const length of bursts) {
    for (let index = 0; index < length * rate; index++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const envelope = 0.1 + 0.9 * Math.abs(Math.sin((2 * Math.PI * 2.5 * index) / rate));
      samples[position + index] = (state / 2147483648 - 0.5) * 0.6 * envelope;
    }
    position += Math.round((length + 1) * rate);
  }
  return samples;
}

/** 100 ms frames of 16-bit PCM. */
function frames(samples: Float32Array, frameSeconds = 0.1): Uint8Array[] {
  const bytes = floatToPcm16(samples);
  const size = Math.round(frameSeconds * rate) * 2;
  const output: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size)
    output.push(bytes.subarray(offset, offset + size));
  return output;
}

/**
 * `seconds` of a consultation as 100 ms frames of 16-bit PCM, made as they are taken (20 minutes
 * would be 38 MB at once): turns of 1–12 s of speech-like noise with 0.6–3 s pauses, and a 40 s
 * monologue every 5 minutes.
 */
function* consultationFrames(seconds: number): Generator<Uint8Array> {
  const frameSamples = rate / 10;
  let state = 7;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  let talkLeft = 0;
  let pauseLeft = 1 * rate;
  let position = 0;
  for (let frame = 0; frame < seconds * 10; frame++) {
    const samples = new Float32Array(frameSamples);
    for (let index = 0; index < frameSamples; index++, position++) {
      if (talkLeft === 0 && pauseLeft === 0) {
        const monologue = position % (300 * rate) < rate * 3 && position > rate * 3;
        talkLeft = Math.round((monologue ? 40 : 1 + 11 * next()) * rate);
        pauseLeft = Math.round((0.6 + 2.4 * next()) * rate);
      }
      if (talkLeft > 0) {
        talkLeft--;
        const envelope = 0.1 + 0.9 * Math.abs(Math.sin((2 * Math.PI * 2.5 * position) / rate));
        samples[index] = (next() - 0.5) * 0.6 * envelope;
      } else {
        pauseLeft--;
        samples[index] = (next() - 0.5) * 0.002;
      }
    }
    yield floatToPcm16(samples);
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function makeSession(
  transcriber: Transcriber,
  extra: Partial<ConstructorParameters<typeof LiveTranscriptionSession>[0]> = {},
) {
  const events: LiveTranscriptEvent[] = [];
  const session = new LiveTranscriptionSession({
    transcriber,
    clock: createManualClock(),
    onEvent: (event) => events.push(event),
    sleep: () => Promise.resolve(),
    ...extra,
  });
  return { session, events };
}

/** An engine whose calls wait until the test releases them. */
function gatedTranscriber(): Transcriber & { release(): void; pending: number } {
  const waiting: (() => void)[] = [];
  const inner = createFakeTranscriber();
  return {
    specificationVersion: 'v1',
    info: { kind: 'openai', model: 'gated' },
    get pending() {
      return waiting.length;
    },
    release() {
      for (const resolve of waiting.splice(0)) resolve();
    },
    async transcribe(audio: PcmAudio): Promise<TranscriberResult> {
      await new Promise<void>((resolve) => waiting.push(resolve));
      return inner.transcribe(audio);
    },
  };
}

describe('LiveTranscriptionSession', () => {
  it('sends segments while audio is still arriving, with times on the recording axis', async () => {
    const { session, events } = makeSession(
      createFakeTranscriber({ script: ['Hei.', 'Hei, jeg har vondt.', 'Hvor?'] }),
    );
    const audio = frames(recording([1.5, 2, 1]));
    let segmentsBeforeEnd = 0;
    for (const frame of audio) {
      expect(session.pushPcm16(frame)).toBe(true);
      await tick();
    }
    segmentsBeforeEnd = events.filter((event) => event.type === 'segment').length;
    expect(segmentsBeforeEnd).toBe(3);
    const transcript = await session.stop();
    expect(transcript.segments.map((segment) => segment.text)).toEqual([
      'Hei.',
      'Hei, jeg har vondt.',
      'Hvor?',
    ]);
    expect(transcript.segments[1]?.start).toBeCloseTo(3.5, 1);
    expect(Math.abs((transcript.segments[1]?.end ?? 0) - 5.5)).toBeLessThan(0.1);
    expect(events.at(-1)).toEqual({ type: 'done', transcript });
    expect(session.status).toBe('done');
    expect(session.receivedSeconds).toBeCloseTo(8.5, 6);
    expect(session.stats.heldBytes).toBe(0); // every region transcribed: no audio kept
  });

  it('holds at most 2 MB of audio through a 20-minute recording, and none once it is done (issue 14)', async () => {
    const { session } = makeSession(createFakeTranscriber());
    let peak = 0;
    for (const frame of consultationFrames(20 * 60)) {
      expect(session.pushPcm16(frame)).toBe(true);
      await tick();
      peak = Math.max(peak, session.stats.heldBytes);
    }
    const transcript = await session.stop();
    expect(session.receivedSeconds).toBe(20 * 60);
    // Every turn was transcribed (a 40 s monologue every 5 minutes is cut in two).
    expect(transcript.segments.length).toBeGreaterThan(120);
    expect(transcript.segments.at(-1)?.end).toBeGreaterThan(20 * 60 - 30);
    // Held before: the whole recording, 20 × 60 s × 32,000 bytes = 38.4 MB.
    expect(peak).toBeGreaterThan(25 * 32_000); // the longest region was held whole
    expect(peak).toBeLessThan(2 * 1024 * 1024);
    expect(session.stats.heldBytes).toBe(0);
  });

  it('holds under 3 MB through 20 minutes with a slow engine, when the transport honours back-pressure', async () => {
    const engine = gatedTranscriber();
    const { session } = makeSession(engine); // back-pressure beyond 60 s of speech waiting
    let peak = 0;
    let step = 0;
    let heldBack = 0;
    for (const frame of consultationFrames(20 * 60)) {
      session.pushPcm16(frame);
      // The engine answers one call per 12 s of audio, slower than the speech arrives; while the
      // session says back-pressure the transport reads nothing and only the engine moves on.
      do {
        step += 1;
        if (step % 120 === 0) engine.release();
        await tick();
        peak = Math.max(peak, session.stats.heldBytes);
        if (session.status === 'backpressure') heldBack += 1;
      } while (session.status === 'backpressure');
    }
    const stopping = session.stop();
    while (engine.pending > 0 || session.status === 'stopping') {
      engine.release();
      await tick();
    }
    const transcript = await stopping;
    expect(heldBack).toBeGreaterThan(0); // the engine did fall behind
    expect(transcript.segments.length).toBeGreaterThan(120);
    expect(peak).toBeGreaterThan(60 * 32_000); // a minute of speech waited for the engine
    expect(peak).toBeLessThan(3 * 1024 * 1024);
    expect(session.stats.heldBytes).toBe(0);
  });

  it('flushes speech that is still open when stopped', async () => {
    const { session } = makeSession(createFakeTranscriber({ script: ['siste ord'] }));
    const audio = recording([2]).subarray(0, Math.round(2.5 * rate)); // ends mid-speech
    for (const frame of frames(audio)) session.pushPcm16(frame);
    const transcript = await session.stop();
    expect(transcript.segments.map((segment) => segment.text)).toEqual(['siste ord']);
    await expect(session.stop()).resolves.toEqual(transcript);
  });

  it('replays the segments so far to a transport that reconnects, and keeps working while detached', async () => {
    const { session } = makeSession(createFakeTranscriber({ script: ['en', 'to', 'tre'] }));
    const audio = frames(recording([1, 1, 1]));
    const first: LiveTranscriptEvent[] = [];
    const detach = session.attach((event) => first.push(event));
    expect(first).toEqual([{ type: 'status', status: 'recording', receivedSeconds: 0 }]);
    const half = Math.floor(audio.length / 2);
    for (const frame of audio.slice(0, half)) {
      session.pushPcm16(frame);
      await tick();
    }
    detach();
    const seenBeforeDrop = first.filter((event) => event.type === 'segment').length;
    expect(seenBeforeDrop).toBeGreaterThan(0);
    for (const frame of audio.slice(half)) {
      session.pushPcm16(frame);
      await tick();
    }
    expect(first.filter((event) => event.type === 'segment')).toHaveLength(seenBeforeDrop);
    const second: LiveTranscriptEvent[] = [];
    session.attach((event) => second.push(event));
    expect(second.map((event) => event.type)).toEqual(['segment', 'segment', 'segment', 'status']);
    expect(second.map((event) => (event.type === 'segment' ? event.index : -1))).toEqual([
      0, 1, 2, -1,
    ]);
    expect(second[3]).toMatchObject({ type: 'status', receivedSeconds: 7 });
  });

  it('discards audio while paused and continues the time axis after resume', async () => {
    const { session, events } = makeSession(createFakeTranscriber({ script: ['før', 'etter'] }));
    const before = frames(recording([1]));
    for (const frame of before) session.pushPcm16(frame);
    session.pause();
    expect(events.at(-1)).toMatchObject({ type: 'status', status: 'paused' });
    for (const frame of frames(recording([3]))) expect(session.pushPcm16(frame)).toBe(true);
    expect(session.receivedSeconds).toBeCloseTo(3, 5);
    session.resume();
    expect(events.at(-1)).toMatchObject({ type: 'status', status: 'recording' });
    for (const frame of frames(recording([1]))) session.pushPcm16(frame);
    const transcript = await session.stop();
    expect(transcript.segments.map((segment) => segment.text)).toEqual(['før', 'etter']);
    expect(transcript.segments[1]?.start).toBeCloseTo(4, 1);
  });

  it('signals back-pressure when the engine falls behind and releases it when it catches up', async () => {
    const engine = gatedTranscriber();
    const { session, events } = makeSession(engine, { maxBufferedSeconds: 3 });
    const results: boolean[] = [];
    for (const frame of frames(recording([1.5, 1.5, 1.5, 1.5]))) {
      results.push(session.pushPcm16(frame));
      await tick();
    }
    expect(results).toContain(false);
    expect(session.status).toBe('backpressure');
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'status', status: 'backpressure' }),
    );
    expect(session.receivedSeconds).toBeCloseTo(11, 5); // audio is kept, not dropped
    while (engine.pending > 0) {
      engine.release();
      await tick();
      await tick();
    }
    expect(session.status).toBe('recording');
    expect(events.at(-1)).toMatchObject({ type: 'status', status: 'recording' });
    const stopping = session.stop();
    for (let round = 0; round < 5; round++) {
      engine.release();
      await tick();
    }
    expect((await stopping).segments).toHaveLength(4);
  });

  it('reports malformed frames and keeps the stream alive', async () => {
    const { session, events } = makeSession(createFakeTranscriber({ script: ['ok'] }));
    expect(session.pushPcm16(new Uint8Array(3))).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'invalid-audio' });
    for (const frame of frames(recording([1]))) session.pushPcm16(frame);
    expect((await session.stop()).segments.map((segment) => segment.text)).toEqual(['ok']);
  });

  it('refuses audio beyond the configured maximum duration', () => {
    const { session, events } = makeSession(createFakeTranscriber(), { maxSeconds: 1 });
    const results = frames(new Float32Array(2 * rate)).map((frame) => session.pushPcm16(frame));
    expect(results.filter((result) => result)).toHaveLength(10);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'audio-too-long' }),
    );
    expect(session.receivedSeconds).toBe(1);
  });

  it('retries a failing engine call and keeps the segment', async () => {
    const engine = createFakeTranscriber({ script: ['etter feil'], failures: 2 });
    const { session, events } = makeSession(engine);
    for (const frame of frames(recording([1]))) session.pushPcm16(frame);
    const transcript = await session.stop();
    expect(transcript.segments.map((segment) => segment.text)).toEqual(['etter feil']);
    expect(engine.calls).toHaveLength(3);
    expect(events.some((event) => event.type === 'error')).toBe(false);
  });

  it('rejects stop when speech stays untranscribable, and succeeds on a later stop', async () => {
    let down = true;
    const inner = createFakeTranscriber({ script: ['reddet'] });
    const engine: Transcriber = {
      specificationVersion: 'v1',
      info: inner.info,
      transcribe: (audio, options) =>
        down
          ? Promise.reject(new EngineError({ engine: 'fake', message: 'down', isRetryable: true }))
          : inner.transcribe(audio, options),
    };
    const { session, events } = makeSession(engine, { maxAttempts: 2 });
    for (const frame of frames(recording([1]))) session.pushPcm16(frame);
    await expect(session.stop()).rejects.toThrow(EngineError);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'engine-failed' }),
    );
    down = false;
    expect((await session.stop()).segments.map((segment) => segment.text)).toEqual(['reddet']);
  });

  it('erases its content: audio, transcript and listeners are gone', async () => {
    const { session } = makeSession(gatedTranscriber());
    for (const frame of frames(recording([1, 1]))) session.pushPcm16(frame);
    await tick();
    expect(session.stats.heldBytes).toBeGreaterThan(0); // speech waiting for the engine
    const statuses: LiveTranscriptEvent[] = [];
    session.attach((event) => statuses.push(event));
    session.erase();
    session.erase();
    expect(statuses.at(-1)).toMatchObject({ type: 'status', status: 'erased', receivedSeconds: 0 });
    expect(session.stats.heldBytes).toBe(0);
    expect(() => session.getTranscript()).toThrow(GoneError);
    expect(() => session.attach(() => undefined)).toThrow(GoneError);
    expect(session.pushPcm16(new Uint8Array(320))).toBe(false);
    await expect(session.stop()).rejects.toThrow(GoneError);
  });

  it('cancels the engine call in flight when erased', async () => {
    let seenSignal: AbortSignal | undefined;
    const engine: Transcriber = {
      specificationVersion: 'v1',
      info: { kind: 'openai', model: 'hanging' },
      transcribe: (_audio, options) => {
        seenSignal = options?.signal;
        return new Promise(() => undefined);
      },
    };
    const { session } = makeSession(engine);
    for (const frame of frames(recording([1]))) session.pushPcm16(frame);
    await tick();
    expect(seenSignal?.aborted).toBe(false);
    session.erase();
    expect(seenSignal?.aborted).toBe(true);
  });

  it('detaches a listener that throws without disturbing the session', async () => {
    const { session } = makeSession(createFakeTranscriber({ script: ['a'] }));
    let calls = 0;
    session.attach(() => {
      calls++;
      throw new Error('socket closed');
    });
    for (const frame of frames(recording([1]))) session.pushPcm16(frame);
    expect((await session.stop()).segments).toHaveLength(1);
    expect(calls).toBe(1);
  });

  it('keeps streams apart: bad audio in one session does not touch another', async () => {
    const good = makeSession(createFakeTranscriber({ script: ['god'] }));
    const bad = makeSession(createFakeTranscriber({ script: ['dårlig'] }));
    const audio = frames(recording([1]));
    for (const frame of audio) {
      good.session.pushPcm16(frame);
      bad.session.pushPcm16(new Uint8Array(frame.length + 1));
      bad.session.pushPcm16(new Uint8Array(frame.length).fill(0xff));
    }
    bad.session.erase();
    expect((await good.session.stop()).segments.map((segment) => segment.text)).toEqual(['god']);
    expect(good.events.some((event) => event.type === 'error')).toBe(false);
  });

  it('never throws on arbitrary frames and control calls', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 4000 }).map((frame) => ({ kind: 'frame' as const, frame })),
            fc.constantFrom({ kind: 'pause' as const }, { kind: 'resume' as const }),
          ),
          { maxLength: 60 },
        ),
        async (actions) => {
          const { session } = makeSession(createFakeTranscriber());
          for (const action of actions) {
            if (action.kind === 'frame') session.pushPcm16(action.frame);
            else if (action.kind === 'pause') session.pause();
            else session.resume();
          }
          const transcript = await session.stop();
          for (const segment of transcript.segments)
            expect(segment.end ?? 0).toBeLessThanOrEqual(session.receivedSeconds);
          session.erase();
        },
      ),
      { numRuns: 50 },
    );
  });

  it('tracks activity on the injected clock', () => {
    const clock = createManualClock(1000);
    const session = new LiveTranscriptionSession({ transcriber: createFakeTranscriber(), clock });
    clock.advance(5000);
    session.pushPcm16(new Uint8Array(320));
    expect(session.stats.lastActivityAt).toBe(6000);
    expect(session.stats.receivedSeconds).toBeCloseTo(0.01, 5);
  });
});
