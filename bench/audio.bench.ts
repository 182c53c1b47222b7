/**
 * Audio benchmarks: decoding + resampling speed (× real time) and the CPU one live stream costs
 * with a fast fake engine, for 1, 10 and 50 concurrent streams.
 */
import { cpuUsage } from 'node:process';
import { decodeWav, detectSpeech, floatToPcm16, toMono16k } from '../src/audio/index.js';
import { systemClock } from '../src/core/index.js';
import { LiveTranscriptionSession } from '../src/transcribe/live-transcription-session.js';
import { createFakeTranscriber } from '../src/transcribe/testing/fake-transcriber.js';

interface Result {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/** A WAV file (16-bit integer PCM) of speech-like noise bursts with pauses, built in memory. */
function makeWav(seconds: number, sampleRate: number, channels: number): Uint8Array {
  const frames = Math.round(seconds * sampleRate);
  const bytes = new Uint8Array(44 + frames * channels * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let index = 0; index < text.length; index++)
      bytes[offset + index] = text.charCodeAt(index);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, frames * channels * 2, true);
  const samples = speechLike(seconds, sampleRate);
  for (let frame = 0; frame < frames; frame++) {
    for (let channel = 0; channel < channels; channel++) {
      view.setInt16(
        44 + (frame * channels + channel) * 2,
        Math.round((samples[frame] ?? 0) * 32767),
        true,
      );
    }
  }
  return bytes;
}

/** 3 s of modulated noise, 1 s pause, repeated. */
function speechLike(seconds: number, sampleRate: number): Float32Array {
  const output = new Float32Array(Math.round(seconds * sampleRate));
  let state = 3;
  for (let index = 0; index < output.length; index++) {
    const time = index / sampleRate;
    if (time % 4 >= 3) continue;
    state = (state * 1103515245 + 12345) % 2147483648;
    output[index] =
      (state / 2147483648 - 0.5) * 0.6 * (0.1 + 0.9 * Math.abs(Math.sin(2 * Math.PI * 2.5 * time)));
  }
  return output;
}

function timeIt(action: () => void): number {
  const started = performance.now();
  action();
  return (performance.now() - started) / 1000;
}

async function liveStreams(count: number, seconds: number): Promise<Result> {
  const pcm = floatToPcm16(speechLike(seconds, 16000));
  const frameBytes = 3200; // 100 ms
  const sessions = Array.from(
    { length: count },
    () =>
      new LiveTranscriptionSession({ transcriber: createFakeTranscriber(), clock: systemClock }),
  );
  const before = cpuUsage();
  const started = performance.now();
  for (let offset = 0; offset < pcm.length; offset += frameBytes) {
    const frame = pcm.subarray(offset, offset + frameBytes);
    for (const session of sessions) session.pushPcm16(frame);
    // Let engine calls run between frames, as they would between WebSocket messages.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(sessions.map((session) => session.stop()));
  const used = cpuUsage(before);
  const wall = (performance.now() - started) / 1000;
  for (const session of sessions) session.erase();
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    name: `live stream CPU, ${count} concurrent`,
    value: (cpuSeconds / (count * seconds)) * 100,
    unit: '% of one core per stream',
    note: `${count} × ${seconds} s of 100 ms frames in ${wall.toFixed(2)} s wall; VAD, queueing, clean-up, labels, fake engine`,
  };
}

export default async function run(): Promise<Result[]> {
  const results: Result[] = [];
  const seconds = 60;
  for (const [rate, channels] of [
    [44100, 2],
    [48000, 1],
    [16000, 1],
  ] as const) {
    const wav = makeWav(seconds, rate, channels);
    decodeWav(wav); // warm-up
    const elapsed = timeIt(() => {
      toMono16k(decodeWav(wav));
    });
    results.push({
      name: `decode + resample ${rate / 1000} kHz ${channels === 2 ? 'stereo' : 'mono'} → 16 kHz mono`,
      value: seconds / elapsed,
      unit: '× real time',
      note: `${seconds} s of 16-bit WAV`,
    });
  }
  const mono = speechLike(600, 16000);
  const vadElapsed = timeIt(() => {
    detectSpeech(mono);
  });
  results.push({
    name: 'voice-activity detection',
    value: 600 / vadElapsed,
    unit: '× real time',
    note: '10 min at 16 kHz',
  });
  for (const count of [1, 10, 50]) results.push(await liveStreams(count, count === 50 ? 20 : 60));
  return results;
}
