import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type PseudonymizedTranscript } from '../../core/index.js';
import type { DrafterOutput } from '../drafter.js';
import { createBuiltinDrafter } from '../engines/builtin/create-builtin-drafter.js';
import { getTemplate } from '../templates/templates.js';
import {
  loadConsultationCases,
  sharedCasesDirectory,
  toPseudonymizedTranscript,
  type ConsultationCase,
} from '../testing/consultation-cases.js';
import { verifyDraft } from './verify-draft.js';

const cases = loadConsultationCases(sharedCasesDirectory);
const engine = { kind: 'builtin', model: 'test' } as const;
const journalnotat = getTemplate('journalnotat');

function caseById(prefix: string): ConsultationCase {
  const found = cases.find((consultation) => consultation.id.startsWith(prefix));
  if (found === undefined) throw new Error(`missing case ${prefix}`);
  return found;
}

function transcriptOf(
  lines: readonly (readonly ['lege' | 'pasient', string])[],
): PseudonymizedTranscript {
  return {
    segments: lines.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  };
}

function outputWith(
  key: string,
  texts: readonly string[],
  diagnoses: DrafterOutput['diagnoses'] = [],
): DrafterOutput {
  return {
    sections: journalnotat.sections.map((section) => ({
      key: section.key,
      sentences: section.key === key ? texts.map((text) => ({ text })) : [],
    })),
    diagnoses,
    warnings: [],
  };
}

async function builtinOutput(consultation: ConsultationCase): Promise<DrafterOutput> {
  return createBuiltinDrafter().draft({
    template: getTemplate(consultation.template),
    transcript: toPseudonymizedTranscript(consultation),
  });
}

/** Verifies one extra sentence appended to the plan of a correct draft, and returns its flags. */
async function flagsOfInjected(
  consultation: ConsultationCase,
  injected: string,
): Promise<string[]> {
  const template = getTemplate(consultation.template);
  const output = await builtinOutput(consultation);
  const lastKey = template.sections[template.sections.length - 1]?.key;
  const withFault: DrafterOutput = {
    ...output,
    sections: output.sections.map((section) =>
      section.key === lastKey
        ? { ...section, sentences: [...section.sentences, { text: injected }] }
        : section,
    ),
  };
  const draft = verifyDraft({
    template,
    transcript: toPseudonymizedTranscript(consultation),
    output: withFault,
    engine,
  });
  const sentence = draft.sections
    .flatMap((section) => section.sentences)
    .find((candidate) => candidate.text === injected);
  expect(sentence).toBeDefined();
  if (sentence?.supported === true) expect(sentence.flags).toEqual([]);
  return sentence?.flags.map((flag) => flag.kind) ?? [];
}

describe('verifyDraft on correct drafts', () => {
  it.each(cases.map((consultation) => [consultation.id, consultation] as const))(
    'links almost every builtin sentence of %s to the transcript without flags',
    async (_id, consultation) => {
      const template = getTemplate(consultation.template);
      const transcript = toPseudonymizedTranscript(consultation);
      const draft = verifyDraft({
        template,
        transcript,
        output: await builtinOutput(consultation),
        engine,
      });
      const sentences = draft.sections.flatMap((section) => section.sentences);
      const flagged = sentences.filter((sentence) => !sentence.supported);
      expect(flagged.length / sentences.length).toBeLessThanOrEqual(0.05);
      for (const sentence of sentences.filter((candidate) => candidate.supported)) {
        expect(sentence.evidence.length).toBeGreaterThan(0);
        for (const evidence of sentence.evidence) {
          const segment = transcript.segments[evidence.segment];
          expect(evidence.end).toBeLessThanOrEqual(segment?.text.length ?? -1);
        }
      }
    },
  );
});

/** True when a flag is about a number: not said, contradicted, or with another unit. */
const isNumberFlag = (kind: string): boolean =>
  ['number-not-in-transcript', 'number-conflict', 'unit-conflict'].includes(kind);

describe('verifyDraft catches injected faults', () => {
  it('flags an invented dose', async () => {
    expect(
      (await flagsOfInjected(caseById('d01'), 'Fenoksymetylpenicillin 990 mg x 4 i 5 dager.')).some(
        isNumberFlag,
      ),
    ).toBe(true);
    expect((await flagsOfInjected(caseById('d05'), 'Eliquis 2,5 mg x 2.')).some(isNumberFlag)).toBe(
      true,
    );
    expect(
      (await flagsOfInjected(caseById('d06'), 'Fragmin 7500 IE x 1 daglig.')).some(isNumberFlag),
    ).toBe(true);
  });

  it('flags a negated finding stated as present', async () => {
    expect(await flagsOfInjected(caseById('d01'), 'Pasienten har hoste.')).toContain(
      'negation-conflict',
    );
    expect(await flagsOfInjected(caseById('d02'), 'Har merket hjertebank.')).toContain(
      'negation-conflict',
    );
    expect(await flagsOfInjected(caseById('d04'), 'Hevelse i leppene og tungpust.')).toContain(
      'negation-conflict',
    );
    expect(await flagsOfInjected(caseById('d05'), 'Har hatt blødninger.')).toContain(
      'negation-conflict',
    );
  });

  it('flags a present finding stated as absent', async () => {
    expect(await flagsOfInjected(caseById('d01'), 'Ingen feber.')).toContain('negation-conflict');
  });

  it('flags a drug never mentioned', async () => {
    expect(await flagsOfInjected(caseById('d01'), 'Startet Xarelto 20 mg x 1.')).toContain(
      'drug-not-in-transcript',
    );
    expect(await flagsOfInjected(caseById('d03'), 'Får Paralgin forte ved behov.')).toContain(
      'drug-not-in-transcript',
    );
    expect(await flagsOfInjected(caseById('d04'), 'Fortsetter med Levaxin.')).toContain(
      'drug-not-in-transcript',
    );
  });

  it('accepts a drug named by another of its names', async () => {
    expect(
      await flagsOfInjected(caseById('d05'), 'Bytter fra warfarin til apixaban.'),
    ).not.toContain('drug-not-in-transcript');
  });

  it('flags most sentences taken from another consultation as unsupported', async () => {
    let flaggedAll = 0;
    let foreignAll = 0;
    for (const target of cases) {
      for (const source of cases) {
        if (source.id === target.id) continue;
        const foreign = (await builtinOutput(source)).sections
          .flatMap((section) => section.sentences.map((sentence) => sentence.text))
          .filter((text) => text.split(' ').length >= 6);
        const template = getTemplate(target.template);
        const output = await builtinOutput(target);
        const firstKey = template.sections[0]?.key;
        const injected: DrafterOutput = {
          ...output,
          sections: output.sections.map((section) =>
            section.key === firstKey
              ? { key: section.key, sentences: foreign.map((text) => ({ text })) }
              : section,
          ),
        };
        const draft = verifyDraft({
          template,
          transcript: toPseudonymizedTranscript(target),
          output: injected,
          engine,
        });
        const flagged = (draft.sections[0]?.sentences ?? []).filter(
          (sentence) => !sentence.supported,
        ).length;
        // Gated at what the paraphrase-tolerant verifier reaches (issue 11), with a small margin.
        expect(flagged / foreign.length, `${source.id} → ${target.id}`).toBeGreaterThanOrEqual(
          0.45,
        );
        flaggedAll += flagged;
        foreignAll += foreign.length;
      }
    }
    // Measured 0.80 after issue 11 (paraphrases are no longer flagged as unsupported); was 0.89.
    // 0.675 since a sentence with little in common with its evidence is `info` unless two of its
    // clinical words were said nowhere (held-out false flags 15.1 % → 10.1 %); the rest of these
    // foreign sentences still carry an `info` flag. Worst pair 0.49.
    expect(flaggedAll / foreignAll).toBeGreaterThanOrEqual(0.65);
  });

  it('supports most sentences of the hand-written reference notes and finds no invented drug in them', () => {
    let supported = 0;
    let total = 0;
    for (const consultation of cases) {
      const template = getTemplate(consultation.template);
      const reference = consultation.reference_note;
      if (reference === undefined) continue;
      const texts = Object.values(reference.sections);
      const output: DrafterOutput = {
        sections: template.sections.map((section, position) => ({
          key: section.key,
          sentences: (texts[position] ?? '')
            .split(/(?<=[.;])\s+(?=[A-ZÆØÅ])/u)
            .map((text) => ({ text })),
        })),
        diagnoses: [],
        warnings: [],
      };
      const draft = verifyDraft({
        template,
        transcript: toPseudonymizedTranscript(consultation),
        output,
        engine,
      });
      const sentences = draft.sections.flatMap((section) => section.sentences);
      supported += sentences.filter((sentence) => sentence.supported).length;
      total += sentences.length;
      const kinds = sentences.flatMap((sentence) => sentence.flags.map((flag) => flag.kind));
      expect(kinds, consultation.id).not.toContain('drug-not-in-transcript');
      expect(kinds, consultation.id).not.toContain('negation-conflict');
    }
    expect(supported / total).toBeGreaterThanOrEqual(0.75);
  });
});

describe('verifyDraft evidence and numbers', () => {
  const transcript = transcriptOf([
    ['lege', 'Temperaturen er trettiåtte komma fire. Blodtrykket er hundre og tjueseks over åtti.'],
    ['pasient', 'Jeg har tatt to tabletter på fem hundre.'],
    ['lege', 'Begge mandlene er store og røde med belegg.'],
  ]);

  it('matches numbers written in words and links the sentence to the right span', () => {
    const draft = verifyDraft({
      template: journalnotat,
      transcript,
      output: outputWith('funn', ['Temp 38,4. BT 126/80.']),
      engine,
    });
    const sentence = draft.sections.find((section) => section.key === 'funn')?.sentences[0];
    expect(sentence?.supported).toBe(true);
    const spoken = transcript.segments[0]?.text ?? '';
    const secondStart = spoken.indexOf('Blodtrykket');
    expect(sentence?.evidence).toEqual([
      { segment: 0, start: 0, end: secondStart - 1 },
      { segment: 0, start: secondStart, end: spoken.length },
    ]);
  });

  it('supports professional terms by the lay words spoken ("tonsiller" from "mandlene")', () => {
    const draft = verifyDraft({
      template: journalnotat,
      transcript,
      output: outputWith('funn', ['Tonsiller store og røde med belegg.']),
      engine,
    });
    expect(draft.sections.find((section) => section.key === 'funn')?.sentences[0]?.supported).toBe(
      true,
    );
  });

  it('flags a sentence with nothing in the transcript as unsupported, with a Norwegian reason', () => {
    const draft = verifyDraft({
      template: journalnotat,
      transcript,
      output: outputWith('anamnese', ['Røyker 20 sigaretter daglig.']),
      engine,
    });
    const sentence = draft.sections.find((section) => section.key === 'anamnese')?.sentences[0];
    expect(sentence?.supported).toBe(false);
    expect(sentence?.flags[0]).toMatchObject({ kind: 'unsupported', severity: 'warning' });
    expect(sentence?.flags.map((flag) => flag.kind)).toContain('number-not-in-transcript');
    expect(sentence?.flags[0]?.message).toMatch(/samtalen/);
    expect(draft.warnings.join(' ')).toMatch(/1 setning er merket/);
  });

  it('returns every template section in order and drops sections the template does not have', () => {
    const output: DrafterOutput = {
      sections: [
        { key: 'tiltak', sentences: [{ text: 'Paracet 500 mg.' }] },
        { key: 'hemmelig', sentences: [{ text: 'Noe annet.' }] },
      ],
      diagnoses: [],
      warnings: [],
    };
    const draft = verifyDraft({ template: journalnotat, transcript, output, engine });
    expect(draft.sections.map((section) => section.key)).toEqual([
      'kontaktarsak',
      'anamnese',
      'funn',
      'vurdering',
      'tiltak',
    ]);
    expect(draft.sections[4]?.text).toBe('Paracet 500 mg.');
    expect(draft.warnings.some((warning) => warning.includes('utelatt'))).toBe(true);
  });
});

describe('verifyDraft diagnosis codes', () => {
  const transcript = transcriptOf([
    ['lege', 'Dette er en streptokokkhals, en bakteriell halsbetennelse.'],
  ]);

  it('keeps a known code with its official Norwegian text and drops an unknown one with a warning', () => {
    const draft = verifyDraft({
      template: journalnotat,
      transcript,
      output: outputWith(
        'vurdering',
        ['Streptokokkhals.'],
        [
          { system: 'ICPC-2', code: 'R72', text: 'streptokokkhals' },
          { system: 'ICPC-2', code: 'R99X' },
        ],
      ),
      engine,
    });
    expect(draft.diagnoses).toHaveLength(1);
    expect(draft.diagnoses[0]?.code).toBe('R72');
    expect(draft.diagnoses[0]?.text.length).toBeGreaterThan(0);
    expect(draft.diagnoses[0]?.evidence.length).toBeGreaterThan(0);
    expect(draft.warnings.join(' ')).toMatch(/R99X finnes ikke i ICPC-2 og er fjernet/);
  });

  it('flags a code in a sentence that does not exist', () => {
    const draft = verifyDraft({
      template: journalnotat,
      transcript,
      output: outputWith('vurdering', ['Streptokokkhals (R72). Tull (U99.9).']),
      engine,
    });
    const flags =
      draft.sections.find((section) => section.key === 'vurdering')?.sentences[0]?.flags ?? [];
    expect(flags.map((flag) => flag.kind)).toContain('code-unknown');
  });
});
