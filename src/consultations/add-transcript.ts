import type { Actor } from '../auth/index.js';
import {
  InvalidInputError,
  NotAvailableError,
  assertCanApply,
  toDictation,
  transcriptSchema,
  type CaptureMode,
  type Transcript,
} from '../core/index.js';
import { contentFields, draftFieldPrefix, toTranscript } from './consultation-content.js';
import { errorCode, type ConsultationContext } from './consultation-context.js';
import { speechToTextMissingMessage } from './speech-availability.js';
import { meterAudioUpload } from './audio-budget.js';

/** What storing a transcript answers. */
export interface TranscriptStored {
  readonly status: string;
  readonly transcript: Transcript;
}

/**
 * Stores a transcript (replacing any earlier one) and moves the consultation to `transcribed`.
 * A new transcript makes earlier drafts stale; notes the clinician wrote are kept.
 */
export async function storeTranscript(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  transcript: Transcript,
  action: 'transcript-added' | 'audio-added' | 'transcript-updated',
): Promise<TranscriptStored> {
  return ctx.withLock(id, async () => {
    const scope = await ctx.openScope(actor, action, id);
    let loaded = await ctx.load(scope, id, action);
    loaded = await ctx.advance(loaded, { type: 'transcribe' });
    await ctx.write(loaded, contentFields.transcript, transcript);
    await scope.consultations.deleteContent(id, draftFieldPrefix);
    await ctx.log(actor, action, 'success', {
      consultationId: id,
      detail: `segments:${transcript.segments.length}`,
    });
    return { status: loaded.consultation.status, transcript };
  });
}

/** Stores a transcript given as JSON (design §6.3) or, through `speech`, text/WebVTT/SRT. */
export async function addTranscript(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  body: unknown,
  contentType: string | undefined,
): Promise<TranscriptStored> {
  let transcript: Transcript;
  if (typeof body === 'string' || body instanceof Uint8Array) {
    const speech = ctx.deps.speech;
    if (speech === undefined) {
      throw new NotAvailableError(
        'transcript import',
        'Import av tekstformater er ikke tilgjengelig.',
      );
    }
    transcript = speech.parseTranscript(body, contentType);
  } else {
    const parsed = transcriptSchema.safeParse(body);
    if (!parsed.success) {
      throw new InvalidInputError('transcript does not match the transcript format (design 6.3)', {
        userMessage:
          'Transkripsjonen har feil format. Forventet {"segments": [{"speaker": "lege", "text": "…"}]}.',
        issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      });
    }
    transcript = toTranscript(parsed.data);
  }
  if (transcript.segments.length === 0) {
    throw new InvalidInputError('transcript has no segments', {
      userMessage: 'Transkripsjonen er tom.',
    });
  }
  return storeTranscript(ctx, actor, id, transcript, 'transcript-added');
}

/**
 * Transcribes a WAV recording and stores the transcript. Checked, not stored: a rejected
 * recording (invalid WAV, too long, failed transcription) leaves the consultation exactly as it
 * was (issue 14). With an engine that takes a stream (`Speech.transcribeWavStream`), the body is
 * decoded and transcribed as it arrives and never held whole.
 */
export async function addAudio(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  audio: Uint8Array | AsyncIterable<Uint8Array>,
  signal?: AbortSignal,
  mode: CaptureMode = 'conversation',
): Promise<TranscriptStored> {
  const scope = await ctx.openScope(actor, 'audio-added', id);
  const loaded = await ctx.load(scope, id, 'audio-added');
  const speech = ctx.deps.speech;
  const transcribeWav = speech?.transcribeWav;
  if (transcribeWav === undefined) {
    throw new NotAvailableError('speech-to-text', speechToTextMissingMessage);
  }
  const transcribeWavStream = speech?.transcribeWavStream;
  assertCanApply(loaded.consultation, 'capture');
  // Read only now, after the caller, the consultation and its state were checked.
  const budget = ctx.deps.audio;
  const options = signal === undefined ? {} : { signal };
  const body = audio instanceof Uint8Array ? [audio] : audio;
  const upload =
    budget === undefined
      ? undefined
      : meterAudioUpload({
          body,
          consultationId: id,
          budget: budget.budget,
          maxUploadBytes: budget.maxUploadBytes,
        });
  let transcript: Transcript;
  try {
    if (transcribeWavStream !== undefined) {
      transcript = await transcribeWavStream(upload?.body ?? toAsync(body), options);
    } else {
      const chunks: Uint8Array[] = [];
      for await (const chunk of upload?.body ?? body) chunks.push(chunk);
      transcript = await transcribeWav(Buffer.concat(chunks), options);
    }
    if (mode === 'dictation') transcript = toDictation(transcript);
  } catch (error) {
    if (upload !== undefined) budget?.budget.release(id, upload.usage());
    await ctx.log(actor, 'audio-added', 'refused', {
      consultationId: id,
      detail: errorCode(error),
    });
    throw error;
  }
  return storeTranscript(ctx, actor, id, transcript, 'audio-added');
}

async function* toAsync(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const chunk of body) yield chunk;
}
