/**
 * Helpers for the browser end-to-end tests: build the web app if needed, start Debian's Chromium
 * through playwright-core (no browser download), check accessibility with axe-core injected into
 * the page, and take screenshots: into a temporary folder on an ordinary test run (so the tests leave
 * the checkout clean), into docs/screenshots/ with `npm run screenshots`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { getSharedConsultationsDirectory } from '../src/testing/shared-data.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const casesDir = getSharedConsultationsDirectory();
/** `REFERENT_SCREENSHOT_DIR` (set by `npm run screenshots`), else a temporary folder. */
export const screenshotDir =
  process.env['REFERENT_SCREENSHOT_DIR'] ?? join(tmpdir(), 'referent-e2e-screenshots');
const chromiumPath = '/usr/bin/chromium';

/** Builds web/dist when it is missing (`npm test` builds first; a targeted run may not have). */
export function ensureWebBuilt(): void {
  if (existsSync(join(repoRoot, 'web', 'dist', 'index.html'))) return;
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
    ],
    {
      cwd: repoRoot,
      stdio: 'pipe',
    },
  );
}

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium headless with a fresh profile directory; `extraArgs` e.g. the fake microphone. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<LaunchedBrowser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'referent-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
    viewport: { width: 1440, height: 900 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page and returns the violations. */
export async function findAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy rightly forbids
  // inline scripts, and the test must not weaken it.
  await page.evaluate(axeSource);
  // A string, not a function: this file is type-checked without the DOM library.
  const violations = await page.evaluate<AxeViolation[]>(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  })()`);
  return violations;
}

/**
 * Saves a full-page screenshot as NAME.png in `screenshotDir`; `fullPage: false` for the window
 * only (Chromium cannot capture the whole page while it holds a scroll box millions of pixels
 * tall, as the windowed 3 MB transcript does).
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  // Let transitions and smooth scrolling settle so the picture shows the resting state.
  await page.waitForTimeout(300);
  await page.screenshot({
    path: join(screenshotDir, `${name}.png`),
    fullPage: options.fullPage ?? true,
  });
}

/** Reads a synthetic consultation case (d01–d06). */
export function readCase(fileName: string): {
  id: string;
  patient: { name: string; fnr: string | null; birthDate: string };
  segments: { speaker: string; text: string }[];
} {
  return JSON.parse(readFileSync(join(casesDir, fileName), 'utf8')) as ReturnType<typeof readCase>;
}

/** Logs in through the login form and waits for the first screen. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('heading', { name: 'Logg inn i Referent' }).waitFor();
}

/** Opens the app and makes sure nobody is logged in (each test starts from the login screen). */
export async function openLoggedOut(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const loginHeading = page.getByRole('heading', { name: 'Logg inn i Referent' });
  const logoutButton = page.getByRole('button', { name: 'Logg ut' });
  await loginHeading.or(logoutButton).first().waitFor();
  if (await logoutButton.isVisible()) await logOut(page);
}

/** Starts a consultation from Today with oral consent and waits for the consultation screen. */
export async function startConsultation(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ny konsultasjon' }).click();
  await page.getByRole('radio', { name: 'Muntlig' }).check();
  await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
  await page.getByRole('button', { name: 'Start konsultasjon' }).click();
  await page.getByRole('heading', { name: /^Konsultasjon kl\./ }).waitFor();
}

/**
 * About `bytes` of «Lege:»/«Pasient:» lines (issue 13's long consultation), each turn numbered so
 * none repeats; `deep` lines are put in at 85 % of the way. `turns` counts every line,
 * `lastTurn` is the number of the last numbered turn.
 */
export function longConversation(
  bytes: number,
  deep: readonly string[] = [],
): { text: string; turns: number; lastTurn: number } {
  const lines: string[] = [];
  let size = 0;
  let deepAdded = deep.length === 0;
  for (let turn = 0; size < bytes; turn += 1) {
    if (!deepAdded && size > bytes * 0.85) {
      lines.push(...deep);
      deepAdded = true;
    }
    const line =
      turn % 2 === 0
        ? `Lege: Spørsmål ${turn}: hvordan har smertene i ryggen vært siden sist, og sover du om natten?`
        : `Pasient: Svar ${turn}: det går litt opp og ned, verst om morgenen, men jeg sover stort sett greit.`;
    lines.push(line);
    size += Buffer.byteLength(line, 'utf8') + 1;
  }
  return { text: lines.join('\n'), turns: lines.length, lastTurn: lines.length - 1 - deep.length };
}

/**
 * Starts watching for the uploaded transcript to be on screen; resolves with the milliseconds
 * from the last byte of the server's answer to `/transcript` to the frame that shows it (parsing,
 * checking and rendering included, free of test-driver overhead). Call before the upload.
 */
export function timeTranscriptShown(page: Page): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
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
}
