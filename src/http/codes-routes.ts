import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { codeSystems } from '../core/index.js';
import { responses } from './response-schemas.js';
import { parse, type RouteHelpers } from './route-helpers.js';

const codesQuerySchema = z.object({
  q: z.string().max(100).default(''),
  system: z.enum(codeSystems).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Searches the ICPC-2 and ICD-10 code lists. */
export type SearchCodes = (
  query: string,
  options: { system?: 'ICPC-2' | 'ICD-10'; limit: number },
) => readonly { system: string; code: string; text: string }[];

export interface CodesRoutesOptions {
  readonly helpers: RouteHelpers;
  /** Absent until the code lists are installed: the search then finds nothing. */
  readonly searchCodes?: SearchCodes;
}

/** `GET /api/v1/codes?q=&system=&limit=` for the review screen's diagnosis field. */
export const codesRoutes: FastifyPluginCallback<CodesRoutesOptions> = (server, options, done) => {
  server.get('/api/v1/codes', { config: { response: responses.codes.search } }, async (request) => {
    await options.helpers.authenticate(request);
    const query = parse(codesQuerySchema, request.query);
    if (options.searchCodes === undefined) return { codes: [] };
    return {
      codes: options.searchCodes(query.q, {
        limit: query.limit,
        ...(query.system === undefined ? {} : { system: query.system }),
      }),
    };
  });
  done();
};
