/**
 * Shape and consistency checks for the held-out verifier fault set (issue 11).
 *
 * The set is written by a helper who never reads the verifier; the runner for it is built
 * elsewhere against the same format. These checks keep the files usable by that runner:
 * valid JSON of the agreed shape, fault indices that point at real sentences, one planted
 * fault per sentence, and enough faults of every kind and enough correct sentences to measure.
 */
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const FAULT_KINDS = [
  'dose',
  'frequency',
  'duration',
  'lab-value',
  'vital-sign',
  'laterality',
  'negation',
  'drug-not-mentioned',
  'invented-finding',
  'invented-diagnosis',
  'relative-as-patient',
  'wrong-date-or-age',
] as const;

const SECTION_KEYS = {
  journalnotat: ['kontaktarsak', 'anamnese', 'funn', 'vurdering', 'tiltak'],
  epikrise: [
    'innleggelsesarsak',
    'forlop',
    'funn',
    'diagnoser',
    'medikamentendringer',
    'oppfolging',
  ],
} as const;

const text = z.string().trim().min(1);

const faultCaseSchema = z
  .object({
    id: z.string().regex(/^vh-\d{2}-[a-z0-9-]+$/),
    template: z.enum(['journalnotat', 'epikrise']),
    segments: z
      .array(
        z
          .object({ speaker: z.enum(['lege', 'pasient', 'pårørende', 'sykepleier']), text })
          .strict(),
      )
      .min(8),
    note: z
      .object({
        sections: z
          .array(
            z
              .object({
                key: z.string(),
                sentences: z.array(z.object({ text }).strict()).min(1),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    faults: z
      .array(
        z
          .object({
            section: z.string(),
            sentence: z.number().int().nonnegative(),
            kind: z.enum(FAULT_KINDS),
            text,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

type FaultCase = z.infer<typeof faultCaseSchema>;

const here = import.meta.dirname;
const files = (await readdir(here)).filter((name) => name.endsWith('.json')).sort();
const cases: { file: string; value: FaultCase }[] = await Promise.all(
  files.map(async (file) => ({
    file,
    value: faultCaseSchema.parse(JSON.parse(await readFile(path.join(here, file), 'utf8'))),
  })),
);

/** Problems that would make a fault point at nothing or at the wrong place. */
function findProblems(file: string, value: FaultCase): string[] {
  const problems: string[] = [];
  if (`${value.id}.json` !== file) problems.push(`${file}: id ${value.id}`);
  const allowed: readonly string[] = SECTION_KEYS[value.template];
  const keys = value.note.sections.map((section) => section.key);
  if (new Set(keys).size !== keys.length) problems.push(`${file}: repeated section`);
  for (const key of keys) {
    if (!allowed.includes(key)) problems.push(`${file}: section ${key} in ${value.template}`);
  }
  const targeted = new Set<string>();
  for (const fault of value.faults) {
    const where = `${file}: ${fault.section}[${fault.sentence}]`;
    const section = value.note.sections.find((candidate) => candidate.key === fault.section);
    const original = section?.sentences[fault.sentence];
    if (original === undefined) {
      problems.push(`${where} does not exist`);
      continue;
    }
    if (original.text === fault.text) problems.push(`${where} plants nothing`);
    const target = `${fault.section}/${fault.sentence}`;
    if (targeted.has(target)) problems.push(`${where} has two faults`);
    targeted.add(target);
  }
  return problems;
}

describe('held-out verifier fault set', () => {
  it('has at least 8 consultations, each with its id as file name and faults on real sentences', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(cases.flatMap(({ file, value }) => findProblems(file, value))).toEqual([]);
  });

  it('plants at least 60 faults, every kind at least 5 times', () => {
    const faults = cases.flatMap(({ value }) => value.faults);
    expect(faults.length).toBeGreaterThanOrEqual(60);
    const perKind = new Map<string, number>(FAULT_KINDS.map((kind) => [kind, 0]));
    for (const fault of faults) perKind.set(fault.kind, (perKind.get(fault.kind) ?? 0) + 1);
    const scarce = [...perKind].filter(([, count]) => count < 5);
    expect(scarce).toEqual([]);
  });

  it('keeps at least 100 correct sentences that no fault replaces', () => {
    const sentences = cases.reduce(
      (sum, { value }) =>
        sum + value.note.sections.reduce((count, section) => count + section.sentences.length, 0),
      0,
    );
    const faults = cases.reduce((sum, { value }) => sum + value.faults.length, 0);
    expect(sentences - faults).toBeGreaterThanOrEqual(100);
  });

  it('covers both templates', () => {
    expect(new Set(cases.map(({ value }) => value.template))).toEqual(
      new Set(['journalnotat', 'epikrise']),
    );
  });
});
