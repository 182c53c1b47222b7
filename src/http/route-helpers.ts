import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../auth/index.js';
import { InvalidInputError } from '../core/index.js';

/** What every feature's routes get from the server: who is calling, and id parsing. */
export interface RouteHelpers {
  authenticate(request: FastifyRequest): Promise<Actor>;
  parseId(value: unknown): string;
}

/** Parses with zod; problems become an `InvalidInputError` that names fields, never values. */
export function parse<T>(
  schema: z.ZodType<T>,
  value: unknown,
  userMessage = 'Forespørselen har feil innhold.',
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`,
  );
  throw new InvalidInputError(`request failed validation: ${issues.join('; ')}`, {
    userMessage,
    issues,
  });
}

export const idSchema = z.uuid();

/** Route parameters of `/…/:id`; other parameters are left for the route's own schema. */
export const idParamsSchema = z.object({ id: z.unknown() });

/** The `:id` of a consultation route, as a UUID (`Ugyldig konsultasjons-id.` otherwise). */
export function consultationIdOf(request: FastifyRequest): string {
  const { id } = parse(idParamsSchema, request.params);
  return parse(idSchema, id, 'Ugyldig konsultasjons-id.');
}

/** Aborted when the client goes away before the answer is sent (engines stop early). */
export function signalOf(request: FastifyRequest, reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  // The response's close, not the request's: a request closes as soon as its body has been read,
  // which for a streamed body (audio, issue 14) happens while the work is still running.
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}
