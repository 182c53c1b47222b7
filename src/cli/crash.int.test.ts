import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config/index.js';
import { createManualClock } from '../core/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const masterKey = Buffer.alloc(32, 5).toString('base64');
const secretPhrase = 'Pasienten Torleif Brekkestø har kjent hjertesvikt';

function referent(args: string[], env: Record<string, string>, stdin?: string): ChildProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: root,
      env: { ...process.env, REFERENT_MASTER_KEY: masterKey, REFERENT_DEMO: 'off', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  exits.set(
    child,
    new Promise((resolve) =>
      child.on('exit', (code) => {
        resolve(code);
      }),
    ),
  );
  child.stdin.end(stdin ?? '');
  return child;
}

const exits = new WeakMap<ChildProcess, Promise<number | null>>();
/** Every process started, so none outlives the test file, whatever fails. */
const children = new Set<ChildProcess>();
/** The exit code; the listener is attached at spawn, so an early exit is not missed. */
async function exitOf(child: ChildProcess): Promise<number | null> {
  return exits.get(child) ?? Promise.resolve(child.exitCode);
}

async function startServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = referent(['serve', '--port', '0', '--data', dataDir], env);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error('server did not start'));
    }, 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', () => {
      reject(new Error('server exited'));
    });
  });
  return { child, url };
}

const directories: string[] = [];
afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exitOf(child);
  }
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/**
 * Resolves once `isDone` holds, checking after each acknowledged write rather than after a fixed
 * time, so a slow machine only makes the test slower, never different.
 */
function createProgress(isDone: () => boolean): { notify: () => void; reached: Promise<void> } {
  let resolve: () => void = () => undefined;
  const reached = new Promise<void>((done) => {
    resolve = done;
  });
  return {
    notify: () => {
      if (isDone()) resolve();
    },
    reached,
  };
}

describe('a killed server (SIGKILL)', () => {
  it('loses nothing it acknowledged, audits every change it made, leaves nothing readable, and erases expired sessions on restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'referent-crash-'));
    directories.push(dataDir);
    const env = {};
    for (const [name, role] of [
      ['lege', 'clinician'],
      ['revisor', 'auditor'],
    ] as const) {
      expect(
        await exitOf(
          referent(
            ['users', 'add', name, '--role', role, '--data', dataDir],
            env,
            'riktig-passord-123\n',
          ),
        ),
      ).toBe(0);
    }

    const first = await startServer(dataDir, env);
    const login = await fetch(`${first.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lege', password: 'riktig-passord-123' }),
    });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    // Write continuously; kill the process while requests are in flight, once a few writes were
    // acknowledged (counted, not timed: under load the same point is reached later). Every other
    // consultation is erased after its transcript, so erasures are in flight too.
    const created: string[] = [];
    const acknowledged: { id: string; text: string; erasing: boolean; erased: boolean }[] = [];
    const state = { killed: false };
    const progress = createProgress(() => acknowledged.length >= 6);
    const writer = (async () => {
      while (!state.killed) {
        try {
          const answer = await fetch(`${first.url}/api/v1/consultations`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              template: 'journalnotat',
              consent: { given: true, method: 'muntlig' },
            }),
          });
          const { id } = (await answer.json()) as { id: string };
          if (answer.status === 201) created.push(id);
          const text = `${secretPhrase} ${created.length}`;
          const stored = await fetch(`${first.url}/api/v1/consultations/${id}/transcript`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ segments: [{ speaker: 'lege', text }] }),
          });
          if (stored.status !== 200) continue;
          const record = { id, text, erasing: false, erased: false };
          acknowledged.push(record);
          if (acknowledged.length % 2 === 0) {
            record.erasing = true;
            const erased = await fetch(`${first.url}/api/v1/consultations/${id}`, {
              method: 'DELETE',
              headers: { authorization: headers.authorization },
            });
            record.erased = erased.status === 204;
          }
          progress.notify();
        } catch {
          return;
        }
      }
    })();
    await Promise.race([progress.reached, writer]);
    first.child.kill('SIGKILL');
    state.killed = true;
    await writer;
    await exitOf(first.child);
    expect(acknowledged.length).toBeGreaterThan(2);

    // Nothing readable on disk after the crash.
    for (const entry of readdirSync(dataDir, { recursive: true })) {
      const path = join(dataDir, String(entry));
      if (statSync(path).isFile())
        expect(readFileSync(path).includes(Buffer.from('Brekkestø')), path).toBe(false);
    }

    // Restart at once: every acknowledged transcript is there.
    const second = await startServer(dataDir, env);
    const relogin = await fetch(`${second.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lege', password: 'riktig-passord-123' }),
    });
    const headers2 = {
      authorization: `Bearer ${((await relogin.json()) as { token: string }).token}`,
    };
    for (const { id, text, erased } of acknowledged) {
      const response = await fetch(`${second.url}/api/v1/consultations/${id}`, {
        headers: headers2,
      });
      if (erased) {
        expect(response.status, id).toBe(410);
        continue;
      }
      const body = (await response.json()) as { transcript?: { segments: { text: string }[] } };
      expect(body.transcript?.segments[0]?.text).toBe(text);
    }

    // Every consultation that exists (acknowledged or not) has its creation audited, and every
    // acknowledged transcript its entry: a change and its audit entry commit together.
    const survivors = (await (
      await fetch(`${second.url}/api/v1/consultations`, { headers: headers2 })
    ).json()) as { consultations: { id: string; status: string }[] };
    const auditorLogin = await fetch(`${second.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'revisor', password: 'riktig-passord-123' }),
    });
    const auditor = {
      authorization: `Bearer ${((await auditorLogin.json()) as { token: string }).token}`,
    };
    const auditedActions = async (id: string) => {
      const answer = await fetch(`${second.url}/api/v1/audit?limit=50&consultationId=${id}`, {
        headers: auditor,
      });
      return ((await answer.json()) as { entries: { action: string }[] }).entries.map(
        (entry) => entry.action,
      );
    };
    for (const consultation of survivors.consultations) {
      const actions = await auditedActions(consultation.id);
      expect(actions, consultation.id).toContain('consultation-created');
      if (consultation.status === 'transcribed') expect(actions).toContain('transcript-added');
    }
    // Every change the server acknowledged before the kill has its entry: each creation, each
    // transcript and each erasure.
    const acknowledgedErasures = acknowledged.filter((record) => record.erased);
    expect(acknowledgedErasures.length).toBeGreaterThan(0);
    for (const id of created) {
      expect(await auditedActions(id), id).toContain('consultation-created');
    }
    for (const { id, erased } of acknowledged) {
      const actions = await auditedActions(id);
      expect(actions, id).toContain('transcript-added');
      if (erased) expect(actions, id).toContain('session-erased');
    }
    second.child.kill('SIGKILL');
    await exitOf(second.child);

    // Start again, with an injected clock past the retention time: the start erases every
    // unfinished session before serving.
    const later = createManualClock(Date.now() + 13 * 3_600_000);
    const third = await createApp({
      config: loadConfig({
        REFERENT_DATA_DIR: dataDir,
        REFERENT_MASTER_KEY: masterKey,
        REFERENT_DEMO: 'off',
      }),
      clock: later,
    });
    const clinician = await third.store.users.tryGetByUsername('lege');
    const remaining = await third.store
      .consultationsOf(clinician?.id ?? '')
      .list({ endedSince: 0 });
    await third.close();
    expect(remaining.length).toBeGreaterThanOrEqual(acknowledged.length);
    for (const consultation of remaining) {
      // Erased by the clinician (discarded; the kill may have cut the answer), or by the start-up
      // sweep (expired).
      const erasing = acknowledged.some(
        (record) => record.id === consultation.id && record.erasing,
      );
      expect(consultation.status, consultation.id).toBe(
        erasing && consultation.status === 'discarded' ? 'discarded' : 'expired',
      );
    }
    const verify = referent(['audit', 'verify', '--data', dataDir], {});
    expect(await exitOf(verify)).toBe(0);
  }, 300_000);
});
