import { parseArgs } from 'node:util';
import { openModelSetup } from '../app.js';
import type { Actor } from '../auth/index.js';
import { loadConfig } from '../config/index.js';
import { InvalidInputError } from '../core/index.js';
import { formatBytes, formatProgressBar, type ModelOverview } from '../models/index.js';
import { exitCodes } from './exit-codes.js';
import { writeLine, type CliIo } from './io.js';

/** The person at the server's console; recorded as the actor of what they do here. */
const operator: Actor = {
  userId: 'cli-operator',
  username: 'cli',
  displayName: 'Kommandolinjen',
  role: 'admin',
  hpr: null,
};

const usage = `usage:
  referent models list
  referent models install NAME [--sha256 HEX | --yes]
  referent models verify NAME
  referent models activate NAME|none [--kind speech|language]
  referent models pull NAME [--sha256 HEX] [--from URL]   (download only, no activation)`;

function formatList(overview: ModelOverview): string[] {
  const lines: string[] = [];
  for (const kind of ['speech', 'language'] as const) {
    const state = kind === 'speech' ? overview.speech : overview.language;
    lines.push(
      `${kind === 'speech' ? 'Speech-to-text' : 'Language model'}: in use ${state.engine}${state.model === null ? '' : ` (${state.model})`}${state.environmentWins ? ' — chosen in the environment, which wins over an activated model' : ''}`,
    );
    for (const model of overview.models.filter((entry) => entry.kind === kind)) {
      const mark = model.active ? '*' : model.installed ? '+' : ' ';
      const hash = model.pinned
        ? 'published hash'
        : model.confirmedSha256 === null
          ? 'no published hash: confirm at install'
          : 'hash confirmed at install';
      lines.push(
        `${mark} ${model.name.padEnd(28)} ${formatBytes(model.approximateBytes).padStart(9)}  ${model.guidance.licence.padEnd(28)} ${hash}`,
      );
    }
  }
  lines.push('(* active, + installed)');
  if (overview.source === null) {
    lines.push('Downloads are switched off (REFERENT_MODEL_SOURCE_URL=none).');
  } else {
    lines.push(`Models are downloaded from ${overview.source.url} (${overview.source.region}).`);
  }
  return lines;
}

/**
 * `referent models list|install|verify|activate` (issue 13): the admin screen's model set-up at
 * the console, with the same checks, settings and audit entries. Activation is stored for the
 * server's next start.
 */
export async function runModelsSetupCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      sha256: { type: 'string' },
      yes: { type: 'boolean' },
      kind: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [sub, name] = positionals;
  const config = loadConfig(
    values.data === undefined ? io.env : { ...io.env, REFERENT_DATA_DIR: values.data },
  );
  // Only the model set-up: no server and no engines (issue 15).
  const opened = await openModelSetup(config);
  try {
    const models = opened.service;
    if (sub === 'list' && positionals.length === 1) {
      for (const line of formatList(await models.overview(operator))) writeLine(io.stdout, line);
      return exitCodes.ok;
    }
    if (sub === 'install' && name !== undefined && positionals.length === 2) {
      const sha256 = values.sha256?.toLowerCase();
      if (sha256 !== undefined && !models.isSha256(sha256)) {
        throw new InvalidInputError('the SHA-256 must be 64 hexadecimal characters');
      }
      await models.startInstall(operator, name);
      let lastDraw = 0;
      const timer = setInterval(() => {
        const job = models.currentJob();
        if (job === null || Date.now() - lastDraw < 200) return;
        lastDraw = Date.now();
        io.stderr.write(`\r${formatProgressBar(job.received, job.total ?? undefined, 30)}`);
      }, 100);
      const job = await models.settled().finally(() => {
        clearInterval(timer);
      });
      writeLine(io.stderr, '');
      if (job === null) throw new InvalidInputError('nothing was installed');
      if (job.state === 'needs-confirmation' && job.sha256 !== null) {
        writeLine(
          io.stdout,
          `No published SHA-256 for ${job.name}. The downloaded file's SHA-256 is`,
        );
        writeLine(io.stdout, `  ${job.sha256}`);
        if (sha256 === undefined && values.yes !== true) {
          await models.cancelInstall(operator);
          writeLine(
            io.stdout,
            'Compare it with the hash the source publishes for the file, then run again with --sha256 HEX (or --yes to confirm this one). Nothing was installed.',
          );
          return exitCodes.badInput;
        }
        if (sha256 !== undefined && sha256 !== job.sha256) {
          await models.cancelInstall(operator);
          throw new InvalidInputError(
            `the downloaded file's SHA-256 is ${job.sha256}, not the given ${sha256}; the file was discarded`,
          );
        }
        await models.confirmInstall(operator, job.sha256);
        writeLine(io.stdout, `Confirmed (recorded in the audit log) and installed: ${job.name}`);
        writeLine(io.stdout, `Activate it with: referent models activate ${job.name}`);
        return exitCodes.ok;
      }
      if (job.state === 'installed') {
        writeLine(io.stdout, `Verified against the published SHA-256 and installed: ${job.name}`);
        writeLine(io.stdout, `Activate it with: referent models activate ${job.name}`);
        return exitCodes.ok;
      }
      const reasons = {
        'hash-mismatch': "the file's SHA-256 does not match the published one; it was discarded",
        'not-a-model': 'the downloaded file is not a model its engine can load; it was discarded',
        'download-failed': 'the download failed (see the model source and the network)',
        interrupted: 'the install was cut off by a restart; the partial file was deleted',
      } as const;
      writeLine(
        io.stderr,
        `referent: ${job.name} was not installed: ${job.failure === null ? job.state : reasons[job.failure]}${job.sha256 === null ? '' : ` (computed SHA-256 ${job.sha256})`}`,
      );
      return job.failure === 'download-failed' || job.failure === 'interrupted'
        ? exitCodes.failure
        : exitCodes.badInput;
    }
    if (sub === 'verify' && name !== undefined && positionals.length === 2) {
      const result = await models.verify(operator, name);
      if (result.ok) {
        writeLine(io.stdout, `${name}: SHA-256 ${result.sha256} matches.`);
        return exitCodes.ok;
      }
      writeLine(
        io.stdout,
        `${name}: SHA-256 ${result.sha256} does NOT match ${result.expected ?? '(no known hash)'}; install it again.`,
      );
      return exitCodes.badInput;
    }
    if (sub === 'activate' && name !== undefined && positionals.length === 2) {
      const overview = await models.overview(operator);
      const entry = overview.models.find((model) => model.name === name);
      const kind =
        values.kind === 'speech' || values.kind === 'language' ? values.kind : entry?.kind;
      if (kind === undefined) throw new InvalidInputError('say which with --kind speech|language');
      const result = await models.activate(operator, kind, name === 'none' ? null : name);
      writeLine(
        io.stdout,
        `${name === 'none' ? `No ${kind} model` : name} activated for ${kind}; the server uses it from its next start.${result.environmentWins ? ` The environment sets the ${kind === 'speech' ? 'REFERENT_STT_ENGINE' : 'REFERENT_LLM_ENGINE'} engine, which wins while it is set.` : ''}`,
      );
      return exitCodes.ok;
    }
    throw new InvalidInputError(usage);
  } finally {
    await opened.close();
  }
}
