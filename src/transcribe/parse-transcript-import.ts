import { asRawText, InvalidInputError, transcriptSchema } from '../core/index.js';
import type { Segment, Speaker, Transcript } from '../core/index.js';
import { labelSpeakers } from './label-speakers.js';

/** Patient identifiers carried by a transcript JSON file (design §6.3). */
export interface ImportedPatient {
  readonly name?: string;
  readonly fnr?: string;
  readonly birthDate?: string;
}

/** A parsed import: the transcript, and the patient block when the JSON had one. */
export interface ImportedTranscript extends Transcript {
  readonly patient?: ImportedPatient;
}

export type TranscriptImportFormat = 'json' | 'text' | 'webvtt' | 'srt';

const maxSegments = 50_000;
const maxSegmentLength = 200_000;

const formatsDescription =
  'transcript JSON ({"segments": [{"speaker", "text", "start", "end"}]}), text with "Lege:"/"Pasient:" line prefixes (or without, as dictation), WebVTT or SRT';
const formatsDescriptionNorwegian =
  'transkripsjon som JSON, tekst med «Lege:»/«Pasient:» foran hver replikk (eller uten, som diktat), WebVTT eller SRT';

function invalid(problem: string, issues: readonly string[] = []): InvalidInputError {
  return new InvalidInputError(`${problem}. Accepted: ${formatsDescription}.`, {
    userMessage: `Transkripsjonen kunne ikke leses. Godtatt: ${formatsDescriptionNorwegian}.`,
    issues: issues.length > 0 ? issues : [problem],
  });
}

/** Maps a label as clinicians and subtitle tools write it to a speaker. */
export function toSpeaker(label: string): Speaker | undefined {
  const key = label
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\d\s._()[\]-]+/gu, '');
  switch (key) {
    case 'lege':
    case 'legen':
    case 'l':
    case 'doktor':
    case 'dr':
    case 'doctor':
    case 'clinician':
    case 'behandler':
      return 'lege';
    case 'pasient':
    case 'pasienten':
    case 'pas':
    case 'p':
    case 'patient':
      return 'pasient';
    case 'pårørende':
    case 'pårørande':
    case 'parorende':
    case 'paarorende':
    case 'relative':
      return 'pårørende';
    case 'sykepleier':
    case 'sykepleiar':
    case 'sjukepleiar':
    case 'spl':
    case 'nurse':
      return 'sykepleier';
    case 'ukjent':
    case 'unknown':
      return 'ukjent';
    default:
      return undefined;
  }
}

function decodeBody(body: string | Uint8Array): string {
  let text: string;
  if (typeof body === 'string') text = body;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      throw invalid('The transcript is not UTF-8 text');
    }
  }
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

function detectFormat(text: string, contentType: string | undefined): TranscriptImportFormat {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  switch (mediaType) {
    case 'application/json':
      return 'json';
    case 'text/vtt':
      return 'webvtt';
    case 'application/x-subrip':
    case 'text/srt':
    case 'application/srt':
      return 'srt';
    case undefined:
    default:
      break;
  }
  const start = text.trimStart();
  if (mediaType === undefined && (start.startsWith('{') || start.startsWith('['))) return 'json';
  if (/^WEBVTT(?:[ \t]|$)/mu.test(start.slice(0, 20))) return 'webvtt';
  if (/^\d+[ \t]*\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->/u.test(start)) return 'srt';
  return 'text';
}

function parseJson(text: string): ImportedTranscript {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid('The transcript is not valid JSON');
  }
  const parsed = transcriptSchema.safeParse(value);
  if (!parsed.success) {
    // Paths and problem kinds only: never the offending values (conventions §14).
    const issues = parsed.error.issues
      .slice(0, 20)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
    throw invalid('The transcript JSON does not match the transcript format', issues);
  }
  const segments: Segment[] = parsed.data.segments.map((segment, index) => {
    if (segment.start !== undefined && segment.end !== undefined && segment.end < segment.start) {
      throw invalid('A segment ends before it starts', [`segments.${index}: end before start`]);
    }
    return {
      speaker: segment.speaker,
      text: asRawText(segment.text.trim()),
      ...(segment.start === undefined ? {} : { start: segment.start }),
      ...(segment.end === undefined ? {} : { end: segment.end }),
    };
  });
  const patient = parsed.data.patient;
  if (patient === undefined) return { segments };
  const imported: { name?: string; fnr?: string; birthDate?: string } = {};
  if (typeof patient.name === 'string') imported.name = patient.name;
  if (typeof patient.fnr === 'string') imported.fnr = patient.fnr;
  if (typeof patient.birthDate === 'string') imported.birthDate = patient.birthDate;
  return { segments, patient: imported };
}

interface Draft {
  speaker: Speaker | undefined;
  text: string;
  start?: number;
  end?: number;
}

const prefixPattern =
  /^\s*(?:\[(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?)\]\s*)?([\p{L}.]{1,12}(?:[ \t]?\d)?)\s*[:：]\s?(.*)$/u;

function parseClock(value: string): number {
  const parts = value.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** Splits a leading "Lege:" (or `L:`, `pasient:` …) from a line, if the label is a speaker. */
function splitPrefix(line: string): { speaker: Speaker; text: string; start?: number } | undefined {
  const match = prefixPattern.exec(line);
  if (match === null) return undefined;
  const speaker = toSpeaker(match[2] ?? '');
  if (speaker === undefined) return undefined;
  const text = (match[3] ?? '').trim();
  return match[1] === undefined
    ? { speaker, text }
    : { speaker, text, start: parseClock(match[1]) };
}

function parsePrefixedText(text: string): Draft[] {
  const drafts: Draft[] = [];
  let labelled = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line.length === 0) continue;
    const prefixed = splitPrefix(line);
    if (prefixed !== undefined) {
      labelled++;
      drafts.push({
        speaker: prefixed.speaker,
        text: prefixed.text,
        ...(prefixed.start === undefined ? {} : { start: prefixed.start }),
      });
      continue;
    }
    const last = drafts[drafts.length - 1];
    // A line without a prefix continues the current turn.
    if (last !== undefined) last.text = last.text.length > 0 ? `${last.text} ${line}` : line;
    else drafts.push({ speaker: 'ukjent', text: line });
  }
  // No speaker labels at all: a dictation (one speaker, the clinician), one segment a paragraph.
  if (labelled === 0) return parseDictation(text);
  return drafts;
}

/** Free text without speaker labels, read as the clinician's dictation (issue 13). */
function parseDictation(text: string): Draft[] {
  return text
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .join(' '),
    )
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ speaker: 'lege' as const, text: paragraph }));
}

const timingPattern =
  /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s.*)?$/u;

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&lrm;|&rlm;/gu, '')
    .replace(/&amp;/gu, '&');
}

/** Splits a cue payload into voice spans (`<v Lege>…`), falling back to a "Lege:" prefix. */
function cueSpans(payload: string): { speaker: Speaker | undefined; text: string }[] {
  const spans: { speaker: Speaker | undefined; text: string }[] = [];
  const voicePattern = /<v(?:\.[^\s>]*)?[ \t]+([^>]*)>/gu;
  const matches = [...payload.matchAll(voicePattern)];
  const clean = (fragment: string): string =>
    decodeEntities(fragment.replace(/<[^>]*>/gu, ''))
      .replace(/\s+/gu, ' ')
      .trim();
  if (matches.length === 0) {
    const lines = payload.split('\n');
    let current: { speaker: Speaker | undefined; text: string } | undefined;
    for (const line of lines) {
      const text = clean(line);
      if (text.length === 0) continue;
      // "- Lege: …" dialogue dashes are common in subtitles.
      const prefixed = splitPrefix(text.replace(/^-\s*/u, ''));
      if (prefixed !== undefined) {
        current = { speaker: prefixed.speaker, text: prefixed.text };
        spans.push(current);
      } else if (current !== undefined) {
        current.text = `${current.text} ${text}`.trim();
      } else {
        current = { speaker: undefined, text };
        spans.push(current);
      }
    }
    return spans;
  }
  const before = clean(payload.slice(0, matches[0]?.index ?? 0));
  if (before.length > 0) spans.push({ speaker: undefined, text: before });
  matches.forEach((match, index) => {
    const from = match.index + match[0].length;
    const to = matches[index + 1]?.index ?? payload.length;
    const annotation = (match[1] ?? '').trim();
    const speaker = toSpeaker(annotation.split(/\s+/u)[0] ?? '') ?? toSpeaker(annotation);
    spans.push({ speaker: speaker ?? 'ukjent', text: clean(payload.slice(from, to)) });
  });
  return spans;
}

/** Parses WebVTT or SRT cues (they differ only in their header and decimal separator). */
function parseCues(text: string, format: 'webvtt' | 'srt'): Draft[] {
  const blocks = text.split(/\n[ \t]*\n/u);
  const drafts: Draft[] = [];
  let sawCue = false;
  for (const [blockIndex, block] of blocks.entries()) {
    const lines = block.split('\n').filter((line, index) => index > 0 || line.trim().length > 0);
    if (lines.length === 0) continue;
    const first = lines[0]?.trim() ?? '';
    if (format === 'webvtt' && blockIndex === 0 && first.startsWith('WEBVTT')) continue;
    if (format === 'webvtt' && /^(?:NOTE|STYLE|REGION)(?:\s|$)/u.test(first)) continue;
    const timingIndex = lines.findIndex((line) => line.includes('-->'));
    if (timingIndex < 0 || timingIndex > 1) {
      throw invalid(`Cue ${blockIndex + 1} has no valid timing line`);
    }
    const timing = timingPattern.exec(lines[timingIndex] ?? '');
    if (timing === null) throw invalid(`Cue ${blockIndex + 1} has no valid timing line`);
    const start = parseClock(timing[1] ?? '');
    const end = parseClock(timing[2] ?? '');
    if (!(end >= start)) throw invalid(`Cue ${blockIndex + 1} ends before it starts`);
    sawCue = true;
    const payload = lines.slice(timingIndex + 1).join('\n');
    for (const span of cueSpans(payload)) {
      if (span.text.length === 0) continue;
      drafts.push({ speaker: span.speaker, text: span.text, start, end });
    }
  }
  if (!sawCue) throw invalid(`The ${format === 'webvtt' ? 'WebVTT' : 'SRT'} file has no cues`);
  return drafts;
}

/** Fills unknown speakers: a cue continues the previous speaker; with no labels at all, heuristics. */
function resolveSpeakers(drafts: readonly Draft[]): Segment[] {
  const anyLabel = drafts.some(
    (draft) => draft.speaker !== undefined && draft.speaker !== 'ukjent',
  );
  let resolved: { speaker: Speaker; text: string; start?: number; end?: number }[];
  if (!anyLabel) {
    resolved = labelSpeakers(drafts.map((draft) => ({ ...draft, speaker: 'ukjent' as const })));
  } else {
    let previous: Speaker = 'ukjent';
    resolved = drafts.map((draft) => {
      const speaker = draft.speaker ?? previous;
      previous = speaker;
      return { ...draft, speaker };
    });
  }
  return resolved
    .filter((segment) => segment.text.trim().length > 0)
    .map((segment) => ({
      speaker: segment.speaker,
      text: asRawText(segment.text.trim()),
      ...(segment.start === undefined ? {} : { start: segment.start }),
      ...(segment.end === undefined ? {} : { end: segment.end }),
    }));
}

/**
 * Parses an imported transcript: JSON (design §6.3), text with `Lege:`/`Pasient:` line prefixes
 * (also `Pårørende:`, `Sykepleier:`, lowercase, `L:`/`P:`, optional `[mm:ss]` times), WebVTT or
 * SRT (speakers from `<v Lege>` voice tags or `Lege:` prefixes). The format comes from
 * `contentType` (`application/json`, `text/vtt`, `application/x-subrip`, `text/plain`) or is
 * sniffed. Throws `InvalidInputError` naming the accepted formats, never echoing the content.
 */
export function parseTranscriptImport(
  body: string | Uint8Array,
  contentType?: string,
): ImportedTranscript {
  const text = decodeBody(body);
  if (text.trim().length === 0) throw invalid('The transcript is empty');
  const format = detectFormat(text, contentType);
  const transcript: ImportedTranscript =
    format === 'json'
      ? parseJson(text)
      : {
          segments: resolveSpeakers(
            format === 'text' ? parsePrefixedText(text) : parseCues(text, format),
          ),
        };
  if (transcript.segments.length === 0) throw invalid('The transcript has no text');
  if (transcript.segments.length > maxSegments)
    throw invalid(`The transcript has more than ${maxSegments} segments`);
  if (transcript.segments.some((segment) => segment.text.length > maxSegmentLength)) {
    throw invalid(`A segment is longer than ${maxSegmentLength} characters`);
  }
  return transcript;
}
