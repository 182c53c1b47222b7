/**
 * Live recording in the real built app: Chromium's fake microphone plays a Norwegian sentence
 * synthesised with espeak-ng; the app captures it through the AudioWorklet, shows level and time,
 * pauses and resumes, and streams 16 kHz PCM16 to the server over the WebSocket.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../src/testing/start-test-server.js';
import {
  ensureWebBuilt,
  findAccessibilityViolations,
  launchBrowser,
  logIn,
  saveScreenshot,
  type LaunchedBrowser,
} from './support.js';

const password = 'e2e-passord-som-er-langt';
const spoken =
  'Jeg har hatt vondt i halsen i tre dager, og jeg har hatt feber. Jeg har ikke hoste. Jeg tåler penicillin.';

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
let browser: LaunchedBrowser | undefined;
let page: Page;

function url(): string {
  if (server === undefined) throw new Error('server not started');
  return server.url;
}
let audioDir: string;

async function timerSeconds(): Promise<number> {
  const text = (await page.getByRole('timer', { name: 'Opptakstid' }).textContent()) ?? '';
  const [minutes, seconds] = text.split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

beforeAll(async () => {
  ensureWebBuilt();
  audioDir = mkdtempSync(join(tmpdir(), 'referent-e2e-audio-'));
  const wav = join(audioDir, 'konsultasjon.wav');
  execFileSync('espeak-ng', ['-v', 'nb', '-s', '150', '-w', wav, spoken]);
  const started = await startTestServer();
  server = started;
  await started.addUser({ username: 'kari', password, role: 'clinician', displayName: 'Kari Mæland' });
  const launched = await launchBrowser([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
    '--autoplay-policy=no-user-gesture-required',
  ]);
  browser = launched;
  await launched.context.grantPermissions(['microphone'], { origin: url() });
  page = launched.context.pages()[0] ?? (await launched.context.newPage());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(audioDir, { recursive: true, force: true });
});

describe('recording through the microphone', () => {
  it('records through the AudioWorklet, shows level and time, pauses, and streams audio to the server', async () => {
    await page.goto(url());
    await logIn(page, 'kari', password);
    await page.getByRole('button', { name: 'Ny konsultasjon' }).click();

    // Recording cannot start without consent: the consultation is created only with it.
    await page.getByRole('radio', { name: 'Muntlig' }).check();
    await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
    await page.getByRole('button', { name: 'Start konsultasjon' }).click();
    await page.getByRole('heading', { name: /^Konsultasjon kl\./ }).waitFor();

    const socketFrames: number[] = [];
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => {
        if (typeof frame.payload !== 'string') socketFrames.push(frame.payload.length);
      });
    });

    // Start with the keyboard shortcut
    await page.keyboard.press('Alt+KeyR');
    await page.getByRole('button', { name: /Stopp opptaket/ }).waitFor();
    await expect.poll(timerSeconds, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const meter = page.locator('meter');
    await expect
      .poll(async () => Number(await meter.getAttribute('value')), { timeout: 10_000, interval: 100 })
      .toBeGreaterThan(0.01);
    const violations = await findAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await saveScreenshot(page, '10-recording');

    // 16 kHz PCM16 in frames of about 100 ms: 3200 bytes each
    expect(socketFrames.length).toBeGreaterThan(20);
    expect(socketFrames.filter((length) => length === 3_200).length).toBeGreaterThan(socketFrames.length / 2);
    // The server confirms what it has received
    await page.getByTestId('received-seconds').waitFor({ timeout: 15_000 });

    // Pause: the timer stands still and nothing is sent
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText('Pause – ingenting tas opp').waitFor();
    const pausedAt = await timerSeconds();
    const framesAtPause = socketFrames.length;
    await page.waitForTimeout(2_000);
    expect(await timerSeconds()).toBe(pausedAt);
    expect(socketFrames.length).toBe(framesAtPause);
    await page.getByRole('button', { name: 'Fortsett' }).click();
    await expect.poll(timerSeconds, { timeout: 10_000 }).toBeGreaterThanOrEqual(pausedAt + 2);

    // Stop with the shortcut: the microphone is released and the server finishes the transcript
    await page.keyboard.press('Alt+KeyR');
    await page.getByRole('button', { name: /^Ta opp/ }).waitFor({ timeout: 60_000 });
    const transcriptHeading = page.getByRole('heading', { name: /^Transkripsjon \(\d+ avsnitt\)$/ });
    const streamError = page.getByRole('alert').filter({ hasText: 'Opptaket' });
    await transcriptHeading.or(streamError).first().waitFor({ timeout: 60_000 });
    if (await streamError.isVisible()) throw new Error(`recording failed: ${await streamError.textContent()}`);
    await saveScreenshot(page, '11-recorded-transcript');
  }, 180_000);
});
