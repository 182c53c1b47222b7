import { InvalidInputError } from '../../src/core/index.js';

import type { Annotation, DocumentKind, EvalDocument, KnownPatient } from './eval-document.js';
import { DOCUMENT_KINDS, knownPatientSchema } from './eval-document.js';
import { isPhiType } from './phi-types.js';

/**
 * The inline markup the evaluation texts are written in: `[[TYPE:surface text]]`, e.g.
 * `Pasienten [[PERSON:Kari Nordmann]] ringte fra [[PHONE:+47 912 34 567]].` The type ends at the
 * first colon, so the surface text may itself contain colons (URLs). Markup does not nest.
 */
const MARK = /\[\[([A-Z_]+):([^\]]+)\]\]/g;

/** Strips the markup from `source` and returns the plain text with exact annotation offsets. */
export function parseMarkup(source: string): { text: string; annotations: Annotation[] } {
  const annotations: Annotation[] = [];
  let text = '';
  let consumed = 0;
  for (const match of source.matchAll(MARK)) {
    const [whole, type, surface] = match;
    if (type === undefined || surface === undefined) continue;
    if (!isPhiType(type)) {
      throw new InvalidInputError(`unknown PHI type in markup at source offset ${match.index}`);
    }
    text += source.slice(consumed, match.index);
    const start = text.length;
    text += surface;
    annotations.push({ start, end: text.length, type, text: surface });
    consumed = match.index + whole.length;
  }
  text += source.slice(consumed);
  if (text.includes('[[') || text.includes(']]')) {
    throw new InvalidInputError('unbalanced or malformed markup (a stray "[[" or "]]" remains)');
  }
  return { text, annotations };
}

const HEADER = /^### ([a-z0-9-]+) ([a-z]+)$/;
const KNOWN_PREFIX = '@known ';

/**
 * Parses a source file holding several documents. Each starts with a header line
 * `### <id> <kind>`, optionally followed by a line `@known {json}`; the text runs to the next
 * header. Blank lines around a text are dropped.
 */
export function parseSourceFile(content: string): EvalDocument[] {
  const documents: EvalDocument[] = [];
  const lines = content.replace(/\r\n/g, '\n').split('\n');
  let current:
    { id: string; kind: DocumentKind; known?: KnownPatient; lines: string[] } | undefined;
  const finish = (): void => {
    if (current === undefined) return;
    const { text, annotations } = parseMarkup(current.lines.join('\n').trim());
    documents.push({
      id: current.id,
      kind: current.kind,
      ...(current.known === undefined ? {} : { known: current.known }),
      text,
      annotations,
    });
  };
  for (const [lineIndex, line] of lines.entries()) {
    const header = HEADER.exec(line);
    if (header !== null) {
      finish();
      const [, id, kind] = header;
      const documentKind = DOCUMENT_KINDS.find((candidate) => candidate === kind);
      if (id === undefined || documentKind === undefined) {
        throw new InvalidInputError(`unknown document kind on line ${lineIndex + 1}`);
      }
      current = { id, kind: documentKind, lines: [] };
      continue;
    }
    if (current === undefined) {
      if (line.trim() === '') continue;
      throw new InvalidInputError(
        `text before the first "### id kind" header on line ${lineIndex + 1}`,
      );
    }
    if (
      current.lines.length === 0 &&
      current.known === undefined &&
      line.startsWith(KNOWN_PREFIX)
    ) {
      const parsed = knownPatientSchema.safeParse(JSON.parse(line.slice(KNOWN_PREFIX.length)));
      if (!parsed.success) throw new InvalidInputError(`invalid @known line ${lineIndex + 1}`);
      current.known = stripUndefined(parsed.data);
      continue;
    }
    current.lines.push(line);
  }
  finish();
  return documents;
}

function stripUndefined(known: KnownPatient): KnownPatient {
  return Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined));
}
