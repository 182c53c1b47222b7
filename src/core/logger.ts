/**
 * Structured operator log (English, JSON lines). Fields are a closed set of safe values: callers
 * pass routes (patterns, never raw URLs), status codes, durations, error codes — never bodies,
 * names, numbers from content or error messages of foreign libraries (conventions §14).
 */
export interface LogFields {
  readonly [key: string]: string | number | boolean | undefined;
}

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function createJsonLogger(options: {
  write: (line: string) => void;
  clock?: { now(): number };
}): Logger {
  const emit = (level: string, message: string, fields: LogFields = {}) => {
    const time = new Date(options.clock?.now() ?? Date.now()).toISOString();
    options.write(`${JSON.stringify({ time, level, msg: message, ...fields })}\n`);
  };
  return {
    info: (message, fields) => {
      emit('info', message, fields);
    },
    warn: (message, fields) => {
      emit('warn', message, fields);
    },
    error: (message, fields) => {
      emit('error', message, fields);
    },
  };
}

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
