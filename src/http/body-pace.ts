import { Transform, type Readable } from 'node:stream';
import { ReferentError } from '../core/index.js';

/** A request body stopped arriving, or arrived too slowly; the request is cut off. */
export class BodyTooSlowError extends ReferentError {
  readonly code = 'request-timeout';
  constructor() {
    super({
      message: 'the request body arrived too slowly',
      userMessage:
        'Innholdet kom for sakte fram, og forespørselen ble avbrutt. Ingenting ble lagret. Prøv igjen.',
      isRetryable: true,
    });
  }
}

/** How slow a body may be; see `watchBodyPace`. */
export interface BodyPace {
  /** Longest time without a byte while the server waits for one. */
  readonly idleMs: number;
  /** Lowest average rate, counted over the time the server was waiting for the client. */
  readonly minBytesPerSecond: number;
}

/**
 * Passes a request body through unchanged, and fails it with `BodyTooSlowError` when the client
 * sends nothing for `idleMs`, or, once `idleMs` of waiting has passed, averages less than
 * `minBytesPerSecond` (issue 14: slow bodies must not hold the server's slots until the request
 * time-out). Only time in which the server waits for the client counts: while the consumer (an
 * audio decoder, say) has not yet taken what arrived, the client is not to blame.
 */
export function watchBodyPace(payload: Readable, pace: BodyPace): Transform {
  let received = 0;
  let idleMs = 0;
  let waitingMs = 0;
  const tickMs = Math.max(10, Math.min(1_000, Math.floor(pace.idleMs / 4)));
  const watched = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      idleMs = 0;
      callback(null, chunk);
    },
  });
  const timer = setInterval(() => {
    const waitingForClient = watched.readableLength === 0 && watched.writableLength === 0;
    if (!waitingForClient) return;
    idleMs += tickMs;
    waitingMs += tickMs;
    const tooSlow =
      waitingMs >= pace.idleMs && (received * 1000) / waitingMs < pace.minBytesPerSecond;
    if (idleMs >= pace.idleMs || tooSlow) {
      clearInterval(timer);
      payload.unpipe(watched);
      watched.destroy(new BodyTooSlowError());
    }
  }, tickMs);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
  };
  watched.once('end', stop);
  watched.once('close', stop);
  payload.once('error', (error) => {
    watched.destroy(error);
  });
  return payload.pipe(watched);
}
