/**
 * Live recording (issue 6 §4): microphone → AudioWorklet → 16 kHz PCM16 → WebSocket
 * (docs/api.md). The socket reconnects on its own; audio captured meanwhile is kept in memory and
 * sent when the connection is back (the server resumes the same consultation).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { streamMessageSchema, type Segment, type Transcript } from '../api/schemas.js';
import {
  createPcm16Encoder,
  rmsLevel,
  targetSampleRate,
  toLittleEndianBytes,
  type Pcm16Encoder,
} from '../lib/pcm.js';
import workletUrl from './capture-worklet.ts?worker&url';

export type RecorderState = 'idle' | 'starting' | 'recording' | 'paused' | 'stopping' | 'stopped';

export interface Recorder {
  readonly state: RecorderState;
  /** Seconds of audio captured (pauses excluded). */
  readonly elapsedSeconds: number;
  /** 0…1, for the level meter. */
  readonly level: number;
  /** What the server says it has received. */
  readonly receivedSeconds: number | undefined;
  readonly connection: 'connected' | 'reconnecting' | 'closed';
  /** Live segments by index; the server may revise a segment, so later ones replace earlier. */
  readonly segments: ReadonlyMap<number, Segment>;
  readonly errorMessage: string | undefined;
  readonly start: () => Promise<void>;
  readonly pause: () => void;
  readonly resume: () => void;
  readonly stop: () => void;
}

interface Running {
  stream: MediaStream;
  context: AudioContext;
  encoder: Pcm16Encoder;
  socket: WebSocket | undefined;
  queue: ArrayBuffer[];
  pendingSamples: Int16Array[];
  pendingCount: number;
  totalSamples: number;
  reconnectAttempt: number;
  reconnectTimer: number | undefined;
  stopping: boolean;
  paused: boolean;
}

const sendEvery = targetSampleRate / 10; // 100 ms per frame

/**
 * `onDone` receives the finished transcript, or undefined when the server closed the stream
 * normally without sending it (the caller then reloads the consultation).
 */
export function useRecorder(
  consultationId: string,
  onDone: (transcript: Transcript | undefined) => void,
): Recorder {
  const [state, setState] = useState<RecorderState>('idle');
  const [elapsedSeconds, setElapsedSeconds] = useState(0);
  const [level, setLevel] = useState(0);
  const [receivedSeconds, setReceivedSeconds] = useState<number | undefined>();
  const [connection, setConnection] = useState<Recorder['connection']>('closed');
  const [segments, setSegments] = useState<ReadonlyMap<number, Segment>>(new Map());
  const [errorMessage, setErrorMessage] = useState<string | undefined>();
  const running = useRef<Running | undefined>(undefined);
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  const releaseAudio = useCallback((current: Running) => {
    for (const track of current.stream.getTracks()) track.stop();
    void current.context.close().catch(() => undefined);
  }, []);

  const connect = useCallback(
    (current: Running) => {
      const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
      const socket = new WebSocket(
        `${protocol}//${window.location.host}/api/v1/consultations/${encodeURIComponent(consultationId)}/stream`,
      );
      socket.binaryType = 'arraybuffer';
      current.socket = socket;
      socket.addEventListener('open', () => {
        current.reconnectAttempt = 0;
        setConnection('connected');
        if (current.paused) socket.send(JSON.stringify({ type: 'pause' }));
        for (const frame of current.queue.splice(0)) socket.send(frame);
        if (current.stopping) socket.send(JSON.stringify({ type: 'stop' }));
      });
      socket.addEventListener('message', (event: MessageEvent<unknown>) => {
        if (typeof event.data !== 'string') return;
        let raw: unknown;
        try {
          raw = JSON.parse(event.data);
        } catch {
          return;
        }
        const parsed = streamMessageSchema.safeParse(raw);
        if (!parsed.success) return;
        const message = parsed.data;
        switch (message.type) {
          case 'segment':
            setSegments((previous) => new Map(previous).set(message.index, message.segment));
            break;
          case 'status':
            if (typeof message.receivedSeconds === 'number')
              setReceivedSeconds(message.receivedSeconds);
            break;
          case 'error':
            setErrorMessage(message.message);
            break;
          case 'done':
            current.stopping = false;
            running.current = undefined;
            socket.close();
            setConnection('closed');
            setState('stopped');
            onDoneRef.current(message.transcript);
            break;
        }
      });
      socket.addEventListener('close', (event: CloseEvent) => {
        if (running.current !== current) return;
        if (current.stopping && event.code === 1000) {
          // Finished without a `done` frame reaching us: the server has stored the transcript.
          running.current = undefined;
          setConnection('closed');
          setState('stopped');
          onDoneRef.current(undefined);
          return;
        }
        if (event.code === 1008 || event.code === 1011) {
          // Refused (no speech-to-text engine, not allowed, too many recordings) or failed: the
          // server has said why in an `error` frame; retrying would only repeat it.
          running.current = undefined;
          releaseAudio(current);
          setLevel(0);
          setConnection('closed');
          setState('idle');
          setErrorMessage(
            (previous) =>
              previous ?? 'Opptaket ble avbrutt av serveren. Prøv igjen, eller last opp en lydfil.',
          );
          return;
        }
        // Lost connection while recording: keep capturing into memory and try again.
        setConnection('reconnecting');
        const delays = [500, 1_000, 2_000, 5_000, 10_000];
        const delay = delays[Math.min(current.reconnectAttempt, delays.length - 1)] ?? 10_000;
        current.reconnectAttempt += 1;
        if (current.reconnectAttempt > 30) {
          setErrorMessage(
            'Forbindelsen til Referent er borte. Opptaket er stoppet. Last opp en lydfil eller skriv notatet selv.',
          );
          releaseAudio(current);
          running.current = undefined;
          setConnection('closed');
          setState('idle');
          return;
        }
        current.reconnectTimer = window.setTimeout(() => {
          if (running.current === current) connect(current);
        }, delay);
      });
    },
    [consultationId, releaseAudio],
  );

  const sendFrame = useCallback((current: Running, frame: ArrayBuffer) => {
    if (current.socket?.readyState === WebSocket.OPEN) current.socket.send(frame);
    else current.queue.push(frame);
  }, []);

  const flushPending = useCallback(
    (current: Running) => {
      if (current.pendingCount === 0) return;
      const joined = new Int16Array(current.pendingCount);
      let offset = 0;
      for (const part of current.pendingSamples) {
        joined.set(part, offset);
        offset += part.length;
      }
      current.pendingSamples = [];
      current.pendingCount = 0;
      sendFrame(current, toLittleEndianBytes(joined));
    },
    [sendFrame],
  );

  const start = useCallback(async () => {
    if (running.current !== undefined) return;
    setErrorMessage(undefined);
    setState('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
      });
    } catch (error: unknown) {
      setState('idle');
      setErrorMessage(
        error instanceof DOMException && error.name === 'NotFoundError'
          ? 'Fant ingen mikrofon. Koble til en mikrofon og prøv igjen, eller last opp en lydfil.'
          : 'Referent fikk ikke bruke mikrofonen. Gi nettleseren tilgang til mikrofonen (ikonet i adressefeltet) og prøv igjen.',
      );
      return;
    }
    let context: AudioContext;
    try {
      context = new AudioContext({ sampleRate: targetSampleRate });
    } catch {
      // Some browsers refuse a 16 kHz context; the encoder resamples instead.
      context = new AudioContext();
    }
    try {
      await context.audioWorklet.addModule(workletUrl);
      const source = context.createMediaStreamSource(stream);
      const node = new AudioWorkletNode(context, 'referent-capture', {
        numberOfInputs: 1,
        numberOfOutputs: 1,
      });
      const silent = context.createGain();
      silent.gain.value = 0;
      source.connect(node);
      node.connect(silent).connect(context.destination);
      const current: Running = {
        stream,
        context,
        encoder: createPcm16Encoder(context.sampleRate),
        socket: undefined,
        queue: [],
        pendingSamples: [],
        pendingCount: 0,
        totalSamples: 0,
        reconnectAttempt: 0,
        reconnectTimer: undefined,
        stopping: false,
        paused: false,
      };
      running.current = current;
      let levelPeak = 0;
      node.port.onmessage = (event: MessageEvent<unknown>) => {
        if (!(event.data instanceof Float32Array) || current.paused || current.stopping) return;
        levelPeak = Math.max(levelPeak, rmsLevel(event.data));
        const pcm = current.encoder.push(event.data);
        current.pendingSamples.push(pcm);
        current.pendingCount += pcm.length;
        current.totalSamples += pcm.length;
        if (current.pendingCount >= sendEvery) {
          flushPending(current);
          setElapsedSeconds(current.totalSamples / targetSampleRate);
          setLevel(levelPeak);
          levelPeak = 0;
        }
      };
      await context.resume();
      connect(current);
      setSegments(new Map());
      setElapsedSeconds(0);
      setState('recording');
    } catch {
      for (const track of stream.getTracks()) track.stop();
      void context.close().catch(() => undefined);
      setState('idle');
      setErrorMessage(
        'Opptaket kunne ikke starte i denne nettleseren. Bruk en oppdatert Chrome, Edge eller Firefox, eller last opp en lydfil.',
      );
    }
  }, [connect, flushPending]);

  const pause = useCallback(() => {
    const current = running.current;
    if (current === undefined || current.paused) return;
    flushPending(current);
    current.paused = true;
    setLevel(0);
    if (current.socket?.readyState === WebSocket.OPEN)
      current.socket.send(JSON.stringify({ type: 'pause' }));
    setState('paused');
  }, [flushPending]);

  const resume = useCallback(() => {
    const current = running.current;
    if (current === undefined || !current.paused) return;
    current.paused = false;
    if (current.socket?.readyState === WebSocket.OPEN)
      current.socket.send(JSON.stringify({ type: 'resume' }));
    setState('recording');
  }, []);

  const stop = useCallback(() => {
    const current = running.current;
    if (current === undefined || current.stopping) return;
    flushPending(current);
    current.stopping = true;
    // The microphone is released at once, not when the server has finished.
    releaseAudio(current);
    setLevel(0);
    setState('stopping');
    if (current.socket?.readyState === WebSocket.OPEN)
      current.socket.send(JSON.stringify({ type: 'stop' }));
  }, [flushPending, releaseAudio]);

  useEffect(
    () => () => {
      const current = running.current;
      if (current === undefined) return;
      running.current = undefined;
      if (current.reconnectTimer !== undefined) window.clearTimeout(current.reconnectTimer);
      releaseAudio(current);
      current.socket?.close();
    },
    [releaseAudio],
  );

  return {
    state,
    elapsedSeconds,
    level,
    receivedSeconds,
    connection,
    segments,
    errorMessage,
    start,
    pause,
    resume,
    stop,
  };
}
