/**
 * The whole clinician flow in the real built app, in Debian's Chromium: log in, create a
 * consultation with consent, upload a transcript, draft, inspect evidence, edit (surviving an
 * expired login and a reload), approve, copy, download FHIR, erase — with an axe check and a
 * screenshot of every main screen. Also: one clinician never sees another's consultations, and the
 * admin and auditor pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFhirTestServer } from '../src/export/testing/fhir-test-server.js';
import { startTestServer } from '../src/testing/start-test-server.js';
import {
  casesDir,
  ensureWebBuilt,
  findAccessibilityViolations,
  launchBrowser,
  logIn,
  logOut,
  openLoggedOut,
  readCase,
  saveScreenshot,
  type LaunchedBrowser,
} from './support.js';

const password = 'e2e-passord-som-er-langt';
const caseFile = 'd01-halsbetennelse.json';

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
// A FHIR receiver on 127.0.0.1 standing in for the patient record system.
let fhirReceiver: Awaited<ReturnType<typeof startFhirTestServer>> | undefined;
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

async function clipboardText(): Promise<string> {
  return page.evaluate<string>('navigator.clipboard.readText()');
}

beforeAll(async () => {
  ensureWebBuilt();
  const receiver = await startFhirTestServer();
  receiver.acceptedTokens.add('e2e-fhir-token');
  fhirReceiver = receiver;
  const started = await startTestServer({
    env: {
      REFERENT_FHIR_BASE_URL: receiver.baseUrl,
      REFERENT_FHIR_TOKEN: 'e2e-fhir-token',
      REFERENT_FHIR_REGION: 'NO',
      // Keep the consultation after sending, so the test can erase it with «Slett nå» itself.
      REFERENT_FHIR_ERASE_AFTER_SEND: 'false',
    },
  });
  server = started;
  await started.addUser({
    username: 'ola',
    password,
    role: 'clinician',
    displayName: 'Ola Brekke',
  });
  await started.addUser({ username: 'lise', password, role: 'clinician', displayName: 'Lise Aas' });
  await started.addUser({ username: 'admin', password, role: 'admin', displayName: 'Ada Admin' });
  await started.addUser({
    username: 'revisor',
    password,
    role: 'auditor',
    displayName: 'Rita Revisor',
  });
  const launched = await launchBrowser();
  browser = launched;
  await launched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url() });
  page = launched.context.pages()[0] ?? (await launched.context.newPage());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fhirReceiver?.close();
});

describe('the clinician web app', () => {
  let consultationId = '';

  it('takes a consultation from transcript upload to erasure', async () => {
    const testCase = readCase(caseFile);

    // Login
    await openLoggedOut(page, url());
    await page.getByRole('heading', { name: 'Logg inn i Referent' }).waitFor();
    await expectAccessible('login');
    await saveScreenshot(page, '01-login');

    // The administrator creates the clinician's account with her HPR number (the FHIR document
    // names the approving practitioner by HPR)
    await logIn(page, 'admin', password);
    await page.getByLabel('Navn', { exact: true }).fill('Kari Mæland');
    await page.getByLabel('Brukernavn').fill('kari');
    await page.getByLabel('HPR-nummer (for klinikere)').fill('4518263');
    await page.getByLabel('Første passord (minst 12 tegn)').fill(password);
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByRole('cell', { name: 'Kari Mæland', exact: true }).waitFor();
    await page.getByRole('cell', { name: '4518263' }).waitFor();
    await logOut(page);

    await page.getByLabel('Brukernavn').fill('kari');
    await page.getByLabel('Passord').fill('feil-passord');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Feil brukernavn eller passord. Prøv igjen.').waitFor();
    await logIn(page, 'kari', password);
    await page.getByRole('heading', { name: 'Dagens konsultasjoner' }).waitFor();

    // New consultation: consent is required
    await page.getByRole('button', { name: 'Ny konsultasjon' }).click();
    await page.getByRole('heading', { name: 'Ny konsultasjon' }).waitFor();
    await page.getByText('Ingenting fra samtalen brukes til å trene').waitFor();
    await page.getByRole('button', { name: 'Start konsultasjon' }).click();
    await page.getByText('Pasienten må ha samtykket før opptak kan starte.').waitFor();
    expect(page.url()).toBe(`${url()}/ny`);
    await page.getByLabel('Navn', { exact: true }).fill(testCase.patient.name);
    await page.getByLabel('Fødselsnummer (11 sifre)').fill(testCase.patient.fnr ?? '');
    await page.getByRole('radio', { name: 'Muntlig' }).check();
    await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
    await expectAccessible('new consultation');
    await saveScreenshot(page, '03-new-consultation');
    await page.getByRole('button', { name: 'Start konsultasjon' }).click();

    // Capture: upload the transcript
    await page.getByRole('heading', { name: /^Konsultasjon kl\./ }).waitFor();
    consultationId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(consultationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.getByTestId('status').textContent()).toBe('Venter på opptak');
    await expectAccessible('capture');
    await page.getByLabel('Last opp transkripsjon').setInputFiles(join(casesDir, caseFile));
    await page
      .getByRole('heading', { name: `Transkripsjon (${testCase.segments.length} avsnitt)` })
      .waitFor();
    await page.getByText('bussen sto helt stille ved Danmarksplass').waitFor();
    await saveScreenshot(page, '04-transcript');

    // Correct a speaker label: the select follows the server's transcript, so it only keeps the
    // new value once the server has stored it
    const speaker = page.getByLabel('Hvem snakker i avsnitt 2', { exact: true });
    expect(await speaker.inputValue()).toBe('pasient');
    await speaker.selectOption('pårørende');
    await expect.poll(() => speaker.inputValue()).toBe('pårørende');
    await page.waitForTimeout(500);
    expect(await speaker.inputValue()).toBe('pårørende');
    await speaker.selectOption('pasient');
    await expect.poll(() => speaker.inputValue()).toBe('pasient');

    // Draft
    await page.getByRole('button', { name: 'Lag utkast' }).click();
    const draftFailed = page.getByRole('alert').filter({ hasText: 'Utkastet ble ikke laget' });
    await page
      .getByRole('tab', { name: /Journalnotat/ })
      .or(draftFailed)
      .waitFor({ timeout: 60_000 });
    if (await draftFailed.isVisible())
      throw new Error(`drafting failed: ${await draftFailed.textContent()}`);
    await page.getByRole('textbox', { name: 'Anamnese' }).waitFor();
    await expectAccessible('review');

    // Evidence: the caret in the first sentence marks its source in the transcript, in view
    const anamnese = page.getByRole('textbox', { name: 'Anamnese' });
    const anamneseText = await anamnese.inputValue();
    expect(anamneseText.length).toBeGreaterThan(10);
    await anamnese.focus();
    await page.keyboard.press('Control+Home');
    await page.getByTestId('evidence-info').waitFor();
    const marks = page.locator('.transcript-column mark');
    await marks.first().waitFor();
    const markedText = (await marks.allTextContents()).join(' ');
    expect(markedText.length).toBeGreaterThan(3);
    const transcriptText = testCase.segments.map((segment) => segment.text).join('\n');
    for (const piece of await marks.allTextContents()) expect(transcriptText).toContain(piece);
    await page.waitForTimeout(800); // smooth scrolling
    const markBox = await marks.first().boundingBox();
    const columnBox = await page.locator('.transcript-column').boundingBox();
    expect(markBox).not.toBeNull();
    expect(columnBox).not.toBeNull();
    if (markBox !== null && columnBox !== null) {
      expect(markBox.y).toBeGreaterThanOrEqual(columnBox.y - 1);
      expect(markBox.y + markBox.height).toBeLessThanOrEqual(columnBox.y + columnBox.height + 1);
    }

    // Flagged sentences: Alt+N walks to the next one and names the reason
    const flaggedCount = await page.locator('.flagged').count();
    if (flaggedCount > 0) {
      await page.keyboard.press('Alt+KeyN');
      const reason = (await page.locator('.flagged .flag-reason').first().textContent()) ?? '';
      await page.getByTestId('evidence-info').filter({ hasText: reason.trim() }).first().waitFor();
    }
    await saveScreenshot(page, '05-review');

    // Edit: autosave, an expired login in between, and a reload
    const tiltak = page.getByRole('textbox', { name: 'Tiltak' });
    await tiltak.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Kontroll om en uke ved behov.');
    await page
      .getByTestId('save-indicator')
      .filter({ hasText: /Lagret kl\./ })
      .waitFor();
    await page.context().clearCookies();
    await page.keyboard.type(' Ring legekontoret ved forverring.');
    await page.getByText('Økten din er utløpt.').waitFor();
    await expectAccessible('session expired');
    await page.getByLabel('Passord').fill(password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page
      .getByTestId('save-indicator')
      .filter({ hasText: /Lagret kl\./ })
      .waitFor();
    await page.reload();
    await page.getByRole('textbox', { name: 'Tiltak' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Tiltak' }).inputValue()).toContain(
      'Kontroll om en uke ved behov. Ring legekontoret ved forverring.',
    );

    // Diagnosis code search
    await page.getByLabel('Søk etter kode eller diagnose').fill('hals');
    await page.getByRole('button', { name: 'Legg til R21 Hals symptomer/plager' }).click();
    await page.locator('.code-list').getByText('ICPC-2 R21').waitFor();
    await page
      .getByTestId('save-indicator')
      .filter({ hasText: /Lagret kl\./ })
      .waitFor();

    // Approve with the keyboard shortcut
    await page.getByRole('textbox', { name: 'Tiltak' }).focus();
    await page.keyboard.press('Alt+KeyG');
    await page.getByRole('heading', { name: 'Godkjent – før over til journalen' }).waitFor();
    expect(await page.getByTestId('approved-by').textContent()).toContain(
      'Kari Mæland (HPR 4518263)',
    );
    await expectAccessible('hand-over');
    await saveScreenshot(page, '06-handover');

    // Copy section by section, and all at once
    const firstSection = page.locator('.export-section').first();
    const firstSectionText = (await firstSection.locator('.export-text').textContent()) ?? '';
    await firstSection.getByRole('button', { name: /Kopier avsnitt/ }).click();
    await firstSection.getByRole('button', { name: /Kopiert/ }).waitFor();
    expect(await clipboardText()).toBe(firstSectionText);
    await page.getByRole('button', { name: 'Kopier alt' }).click();
    await page.getByRole('button', { name: 'Kopiert ✓' }).first().waitFor();
    expect(await clipboardText()).toContain('Ring legekontoret ved forverring.');

    // Download the FHIR document
    const downloadPromise = page.waitForEvent('download');
    // Surface the app's own message if the export is refused, instead of a bare timeout.
    const exportError = page.getByRole('alert').first();
    const exportFailed = exportError.waitFor({ timeout: 30_000 }).then(async () => {
      throw new Error(`FHIR export failed: ${await exportError.textContent()}`);
    });
    exportFailed.catch(() => undefined);
    await page.getByRole('button', { name: 'Last ned FHIR-dokument' }).click();
    const download = await Promise.race([downloadPromise, exportFailed]);
    const fhir = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      resourceType?: string;
    };
    expect(fhir.resourceType).toBe('Bundle');

    // Send the FHIR document to the record system
    await page.getByRole('button', { name: 'Send til journalsystemet (FHIR)' }).click();
    await page.getByRole('button', { name: 'Sendt ✓' }).waitFor();
    expect(fhirReceiver?.stored.size).toBe(1);

    // Erase, with confirmation, and see that everything is gone
    await page.locator('.finish').getByRole('button', { name: 'Slett nå' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slette alt nå?' });
    await dialog.waitFor();
    await expectAccessible('erase confirmation');
    await dialog.getByRole('button', { name: 'Slett alt nå' }).click();
    const erased = page.getByRole('heading', { name: 'Alt innhold er slettet' });
    const eraseError = dialog.getByRole('alert');
    await erased.or(eraseError).first().waitFor();
    if (await eraseError.isVisible())
      throw new Error(`erase failed: ${await eraseError.textContent()}`);
    await page.getByText('Bekreftet: serveren svarer at innholdet ikke finnes lenger.').waitFor();
    await expectAccessible('erased');
    await saveScreenshot(page, '07-erased');

    // Today: the erased consultation shows as erased, the countdown for a new one is visible
    await page.getByRole('button', { name: 'Ny konsultasjon' }).click();
    await page.getByRole('radio', { name: 'Skriftlig' }).check();
    await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
    await page.getByRole('button', { name: 'Start konsultasjon' }).click();
    await page.getByRole('heading', { name: /^Konsultasjon kl\./ }).waitFor();
    const otherConsultationId = decodeURIComponent(
      new URL(page.url()).pathname.split('/').pop() ?? '',
    );
    await page.getByRole('link', { name: 'I dag' }).click();
    const erasedRow = page.locator(`tr[data-consultation-id="${consultationId}"]`);
    await erasedRow.waitFor();
    expect(await erasedRow.textContent()).toContain('Innholdet er slettet');
    const openRow = page.locator(`tr[data-consultation-id="${otherConsultationId}"]`);
    expect(await openRow.textContent()).toMatch(/\d+ t( \d+ min)?/);
    await expectAccessible('today');
    await saveScreenshot(page, '02-today');
  }, 240_000);

  it('drafts several documents as tabs and approves them together', async () => {
    await openLoggedOut(page, url());
    await logIn(page, 'lise', password);
    await page.getByRole('button', { name: 'Ny konsultasjon' }).click();
    await page.getByRole('checkbox', { name: 'Pasientbrev' }).check();
    await page.getByRole('radio', { name: 'Muntlig' }).check();
    await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
    await page.getByRole('button', { name: 'Start konsultasjon' }).click();
    await page.getByRole('heading', { name: /^Konsultasjon kl\./ }).waitFor();
    await page
      .getByLabel('Last opp transkripsjon')
      .setInputFiles(join(casesDir, 'd02-hypotyreose-kontroll.json'));
    await page.getByRole('heading', { name: /^Transkripsjon \(\d+ avsnitt\)$/ }).waitFor();
    await page.getByRole('button', { name: 'Lag utkast' }).click();

    const journal = page.getByRole('tab', { name: /Journalnotat/ });
    const letter = page.getByRole('tab', { name: /Pasientbrev/ });
    await letter.waitFor({ timeout: 60_000 });
    expect(await journal.getAttribute('aria-selected')).toBe('true');
    // Arrow keys move between the documents (WAI-ARIA tabs pattern)
    await journal.focus();
    await page.keyboard.press('ArrowRight');
    expect(await letter.getAttribute('aria-selected')).toBe('true');
    const letterPanel = page.getByRole('tabpanel', { name: /Pasientbrev/ });
    expect(await letterPanel.locator('textarea').count()).toBeGreaterThan(0);
    expect(await letterPanel.getByRole('textbox', { name: 'Anamnese' }).count()).toBe(0);
    await expectAccessible('review with several documents');

    await page.getByRole('button', { name: /^Godkjenn/ }).click();
    await page.getByRole('heading', { name: 'Godkjent – før over til journalen' }).waitFor();
    const handoverTabs = page.locator('.handover').getByRole('tab');
    expect(await handoverTabs.allTextContents()).toEqual(['Journalnotat', 'Pasientbrev']);
    await page.locator('.handover').getByRole('tab', { name: 'Pasientbrev' }).click();
    await page.locator('.export-section').first().waitFor();
    await page.locator('.page-head').getByRole('button', { name: 'Slett nå' }).click();
    await page
      .getByRole('dialog', { name: 'Slette alt nå?' })
      .getByRole('button', { name: 'Slett alt nå' })
      .click();
    await page.getByRole('heading', { name: 'Alt innhold er slettet' }).waitFor();
    await logOut(page);
  }, 120_000);

  it("never shows one clinician another clinician's consultations", async () => {
    await openLoggedOut(page, url());
    await logIn(page, 'kari', password);
    await page.getByRole('button', { name: 'Ny konsultasjon' }).click();
    await page.getByRole('radio', { name: 'Skriftlig' }).check();
    await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
    await page.getByRole('button', { name: 'Start konsultasjon' }).click();
    await page.getByRole('heading', { name: /^Konsultasjon kl\./ }).waitFor();
    const karisConsultation = decodeURIComponent(
      new URL(page.url()).pathname.split('/').pop() ?? '',
    );
    await page.getByRole('link', { name: 'I dag' }).click();
    await page.locator(`tr[data-consultation-id="${karisConsultation}"]`).waitFor();
    await logOut(page);

    await logIn(page, 'ola', password);
    await page.getByRole('heading', { name: 'Dagens konsultasjoner' }).waitFor();
    await page.getByText('Ingen konsultasjoner i dag ennå.').waitFor();
    expect(await page.locator('tr[data-consultation-id]').count()).toBe(0);
    await page.goto(`${url()}/konsultasjon/${karisConsultation}`);
    await page.getByText('Kunne ikke åpne konsultasjonen').waitFor();
    expect(await page.locator('textarea, input[type="file"]').count()).toBe(0);
    await logOut(page);
  }, 90_000);

  it('shows admins users, engines with their jurisdiction, retention and the AI switch', async () => {
    await openLoggedOut(page, url());
    await logIn(page, 'admin', password);
    await page.getByRole('heading', { name: 'Brukere og innstillinger' }).waitFor();
    await page.getByRole('cell', { name: 'Kari Mæland', exact: true }).waitFor();
    await page.getByText('Sletting av uferdige konsultasjoner').waitFor();
    const aiSwitch = page.getByRole('switch', { name: /KI-utkast for hele installasjonen/ });
    expect(await aiSwitch.isChecked()).toBe(true);
    await expectAccessible('admin');
    await saveScreenshot(page, '08-admin');
    // The switch follows the server's answer, so wait for the text rather than the checkbox.
    page.once('dialog', (dialog) => void dialog.accept());
    await aiSwitch.click();
    await page.getByText('KI-utkast for hele installasjonen: av').waitFor();
    expect(await aiSwitch.isChecked()).toBe(false);
    await logOut(page);

    // Clinicians see that drafting is off, and cannot start it
    await logIn(page, 'lise', password);
    await page.getByRole('button', { name: 'Ny konsultasjon' }).click();
    await page.getByRole('radio', { name: 'Muntlig' }).check();
    await page.getByRole('checkbox', { name: /Pasienten er informert og samtykker/ }).check();
    await page.getByRole('button', { name: 'Start konsultasjon' }).click();
    await page.getByLabel('Last opp transkripsjon').setInputFiles(join(casesDir, caseFile));
    await page.getByRole('heading', { name: /^Transkripsjon \(\d+ avsnitt\)$/ }).waitFor();
    await page.getByText('KI-utkast er slått av').waitFor();
    expect(await page.getByRole('button', { name: 'Lag utkast' }).isDisabled()).toBe(true);
    await logOut(page);

    await logIn(page, 'admin', password);
    await aiSwitch.click();
    await page.getByText('KI-utkast for hele installasjonen: på').waitFor();
    await page.getByRole('link', { name: 'Revisjonslogg' }).click();
    await page.getByText(/Loggen er uendret: alle \d+ oppføringer henger sammen/).waitFor();
    await logOut(page);
  }, 60_000);

  it('shows auditors the audit log with its verification status, and no consultation content', async () => {
    await openLoggedOut(page, url());
    await logIn(page, 'revisor', password);
    await page.getByRole('heading', { name: 'Revisjonslogg' }).waitFor();
    await page.getByText(/Loggen er uendret: alle \d+ oppføringer henger sammen/).waitFor();
    await page.getByRole('cell', { name: 'Innlogging' }).first().waitFor();
    await page.getByRole('cell', { name: 'Revisjonslogg kontrollert' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Ny konsultasjon' }).count()).toBe(0);
    // The log holds who and what, never the patient or the conversation.
    const patient = readCase(caseFile).patient;
    const pageText = (await page.locator('body').textContent()) ?? '';
    expect(pageText).not.toContain(patient.name);
    expect(pageText).not.toContain(patient.fnr ?? 'no-fnr');
    await expectAccessible('audit');
    await saveScreenshot(page, '09-audit');
    await logOut(page);
  }, 60_000);
});
