import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';

/**
 * A scriptable OpenAI-compatible chat-completions server on 127.0.0.1 for tests. It answers
 * `POST /v1/chat/completions` from a queue of scripted replies (or a reply function), as plain JSON
 * or as a server-sent-event stream when the request asks for `stream: true`, and records every
 * request so tests can inspect what was sent.
 */
export type FakeReply =
  /** An assistant message with `content`; `finishReason: 'length'` imitates a cut-off answer. */
  | {
      readonly kind: 'message';
      readonly content: string;
      readonly finishReason?: 'stop' | 'length';
      /** For streams: pause between chunks. */
      readonly chunkDelayMs?: number;
      /** For streams: how many chunks the content is sent in (default 4). */
      readonly chunks?: number;
    }
  /** An HTTP error with an OpenAI-style error body. */
  | {
      readonly kind: 'error';
      readonly status: number;
      readonly message?: string;
      readonly headers?: Record<string, string>;
    }
  /** Accepts the request and never answers (until the client gives up). */
  | { readonly kind: 'hang' }
  /** Starts a stream, sends `chunksBeforeStall` chunks of `content`, then goes silent. */
  | { readonly kind: 'stall'; readonly content: string; readonly chunksBeforeStall: number }
  /** Closes the connection without an answer. */
  | { readonly kind: 'drop' };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: ChatRequestBody | undefined;
  readonly rawBody: string;
}

const chatRequestSchema = z.looseObject({
  model: z.string().optional(),
  stream: z.boolean().optional(),
  max_tokens: z.number().optional(),
  response_format: z
    .looseObject({ type: z.string(), json_schema: z.unknown().optional() })
    .optional(),
  messages: z.array(z.looseObject({ role: z.string(), content: z.string().nullish() })),
});
export type ChatRequestBody = z.infer<typeof chatRequestSchema>;

export type ReplyFunction = (request: RecordedRequest) => FakeReply;

export interface FakeOpenAiServer {
  /** Base URL to give the SDK, e.g. `http://127.0.0.1:40123/v1`. */
  readonly baseUrl: string;
  readonly requests: readonly RecordedRequest[];
  /** Queues replies, used in order, one per request. */
  enqueue(...replies: readonly (FakeReply | ReplyFunction)[]): void;
  /** The reply once the queue is empty (default: a 500 error). */
  setFallback(reply: FakeReply | ReplyFunction): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 with a free port. */
export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const requests: RecordedRequest[] = [];
  const queue: (FakeReply | ReplyFunction)[] = [];
  let fallback: FakeReply | ReplyFunction = {
    kind: 'error',
    status: 500,
    message: 'no scripted reply',
  };
  const openResponses = new Set<ServerResponse>();
  let closing = false;

  const server = createServer((request, response) => {
    openResponses.add(response);
    response.on('close', () => openResponses.delete(response));
    void handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    let body: ChatRequestBody | undefined;
    try {
      const parsed = chatRequestSchema.safeParse(JSON.parse(rawBody));
      body = parsed.success ? parsed.data : undefined;
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body,
      rawBody,
    };
    requests.push(recorded);
    if (request.method !== 'POST' || !(request.url ?? '').endsWith('/chat/completions')) {
      sendError(response, 404, 'not found');
      return;
    }
    const next = queue.shift() ?? fallback;
    const reply = typeof next === 'function' ? next(recorded) : next;
    await sendReply(response, reply, body?.stream === true);
  }

  async function sendReply(
    response: ServerResponse,
    reply: FakeReply,
    stream: boolean,
  ): Promise<void> {
    switch (reply.kind) {
      case 'error':
        sendError(response, reply.status, reply.message ?? 'error', reply.headers);
        return;
      case 'hang':
        return; // The response stays open until the client disconnects or the server closes.
      case 'drop':
        response.socket?.destroy();
        return;
      case 'stall': {
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
        });
        const pieces = splitContent(reply.content, reply.chunksBeforeStall + 1);
        for (const piece of pieces.slice(0, reply.chunksBeforeStall)) {
          response.write(toEvent(chunkPayload({ content: piece }, null)));
        }
        return;
      }
      case 'message': {
        const finishReason = reply.finishReason ?? 'stop';
        if (!stream) {
          const payload = {
            id: 'chatcmpl-fake',
            object: 'chat.completion',
            created: 1_700_000_000,
            model: 'fake-model',
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: reply.content },
                finish_reason: finishReason,
              },
            ],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          };
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(payload));
          return;
        }
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
        });
        response.write(toEvent(chunkPayload({ role: 'assistant', content: '' }, null)));
        for (const piece of splitContent(reply.content, reply.chunks ?? 4)) {
          if (reply.chunkDelayMs !== undefined) await delay(reply.chunkDelayMs);
          if (response.destroyed || closing) return;
          response.write(toEvent(chunkPayload({ content: piece }, null)));
        }
        response.write(toEvent(chunkPayload({}, finishReason)));
        response.end('data: [DONE]\n\n');
        return;
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    setFallback: (reply) => {
      fallback = reply;
    },
    close: async () => {
      closing = true;
      for (const response of openResponses) response.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}

/** An assistant answer that is the given object as JSON. */
export function jsonMessage(
  value: unknown,
  extra: Omit<Extract<FakeReply, { kind: 'message' }>, 'kind' | 'content'> = {},
): FakeReply {
  return { kind: 'message', content: JSON.stringify(value), ...extra };
}

/** The user message (with the transcript) of a recorded request. */
export function getUserPrompt(request: RecordedRequest): string {
  return request.body?.messages.find((message) => message.role === 'user')?.content ?? '';
}

function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify({ error: { message, type: 'fake_error', code: null } }));
}

function chunkPayload(delta: Record<string, string>, finishReason: string | null): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'fake-model',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

function toEvent(payload: unknown): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}

function splitContent(content: string, count: number): string[] {
  const size = Math.max(1, Math.ceil(content.length / Math.max(1, count)));
  const pieces: string[] = [];
  for (let index = 0; index < content.length; index += size)
    pieces.push(content.slice(index, index + size));
  return pieces.length === 0 ? [''] : pieces;
}
