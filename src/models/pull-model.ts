import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { EngineError, IntegrityError, InvalidInputError } from '../core/index.js';
import { modelCatalog, tryGetModel, type ModelCatalogEntry } from './model-catalog.js';

/** What `pullModel` is about to download, for the operator to see before it starts (P4). */
export interface ModelDownloadPlan {
  readonly name: string;
  readonly url: string;
  readonly path: string;
  readonly sha256: string;
  readonly approximateBytes: number;
}

/** Options for `pullModel`. */
export interface PullModelOptions {
  /** The data directory; the model goes to `<dataDir>/models/`. */
  readonly dataDir: string;
  readonly fetch: typeof fetch;
  /** Called as bytes arrive; `total` is undefined when the server sends no Content-Length. */
  readonly onProgress?: (received: number, total: number | undefined) => void;
  /** Called once before the download starts (print the source: model downloads are an operator action). */
  readonly onStart?: (plan: ModelDownloadPlan) => void;
  /** The expected SHA-256 (hex), required for catalogue entries without a verified hash. */
  readonly sha256Override?: string;
  /** Download from this origin instead (a mirror inside the organisation, or a test server); the path is kept. */
  readonly baseUrlOverride?: string;
  readonly signal?: AbortSignal;
  /** Injected for tests; the built-in NB-Whisper catalogue by default. */
  readonly catalog?: readonly ModelCatalogEntry[];
}

const engineName = 'model-download';
const sha256Pattern = /^[0-9a-f]{64}$/u;

/** `<dataDir>/models`, where pulled models live. */
export function modelsDirectory(dataDir: string): string {
  return join(dataDir, 'models');
}

/**
 * Downloads a named model into `<dataDir>/models/` and returns its path.
 *
 * The file is streamed to a temporary file inside the same directory while its SHA-256 is
 * computed; only a file whose length and hash match is renamed (atomically) to its final name.
 * On any failure (HTTP error, interrupted or truncated transfer, wrong hash, cancellation) the
 * partial file is removed and nothing is installed. A model already present with the right hash
 * is not downloaded again. A catalogue entry without a verified hash is refused unless
 * `sha256Override` is given: verification is never skipped.
 */
export async function pullModel(name: string, options: PullModelOptions): Promise<string> {
  const catalog = options.catalog ?? modelCatalog;
  const entry = tryGetModel(name, catalog);
  if (entry === undefined) {
    throw new InvalidInputError(
      `unknown model "${name.slice(0, 60)}"; known models: ${catalog.map((model) => model.name).join(', ')}`,
    );
  }
  const expected = (options.sha256Override ?? entry.sha256)?.toLowerCase();
  if (expected === undefined) {
    throw new InvalidInputError(
      `no verified SHA-256 is recorded for ${entry.name}; pass --sha256 HEX with the hash published for ${entry.url}`,
    );
  }
  if (!sha256Pattern.test(expected)) {
    throw new InvalidInputError('the SHA-256 must be 64 hexadecimal characters');
  }
  const target = join(modelsDirectory(options.dataDir), entry.fileName);
  options.onStart?.({
    name: entry.name,
    url: downloadUrl(entry, options.baseUrlOverride).href,
    path: target,
    sha256: expected,
    approximateBytes: entry.approximateBytes,
  });
  if ((await hashFileIfPresent(target)) === expected) return target;
  const downloaded = await downloadModel(entry, options);
  if (downloaded.sha256 !== expected) {
    await discardDownload(downloaded);
    throw new IntegrityError(
      `the downloaded file's SHA-256 is ${downloaded.sha256}, expected ${expected}; the file was discarded`,
    );
  }
  return commitDownload(downloaded);
}

/** A complete download in a temporary file beside its final place, not yet installed. */
export interface DownloadedModel {
  readonly partialPath: string;
  readonly targetPath: string;
  readonly sha256: string;
  readonly bytes: number;
}

/**
 * Streams a catalogue model to a temporary file in `<dataDir>/models/` while hashing it, and
 * returns the file's SHA-256 without judging it: the caller compares it with a pinned hash, or
 * shows it to an admin to confirm, then calls `commitDownload` or `discardDownload`. On any
 * transfer failure (HTTP error, interrupted or truncated transfer, cancellation) the partial file
 * is removed.
 */
export async function downloadModel(
  entry: ModelCatalogEntry,
  options: Omit<PullModelOptions, 'sha256Override' | 'catalog' | 'onStart'>,
): Promise<DownloadedModel> {
  const url = downloadUrl(entry, options.baseUrlOverride);
  const directory = modelsDirectory(options.dataDir);
  await mkdir(directory, { recursive: true });
  const partial = join(directory, `.${entry.fileName}.${randomUUID()}.partial`);
  try {
    const { sha256, bytes } = await download(url, partial, options);
    return { partialPath: partial, targetPath: join(directory, entry.fileName), sha256, bytes };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Moves a verified download into place (atomically) and returns its path. */
export async function commitDownload(downloaded: DownloadedModel): Promise<string> {
  await rename(downloaded.partialPath, downloaded.targetPath);
  return downloaded.targetPath;
}

/** Deletes a download that was refused. */
export async function discardDownload(downloaded: DownloadedModel): Promise<void> {
  await rm(downloaded.partialPath, { force: true });
}

function downloadUrl(entry: ModelCatalogEntry, baseUrlOverride: string | undefined): URL {
  const original = new URL(entry.url);
  if (baseUrlOverride === undefined) return original;
  let base: URL;
  try {
    base = new URL(baseUrlOverride);
  } catch {
    throw new InvalidInputError('the download base URL is not a valid URL');
  }
  return new URL(`${base.href.replace(/\/+$/u, '')}${original.pathname}`);
}

async function download(
  url: URL,
  partial: string,
  options: Pick<PullModelOptions, 'fetch' | 'signal' | 'onProgress'>,
): Promise<{ sha256: string; bytes: number }> {
  let response: Response;
  try {
    response = await options.fetch(url, {
      redirect: 'follow',
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch (error) {
    throw interrupted(error, options.signal);
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel().catch(() => undefined);
    throw new EngineError({
      engine: engineName,
      message: `the download source answered HTTP ${response.status}`,
      userMessage: 'Modellen kunne ikke lastes ned.',
      isRetryable: response.status === 429 || response.status >= 500,
    });
  }
  const lengthHeader = response.headers.get('content-length');
  const total =
    lengthHeader !== null && /^\d+$/u.test(lengthHeader) ? Number(lengthHeader) : undefined;

  const hash = createHash('sha256');
  let received = 0;
  // 'wx': never follow or overwrite something already at this (random) name.
  const file = await open(partial, 'wx', 0o644);
  try {
    try {
      const body: ReadableStream<Uint8Array> = response.body;
      for await (const chunk of body) {
        hash.update(chunk);
        await writeAll(file, chunk);
        received += chunk.byteLength;
        options.onProgress?.(received, total);
      }
    } catch (error) {
      throw interrupted(error, options.signal);
    }
    await file.sync();
  } finally {
    await file.close();
  }

  if (total !== undefined && received !== total) {
    throw new EngineError({
      engine: engineName,
      message: `the download ended after ${received} of ${total} bytes`,
      userMessage: 'Nedlastingen ble avbrutt. Prøv igjen.',
      isRetryable: true,
    });
  }
  return { sha256: hash.digest('hex'), bytes: received };
}

async function writeAll(file: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.byteLength - offset);
    offset += bytesWritten;
  }
}

function interrupted(error: unknown, signal: AbortSignal | undefined): EngineError {
  if (signal?.aborted === true) {
    return new EngineError({
      engine: engineName,
      message: 'the download was cancelled',
      userMessage: 'Nedlastingen ble avbrutt.',
    });
  }
  return new EngineError({
    engine: engineName,
    message: `the download was interrupted (${error instanceof Error ? error.name : 'unknown error'})`,
    userMessage: 'Nedlastingen ble avbrutt. Prøv igjen.',
    isRetryable: true,
  });
}

/** SHA-256 of a file, or undefined when there is no such file. */
export async function hashFileIfPresent(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
  } catch {
    return undefined;
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
