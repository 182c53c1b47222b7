import { describe, expect, it } from 'vitest';
import { cleanTranscriptSegments } from './clean-transcript-segments.js';

const segment = (text: string, start = 0, end = start + 2) => ({ text, start, end });
const texts = (segments: readonly { text: string }[]) => segments.map((item) => item.text);

describe('cleanTranscriptSegments', () => {
  it.each([
    'Teksting av Nicolai Winther',
    'Undertekster av Amara.org-fellesskapet',
    'Takk for at du så på!',
    'Takk for at dere så på.',
    'Tekst: NRK',
    'Norsk tekst: Anne Hansen',
    'Subtitles by the Amara.org community',
    '♪ ♪',
    '...',
  ])('drops the silence hallucination "%s"', (line) => {
    expect(cleanTranscriptSegments([segment('Hvordan går det?', 0), segment(line, 3)])).toEqual([
      segment('Hvordan går det?', 0),
    ]);
  });

  it('removes a credit sentence appended to real speech but keeps the speech', () => {
    const [cleaned] = cleanTranscriptSegments([
      segment('Vi sees om to uker. Teksting av Nicolai Winther'),
    ]);
    expect(cleaned?.text).toBe('Vi sees om to uker.');
  });

  it('keeps ordinary sentences that merely mention thanks or text', () => {
    const lines = [
      'Takk for at du kom i dag.',
      'Jeg skal se på teksten i henvisningen.',
      'Ta 3.5 mg om kvelden.',
    ];
    expect(
      texts(cleanTranscriptSegments(lines.map((line, index) => segment(line, index * 3)))),
    ).toEqual(lines);
  });

  it('collapses a decoding loop to one occurrence', () => {
    const [cleaned] = cleanTranscriptSegments([
      segment(
        'Jeg har vondt i halsen. Jeg har vondt i halsen. Jeg har vondt i halsen. Jeg har vondt i halsen.',
      ),
    ]);
    expect(cleaned?.text).toBe('Jeg har vondt i halsen.');
    const [loop] = cleanTranscriptSegments([segment('ja ja ja ja ja ja ja ja ja')]);
    expect(loop?.text).toBe('ja');
  });

  it('keeps short natural repetitions', () => {
    expect(texts(cleanTranscriptSegments([segment('Nei, nei, nei, det har jeg ikke.')]))).toEqual([
      'Nei, nei, nei, det har jeg ikke.',
    ]);
  });

  it('removes words duplicated across a chunk boundary', () => {
    const cleaned = cleanTranscriptSegments([
      segment('Jeg har hatt feber siden i går kveld', 0, 3),
      segment('siden i går kveld og vondt i halsen.', 3.1, 5),
    ]);
    expect(texts(cleaned)).toEqual(['Jeg har hatt feber siden i går kveld', 'og vondt i halsen.']);
  });

  it('uses the previous segment of a live stream as context', () => {
    const cleaned = cleanTranscriptSegments([segment('har du hatt feber? Ja, litt.', 4, 6)], {
      previous: segment('Og så lurer jeg på: har du hatt feber?', 0, 3.9),
    });
    expect(texts(cleaned)).toEqual(['Ja, litt.']);
  });

  it('drops a segment that repeats the previous one word for word', () => {
    const cleaned = cleanTranscriptSegments([
      segment('Vi tar en streptokokktest.', 0),
      segment('Vi tar en streptokokktest.', 2.5),
    ]);
    expect(texts(cleaned)).toEqual(['Vi tar en streptokokktest.']);
  });

  it('keeps repeated words when the segments are far apart in time', () => {
    const cleaned = cleanTranscriptSegments([
      segment('vondt i halsen', 0, 2),
      segment('vondt i halsen nå også', 30, 32),
    ]);
    expect(texts(cleaned)).toHaveLength(2);
  });

  it('drops segments that lie over silence when speech regions are known', () => {
    const cleaned = cleanTranscriptSegments(
      [segment('Hei.', 0.5, 1.5), segment('Takk skal du ha.', 10, 12)],
      {
        speech: [{ start: 0.4, end: 1.6 }],
      },
    );
    expect(texts(cleaned)).toEqual(['Hei.']);
  });

  it('normalises whitespace and leaves other fields as they were', () => {
    expect(
      cleanTranscriptSegments([{ text: '  Hei  der \n', start: 1, end: 2, speaker: 'lege' }]),
    ).toEqual([{ text: 'Hei der', start: 1, end: 2, speaker: 'lege' }]);
  });
});
