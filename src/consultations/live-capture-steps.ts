import type { Actor } from '../auth/index.js';
import type { Speaker, Transcript } from '../core/index.js';
import { InvalidInputError } from '../core/index.js';
import { storeTranscript, type TranscriptStored } from './add-transcript.js';
import { contentFields } from './consultation-content.js';
import type { ConsultationContext } from './consultation-context.js';

/** A live recording starts: the consultation moves to `capturing` (audited as `stream-opened`). */
export async function beginCapture(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
): Promise<void> {
  await ctx.withLock(id, async () => {
    const scope = await ctx.openScope(actor, 'stream-opened', id);
    const loaded = await ctx.load(scope, id, 'stream-opened');
    if (loaded.consultation.status !== 'capturing') await ctx.advance(loaded, { type: 'capture' });
    await ctx.log(actor, 'stream-opened', 'success', { consultationId: id });
  });
}

/** Records a live recording that was refused before it started; the state is unchanged. */
export async function refuseCapture(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<void> {
  const scope = await ctx.openScope(actor, 'stream-opened', id);
  await ctx.load(scope, id, 'stream-opened');
  await ctx.log(actor, 'stream-opened', 'refused', { consultationId: id, detail: reason });
}

/** Stores the live-transcribed segments (the WebSocket stream) and marks the capture finished. */
export async function finishStream(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  transcript: Transcript,
): Promise<TranscriptStored> {
  return storeTranscript(ctx, actor, id, transcript, 'transcript-added');
}

/** Corrects who spoke one segment of the transcript. */
export async function relabelSegment(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  index: number,
  speaker: Speaker,
): Promise<{ transcript: Transcript }> {
  return ctx.withLock(id, async () => {
    const scope = await ctx.openScope(actor, 'transcript-updated', id);
    const loaded = await ctx.load(scope, id, 'transcript-updated');
    const transcript = await ctx.read(loaded, contentFields.transcript);
    if (transcript === undefined || index < 0 || index >= transcript.segments.length) {
      throw new InvalidInputError('no such segment', {
        userMessage: 'Fant ikke dette avsnittet i transkripsjonen.',
      });
    }
    const segments = transcript.segments.map((segment, position) =>
      position === index ? { ...segment, speaker } : segment,
    );
    await ctx.write(loaded, contentFields.transcript, { segments });
    await ctx.log(actor, 'transcript-updated', 'success', {
      consultationId: id,
      detail: 'speaker',
    });
    return { transcript: { segments } };
  });
}
