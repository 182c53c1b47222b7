import type { Actor } from '../auth/index.js';
import {
  InvalidInputError,
  systemClock,
  toDictation,
  type CaptureMode,
  type Clock,
  type Logger,
  type Transcript,
} from '../core/index.js';
import type { AudioBudget } from './audio-budget.js';
import type { ConsultationService } from './consultation-service.js';
import { speechToTextMissingMessage } from './speech-availability.js';

/** One live transcription session (implemented by `LiveTranscriptionSession` in src/transcribe). */
export interface LiveSession {
  attach(listener: (event: LiveEvent) => void): () => void;
  /** False when the engine has fallen behind and the transport should slow down. */
  pushPcm16(frame: Uint8Array): boolean;
  pause(): void;
  resume(): void;
  stop(): Promise<Transcript>;
  /** Zero-fills the audio buffers. */
  erase(): void;
  /** Audio held now, for the metrics (no content); absent for a session that does not count. */
  readonly stats?: { readonly heldBytes: number };
}

/** Events sent to the client; JSON-serialisable (docs/api.md, live audio WebSocket). */
export type LiveEvent = { readonly type: string } & Readonly<Record<string, unknown>>;

/** How fast and how long a live capture may run ahead of the clock (issue 14). */
export interface LiveLimits {
  /** Audio a client may send ahead of real time (a reconnect resending its buffer). */
  readonly burstSeconds: number;
  /** After the burst, audio is accepted at most this many times faster than real time. */
  readonly realTimeFactor: number;
  /** A session without any connection for this long is erased (an abandoned recording). */
  readonly idleMs: number;
}

const defaultLimits: LiveLimits = { burstSeconds: 120, realTimeFactor: 2, idleMs: 10 * 60_000 };
/** 16 kHz, 16-bit mono (docs/api.md). */
const bytesPerSecond = 32_000;

interface Entry {
  readonly ownerId: string;
  readonly session: LiveSession;
  readonly openedAt: number;
  receivedSeconds: number;
  connections: number;
  lastSeenAt: number;
  /** A dictation's transcript is stored as the clinician's alone. */
  mode: CaptureMode;
}

function createEntry(ownerId: string, session: LiveSession, now: number, mode: CaptureMode): Entry {
  return {
    ownerId,
    session,
    openedAt: now,
    receivedSeconds: 0,
    connections: 0,
    lastSeenAt: now,
    mode,
  };
}

/** What `createLiveCapture` works with. */
export interface LiveCaptureDeps {
  readonly consultations: ConsultationService;
  /** Absent when no speech-to-text engine is configured. */
  readonly createSession?: (() => LiveSession) | undefined;
  readonly logger: Logger;
  /** Concurrent live sessions per clinician. */
  readonly maxSessionsPerOwner?: number;
  readonly clock?: Clock;
  readonly limits?: Partial<LiveLimits>;
  /** The consultations' audio budget, shared with uploads (issue 14). */
  readonly audioBudget?: AudioBudget;
}

/**
 * Live capture use case: one in-memory session per consultation, reachable only by its owner.
 * Audio stays in memory (never on disk) and is zero-filled when the capture finishes, or when the
 * consultation is erased or expires. A dropped connection leaves the session in place, so a
 * reconnect resumes without losing audio.
 */
export function createLiveCapture(deps: LiveCaptureDeps) {
  const sessions = new Map<string, Entry>();
  const maxPerOwner = deps.maxSessionsPerOwner ?? 3;
  const clock = deps.clock ?? systemClock;
  const limits: LiveLimits = { ...defaultLimits, ...deps.limits };

  const track = (consultationId: string, entry: Entry): LiveSession =>
    trackSession(
      entry,
      clock,
      () => sessions.get(consultationId) === entry,
      (frame) => {
        reserveFrame(deps.audioBudget, consultationId, frame);
      },
    );

  const discard = (consultationId: string) => {
    const entry = sessions.get(consultationId);
    if (entry === undefined) return;
    sessions.delete(consultationId);
    entry.session.erase();
  };
  deps.consultations.onEnded(discard);

  return {
    get available(): boolean {
      return deps.createSession !== undefined;
    },
    /** Opens (or resumes) the live session of a consultation the actor owns. */
    async open(
      actor: Actor,
      consultationId: string,
      mode: CaptureMode = 'conversation',
    ): Promise<LiveSession> {
      const existing = sessions.get(consultationId);
      const resumes = existing !== undefined && existing.ownerId === actor.userId;
      // Refusals come before the consultation changes state, and are audited as refusals.
      const owned = [...sessions.values()].filter((entry) => entry.ownerId === actor.userId).length;
      const refusal = resumes
        ? undefined
        : refusalToOpen({ hasEngine: deps.createSession !== undefined, owned, maxPerOwner });
      if (refusal !== undefined) {
        await deps.consultations.refuseCapture(
          actor,
          consultationId,
          deps.createSession === undefined ? 'no-engine' : 'too-many-sessions',
        );
        throw refusal;
      }
      await deps.consultations.beginCapture(actor, consultationId);
      // What the consultation took before a restart still counts (issue 14).
      await deps.audioBudget?.open(consultationId);
      const current = sessions.get(consultationId);
      if (current !== undefined && current.ownerId === actor.userId) {
        // A reconnect says what the capture is; the last word holds for the whole recording.
        current.mode = mode;
        return track(consultationId, current);
      }
      if (deps.createSession === undefined) throw new Error('speech engine disappeared');
      const entry = createEntry(actor.userId, deps.createSession(), clock.now(), mode);
      sessions.set(consultationId, entry);
      return track(consultationId, entry);
    },
    /**
     * Milliseconds the transport should wait before reading more audio for this consultation:
     * 0 while the capture is within its burst and real-time budget (issue 14: one client pushed
     * hours of audio in seconds).
     */
    waitBeforeMoreMs(consultationId: string): number {
      return waitBeforeMore(sessions.get(consultationId), clock.now(), limits);
    },
    /** Erases sessions nobody has been connected to for `idleMs`; returns how many. */
    expireIdle(): number {
      const now = clock.now();
      let expired = 0;
      for (const [consultationId, entry] of [...sessions]) {
        if (entry.connections === 0 && now - entry.lastSeenAt >= limits.idleMs) {
          discard(consultationId);
          expired += 1;
        }
      }
      return expired;
    },
    /** Stops the capture, stores the transcript (encrypted) and erases the audio. */
    async finish(actor: Actor, consultationId: string): Promise<Transcript> {
      const entry = sessions.get(consultationId);
      if (entry?.ownerId !== actor.userId) {
        throw new InvalidInputError('no live session for this consultation', {
          userMessage: 'Det er ikke noe opptak i gang for denne konsultasjonen.',
        });
      }
      try {
        await deps.audioBudget?.flush(consultationId);
        const stopped = await entry.session.stop();
        const transcript = entry.mode === 'dictation' ? toDictation(stopped) : stopped;
        if (transcript.segments.length > 0) {
          await deps.consultations.finishStream(actor, consultationId, transcript);
        }
        return transcript;
      } finally {
        discard(consultationId);
      }
    },
    discard,
    get activeSessions(): number {
      return sessions.size;
    },
    /** Bytes of audio all live sessions hold now (issue 14: bounded per session). */
    get heldAudioBytes(): number {
      let total = 0;
      for (const entry of sessions.values()) total += entry.session.stats?.heldBytes ?? 0;
      return total;
    },
    /** Erases every session (server shutdown: audio held only in memory is gone with the process). */
    closeAll(): void {
      for (const consultationId of [...sessions.keys()]) discard(consultationId);
      deps.logger.info('live sessions closed', { count: sessions.size });
    },
  };
}

export type LiveCapture = ReturnType<typeof createLiveCapture>;

/** See `waitBeforeMoreMs`: how far the capture is ahead of its burst and real-time allowance. */
function waitBeforeMore(entry: Entry | undefined, now: number, limits: LiveLimits): number {
  if (entry === undefined) return 0;
  const elapsedSeconds = Math.max(0, (now - entry.openedAt) / 1000);
  const allowed = limits.burstSeconds + elapsedSeconds * limits.realTimeFactor;
  const ahead = entry.receivedSeconds - allowed;
  return ahead <= 0 ? 0 : Math.ceil((ahead / limits.realTimeFactor) * 1000);
}

/** A frame over the consultation's audio budget is refused (a 413 event); what was taken stays. */
function reserveFrame(budget: AudioBudget | undefined, consultationId: string, frame: Uint8Array) {
  budget?.reserve(consultationId, {
    bytes: frame.byteLength,
    seconds: frame.byteLength / bytesPerSecond,
  });
}

/** The session as handed to a transport: counts connections and paces the audio. */
function trackSession(
  entry: Entry,
  clock: Clock,
  isCurrent: () => boolean,
  reserve: (frame: Uint8Array) => void,
): LiveSession {
  return {
    attach(listener) {
      entry.connections += 1;
      entry.lastSeenAt = clock.now();
      const detach = entry.session.attach(listener);
      let attached = true;
      return () => {
        if (!attached) return;
        attached = false;
        entry.connections -= 1;
        entry.lastSeenAt = clock.now();
        detach();
      };
    },
    pushPcm16(frame) {
      entry.lastSeenAt = clock.now();
      reserve(frame);
      const accepted = entry.session.pushPcm16(frame);
      if (accepted && isCurrent()) entry.receivedSeconds += frame.byteLength / bytesPerSecond;
      return accepted;
    },
    pause: () => {
      entry.session.pause();
    },
    resume: () => {
      entry.session.resume();
    },
    stop: () => entry.session.stop(),
    erase: () => {
      entry.session.erase();
    },
  };
}

/** Why a new live session may not open: no engine, or the clinician's limit reached. */
function refusalToOpen(state: {
  hasEngine: boolean;
  owned: number;
  maxPerOwner: number;
}): InvalidInputError | undefined {
  if (!state.hasEngine) {
    return new InvalidInputError('no speech-to-text engine is configured', {
      userMessage: speechToTextMissingMessage,
    });
  }
  if (state.owned >= state.maxPerOwner) {
    return new InvalidInputError('too many live sessions for this clinician', {
      userMessage: `Du har allerede ${state.owned} opptak i gang. Avslutt ett før du starter et nytt.`,
    });
  }
  return undefined;
}
