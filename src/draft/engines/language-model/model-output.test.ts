import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized } from '../../../core/index.js';
import {
  createBoundedOutputJsonSchema,
  createDraftPrompt,
  createStrictOutputJsonSchema,
  createVerifierRepairPrompt,
  summarizeDraftedParts,
  parseModelOutput,
  type TranscriptPart,
} from './index.js';
import { journalnotatTemplate as template } from './testing/fixtures.js';

// Segment 40 is cut into two slices (as for a very long segment); segment 41 is whole.
const part: TranscriptPart = {
  slices: [
    {
      segment: 40,
      speaker: 'pasient',
      text: unsafeAsPseudonymized('Jeg har hatt feber i to dager. '),
      offset: 0,
    },
    {
      segment: 40,
      speaker: 'pasient',
      text: unsafeAsPseudonymized('Og hoste om natten.'),
      offset: 31,
    },
    {
      segment: 41,
      speaker: 'lege',
      text: unsafeAsPseudonymized('Temperaturen er 38,2.'),
      offset: 0,
    },
  ],
};

const parse = (value: unknown) =>
  parseModelOutput({
    text: typeof value === 'string' ? value : JSON.stringify(value),
    template,
    part,
  });

describe('parseModelOutput', () => {
  it('maps evidence hints to global segment spans and drops hints outside the part', () => {
    const result = parse({
      sections: [
        {
          key: 'anamnese',
          sentences: [
            { text: '  Feber i to   dager. ', evidence: [{ segment: 40 }, { segment: 3 }, 41] },
            { text: 'Hoste om natten.', evidence: [{ segment: 40, start: 3, end: 18 }] },
          ],
        },
      ],
      diagnoses: [],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const anamnese = result.output.sections[1]?.sentences;
    expect(anamnese?.[0]).toEqual({
      text: 'Feber i to dager.',
      evidence: [
        { segment: 40, start: 0, end: 50 },
        { segment: 41, start: 0, end: 21 },
      ],
    });
    // Offsets within the text the model saw are kept (read against the first slice they fit).
    expect(anamnese?.[1]?.evidence).toEqual([{ segment: 40, start: 3, end: 18 }]);
  });

  it('returns every template section in template order and ignores unknown keys and bad items', () => {
    const result = parse({
      sections: [
        { key: 'tiltak', sentences: ['Paracet ved behov.'] },
        { key: 'ukjent', sentences: ['Skal ikke med.'] },
        { key: 'funn', sentences: [{ text: '' }, { nope: 1 }, 'Temp 38,2.'] },
      ],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(
      result.output.sections.map((section) => [
        section.key,
        section.sentences.map((sentence) => sentence.text),
      ]),
    ).toEqual([
      ['kontaktarsak', []],
      ['anamnese', []],
      ['funn', ['Temp 38,2.']],
      ['vurdering', []],
      ['tiltak', ['Paracet ved behov.']],
    ]);
    expect(result.output.diagnoses).toEqual([]);
  });

  it('keeps diagnoses with a known code system and a plausible code only', () => {
    const result = parse({
      sections: [],
      diagnoses: [
        { system: 'icpc-2', code: ' r74 ', text: 'Akutt øvre luftveisinfeksjon' },
        { system: 'ICD-10', code: 'J06.9' },
        { system: 'SNOMED', code: '1234' },
        { system: 'ICPC-2', code: 'forkjølelse' },
      ],
    });
    expect(result.success && result.output.diagnoses).toEqual([
      { system: 'ICPC-2', code: 'R74', text: 'Akutt øvre luftveisinfeksjon', evidence: [] },
      { system: 'ICD-10', code: 'J06.9', evidence: [] },
    ]);
  });

  it('tells invalid JSON from JSON of the wrong shape', () => {
    expect(parse('Pasienten har feber og hoste.')).toEqual({
      success: false,
      problem: 'invalid-json',
    });
    expect(parse('{"sections": [')).toEqual({ success: false, problem: 'invalid-json' });
    expect(parse({ answer: 'Feber.' })).toEqual({ success: false, problem: 'schema-mismatch' });
    expect(parse({ sections: [{ key: 'ukjent', sentences: ['x'] }] })).toEqual({
      success: false,
      problem: 'schema-mismatch',
    });
  });

  it('accepts the JSON object inside a code fence or a sentence', () => {
    const json = JSON.stringify({ sections: [{ key: 'funn', sentences: ['Temp 38,2.'] }] });
    expect(parse('```json\n' + json + '\n```').success).toBe(true);
    expect(parse('Her er utkastet: ' + json).success).toBe(true);
  });
});

describe('output JSON schemas', () => {
  it('lists the template keys and code system, strict: every property required and no others', () => {
    const schema = JSON.stringify(createStrictOutputJsonSchema(template));
    expect(schema).toContain('"enum":["kontaktarsak","anamnese","funn","vurdering","tiltak"]');
    expect(schema).toContain('"enum":["ICPC-2"]');
    expect(schema).toContain('"required":["sections","diagnoses"]');
    expect(schema).not.toContain('"additionalProperties":true');
  });

  it('fixes every section in order and bounds every array and string for grammar-constrained generation', () => {
    const schema = createBoundedOutputJsonSchema(template, {
      maxSentencesPerSection: 3,
      maxSentenceLength: 50,
      maxEvidencePerSentence: 2,
      maxDiagnoses: 1,
    });
    const text = JSON.stringify(schema);
    expect(text.match(/"const":"[a-z]+"/gu)).toEqual(
      template.sections.map((section) => `"const":"${section.key}"`),
    );
    expect(text).toContain('"maxItems":3');
    expect(text).toContain('"maxLength":50');
  });
});

describe('createDraftPrompt', () => {
  it('numbers the transcript with global segment indices and names the part of a long consultation', () => {
    const prompt = createDraftPrompt({ template, part, position: { partNumber: 2, partCount: 5 } });
    expect(prompt.user).toContain('[40] Pasient: Jeg har hatt feber i to dager.');
    expect(prompt.user).toContain('[41] Lege: Temperaturen er 38,2.');
    expect(prompt.user).toContain('Dette er del 2 av 5 (segment 40–41)');
    expect(prompt.user).toContain(template.styleExample);
    expect(prompt.system).toContain('Behold nektelser');
  });

  it('tells the model how corrections, relatives, "du" and refused prescriptions work', () => {
    const { system } = createDraftPrompt({ template, part });
    expect(system).toContain('gjelder bare det siste');
    expect(system).toContain('«du» i legens replikker er pasienten');
    expect(system).toContain('aldri som pasientens egen sykdom');
    expect(system).toContain('takket nei til');
    expect(system).toContain('tung pust → dyspné');
  });

  it('gives later parts of a long consultation a running summary of what earlier parts drafted', () => {
    const summary = summarizeDraftedParts(template, [
      {
        sections: [
          { key: 'anamnese', sentences: [{ text: 'Feber i to dager.' }] },
          { key: 'tiltak', sentences: [{ text: 'Paracet ved behov.' }] },
        ],
      },
      { sections: [{ key: 'anamnese', sentences: [{ text: 'Hoste om natten.' }] }] },
    ]);
    expect(summary).toBe(
      'Anamnese: Feber i to dager. Hoste om natten.\nTiltak: Paracet ved behov.',
    );
    const prompt = createDraftPrompt({
      template,
      part,
      position: { partNumber: 2, partCount: 3 },
      summary,
    });
    expect(prompt.user).toContain('<tidligere>\nAnamnese: Feber i to dager. Hoste om natten.');
    expect(prompt.user).toContain('ikke skriv noe som motsier det');
    // The first part has nothing before it.
    expect(createDraftPrompt({ template, part }).user).not.toContain('<tidligere>');
  });

  it('names each contradicted sentence and the reason in the repair note', () => {
    const note = createVerifierRepairPrompt([
      {
        section: 'tiltak',
        text: 'Paracet 1000 mg.',
        reason: 'Tallet 1000 stemmer ikke med samtalen, der det ble sagt 500.',
      },
    ]);
    expect(note).toContain(
      '- [tiltak] «Paracet 1000 mg.» — Tallet 1000 stemmer ikke med samtalen, der det ble sagt 500.',
    );
    expect(note).toContain('Skriv hele utkastet på nytt');
  });
});
