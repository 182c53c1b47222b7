/**
 * Consistency checks for the second held-out set of consultations (v2) for the drafter (issue 12),
 * under the same rules as the first held-out set (`../heldout/validate.test.ts`).
 *
 * The cases follow ../shared/data/consultations/README.md. These checks keep them honest: the
 * agreed JSON shape, every PHI string spoken verbatim, 12–18 facts with at least two negatives,
 * a diagnosis and a dosed plan, and a reference note that covers all of its own facts under the
 * keyword rule. The project's case loader must read the folder, so `--cases` works on it.
 */
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { loadConsultationCases } from '../../../src/draft/testing/consultation-cases.js';
import { hasValidControlDigits } from '../../deid/fodselsnummer.js';

const PHI_TYPES = [
  'PERSON',
  'ID',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'POSTAL_CODE',
  'LOCATION',
  'ORGANIZATION',
  'DATE',
  'AGE',
  'WORKPLACE',
  'OTHER',
] as const;

const SECTION_TITLES = {
  journalnotat: ['Kontaktårsak', 'Anamnese', 'Funn', 'Vurdering', 'Tiltak'],
  epikrise: [
    'Innleggelsesårsak',
    'Forløp',
    'Funn og undersøkelser',
    'Diagnoser',
    'Medikamentendringer',
    'Videre oppfølging',
  ],
} as const;

const text = z.string().trim().min(1);

const caseSchema = z
  .object({
    id: z.string().regex(/^y\d{2}-[a-z0-9-]+$/),
    setting: z.enum(['fastlege', 'legevakt', 'sykehus']),
    template: z.enum(['journalnotat', 'epikrise']),
    patient: z
      .object({
        name: text,
        fnr: z
          .string()
          .regex(/^\d{11}$/)
          .nullable(),
        birthDate: z.iso.date(),
      })
      .strict(),
    clinician: z.object({ name: text, hpr: z.string().regex(/^\d{7,9}$/) }).strict(),
    segments: z
      .array(
        z
          .object({ speaker: z.enum(['lege', 'pasient', 'pårørende', 'sykepleier']), text })
          .strict(),
      )
      .min(20),
    phi: z.array(z.object({ text, type: z.enum(PHI_TYPES) }).strict()).min(1),
    reference_note: z
      .object({
        sections: z.record(z.string(), text),
        diagnosis: z
          .array(
            z
              .object({
                system: z.enum(['ICPC-2', 'ICD-10']),
                code: z.string().regex(/^[A-Z]\d{2}(\.\d)?$/),
                text,
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    facts: z
      .array(
        z
          .object({
            section: text,
            fact: text,
            keywords: z.array(z.array(text).min(1)).min(1),
          })
          .strict(),
      )
      .min(12)
      .max(18),
    relative_conditions: z.array(text).optional(),
  })
  .strict();

type HeldOutCase = z.infer<typeof caseSchema>;

const NEGATION = /\b(ingen|ikke|aldri|uten|negativ)\b/;
const DOSE = /\d+(,\d+)? ?(mg|g|ml|ie|µg)\b/;

const here = import.meta.dirname;
const files = (await readdir(here)).filter((name) => name.endsWith('.json')).sort();
const cases: { file: string; value: HeldOutCase }[] = await Promise.all(
  files.map(async (file) => ({
    file,
    value: caseSchema.parse(JSON.parse(await readFile(path.join(here, file), 'utf8'))),
  })),
);

/** The README's rule: every keyword group has an alternative as a case-insensitive substring. */
function covers(note: string, keywords: readonly (readonly string[])[]): boolean {
  const lower = note.toLowerCase();
  return keywords.every((group) => group.some((keyword) => lower.includes(keyword)));
}

/** Rule breaches of one case, each as a readable line. */
function findProblems(file: string, value: HeldOutCase): string[] {
  const problems: string[] = [];
  if (`${value.id}.json` !== file) problems.push(`${file}: id ${value.id}`);

  const spoken = value.segments.map((segment) => segment.text).join('\n');
  for (const phi of value.phi) {
    if (!spoken.includes(phi.text)) problems.push(`${file}: PHI not spoken: ${phi.text}`);
  }
  const phiTexts = value.phi.map((phi) => phi.text);
  if (new Set(phiTexts).size !== phiTexts.length) problems.push(`${file}: repeated PHI`);

  const { fnr, birthDate } = value.patient;
  if (fnr !== null) {
    if (!hasValidControlDigits(fnr)) problems.push(`${file}: fnr checksum`);
    const [year, month, day] = birthDate.split('-');
    if (fnr.slice(0, 6) !== `${day ?? ''}${month ?? ''}${(year ?? '').slice(2)}`) {
      problems.push(`${file}: fnr does not match birthDate`);
    }
  }

  const titles = Object.keys(value.reference_note.sections);
  if (titles.join('|') !== SECTION_TITLES[value.template].join('|')) {
    problems.push(`${file}: sections ${titles.join(', ')}`);
  }
  const system = value.template === 'epikrise' ? 'ICD-10' : 'ICPC-2';
  for (const diagnosis of value.reference_note.diagnosis) {
    if (diagnosis.system !== system)
      problems.push(`${file}: ${diagnosis.system} in ${value.template}`);
  }

  const note = Object.values(value.reference_note.sections).join('\n');
  for (const fact of value.facts) {
    if (!titles.includes(fact.section)) problems.push(`${file}: fact section ${fact.section}`);
    for (const keyword of fact.keywords.flat()) {
      if (keyword !== keyword.toLowerCase()) problems.push(`${file}: keyword ${keyword}`);
    }
    if (!covers(note, fact.keywords)) problems.push(`${file}: note misses ${fact.fact}`);
  }
  const negatives = value.facts.filter((fact) =>
    fact.keywords.flat().some((k) => NEGATION.test(k)),
  );
  if (negatives.length < 2) problems.push(`${file}: ${negatives.length} negative facts`);
  const diagnosisSection = value.template === 'epikrise' ? 'Diagnoser' : 'Vurdering';
  if (!value.facts.some((fact) => fact.section === diagnosisSection)) {
    problems.push(`${file}: no diagnosis fact`);
  }
  const planSections = new Set(['Tiltak', 'Medikamentendringer']);
  const dosedPlan = value.facts.some(
    (fact) => planSections.has(fact.section) && fact.keywords.flat().some((k) => DOSE.test(k)),
  );
  if (!dosedPlan) problems.push(`${file}: no plan fact with a dose`);
  return problems;
}

describe('held-out consultations v2 for the drafter', () => {
  it('has at least five cases that follow the shared case rules', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
    expect(cases.flatMap(({ file, value }) => findProblems(file, value))).toEqual([]);
  });

  it('spreads over all settings and both templates, with spoken and absent fødselsnumre', () => {
    const values = cases.map(({ value }) => value);
    expect(new Set(values.map((value) => value.setting))).toEqual(
      new Set(['fastlege', 'legevakt', 'sykehus']),
    );
    expect(new Set(values.map((value) => value.template))).toEqual(
      new Set(['journalnotat', 'epikrise']),
    );
    expect(values.some((value) => value.patient.fnr === null)).toBe(true);
    expect(values.some((value) => value.patient.fnr !== null)).toBe(true);
  });

  it('is readable by the project case loader, so eval:draft -- --cases works on it', () => {
    expect(loadConsultationCases(here).map((loaded) => loaded.id)).toEqual(
      cases.map(({ value }) => value.id),
    );
  });
});
