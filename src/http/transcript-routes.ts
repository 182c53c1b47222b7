import { Readable } from 'node:stream';
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { InvalidInputError, captureModes, speakers } from '../core/index.js';
import type { ConsultationService } from '../consultations/index.js';
import { responses } from './response-schemas.js';
import { consultationIdOf as idOf, parse, signalOf, type RouteHelpers } from './route-helpers.js';

const segmentParamsSchema = z.object({ index: z.coerce.number().int().min(0) });
const relabelSchema = z.strictObject({ speaker: z.enum(speakers) });
/** `?mode=dictation`: the recording is the clinician dictating alone (issue 13). */
const captureQuerySchema = z.object({ mode: z.enum(captureModes).default('conversation') });

export interface TranscriptRoutesOptions {
  readonly helpers: RouteHelpers;
  readonly consultations: ConsultationService;
  readonly limits: { readonly transcriptBytes: number; readonly audioBytes: number };
}

/**
 * The transcript of a consultation: as JSON (design §6.3) or text/WebVTT/SRT, as a WAV recording
 * to transcribe, and one segment's speaker corrected. Each route takes only its own body kinds.
 */
export const transcriptRoutes: FastifyPluginCallback<TranscriptRoutesOptions> = (
  server,
  options,
  done,
) => {
  const { consultations, helpers } = options;
  const transcriptBody = {
    kinds: ['json', 'transcript-text'],
    maxBytes: options.limits.transcriptBytes,
  } as const;
  server.post(
    '/api/v1/consultations/:id/transcript',
    { config: { body: transcriptBody, response: responses.transcript.add } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      const id = idOf(request);
      const body: unknown = request.body;
      const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      if (body === undefined || body === null) {
        throw new InvalidInputError('request body is empty', {
          userMessage: 'Transkripsjonen mangler.',
        });
      }
      return consultations.addTranscript(actor, id, body, contentType);
    },
  );
  server.patch(
    '/api/v1/consultations/:id/transcript/segments/:index',
    { config: { response: responses.transcript.relabel } },
    async (request) => {
      const actor = await helpers.authenticate(request);
      const { index } = parse(segmentParamsSchema, request.params);
      const input = parse(relabelSchema, request.body, 'Ugyldig talerrolle.');
      return consultations.relabelSegment(actor, idOf(request), index, input.speaker);
    },
  );
  const audioBody = { kinds: ['audio'], maxBytes: options.limits.audioBytes } as const;
  server.post(
    '/api/v1/consultations/:id/audio',
    { config: { body: audioBody, response: responses.transcript.audio } },
    async (request, reply) => {
      const actor = await helpers.authenticate(request);
      const id = idOf(request);
      if (!(request.body instanceof Readable)) {
        throw new InvalidInputError('audio must be sent as audio/wav', {
          userMessage: 'Lyd må sendes som WAV-fil (audio/wav).',
        });
      }
      const { mode } = parse(
        captureQuerySchema,
        request.query,
        'Ukjent opptaksform: bruk «conversation» eller «dictation».',
      );
      const body = request.body;
      try {
        return await consultations.addAudio(actor, id, body, signalOf(request, reply), mode);
      } catch (error) {
        // Refused before the whole body arrived: the rest is not read, so the connection ends.
        if (!body.readableEnded) {
          void reply.header('connection', 'close');
          body.destroy();
        }
        throw error;
      }
    },
  );

  done();
};
