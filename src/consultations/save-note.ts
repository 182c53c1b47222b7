import type { Actor } from '../auth/index.js';
import { IllegalTransitionError, type Note } from '../core/index.js';
import { contentFields } from './consultation-content.js';
import type { ConsultationContext } from './consultation-context.js';
import type { NoteInput } from './consultation-views.js';

/** Saves the clinician's text of one document (autosave); refused once it is approved. */
export async function saveNote(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  input: NoteInput,
): Promise<Note> {
  return ctx.withLock(id, async () => {
    const scope = await ctx.openScope(actor, 'note-updated', id);
    let loaded = await ctx.load(scope, id, 'note-updated');
    const template = ctx.pickTemplate(loaded.consultation, input.template);
    if (await ctx.has(loaded, contentFields.approved(template))) {
      throw new IllegalTransitionError('approved', 'edit');
    }
    const titles = ctx.deps.drafting?.getTemplate(template).sections ?? [];
    const note: Note = {
      template,
      sections: input.sections.map((section) => ({
        key: section.key,
        title: titles.find((candidate) => candidate.key === section.key)?.title ?? section.key,
        text: section.text,
      })),
      diagnoses: (input.diagnoses ?? []).map((diagnosis) => ({
        system: diagnosis.system,
        code: diagnosis.code,
        text: diagnosis.text ?? '',
      })),
    };
    loaded = await ctx.advance(loaded, { type: 'edit' });
    await ctx.write(loaded, contentFields.note(template), note);
    await ctx.log(actor, 'note-updated', 'success', { consultationId: id, detail: template });
    return note;
  });
}
