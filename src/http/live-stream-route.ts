import type { FastifyInstance } from 'fastify';
import fastifyWebsocket from '@fastify/websocket';
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import type { Actor } from '../auth/index.js';
import { ForbiddenError, NotAvailableError, captureModes, type Logger } from '../core/index.js';
import {
  speechToTextMissingMessage,
  type LiveCapture,
  type LiveSession,
} from '../consultations/index.js';
import { toHttpError } from './error-mapping.js';
import { consultationIdOf, parse, type RouteHelpers } from './route-helpers.js';

const controlSchema = z.object({ type: z.enum(['pause', 'resume', 'stop']) });
/** `?mode=dictation`: the clinician dictates alone (issue 13). */
const streamQuerySchema = z.object({ mode: z.enum(captureModes).default('conversation') });
/** One second of 16 kHz 16-bit mono is 32 000 bytes; frames may be up to 1 s (docs/api.md). */
const maxFrameBytes = 32_000;

/**
 * `GET /api/v1/consultations/:id/stream` (design §6.2): live audio over a WebSocket. A thin
 * adapter: binary frames → `pushPcm16`, text frames → pause/resume/stop, session events → text
 * frames. Authentication happens before the upgrade (bearer header or the session cookie, with an
 * Origin check against cross-site WebSocket hijacking).
 */
export async function registerLiveStreamRoute(
  server: FastifyInstance,
  deps: { helpers: RouteHelpers; live: LiveCapture; logger: Logger },
): Promise<void> {
  await server.register(fastifyWebsocket, {
    options: { maxPayload: maxFrameBytes * 2 },
    // A socket paused for back-pressure must read again to complete the closing handshake.
    preClose(done) {
      for (const client of this.websocketServer.clients) {
        client.resume();
        client.close(1001, 'server closing');
      }
      this.websocketServer.close();
      done();
    },
  });
  const opened = new WeakMap<object, { actor: Actor; session: LiveSession }>();
  // Refusals a browser must be able to read: a refused upgrade reaches a page only as code 1006,
  // which looks like a dropped connection. These are sent in-band, then closed with 1008.
  const refused = new WeakMap<object, NotAvailableError>();

  server.get(
    '/api/v1/consultations/:id/stream',
    {
      websocket: true,
      preValidation: async (request) => {
        const origin = request.headers.origin;
        if (origin !== undefined && request.headers.authorization === undefined) {
          const host = request.headers.host ?? '';
          if (origin !== `http://${host}` && origin !== `https://${host}`) {
            throw new ForbiddenError('Opptak kan bare startes fra Referent selv.');
          }
        }
        const actor = await deps.helpers.authenticate(request);
        const id = consultationIdOf(request);
        if (!deps.live.available) {
          refused.set(request, new NotAvailableError('speech-to-text', speechToTextMissingMessage));
          return;
        }
        // Ownership and state are checked before the upgrade, so a refusal is a plain HTTP answer.
        const { mode } = parse(
          streamQuerySchema,
          request.query,
          'Ukjent opptaksform: bruk «conversation» eller «dictation».',
        );
        opened.set(request, { actor, session: await deps.live.open(actor, id, mode) });
      },
    },
    (socket: WebSocket, request) => {
      const send = socketSender(socket);
      const refusal = refused.get(request);
      if (refusal !== undefined) {
        sendError(send, refusal);
        socket.close(1008, refusal.code);
        return;
      }
      const context = opened.get(request);
      if (context === undefined) {
        socket.close(1008, 'unauthenticated');
        return;
      }
      serveLiveSocket(socket, { ...context, id: consultationIdOf(request), ...deps });
    },
  );
}

type Send = (event: object) => void;

/** Sends a JSON event while the socket is open. */
function socketSender(socket: WebSocket): Send {
  return (event) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
  };
}

/** An error event in the one mapping's words (code and Norwegian message, no content). */
function sendError(send: Send, error: unknown): void {
  const mapped = toHttpError(error);
  send({ type: 'error', code: mapped.code, message: mapped.message });
}

/**
 * Back-pressure (issue 14): stop reading the socket while the engine is behind or the client
 * runs too far ahead of real time; TCP then slows the sender down.
 */
function createSocketPacing(socket: WebSocket, waitBeforeMoreMs: () => number) {
  const holds = new Set<'engine' | 'pace'>();
  let paceTimer: NodeJS.Timeout | undefined;
  const hold = (reason: 'engine' | 'pace') => {
    holds.add(reason);
    socket.pause();
  };
  const release = (reason: 'engine' | 'pace') => {
    holds.delete(reason);
    if (holds.size === 0) socket.resume();
  };
  const pace = () => {
    const wait = waitBeforeMoreMs();
    if (wait <= 0 || paceTimer !== undefined) return;
    hold('pace');
    paceTimer = setTimeout(() => {
      paceTimer = undefined;
      release('pace');
      pace();
    }, wait);
  };
  const dispose = () => {
    if (paceTimer !== undefined) clearTimeout(paceTimer);
  };
  return { hold, release, pace, dispose };
}

function toFrame(data: RawData): Buffer {
  return Buffer.isBuffer(data)
    ? data
    : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]);
}

/** The socket of one opened live session: frames in, session events out, stop → finish. */
function serveLiveSocket(
  socket: WebSocket,
  args: {
    actor: Actor;
    session: LiveSession;
    id: string;
    live: LiveCapture;
    logger: Logger;
  },
): void {
  const { actor, session, id, live } = args;
  const send = socketSender(socket);
  const pacing = createSocketPacing(socket, () => live.waitBeforeMoreMs(id));
  let detach: (() => void) | undefined;
  // Frames that arrive while the session is being opened are kept in order, not dropped.
  const early: { data: RawData; isBinary: boolean }[] = [];
  let handle: ((data: RawData, isBinary: boolean) => void) | undefined;
  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (handle === undefined) early.push({ data, isBinary });
    else handle(data, isBinary);
  });
  socket.on('close', () => {
    pacing.dispose();
    detach?.();
  });
  try {
    detach = session.attach((event) => {
      if (event.type === 'status' && event['status'] === 'backpressure') pacing.hold('engine');
      else pacing.release('engine');
      send(event);
    });
    let stopping = false;
    const stop = () => {
      stopping = true;
      live
        .finish(actor, id)
        .then(() => {
          socket.close(1000, 'done');
        })
        .catch((error: unknown) => {
          sendError(send, error);
          socket.close(1011, 'failed');
        });
    };
    handle = (data, isBinary) => {
      if (stopping) return;
      const frame = toFrame(data);
      if (isBinary) {
        if (pushAudio(frame, session, send)) pacing.pace();
        return;
      }
      const control = parseControl(frame, send);
      if (control === 'pause') session.pause();
      else if (control === 'resume') session.resume();
      else if (control === 'stop') stop();
    };
    for (const frame of early.splice(0)) handle(frame.data, frame.isBinary);
  } catch (error) {
    const mapped = toHttpError(error);
    args.logger.warn('live stream refused', { code: mapped.code });
    sendError(send, error);
    socket.close(1008, mapped.code);
  }
}

/**
 * One binary frame of 16-bit PCM into the session; a frame of the wrong size is refused (false),
 * and is not paced.
 */
function pushAudio(frame: Buffer, session: LiveSession, send: Send): boolean {
  if (frame.length > maxFrameBytes || frame.length % 2 !== 0) {
    send({
      type: 'error',
      code: 'invalid-input',
      message: 'Lydrammen har feil størrelse (16 kHz, 16-bit mono, høyst 1 sekund).',
    });
    return false;
  }
  try {
    session.pushPcm16(frame);
  } catch (error) {
    sendError(send, error);
  }
  return true;
}

/** A text frame's command, or undefined (and an error event) when it is not one. */
function parseControl(
  frame: Buffer,
  send: Send,
): z.infer<typeof controlSchema>['type'] | undefined {
  try {
    return controlSchema.parse(JSON.parse(frame.toString('utf8'))).type;
  } catch {
    send({
      type: 'error',
      code: 'invalid-input',
      message: 'Ukjent kommando. Bruk pause, resume eller stop.',
    });
    return undefined;
  }
}
