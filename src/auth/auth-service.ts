import { createHash } from 'node:crypto';
import {
  InvalidInputError,
  LoginFailedError,
  UnauthenticatedError,
  type Clock,
  type IdGenerator,
} from '../core/index.js';
import type { AuditLog } from '../audit/index.js';
import type { Role, Store, UserRecord } from '../store/index.js';
import type { AuthOutcomeListener } from './auth-outcome.js';
import { createAuthorize, type Authorize } from './authorize.js';
import { checkPasswordStrength, needsRehash } from './password.js';
import { createPasswordHasher, type PasswordHasher } from './password-hasher.js';

/** The authenticated caller of a use case. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly hpr: string | null;
}

/** The system itself (retention sweeper, start-up). */
export const systemActor: Actor = {
  userId: 'system',
  username: 'system',
  displayName: 'Referent',
  role: 'admin',
  hpr: null,
};

export interface PublicUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly hpr?: string;
  readonly disabled: boolean;
  readonly createdAt: string;
}

export function toPublicUser(user: UserRecord): PublicUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    ...(user.hpr === null ? {} : { hpr: user.hpr }),
    disabled: user.disabled,
    createdAt: new Date(user.createdAt).toISOString(),
  };
}

const usernamePattern = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export interface AuthService {
  createUser(input: {
    username: string;
    displayName?: string;
    role: Role;
    password: string;
    hpr?: string;
    /** The admin who creates the account; absent for the `referent users add` command (system). */
    createdBy?: Actor;
  }): Promise<PublicUser>;
  updateUser(
    actor: Actor,
    id: string,
    changes: { disabled?: boolean; role?: Role; password?: string },
  ): Promise<PublicUser>;
  listUsers(actor: Actor): Promise<readonly PublicUser[]>;
  login(input: {
    username: string;
    password: string;
  }): Promise<{ token: string; user: PublicUser; expiresAt: number }>;
  logout(token: string): Promise<void>;
  /** Resolves a bearer token; throws `UnauthenticatedError` if unknown, revoked or expired. */
  authenticate(token: string): Promise<Actor>;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function createAuthService(deps: {
  store: Store;
  audit: AuditLog;
  clock: Clock;
  ids: IdGenerator;
  sessionHours: number;
  /** The authorization policy; the default audits refusals in `audit`. */
  authorize?: Authorize;
  /** Told of each failed login (the metrics); nothing by default. */
  onOutcome?: AuthOutcomeListener;
  /** Password hashing with bounded concurrency; `createPasswordHasher()` when absent. */
  hasher?: PasswordHasher;
}): AuthService {
  const { store, audit, clock, ids } = deps;
  const hasher = deps.hasher ?? createPasswordHasher();
  // A real hash under the current policy for unknown usernames, so a login for a missing account
  // does the same work, and takes the same time, as one for a real account (no user enumeration).
  const dummyHash = hasher.hash('referent-timing-equaliser', ids.randomBytes(16));

  const authorize = deps.authorize ?? createAuthorize({ audit });
  const requireAdmin = (actor: Actor, action: 'users-listed' | 'user-updated') =>
    authorize(actor, 'users', { action });

  return {
    async createUser(input) {
      if (input.createdBy !== undefined) {
        await authorize(input.createdBy, 'users', {
          action: 'user-created',
          message: 'Bare administratorer kan opprette brukere.',
        });
      }
      const username = input.username.trim().toLowerCase();
      if (!usernamePattern.test(username)) {
        throw new InvalidInputError(
          'username must be 2-64 characters: a-z, 0-9, dot, dash, underscore',
          {
            userMessage:
              'Brukernavnet kan bare inneholde a–z, 0–9, punktum, bindestrek og understrek (2–64 tegn).',
          },
        );
      }
      const weak = checkPasswordStrength(input.password, { username });
      if (weak !== undefined)
        throw new InvalidInputError('password is too weak (length, common-password list)', {
          userMessage: weak,
        });
      if (input.hpr !== undefined && !/^\d{7,9}$/.test(input.hpr)) {
        throw new InvalidInputError('HPR number must be 7-9 digits', {
          userMessage: 'HPR-nummeret må ha 7–9 sifre.',
        });
      }
      if ((await store.users.tryGetByUsername(username)) !== undefined) {
        throw new InvalidInputError('a user with that username exists', {
          userMessage: 'Brukernavnet er allerede i bruk.',
        });
      }
      const user: UserRecord = {
        id: ids.newId(),
        username,
        displayName: input.displayName?.trim() || username,
        role: input.role,
        hpr: input.hpr ?? null,
        passwordHash: await hasher.hash(input.password, ids.randomBytes(16)),
        disabled: false,
        createdAt: clock.now(),
        failedLogins: 0,
        lockedUntil: 0,
      };
      // The change and its audit entry commit together (issue 14); the admin who created the
      // user is the actor (issue 13).
      await store.atomically(async () => {
        await store.users.insert(user);
        await audit.record({
          actorId: input.createdBy?.userId ?? 'system',
          actorRole: input.createdBy?.role ?? 'system',
          action: 'user-created',
          outcome: 'success',
          detail: user.id,
        });
      });
      return toPublicUser(user);
    },
    async updateUser(actor, id, changes) {
      await requireAdmin(actor, 'user-updated');
      const user = await store.users.tryGetById(id);
      if (user === undefined)
        throw new InvalidInputError('unknown user', { userMessage: 'Fant ikke brukeren.' });
      if (changes.password !== undefined) {
        const weak = checkPasswordStrength(changes.password, { username: user.username });
        if (weak !== undefined)
          throw new InvalidInputError('password is too weak', { userMessage: weak });
      }
      if (
        user.id === actor.userId &&
        (changes.disabled === true || (changes.role !== undefined && changes.role !== 'admin'))
      ) {
        throw new InvalidInputError('an admin cannot lock themselves out', {
          userMessage: 'Du kan ikke deaktivere eller fjerne administratorrollen fra deg selv.',
        });
      }
      const passwordHash =
        changes.password === undefined
          ? undefined
          : await hasher.hash(changes.password, ids.randomBytes(16));
      await store.atomically(async () => {
        await store.users.update(id, {
          ...(changes.disabled === undefined ? {} : { disabled: changes.disabled }),
          ...(changes.role === undefined ? {} : { role: changes.role }),
          ...(passwordHash === undefined ? {} : { passwordHash, failedLogins: 0, lockedUntil: 0 }),
        });
        if (
          changes.disabled === true ||
          changes.role !== undefined ||
          changes.password !== undefined
        ) {
          await store.sessions.revokeAllOf(id);
        }
        await audit.record({
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'user-updated',
          outcome: 'success',
          detail: id,
        });
      });
      const updated = await store.users.tryGetById(id);
      if (updated === undefined)
        throw new InvalidInputError('unknown user', { userMessage: 'Fant ikke brukeren.' });
      return toPublicUser(updated);
    },
    async listUsers(actor) {
      await requireAdmin(actor, 'users-listed');
      await audit.record({
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'users-listed',
        outcome: 'success',
      });
      return (await store.users.list()).map(toPublicUser);
    },
    async login(input) {
      const now = clock.now();
      const user = await store.users.tryGetByUsername(input.username.trim().toLowerCase());
      if (user === undefined) {
        await hasher.verify(input.password, await dummyHash);
        await audit.record({
          actorId: 'unknown',
          actorRole: 'none',
          action: 'login-failed',
          outcome: 'failure',
          detail: 'unknown-user',
        });
        deps.onOutcome?.({ kind: 'login-failed', reason: 'unknown-user' });
        throw new LoginFailedError();
      }
      // Throttling is the login limiter's (per account and per address, in front of this call);
      // an account is never locked here, so the right password is delayed, never refused.
      const valid = await hasher.verify(input.password, user.passwordHash);
      if (!valid || user.disabled) {
        await store.users.update(user.id, { failedLogins: user.failedLogins + 1 });
        await audit.record({
          actorId: user.id,
          actorRole: user.role,
          action: 'login-failed',
          outcome: 'failure',
          detail: user.disabled ? 'disabled' : 'wrong-password',
        });
        deps.onOutcome?.({
          kind: 'login-failed',
          reason: user.disabled ? 'disabled' : 'wrong-password',
        });
        throw new LoginFailedError();
      }
      // A hash below the current policy (scrypt, or older Argon2id parameters) is replaced now,
      // while the password is at hand; it cannot be upgraded otherwise.
      const passwordHash = needsRehash(user.passwordHash)
        ? await hasher.hash(input.password, ids.randomBytes(16))
        : undefined;
      const token = ids.randomBytes(32).toString('base64url');
      const expiresAt = now + deps.sessionHours * 3_600_000;
      await store.atomically(async () => {
        await store.users.update(user.id, {
          failedLogins: 0,
          lockedUntil: 0,
          ...(passwordHash === undefined ? {} : { passwordHash }),
        });
        await store.sessions.insert({
          tokenHash: hashToken(token),
          userId: user.id,
          createdAt: now,
          expiresAt,
          revoked: false,
        });
        await store.sessions.deleteExpired(now);
        await audit.record({
          actorId: user.id,
          actorRole: user.role,
          action: 'user-logged-in',
          outcome: 'success',
        });
      });
      return { token, user: toPublicUser(user), expiresAt };
    },
    async logout(token) {
      const session = await store.sessions.tryGet(hashToken(token));
      if (session === undefined) return;
      const user = await store.users.tryGetById(session.userId);
      await store.atomically(async () => {
        await store.sessions.revoke(session.tokenHash);
        await audit.record({
          actorId: session.userId,
          actorRole: user?.role ?? 'none',
          action: 'user-logged-out',
          outcome: 'success',
        });
      });
    },
    async authenticate(token) {
      if (token.length === 0 || token.length > 200) throw new UnauthenticatedError();
      // One query for both: this runs on every authenticated request.
      const found = await store.sessions.tryGetWithUser(hashToken(token));
      if (found === undefined) throw new UnauthenticatedError();
      const { session, user } = found;
      if (session.revoked || session.expiresAt <= clock.now() || user.disabled) {
        throw new UnauthenticatedError();
      }
      return {
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        hpr: user.hpr,
      };
    },
  };
}
