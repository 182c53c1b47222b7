import type { ApprovedNote } from '../core/index.js';
import { formatCode } from '../codes/index.js';

/**
 * The default AI disclosure (P6; EU AI Act art. 50). Placeholders: `{approver}` (the approving
 * clinician's name), `{date}` (approval date, dd.mm.åååå, Norwegian time), `{time}` (tt.mm),
 * `{model}` (the language model that drafted the text).
 */
export const defaultDisclosureTemplate =
  'Utkast laget med KI-støtte (Referent), kontrollert og godkjent av {approver} {date}.';

export interface SectionTextOptions {
  /** A disclosure template (see `defaultDisclosureTemplate`), or `false` for none. */
  readonly disclosure?: string | false;
  /**
   * `unicode` (default) keeps every character; `windows-1252` replaces characters older Norwegian
   * EPJ systems cannot store (≥, →, emoji …) with plain equivalents, so nothing turns into "?" there.
   */
  readonly charset?: 'unicode' | 'windows-1252';
  /** Line endings of the returned text (default `lf`). */
  readonly lineEnding?: 'lf' | 'crlf';
}

export interface SectionTexts {
  /** Each section's text, cleaned, ready to paste into the matching EPJ field. */
  readonly sections: { key: string; title: string; text: string }[];
  /** The whole note: headed sections, the diagnoses, and the disclosure line. */
  readonly fullText: string;
  /** The disclosure line ('' when turned off). */
  readonly disclosure: string;
  /** The diagnoses as lines ("R72 Streptokokkhals (ICPC-2)"). */
  readonly diagnoses: string[];
}

const osloDate = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const osloTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Fills a disclosure template for a note. Unknown placeholders are left as written. */
export function formatDisclosure(template: string, note: ApprovedNote): string {
  const approvedAt = new Date(note.approvedAt);
  const valid = !Number.isNaN(approvedAt.getTime());
  const values: Record<string, string> = {
    approver: note.approvedBy.displayName,
    date: valid ? osloDate.format(approvedAt) : '',
    time: valid ? osloTime.format(approvedAt).replace(':', '.') : '',
    model: note.engine.model,
  };
  return template
    .replace(/\{(approver|date|time|model)\}/g, (_match, name: string) => values[name] ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([.,;:])/g, '$1')
    .trim();
}

/**
 * Plain text for Norwegian EPJ systems, which take text pasted per section: one text per
 * section plus the whole note with headings, diagnoses and the AI disclosure line.
 * Empty sections are kept in `sections` (empty text) and left out of `fullText`.
 */
export function toSectionTexts(note: ApprovedNote, options: SectionTextOptions = {}): SectionTexts {
  const charset = options.charset ?? 'unicode';
  const newline = options.lineEnding === 'crlf' ? '\r\n' : '\n';
  const finish = (text: string): string => {
    const cleaned = cleanText(text);
    const encoded = charset === 'windows-1252' ? toWindows1252Safe(cleaned) : cleaned;
    return newline === '\n' ? encoded : encoded.replace(/\n/g, newline);
  };

  const sections = note.sections.map((section) => ({
    key: section.key,
    title: finish(section.title),
    text: finish(section.text),
  }));
  const diagnoses = note.diagnoses.map((diagnosis) =>
    finish(
      `${formatCode(diagnosis.system, diagnosis.code)} ${diagnosis.text} (${diagnosis.system})`,
    ),
  );
  const disclosure =
    options.disclosure === false
      ? ''
      : finish(formatDisclosure(options.disclosure ?? defaultDisclosureTemplate, note));

  const blocks: string[] = [];
  for (const section of sections) {
    if (section.text.length > 0) blocks.push(`${section.title}${newline}${section.text}`);
  }
  // An epikrise has its own "Diagnoser" section; other notes get the coded diagnoses appended.
  const hasDiagnosisSection = note.sections.some((section) => section.key === 'diagnoser');
  if (diagnoses.length > 0 && !hasDiagnosisSection) {
    blocks.push(
      `${diagnoses.length === 1 ? 'Diagnose' : 'Diagnoser'}${newline}${diagnoses.join(newline)}`,
    );
  }
  if (disclosure.length > 0) blocks.push(disclosure);
  return { sections, fullText: blocks.join(newline + newline), disclosure, diagnoses };
}

/**
 * Normalises text for pasting: LF line endings, no trailing spaces, at most one blank line in a
 * row, tabs and non-breaking spaces as spaces, control and zero-width characters removed.
 */
export function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      // Control characters other than line feed (tabs became spaces above).
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .split('\n')
      .map((line) => line.replace(/ +$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

// Characters Windows-1252 has above 0x7f that are not Latin-1.
const windows1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const plainEquivalents: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '→': '->',
  '←': '<-',
  '↑': 'opp',
  '↓': 'ned',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '⁄': '/',
  '∙': '·',
  '√': 'rot',
  '′': "'",
  '″': '"',
};

/** Replaces characters outside Windows-1252 with plain equivalents, or "?" when there is none. */
export function toWindows1252Safe(text: string): string {
  let result = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (
      codePoint < 0x80 ||
      (codePoint >= 0xa0 && codePoint <= 0xff) ||
      windows1252Extras.has(character)
    ) {
      result += character;
    } else {
      const decomposed = character.normalize('NFD').replace(/\p{M}/gu, '');
      result +=
        plainEquivalents[character] ??
        (decomposed !== character && decomposed.length > 0 ? decomposed : '?');
    }
  }
  return result;
}
