/**
 * The login form when the server is busy (issue 14): the server's 503 with Retry-After (tested
 * through HTTP in src/http/login-busy.int.test.ts) is played here by the browser's request
 * interception for the first attempt only; the second attempt reaches the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer } from '../src/testing/start-test-server.js';
import {
  ensureWebBuilt,
  launchBrowser,
  openLoggedOut,
  saveScreenshot,
  type LaunchedBrowser,
} from './support.js';

const password = 'e2e-travel-innlogging-4';

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
let browser: LaunchedBrowser | undefined;
let page: Page;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startTestServer();
  await server.addUser({ username: 'sigrid', password, role: 'clinician', displayName: 'Sigrid' });
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('logging in while the server is busy', () => {
  it('keeps what was typed, waits Retry-After with the button off, then logs in', async () => {
    if (server === undefined) throw new Error('server not started');
    await openLoggedOut(page, server.url);
    let answeredBusy = false;
    await page.route('**/api/v1/auth/login', async (route) => {
      if (answeredBusy) {
        await route.continue();
        return;
      }
      answeredBusy = true;
      await route.fulfill({
        status: 503,
        headers: { 'retry-after': '2', 'content-type': 'application/json' },
        body: JSON.stringify({
          error: {
            code: 'not-available',
            message: 'Mange logger inn akkurat nå. Prøv igjen om 2 sekunder.',
          },
        }),
      });
    });
    await page.getByLabel('Brukernavn').fill('sigrid');
    await page.getByLabel('Passord').fill(password);
    const button = page.getByRole('button', { name: 'Logg inn' });
    await button.click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Innloggingen er travel akkurat nå. Prøv igjen om noen sekunder.' })
      .waitFor();
    expect(await page.getByLabel('Brukernavn').inputValue()).toBe('sigrid');
    expect(await page.getByLabel('Passord').inputValue()).toBe(password);
    expect(await button.isDisabled()).toBe(true);
    // Enter in the password field does not send it either while the server asked us to wait.
    await page.getByLabel('Passord').press('Enter');
    await saveScreenshot(page, '27-login-busy');
    expect(answeredBusy).toBe(true);
    await expect.poll(() => button.isEnabled(), { timeout: 10_000, interval: 200 }).toBe(true);
    await button.click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  }, 60_000);
});
