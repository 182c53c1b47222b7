/* eslint-disable @typescript-eslint/require-await -- the fakes implement an async port without awaiting anything */
import { describe, expect, it } from 'vitest';
import { AutosaveQueue, type AutosaveState } from './autosave-queue.js';

/** A manual clock: timers run only when the test advances time. */
function createScheduler() {
  let now = 0;
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 0;
  return {
    now: () => now,
    schedule: (callback: () => void, delayMs: number) => {
      const id = nextId++;
      timers.push({ at: now + delayMs, callback, id });
      return () => {
        timers = timers.filter((timer) => timer.id !== id);
      };
    },
    advance: async (ms: number) => {
      const until = now + ms;
      for (;;) {
        const due = timers
          .filter((timer) => timer.at <= until)
          .sort((left, right) => left.at - right.at)[0];
        if (due === undefined) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.callback();
        await settle();
      }
      now = until;
      await settle();
    },
  };
}

async function settle(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await Promise.resolve();
}

function createQueue(
  save: (key: string, value: string) => Promise<void>,
  isRetryable?: (error: unknown) => boolean,
) {
  const scheduler = createScheduler();
  const states: AutosaveState[] = [];
  const queue = new AutosaveQueue<string>({
    save,
    schedule: scheduler.schedule,
    now: scheduler.now,
    debounceMs: 500,
    retryDelaysMs: [1_000, 5_000],
    ...(isRetryable === undefined ? {} : { isRetryable }),
    onChange: (state) => states.push(state),
  });
  return { queue, scheduler, states };
}

describe('AutosaveQueue', () => {
  it('sends only the latest text after the clinician pauses typing', async () => {
    const sent: string[] = [];
    const { queue, scheduler } = createQueue(async (_key, value) => {
      sent.push(value);
    });
    queue.update('journalnotat', 'S');
    await scheduler.advance(200);
    queue.update('journalnotat', 'Sår');
    await scheduler.advance(200);
    queue.update('journalnotat', 'Sår hals');
    expect(sent).toEqual([]);
    await scheduler.advance(500);
    expect(sent).toEqual(['Sår hals']);
    expect(queue.hasUnsaved()).toBe(false);
    expect(queue.state.status).toBe('saved');
  });

  it('keeps an edit that failed to send and delivers it when the connection returns', async () => {
    let online = false;
    const stored: string[] = [];
    const { queue, scheduler, states } = createQueue(async (_key, value) => {
      if (!online) throw new Error('offline');
      stored.push(value);
    });
    queue.update('journalnotat', 'Ingen feber.');
    await scheduler.advance(500);
    expect(stored).toEqual([]);
    expect(queue.hasUnsaved()).toBe(true);
    expect(queue.tryGetUnsent('journalnotat')).toBe('Ingen feber.');
    expect(states.at(-1)?.status).toBe('retrying');
    online = true;
    await scheduler.advance(1_000);
    expect(stored).toEqual(['Ingen feber.']);
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('does not overwrite a newer edit with an older one that failed', async () => {
    let fail = true;
    const stored: string[] = [];
    let release: () => void = () => undefined;
    const { queue, scheduler } = createQueue(
      (_key, value) =>
        new Promise<void>((resolve, reject) => {
          release = () => {
            if (fail) reject(new Error('offline'));
            else {
              stored.push(value);
              resolve();
            }
          };
        }),
    );
    queue.update('journalnotat', 'gammel');
    await scheduler.advance(500);
    queue.update('journalnotat', 'ny');
    release();
    await settle();
    fail = false;
    await scheduler.advance(1_000);
    release();
    await settle();
    expect(stored).toEqual(['ny']);
  });

  it('waits for the clinician to log in again instead of retrying an expired session', async () => {
    let loggedIn = false;
    let attempts = 0;
    const stored: string[] = [];
    const { queue, scheduler } = createQueue(
      async (_key, value) => {
        attempts += 1;
        if (!loggedIn) throw new Error('unauthenticated');
        stored.push(value);
      },
      () => false,
    );
    queue.update('journalnotat', 'tekst');
    await scheduler.advance(60_000);
    expect(attempts).toBe(1);
    expect(queue.state.status).toBe('failed');
    loggedIn = true;
    queue.retryNow();
    await settle();
    expect(stored).toEqual(['tekst']);
  });

  it('flush sends pending edits at once, and rejects while they cannot be saved', async () => {
    let online = true;
    const stored: string[] = [];
    const { queue } = createQueue(async (key, value) => {
      if (!online) throw new Error('offline');
      stored.push(`${key}:${value}`);
    });
    queue.update('journalnotat', 'a');
    queue.update('henvisning', 'b');
    await queue.flush();
    expect(stored).toEqual(['journalnotat:a', 'henvisning:b']);
    online = false;
    queue.update('journalnotat', 'c');
    await expect(queue.flush()).rejects.toThrow('offline');
    expect(queue.hasUnsaved()).toBe(true);
  });

  it('forgets everything when the consultation is erased', async () => {
    const stored: string[] = [];
    const { queue, scheduler } = createQueue(async (_key, value) => {
      stored.push(value);
    });
    queue.update('journalnotat', 'tekst');
    queue.discard();
    await scheduler.advance(5_000);
    expect(stored).toEqual([]);
    expect(queue.hasUnsaved()).toBe(false);
  });
});
