import { describe, expect, it } from 'vitest';
import { IntegrityError, systemIds } from '../core/index.js';
import { createKeyring, decryptField, encryptField } from './keyring.js';

const keyring = createKeyring({ masterKey: Buffer.alloc(32, 7), ids: systemIds });

describe('envelope encryption', () => {
  it('round-trips a field under its consultation data key', () => {
    const { dataKey, wrapped } = keyring.createDataKey('c1');
    const ciphertext = encryptField({
      dataKey,
      consultationId: 'c1',
      field: 'transcript',
      plaintext: Buffer.from('Pasienten har feber'),
      ids: systemIds,
    });
    expect(ciphertext.includes(Buffer.from('feber'))).toBe(false);
    const unwrapped = keyring.unwrapDataKey('c1', wrapped);
    expect(
      decryptField({
        dataKey: unwrapped,
        consultationId: 'c1',
        field: 'transcript',
        ciphertext,
      }).toString(),
    ).toBe('Pasienten har feber');
  });

  it('refuses a ciphertext moved to another field or another consultation', () => {
    const { dataKey } = keyring.createDataKey('c1');
    const ciphertext = encryptField({
      dataKey,
      consultationId: 'c1',
      field: 'draft:journalnotat',
      plaintext: Buffer.from('x'),
      ids: systemIds,
    });
    expect(() =>
      decryptField({ dataKey, consultationId: 'c1', field: 'note:journalnotat', ciphertext }),
    ).toThrow(IntegrityError);
    expect(() =>
      decryptField({ dataKey, consultationId: 'c2', field: 'draft:journalnotat', ciphertext }),
    ).toThrow(IntegrityError);
  });

  it('detects a flipped bit', () => {
    const { dataKey } = keyring.createDataKey('c1');
    const ciphertext = encryptField({
      dataKey,
      consultationId: 'c1',
      field: 'f',
      plaintext: Buffer.from('hello'),
      ids: systemIds,
    });
    ciphertext[ciphertext.length - 1] = (ciphertext[ciphertext.length - 1] ?? 0) ^ 1;
    expect(() => decryptField({ dataKey, consultationId: 'c1', field: 'f', ciphertext })).toThrow(
      IntegrityError,
    );
  });

  it('cannot unwrap a data key under another master key or for another consultation', () => {
    const { wrapped } = keyring.createDataKey('c1');
    const other = createKeyring({ masterKey: Buffer.alloc(32, 8), ids: systemIds });
    expect(() => other.unwrapDataKey('c1', wrapped)).toThrow(IntegrityError);
    expect(() => keyring.unwrapDataKey('c2', wrapped)).toThrow(IntegrityError);
  });
});
