import { decodeWav } from '../audio/index.js';
import {
  asRawText,
  unsafeAsPseudonymized,
  type Draft,
  type TemplateDefinition,
  type TemplateId,
  type Transcript,
} from '../core/index.js';
import type {
  Drafting,
  Exporting,
  LiveSession,
  Pseudonymizer,
  Speech,
} from '../consultations/index.js';
import type { Drafter } from '../draft/index.js';

/**
 * Small fakes of the capability interfaces for backbone tests (conventions §20). They behave like
 * the real modules in the ways the backbone relies on, and nothing more.
 */
export function createFakePseudonymizer(realName: string, surrogate: string): Pseudonymizer {
  return {
    pseudonymizeSegments({ segments, vault }) {
      return {
        segments: segments.map((segment) => {
          const replacements: { start: number; end: number; length: number }[] = [];
          let index = segment.text.indexOf(realName);
          while (index >= 0) {
            replacements.push({
              start: index,
              end: index + realName.length,
              length: surrogate.length,
            });
            index = segment.text.indexOf(realName, index + realName.length);
          }
          return {
            text: unsafeAsPseudonymized(segment.text.split(realName).join(surrogate)),
            replacements,
          };
        }),
        vault: vault ?? JSON.stringify({ [surrogate]: realName }),
      };
    },
    reidentify(text, vault) {
      return reidentifyWith(JSON.parse(vault) as Record<string, string>, text);
    },
    openVault(vault) {
      const mapping = JSON.parse(vault) as Record<string, string>;
      return { reidentify: (text) => reidentifyWith(mapping, text) };
    },
  };
}

function reidentifyWith(mapping: Record<string, string>, text: string) {
  let result = text;
  for (const [fake, real] of Object.entries(mapping)) result = result.split(fake).join(real);
  return { text: asRawText(result), warnings: [] };
}

const fakeTemplate = (id: TemplateId): TemplateDefinition => ({
  id,
  title: id,
  codeSystem: id === 'epikrise' ? 'ICD-10' : 'ICPC-2',
  sections: [
    { key: 'kontaktarsak', title: 'Kontaktårsak', instruction: '' },
    { key: 'anamnese', title: 'Anamnese', instruction: '' },
  ],
});

/** A drafter that quotes the first segment into `anamnese`; records what it was given. */
export function createFakeDrafting(seen: string[] = []): Drafting {
  const drafter: Drafter = {
    specificationVersion: 'v1',
    info: { kind: 'builtin', model: 'fake' },
    draft({ template, transcript }) {
      for (const segment of transcript.segments) seen.push(segment.text);
      const first = transcript.segments[0]?.text ?? '';
      return Promise.resolve({
        sections: template.sections.map((section) => ({
          key: section.key,
          sentences:
            section.key === 'anamnese'
              ? [{ text: first, evidence: [{ segment: 0, start: 0, end: first.length }] }]
              : [],
        })),
        diagnoses: [],
        warnings: [],
      });
    },
  };
  return {
    getTemplate: fakeTemplate,
    drafter,
    verify({ template, output, engine }): Draft {
      return {
        template: template.id,
        engine,
        sections: template.sections.map((section) => {
          const sentences = (
            output.sections.find((candidate) => candidate.key === section.key)?.sentences ?? []
          ).map((sentence) => ({
            text: sentence.text,
            evidence: sentence.evidence ?? [],
            supported: true,
            flags: [],
          }));
          return {
            key: section.key,
            title: section.title,
            text: sentences.map((sentence) => sentence.text).join(' '),
            sentences,
          };
        }),
        diagnoses: [],
        warnings: [],
      };
    },
  };
}

export function createFakeExporting(): Exporting {
  return {
    toText(note) {
      const sections = note.sections.map((section) => ({
        key: section.key,
        title: section.title,
        text: section.text,
      }));
      const disclosure = `Utkast laget med KI-støtte (Referent), kontrollert og godkjent av ${note.approvedBy.displayName}.`;
      return {
        sections,
        fullText: [
          ...sections.map((section) => `${section.title}: ${section.text}`),
          disclosure,
        ].join('\n'),
        disclosure,
      };
    },
    toFhir(note) {
      return {
        resourceType: 'Bundle',
        type: 'document',
        entry: [{ resource: { resourceType: 'Composition', title: note.template } }],
      };
    },
    validateFhir: () => ({ ok: true }),
  };
}

/**
 * A real WAV decoder in front of an engine that always hears `heard`: an upload that is not a
 * WAV file is refused as the real engine would refuse it. Transcript uploads are not parsed.
 */
export function createHearingSpeech(heard: Transcript): Speech {
  return {
    parseTranscript() {
      throw new Error('not used');
    },
    transcribeWav: (wav) => {
      decodeWav(wav);
      return Promise.resolve(heard);
    },
  };
}

/** A live session that takes every frame and, once stopped, returns `heard`. */
export function createScriptedLiveSession(heard: Transcript): LiveSession {
  return {
    attach: () => () => undefined,
    pushPcm16: () => true,
    pause: () => undefined,
    resume: () => undefined,
    stop: () => Promise.resolve(heard),
    erase: () => undefined,
  };
}
