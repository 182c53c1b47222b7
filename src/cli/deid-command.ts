import { parseArgs } from 'node:util';
import {
  InvalidInputError,
  knownPatientSchema,
  systemIds,
  type KnownPatient,
} from '../core/index.js';
import { runDeidStream } from '../pseudonymize/index.js';
import { tuneV8ForDeid } from './deid-v8-flags.js';
import { exitCodes, toExit } from './exit-codes.js';
import { writeLine, type CliIo } from './io.js';

/** The known patient from `--patient-name` and `--patient-fnr`, if either is given. */
export function knownFrom(values: {
  'patient-name'?: string | undefined;
  'patient-fnr'?: string | undefined;
}): KnownPatient | undefined {
  const parsed = knownPatientSchema.safeParse({
    ...(values['patient-name'] === undefined ? {} : { name: values['patient-name'] }),
    ...(values['patient-fnr'] === undefined ? {} : { fnr: values['patient-fnr'] }),
  });
  if (!parsed.success) throw new InvalidInputError('--patient-fnr must be 11 digits');
  const known = parsed.data;
  return known.name === undefined && known.fnr === undefined ? undefined : known;
}

function parseWorkers(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  if (!/^\d{1,2}$/u.test(value) || Number(value) > 64)
    throw new InvalidInputError('--workers must be auto or a number of threads from 0 to 64');
  return Number(value);
}

/**
 * `referent deid` (design §6.1): JSON Lines in, pseudonymized JSON Lines out. `--workers N` sets
 * the worker threads (0: none); by default they start on large inputs (see `runDeidStream`).
 */
export async function runDeidCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'patient-name': { type: 'string' },
      'patient-fnr': { type: 'string' },
      workers: { type: 'string' },
    },
    strict: true,
  });
  const known = knownFrom(values);
  // No resetWordMemos per line: the memos of words last for this one run and end with the
  // process (see runDeidStream).
  const result = await runDeidStream(io.stdin, io.stdout, {
    random: (bytes) => systemIds.randomBytes(bytes),
    workers: parseWorkers(values.workers),
    ...(known === undefined ? {} : { known }),
  });
  if (result.badLines > 0) {
    writeLine(
      io.stderr,
      `referent: ${result.badLines} of ${result.lines} lines were not {"id", "text"} JSON; see their "error" fields`,
    );
    return exitCodes.badInput;
  }
  return exitCodes.ok;
}

/**
 * `referent deid` as a whole command, with the exit-code mapping of `main`: what `runCli` runs, so
 * that de-identification loads the pseudonymizer and nothing else of the application.
 */
export async function runDeidCli(args: string[], io: CliIo): Promise<number> {
  tuneV8ForDeid();
  try {
    return await runDeidCommand(args, io);
  } catch (error) {
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      writeLine(io.stderr, `referent: ${error.message}`);
      return exitCodes.badInput;
    }
    const exit = toExit(error);
    writeLine(io.stderr, `referent: ${exit.message}`);
    return exit.code;
  }
}
