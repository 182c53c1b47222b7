import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvedNoteSchema, draftSchema, noteSchema } from '../core/index.js';
import {
  createFakeDrafting,
  createFakeExporting,
  createFakePseudonymizer,
} from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

// A synthetic consultation written for this test.
const transcript = {
  segments: [
    { speaker: 'lege', text: 'Hva bringer deg hit i dag?' },
    { speaker: 'pasient', text: 'Jeg har hatt tett nese og hodepine i fem dager.' },
    { speaker: 'lege', text: 'Bruk nesespray i tre dager og kom tilbake om det ikke går over.' },
  ],
};

describe('HTTP responses follow the stored-content schemas of core (issue 15 §5)', () => {
  let test: TestApp;
  let headers: { authorization: string };
  beforeEach(async () => {
    test = await createTestApp({
      capabilities: {
        pseudonymizer: createFakePseudonymizer('Siri Dahl', 'Mona Vik'),
        drafting: createFakeDrafting(),
        exporting: createFakeExporting(),
      },
    });
    headers = {
      authorization: `Bearer ${await test.login('lege-c', 'clinician', { hpr: '4518263' })}`,
    };
  });
  afterEach(async () => {
    await test.close();
  });

  it('answers the draft, the saved note and the approved note in the shapes the store reads back', async () => {
    const inject = test.app.server.inject.bind(test.app.server);
    const created = await inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers,
      payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
    });
    const { id } = created.json<{ id: string }>();
    const stored = await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/transcript`,
      headers,
      payload: transcript,
    });
    expect(stored.statusCode).toBe(200);

    const draft = await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/draft`,
      headers,
    });
    expect(draft.statusCode).toBe(200);
    const parsedDraft = draftSchema.safeParse(draft.json());
    expect(parsedDraft.error?.issues ?? []).toEqual([]);

    const saved = await inject({
      method: 'PUT',
      url: `/api/v1/consultations/${id}/note`,
      headers,
      payload: { sections: [{ key: 'tiltak', text: 'Nesespray i tre dager.' }] },
    });
    expect(saved.statusCode).toBe(200);
    const parsedNote = noteSchema.safeParse(saved.json<{ note: unknown }>().note);
    expect(parsedNote.error?.issues ?? []).toEqual([]);

    const approved = await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/approve`,
      headers,
    });
    expect(approved.statusCode).toBe(200);
    const parsedApproved = approvedNoteSchema.safeParse(approved.json<{ note: unknown }>().note);
    expect(parsedApproved.error?.issues ?? []).toEqual([]);
    expect(parsedApproved.data?.sections.find((section) => section.key === 'tiltak')?.text).toBe(
      'Nesespray i tre dager.',
    );
  });
});
