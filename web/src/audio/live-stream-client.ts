/**
 * The live-audio WebSocket protocol (docs/api.md), apart from the microphone: binary PCM16 frames
 * out, `pause`/`resume`/`stop` text frames out, segment/status/error/done frames in. A dropped
 * connection is reopened with backoff; frames captured meanwhile wait in memory and go out in
 * order once the socket is open again (the server resumes the same consultation's session).
 */
import { streamMessageSchema, type Segment, type Transcript } from '../api/schemas.js';

/** The part of the browser's WebSocket the client uses; injected so tests can fake it. */
export interface SocketLike {
  readonly readyState: number;
  binaryType: BinaryType;
  send(data: string | ArrayBuffer): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { readonly code: number }) => void): void;
}

const openState = 1;

export type StreamConnection = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface LiveStreamEvents {
  readonly onSegment: (index: number, segment: Segment) => void;
  readonly onReceivedSeconds: (seconds: number) => void;
  /** A Norwegian message from the server, safe to show. */
  readonly onError: (message: string) => void;
  readonly onConnection: (connection: StreamConnection) => void;
  /** The recording is finished; the transcript, or undefined when the server closed without it. */
  readonly onDone: (transcript: Transcript | undefined) => void;
  /** The server refused or gave up (no speech-to-text engine, not allowed, failed): do not retry. */
  readonly onRefused: () => void;
}

export interface LiveStreamClientOptions {
  readonly url: string;
  readonly createSocket: (url: string) => SocketLike;
  readonly schedule: (callback: () => void, delayMs: number) => () => void;
  readonly events: LiveStreamEvents;
  readonly reconnectDelaysMs?: readonly number[];
  /** After this many failed reconnects in a row the client gives up and reports `onRefused`. */
  readonly maxReconnectAttempts?: number;
  /** Retries before the first successful open; after them the stream counts as refused. */
  readonly maxInitialAttempts?: number;
}

export class LiveStreamClient {
  readonly #options: LiveStreamClientOptions;
  readonly #queue: (ArrayBuffer | string)[] = [];
  #socket: SocketLike | undefined;
  #attempt = 0;
  #cancelReconnect: (() => void) | undefined;
  #paused = false;
  /** True once a pause reached the server and no resume has followed: it may still be paused. */
  #serverPaused = false;
  #stopping = false;
  #finished = false;
  /** False until a connection has opened once: failing before that is a refusal, not a drop. */
  #everOpened = false;

  constructor(options: LiveStreamClientOptions) {
    this.#options = options;
  }

  /** Opens the connection. */
  start(): void {
    this.#connect('connecting');
  }

  /** Sends a PCM16 frame now, or keeps it until the connection is back. */
  sendAudio(frame: ArrayBuffer): void {
    if (this.#finished) return;
    this.#send(frame);
  }

  pause(): void {
    this.#paused = true;
    this.#sendControl('pause');
  }

  resume(): void {
    this.#paused = false;
    this.#sendControl('resume');
  }

  /** Asks the server to finish; `onDone` follows. Sent after any audio still waiting. */
  stop(): void {
    if (this.#stopping || this.#finished) return;
    this.#stopping = true;
    this.#send(JSON.stringify({ type: 'stop' }));
  }

  /** Closes everything without finishing (the screen went away). */
  dispose(): void {
    this.#finished = true;
    this.#cancelReconnect?.();
    this.#socket?.close(1000, 'closed');
  }

  #sendControl(type: 'pause' | 'resume'): void {
    // Only the current state matters after a reconnect; `open` re-sends it if needed.
    if (this.#socket?.readyState === openState) {
      this.#socket.send(JSON.stringify({ type }));
      this.#serverPaused = type === 'pause';
    }
  }

  #send(data: ArrayBuffer | string): void {
    if (this.#socket?.readyState === openState && this.#queue.length === 0) this.#socket.send(data);
    else this.#queue.push(data);
  }

  #connect(connection: 'connecting' | 'reconnecting'): void {
    if (this.#finished) return;
    this.#options.events.onConnection(connection);
    const socket = this.#options.createSocket(this.#options.url);
    socket.binaryType = 'arraybuffer';
    this.#socket = socket;
    socket.addEventListener('open', () => {
      if (this.#socket !== socket) return;
      this.#attempt = 0;
      this.#everOpened = true;
      this.#options.events.onConnection('connected');
      // The server keeps the session's state across connections; bring it in line with ours.
      if (this.#paused !== this.#serverPaused) {
        socket.send(JSON.stringify({ type: this.#paused ? 'pause' : 'resume' }));
        this.#serverPaused = this.#paused;
      }
      for (const data of this.#queue.splice(0)) socket.send(data);
    });
    socket.addEventListener('message', (event) => {
      if (this.#socket !== socket) return;
      this.#receive(event.data);
    });
    socket.addEventListener('close', (event) => {
      if (this.#socket !== socket || this.#finished) return;
      this.#onClose(event.code);
    });
  }

  #receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = streamMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'segment':
        this.#options.events.onSegment(message.index, message.segment);
        break;
      case 'status':
        if (typeof message.receivedSeconds === 'number')
          this.#options.events.onReceivedSeconds(message.receivedSeconds);
        break;
      case 'error':
        this.#options.events.onError(message.message);
        break;
      case 'done':
        this.#finish(message.transcript);
        break;
    }
  }

  #finish(transcript: Transcript | undefined): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#cancelReconnect?.();
    this.#socket?.close(1000, 'done');
    this.#options.events.onConnection('closed');
    this.#options.events.onDone(transcript);
  }

  #onClose(code: number): void {
    if (this.#stopping && code === 1000) {
      // Finished without a `done` frame reaching us: the server has stored the transcript.
      this.#finish(undefined);
      return;
    }
    if (code === 1008 || code === 1011) {
      // Refused or failed; the server said why in an `error` frame. Retrying would repeat it.
      this.#finished = true;
      this.#options.events.onConnection('closed');
      this.#options.events.onRefused();
      return;
    }
    if (!this.#everOpened && this.#attempt >= (this.#options.maxInitialAttempts ?? 1)) {
      // The upgrade itself was refused (a browser sees only code 1006): retrying would repeat it.
      this.#finished = true;
      this.#options.events.onConnection('closed');
      this.#options.events.onError(
        'Referent tok ikke imot opptaket. Last inn siden på nytt. Hvis det gjentar seg, last opp en lydfil eller en transkripsjon i stedet.',
      );
      this.#options.events.onRefused();
      return;
    }
    const delays = this.#options.reconnectDelaysMs ?? [500, 1_000, 2_000, 5_000, 10_000];
    if (this.#attempt >= (this.#options.maxReconnectAttempts ?? 30)) {
      this.#finished = true;
      this.#options.events.onConnection('closed');
      this.#options.events.onError(
        'Forbindelsen til Referent er borte. Opptaket er stoppet. Last opp en lydfil eller skriv notatet selv.',
      );
      this.#options.events.onRefused();
      return;
    }
    const delay = delays[Math.min(this.#attempt, delays.length - 1)] ?? 10_000;
    this.#attempt += 1;
    this.#options.events.onConnection('reconnecting');
    this.#cancelReconnect = this.#options.schedule(() => {
      this.#cancelReconnect = undefined;
      this.#connect('reconnecting');
    }, delay);
  }
}
