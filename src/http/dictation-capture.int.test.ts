import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../audio/index.js';
import { createCapabilities } from '../capabilities.js';
import { loadConfig } from '../config/index.js';
import { asRawText, silentLogger, type Draft, type Transcript } from '../core/index.js';
import { createHearingSpeech, createScriptedLiveSession } from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/**
 * A speech engine that hears a dictated note and, like a real one without diarization, guesses
 * two speakers; the spoken commands come out as words.
 */
const heard: Transcript = {
  segments: [
    {
      speaker: 'lege',
      text: asRawText(
        'overskrift funn trommehinnen er rød og buler komma ingen perforasjon punktum',
      ),
      start: 0,
      end: 5,
    },
    {
      speaker: 'pasient',
      text: asRawText('overskrift plan amoxicillin i fem dager punktum'),
      start: 5,
      end: 9,
    },
  ],
};

describe('dictation captured as audio', () => {
  let test: TestApp;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });
  const wav = Buffer.from(encodeWav(new Float32Array(16_000).fill(0.1), 16_000));

  beforeAll(async () => {
    const real = await createCapabilities(loadConfig({}), { logger: silentLogger });
    test = await createTestApp({
      capabilities: {
        ...real,
        speech: createHearingSpeech(heard),
        createLiveSession: () => createScriptedLiveSession(heard),
      },
    });
    token = await test.login('lege-diktat');
  });
  afterAll(async () => {
    await test.close();
  });

  const createConsultation = () => test.createConsultation(token);

  async function upload(id: string, query: string) {
    return test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/audio${query}`,
      headers: { ...auth(), 'content-type': 'audio/wav' },
      payload: wav,
    });
  }

  it('stores an uploaded dictation as the clinician’s alone and drafts it word for word', async () => {
    const id = await createConsultation();
    const stored = await upload(id, '?mode=dictation');
    expect(stored.statusCode).toBe(200);
    const { transcript } = stored.json<{ transcript: Transcript }>();
    expect(transcript.segments.map((segment) => segment.speaker)).toEqual(['lege', 'lege']);

    const drafted = await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/draft`,
      headers: auth(),
    });
    expect(drafted.statusCode).toBe(200);
    const draft = drafted.json<Draft>();
    expect(draft.engine.model).toBe('diktat-norsk-v1');
    const section = (key: string) => draft.sections.find((entry) => entry.key === key)?.text;
    expect(section('funn')).toBe('Trommehinnen er rød og buler, ingen perforasjon.');
    expect(section('tiltak')).toBe('Amoxicillin i fem dager.');
  });

  it('keeps the engine’s speakers for a conversation, and refuses an unknown mode', async () => {
    const id = await createConsultation();
    const conversation = await upload(id, '');
    expect(
      conversation.json<{ transcript: Transcript }>().transcript.segments.map((s) => s.speaker),
    ).toEqual(['lege', 'pasient']);
    const unknown = await upload(id, '?mode=diktat');
    expect(unknown.statusCode).toBe(400);
  });

  it('stores a live dictation as the clinician’s alone', async () => {
    const id = await createConsultation();
    const actor = await test.app.auth.authenticate(token);
    await test.app.live.open(actor, id, 'dictation');
    const transcript = await test.app.live.finish(actor, id);
    expect(transcript.segments.map((segment) => segment.speaker)).toEqual(['lege', 'lege']);
  });
});
