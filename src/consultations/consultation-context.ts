import type { AuditAction, AuditLog, AuditOutcome } from '../audit/index.js';
import { createAuthorize, type Actor, type Authorize } from '../auth/index.js';
import {
  GoneError,
  InvalidInputError,
  NotFoundError,
  isEnded,
  transition,
  type Clock,
  type Consultation,
  type ConsultationEvent,
  type IdGenerator,
  type TemplateId,
} from '../core/index.js';
import {
  decryptField,
  encryptField,
  type Keyring,
  type OwnedConsultations,
  type Store,
} from '../store/index.js';
import { resetWordMemos } from '../draft/index.js';
import type { AudioBudget } from './audio-budget.js';
import type { Drafting, Exporting, Pseudonymizer, Speech } from './capabilities.js';
import type { ContentField } from './consultation-content.js';

/** What the consultation use cases are built from (wired by the composition root). */
export interface ConsultationServiceDeps {
  readonly store: Store;
  readonly audit: AuditLog;
  readonly keyring: Keyring;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly retentionHours: number;
  readonly pseudonymizer?: Pseudonymizer;
  readonly drafting?: Drafting;
  readonly exporting?: Exporting;
  readonly speech?: Speech;
  /** Erase right after a successful FHIR hand-over. */
  readonly eraseAfterSend?: boolean;
  /** Whether AI drafting is switched on for the installation (admin setting). */
  readonly isDraftingEnabled: () => Promise<boolean>;
  /** The authorization policy; the default audits refusals in `audit`. */
  readonly authorize?: Authorize;
  /**
   * Audio each consultation may take in all, uploads and live recordings together, and the byte
   * limit of one upload (issue 14); without it an upload is bounded only by its byte limit.
   */
  readonly audio?: { readonly budget: AudioBudget; readonly maxUploadBytes: number };
}

/**
 * The caller and the store limited to the caller's own consultations, built once per use-case call
 * after the policy allowed it (conventions §6). Use cases reach consultations only through it.
 */
export interface CallerScope {
  readonly actor: Actor;
  readonly consultations: OwnedConsultations;
}

/** A live consultation of the caller, with its data key, ready for content reads and writes. */
export interface LoadedConsultation {
  readonly scope: CallerScope;
  readonly consultation: Consultation;
  readonly version: number;
  readonly dataKey: Buffer;
  /**
   * Ciphertexts read ahead in one query (`prefetch`), by field name; `null` for a field read ahead
   * that holds no value. `read` answers from here for those fields.
   */
  readonly prefetched?: ReadonlyMap<string, Buffer | null>;
}

/** Extra fields of an audit entry; never content (P5). */
export interface AuditExtra {
  readonly consultationId?: string;
  readonly detail?: string;
  readonly patientRef?: string;
}

/**
 * What every consultation use case works with: the policy and the caller's scope, one lock per
 * consultation, loading (with retention), the typed encrypted content store, lifecycle steps and
 * audit entries. One instance per service.
 */
export interface ConsultationContext {
  readonly deps: ConsultationServiceDeps;
  /** Asks the policy (auditing a refusal) and returns the caller's scope. */
  openScope(actor: Actor, action: AuditAction, consultationId?: string): Promise<CallerScope>;
  /**
   * Serialises work on one consultation inside this process, and runs it as one unit of work: the
   * change and its audit entries commit together (issue 14). Only database work belongs here.
   */
  withLock<T>(id: string, work: () => Promise<T>): Promise<T>;
  /** Loads a live consultation of the caller; erases it first if its retention time has passed. */
  load(scope: CallerScope, id: string, action: AuditAction): Promise<LoadedConsultation>;
  read<T>(loaded: LoadedConsultation, field: ContentField<T>): Promise<T | undefined>;
  /**
   * Reads `fields` ahead in one query, for a use case that reads several of them (a statement per
   * field was most of the event loop's time under load, issue 14). Only for reading: a write to the
   * returned consultation does not update what was read ahead.
   */
  prefetch(
    loaded: LoadedConsultation,
    fields: readonly ContentField<unknown>[],
  ): Promise<LoadedConsultation>;
  write<T>(loaded: LoadedConsultation, field: ContentField<T>, value: T): Promise<void>;
  /** True when the field holds a value (nothing is decrypted). */
  has(loaded: LoadedConsultation, field: ContentField<unknown>): Promise<boolean>;
  /** Applies a lifecycle event and stores the new state (optimistic concurrency). */
  advance(loaded: LoadedConsultation, event: ConsultationEvent): Promise<LoadedConsultation>;
  log(actor: Actor, action: AuditAction, outcome: AuditOutcome, extra?: AuditExtra): Promise<void>;
  /** The requested document, or the main one; refuses a document not chosen at creation. */
  pickTemplate(consultation: Consultation, template: TemplateId | undefined): TemplateId;
  /**
   * Erases with `erase`, empties the drafting code's memos of words and tells the `onEnded`
   * listeners (live recordings stop).
   */
  end(erase: (ended: Consultation) => Promise<void>, ended: Consultation): Promise<void>;
  /** Expire → erase → audit, the one way a consultation runs out of retention time. */
  expire(erase: (ended: Consultation) => Promise<void>, consultation: Consultation): Promise<void>;
  onEnded(listener: (consultationId: string) => void): () => void;
}

export function toIso(epoch: number): string {
  return new Date(epoch).toISOString();
}

/** The `code` of a Referent error (or `internal`), for audit details that must hold no content. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
    ? error.code
    : 'internal';
}

/** Builds the context over the service's dependencies. */
export function createConsultationContext(deps: ConsultationServiceDeps): ConsultationContext {
  const { store, audit, keyring, clock, ids } = deps;
  const authorize = deps.authorize ?? createAuthorize({ audit });
  const endedListeners = new Set<(consultationId: string) => void>();
  const locks = new Map<string, Promise<unknown>>();

  const log: ConsultationContext['log'] = async (actor, action, outcome, extra = {}) => {
    await audit.record({ actorId: actor.userId, actorRole: actor.role, action, outcome, ...extra });
  };

  const end: ConsultationContext['end'] = async (erase, ended) => {
    await erase(ended);
    // Erase after the session (design.md §1 P2): no word of it stays in the drafting code's memos
    // on this thread either (each compute job empties its worker's own when it ends).
    resetWordMemos();
    for (const listener of endedListeners) listener(ended.id);
  };

  const expire: ConsultationContext['expire'] = async (erase, consultation) => {
    await end(erase, transition(consultation, { type: 'expire' }, clock.now()));
    await audit.record({
      actorId: 'system',
      actorRole: 'system',
      action: 'session-expired',
      outcome: 'success',
      consultationId: consultation.id,
      detail: 'retention',
    });
  };

  return {
    deps,
    async openScope(actor, action, consultationId) {
      await authorize(actor, 'consultations', {
        action,
        ...(consultationId === undefined ? {} : { consultationId }),
      });
      return { actor, consultations: store.consultationsOf(actor.userId) };
    },

    async withLock(id, work) {
      const previous = locks.get(id) ?? Promise.resolve();
      const unit = () => store.atomically(work);
      const next = previous.then(unit, unit);
      const settled = next.catch(() => undefined);
      locks.set(id, settled);
      try {
        return await next;
      } finally {
        if (locks.get(id) === settled) locks.delete(id);
      }
    },

    async load(scope, id, action) {
      const owned = scope.consultations;
      const stored = await owned.tryGet(id);
      if (stored === undefined) {
        // Unknown and someone else's look the same: existence is not disclosed.
        await log(scope.actor, action, 'failure', { detail: 'not-found' });
        throw new NotFoundError('consultation', 'Fant ikke konsultasjonen.');
      }
      const { consultation } = stored;
      if (!isEnded(consultation) && consultation.expiresAt <= clock.now()) {
        const erase = async () => {
          await expire((ended) => owned.erase(ended), consultation);
          await store.checkpoint();
        };
        await store.atomically(erase);
        // The caller's unit rolls back on the `GoneError` below; the erasure must hold regardless.
        store.afterRollback(() => store.atomically(erase));
        await log(scope.actor, action, 'failure', { consultationId: id, detail: 'gone' });
        throw new GoneError();
      }
      if (isEnded(consultation)) {
        await log(scope.actor, action, 'failure', { consultationId: id, detail: 'gone' });
        throw new GoneError();
      }
      const wrapped =
        stored.wrappedKey === undefined
          ? await owned.tryGetWrappedKey(id)
          : (stored.wrappedKey ?? undefined);
      if (wrapped === undefined) throw new GoneError();
      return {
        scope,
        consultation,
        version: stored.version,
        dataKey: keyring.unwrapDataKey(id, wrapped),
      };
    },

    ...createContentStore({ clock, ids }),

    async advance(loaded, event) {
      const next = transition(loaded.consultation, event, clock.now());
      await loaded.scope.consultations.update(next, loaded.version);
      return { ...loaded, consultation: next, version: loaded.version + 1 };
    },

    log,

    pickTemplate(consultation, template) {
      const chosen = template ?? consultation.template;
      if (!consultation.templates.includes(chosen)) {
        throw new InvalidInputError('template was not requested for this consultation', {
          userMessage: 'Denne dokumenttypen ble ikke valgt for konsultasjonen.',
        });
      }
      return chosen;
    },

    end,
    expire,

    onEnded(listener) {
      endedListeners.add(listener);
      return () => endedListeners.delete(listener);
    },
  };
}

/** The typed, encrypted content store of a loaded consultation (its own data key). */
function createContentStore(deps: {
  clock: Clock;
  ids: IdGenerator;
}): Pick<ConsultationContext, 'read' | 'prefetch' | 'write' | 'has'> {
  const { clock, ids } = deps;
  return {
    async read(loaded, field) {
      const id = loaded.consultation.id;
      const ahead = loaded.prefetched?.get(field.name);
      const ciphertext =
        ahead === undefined
          ? await loaded.scope.consultations.tryGetContent(id, field.name)
          : (ahead ?? undefined);
      if (ciphertext === undefined) return undefined;
      const plaintext = decryptField({
        dataKey: loaded.dataKey,
        consultationId: id,
        field: field.name,
        ciphertext,
      });
      try {
        return field.parse(plaintext.toString('utf8'));
      } finally {
        plaintext.fill(0);
      }
    },

    async prefetch(loaded, fields) {
      const names = fields.map((field) => field.name);
      const found = await loaded.scope.consultations.tryGetContents(loaded.consultation.id, names);
      const prefetched = new Map<string, Buffer | null>(loaded.prefetched);
      for (const name of names) prefetched.set(name, found.get(name) ?? null);
      return { ...loaded, prefetched };
    },

    async write(loaded, field, value) {
      const id = loaded.consultation.id;
      const plaintext = Buffer.from(field.serialize(value), 'utf8');
      const ciphertext = encryptField({
        dataKey: loaded.dataKey,
        consultationId: id,
        field: field.name,
        plaintext,
        ids,
      });
      plaintext.fill(0);
      await loaded.scope.consultations.putContent(id, field.name, ciphertext, clock.now());
    },

    async has(loaded, field) {
      const stored = await loaded.scope.consultations.tryGetContent(
        loaded.consultation.id,
        field.name,
      );
      return stored !== undefined;
    },
  };
}
