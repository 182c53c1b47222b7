import type {
  ApprovedNote,
  Draft,
  EngineInfo,
  KnownPatient,
  PseudonymizedText,
  PseudonymizedTranscript,
  RawText,
  Segment,
  TemplateDefinition,
  TemplateId,
  Transcript,
} from '../core/index.js';
import type { Drafter, DrafterOutput } from '../draft/index.js';

/**
 * What the use cases need from the pseudonymizer (src/pseudonymize), drafting (src/draft), export
 * (src/export) and speech (src/audio, src/transcribe). The composition root adapts each module to
 * these small interfaces, so use cases stay testable with fakes and never import adapters.
 */
export interface Pseudonymizer {
  /**
   * Loads what the first pseudonymization would otherwise load on a clinician's request (the word
   * lists and the recognizers' first run: about 1 s of CPU on a quiet machine, 4 s on a busy one,
   * during which the event loop serves nobody); the server calls it at start, before it takes
   * requests (issue 14).
   */
  readonly preload?: () => void;
  /**
   * Pseudonymizes every segment with one vault (consistent surrogates across segments). `vault` is
   * the serialized vault of earlier calls for this consultation, if any.
   */
  pseudonymizeSegments(input: SegmentsInput): PseudonymizedSegmentsOutput;
  /**
   * As `pseudonymizeSegments`, off the event loop (issue 14; the compute pool's worker threads,
   * wired in the composition root): the same result. Rejects with an `EngineError` whose Norwegian
   * message says the transcript is kept when the worker fails or times out. When absent, drafting
   * pseudonymizes on this thread.
   */
  readonly pseudonymizeSegmentsOffThread?: (
    input: SegmentsInput,
    options: { readonly signal?: AbortSignal },
  ) => Promise<PseudonymizedSegmentsOutput>;
  /**
   * As `openVault(vault).reidentify` for every text, off the event loop (issue 14; the compute
   * pool): the same results, in order. Rejects as `pseudonymizeSegmentsOffThread` does. When
   * absent, drafting re-identifies on this thread.
   */
  readonly reidentifyOffThread?: (
    input: { readonly texts: readonly string[]; readonly vault: string },
    options: { readonly signal?: AbortSignal },
  ) => Promise<readonly { readonly text: RawText; readonly warnings: readonly string[] }[]>;
  /** Puts real values back. Warnings (Norwegian, no identifiers) name invented pseudonym-like values. */
  reidentify(
    text: string,
    vault: string,
  ): { readonly text: RawText; readonly warnings: readonly string[] };
  /**
   * Opens a serialized vault once for many re-identifications (every sentence of a draft), instead
   * of parsing it again for each text.
   */
  openVault(vault: string): OpenedVault;
}

/** What `Pseudonymizer.pseudonymizeSegments` takes: one consultation's segments. */
export interface SegmentsInput {
  readonly segments: readonly Segment[];
  readonly known?: KnownPatient;
  /** The serialized vault of earlier calls for this consultation, if any. */
  readonly vault?: string;
}

/** What `Pseudonymizer.pseudonymizeSegments` returns: texts in input order and the vault. */
export interface PseudonymizedSegmentsOutput {
  readonly segments: readonly {
    readonly text: PseudonymizedText;
    /** Replaced spans in the raw text and the length of what replaced them, in order. */
    readonly replacements: readonly {
      readonly start: number;
      readonly end: number;
      readonly length: number;
    }[];
  }[];
  /** Serialized; the use case encrypts and stores it. */
  readonly vault: string;
}

/** A vault opened for re-identification; see `Pseudonymizer.openVault`. */
export interface OpenedVault {
  /** As `Pseudonymizer.reidentify`, against the opened vault. */
  reidentify(text: string): { readonly text: RawText; readonly warnings: readonly string[] };
}

export interface Drafting {
  getTemplate(id: TemplateId): TemplateDefinition;
  /** The engine in use; `undefined` when AI drafting is not configured. */
  readonly drafter: Drafter;
  verify(input: {
    readonly template: TemplateDefinition;
    readonly transcript: PseudonymizedTranscript;
    readonly output: DrafterOutput;
    readonly engine: EngineInfo;
    /** Keep empty sentences (a note verified one for one); default drops them. */
    readonly keepEmptySentences?: boolean;
  }): Draft;
  /**
   * As `verify`, off the event loop (issue 14; the compute pool, wired in the composition root):
   * the same Draft. Used for every engine but the builtin one (which `draftBuiltin` verifies on
   * the worker itself); when absent, `verify` runs on this thread.
   */
  readonly verifyOffThread?: (
    input: Parameters<Drafting['verify']>[0],
    options: { readonly signal?: AbortSignal },
  ) => Promise<Draft>;
  /**
   * Drafts with the builtin engine and verifies the result off the event loop (issue 14; a compute
   * pool of worker threads, wired in the composition root): the same Draft as `drafter.draft`
   * followed by `verify` on this thread. Used only while the builtin engine is the drafter; when
   * absent, both run on this thread.
   */
  readonly draftBuiltin?: (
    input: {
      readonly template: TemplateDefinition;
      readonly transcript: PseudonymizedTranscript;
      readonly engine: EngineInfo;
    },
    options: { readonly signal?: AbortSignal },
  ) => Promise<Draft>;
  /**
   * The builtin engine's whole pipeline as one job off the event loop (issue 14; the compute pool):
   * pseudonymize the raw segments, draft, verify, and re-identify the draft's texts (sections'
   * sentences, or a section's text when it has none, then the diagnoses, in order), with the same
   * results as `Pseudonymizer.pseudonymizeSegments`, `draftBuiltin` and `Pseudonymizer.reidentify`
   * one after another. One message each way instead of three, and one place in the pool's queue.
   * Used only while the builtin engine is the drafter; when absent, the steps run one by one.
   */
  readonly draftBuiltinPipeline?: (
    input: {
      readonly segments: readonly Segment[];
      readonly known?: KnownPatient;
      readonly vault?: string;
      readonly template: TemplateDefinition;
      readonly engine: EngineInfo;
    },
    options: { readonly signal?: AbortSignal },
  ) => Promise<{
    readonly pseudonymized: PseudonymizedSegmentsOutput;
    readonly draft: Draft;
    readonly reidentified: readonly {
      readonly text: RawText;
      readonly warnings: readonly string[];
    }[];
  }>;
}

export interface TextExport {
  readonly sections: readonly {
    readonly key: string;
    readonly title: string;
    readonly text: string;
  }[];
  readonly fullText: string;
  readonly disclosure: string;
}

export interface Exporting {
  /**
   * Loads what the first validation would otherwise load on a clinician's request (the FHIR R4
   * definitions, about 0.6 s of CPU); the server calls it at start, before it takes requests.
   */
  readonly preload?: () => void;
  toText(note: ApprovedNote): TextExport;
  toFhir(note: ApprovedNote): unknown;
  /** Problems are English (for logs); `userMessage` tells the clinician what to fix, in Norwegian. */
  validateFhir(
    bundle: unknown,
  ):
    | { readonly ok: true }
    | { readonly ok: false; readonly problems: readonly string[]; readonly userMessage?: string };
  /** Absent when no FHIR receiver is configured. */
  readonly send?: (
    bundle: unknown,
    options: { idempotencyKey: string; signal?: AbortSignal },
  ) => Promise<{ status: number; location?: string }>;
}

export interface Speech {
  /** Parses an uploaded transcript: JSON (design §6.3), `Lege:` text, WebVTT or SRT. */
  parseTranscript(body: string | Uint8Array, contentType: string | undefined): Transcript;
  /** Decodes a WAV upload and transcribes it; absent when no speech-to-text engine is configured. */
  readonly transcribeWav?:
    ((wav: Uint8Array, options: { signal?: AbortSignal }) => Promise<Transcript>) | undefined;
  /**
   * Decodes and transcribes a WAV upload as it arrives (issue 14): takes the next chunk of `wav`
   * only while the engine keeps up, and never holds the whole recording, so a long upload costs
   * a few megabytes whatever its length. Same transcript, and same refusals, as `transcribeWav`
   * of the whole file. Absent (an engine that takes whole files only): uploads use
   * `transcribeWav`.
   */
  readonly transcribeWavStream?:
    | ((wav: AsyncIterable<Uint8Array>, options: { signal?: AbortSignal }) => Promise<Transcript>)
    | undefined;
}
