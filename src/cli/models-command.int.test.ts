import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTinyGgml } from '../transcribe/engines/whisper/testing/index.js';
import { createCliScratch, type CliScratch } from './testing/index.js';

const model = buildTinyGgml({ seed: 7 }).buffer;
const modelHash = createHash('sha256').update(model).digest('hex');
let host: Server;
let scratch: CliScratch;
let source: string;

beforeAll(async () => {
  scratch = createCliScratch('referent-cli-models-');
  host = createServer((_request, response) => {
    response.writeHead(200, { 'content-length': String(model.length) });
    response.end(model);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  source = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) =>
    host.close(() => {
      resolve();
    }),
  );
  scratch.remove();
});

function run(args: string[]) {
  return scratch.run(['models', ...args], { env: { REFERENT_MODEL_SOURCE_URL: source } });
}

describe('referent models', () => {
  it('refuses a file that does not match the published hash, with exit 1', async () => {
    const result = await run(['install', 'nb-whisper-base']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the file's SHA-256 does not match the published one");
    expect(result.stderr).toContain(modelHash);
  }, 30_000);

  it('prints the computed hash of an unpinned model and installs it only when confirmed', async () => {
    const unconfirmed = await run(['install', 'nb-whisper-tiny']);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stdout).toContain(modelHash);
    expect(unconfirmed.stdout).toContain('Nothing was installed');
    const wrong = await run(['install', 'nb-whisper-tiny', '--sha256', 'b'.repeat(64)]);
    expect(wrong.code).toBe(1);
    const confirmed = await run(['install', 'nb-whisper-tiny', '--sha256', modelHash]);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain('installed: nb-whisper-tiny');
  }, 30_000);

  it('verifies and activates the installed model, and lists it as active', async () => {
    const verified = await run(['verify', 'nb-whisper-tiny']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`SHA-256 ${modelHash} matches`);
    const activated = await run(['activate', 'nb-whisper-tiny']);
    expect(activated.code).toBe(0);
    const list = await run(['list']);
    expect(list.stdout).toMatch(/^\* nb-whisper-tiny /m);
    expect(list.stdout).toMatch(/^ {2}qwen2\.5-7b-instruct /m);
  }, 30_000);
});
