/**
 * The rules every held-out consultation for the drafter follows (issue 12), shared by the checks of
 * both held-out folders (`heldout/validate.test.ts`, `heldout-v2/validate.test.ts`). Format only:
 * nothing here reads what a case says beyond its shape.
 *
 * The cases follow ../shared/data/consultations/README.md. These checks keep them honest: the
 * agreed JSON shape, every PHI string spoken verbatim, 12–18 facts with at least two negatives,
 * a diagnosis and a dosed plan, and a reference note that covers all of its own facts under the
 * keyword rule.
 */
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';

import { z } from 'zod';

import { hasValidControlDigits } from '../deid/fodselsnummer.js';
import { PHI_TYPES } from '../deid/phi-types.js';

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
  henvisning: ['Årsak og problemstilling', 'Sykehistorie', 'Funn', 'Faste medisiner', 'Hastegrad'],
  pasientbrev: ['Hva vi fant', 'Hva du bør gjøre', 'Når du bør ta kontakt'],
} as const;

/** A note template a held-out case may be written for. */
export type HeldOutTemplate = keyof typeof SECTION_TITLES;

/** The templates of every held-out folder before v12: the two note templates. */
export const DEFAULT_TEMPLATES = ['journalnotat', 'epikrise'] as const;

/** The section that holds a case's diagnosis fact, per template. */
const DIAGNOSIS_SECTIONS: Readonly<Record<HeldOutTemplate, string>> = {
  journalnotat: 'Vurdering',
  epikrise: 'Diagnoser',
  henvisning: 'Årsak og problemstilling',
  pasientbrev: 'Hva vi fant',
};

const text = z.string().trim().min(1);

/** The settings of the first two held-out folders. */
const DEFAULT_SETTINGS = ['fastlege', 'legevakt', 'sykehus'] as const;

/**
 * The agreed JSON shape of one held-out case whose id starts with `idPrefix` and two digits, in one
 * of `settings`.
 */
function heldOutCaseSchema(
  idPrefix: string,
  allowRelativeConditions: boolean,
  settings: readonly [string, ...string[]] = DEFAULT_SETTINGS,
  templates: readonly [HeldOutTemplate, ...HeldOutTemplate[]] = DEFAULT_TEMPLATES,
) {
  return z
    .object({
      id: z.string().regex(new RegExp(`^${idPrefix}\\d{2}-[a-z0-9-]+$`)),
      setting: z.enum(settings),
      template: z.enum(templates),
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
      ...(allowRelativeConditions ? { relative_conditions: z.array(text).optional() } : {}),
    })
    .strict();
}

/** One held-out case as the rules read it. */
export type HeldOutCase = z.infer<ReturnType<typeof heldOutCaseSchema>>;

const NEGATION = /\b(ingen|ikke|aldri|uten|negativ)\b/;
const DOSE = /\d+(,\d+)? ?(mg|g|ml|ie|µg)\b/;

/**
 * Reads every case of a held-out folder against the agreed shape; a case that breaks it throws,
 * so a malformed file fails its folder's test instead of being scored.
 */
export async function loadHeldOutCases(
  directory: string,
  options: {
    readonly idPrefix: string;
    readonly allowRelativeConditions: boolean;
    /** The settings a case may name (default: fastlege, legevakt, sykehus). */
    readonly settings?: readonly [string, ...string[]];
    /** The templates a case may be written for (default: journalnotat, epikrise). */
    readonly templates?: readonly [HeldOutTemplate, ...HeldOutTemplate[]];
  },
): Promise<{ file: string; value: HeldOutCase }[]> {
  const schema = heldOutCaseSchema(
    options.idPrefix,
    options.allowRelativeConditions,
    options.settings,
    options.templates,
  );
  const files = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      value: schema.parse(JSON.parse(await readFile(path.join(directory, file), 'utf8'))),
    })),
  );
}

/** The README's rule: every keyword group has an alternative as a case-insensitive substring. */
function covers(note: string, keywords: readonly (readonly string[])[]): boolean {
  const lower = note.toLowerCase();
  return keywords.every((group) => group.some((keyword) => lower.includes(keyword)));
}

/** Rule breaches of one case, each as a readable line. */
export function findHeldOutCaseProblems(file: string, value: HeldOutCase): string[] {
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
  const diagnosisSection = DIAGNOSIS_SECTIONS[value.template];
  if (!value.facts.some((fact) => fact.section === diagnosisSection)) {
    problems.push(`${file}: no diagnosis fact`);
  }
  const planSections = new Set([
    'Tiltak',
    'Medikamentendringer',
    'Faste medisiner',
    'Hva du bør gjøre',
  ]);
  const dosedPlan = value.facts.some(
    (fact) => planSections.has(fact.section) && fact.keywords.flat().some((k) => DOSE.test(k)),
  );
  if (!dosedPlan) problems.push(`${file}: no plan fact with a dose`);
  return problems;
}
