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
import { startFakeSttServer } from '../src/transcribe/testing/index.js';
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
let stt: Awaited<ReturnType<typeof startFakeSttServer>> | undefined;
// What the fake speech-to-text endpoint answers for each speech region, in order.
const script = [
  'Jeg har hatt vondt i halsen i tre dager.',
  'Jeg har hatt feber.',
  'Jeg har ikke hoste.',
  'Jeg tåler penicillin.',
];

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
  // An OpenAI-compatible speech-to-text endpoint on 127.0.0.1 stands in for the engine: no model
  // weights on this machine. Everything between the microphone and that endpoint is real.
  const fakeStt = await startFakeSttServer({
    script: [...script, ...script, ...script, ...script],
  });
  stt = fakeStt;
  const started = await startTestServer({
    env: {
      REFERENT_STT_ENGINE: 'openai',
      REFERENT_STT_BASE_URL: fakeStt.baseUrl,
      REFERENT_STT_REGION: 'NO',
    },
  });
  server = started;
  await started.addUser({
    username: 'kari',
    password,
    role: 'clinician',
    displayName: 'Kari Mæland',
  });
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
  await stt?.close();
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

    // Start with the keyboard shortcut, once the app knows speech-to-text is available (until
    // then «Ta opp» and its shortcut are disabled, so an early key press does nothing).
    await expect
      .poll(() => page.getByRole('button', { name: /^Ta opp/ }).isEnabled(), { timeout: 15_000 })
      .toBe(true);
    await page.keyboard.press('Alt+KeyR');
    await page.getByRole('button', { name: /Stopp opptaket/ }).waitFor();
    await expect.poll(timerSeconds, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const meter = page.locator('meter');
    await expect
      .poll(async () => Number(await meter.getAttribute('value')), {
        timeout: 10_000,
        interval: 100,
      })
      .toBeGreaterThan(0.01);
    const violations = await findAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // 16 kHz mono PCM16: 32 000 bytes per second of recording, in frames of at most one second
    const seconds = await timerSeconds();
    const sentSeconds = socketFrames.reduce((sum, length) => sum + length, 0) / 32_000;
    expect(socketFrames.length).toBeGreaterThan(10);
    expect(socketFrames.every((length) => length > 0 && length <= 32_000 && length % 2 === 0)).toBe(
      true,
    );
    expect(Math.abs(sentSeconds - seconds)).toBeLessThan(1.5);
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

    // The transcript grows live, with speaker labels the clinician can correct
    const liveTranscript = page.getByRole('list', { name: 'Transkripsjon underveis' });
    await liveTranscript
      .getByText(script[0] ?? '')
      .first()
      .waitFor({ timeout: 60_000 });
    await saveScreenshot(page, '10-recording');

    // Stop with the shortcut: the microphone is released and the server finishes the transcript
    await page.keyboard.press('Alt+KeyR');
    const transcriptHeading = page.getByRole('heading', {
      name: /^Transkripsjon \(\d+ avsnitt\)$/,
    });
    const streamError = page.getByRole('alert').filter({ hasText: 'Opptaket' });
    await transcriptHeading.or(streamError).first().waitFor({ timeout: 60_000 });
    if (await streamError.isVisible())
      throw new Error(`recording failed: ${await streamError.textContent()}`);
    const stored = page.locator('.stored-transcript');
    await stored
      .getByText(script[0] ?? '')
      .first()
      .waitFor();
    expect(await page.getByTestId('status').textContent()).toBe('Transkribert');
    expect(stt?.requests.length ?? 0).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Lag utkast' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lag utkast' }).isEnabled()).toBe(true);
    await saveScreenshot(page, '11-recorded-transcript');
  }, 180_000);

  it('transcribes an uploaded WAV file instead of a live recording', async () => {
    await page.getByRole('link', { name: 'Ny konsultasjon' }).click();
    await page.getByRole('radio', { name: 'Skriftlig' }).check();
    await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
    await page.getByRole('button', { name: 'Start konsultasjon' }).click();
    await page.getByRole('heading', { name: /^Konsultasjon kl\./ }).waitFor();
    await page
      .getByLabel('Last opp lydfil (WAV)')
      .setInputFiles(join(audioDir, 'konsultasjon.wav'));
    await page
      .getByRole('heading', { name: /^Transkripsjon \(\d+ avsnitt\)$/ })
      .waitFor({ timeout: 60_000 });
    expect(await page.locator('.stored-transcript .segment-text').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('status').textContent()).toBe('Transkribert');
    expect(await page.getByRole('button', { name: 'Lag utkast' }).isEnabled()).toBe(true);
  }, 120_000);
});
