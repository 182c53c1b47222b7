import type { Actor } from '../auth/index.js';
import { InvalidInputError, type Logger, type Transcript } from '../core/index.js';
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
}

/** Events sent to the client; JSON-serialisable (docs/api.md, live audio WebSocket). */
export type LiveEvent = { readonly type: string } & Readonly<Record<string, unknown>>;

/**
 * Live capture use case: one in-memory session per consultation, reachable only by its owner.
 * Audio stays in memory (never on disk) and is zero-filled when the capture finishes, or when the
 * consultation is erased or expires. A dropped connection leaves the session in place, so a
 * reconnect resumes without losing audio.
 */
export function createLiveCapture(deps: {
  readonly consultations: ConsultationService;
  /** Absent when no speech-to-text engine is configured. */
  readonly createSession?: () => LiveSession;
  readonly logger: Logger;
  /** Concurrent live sessions per clinician. */
  readonly maxSessionsPerOwner?: number;
}) {
  const sessions = new Map<string, { readonly ownerId: string; readonly session: LiveSession }>();
  const maxPerOwner = deps.maxSessionsPerOwner ?? 3;

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
    async open(actor: Actor, consultationId: string): Promise<LiveSession> {
      await deps.consultations.beginCapture(actor, consultationId);
      const existing = sessions.get(consultationId);
      if (existing !== undefined && existing.ownerId === actor.userId) return existing.session;
      if (deps.createSession === undefined) {
        throw new InvalidInputError('no speech-to-text engine is configured', {
          userMessage: speechToTextMissingMessage,
        });
      }
      const owned = [...sessions.values()].filter((entry) => entry.ownerId === actor.userId).length;
      if (owned >= maxPerOwner) {
        throw new InvalidInputError('too many live sessions for this clinician', {
          userMessage: `Du har allerede ${owned} opptak i gang. Avslutt ett før du starter et nytt.`,
        });
      }
      const session = deps.createSession();
      sessions.set(consultationId, { ownerId: actor.userId, session });
      return session;
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
        const transcript = await entry.session.stop();
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
    /** Erases every session (server shutdown: audio held only in memory is gone with the process). */
    closeAll(): void {
      for (const consultationId of [...sessions.keys()]) discard(consultationId);
      deps.logger.info('live sessions closed', { count: sessions.size });
    },
  };
}

export type LiveCapture = ReturnType<typeof createLiveCapture>;
