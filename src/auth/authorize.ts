import { ForbiddenError } from '../core/index.js';
import type { AuditAction, AuditLog } from '../audit/index.js';
import type { Role } from '../store/index.js';
import type { Actor } from './auth-service.js';

/**
 * The one authorization policy (issue 15): which role may do what. Every service asks
 * `authorize(actor, permission, …)`; nothing else compares roles.
 *
 * - `consultations`: a clinician's own consultations (content). Admins and auditors never reach
 *   health content (P5, Normen).
 * - `users`, `settings`, `metrics`: running the installation.
 * - `audit`: reading and verifying the audit log.
 */
export const permissionRules = {
  consultations: {
    roles: ['clinician'],
    message: 'Bare klinikere har tilgang til konsultasjoner.',
  },
  users: { roles: ['admin'], message: 'Bare administratorer kan administrere brukere.' },
  settings: { roles: ['admin'], message: 'Bare administratorer kan endre innstillinger.' },
  metrics: { roles: ['admin'], message: 'Bare administratorer kan lese måletallene.' },
  audit: {
    roles: ['admin', 'auditor'],
    message: 'Bare administratorer og revisorer kan se revisjonsloggen.',
  },
} as const satisfies Record<string, { roles: readonly Role[]; message: string }>;
export type Permission = keyof typeof permissionRules;

/** What the caller tried, for the audit entry of a refusal. */
export interface Attempt {
  /** The action that was refused. */
  readonly action: AuditAction;
  readonly consultationId?: string;
  /** A more specific Norwegian refusal than the permission's own. */
  readonly message?: string;
}

/**
 * Resolves when `actor` holds `permission`; otherwise audits the refusal and throws
 * `ForbiddenError`. Refusals of consultation access are recorded as `access-denied` with the
 * attempted action as detail, so a reviewer can search for them in one place; other refusals are
 * recorded as the attempted action with outcome `denied`.
 */
export type Authorize = (actor: Actor, permission: Permission, attempt: Attempt) => Promise<void>;

/** True when `actor`'s role holds `permission` (no audit, no error). */
export function isAllowed(actor: Actor, permission: Permission): boolean {
  const roles: readonly Role[] = permissionRules[permission].roles;
  return roles.includes(actor.role);
}

/** Creates the policy over the audit log that records refusals. */
export function createAuthorize(deps: { readonly audit: AuditLog }): Authorize {
  return async (actor, permission, attempt) => {
    if (isAllowed(actor, permission)) return;
    const base = { actorId: actor.userId, actorRole: actor.role, outcome: 'denied' } as const;
    await deps.audit.record(
      permission === 'consultations'
        ? {
            ...base,
            action: 'access-denied',
            detail: attempt.action,
            ...(attempt.consultationId === undefined
              ? {}
              : { consultationId: attempt.consultationId }),
          }
        : { ...base, action: attempt.action },
    );
    throw new ForbiddenError(attempt.message ?? permissionRules[permission].message);
  };
}
