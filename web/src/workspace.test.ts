import { describe, expect, it } from 'vitest';
import type { ApiClient } from './api/api-client.js';
import type { Draft } from './api/schemas.js';
import type { TemplateId } from './lib/labels.js';
import { Workspace } from './workspace.js';

const draft = (template: TemplateId): Draft => ({
  template,
  engine: { kind: 'builtin', model: 'test' },
  sections: [],
  diagnoses: [],
  warnings: [],
});

/** An API whose drafts finish only when the test releases them. */
function createDraftingApi() {
  const pending: { template: TemplateId; resolve: () => void; signal: AbortSignal | undefined }[] =
    [];
  const api = {
    createDraft: (_id: string, template: TemplateId, signal?: AbortSignal) =>
      new Promise<Draft>((resolve, reject) => {
        signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
        pending.push({
          template,
          signal,
          resolve: () => {
            resolve(draft(template));
          },
        });
      }),
  } as unknown as ApiClient;
  return { api, pending };
}

const settle = async () => {
  for (let round = 0; round < 10; round += 1) await Promise.resolve();
};

function createWorkspace(api: ApiClient) {
  return new Workspace({ api, now: () => 1_000, schedule: () => () => undefined });
}

describe('Workspace drafting jobs', () => {
  it('drafts each document in turn and reports progress until done', async () => {
    const { api, pending } = createDraftingApi();
    const workspace = createWorkspace(api);
    let notifications = 0;
    workspace.subscribe(() => {
      notifications += 1;
    });
    workspace.startDraft('c1', ['journalnotat', 'pasientbrev']);
    expect(workspace.tryGetJob('c1')).toMatchObject({ state: 'running', completed: 0 });
    expect(pending.map((call) => call.template)).toEqual(['journalnotat']);
    pending[0]?.resolve();
    await settle();
    expect(workspace.tryGetJob('c1')).toMatchObject({ state: 'running', completed: 1 });
    expect(pending.map((call) => call.template)).toEqual(['journalnotat', 'pasientbrev']);
    pending[1]?.resolve();
    await settle();
    expect(workspace.tryGetJob('c1')).toMatchObject({ state: 'done', completed: 2 });
    expect(notifications).toBeGreaterThanOrEqual(3);
  });

  it('cancels a running draft through its abort signal', async () => {
    const { api, pending } = createDraftingApi();
    const workspace = createWorkspace(api);
    workspace.startDraft('c1', ['journalnotat']);
    workspace.cancelDraft('c1');
    await settle();
    expect(pending[0]?.signal?.aborted).toBe(true);
    expect(workspace.tryGetJob('c1')?.state).toBe('cancelled');
  });

  it('does not start a second job while one runs, and forgets everything of an erased consultation', async () => {
    const { api, pending } = createDraftingApi();
    const workspace = createWorkspace(api);
    workspace.startDraft('c1', ['journalnotat']);
    workspace.startDraft('c1', ['journalnotat']);
    expect(pending).toHaveLength(1);
    workspace
      .getQueue('c1')
      .update('journalnotat', { template: 'journalnotat', sections: [], diagnoses: [] });
    expect(workspace.hasUnsaved()).toBe(true);
    workspace.forget('c1');
    await settle();
    expect(workspace.hasUnsaved()).toBe(false);
    expect(workspace.tryGetJob('c1')).toBeUndefined();
    expect(pending[0]?.signal?.aborted).toBe(true);
  });
});
