import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized } from '../core/index.js';
import { createBuiltinDrafter, getTemplate, verifyDraft } from '../draft/index.js';
import { countWordMemoEntries, isWordInWordMemos } from '../draft/testing/index.js';
import { foldText } from '../language/index.js';
import { createFakeDrafting, createFakePseudonymizer } from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/** Health content no lexicon entry or shared case holds, said by the patient. */
const distinctive = 'tyttebærsvie';
const transcript = {
  segments: [
    { speaker: 'lege', text: 'Velkommen, Ingrid Haugland Tveit. Hva gjelder det?' },
    { speaker: 'pasient', text: `Jeg har hatt ${distinctive} i munnen i tre dager.` },
  ],
};

function holdsDistinctive(): boolean {
  return [distinctive, foldText(distinctive)].some((form) => isWordInWordMemos(form));
}

/** The real verifier and builtin engine on this thread (no compute pool), with a fake pseudonymizer. */
function drafting() {
  const builtin = createBuiltinDrafter();
  return {
    ...createFakeDrafting(),
    getTemplate,
    drafter: builtin,
    verify: verifyDraft,
  };
}

describe("the drafting code's memos of words on the server's own thread", () => {
  let test: TestApp;
  beforeEach(async () => {
    test = await createTestApp({
      capabilities: {
        pseudonymizer: createFakePseudonymizer('Ingrid Haugland Tveit', 'Marte Lien Dahl'),
        drafting: drafting(),
      },
    });
  });
  afterEach(async () => {
    await test.close();
  });

  async function createConsultation(headers: Record<string, string>): Promise<string> {
    const inject = test.app.server.inject.bind(test.app.server);
    const created = await inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers,
      payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
    });
    const id = created.json<{ id: string }>().id;
    await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/transcript`,
      headers,
      payload: transcript,
    });
    return id;
  }

  it('hold no word of a consultation once its draft is made', async () => {
    const headers = { authorization: `Bearer ${await test.login('lege')}` };
    const id = await createConsultation(headers);
    const drafted = await test.app.server.inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/draft`,
      headers,
    });
    expect(drafted.statusCode).toBe(200);
    expect(drafted.body).toContain('munnen');
    expect(holdsDistinctive()).toBe(false);
    expect(countWordMemoEntries().entries).toBe(0);
  });

  it('hold no word of a consultation once it is erased', async () => {
    const headers = { authorization: `Bearer ${await test.login('lege')}` };
    const id = await createConsultation(headers);
    // Words of the session read on this thread (a model's draft verified here, say).
    const template = getTemplate('journalnotat');
    const pseudonymized = {
      segments: transcript.segments.map((segment) => ({
        speaker: segment.speaker as 'lege' | 'pasient',
        text: unsafeAsPseudonymized(segment.text),
      })),
    };
    verifyDraft({
      template,
      transcript: pseudonymized,
      output: {
        sections: [{ key: 'anamnese', sentences: [{ text: `Har ${distinctive} i munnen.` }] }],
        diagnoses: [],
        warnings: [],
      },
      engine: { kind: 'openai', model: 'test' },
    });
    expect(holdsDistinctive()).toBe(true);

    const erased = await test.app.server.inject({
      method: 'DELETE',
      url: `/api/v1/consultations/${id}`,
      headers,
    });
    expect(erased.statusCode).toBe(204);
    expect(holdsDistinctive()).toBe(false);
    expect(countWordMemoEntries().entries).toBe(0);
  });
});
