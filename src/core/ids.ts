import { randomBytes, randomUUID } from 'node:crypto';

/** Injected id generation (conventions §20). */
export interface IdGenerator {
  /** A new opaque identifier, unique and unguessable (UUID v4). */
  newId(): string;
  /** `bytes` cryptographically random bytes. */
  randomBytes(bytes: number): Buffer;
}

export const systemIds: IdGenerator = {
  newId: () => randomUUID(),
  randomBytes: (bytes) => randomBytes(bytes),
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for ids produced by `newId()`. */
export function isId(value: string): boolean {
  return uuidPattern.test(value);
}
