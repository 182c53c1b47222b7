import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EngineError, IntegrityError, InvalidInputError } from '../core/index.js';
import { listModels } from './list-models.js';
import type { ModelCatalogEntry } from './model-catalog.js';
import { modelsDirectory, pullModel } from './pull-model.js';

// A local HTTP server on 127.0.0.1 stands in for the model host.
const content = randomBytes(300_000);
const contentHash = createHash('sha256').update(content).digest('hex');
const otherHash = createHash('sha256').update('something else').digest('hex');

let server: Server;
let baseUrl: string;
let requests: string[] = [];
let dataDir: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    if (
      ['/good/ggml-model.bin', '/wrong-hash/ggml-model.bin', '/unverified/ggml-model.bin'].includes(
        path,
      )
    ) {
      response.writeHead(200, {
        'content-length': String(content.length),
        'content-type': 'application/octet-stream',
      });
      // In pieces, so progress is reported more than once.
      const middle = Math.floor(content.length / 2);
      response.write(content.subarray(0, middle));
      setTimeout(() => response.end(content.subarray(middle)), 10);
    } else if (path === '/chunked/ggml-model.bin') {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(content);
    } else if (path === '/truncated/ggml-model.bin') {
      response.writeHead(200, { 'content-length': String(content.length) });
      response.write(content.subarray(0, 1000));
      setTimeout(() => response.socket?.end(), 10);
    } else if (path === '/closing/ggml-model.bin') {
      response.writeHead(200, { 'content-length': String(content.length) });
      response.write(content.subarray(0, 100_000));
      setTimeout(() => response.socket?.destroy(), 10);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
});

beforeEach(async () => {
  requests = [];
  dataDir = await mkdtemp(join(tmpdir(), 'referent-models-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function entry(name: string, sha256: string | null): ModelCatalogEntry {
  return {
    name,
    description: `test model ${name}`,
    url: `https://models.example.org/${name}/ggml-model.bin`,
    fileName: `ggml-${name}.bin`,
    approximateBytes: content.length,
    sha256,
    verifiedFrom: 'test',
  };
}

const catalog: readonly ModelCatalogEntry[] = [
  entry('good', contentHash),
  entry('chunked', contentHash),
  entry('wrong-hash', otherHash),
  entry('truncated', contentHash),
  entry('closing', contentHash),
  entry('missing', contentHash),
  entry('unverified', null),
];

async function leftovers(): Promise<string[]> {
  return readdir(modelsDirectory(dataDir)).catch(() => []);
}

async function pull(name: string, extra: { sha256Override?: string } = {}) {
  const progress: [number, number | undefined][] = [];
  const plans: string[] = [];
  const path = await pullModel(name, {
    dataDir,
    fetch,
    catalog,
    baseUrlOverride: baseUrl,
    onProgress: (received, total) => progress.push([received, total]),
    onStart: (plan) => plans.push(plan.url),
    ...extra,
  });
  return { path, progress, plans };
}

describe('pullModel', () => {
  it('downloads the file into the data directory, verifies it, reports progress and where it came from', async () => {
    const { path, progress, plans } = await pull('good');
    expect(path).toBe(join(dataDir, 'models', 'ggml-good.bin'));
    expect((await readFile(path)).equals(content)).toBe(true);
    expect(plans).toEqual([`${baseUrl}/good/ggml-model.bin`]);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([content.length, content.length]);
    expect(await leftovers()).toEqual(['ggml-good.bin']);
  });

  it('accepts a response without Content-Length when the hash matches', async () => {
    const { path, progress } = await pull('chunked');
    expect((await readFile(path)).equals(content)).toBe(true);
    expect(progress.at(-1)?.[1]).toBeUndefined();
  });

  it('does not download again when the model is already there with the right hash', async () => {
    await pull('good');
    requests = [];
    await pull('good');
    expect(requests).toEqual([]);
  });

  it('replaces a damaged copy of the model', async () => {
    await mkdir(modelsDirectory(dataDir), { recursive: true });
    await writeFile(join(modelsDirectory(dataDir), 'ggml-good.bin'), 'damaged');
    const { path } = await pull('good');
    expect((await readFile(path)).equals(content)).toBe(true);
  });

  it('refuses a file whose SHA-256 does not match and leaves nothing behind', async () => {
    await expect(pull('wrong-hash')).rejects.toBeInstanceOf(IntegrityError);
    expect(await leftovers()).toEqual([]);
  });

  it('reports a truncated download as retryable and leaves nothing behind', async () => {
    const error: unknown = await pull('truncated').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(true);
    expect(await leftovers()).toEqual([]);
  });

  it('reports a server that closes the connection mid-stream as retryable and leaves nothing behind', async () => {
    const error: unknown = await pull('closing').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(true);
    expect(await leftovers()).toEqual([]);
  });

  it('reports HTTP 404 as a failure that retrying will not fix', async () => {
    const error: unknown = await pull('missing').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(false);
    expect((error as EngineError).message).toContain('404');
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a model without a verified hash unless one is given, and verifies the given one', async () => {
    await expect(pull('unverified')).rejects.toThrow(/--sha256/u);
    expect(requests).toEqual([]);
    await expect(pull('unverified', { sha256Override: otherHash })).rejects.toBeInstanceOf(
      IntegrityError,
    );
    const { path } = await pull('unverified', { sha256Override: contentHash.toUpperCase() });
    expect((await readFile(path)).equals(content)).toBe(true);
  });

  it('rejects an unknown model name and a malformed hash before contacting anyone', async () => {
    await expect(pull('nb-whisper-enormous')).rejects.toBeInstanceOf(InvalidInputError);
    await expect(pull('unverified', { sha256Override: 'abc' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(requests).toEqual([]);
  });

  it('downloads a real catalogue entry from an overridden origin, keeping its path', async () => {
    const error: unknown = await pullModel('nb-whisper-base', {
      dataDir,
      fetch,
      baseUrlOverride: baseUrl,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect(requests).toEqual([
      '/NbAiLab/nb-whisper-base/resolve/8d1dd41a2f2523041419a13f56034c118d8c041c/ggml-model.bin',
    ]);
  });
});

describe('listModels', () => {
  it('lists the catalogue with what is installed, plus model files placed by hand', async () => {
    await pull('good');
    await writeFile(join(modelsDirectory(dataDir), 'ggml-custom.bin'), 'x'.repeat(10));
    await writeFile(join(modelsDirectory(dataDir), '.ggml-good.bin.1234.partial'), 'x');
    const listings = await listModels(dataDir, catalog);
    const good = listings.find((listing) => listing.name === 'good');
    expect(good).toMatchObject({
      installed: true,
      bytes: content.length,
      inCatalog: true,
      hasVerifiedHash: true,
    });
    expect(listings.find((listing) => listing.name === 'unverified')).toMatchObject({
      installed: false,
      hasVerifiedHash: false,
    });
    expect(listings.at(-1)).toMatchObject({
      name: 'ggml-custom.bin',
      installed: true,
      bytes: 10,
      inCatalog: false,
    });
    expect(listings).toHaveLength(catalog.length + 1);
  });

  it('lists nothing as installed when the data directory has no models folder', async () => {
    const listings = await listModels(join(dataDir, 'nowhere'));
    expect(listings.length).toBeGreaterThan(0);
    expect(listings.every((listing) => !listing.installed)).toBe(true);
  });
});
