import { describe, expect, it } from 'vitest';
import type { Segment, Transcript } from '../api/schemas.js';
import { LiveStreamClient, type SocketLike, type StreamConnection } from './live-stream-client.js';

/** A WebSocket stand-in the test opens, closes and talks through by hand. */
class FakeSocket implements SocketLike {
  readyState = 0;
  binaryType: BinaryType = 'blob';
  readonly sent: (string | ArrayBuffer)[] = [];
  readonly #listeners = new Map<string, ((event: never) => void)[]>();

  send(data: string | ArrayBuffer): void {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open');
    this.sent.push(data);
  }
  close(): void {
    this.readyState = 3;
  }
  addEventListener(type: string, listener: (event: never) => void): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  #emit(type: string, event: unknown): void {
    for (const listener of this.#listeners.get(type) ?? [])
      (listener as (value: unknown) => void)(event);
  }
  open(): void {
    this.readyState = 1;
    this.#emit('open', {});
  }
  receive(message: unknown): void {
    this.#emit('message', { data: JSON.stringify(message) });
  }
  drop(code: number): void {
    this.readyState = 3;
    this.#emit('close', { code });
  }
  /** What went out, with audio frames shown as their first sample value. */
  get log(): string[] {
    return this.sent.map((data) =>
      typeof data === 'string'
        ? (JSON.parse(data) as { type: string }).type
        : `audio:${new Int16Array(data)[0] ?? ''}`,
    );
  }
}

function frame(marker: number): ArrayBuffer {
  return Int16Array.from([marker, 0]).buffer;
}

function setup() {
  const sockets: FakeSocket[] = [];
  const timers: { callback: () => void; delayMs: number }[] = [];
  const connections: StreamConnection[] = [];
  const segments: Segment[] = [];
  const errors: string[] = [];
  const done: (Transcript | undefined)[] = [];
  let refused = 0;
  const client = new LiveStreamClient({
    url: 'ws://referent.test/api/v1/consultations/c1/stream',
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    schedule: (callback, delayMs) => {
      const timer = { callback, delayMs };
      timers.push(timer);
      return () => {
        timers.splice(timers.indexOf(timer), 1);
      };
    },
    reconnectDelaysMs: [500, 1_000],
    maxReconnectAttempts: 3,
    events: {
      onSegment: (_index, segment) => segments.push(segment),
      onReceivedSeconds: () => undefined,
      onError: (message) => errors.push(message),
      onConnection: (connection) => connections.push(connection),
      onDone: (transcript) => done.push(transcript),
      onRefused: () => {
        refused += 1;
      },
    },
  });
  const runTimers = () => {
    for (const timer of timers.splice(0)) timer.callback();
  };
  return {
    client,
    sockets,
    timers,
    runTimers,
    connections,
    segments,
    errors,
    done,
    refusedCount: () => refused,
  };
}

describe('LiveStreamClient', () => {
  it('keeps audio captured before the socket opens and sends it in order', () => {
    const { client, sockets } = setup();
    client.start();
    client.sendAudio(frame(1));
    client.sendAudio(frame(2));
    sockets[0]?.open();
    client.sendAudio(frame(3));
    expect(sockets[0]?.log).toEqual(['audio:1', 'audio:2', 'audio:3']);
    expect(sockets[0]?.binaryType).toBe('arraybuffer');
  });

  it('reconnects after a dropped connection and sends the audio captured meanwhile, in order', () => {
    const { client, sockets, timers, runTimers, connections } = setup();
    client.start();
    sockets[0]?.open();
    client.sendAudio(frame(1));
    sockets[0]?.drop(1006);
    expect(connections.at(-1)).toBe('reconnecting');
    expect(timers[0]?.delayMs).toBe(500);
    client.sendAudio(frame(2));
    client.sendAudio(frame(3));
    runTimers();
    sockets[1]?.open();
    client.sendAudio(frame(4));
    expect(sockets[1]?.log).toEqual(['audio:2', 'audio:3', 'audio:4']);
    expect(connections.at(-1)).toBe('connected');
  });

  it('brings the pause state in line after a reconnect', () => {
    const { client, sockets, runTimers } = setup();
    client.start();
    sockets[0]?.open();
    client.pause();
    sockets[0]?.drop(1006);
    client.resume();
    runTimers();
    sockets[1]?.open();
    expect(sockets[0]?.log).toEqual(['pause']);
    expect(sockets[1]?.log).toEqual(['resume']);
  });

  it('sends stop after the audio still waiting and reports the finished transcript', () => {
    const { client, sockets, runTimers, done, segments } = setup();
    client.start();
    sockets[0]?.open();
    sockets[0]?.receive({
      type: 'segment',
      index: 0,
      segment: { speaker: 'pasient', text: 'Vondt i halsen.' },
    });
    sockets[0]?.drop(1006);
    client.sendAudio(frame(7));
    client.stop();
    runTimers();
    sockets[1]?.open();
    expect(sockets[1]?.log).toEqual(['audio:7', 'stop']);
    const transcript = { segments: [{ speaker: 'pasient', text: 'Vondt i halsen.' }] };
    sockets[1]?.receive({ type: 'done', transcript });
    expect(done).toEqual([transcript]);
    expect(segments.map((segment) => segment.text)).toEqual(['Vondt i halsen.']);
  });

  it('treats a normal close after stop as finished, without reconnecting', () => {
    const { client, sockets, timers, done } = setup();
    client.start();
    sockets[0]?.open();
    client.stop();
    sockets[0]?.drop(1000);
    expect(done).toEqual([undefined]);
    expect(timers).toHaveLength(0);
  });

  it('does not retry when the server refuses, and shows its reason', () => {
    const { client, sockets, timers, errors, refusedCount } = setup();
    client.start();
    sockets[0]?.open();
    sockets[0]?.receive({
      type: 'error',
      code: 'invalid-input',
      message: 'Tale-til-tekst er ikke satt opp i denne installasjonen.',
    });
    sockets[0]?.drop(1008);
    expect(errors).toEqual(['Tale-til-tekst er ikke satt opp i denne installasjonen.']);
    expect(refusedCount()).toBe(1);
    expect(timers).toHaveLength(0);
    expect(sockets).toHaveLength(1);
  });

  it('stops at once when the first connection cannot even open, instead of retrying for minutes', () => {
    const { client, sockets, runTimers, errors, refusedCount, connections } = setup();
    client.start();
    sockets[0]?.drop(1006);
    runTimers();
    sockets[1]?.drop(1006);
    runTimers();
    expect(sockets).toHaveLength(2);
    expect(refusedCount()).toBe(1);
    expect(connections.at(-1)).toBe('closed');
    expect(errors.at(-1)).toContain('Referent tok ikke imot opptaket');
  });

  it('gives up after repeated failed reconnects and says what to do', () => {
    const { client, sockets, runTimers, errors, refusedCount } = setup();
    client.start();
    sockets[0]?.open();
    for (let attempt = 0; attempt < 4; attempt += 1) {
      sockets.at(-1)?.drop(1006);
      runTimers();
    }
    expect(sockets).toHaveLength(4);
    expect(refusedCount()).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors.at(-1)).toContain('Last opp en lydfil');
  });

  it('ignores frames that are not protocol messages', () => {
    const { client, sockets, segments, errors } = setup();
    client.start();
    sockets[0]?.open();
    sockets[0]?.receive({ type: 'segment', index: 'x' });
    sockets[0]?.receive({ hello: 'world' });
    expect(segments).toEqual([]);
    expect(errors).toEqual([]);
  });
});
