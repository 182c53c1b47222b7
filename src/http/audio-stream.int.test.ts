import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeWav } from '../audio/index.js';
import { toSpeechEngine } from '../capabilities.js';
import { loadConfig } from '../config/index.js';
import { systemClock } from '../core/index.js';
import type { Speech } from '../consultations/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createFakeTranscriber } from '../transcribe/testing/index.js';
import type { Transcriber } from '../transcribe/index.js';

const rate = 16000;
const config = loadConfig({ REFERENT_MODEL_SOURCE_URL: 'none' });

/** A 16 kHz mono 16-bit WAV header for `seconds` of sound. */
function wavHeader(seconds: number): Uint8Array {
  const header = encodeWav(new Float32Array(0), rate);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  view.setUint32(4, 36 + seconds * rate * 2, true);
  view.setUint32(40, seconds * rate * 2, true);
  return header;
}

/** One second of 16-bit samples: 0.7 s of a loud buzz, then near silence. */
function secondOfSpeech(): Uint8Array {
  const second = new Int16Array(rate);
  for (let index = 0; index < rate; index++)
    second[index] = index < 0.7 * rate ? (index % 40 < 20 ? 9000 : -9000) : index % 2;
  return new Uint8Array(second.buffer);
}

/** The speech module the server builds for a configured engine, over `engine`. */
function speechOver(engine: Transcriber): Speech {
  return {
    parseTranscript() {
      throw new Error('not used');
    },
    ...toSpeechEngine(engine, config, systemClock),
  };
}

describe('audio uploads streamed into the speech engine (issue 14)', () => {
  let test: TestApp | undefined;
  let produced = 0;
  let producedAtFirstCall: number | undefined;
  const fake = createFakeTranscriber({ script: ['Det svir når jeg tisser.'] });
  const engine: Transcriber = {
    ...fake,
    transcribe: (audio, options) => {
      producedAtFirstCall ??= produced;
      return fake.transcribe(audio, options);
    },
  };
  beforeEach(() => {
    produced = 0;
    producedAtFirstCall = undefined;
  });
  afterEach(async () => {
    await test?.close();
  });

  it('transcribes a long upload while it is still arriving', async () => {
    test = await createTestApp({ capabilities: { speech: speechOver(engine) } });
    const token = await test.login('lege-strom');
    const id = await test.createConsultation(token);
    const url = await test.app.server.listen({ host: '127.0.0.1', port: 0 });
    const seconds = 20 * 60;
    const total = 44 + seconds * rate * 2;
    const second = secondOfSpeech();
    let sent = 0;
    // Produced one piece at a time as the connection takes it (38 MB in all).
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const piece = sent === 0 ? wavHeader(seconds) : second;
          if (sent > seconds) {
            controller.close();
            return;
          }
          sent += 1;
          produced += piece.byteLength;
          controller.enqueue(piece);
        },
      },
      { highWaterMark: 0 },
    );
    const response = await fetch(`${url}/api/v1/consultations/${id}/audio`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'audio/wav' },
      body,
      duplex: 'half',
    });
    const answer = (await response.json()) as { transcript: { segments: { text: string }[] } };
    expect(response.status).toBe(200);
    expect(produced).toBe(total);
    expect(answer.transcript.segments[0]?.text).toBe('Det svir når jeg tisser.');
    expect(answer.transcript.segments.length).toBeGreaterThan(20);
    // Reading the whole body before transcribing (the old way) calls the engine at `total`.
    expect(producedAtFirstCall).toBeLessThan(total / 2);
  }, 120_000);

  it('leaves the consultation as it was when the upload is refused', async () => {
    const failing = createFakeTranscriber({ failures: 5 });
    test = await createTestApp({ capabilities: { speech: speechOver(failing) } });
    const token = await test.login('lege-avvist');
    const id = await test.createConsultation(token);
    const upload = (payload: Uint8Array) =>
      test?.app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/audio`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'audio/wav' },
        payload: Buffer.from(payload),
      });
    const status = async () =>
      (
        await test?.app.server.inject({
          method: 'GET',
          url: `/api/v1/consultations/${id}`,
          headers: { authorization: `Bearer ${token}` },
        })
      )?.json<{ status: string }>().status;
    const before = await status();

    const mp3 = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const notWav = await upload(mp3);
    expect(notWav?.statusCode).toBe(400);
    expect(notWav?.json<{ error: { message: string } }>().error.message).toMatch(
      /Lydformatet MP3 støttes ikke/u,
    );
    // A valid recording whose transcription fails half-way through the upload.
    const parts = [wavHeader(90), ...Array.from({ length: 90 }, () => secondOfSpeech())];
    const failed = await upload(Buffer.concat(parts));
    expect(failed?.statusCode).toBe(502);
    expect(await status()).toBe(before);
    const entries = await test.app.audit.list({ limit: 20, consultationId: id });
    expect(
      entries.filter((entry) => entry.action === 'audio-added').map((entry) => entry.outcome),
    ).toEqual(['refused', 'refused']);
    const content = await test.app.server.inject({
      method: 'GET',
      url: `/api/v1/consultations/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(content.body).not.toContain('segments');
  });
});
