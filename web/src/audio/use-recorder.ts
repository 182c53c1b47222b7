/**
 * Live recording (issue 6 §4): microphone → AudioWorklet → 16 kHz PCM16 → WebSocket
 * (docs/api.md, through `LiveStreamClient`, which reconnects and keeps audio captured meanwhile).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaptureMode, Segment, Transcript } from '../api/schemas.js';
import {
  createPcm16Encoder,
  rmsLevel,
  targetSampleRate,
  toLittleEndianBytes,
  type Pcm16Encoder,
} from '../lib/pcm.js';
import workletUrl from './capture-worklet.ts?worker&url';
import { LiveStreamClient, type StreamConnection } from './live-stream-client.js';

export type RecorderState = 'idle' | 'starting' | 'recording' | 'paused' | 'stopping' | 'stopped';

export interface Recorder {
  readonly state: RecorderState;
  /** Seconds of audio captured (pauses excluded). */
  readonly elapsedSeconds: number;
  /** 0…1, for the level meter. */
  readonly level: number;
  /** What the server says it has received. */
  readonly receivedSeconds: number | undefined;
  readonly connection: StreamConnection;
  /** Live segments by index; the server may revise a segment, so later ones replace earlier. */
  readonly segments: ReadonlyMap<number, Segment>;
  readonly errorMessage: string | undefined;
  /** `dictation`: the clinician dictates alone (issue 13). */
  readonly start: (mode?: CaptureMode) => Promise<void>;
  readonly pause: () => void;
  readonly resume: () => void;
  readonly stop: () => void;
}

interface Running {
  readonly stream: MediaStream;
  readonly context: AudioContext;
  readonly encoder: Pcm16Encoder;
  readonly client: LiveStreamClient;
  pendingSamples: Int16Array[];
  pendingCount: number;
  totalSamples: number;
  paused: boolean;
  stopping: boolean;
}

const sendEvery = targetSampleRate / 10; // about 100 ms per frame

function releaseAudio(running: Running): void {
  for (const track of running.stream.getTracks()) track.stop();
  void running.context.close().catch(() => undefined);
}

function flushPending(running: Running): void {
  if (running.pendingCount === 0) return;
  const joined = new Int16Array(running.pendingCount);
  let offset = 0;
  for (const part of running.pendingSamples) {
    joined.set(part, offset);
    offset += part.length;
  }
  running.pendingSamples = [];
  running.pendingCount = 0;
  running.client.sendAudio(toLittleEndianBytes(joined));
}

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
  const [connection, setConnection] = useState<StreamConnection>('closed');
  const [segments, setSegments] = useState<ReadonlyMap<number, Segment>>(new Map());
  const [errorMessage, setErrorMessage] = useState<string | undefined>();
  const running = useRef<Running | undefined>(undefined);
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  const start = useCallback(
    async (mode: CaptureMode = 'conversation') => {
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
        // The graph only runs nodes connected to the output; a muted gain keeps it silent.
        const silent = context.createGain();
        silent.gain.value = 0;
        source.connect(node);
        node.connect(silent).connect(context.destination);

        const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
        // Filled in below; the client's callbacks need it, and the client is part of it.
        const holder: { running?: Running } = {};
        const client = new LiveStreamClient({
          url: `${protocol}//${window.location.host}/api/v1/consultations/${encodeURIComponent(consultationId)}/stream${mode === 'dictation' ? '?mode=dictation' : ''}`,
          createSocket: (url) => new WebSocket(url),
          schedule: (callback, delayMs) => {
            const timer = window.setTimeout(callback, delayMs);
            return () => {
              window.clearTimeout(timer);
            };
          },
          events: {
            onSegment: (index, segment) => {
              setSegments((previous) => new Map(previous).set(index, segment));
            },
            onReceivedSeconds: setReceivedSeconds,
            onError: setErrorMessage,
            onConnection: setConnection,
            onDone: (transcript) => {
              if (holder.running !== undefined) releaseAudio(holder.running);
              running.current = undefined;
              setState('stopped');
              onDoneRef.current(transcript);
            },
            onRefused: () => {
              if (holder.running !== undefined) releaseAudio(holder.running);
              running.current = undefined;
              setLevel(0);
              setState('idle');
              setErrorMessage(
                (previous) =>
                  previous ??
                  'Opptaket ble avbrutt av serveren. Prøv igjen, eller last opp en lydfil.',
              );
            },
          },
        });
        const capture: Running = {
          stream,
          context,
          encoder: createPcm16Encoder(context.sampleRate),
          client,
          pendingSamples: [],
          pendingCount: 0,
          totalSamples: 0,
          paused: false,
          stopping: false,
        };
        holder.running = capture;
        running.current = capture;
        let levelPeak = 0;
        node.port.onmessage = (event: MessageEvent<unknown>) => {
          if (!(event.data instanceof Float32Array) || capture.paused || capture.stopping) return;
          levelPeak = Math.max(levelPeak, rmsLevel(event.data));
          const pcm = capture.encoder.push(event.data);
          capture.pendingSamples.push(pcm);
          capture.pendingCount += pcm.length;
          capture.totalSamples += pcm.length;
          if (capture.pendingCount >= sendEvery) {
            flushPending(capture);
            setElapsedSeconds(capture.totalSamples / targetSampleRate);
            setLevel(levelPeak);
            levelPeak = 0;
          }
        };
        await context.resume();
        client.start();
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
    },
    [consultationId],
  );

  const pause = useCallback(() => {
    const current = running.current;
    if (current === undefined || current.paused || current.stopping) return;
    flushPending(current);
    current.paused = true;
    current.client.pause();
    setLevel(0);
    setState('paused');
  }, []);

  const resume = useCallback(() => {
    const current = running.current;
    if (current === undefined || !current.paused || current.stopping) return;
    current.paused = false;
    current.client.resume();
    setState('recording');
  }, []);

  const stop = useCallback(() => {
    const current = running.current;
    if (current === undefined || current.stopping) return;
    flushPending(current);
    current.stopping = true;
    // The microphone is released at once, not when the server has finished.
    releaseAudio(current);
    current.client.stop();
    setLevel(0);
    setState('stopping');
  }, []);

  useEffect(
    () => () => {
      const current = running.current;
      if (current === undefined) return;
      running.current = undefined;
      releaseAudio(current);
      current.client.dispose();
    },
    [],
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
