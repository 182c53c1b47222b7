import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** The built web app at `/`, with a fallback to index.html for client-side routes. */
export async function registerWebApp(
  server: FastifyInstance,
  root: string | undefined,
): Promise<void> {
  const webRoot = root === undefined ? undefined : resolve(root);
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    await server.register(fastifyStatic, { root: webRoot, index: ['index.html'], wildcard: false });
  }
  server.setNotFoundHandler(async (request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply
      .status(404)
      .send({ error: { code: 'not-found', message: 'Fant ikke det du ba om.' } });
  });
}
