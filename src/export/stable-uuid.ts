import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562 "custom") derived from the SHA-256 of the parts, so the same
 * consultation and approval always give the same document identifier. This is what makes sending
 * idempotent: a retried or re-built document carries the same Bundle.identifier, and the receiver's
 * conditional create (`If-None-Exist`) finds the first copy instead of storing a second.
 */
export function toStableUuid(namespace: string, ...parts: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(namespace);
  for (const part of parts) {
    // Length-prefix each part so ("ab", "c") and ("a", "bc") differ.
    hash.update(`\u0000${part.length}:${part}`);
  }
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80; // version 8
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
