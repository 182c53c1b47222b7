/**
 * Work that outlives a screen: drafting jobs (the clinician can keep working while a draft is
 * made) and the autosave queues of open notes. Held in memory only, for the life of the tab.
 */
import {
  ApiError,
  isAbortError,
  toUserMessage,
  type ApiClient,
  type NoteUpdate,
} from './api/api-client.js';
import { AutosaveQueue, type AutosaveState } from './lib/autosave-queue.js';
import type { TemplateId } from './lib/labels.js';

export interface DraftJob {
  readonly consultationId: string;
  readonly templates: readonly TemplateId[];
  /** How many of `templates` are finished. */
  readonly completed: number;
  readonly startedAt: number;
  readonly state: 'running' | 'done' | 'failed' | 'cancelled';
  readonly errorMessage?: string;
}

export interface WorkspaceOptions {
  readonly api: ApiClient;
  readonly now: () => number;
  readonly schedule: (callback: () => void, delayMs: number) => () => void;
}

export class Workspace {
  readonly #options: WorkspaceOptions;
  readonly #jobs = new Map<string, DraftJob>();
  readonly #controllers = new Map<string, AbortController>();
  readonly #queues = new Map<string, AutosaveQueue<NoteUpdate>>();
  readonly #saveStates = new Map<string, AutosaveState>();
  readonly #listeners = new Set<() => void>();
  #version = 0;

  constructor(options: WorkspaceOptions) {
    this.#options = options;
  }

  /** For `useSyncExternalStore`. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getVersion = (): number => this.#version;

  tryGetJob(consultationId: string): DraftJob | undefined {
    return this.#jobs.get(consultationId);
  }

  /** Drafts each document in turn; the job keeps running when the clinician leaves the screen. */
  startDraft(consultationId: string, templates: readonly TemplateId[]): void {
    if (this.#jobs.get(consultationId)?.state === 'running') return;
    const controller = new AbortController();
    this.#controllers.set(consultationId, controller);
    const startedAt = this.#options.now();
    this.#setJob({ consultationId, templates, completed: 0, startedAt, state: 'running' });
    // A job that was forgotten (consultation erased, logout) must not report back.
    const isCurrent = (): boolean => this.#controllers.get(consultationId) === controller;
    void (async () => {
      try {
        for (const [index, template] of templates.entries()) {
          await this.#options.api.createDraft(consultationId, template, controller.signal);
          if (!isCurrent()) return;
          this.#setJob({
            consultationId,
            templates,
            completed: index + 1,
            startedAt,
            state: 'running',
          });
        }
        if (isCurrent())
          this.#setJob({
            consultationId,
            templates,
            completed: templates.length,
            startedAt,
            state: 'done',
          });
      } catch (error: unknown) {
        if (!isCurrent()) return;
        const completed = this.#jobs.get(consultationId)?.completed ?? 0;
        if (isAbortError(error)) {
          this.#setJob({ consultationId, templates, completed, startedAt, state: 'cancelled' });
        } else {
          this.#setJob({
            consultationId,
            templates,
            completed,
            startedAt,
            state: 'failed',
            errorMessage: toUserMessage(error),
          });
        }
      } finally {
        if (isCurrent()) this.#controllers.delete(consultationId);
      }
    })();
  }

  cancelDraft(consultationId: string): void {
    this.#controllers.get(consultationId)?.abort();
  }

  clearJob(consultationId: string): void {
    if (this.#jobs.get(consultationId)?.state === 'running') return;
    this.#jobs.delete(consultationId);
    this.#notify();
  }

  /** The autosave queue of a consultation's notes (one key per document). */
  getQueue(consultationId: string): AutosaveQueue<NoteUpdate> {
    let queue = this.#queues.get(consultationId);
    if (queue === undefined) {
      queue = new AutosaveQueue<NoteUpdate>({
        save: async (_key, update) => {
          await this.#options.api.saveNote(consultationId, update);
        },
        schedule: this.#options.schedule,
        now: this.#options.now,
        // Login expired or the consultation is gone: retrying alone cannot help; the app asks
        // the clinician to log in again and then calls retryAll().
        isRetryable: (error) => !(error instanceof ApiError) || error.isRetryable,
        onChange: (state) => {
          this.#saveStates.set(consultationId, state);
          this.#notify();
        },
      });
      this.#queues.set(consultationId, queue);
    }
    return queue;
  }

  tryGetSaveState(consultationId: string): AutosaveState | undefined {
    return this.#saveStates.get(consultationId);
  }

  /** True while any note has edits the server has not confirmed. */
  hasUnsaved(): boolean {
    return [...this.#queues.values()].some((queue) => queue.hasUnsaved());
  }

  /** After a new login: send whatever waited. */
  retryAll(): void {
    for (const queue of this.#queues.values()) if (queue.hasUnsaved()) queue.retryNow();
  }

  /** Forgets everything held for an erased consultation. */
  forget(consultationId: string): void {
    const controller = this.#controllers.get(consultationId);
    this.#controllers.delete(consultationId);
    controller?.abort();
    this.#queues.get(consultationId)?.discard();
    this.#queues.delete(consultationId);
    this.#saveStates.delete(consultationId);
    this.#jobs.delete(consultationId);
    this.#notify();
  }

  /** Logout: nothing of the previous session stays in memory. */
  forgetAll(): void {
    for (const id of [...this.#queues.keys(), ...this.#jobs.keys()]) this.forget(id);
  }

  #setJob(job: DraftJob): void {
    this.#jobs.set(job.consultationId, job);
    this.#notify();
  }

  #notify(): void {
    this.#version += 1;
    for (const listener of this.#listeners) listener();
  }
}
