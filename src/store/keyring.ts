import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { IntegrityError, type IdGenerator } from '../core/index.js';

/**
 * Envelope encryption (design §5). A master key wraps one random data key per consultation; every
 * content field is AES-256-GCM ciphertext under that data key with the consultation id and field
 * name as associated data, so a ciphertext cannot be moved to another field or consultation.
 *
 * Ciphertext layout: version (1 byte, 0x01) | IV (12 bytes) | tag (16 bytes) | ciphertext.
 */
const version = 0x01;
const ivBytes = 12;
const tagBytes = 16;

export interface Keyring {
  /** A fresh data key for a new consultation, and its wrapped form for storage. */
  createDataKey(consultationId: string): { dataKey: Buffer; wrapped: Buffer };
  unwrapDataKey(consultationId: string, wrapped: Uint8Array): Buffer;
  /** The key for keyed hashes in the audit log (design §5), independent of the master key's use. */
  readonly auditKey: Buffer;
  /**
   * A value only this master key produces, stored in the database at first start so a later start
   * with another key is refused before anything is read or written (issue 14).
   */
  readonly keyCheck: string;
}

function seal(key: Buffer, plaintext: Uint8Array, associatedData: string, iv: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Uint8Array, associatedData: string): Buffer {
  const buffer = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (buffer.length < 1 + ivBytes + tagBytes || buffer[0] !== version) {
    throw new IntegrityError('ciphertext has an unknown format');
  }
  const iv = buffer.subarray(1, 1 + ivBytes);
  const tag = buffer.subarray(1 + ivBytes, 1 + ivBytes + tagBytes);
  const body = buffer.subarray(1 + ivBytes + tagBytes);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: tagBytes });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new IntegrityError('ciphertext failed authentication');
  }
}

/** Encrypts one content field of one consultation. */
export function encryptField(options: {
  dataKey: Buffer;
  consultationId: string;
  field: string;
  plaintext: Uint8Array;
  ids: IdGenerator;
}): Buffer {
  return seal(
    options.dataKey,
    options.plaintext,
    `field\u0000${options.consultationId}\u0000${options.field}`,
    options.ids.randomBytes(ivBytes),
  );
}

/** Decrypts one content field; throws `IntegrityError` when it was tampered with or moved. */
export function decryptField(options: {
  dataKey: Buffer;
  consultationId: string;
  field: string;
  ciphertext: Uint8Array;
}): Buffer {
  return open(
    options.dataKey,
    options.ciphertext,
    `field\u0000${options.consultationId}\u0000${options.field}`,
  );
}

export function createKeyring(options: {
  masterKey: Buffer;
  ids: IdGenerator;
  /**
   * A separate audit key (`REFERENT_AUDIT_KEY`), so holding the master key beside the database is
   * not enough to re-chain an edited log. Derived from the master key when absent.
   */
  auditKey?: Buffer;
}): Keyring {
  const { masterKey, ids } = options;
  if (masterKey.length !== 32) throw new IntegrityError('master key must be 32 bytes');
  // Separate keys for separate purposes, derived with HKDF so the master key itself only wraps.
  const wrappingKey = Buffer.from(
    hkdfSync('sha256', masterKey, Buffer.alloc(0), 'referent/wrap/v1', 32),
  );
  const auditKey =
    options.auditKey === undefined
      ? Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'referent/audit/v1', 32))
      : Buffer.from(options.auditKey);
  const keyCheck = createHmac(
    'sha256',
    Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'referent/key-check/v1', 32)),
  )
    .update('referent master key check')
    .digest('hex');
  return {
    auditKey,
    keyCheck,
    createDataKey(consultationId) {
      const dataKey = ids.randomBytes(32);
      const wrapped = seal(
        wrappingKey,
        dataKey,
        `key\u0000${consultationId}`,
        ids.randomBytes(ivBytes),
      );
      return { dataKey, wrapped };
    },
    unwrapDataKey(consultationId, wrapped) {
      return open(wrappingKey, wrapped, `key\u0000${consultationId}`);
    },
  };
}

/**
 * The master key: `REFERENT_MASTER_KEY` when configured, else `<data>/master.key`, created with
 * mode 0600 on first start (design §5).
 */
export function loadOrCreateMasterKey(options: {
  dataDir: string;
  configured: Buffer | undefined;
  ids: IdGenerator;
}): { key: Buffer; source: 'environment' | 'key-file' | 'new-key-file' } {
  if (options.configured !== undefined) return { key: options.configured, source: 'environment' };
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const path = join(options.dataDir, 'master.key');
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new IntegrityError('the master key file is damaged');
    return { key, source: 'key-file' };
  }
  // A new key would silently orphan every consultation in an existing database (issue 14).
  const database = join(options.dataDir, 'referent.db');
  if (existsSync(database) && statSync(database).size > 0) {
    throw new IntegrityError(
      `refusing to start: ${path} is missing but the database ${database} exists. Restore the key file (or set REFERENT_MASTER_KEY) from your backup; a new key cannot open the existing data.`,
    );
  }
  const key = options.ids.randomBytes(32);
  // 'wx' fails if another process created it meanwhile, so two starts never make two keys.
  const descriptor = openSync(path, 'wx', 0o600);
  try {
    writeSync(descriptor, `${key.toString('base64')}\n`);
  } finally {
    closeSync(descriptor);
  }
  chmodSync(path, 0o600);
  return { key, source: 'new-key-file' };
}
