import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createApp, openAccounts } from '../app.js';
import { readAuditAnchors, type AuditAnchor } from '../audit/index.js';
import { isLoopbackHost, loadConfig, type ReferentConfig } from '../config/index.js';
import { InvalidInputError, createJsonLogger, systemClock, systemIds } from '../core/index.js';
import { openDataDir } from '../open-data-dir.js';
import { exitCodes, toExit } from './exit-codes.js';
import { readAll, writeLine, type CliIo } from './io.js';
import {
  runDeidCommand,
  runDraftCommand,
  runModelsCommand,
  runTranscribeCommand,
} from './pipeline-commands.js';
import { runVerifyCommand } from './verify-command.js';

const usage = `Usage: referent <command> [options]

Commands:
  serve [--host 127.0.0.1] [--port 8080] [--data ./data]   Start the HTTP server and web app
  deid [--patient-name N] [--patient-fnr F] [--workers N]   Pseudonymize JSON Lines from stdin
  draft --input FILE [--template T] [--engine E]            Draft a note from a transcript file
  verify --input FILE --note NOTE.json                      Verify a note against a transcript
  transcribe FILE.wav [--engine whisper|openai] [--model P] Transcribe a WAV file
  models list|install NAME [--sha256 HEX|--yes]|verify NAME|activate NAME|none
                                                            Speech and language models: install
                                                            (SHA-256 checked), verify, activate
  users add NAME --role clinician|admin|auditor [--display-name D] [--hpr N]
                                                            Add an account; password from stdin
  audit verify [--data DIR]                                  Verify the audit log's hash chain

Exit codes: 0 success, 1 the input was wrong, 2 the system failed.`;

function fail(message: string): never {
  throw new InvalidInputError(message);
}

function configWith(
  io: CliIo,
  overrides: { host?: string | undefined; port?: string | undefined; data?: string | undefined },
): ReferentConfig {
  const env: Record<string, string | undefined> = { ...io.env };
  if (overrides.host !== undefined) env['REFERENT_HOST'] = overrides.host;
  if (overrides.port !== undefined) env['REFERENT_PORT'] = overrides.port;
  if (overrides.data !== undefined) env['REFERENT_DATA_DIR'] = overrides.data;
  return loadConfig(env);
}

async function serve(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { host: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' } },
    strict: true,
  });
  const config = configWith(io, values);
  const logger = createJsonLogger({ write: (line) => io.stderr.write(line) });
  const app = await createApp({ config, logger, capabilities: 'configured' });
  try {
    if (
      config.demo === 'auto' &&
      isLoopbackHost(config.host) &&
      (await app.store.users.count()) === 0
    ) {
      // Demo mode: only on loopback, only on an installation with no accounts.
      const password = systemIds.randomBytes(12).toString('base64url');
      await app.auth.createUser({
        username: 'demo',
        displayName: 'Demo Lege',
        role: 'clinician',
        password,
        // An invented HPR number so the demo can show the FHIR hand-over, which requires one.
        hpr: '1234567',
      });
      await app.auth.createUser({
        username: 'demo-admin',
        displayName: 'Demo Administrator',
        role: 'admin',
        password,
      });
      writeLine(io.stdout, 'Demo accounts created (this installation had none):');
      writeLine(io.stdout, `  clinician: demo        password: ${password}`);
      writeLine(io.stdout, `  admin:     demo-admin  password: ${password}`);
    }
    const address = await app.server.listen({ host: config.host, port: config.port });
    const url = new URL(address);
    writeLine(io.stdout, `Referent is running at ${url.origin}/`);
    if (app.masterKeySource === 'new-key-file') {
      writeLine(
        io.stdout,
        `A new master key was created in ${config.dataDir}/master.key (mode 0600). Back it up, or set REFERENT_MASTER_KEY.`,
      );
    }
    await (io.untilStopped ?? waitForSignal)();
  } finally {
    await app.close();
  }
  return exitCodes.ok;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function users(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      'display-name': { type: 'string' },
      hpr: { type: 'string' },
      data: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [sub, name] = positionals;
  if (sub !== 'add' || name === undefined || positionals.length !== 2)
    fail('usage: referent users add NAME --role clinician|admin|auditor');
  const role = values.role;
  if (role !== 'clinician' && role !== 'admin' && role !== 'auditor')
    fail('--role must be clinician, admin or auditor');
  const input = (await readAll(io.stdin, 4096)).toString('utf8');
  const password = input.replace(/\r?\n$/, '');
  if (password.length === 0) fail('no password on stdin');
  const config = configWith(io, { data: values.data });
  // Only the accounts: no server, engines, retention sweep or model set-up (issue 15).
  const accounts = await openAccounts(config);
  try {
    const user = await accounts.service.createUser({
      username: name,
      role,
      password,
      ...(values['display-name'] === undefined ? {} : { displayName: values['display-name'] }),
      ...(values.hpr === undefined ? {} : { hpr: values.hpr }),
    });
    writeLine(io.stdout, `Created ${user.role} ${user.username} (${user.id})`);
  } finally {
    await accounts.close();
  }
  return exitCodes.ok;
}

async function audit(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { data: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals[0] !== 'verify' || positionals.length !== 1)
    fail('usage: referent audit verify [--data DIR]');
  const config = configWith(io, { data: values.data });
  const {
    store,
    keyring,
    audit: log,
  } = await openDataDir(config, {
    ids: systemIds,
    clock: systemClock,
    existing: true,
  });
  try {
    const anchorPath = config.audit.anchorPath;
    let anchors: readonly AuditAnchor[] = [];
    if (anchorPath !== undefined) {
      try {
        anchors = readAuditAnchors({ key: keyring.auditKey, path: anchorPath });
      } catch (error) {
        writeLine(
          io.stdout,
          `Audit log NOT VERIFIED: ${error instanceof Error ? error.message : 'the anchor file cannot be read'}.`,
        );
        return exitCodes.badInput;
      }
    }
    const result = await log.verify({ anchors });
    if (result.ok) {
      writeLine(
        io.stdout,
        `Audit log intact: ${result.entries} entries verified${anchorPath === undefined ? ' (no anchor file configured: a wiped or restored log cannot be detected)' : `, against ${anchors.length} exported anchors`}.`,
      );
      return exitCodes.ok;
    }
    writeLine(
      io.stdout,
      `Audit log BROKEN at entry ${result.firstBroken?.seq ?? '?'}: ${result.firstBroken?.reason ?? 'unknown'} (${result.entries} entries read).`,
    );
    return exitCodes.badInput;
  } finally {
    await store.close();
  }
}

/** Runs the `referent` command; returns the exit code (design §6.1). */
export async function main(
  argv: readonly string[],
  io: CliIo = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  },
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve(rest, io);
      case 'users':
        return await users(rest, io);
      case 'audit':
        return await audit(rest, io);
      case 'deid':
        return await runDeidCommand(rest, io);
      case 'draft':
        return await runDraftCommand(rest, io);
      case 'verify':
        return await runVerifyCommand(rest, io);
      case 'transcribe':
        return await runTranscribeCommand(rest, io);
      case 'models':
        return await runModelsCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        writeLine(command === undefined ? io.stderr : io.stdout, usage);
        return command === undefined ? exitCodes.badInput : exitCodes.ok;
      default:
        fail(`unknown command "${command.slice(0, 40)}"; run referent --help`);
    }
  } catch (error) {
    const isArgumentError =
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS');
    if (isArgumentError) {
      writeLine(io.stderr, `referent: ${error.message}`);
      return exitCodes.badInput;
    }
    const exit = toExit(error);
    writeLine(io.stderr, `referent: ${exit.message}`);
    return exit.code;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
