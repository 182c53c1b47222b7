import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A scripted answer for the next FHIR POST; `normal` behaves like a FHIR server. */
export type ScriptedAnswer =
  | { readonly kind: 'normal' }
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly retryAfter?: string;
      readonly body?: string;
      readonly storeFirst?: boolean;
    }
  | { readonly kind: 'hang' }
  | { readonly kind: 'drop-connection' };

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface FhirTestServer {
  readonly baseUrl: string;
  readonly tokenUrl: string;
  /** Every request, in order (token requests included). */
  readonly received: ReceivedRequest[];
  /** Stored documents by identifier ("system|value"). */
  readonly stored: Map<string, { location: string; resourceType: string; body: unknown }>;
  /** Answers for the next FHIR POSTs, consumed in order; afterwards `normal`. */
  script(...answers: ScriptedAnswer[]): void;
  /** Bearer tokens the FHIR endpoint accepts (client-credentials tokens are added when issued). */
  readonly acceptedTokens: Set<string>;
  /** Client credentials the token endpoint accepts. */
  readonly clients: Map<string, string>;
  close(): Promise<void>;
}

/**
 * A small FHIR receiver on 127.0.0.1 (random port) for the sender's integration tests. It checks
 * what it receives the way a FHIR server would: the bearer token, the FHIR JSON content type, a
 * resource of the endpoint's type, and conditional create (`If-None-Exist: identifier=…`) —
 * answering 200 for a document it already has and 201 when it stores a new one.
 */
export async function startFhirTestServer(
  options: { tokenLifetimeSeconds?: number } = {},
): Promise<FhirTestServer> {
  const received: ReceivedRequest[] = [];
  const stored = new Map<string, { location: string; resourceType: string; body: unknown }>();
  const answers: ScriptedAnswer[] = [];
  const acceptedTokens = new Set<string>();
  const clients = new Map<string, string>();
  let issued = 0;

  const send = (
    response: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ): void => {
    response.writeHead(status, { 'content-type': 'application/fhir+json', ...headers });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const outcome = (code: string, text: string): unknown => ({
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, diagnostics: text }],
  });

  const handleToken = (request: IncomingMessage, body: string, response: ServerResponse): void => {
    const [scheme, encoded] = (request.headers.authorization ?? '').split(' ');
    const [id, secret] = Buffer.from(encoded ?? '', 'base64')
      .toString('utf8')
      .split(':')
      .map(decodeURIComponent);
    const form = new URLSearchParams(body);
    if (scheme !== 'Basic' || id === undefined || clients.get(id) !== secret) {
      send(response, 401, { error: 'invalid_client' });
      return;
    }
    if (form.get('grant_type') !== 'client_credentials') {
      send(response, 400, { error: 'unsupported_grant_type' });
      return;
    }
    issued += 1;
    const token = `token-${issued}-${form.get('scope') ?? 'none'}`;
    acceptedTokens.add(token);
    send(response, 200, {
      access_token: token,
      token_type: 'Bearer',
      expires_in: options.tokenLifetimeSeconds ?? 300,
    });
  };

  const handleCreate = (
    request: IncomingMessage,
    body: string,
    response: ServerResponse,
    storeFirst: boolean,
  ): number | undefined => {
    const resourceType = (request.url ?? '').split('/').at(-1) ?? '';
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!acceptedTokens.has(token)) {
      send(response, 401, outcome('login', 'unknown token'));
      return undefined;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/fhir+json')) {
      send(response, 415, outcome('not-supported', 'content type'));
      return undefined;
    }
    let resource: {
      resourceType?: unknown;
      identifier?: { system?: string; value?: string };
      masterIdentifier?: { system?: string; value?: string };
    };
    try {
      resource = JSON.parse(body) as typeof resource;
    } catch {
      send(response, 400, outcome('invalid', 'not JSON'));
      return undefined;
    }
    if (resource.resourceType !== resourceType) {
      send(response, 400, outcome('invalid', 'resource type does not match the endpoint'));
      return undefined;
    }
    const identifier = resourceType === 'Bundle' ? resource.identifier : resource.masterIdentifier;
    const key = `${identifier?.system ?? ''}|${identifier?.value ?? ''}`;
    const condition = request.headers['if-none-exist'];
    const expected = `identifier=${encodeURIComponent(identifier?.system ?? '')}|${encodeURIComponent(identifier?.value ?? '')}`;
    if (condition !== expected) {
      send(response, 400, outcome('invalid', 'If-None-Exist must name the resource identifier'));
      return undefined;
    }
    const existing = stored.get(key);
    if (existing !== undefined) {
      if (!storeFirst) send(response, 200, undefined, { location: existing.location });
      return 200;
    }
    const location = `${resourceType}/${stored.size + 1}/_history/1`;
    stored.set(key, { location, resourceType, body: resource });
    if (!storeFirst) send(response, 201, undefined, { location });
    return 201;
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = (request.url ?? '').replace(/\?.*$/, '');
      received.push({ method: request.method ?? '', path, headers: request.headers, body });
      if (request.method === 'POST' && path === '/token') {
        handleToken(request, body, response);
        return;
      }
      if (request.method !== 'POST' || !/^\/fhir\/(Bundle|DocumentReference)$/.test(path)) {
        send(response, 404, outcome('not-found', 'no such endpoint'));
        return;
      }
      const answer = answers.shift() ?? { kind: 'normal' };
      switch (answer.kind) {
        case 'normal':
          handleCreate(request, body, response, false);
          return;
        case 'status':
          if (answer.storeFirst === true) handleCreate(request, body, response, true);
          response.writeHead(answer.status, {
            'content-type': 'application/fhir+json',
            ...(answer.retryAfter === undefined ? {} : { 'retry-after': answer.retryAfter }),
          });
          response.end(answer.body);
          return;
        case 'hang':
          return; // never answers; the client must time out
        case 'drop-connection':
          request.socket.destroy();
          return;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/fhir`,
    tokenUrl: `http://127.0.0.1:${port}/token`,
    received,
    stored,
    acceptedTokens,
    clients,
    script: (...more) => answers.push(...more),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** A 127.0.0.1 URL where nothing listens (a port that was just freed). */
export async function unusedLocalUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return `http://127.0.0.1:${port}/fhir`;
}
