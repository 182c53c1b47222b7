import { describe, expect, it } from 'vitest';
import {
  EngineError,
  InvalidInputError,
  unsafeAsPseudonymized,
  type PseudonymizedTranscript,
} from '../core/index.js';
import {
  draftInParts,
  estimateTokens,
  isNearDuplicateSentence,
  mergePartDrafts,
  splitPartInHalves,
  splitTranscript,
  type DraftPart,
} from './chunking.js';
import type { DrafterOutput } from './drafter.js';
import {
  ModelOutputError,
  toTranscriptLine,
  type TranscriptPart,
} from './engines/language-model/index.js';
import {
  createLongTranscript,
  journalnotatTemplate,
  shortTranscript,
} from './engines/language-model/testing/fixtures.js';

const template = journalnotatTemplate;

function output(
  sections: Record<string, readonly string[]>,
  diagnoses: DrafterOutput['diagnoses'] = [],
): DrafterOutput {
  return {
    sections: template.sections.map((section) => ({
      key: section.key,
      sentences: (sections[section.key] ?? []).map((text) => ({ text, evidence: [] })),
    })),
    diagnoses,
    warnings: [],
  };
}

function coveredSegments(parts: readonly TranscriptPart[]): Set<number> {
  return new Set(parts.flatMap((part) => part.slices.map((slice) => slice.segment)));
}

describe('splitTranscript', () => {
  it('splits a four-hour consultation into parts that each fit, cover every segment, keep global indices and overlap', () => {
    const transcript = createLongTranscript(4);
    expect(transcript.segments.map((segment) => segment.text).join('').length).toBeGreaterThan(
      200_000,
    );

    const parts = splitTranscript(transcript, { maxPartTokens: 2000, overlapTokens: 200 });

    expect(parts.length).toBeGreaterThan(30);
    expect(coveredSegments(parts).size).toBe(transcript.segments.length);
    for (const part of parts) {
      const tokens = part.slices.reduce(
        (sum, slice) => sum + estimateTokens(toTranscriptLine(slice)) + 1,
        0,
      );
      expect(tokens).toBeLessThanOrEqual(2000);
      for (const slice of part.slices)
        expect(slice.text).toBe(transcript.segments[slice.segment]?.text);
    }
    for (let index = 1; index < parts.length; index += 1) {
      const previousLast = parts[index - 1]?.slices.at(-1)?.segment ?? -1;
      const first = parts[index]?.slices[0]?.segment ?? -1;
      expect(first).toBeLessThanOrEqual(previousLast); // overlap
      expect(first).toBeGreaterThan(parts[index - 1]?.slices[0]?.segment ?? -1); // progress
    }
  });

  it('cuts one segment longer than a part into slices at sentence ends that add up to the original text', () => {
    const text = createLongTranscript(0.5)
      .segments.map((segment) => segment.text)
      .join(' ');
    const transcript: PseudonymizedTranscript = {
      segments: [{ speaker: 'lege', text: unsafeAsPseudonymized(text) }],
    };

    const parts = splitTranscript(transcript, { maxPartTokens: 500, overlapTokens: 0 });
    const slices = parts.flatMap((part) => part.slices);

    expect(slices.length).toBeGreaterThan(10);
    expect(slices.map((slice) => slice.text).join('')).toBe(text);
    for (const slice of slices) {
      expect(slice.segment).toBe(0);
      expect(text.slice(slice.offset, slice.offset + slice.text.length)).toBe(slice.text);
      expect(estimateTokens(toTranscriptLine(slice)) + 1).toBeLessThanOrEqual(500);
    }
    expect(slices.slice(0, -1).every((slice) => /[.!?)]\s*$/u.test(slice.text))).toBe(true);
  });

  it('skips empty segments and keeps the numbering of the others', () => {
    const transcript: PseudonymizedTranscript = {
      segments: [
        { speaker: 'lege', text: unsafeAsPseudonymized('  ') },
        { speaker: 'pasient', text: unsafeAsPseudonymized('Vondt i halsen.') },
      ],
    };
    const [part] = splitTranscript(transcript, { maxPartTokens: 100 });
    expect(part?.slices.map((slice) => slice.segment)).toEqual([1]);
  });

  it('uses the given tokenizer to measure parts', () => {
    const wordCount = (text: string): number => text.split(/\s+/u).length;
    const parts = splitTranscript(createLongTranscript(0.2), {
      maxPartTokens: 300,
      overlapTokens: 0,
      countTokens: wordCount,
    });
    for (const part of parts) {
      expect(
        part.slices.reduce((sum, slice) => sum + wordCount(toTranscriptLine(slice)) + 1, 0),
      ).toBeLessThanOrEqual(300);
    }
  });
});

describe('splitPartInHalves', () => {
  it('halves a part by its slices, and a lone long slice by its text with the offset kept', () => {
    const [part] = splitTranscript(shortTranscript, { maxPartTokens: 1000 });
    const halves = part === undefined ? undefined : splitPartInHalves(part);
    expect(halves?.[0].slices.map((slice) => slice.segment)).toEqual([0, 1, 2]);
    expect(halves?.[1].slices.map((slice) => slice.segment)).toEqual([3, 4, 5]);

    const text = 'Pasienten forteller om hodepine. '.repeat(20);
    const lone = splitPartInHalves({
      slices: [{ segment: 7, speaker: 'pasient', text: unsafeAsPseudonymized(text), offset: 0 }],
    });
    expect(lone?.[0].slices[0]?.text.concat(lone[1].slices[0]?.text ?? '')).toBe(text);
    expect(lone?.[1].slices[0]?.offset).toBe(lone?.[0].slices[0]?.text.length);
    expect(
      splitPartInHalves({
        slices: [{ segment: 0, speaker: 'lege', text: unsafeAsPseudonymized('Kort.'), offset: 0 }],
      }),
    ).toBeUndefined();
  });
});

describe('isNearDuplicateSentence', () => {
  it.each([
    ['Pasienten har hatt hodepine i 3 dager.', 'Pasienten har hatt hodepine i 3 dager', true],
    ['Blodtrykk 142/88, puls 76.', 'Blodtrykk 142/88 og puls 76.', true],
    ['Ingen feber.', 'Feber.', false],
    ['Pasienten har ikke brystsmerter.', 'Pasienten har brystsmerter.', false],
    ['Blodtrykk 142/88.', 'Blodtrykk 152/88.', false],
    ['Pasienten sover dårlig.', 'Pasienten bruker metoprolol.', false],
  ])('%s ~ %s → %s', (left, right, expected) => {
    expect(isNearDuplicateSentence(left, right)).toBe(expected);
  });
});

describe('mergePartDrafts', () => {
  it('keeps template order, merges near-identical sentences with their evidence and de-duplicates diagnoses', () => {
    const first: DrafterOutput = {
      sections: [
        {
          key: 'funn',
          sentences: [{ text: 'BT 142/88.', evidence: [{ segment: 2, start: 0, end: 10 }] }],
        },
        { key: 'anamnese', sentences: [{ text: 'Sover dårlig.', evidence: [] }] },
      ],
      diagnoses: [{ system: 'ICPC-2', code: 'K86', evidence: [{ segment: 2, start: 0, end: 10 }] }],
      warnings: ['Advarsel A.'],
    };
    const second: DrafterOutput = {
      sections: [
        {
          key: 'funn',
          sentences: [
            { text: 'BT 142/88', evidence: [{ segment: 90, start: 0, end: 12 }] },
            { text: 'Ingen ødemer.', evidence: [] },
          ],
        },
      ],
      diagnoses: [
        {
          system: 'ICPC-2',
          code: 'k86',
          text: 'Hypertensjon',
          evidence: [{ segment: 90, start: 0, end: 12 }],
        },
      ],
      warnings: ['Advarsel A.'],
    };

    const merged = mergePartDrafts(template, [first, second]);

    expect(merged.sections.map((section) => section.key)).toEqual(
      template.sections.map((section) => section.key),
    );
    const funn = merged.sections.find((section) => section.key === 'funn');
    expect(funn?.sentences.map((sentence) => sentence.text)).toEqual([
      'BT 142/88.',
      'Ingen ødemer.',
    ]);
    expect(funn?.sentences[0]?.evidence?.map((evidence) => evidence.segment)).toEqual([2, 90]);
    expect(merged.diagnoses).toEqual([
      {
        system: 'ICPC-2',
        code: 'K86',
        text: 'Hypertensjon',
        evidence: [
          { segment: 2, start: 0, end: 10 },
          { segment: 90, start: 0, end: 12 },
        ],
      },
    ]);
    expect(merged.warnings).toEqual(['Advarsel A.']);
  });
});

describe('draftInParts', () => {
  const long = createLongTranscript(4);

  it('drafts a four-hour consultation in parts, reports progress and marks the draft as made in N parts', async () => {
    const seen: TranscriptPart[] = [];
    const draftPart: DraftPart = (part) => {
      seen.push(part);
      const first = part.slices[0]?.segment ?? 0;
      return Promise.resolve(
        output({
          anamnese: ['Sover dårlig og våkner om natten.', `Del som starter ved segment ${first}.`],
          funn: ['BT 142/88, puls 76.'],
        }),
      );
    };
    const progress: { done: number; total: number }[] = [];

    const result = await draftInParts({
      template,
      transcript: long,
      maxPartTokens: 3000,
      draftPart,
      onProgress: (step) => progress.push(step),
    });

    expect(seen.length).toBeGreaterThan(20);
    expect(coveredSegments(seen).size).toBe(long.segments.length);
    expect(result.warnings).toEqual([
      `Lang konsultasjon: utkastet er laget i ${seen.length} deler.`,
    ]);
    const anamnese = result.sections.find((section) => section.key === 'anamnese')?.sentences ?? [];
    expect(anamnese.filter((sentence) => sentence.text.startsWith('Sover dårlig'))).toHaveLength(1);
    expect(anamnese.filter((sentence) => sentence.text.startsWith('Del som starter'))).toHaveLength(
      seen.length,
    );
    expect(progress[0]).toEqual({ done: 0, total: seen.length });
    expect(progress.at(-1)).toEqual({ done: seen.length, total: seen.length });
  });

  it('draws no warning for a consultation that fits in one part', async () => {
    const result = await draftInParts({
      template,
      transcript: shortTranscript,
      maxPartTokens: 3000,
      draftPart: () => Promise.resolve(output({ anamnese: ['Vondt i halsen.'] })),
    });
    expect(result.warnings).toEqual([]);
  });

  it('splits a part again when its answer was cut off', async () => {
    const sizes: number[] = [];
    const draftPart: DraftPart = (part) => {
      sizes.push(part.slices.length);
      if (part.slices.length > 3) return Promise.reject(new ModelOutputError('test', 'truncated'));
      return Promise.resolve(output({ anamnese: [`Del med ${part.slices[0]?.segment ?? 0}.`] }));
    };
    const result = await draftInParts({
      template,
      transcript: shortTranscript,
      maxPartTokens: 3000,
      draftPart,
    });
    expect(sizes).toEqual([6, 3, 3]);
    expect(result.warnings).toEqual(['Lang konsultasjon: utkastet er laget i 2 deler.']);
  });

  it('returns a clearly marked partial draft when one part cannot be drafted', async () => {
    let call = 0;
    const draftPart: DraftPart = () => {
      call += 1;
      if (call === 2) return Promise.reject(new ModelOutputError('test', 'invalid-json'));
      return Promise.resolve(output({ anamnese: [`Innhold ${call}.`] }));
    };
    const result = await draftInParts({
      template,
      transcript: createLongTranscript(0.3),
      maxPartTokens: 2000,
      draftPart,
    });
    expect(
      result.warnings.some((warning) =>
        /^Utkastet er ufullstendig: .*segment \d+–\d+/u.test(warning),
      ),
    ).toBe(true);
    expect(result.sections.find((section) => section.key === 'anamnese')?.sentences.length).toBe(
      call - 1,
    );
  });

  it('throws the model error when no part can be drafted', async () => {
    await expect(
      draftInParts({
        template,
        transcript: shortTranscript,
        maxPartTokens: 3000,
        draftPart: () => Promise.reject(new ModelOutputError('test', 'invalid-json')),
      }),
    ).rejects.toBeInstanceOf(ModelOutputError);
  });

  it('throws endpoint failures instead of hiding them in a partial draft', async () => {
    const failure = new EngineError({
      engine: 'test',
      message: 'endpoint answered HTTP 503',
      isRetryable: true,
    });
    await expect(
      draftInParts({
        template,
        transcript: long,
        maxPartTokens: 3000,
        draftPart: () => Promise.reject(failure),
      }),
    ).rejects.toBe(failure);
  });

  it('refuses an empty transcript', async () => {
    await expect(
      draftInParts({
        template,
        transcript: { segments: [] },
        maxPartTokens: 3000,
        draftPart: () => Promise.resolve(output({})),
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('stops between parts when cancelled', async () => {
    const controller = new AbortController();
    let calls = 0;
    const draftPart: DraftPart = () => {
      calls += 1;
      controller.abort();
      return Promise.resolve(output({}));
    };
    await expect(
      draftInParts({
        template,
        transcript: long,
        maxPartTokens: 3000,
        draftPart,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(1);
  });
});
