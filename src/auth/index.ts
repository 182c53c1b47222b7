export { createAuthService, systemActor, toPublicUser, hashToken } from './auth-service.js';
export type { Actor, AuthService, PublicUser } from './auth-service.js';
export {
  hashPassword,
  verifyPassword,
  needsRehash,
  passwordPolicy,
  checkPasswordStrength,
} from './password.js';
export { createPasswordHasher, PasswordHashingBusyError } from './password-hasher.js';
export type { PasswordHasher, PasswordHasherOptions } from './password-hasher.js';
export { createLoginLimiter } from './login-limiter.js';
export type { LoginAttemptKey, LoginLimiter, LoginLimiterOptions } from './login-limiter.js';
export { createAuthorize, isAllowed, permissionRules } from './authorize.js';
export type { Attempt, Authorize, Permission } from './authorize.js';
export type { AuthOutcome, AuthOutcomeListener } from './auth-outcome.js';
