import { parseArgs } from 'node:util';
import { createCapabilities, createPseudonymizerCapability } from '../capabilities.js';
import { loadConfig, type ReferentConfig } from '../config/index.js';
import { draftDocument } from '../consultations/index.js';
import {
  InvalidInputError,
  NotAvailableError,
  asRawText,
  createJsonLogger,
  systemIds,
  templateIds,
  type TemplateId,
} from '../core/index.js';
import { parseTranscriptImport } from '../transcribe/index.js';
import { formatBytes, formatProgressBar, listModels, pullModel } from '../models/index.js';
import { knownFrom } from './deid-command.js';
import { exitCodes } from './exit-codes.js';
import { writeLine, type CliIo } from './io.js';
import { knownFromImport, readInputFile } from './read-input-file.js';
import { openWavFile, transcribeWavFile } from './wav-file.js';

export { runDeidCommand } from './deid-command.js';

function withEngine(
  io: CliIo,
  engine: string | undefined,
  extra: Record<string, string | undefined> = {},
): ReferentConfig {
  const env: Record<string, string | undefined> = { ...io.env, ...extra };
  if (engine !== undefined) env['REFERENT_LLM_ENGINE'] = engine;
  return loadConfig(env);
}

/** `referent draft --input FILE` (design §6.1): prints the re-identified draft (design §6.4). */
export async function runDraftCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string' },
      template: { type: 'string' },
      engine: { type: 'string' },
      'patient-name': { type: 'string' },
      'patient-fnr': { type: 'string' },
    },
    strict: true,
  });
  if (values.input === undefined) throw new InvalidInputError('--input FILE is required');
  const template = (values.template ?? 'journalnotat') as TemplateId;
  if (!templateIds.includes(template)) {
    throw new InvalidInputError(`--template must be one of ${templateIds.join(', ')}`);
  }
  if (values.engine !== undefined && !['builtin', 'openai', 'llama'].includes(values.engine)) {
    throw new InvalidInputError('--engine must be builtin, openai or llama');
  }
  const imported = parseTranscriptImport(
    await readInputFile(values.input, 'transcript'),
    undefined,
  );
  const config = withEngine(io, values.engine);
  const logger = createJsonLogger({ write: () => undefined });
  const capabilities = await createCapabilities(config, { logger });
  const drafting = capabilities.drafting;
  if (drafting === undefined)
    throw new NotAvailableError('drafting', 'Utkast er ikke tilgjengelig.');
  const known = knownFrom(values) ?? knownFromImport(imported);
  const { draft } = await draftDocument({
    transcript: {
      segments: imported.segments.map((segment) => ({ ...segment, text: asRawText(segment.text) })),
    },
    templateId: template,
    pseudonymizer: createPseudonymizerCapability(systemIds),
    drafting,
    ...(known === undefined ? {} : { known }),
  });
  writeLine(io.stdout, JSON.stringify(draft, null, 2));
  return exitCodes.ok;
}

/** `referent transcribe FILE.wav` (design §6.1): prints the transcript (design §6.3). */
export async function runTranscribeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { engine: { type: 'string' }, model: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (file === undefined || positionals.length !== 1)
    throw new InvalidInputError(
      'usage: referent transcribe FILE.wav [--engine whisper|openai] [--model PATH]',
    );
  if (values.engine !== undefined && values.engine !== 'whisper' && values.engine !== 'openai') {
    throw new InvalidInputError('--engine must be whisper or openai');
  }
  const env: Record<string, string | undefined> = { ...io.env };
  if (values.engine !== undefined) env['REFERENT_STT_ENGINE'] = values.engine;
  if (values.model !== undefined) {
    if ((values.engine ?? env['REFERENT_STT_ENGINE']) === 'openai')
      env['REFERENT_STT_MODEL'] = values.model;
    else env['REFERENT_STT_MODEL_PATH'] = values.model;
  }
  if (env['REFERENT_STT_ENGINE'] === undefined && values.model !== undefined)
    env['REFERENT_STT_ENGINE'] = 'whisper';
  const config = loadConfig(env);
  if (config.stt.engine === 'none') {
    throw new InvalidInputError(
      'no speech-to-text engine: pass --engine whisper --model FILE, or set REFERENT_STT_ENGINE',
    );
  }
  // The header is checked before a model is loaded; the sound is read as it is transcribed.
  const wav = await openWavFile(file, { maxSeconds: config.limits.audioSeconds });
  try {
    const capabilities = await createCapabilities(config, {
      logger: createJsonLogger({ write: () => undefined }),
    });
    const transcriber = capabilities.transcriber;
    if (transcriber === undefined)
      throw new NotAvailableError('speech-to-text', 'Tale-til-tekst er ikke satt opp.');
    try {
      const transcript = await transcribeWavFile(wav, transcriber);
      writeLine(io.stdout, JSON.stringify(transcript, null, 2));
    } finally {
      await transcriber.dispose?.();
    }
  } finally {
    await wav.close();
  }
  return exitCodes.ok;
}

/** `referent models list|pull NAME`: speech models in `<data>/models`, verified by SHA-256. */
export async function runModelsCommand(args: string[], io: CliIo): Promise<number> {
  if (['install', 'verify', 'activate', 'list'].includes(args[0] ?? '')) {
    const { runModelsSetupCommand } = await import('./models-command.js');
    return runModelsSetupCommand(args, io);
  }
  const { values, positionals } = parseArgs({
    args,
    options: { data: { type: 'string' }, sha256: { type: 'string' }, from: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const config = loadConfig(
    values.data === undefined ? io.env : { ...io.env, REFERENT_DATA_DIR: values.data },
  );
  const [sub, name] = positionals;
  if (sub === 'list' && positionals.length === 1) {
    for (const model of await listModels(config.dataDir)) {
      const state = model.installed
        ? `installed ${model.bytes === undefined ? '' : formatBytes(model.bytes)}`
        : 'not installed';
      writeLine(io.stdout, `${model.name.padEnd(28)} ${state.padEnd(22)} ${model.description}`);
    }
    return exitCodes.ok;
  }
  if (sub === 'pull' && name !== undefined && positionals.length === 2) {
    let lastDraw = 0;
    const path = await pullModel(name, {
      dataDir: config.dataDir,
      fetch,
      ...(values.sha256 === undefined ? {} : { sha256Override: values.sha256 }),
      ...(values.from === undefined ? {} : { baseUrlOverride: values.from }),
      onStart: (plan) => {
        writeLine(io.stderr, `Downloading ${plan.name} from ${plan.url}`);
        writeLine(
          io.stderr,
          `(an operator action: no consultation data is sent; the file is checked against SHA-256 ${plan.sha256})`,
        );
      },
      onProgress: (received, total) => {
        const now = Date.now();
        if (now - lastDraw < 200 && received !== total) return;
        lastDraw = now;
        io.stderr.write(`\r${formatProgressBar(received, total, 30)}`);
      },
    });
    writeLine(io.stderr, '');
    writeLine(io.stdout, `Verified and stored: ${path}`);
    return exitCodes.ok;
  }
  throw new InvalidInputError(
    'usage: referent models list | referent models pull NAME [--sha256 HEX] [--from URL]',
  );
}
