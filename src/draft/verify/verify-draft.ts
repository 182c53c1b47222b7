import { tryGetCode } from '../../codes/index.js';
import { toSectionText } from '../../core/index.js';
import type {
  Draft,
  DraftDiagnosis,
  DraftSection,
  DraftSentence,
  EngineInfo,
  PseudonymizedTranscript,
  TemplateDefinition,
} from '../../core/index.js';
import type { DrafterOutput } from '../drafter.js';
import { checkSentence, supportThreshold } from './check-sentence.js';
import { getTranscriptIndex, type TranscriptIndex } from './transcript-index.js';

export { supportThreshold };

export interface VerifyDraftInput {
  readonly template: TemplateDefinition;
  readonly transcript: PseudonymizedTranscript;
  readonly output: DrafterOutput;
  readonly engine: EngineInfo;
  /** Keep empty sentences, flagged, so a verified note stays one for one (default: dropped). */
  readonly keepEmptySentences?: boolean;
  /** The transcript's index, when the caller verifies several outputs of one transcript. */
  readonly index?: TranscriptIndex;
}

function sectionText(sentences: readonly DraftSentence[]): string {
  return toSectionText(sentences);
}

/**
 * Verifies any engine's output against the transcript (design §6.4, P7) and returns the Draft,
 * still in pseudonym space:
 * - every sentence is linked to the transcript sentences that contain its content words and
 *   numbers (case, diacritics, inflection, lay/professional synonyms and number words are
 *   evened out); a sentence whose words are mostly absent is flagged as unsupported;
 * - numbers, drug names and negations are checked one by one and flagged with a Norwegian reason;
 * - sections follow the template (missing ones are added empty, unknown ones dropped), and
 *   diagnosis codes that do not exist in the official lists are dropped with a warning.
 */
export function verifyDraft(input: VerifyDraftInput): Draft {
  const { template, transcript, output, engine } = input;
  const index = input.index ?? getTranscriptIndex(transcript);
  const warnings: string[] = [...output.warnings];

  const templateKeys = new Set(template.sections.map((section) => section.key));
  for (const section of output.sections) {
    if (!templateKeys.has(section.key)) {
      warnings.push(
        `Motoren leverte en seksjon som ikke finnes i malen «${template.title}»; den er utelatt.`,
      );
    }
  }

  let unsupported = 0;
  const sections: DraftSection[] = template.sections.map((templateSection) => {
    const produced = output.sections.find((section) => section.key === templateSection.key);
    const sentences: DraftSentence[] = [];
    for (const sentence of produced?.sentences ?? []) {
      const text = sentence.text.replace(/\s+/g, ' ').trim();
      if (text.length === 0) {
        if (input.keepEmptySentences === true)
          sentences.push({
            text,
            evidence: [],
            supported: false,
            flags: [{ kind: 'unsupported', severity: 'warning', message: 'Setningen er tom.' }],
          });
        continue;
      }
      const check = checkSentence(text, index, { section: templateSection.key });
      if (!check.supported) unsupported += 1;
      sentences.push({
        text,
        evidence: check.evidence,
        supported: check.supported,
        flags: check.flags,
        ...(sentence.breakBefore === undefined ? {} : { breakBefore: sentence.breakBefore }),
      });
    }
    return {
      key: templateSection.key,
      title: templateSection.title,
      text: sectionText(sentences),
      sentences,
    };
  });
  if (unsupported > 0) {
    warnings.push(
      unsupported === 1
        ? '1 setning er merket fordi den ikke har sikker støtte i samtalen.'
        : `${unsupported} setninger er merket fordi de ikke har sikker støtte i samtalen.`,
    );
  }

  const diagnoses: DraftDiagnosis[] = [];
  const seenCodes = new Set<string>();
  for (const diagnosis of output.diagnoses) {
    const entry = tryGetCode(diagnosis.system, diagnosis.code);
    if (entry === undefined) {
      warnings.push(
        `Diagnosekoden ${diagnosis.code} finnes ikke i ${diagnosis.system} og er fjernet.`,
      );
      continue;
    }
    const key = `${entry.system}:${entry.code}`;
    if (seenCodes.has(key)) continue;
    seenCodes.add(key);
    const check = checkSentence(`${diagnosis.text ?? ''} ${entry.text}`.trim(), index);
    if (check.evidence.length === 0) {
      warnings.push(
        `Diagnosen ${diagnosis.code} har ikke tydelig støtte i samtalen. Kontroller den.`,
      );
    }
    diagnoses.push({
      system: entry.system,
      code: diagnosis.code.toUpperCase(),
      text: entry.text,
      evidence: check.evidence,
    });
  }

  return { template: template.id, engine, sections, diagnoses, warnings };
}
