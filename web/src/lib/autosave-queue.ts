/**
 * Autosave with retry (issue 6 §6): the clinician's edits are sent to the server, which stores them
 * encrypted. Unsent edits live only in memory, never in localStorage or sessionStorage, because
 * health content must not persist in the browser. A reload with unsent edits is guarded by the
 * browser's "leave page?" prompt (see `hasUnsaved`), not by storing the text.
 */

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'failed';

export interface AutosaveState {
  readonly status: AutosaveStatus;
  /** How many keys (documents) have edits the server has not confirmed. */
  readonly unsavedCount: number;
  readonly lastSavedAt: number | undefined;
  readonly lastError: unknown;
}

export interface AutosaveQueueOptions<T> {
  /** Sends one value; resolves when the server has stored it. */
  readonly save: (key: string, value: T) => Promise<void>;
  /** Runs `callback` after `delayMs`; returns a function that cancels it. Injected for tests. */
  readonly schedule: (callback: () => void, delayMs: number) => () => void;
  readonly now: () => number;
  /** Quiet time after the last keystroke before sending. */
  readonly debounceMs?: number;
  /** Waits between retries; the last one repeats. */
  readonly retryDelaysMs?: readonly number[];
  /** False for errors that retrying cannot fix (expired login, erased consultation): wait for `retryNow`. */
  readonly isRetryable?: (error: unknown) => boolean;
  readonly onChange?: (state: AutosaveState) => void;
}

/** Keeps the latest unsent value per key and delivers it, retrying with backoff until it arrives. */
export class AutosaveQueue<T> {
  readonly #options: AutosaveQueueOptions<T>;
  readonly #pending = new Map<string, T>();
  #running: Promise<void> | undefined;
  #cancelTimer: (() => void) | undefined;
  #attempt = 0;
  #status: AutosaveStatus = 'saved';
  #lastSavedAt: number | undefined;
  #lastError: unknown;
  #inFlightKey: string | undefined;

  constructor(options: AutosaveQueueOptions<T>) {
    this.#options = options;
  }

  /** The current state, for the «Lagret» indicator. */
  get state(): AutosaveState {
    return {
      status: this.#status,
      unsavedCount: new Set([
        ...this.#pending.keys(),
        ...(this.#inFlightKey === undefined ? [] : [this.#inFlightKey]),
      ]).size,
      lastSavedAt: this.#lastSavedAt,
      lastError: this.#lastError,
    };
  }

  /** True while any edit has not been confirmed by the server. */
  hasUnsaved(): boolean {
    return this.#pending.size > 0 || this.#inFlightKey !== undefined;
  }

  /** The newest unsent value for a key, so a screen that remounts shows the clinician's text. */
  tryGetUnsent(key: string): T | undefined {
    return this.#pending.get(key);
  }

  /** Records a new value for `key`, replacing any unsent one, and sends it after the debounce. */
  update(key: string, value: T): void {
    this.#pending.set(key, value);
    if (this.#running === undefined) {
      this.#setStatus('pending');
      this.#arm(this.#options.debounceMs ?? 800);
    }
  }

  /** Sends everything now and waits; rejects with the last error if something stays unsent. */
  async flush(): Promise<void> {
    this.#disarm();
    await this.#run();
    // An update made while the last run finished is sent by a second pass.
    if (this.#pending.size > 0 && this.#status !== 'failed' && this.#status !== 'retrying')
      await this.#run();
    if (this.hasUnsaved()) {
      throw this.#lastError instanceof Error ? this.#lastError : new Error('unsaved edits remain');
    }
  }

  /** Tries again at once, e.g. after the clinician logged in again or the network came back. */
  retryNow(): void {
    this.#attempt = 0;
    this.#disarm();
    void this.#run();
  }

  /** Forgets everything (the consultation was erased) and stops all timers. */
  discard(): void {
    this.#disarm();
    this.#pending.clear();
    this.#setStatus('saved');
  }

  #arm(delayMs: number): void {
    this.#disarm();
    this.#cancelTimer = this.#options.schedule(() => {
      this.#cancelTimer = undefined;
      void this.#run();
    }, delayMs);
  }

  #disarm(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
  }

  #run(): Promise<void> {
    this.#running ??= this.#drain().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #drain(): Promise<void> {
    for (;;) {
      const next = this.#pending.entries().next();
      if (next.done === true) break;
      const [key, value] = next.value;
      this.#pending.delete(key);
      this.#inFlightKey = key;
      this.#setStatus('saving');
      try {
        await this.#options.save(key, value);
        this.#inFlightKey = undefined;
        this.#attempt = 0;
        this.#lastError = undefined;
        this.#lastSavedAt = this.#options.now();
      } catch (error: unknown) {
        this.#inFlightKey = undefined;
        // Keep the unsent edit unless the clinician has typed a newer one meanwhile.
        if (!this.#pending.has(key)) this.#pending.set(key, value);
        this.#lastError = error;
        const retryable = this.#options.isRetryable?.(error) ?? true;
        if (!retryable) {
          this.#setStatus('failed');
          return;
        }
        const delays = this.#options.retryDelaysMs ?? [1_000, 2_000, 5_000, 10_000, 30_000];
        const delay = delays[Math.min(this.#attempt, delays.length - 1)] ?? 30_000;
        this.#attempt += 1;
        this.#setStatus('retrying');
        this.#arm(delay);
        return;
      }
    }
    this.#setStatus('saved');
  }

  #setStatus(status: AutosaveStatus): void {
    this.#status = status;
    this.#options.onChange?.(this.state);
  }
}
