/**
 * A clinic's first day (issue 13), in the real built app in Debian's Chromium, on the default
 * installation: no speech-to-text engine and no FHIR receiver. Recording says why it is not
 * possible instead of pretending; the patient is on screen where text leaves Referent; a wrong
 * fødselsnummer is refused at once; «Overført» only once something was handed over.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../src/testing/start-test-server.js';
import {
  ensureWebBuilt,
  findAccessibilityViolations,
  launchBrowser,
  logIn,
  openLoggedOut,
  saveScreenshot,
  type LaunchedBrowser,
} from './support.js';

const password = 'e2e-passord-for-forste-dag';

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
let browser: LaunchedBrowser | undefined;
let page: Page;

function url(): string {
  if (server === undefined) throw new Error('server not started');
  return server.url;
}

async function expectAccessible(name: string): Promise<void> {
  const violations = await findAccessibilityViolations(page);
  expect(violations, `axe violations on ${name}: ${JSON.stringify(violations, null, 2)}`).toEqual(
    [],
  );
}

/** Creates a consultation through the form and waits for the consultation screen. */
async function startConsultation(patient?: { name: string; fnr: string }): Promise<void> {
  await page.getByRole('link', { name: 'I dag' }).click();
  await page.getByRole('button', { name: 'Ny konsultasjon' }).click();
  if (patient !== undefined) {
    await page.getByLabel('Navn', { exact: true }).fill(patient.name);
    await page.getByLabel('Fødselsnummer (11 sifre)').fill(patient.fnr);
  }
  await page.getByRole('radio', { name: 'Muntlig' }).check();
  await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
  await page.getByRole('button', { name: 'Start konsultasjon' }).click();
  await page.getByRole('heading', { name: /^Konsultasjon kl\./ }).waitFor();
}

beforeAll(async () => {
  ensureWebBuilt();
  const started = await startTestServer();
  server = started;
  await started.addUser({
    username: 'marit',
    password,
    role: 'clinician',
    displayName: 'Marit Hovland',
    hpr: '5829174',
  });
  const launched = await launchBrowser();
  browser = launched;
  await launched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url() });
  page = launched.context.pages()[0] ?? (await launched.context.newPage());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a clinic's first day", () => {
  it('says before recording that speech-to-text is not set up, and never tries to stream', async () => {
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await openLoggedOut(page, url());
    await logIn(page, 'marit', password);
    await startConsultation();

    const message = page.getByTestId('speech-unavailable');
    await message.waitFor();
    expect(await message.textContent()).toMatch(
      /Tale-til-tekst er ikke satt opp.*Last opp en transkripsjon/,
    );
    const record = page.getByRole('button', { name: /^Ta opp/ });
    expect(await record.isDisabled()).toBe(true);
    expect(await page.getByLabel('Last opp lydfil (WAV)').isDisabled()).toBe(true);
    // The keyboard shortcut does not start a recording either.
    await page.keyboard.press('Alt+KeyR');
    await page.waitForTimeout(1_500);
    expect(sockets).toEqual([]);
    await expect.poll(() => page.locator('[role="timer"]').count()).toBe(0);
    await expectAccessible('capture without speech-to-text');
    await saveScreenshot(page, '12-no-speech-to-text');
  }, 120_000);
});
