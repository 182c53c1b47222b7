import type { Actor } from '../auth/index.js';
import {
  IllegalTransitionError,
  NotAvailableError,
  assertCanApply,
  type Draft,
  type TemplateId,
} from '../core/index.js';
import { contentFields, toStoredPatient } from './consultation-content.js';
import { errorCode, type ConsultationContext } from './consultation-context.js';
import { draftDocument } from './draft-document.js';

/** How to draft: which document, the caller's abort signal, and what wraps the engine's wait. */
export interface DraftOptions {
  readonly template?: TemplateId;
  readonly signal?: AbortSignal;
  /**
   * Runs the engine's wait (pseudonymize, draft, verify, re-identify) inside the caller's wrapper:
   * the HTTP layer gives its admission slot back meanwhile, so the event loop's bounded share goes
   * to requests with work to do.
   */
  readonly whileEngineRuns?: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * Drafts one document from the transcript: pseudonymize, draft, verify, re-identify
 * (`draftDocument`). The engine runs outside the consultation's lock; the result is stored under
 * it, so a slow engine never holds the database.
 */
export async function draftNote(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  options: DraftOptions = {},
): Promise<Draft> {
  const { pseudonymizer, drafting, isDraftingEnabled } = ctx.deps;
  // Checks ownership and state before telling the caller what is missing.
  const scope = await ctx.openScope(actor, 'draft-started', id);
  const stored = await ctx.load(scope, id, 'draft-started');
  const template = ctx.pickTemplate(stored.consultation, options.template);
  if (!(await isDraftingEnabled())) {
    throw new NotAvailableError(
      'drafting',
      'Automatisk utkast er slått av for denne installasjonen. Skriv notatet selv ut fra transkripsjonen.',
    );
  }
  if (pseudonymizer === undefined || drafting === undefined) {
    throw new NotAvailableError(
      'drafting',
      'Utkastmotoren er ikke tilgjengelig ennå i denne versjonen.',
    );
  }
  assertCanApply(stored.consultation, 'draft');
  // The three fields the draft needs, in one query.
  const { transcript: transcriptField, patient, vault: vaultField } = contentFields;
  const first = await ctx.prefetch(stored, [transcriptField, patient, vaultField]);
  const transcript = await ctx.read(first, contentFields.transcript);
  if (transcript === undefined)
    throw new IllegalTransitionError(first.consultation.status, 'draft');
  const known = await ctx.read(first, contentFields.patient);
  const vault = await ctx.read(first, contentFields.vault);
  await ctx.log(actor, 'draft-started', 'success', {
    consultationId: id,
    detail: drafting.drafter.info.kind,
  });
  let result: Awaited<ReturnType<typeof draftDocument>>;
  try {
    const engineRuns = options.whileEngineRuns ?? (<T>(work: () => Promise<T>) => work());
    result = await engineRuns(() =>
      draftDocument({
        transcript,
        templateId: template,
        pseudonymizer,
        drafting,
        ...(known === undefined ? {} : { known: toStoredPatient(known) }),
        ...(vault === undefined ? {} : { vault }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      }),
    );
  } catch (error) {
    await ctx.log(actor, 'draft-finished', 'failure', {
      consultationId: id,
      detail: errorCode(error),
    });
    throw error;
  }
  return ctx.withLock(id, async () => {
    let loaded = await ctx.load(scope, id, 'draft-finished');
    await ctx.write(loaded, contentFields.vault, result.vault);
    await ctx.write(loaded, contentFields.draft(template), result.draft);
    if (loaded.consultation.status === 'transcribed')
      loaded = await ctx.advance(loaded, { type: 'draft' });
    await ctx.log(actor, 'draft-finished', 'success', {
      consultationId: id,
      detail: `${template}:${result.draft.engine.kind}`,
    });
    return result.draft;
  });
}
