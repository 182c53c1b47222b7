import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, ReferentError } from '../core/index.js';
import { parseTranscriptImport } from './parse-transcript-import.js';
import { getSharedConsultationsDirectory } from '../testing/shared-data.js';

const casesDirectory = getSharedConsultationsDirectory();
const plain = (transcript: {
  segments: readonly { speaker: string; text: string; start?: number; end?: number }[];
}) => transcript.segments.map((segment) => ({ ...segment }));

function rejection(body: string | Uint8Array, contentType?: string): InvalidInputError {
  try {
    parseTranscriptImport(body, contentType);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('parseTranscriptImport: JSON (design §6.3)', () => {
  it('reads a shared consultation file, ignoring unknown fields and keeping the patient block', () => {
    const body = readFileSync(resolve(casesDirectory, 'd01-halsbetennelse.json'));
    const transcript = parseTranscriptImport(new Uint8Array(body));
    const source = JSON.parse(body.toString('utf8')) as {
      segments: { speaker: string; text: string }[];
      patient: { name: string };
    };
    expect(transcript.segments).toHaveLength(source.segments.length);
    expect(transcript.segments[0]?.speaker).toBe(source.segments[0]?.speaker);
    expect(transcript.segments[3]?.text).toBe(source.segments[3]?.text.trim());
    expect(transcript.patient?.name).toBe(source.patient.name);
  });

  it('keeps times and accepts a UTF-8 byte order mark', () => {
    const transcript = parseTranscriptImport(
      '\uFEFF{"segments":[{"speaker":"pårørende","text":" Hun sov dårlig. ","start":1.5,"end":3}]}',
      'application/json; charset=utf-8',
    );
    expect(plain(transcript)).toEqual([
      { speaker: 'pårørende', text: 'Hun sov dårlig.', start: 1.5, end: 3 },
    ]);
  });

  it('rejects an unknown speaker without echoing the text', () => {
    const error = rejection('{"segments":[{"speaker":"doktor","text":"Ola Nordmann har vondt"}]}');
    expect(error.issues.join(' ')).toContain('segments.0.speaker');
    expect(`${error.message} ${error.userMessage} ${error.issues.join(' ')}`).not.toContain('Ola');
  });

  it('rejects broken JSON, a segment ending before it starts, and an empty transcript', () => {
    expect(rejection('{"segments": [', 'application/json').message).toMatch(/not valid JSON/);
    expect(
      rejection('{"segments":[{"speaker":"lege","text":"Hei","start":5,"end":2}]}').message,
    ).toMatch(/ends before/);
    expect(rejection('{"segments":[]}').message).toMatch(/no text/);
  });
});

describe('parseTranscriptImport: text with speaker prefixes', () => {
  it('reads Lege:/Pasient: lines, other roles, lowercase, short forms and continuation lines', () => {
    const transcript = parseTranscriptImport(
      [
        'Lege: Hei, hva kan jeg hjelpe deg med?',
        'Pasient: Jeg har hatt vondt i halsen.',
        'Det begynte på lørdag.',
        '',
        'pårørende: Han har ikke spist noe.',
        'SYKEPLEIER: Temperaturen er 38,4.',
        'L: Da tar vi en streptokokktest.',
        'P: Greit.',
        '[01:02] lege: Vi ses.',
      ].join('\r\n'),
      'text/plain',
    );
    expect(plain(transcript)).toEqual([
      { speaker: 'lege', text: 'Hei, hva kan jeg hjelpe deg med?' },
      { speaker: 'pasient', text: 'Jeg har hatt vondt i halsen. Det begynte på lørdag.' },
      { speaker: 'pårørende', text: 'Han har ikke spist noe.' },
      { speaker: 'sykepleier', text: 'Temperaturen er 38,4.' },
      { speaker: 'lege', text: 'Da tar vi en streptokokktest.' },
      { speaker: 'pasient', text: 'Greit.' },
      { speaker: 'lege', text: 'Vi ses.', start: 62 },
    ]);
  });

  it('keeps a colon inside a turn and text before the first label as unknown', () => {
    const transcript = parseTranscriptImport(
      'Konsultasjon\nLege: Blodtrykk: 130 over 85.\nPasient: Greit.',
    );
    expect(plain(transcript)).toEqual([
      { speaker: 'ukjent', text: 'Konsultasjon' },
      { speaker: 'lege', text: 'Blodtrykk: 130 over 85.' },
      { speaker: 'pasient', text: 'Greit.' },
    ]);
  });

  it('reads text without any speaker label as dictation: one speaker, a segment per paragraph', () => {
    const transcript = parseTranscriptImport(
      'Takk for henvisningen av Ola.\nHan har hatt hoste i seks uker.\n\n  Røntgen thorax er normal.  \n',
      'text/plain',
    );
    expect(transcript.segments).toEqual([
      { speaker: 'lege', text: 'Takk for henvisningen av Ola. Han har hatt hoste i seks uker.' },
      { speaker: 'lege', text: 'Røntgen thorax er normal.' },
    ]);
  });
});

describe('parseTranscriptImport: WebVTT and SRT', () => {
  it('reads WebVTT voice tags, skipping the header, notes and styles', () => {
    const vtt = [
      'WEBVTT - konsultasjon',
      '',
      'NOTE laget for test',
      '',
      'STYLE',
      '::cue { color: white }',
      '',
      '1',
      '00:00:01.000 --> 00:00:03.500 align:start',
      '<v Lege>Hei, hva kan jeg hjelpe deg med?</v>',
      '',
      '00:03.600 --> 00:06.000',
      '<v.patient Pasient Ola>Jeg har <i>så</i> vondt &amp; feber.',
      '',
      '00:06.100 --> 00:07.000',
      'Siden i går.',
    ].join('\n');
    expect(plain(parseTranscriptImport(vtt))).toEqual([
      { speaker: 'lege', text: 'Hei, hva kan jeg hjelpe deg med?', start: 1, end: 3.5 },
      { speaker: 'pasient', text: 'Jeg har så vondt & feber.', start: 3.6, end: 6 },
      { speaker: 'pasient', text: 'Siden i går.', start: 6.1, end: 7 },
    ]);
  });

  it('splits a cue with two voices into two segments', () => {
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Lege>Feber?</v> <v Pasient>Ja.</v>\n';
    expect(plain(parseTranscriptImport(vtt, 'text/vtt')).map((segment) => segment.speaker)).toEqual(
      ['lege', 'pasient'],
    );
  });

  it('reads SRT with Lege:/Pasient: prefixes and dialogue dashes', () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:02,500',
      'Lege: Hvordan går det?',
      '',
      '2',
      '00:00:02,600 --> 00:00:05,000',
      '- Pasient: Bedre, takk.',
      '- Lege: Så bra.',
      '',
    ].join('\n');
    expect(plain(parseTranscriptImport(srt, 'application/x-subrip'))).toEqual([
      { speaker: 'lege', text: 'Hvordan går det?', start: 1, end: 2.5 },
      { speaker: 'pasient', text: 'Bedre, takk.', start: 2.6, end: 5 },
      { speaker: 'lege', text: 'Så bra.', start: 2.6, end: 5 },
    ]);
  });

  it('labels subtitles without any speaker information by heuristics', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nHar du hatt feber?\n\n2\n00:00:02,500 --> 00:00:04,000\nJa, jeg har hatt vondt siden i går.\n';
    expect(parseTranscriptImport(srt).segments.map((segment) => segment.speaker)).toEqual([
      'lege',
      'pasient',
    ]);
  });

  it('rejects cues with broken timing', () => {
    expect(rejection('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\n<v Lege>Hei').message).toMatch(
      /ends before it starts/,
    );
    expect(rejection('WEBVTT\n\nbare tekst\nmer tekst', 'text/vtt').message).toMatch(
      /no valid timing/,
    );
    expect(rejection('WEBVTT\n').message).toMatch(/has no cues/);
  });
});

describe('parseTranscriptImport: garbage', () => {
  it('rejects empty bodies and bytes that are not UTF-8', () => {
    expect(rejection('   ').message).toMatch(/empty/);
    expect(rejection(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])).message).toMatch(/not UTF-8/);
  });

  it('never fails with anything but a ReferentError on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((text) => `WEBVTT\n\n${text}`),
          fc.string().map((text) => `1\n00:00:01,000 --> 00:00:02,000\n${text}`),
          fc.string().map((text) => `{"segments":${text}`),
        ),
        fc.constantFrom(
          undefined,
          'text/plain',
          'text/vtt',
          'application/json',
          'application/x-subrip',
        ),
        (body, contentType) => {
          try {
            const transcript = parseTranscriptImport(body, contentType);
            expect(transcript.segments.length).toBeGreaterThan(0);
          } catch (error) {
            if (!(error instanceof ReferentError)) throw error;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
