/** Document kinds Referent drafts (design §6.4). */
export const templateIds = ['journalnotat', 'epikrise', 'henvisning', 'pasientbrev'] as const;
export type TemplateId = (typeof templateIds)[number];

export const codeSystems = ['ICPC-2', 'ICD-10'] as const;
export type CodeSystem = (typeof codeSystems)[number];

/** One section of a document template. Templates are data a clinic may edit. */
export interface TemplateSection {
  /** Stable key (design §6.4), e.g. `anamnese`. */
  readonly key: string;
  /** Heading as shown to the clinician, e.g. `Anamnese`. */
  readonly title: string;
  /** Norwegian instruction to the drafter for this section. */
  readonly instruction: string;
}

export interface TemplateDefinition {
  readonly id: TemplateId;
  readonly title: string;
  readonly sections: readonly TemplateSection[];
  /** Which code system the document's diagnoses use. */
  readonly codeSystem: CodeSystem;
  /** Optional example of the house style, in Norwegian. */
  readonly styleExample?: string;
}
