/**
 * One long consultation in the real built app: a 3 MB transcript (tens of thousands of segments)
 * appears about half a second after the server's answer (29 s before), because the transcript view only builds the
 * segments near the visible part (issue 13).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../src/testing/start-test-server.js';
import {
  ensureWebBuilt,
  launchBrowser,
  logIn,
  openLoggedOut,
  type LaunchedBrowser,
} from './support.js';

const password = 'e2e-passord-lang-samtale';
let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
let browser: LaunchedBrowser | undefined;
let page: Page;

/** About `bytes` of «Lege:»/«Pasient:» lines, each turn numbered so none repeats. */
function longConversation(bytes: number): { text: string; turns: number } {
  const lines: string[] = [];
  let size = 0;
  for (let turn = 0; size < bytes; turn += 1) {
    const line =
      turn % 2 === 0
        ? `Lege: Spørsmål ${turn}: hvordan har smertene i ryggen vært siden sist, og sover du om natten?`
        : `Pasient: Svar ${turn}: det går litt opp og ned, verst om morgenen, men jeg sover stort sett greit.`;
    lines.push(line);
    size += Buffer.byteLength(line, 'utf8') + 1;
  }
  return { text: lines.join('\n'), turns: lines.length };
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startTestServer();
  await server.addUser({
    username: 'sigrid',
    password,
    role: 'clinician',
    displayName: 'Sigrid Lund',
  });
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a long consultation', () => {
  it('shows a 3 MB transcript about half a second after the upload, and scrolls to its end', async () => {
    if (server === undefined) throw new Error('server not started');
    const conversation = longConversation(3 * 1024 * 1024);
    await openLoggedOut(page, server.url);
    await logIn(page, 'sigrid', password);
    await page.getByRole('button', { name: 'Ny konsultasjon' }).click();
    await page.getByRole('radio', { name: 'Muntlig' }).check();
    await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
    await page.getByRole('button', { name: 'Start konsultasjon' }).click();
    await page.getByRole('heading', { name: /^Konsultasjon kl\./ }).waitFor();

    // Measured in the page: from the last byte of the server's answer to the frame that shows
    // the transcript (parsing, checking and rendering included), free of test-driver overhead.
    const shownAfter = page.evaluate<number>(`new Promise((resolve) => {
      const check = () => {
        const shown = [...document.querySelectorAll('h3')].some((heading) =>
          (heading.textContent ?? '').startsWith('Transkripsjon ('));
        const answers = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('/transcript'));
        const answer = answers[answers.length - 1];
        if (shown && answer !== undefined) resolve(performance.now() - answer.responseEnd);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })`);
    await page.getByLabel('Last opp transkripsjon').setInputFiles({
      name: 'lang-samtale.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(conversation.text, 'utf8'),
    });
    const elapsed = await shownAfter;
    console.info(
      `3 MB transcript (${conversation.turns} segments) shown ${Math.round(elapsed)} ms after the answer`,
    );
    await page
      .getByRole('heading', { name: `Transkripsjon (${conversation.turns} avsnitt)` })
      .waitFor({ timeout: 60_000 });
    await page.getByText('Spørsmål 0: hvordan har smertene').waitFor({ timeout: 60_000 });
    // The target is one second; measured 500–1450 ms on a shared 2-core machine under load 13
    // (it took 29 s before the view was windowed). Gated with margin for such machines.
    expect(elapsed).toBeLessThan(2_500);

    // The end of the conversation is reachable by scrolling.
    const last = page.getByText(`Svar ${conversation.turns - 1}:`);
    await expect
      .poll(
        async () => {
          // The stored transcript scrolls in its own box.
          await page.evaluate(
            `(() => { const box = document.querySelector('.stored-transcript'); if (box) box.scrollTop = box.scrollHeight; })()`,
          );
          return last.count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
  }, 240_000);
});
