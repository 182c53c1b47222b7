/** One server-sent event: its `event` name (default "message") and its joined `data` lines. */
export interface ServerSentEvent {
  readonly event: string;
  readonly data: string;
  readonly id?: string;
}

/**
 * Reads a `text/event-stream` body into events (WHATWG HTML, "Server-sent events": lines end in
 * CR, LF or CRLF; a blank line dispatches; `data` lines join with LF; lines starting with ":" are
 * comments; a field without a colon has an empty value). Events without data are skipped, as the
 * specification says.
 */
export async function* parseSse(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  const dispatch = (): ServerSentEvent | undefined => {
    const result =
      data.length === 0
        ? undefined
        : {
            event: event === '' ? 'message' : event,
            data: data.join('\n'),
            ...(id === undefined ? {} : { id }),
          };
    event = '';
    data = [];
    return result;
  };
  const handleLine = (line: string): ServerSentEvent | undefined => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
    return undefined;
  };
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    for (;;) {
      const match = /\r\n|\r|\n/u.exec(buffer);
      // A lone CR at the end may be the first half of CRLF: wait for the next chunk.
      if (match === null || (match[0] === '\r' && match.index === buffer.length - 1)) break;
      const line = buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
      const dispatched = handleLine(line);
      if (dispatched !== undefined) yield dispatched;
    }
  }
  buffer += decoder.decode();
  if (buffer !== '') handleLine(buffer.replace(/\r$/u, ''));
  // An unterminated last event is dropped, as the specification says.
}
