import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyring, decryptField } from '../store/index.js';
import { systemIds } from '../core/index.js';
import {
  createFakeDrafting,
  createFakeExporting,
  createFakePseudonymizer,
} from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const masterKey = Buffer.alloc(32, 9);
const patient = { name: 'Ingrid Haugland Tveit', fnr: '14030352751', birthDate: '2003-03-14' };
const transcript = {
  segments: [
    { speaker: 'lege', text: 'Velkommen, Ingrid Haugland Tveit. Hva gjelder det?' },
    {
      speaker: 'pasient',
      text: 'Jeg har hatt brennende vannlating siden tirsdag og litt blod i urinen.',
    },
    { speaker: 'lege', text: 'Vi sender urinprøve til dyrking og starter Selexid.' },
  ],
};
const needles = [
  'Ingrid',
  'Haugland',
  'Tveit',
  '14030352751',
  '140303 52751',
  'brennende vannlating',
  'blod i urinen',
  'Selexid',
];

/** Every byte of every file under the data directory, as one buffer per file. */
function readEveryFile(directory: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(directory, { recursive: true })) {
    const path = join(directory, String(entry));
    if (statSync(path).isFile()) files.set(path, readFileSync(path));
  }
  return files;
}

function findPlaintext(directory: string): string[] {
  const hits: string[] = [];
  for (const [path, bytes] of readEveryFile(directory)) {
    for (const needle of needles) {
      for (const encoding of ['utf8', 'utf16le', 'latin1'] as const) {
        if (bytes.includes(Buffer.from(needle, encoding)))
          hits.push(`${path}: ${needle} (${encoding})`);
      }
    }
  }
  return hits;
}

describe('plaintext never touches disk, and erasure leaves nothing readable', () => {
  let test: TestApp;
  beforeEach(async () => {
    test = await createTestApp({
      env: { REFERENT_MASTER_KEY: masterKey.toString('base64') },
      capabilities: {
        pseudonymizer: createFakePseudonymizer('Ingrid Haugland Tveit', 'Marte Lien Dahl'),
        drafting: createFakeDrafting(),
        exporting: createFakeExporting(),
      },
    });
  });
  afterEach(async () => {
    await test.close();
  });

  it('finds no identifier or content anywhere in the data directory, before and after erasure', async () => {
    const headers = { authorization: `Bearer ${await test.login('lege')}` };
    const inject = test.app.server.inject.bind(test.app.server);
    const created = await inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers,
      payload: { template: 'journalnotat', consent: { given: true, method: 'skriftlig' }, patient },
    });
    const id = created.json<{ id: string }>().id;
    await inject({
      method: 'POST',
      url: `/api/v1/consultations/${id}/transcript`,
      headers,
      payload: transcript,
    });
    await inject({ method: 'POST', url: `/api/v1/consultations/${id}/draft`, headers });
    await inject({
      method: 'PUT',
      url: `/api/v1/consultations/${id}/note`,
      headers,
      payload: {
        sections: [
          { key: 'anamnese', text: 'Ingrid Haugland Tveit har brennende vannlating. Selexid.' },
        ],
      },
    });
    await inject({ method: 'POST', url: `/api/v1/consultations/${id}/approve`, headers });
    // The content is really there: the clinician reads it back.
    const view = await inject({ method: 'GET', url: `/api/v1/consultations/${id}`, headers });
    expect(view.body).toContain('brennende vannlating');

    expect(findPlaintext(test.dataDir)).toEqual([]);

    // Keep a copy of a ciphertext, as an attacker with a disk image would.
    const database = new SqliteDatabase(join(test.dataDir, 'referent.db'), { readonly: true });
    const stolen = (
      database
        .prepare('SELECT ciphertext FROM content WHERE consultation_id = ? AND field = ?')
        .get(id, 'transcript') as { ciphertext: Buffer }
    ).ciphertext;
    const wrappedBefore = database
      .prepare('SELECT wrapped_key FROM consultations WHERE id = ?')
      .get(id) as { wrapped_key: Buffer | null };
    database.close();
    expect(wrappedBefore.wrapped_key).not.toBeNull();
    const keyring = createKeyring({ masterKey, ids: systemIds });
    // With the key still there, the stolen ciphertext is readable: the test below is meaningful.
    const dataKey = keyring.unwrapDataKey(id, wrappedBefore.wrapped_key ?? Buffer.alloc(0));
    expect(
      decryptField({
        dataKey,
        consultationId: id,
        field: 'transcript',
        ciphertext: stolen,
      }).toString(),
    ).toContain('vannlating');

    expect(
      (await inject({ method: 'DELETE', url: `/api/v1/consultations/${id}`, headers })).statusCode,
    ).toBe(204);

    expect(findPlaintext(test.dataDir)).toEqual([]);
    const after = new SqliteDatabase(join(test.dataDir, 'referent.db'), { readonly: true });
    const row = after
      .prepare('SELECT wrapped_key, status FROM consultations WHERE id = ?')
      .get(id) as { wrapped_key: Buffer | null; status: string };
    const remaining = after
      .prepare('SELECT COUNT(*) AS count FROM content WHERE consultation_id = ?')
      .get(id) as { count: number };
    after.close();
    expect(row).toEqual({ wrapped_key: null, status: 'erased' });
    expect(remaining.count).toBe(0);
    // The stolen ciphertext's bytes are gone from the files too (secure_delete, checkpointed WAL).
    for (const [path, bytes] of readEveryFile(test.dataDir)) {
      expect(bytes.includes(stolen.subarray(1, 29)), path).toBe(false);
      expect(
        bytes.includes((wrappedBefore.wrapped_key ?? Buffer.alloc(0)).subarray(1, 29)),
        path,
      ).toBe(false);
    }
  });
});
