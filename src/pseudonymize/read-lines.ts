import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a text stream, a chunk's worth at a time (one array per chunk read), split as
 * `node:readline` splits them: at "\r\n", "\n" or a lone "\r". Much cheaper than one event per line,
 * and it lets the caller answer a whole chunk with one write.
 */
export async function* readLines(input: NodeJS.ReadableStream): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    const text =
      rest + (typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk as Uint8Array)));
    // A "\r" at the end may be the first half of "\r\n": keep it for the next chunk.
    const cut = text.endsWith('\r') ? text.length - 1 : text.length;
    const lines = text.slice(0, cut).split(/\r\n|\n|\r/u);
    rest = (lines.pop() ?? '') + text.slice(cut);
    if (lines.length > 0) yield lines;
  }
  const last = rest + decoder.end();
  if (last.length > 0)
    yield last
      .split(/\r\n|\n|\r/u)
      .filter((line, index, all) => index < all.length - 1 || line.length > 0);
}
