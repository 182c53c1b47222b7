import {
  InvalidInputError,
  type PseudonymizedTranscript,
  type TemplateDefinition,
} from '../../core/index.js';
import { foldText } from '../../language/index.js';
import type { Drafter, DrafterOutput, DrafterSection, DrafterSentence } from '../drafter.js';
import {
  assessmentOpeningCue,
  findingCue,
  historyCue,
  loosen,
  planCue,
  referralCue,
  safetyCue,
  strongAssessmentCue,
  urgencyCue,
} from '../engines/builtin/classify.js';
import { isDrugName } from '../language/drug-names.js';
import { readDictation, type HeadingName } from './read-dictation.js';

/** Rule-set name reported in every dictated draft (`engine.model`). */
export const dictationModelName = 'diktat-norsk-v1';

/**
 * A transcript is a dictation when one clinician is the only speaker: pasted text without
 * «Lege:»/«Pasient:» prefixes, or audio recorded or uploaded as dictation (design §6.3).
 */
export function isDictation(transcript: {
  readonly segments: readonly { readonly speaker: string }[];
}): boolean {
  return (
    transcript.segments.length > 0 &&
    transcript.segments.every((segment) => segment.speaker === 'lege')
  );
}

/** Other names a clinician uses for a section in «overskrift …», by section key. */
const headingSynonyms: Readonly<Record<string, readonly string[]>> = {
  kontaktarsak: ['kontaktarsak', 'arsak', 'arsak til kontakt', 'henvendelsesarsak'],
  anamnese: ['anamnese', 'sykehistorie', 'historie', 'tidligere sykdommer'],
  funn: [
    'funn',
    'undersokelse',
    'klinisk undersokelse',
    'kliniske funn',
    'status presens',
    'status',
    'provesvar',
    'supplerende undersokelser',
  ],
  vurdering: ['vurdering', 'konklusjon'],
  tiltak: ['tiltak', 'plan', 'videre plan', 'behandling'],
  innleggelsesarsak: ['innleggelsesarsak', 'arsak til innleggelse', 'innleggelse'],
  forlop: ['forlop', 'forlopet', 'forlop under oppholdet', 'sykehusforlop'],
  diagnoser: ['diagnoser', 'diagnose'],
  medikamentendringer: [
    'medikamentendringer',
    'medikamenter',
    'medisiner',
    'legemidler',
    'endringer i medisiner',
    'legemiddelendringer',
  ],
  oppfolging: ['oppfolging', 'videre oppfolging', 'plan', 'videre plan'],
  problemstilling: ['problemstilling', 'arsak', 'sporsmal', 'sporsmalsstilling'],
  medikamenter: ['medikamenter', 'medisiner', 'faste medisiner', 'legemidler'],
  hastegrad: ['hastegrad', 'prioritet'],
  rad: ['rad', 'hva du bor gjore'],
  kontakt: ['kontakt', 'nar du bor ta kontakt'],
};

function headingNames(template: TemplateDefinition): HeadingName[] {
  return template.sections.map((section) => ({
    key: section.key,
    names: [
      ...new Set([
        foldText(section.title),
        foldText(section.key),
        ...(headingSynonyms[section.key] ?? []),
      ]),
    ],
  }));
}

type Kind = 'reason' | 'history' | 'finding' | 'assessment' | 'plan' | 'referral' | 'safety';

/** Which section a sentence of a given kind goes to when no heading says, per template. */
const sectionByKind: Readonly<Record<string, Readonly<Record<Kind, string>>>> = {
  journalnotat: {
    reason: 'kontaktarsak',
    history: 'anamnese',
    finding: 'funn',
    assessment: 'vurdering',
    plan: 'tiltak',
    referral: 'tiltak',
    safety: 'tiltak',
  },
  epikrise: {
    reason: 'innleggelsesarsak',
    history: 'forlop',
    finding: 'funn',
    assessment: 'forlop',
    plan: 'oppfolging',
    referral: 'oppfolging',
    safety: 'oppfolging',
  },
  henvisning: {
    reason: 'problemstilling',
    history: 'anamnese',
    finding: 'funn',
    assessment: 'problemstilling',
    plan: 'anamnese',
    referral: 'problemstilling',
    safety: 'problemstilling',
  },
  pasientbrev: {
    reason: 'funn',
    history: 'funn',
    finding: 'funn',
    assessment: 'funn',
    plan: 'rad',
    referral: 'rad',
    safety: 'kontakt',
  },
};

const mentionsDrug = (text: string): boolean =>
  /medisin|legemid|tablett/iu.test(text) ||
  (text.match(/[\p{L}-]+/gu) ?? []).some((word) => isDrugName(word));

/** What a dictated sentence is about, from the same cues the conversation engine uses. */
function kindOf(text: string, previous: Kind | undefined): Kind {
  const loose = loosen(text);
  if (referralCue.test(loose)) return 'referral';
  if (safetyCue.test(loose) || urgencyCue.test(loose)) return 'safety';
  if (strongAssessmentCue.test(loose) || assessmentOpeningCue.test(loose)) return 'assessment';
  if (findingCue.test(loose) && !planCue.test(loose)) return 'finding';
  if (planCue.test(loose)) return 'plan';
  if (historyCue.test(loose)) return 'history';
  // «Bruker Levaxin 100 mikrogram»: a drug without a plan word is what the patient uses.
  if (mentionsDrug(text)) return previous === 'plan' ? 'plan' : 'history';
  if (previous === undefined) return 'reason';
  return previous === 'reason' ? 'history' : previous;
}

function sectionFor(template: TemplateDefinition, kind: Kind, text: string): string | undefined {
  const keys = new Set(template.sections.map((section) => section.key));
  let key = sectionByKind[template.id]?.[kind];
  // In a referral and a discharge summary, drugs have their own section.
  if (template.id === 'henvisning' && kind === 'history' && mentionsDrug(text))
    key = 'medikamenter';
  if (template.id === 'epikrise' && kind === 'plan' && mentionsDrug(text))
    key = 'medikamentendringer';
  if (key !== undefined && keys.has(key)) return key;
  return template.sections[0]?.key;
}

/**
 * Dictation mode (issue 13): the clinician's own words, placed in the chosen template. Spoken
 * commands are carried out (`readDictation`); a heading puts what follows in its section, and
 * text without a heading goes to the section its content belongs in (findings to «Funn», the
 * question to the receiver to «Problemstilling» …). Every dictated sentence is kept, in order,
 * word for word: nothing is summarised or reworded, whichever engine drafts conversations.
 */
export function createDictationDrafter(): Drafter {
  return {
    specificationVersion: 'v1',
    info: { kind: 'builtin', model: dictationModelName },
    draft(input: {
      readonly template: TemplateDefinition;
      readonly transcript: PseudonymizedTranscript;
    }): Promise<DrafterOutput> {
      const { template, transcript } = input;
      const dictation = readDictation(transcript.segments, headingNames(template));
      const sentences = new Map<string, DrafterSentence[]>(
        template.sections.map((section) => [section.key, []]),
      );
      const warnings: string[] = [];
      let sorted = 0;
      for (const part of dictation.parts) {
        if (part.unknownHeading !== undefined && part.sentences.length > 0) {
          warnings.push(
            `Overskriften «${part.unknownHeading}» finnes ikke i malen «${template.title}». Teksten under den er fordelt etter innhold; kontroller hvor den havnet.`,
          );
        }
        let previous: Kind | undefined;
        for (const sentence of part.sentences) {
          let key = part.sectionKey;
          if (key === undefined) {
            previous = kindOf(sentence.text, previous);
            key = sectionFor(template, previous, sentence.text);
            sorted += 1;
          }
          if (key === undefined) continue;
          const list = sentences.get(key);
          const previousInSection = list?.[list.length - 1];
          list?.push({
            text: sentence.text,
            evidence: sentence.evidence,
            // A break only between sentences that stayed together in the same section.
            ...(sentence.breakBefore === undefined || previousInSection === undefined
              ? {}
              : { breakBefore: sentence.breakBefore }),
          });
        }
      }
      const total = [...sentences.values()].reduce((sum, list) => sum + list.length, 0);
      if (total === 0) {
        throw new InvalidInputError('the dictation is empty', {
          userMessage: 'Diktatet er tomt. Det finnes ingen tekst å lage utkast fra.',
        });
      }
      if (sorted > 0) {
        warnings.push(
          sorted === total
            ? 'Diktatet hadde ingen overskrifter. Setningene er fordelt på seksjonene etter innhold, ordrett; kontroller at de havnet riktig.'
            : 'Tekst før første overskrift er fordelt på seksjonene etter innhold; kontroller at den havnet riktig.',
        );
      }
      const sections: DrafterSection[] = template.sections.map((section) => ({
        key: section.key,
        sentences: sentences.get(section.key) ?? [],
      }));
      return Promise.resolve({ sections, diagnoses: [], warnings });
    },
  };
}
