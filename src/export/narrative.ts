/*
 * FHIR narrative (R4 Narrative.div): XHTML in the http://www.w3.org/1999/xhtml namespace, only
 * basic formatting elements, no scripts, no event attributes, no external references (constraints
 * txt-1 and txt-2). We generate a small subset and check incoming narrative against it.
 */

const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';

/** Escapes text for XHTML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Plain text → narrative div: blank lines separate paragraphs, single line breaks become
 * `<br/>`, and runs of lines starting with "- " or "• " become a list.
 */
export function toNarrativeDiv(text: string, options: { heading?: string } = {}): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  const parts: string[] = [];
  if (options.heading !== undefined) parts.push(`<h2>${escapeXml(options.heading)}</h2>`);
  for (const block of blocks) {
    const lines = block.split('\n').map((line) => line.trim());
    const isList = lines.every((line) => /^[-•]\s+/.test(line));
    if (isList) {
      const items = lines.map((line) => `<li>${escapeXml(line.replace(/^[-•]\s+/, ''))}</li>`);
      parts.push(`<ul>${items.join('')}</ul>`);
    } else {
      parts.push(`<p>${lines.map(escapeXml).join('<br/>')}</p>`);
    }
  }
  if (parts.length === 0) parts.push('<p>Ikke utfylt.</p>');
  return `<div xmlns="${xhtmlNamespace}">${parts.join('')}</div>`;
}

/** The text a narrative div holds, for tests and for comparing with the plain-text export. */
export function toPlainTextFromDiv(div: string): string {
  return div
    .replace(/<br\/>/g, '\n')
    .replace(/<\/(p|li|h2)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

// FHIR R4 narrative: the basic HTML formatting elements (txt-1).
const allowedElements = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'big',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'tt',
  'ul',
  'var',
]);
const allowedAttributes = new Set([
  'class',
  'style',
  'id',
  'lang',
  'xml:lang',
  'title',
  'dir',
  'colspan',
  'rowspan',
  'span',
  'align',
  'valign',
  'width',
  'height',
  'border',
  'cellpadding',
  'cellspacing',
  'name',
  'href',
  'alt',
  'src',
  'abbr',
  'scope',
  'headers',
  'summary',
  'start',
  'type',
  'value',
]);

/**
 * Problems with a narrative div (empty when it is acceptable): wrong root or namespace, elements
 * or attributes outside the FHIR narrative subset, unbalanced tags, undefined entities, no text.
 * Messages never quote the narrative's text.
 */
export function checkNarrativeDiv(div: string): string[] {
  const problems: string[] = [];
  if (
    !/^<div\s[^>]*xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"[^>]*>/.test(div) ||
    !div.endsWith('</div>')
  ) {
    problems.push('narrative must be a <div> in the XHTML namespace');
  }
  const stack: string[] = [];
  const tagPattern =
    /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*"[^"]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<[^>]*>?/g;
  for (const match of div.matchAll(tagPattern)) {
    const [whole, closing, rawName, attributes = '', selfClosing] = match;
    if (rawName === undefined) {
      if (whole.startsWith('<!--')) continue;
      problems.push('narrative contains malformed markup');
      continue;
    }
    const name = rawName.toLowerCase();
    if (!allowedElements.has(name)) {
      problems.push(`narrative contains a disallowed element <${name}>`);
    }
    for (const attribute of attributes.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) {
      const attributeName = (attribute[1] ?? '').toLowerCase();
      const value = attribute[2] ?? '';
      if (attributeName === 'xmlns') continue;
      if (!allowedAttributes.has(attributeName)) {
        problems.push(`narrative contains a disallowed attribute "${attributeName}"`);
      } else if (
        (attributeName === 'href' || attributeName === 'src') &&
        /^\s*javascript:/i.test(value)
      ) {
        problems.push('narrative contains a script link');
      }
    }
    if (closing === '/') {
      if (stack.pop() !== name) problems.push('narrative has unbalanced tags');
    } else if (selfClosing !== '/') {
      stack.push(name);
    }
  }
  if (stack.length > 0) problems.push('narrative has unbalanced tags');
  for (const entity of div.matchAll(/&([^;\s]*);?/g)) {
    const body = entity[1] ?? '';
    const terminated = entity[0].endsWith(';');
    if (!terminated || !/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(body)) {
      problems.push('narrative contains an undefined or unterminated entity');
      break;
    }
  }
  const text = div.replace(/<[^>]*>/g, '').trim();
  if (text.length === 0) problems.push('narrative has no text (txt-2)');
  return [...new Set(problems)];
}
