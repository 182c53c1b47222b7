/**
 * Setting up speech-to-text from the admin screen (issue 13), in the real built app in Chromium:
 * the admin picks an NB-Whisper model from the catalogue, watches it download from the declared
 * model source (a local HTTP server on 127.0.0.1 serving a tiny generated whisper.cpp model), sees
 * a file that does not match the published SHA-256 refused, confirms the computed hash of a model
 * without a published one, and activates it — after which a clinician can record.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../src/testing/start-test-server.js';
import { buildTinyGgml } from '../src/transcribe/engines/whisper/testing/index.js';
import {
  ensureWebBuilt,
  findAccessibilityViolations,
  launchBrowser,
  logIn,
  openLoggedOut,
  saveScreenshot,
  startConsultation,
  type LaunchedBrowser,
} from './support.js';

const password = 'e2e-passord-for-modeller';
const model = buildTinyGgml().buffer;
const modelHash = createHash('sha256').update(model).digest('hex');
const requested: string[] = [];

let modelHost: Server | undefined;
let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
let browser: LaunchedBrowser | undefined;
let page: Page;

function url(): string {
  if (server === undefined) throw new Error('server not started');
  return server.url;
}

/** Serves the model in 16 pieces over about three seconds, so the progress bar can be seen. */
function startModelHost(): Promise<string> {
  const host = createServer((request, response) => {
    requested.push(request.url ?? '');
    if (request.url?.endsWith('/ggml-model.bin') !== true) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-length': String(model.length) });
    const pieces = 16;
    const size = Math.ceil(model.length / pieces);
    let piece = 0;
    const timer = setInterval(() => {
      response.write(model.subarray(piece * size, (piece + 1) * size));
      piece += 1;
      if (piece >= pieces) {
        clearInterval(timer);
        response.end();
      }
    }, 200);
    response.on('close', () => {
      clearInterval(timer);
    });
  });
  modelHost = host;
  return new Promise((resolve) => {
    host.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(host.address() as AddressInfo).port}`);
    });
  });
}

async function expectAccessible(name: string): Promise<void> {
  const violations = await findAccessibilityViolations(page);
  expect(violations, `axe violations on ${name}: ${JSON.stringify(violations, null, 2)}`).toEqual(
    [],
  );
}

beforeAll(async () => {
  ensureWebBuilt();
  const source = await startModelHost();
  const started = await startTestServer({ env: { REFERENT_MODEL_SOURCE_URL: source } });
  server = started;
  await started.addUser({ username: 'atle', password, role: 'admin', displayName: 'Atle Admin' });
  await started.addUser({
    username: 'marit',
    password,
    role: 'clinician',
    displayName: 'Marit Hovland',
    hpr: '5829174',
  });
  const launched = await launchBrowser();
  browser = launched;
  page = launched.context.pages()[0] ?? (await launched.context.newPage());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise<void>((resolve) => {
    if (modelHost === undefined) resolve();
    else
      modelHost.close(() => {
        resolve();
      });
  });
});

describe('speech-to-text set up from the admin screen', () => {
  it('shows the catalogue with guidance and where models come from', async () => {
    await openLoggedOut(page, url());
    await logIn(page, 'atle', password);
    const speech = page.getByRole('group', { name: 'Tale-til-tekst' });
    await speech.getByTestId('model-nb-whisper-base').waitFor();
    expect(await speech.getByTestId('models-speech-in-use').textContent()).toBe(
      'I bruk nå: ikke satt opp',
    );
    const base = await speech.getByTestId('model-nb-whisper-base').textContent();
    expect(base).toContain('sanntid på en vanlig bærbar PC');
    expect(base).toContain('Apache-2.0');
    expect(base).toContain('Publisert: kontrolleres automatisk');
    const language = page.getByRole('group', { name: 'Lokal språkmodell' });
    expect(await language.getByRole('row').count()).toBeGreaterThan(3);
    expect(await page.getByText(/Modellene lastes ned fra http:\/\/127\.0\.0\.1/).count()).toBe(1);
    await expectAccessible('model catalogue');
    await saveScreenshot(page, '21-model-catalogue');
  }, 60_000);

  it('shows progress, then refuses a file that does not match the published SHA-256', async () => {
    const speech = page.getByRole('group', { name: 'Tale-til-tekst' });
    await speech.getByRole('button', { name: 'Installer NB-Whisper Base' }).click();
    const progress = page.getByRole('progressbar', { name: /Nedlasting av NB-Whisper Base/ });
    await progress.waitFor();
    expect(await page.getByText(/Laster ned NB-Whisper Base: \d+ %/).count()).toBe(1);
    await saveScreenshot(page, '22-model-downloading');
    const refusal = page.getByText('NB-Whisper Base ble ikke installert');
    await refusal.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('model-install').textContent()).toContain(
      'stemmer ikke med den publiserte kontrollsummen (SHA-256) og ble slettet',
    );
    expect(await speech.getByTestId('model-nb-whisper-base').textContent()).toContain(
      'Ikke installert',
    );
    await expectAccessible('refused model');
    await saveScreenshot(page, '23-model-hash-refused');
  }, 60_000);

  it('shows the computed hash of a model without a published one, and installs it once confirmed', async () => {
    const speech = page.getByRole('group', { name: 'Tale-til-tekst' });
    await speech.getByRole('button', { name: 'Installer NB-Whisper Tiny' }).click();
    await page.getByRole('progressbar', { name: /Nedlasting av NB-Whisper Tiny/ }).waitFor();
    const hash = page.getByTestId('model-computed-hash');
    await hash.waitFor({ timeout: 20_000 });
    expect(await hash.textContent()).toBe(modelHash);
    await expectAccessible('hash confirmation');
    await saveScreenshot(page, '24-model-confirm-hash');
    await page.getByRole('button', { name: 'Kontrollsummen stemmer – installer' }).click();
    await page
      .locator('#main')
      .getByText('Kontrollsummen er bekreftet, og modellen er installert.')
      .waitFor();

    await speech.getByRole('button', { name: 'Ta i bruk NB-Whisper Tiny' }).click();
    await page.locator('#main').getByText('NB-Whisper Tiny er tatt i bruk.').waitFor();
    await expect
      .poll(() => speech.getByTestId('models-speech-in-use').textContent())
      .toBe('I bruk nå: lokal talegjenkjenning (Whisper) (ggml-nb-whisper-tiny.bin)');
    await expectAccessible('model in use');
    await saveScreenshot(page, '25-model-active');
    expect(requested.every((path) => path.startsWith('/NbAiLab/'))).toBe(true);
  }, 60_000);

  it('lets a clinician record once the model is active', async () => {
    await openLoggedOut(page, url());
    await logIn(page, 'marit', password);
    await startConsultation(page);
    const record = page.getByRole('button', { name: /^Ta opp/ });
    await expect.poll(() => record.isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByTestId('speech-unavailable').count()).toBe(0);
  }, 60_000);
});
