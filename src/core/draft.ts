import { z } from 'zod';
import { codeSystems, templateIds, type CodeSystem, type TemplateId } from './template.js';

/** A span of the transcript supporting a sentence (design §6.4). */
export interface Evidence {
  /** Index into the transcript's segments. */
  readonly segment: number;
  /** Start index into that segment's text (JavaScript string index). */
  readonly start: number;
  /** End index (exclusive). */
  readonly end: number;
}

/**
 * How serious a flag is (design §6.4): `info` — the wording was not found literally (a paraphrase
 * the verifier could not match word for word); `warning` — content the conversation does not
 * support; `error` — contradicted: a number, unit, side, negation, drug or person that differs
 * from what was said.
 */
export const flagSeverities = ['info', 'warning', 'error'] as const;
export type FlagSeverity = (typeof flagSeverities)[number];

/** What a flag is about. The first six are the original kinds; consumers may meet any of them. */
export const sentenceFlagKinds = [
  'unsupported',
  'number-not-in-transcript',
  'drug-not-in-transcript',
  'negation-conflict',
  'unknown-pseudonym',
  'code-unknown',
  'wording-not-found',
  'number-conflict',
  'unit-conflict',
  'laterality-conflict',
  'person-conflict',
  'evidence-mismatch',
] as const;
export type SentenceFlagKind = (typeof sentenceFlagKinds)[number];

/** Why the verifier flagged a sentence; the UI shows `message` in Norwegian. */
export interface SentenceFlag {
  readonly kind: SentenceFlagKind;
  readonly severity: FlagSeverity;
  readonly message: string;
}

/** True when a flag asks the clinician to act (`warning` or `error`), not just `info`. */
export function isActionableFlag(flag: Pick<SentenceFlag, 'severity'>): boolean {
  return flag.severity !== 'info';
}

export interface DraftSentence {
  readonly text: string;
  readonly evidence: readonly Evidence[];
  readonly supported: boolean;
  readonly flags: readonly SentenceFlag[];
  /** A dictated «ny linje» or «nytt avsnitt» before this sentence (design §6.4, issue 13). */
  readonly breakBefore?: 'line' | 'paragraph';
}

/**
 * A section's text from its sentences: joined by spaces, or by a line break or an empty line
 * where the clinician dictated one.
 */
export function toSectionText(
  sentences: readonly { readonly text: string; readonly breakBefore?: 'line' | 'paragraph' }[],
): string {
  let text = '';
  sentences.forEach((sentence, index) => {
    if (index > 0) {
      text +=
        sentence.breakBefore === 'paragraph'
          ? '\n\n'
          : sentence.breakBefore === 'line'
            ? '\n'
            : ' ';
    }
    text += sentence.text;
  });
  return text;
}

export interface DraftSection {
  readonly key: string;
  readonly title: string;
  readonly text: string;
  readonly sentences: readonly DraftSentence[];
}

export interface DraftDiagnosis {
  readonly system: CodeSystem;
  readonly code: string;
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

export interface EngineInfo {
  readonly kind: 'builtin' | 'openai' | 'llama';
  readonly model: string;
}

/** Draft JSON (design §6.4, *Contract*). */
export interface Draft {
  readonly template: TemplateId;
  readonly engine: EngineInfo;
  readonly sections: readonly DraftSection[];
  readonly diagnoses: readonly DraftDiagnosis[];
  readonly warnings: readonly string[];
}

/** The clinician's text for one section. */
export interface NoteSection {
  readonly key: string;
  readonly title: string;
  readonly text: string;
}

/** A note the clinician edited (not yet approved). */
export interface Note {
  readonly template: TemplateId;
  readonly sections: readonly NoteSection[];
  readonly diagnoses: readonly {
    readonly system: CodeSystem;
    readonly code: string;
    readonly text: string;
  }[];
}

/** A note the clinician approved: the only thing that may leave Referent (P1). */
export interface ApprovedNote extends Note {
  readonly consultationId: string;
  readonly approvedAt: string;
  readonly approvedBy: {
    readonly userId: string;
    readonly username: string;
    readonly displayName: string;
    /** HPR number (Helsepersonellregisteret), when registered on the account. */
    readonly hpr?: string;
  };
  /** Which engine drafted the text, for the AI disclosure (P6). */
  readonly engine: EngineInfo;
  /** Patient identifiers as given at creation (for the record hand-over only). */
  readonly patient?: { readonly name?: string; readonly fnr?: string; readonly birthDate?: string };
}

/*
 * Schemas for stored content (issue 15). Drafts and notes are kept encrypted for up to a session's
 * retention time, which can span an upgrade, so they are parsed, never cast, when read back. The
 * objects are loose: a field a newer version added is kept, not silently dropped.
 */

const evidenceSchema = z.looseObject({
  segment: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const sentenceFlagSchema = z.looseObject({
  kind: z.enum(sentenceFlagKinds),
  severity: z.enum(flagSeverities),
  message: z.string(),
});

const engineInfoSchema = z.looseObject({
  kind: z.enum(['builtin', 'openai', 'llama']),
  model: z.string(),
});

const noteDiagnosisSchema = z.looseObject({
  system: z.enum(codeSystems),
  code: z.string(),
  text: z.string(),
});

const noteSectionSchema = z.looseObject({
  key: z.string(),
  title: z.string(),
  text: z.string(),
});

/** A `Draft` as stored and as answered by the API (design §6.4). */
export const draftSchema = z.looseObject({
  template: z.enum(templateIds),
  engine: engineInfoSchema,
  sections: z.array(
    noteSectionSchema.extend({
      sentences: z.array(
        z.looseObject({
          text: z.string(),
          evidence: z.array(evidenceSchema),
          supported: z.boolean(),
          flags: z.array(sentenceFlagSchema),
        }),
      ),
    }),
  ),
  diagnoses: z.array(noteDiagnosisSchema.extend({ evidence: z.array(evidenceSchema) })),
  warnings: z.array(z.string()),
}) satisfies z.ZodType<Draft>;

/** A `Note` (the clinician's edited text) as stored and as answered by the API. */
export const noteSchema = z.looseObject({
  template: z.enum(templateIds),
  sections: z.array(noteSectionSchema),
  diagnoses: z.array(noteDiagnosisSchema),
}) satisfies z.ZodType<Note>;

/** An `ApprovedNote` as stored and as answered by the API. */
export const approvedNoteSchema = noteSchema.extend({
  consultationId: z.string(),
  approvedAt: z.string(),
  approvedBy: z.looseObject({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    hpr: z.string().exactOptional(),
  }),
  engine: engineInfoSchema,
  patient: z
    .looseObject({
      name: z.string().exactOptional(),
      fnr: z.string().exactOptional(),
      birthDate: z.string().exactOptional(),
    })
    .exactOptional(),
}) satisfies z.ZodType<ApprovedNote>;
