import type { AuditLog } from '../audit/index.js';
import { createAuthorize, type Actor, type Authorize } from '../auth/index.js';
import type { SettingsRepository } from '../store/index.js';

export interface InstallationSettings {
  readonly aiDraftingEnabled: boolean;
  readonly retentionHours: number;
  readonly allowedRegions: readonly string[];
  readonly endpoints: readonly {
    readonly name: string;
    readonly kind: string;
    readonly url: string | null;
    readonly region: string | null;
    readonly model: string | null;
  }[];
}

const draftingKey = 'ai-drafting-enabled';

/** Installation-wide settings: what the privacy officer needs to see, and the AI switch. */
export function createSettingsService(deps: {
  repository: SettingsRepository;
  audit: AuditLog;
  retentionHours: number;
  allowedRegions: readonly string[];
  /** The endpoints, or a function giving them now (the engines can change at run time). */
  endpoints: InstallationSettings['endpoints'] | (() => InstallationSettings['endpoints']);
  /**
   * Runs a change and its audit entry as one unit (`Store.atomically`), so a change is never
   * acknowledged without its entry, nor recorded without having happened (issue 14).
   */
  atomically: <T>(work: () => Promise<T>) => Promise<T>;
  /** The authorization policy; the default audits refusals in `audit`. */
  authorize?: Authorize;
}) {
  const authorize = deps.authorize ?? createAuthorize({ audit: deps.audit });
  const isDraftingEnabled = async () => (await deps.repository.tryGet(draftingKey)) !== 'false';
  const snapshot = async (): Promise<InstallationSettings> => ({
    aiDraftingEnabled: await isDraftingEnabled(),
    retentionHours: deps.retentionHours,
    allowedRegions: deps.allowedRegions,
    endpoints: typeof deps.endpoints === 'function' ? deps.endpoints() : deps.endpoints,
  });
  return {
    isDraftingEnabled,
    async get(actor: Actor): Promise<InstallationSettings> {
      await deps.audit.record({
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'settings-read',
        outcome: 'success',
      });
      return snapshot();
    },
    async setDraftingEnabled(actor: Actor, enabled: boolean): Promise<InstallationSettings> {
      await authorize(actor, 'settings', { action: 'settings-changed' });
      await deps.atomically(async () => {
        await deps.repository.set(draftingKey, enabled ? 'true' : 'false');
        await deps.audit.record({
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'settings-changed',
          outcome: 'success',
          detail: `ai-drafting:${enabled ? 'on' : 'off'}`,
        });
      });
      return snapshot();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
