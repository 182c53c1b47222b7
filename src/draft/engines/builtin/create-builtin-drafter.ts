import {
  InvalidInputError,
  type Evidence,
  type PseudonymizedTranscript,
  type TemplateDefinition,
} from '../../../core/index.js';
import type {
  Drafter,
  DrafterDiagnosis,
  DrafterOutput,
  DrafterSection,
  DrafterSentence,
  DraftOptions,
} from '../../drafter.js';
import {
  analyzeConversation,
  type ConversationAnalysis,
  type Statement,
  type StatementKind,
} from './analyze-conversation.js';
import { mergeSymptomStatements } from './merge-symptom-statements.js';
import { terseClinicianStatements } from './terse-clinician-statements.js';
import { condenseNormalFindings } from './condense-normal-findings.js';
import { dropRestatedSymptoms } from './drop-restated-symptoms.js';
import { dropRepeatedStatements } from './drop-repeated-statements.js';
import { contradictedAllergy } from './contradicted-allergy.js';
import { allergyReasonAsCave } from './safety-critical.js';
import { dropAnnouncedTests } from './drop-announced-tests.js';
import { trimReasonClauses } from './trim-reason-clauses.js';
import { pruneStoryClauses } from './prune-story-clauses.js';
import { splitAssessmentAndPlan } from './split-assessment-and-plan.js';
import { reasonFromComplaint } from './reason-from-complaint.js';
import { safetyNet } from './safety-net.js';
import { conciseStatements } from './concise-statements.js';
import { historyWithoutHad, reasonWithoutHad } from './reason-without-had.js';
import { reasonPhrase } from './reason-phrase.js';
import { complaintReason } from './complaint-reason.js';
import { explainedAssessment } from './explained-assessment.js';
import { relativeAsSubject } from './relative-subject.js';

/** Engine name and rule-set version reported in every draft (`engine.model`). */
export const builtinModelName = 'regelbasert-norsk-v1';

interface SectionRule {
  readonly kinds: readonly StatementKind[];
  readonly filter?: (statement: Statement) => boolean;
  readonly voice?: 'letter';
  readonly diagnoses?: true;
}

/*
 * A patient letter retells what the patient told in the note's subjectless statements ("Ikke
 * feber.", "Ikke gravid.") so that denied red flags, pregnancy and allergies said by the patient
 * are not lost; a statement naming the patient in the third person or the clinician in the first
 * would break the letter's "du", so it stays out.
 */
const notLetterVoice =
  /(?<![\p{L}])(?:pas\.|pasienten|komparent|hun|han|jeg|meg|min|mitt|mine|hennes|hans)(?![\p{L}])/iu;

const mentionsMedication = (statement: Statement): boolean =>
  statement.mentionsDrug || /medisin|legemid|tablett/iu.test(statement.text);

/*
 * "Komparent har hypotyreose selv, komparent går på Levaxin, 100 µg.", "Kona bruker Aricept.":
 * what a relative tells of their own health, or what is told of a relative, is family history,
 * never the patient's medication list (session 38j).
 */
const isAboutRelative = (statement: Statement): boolean =>
  (/^Komparent (?!opplyser)/u.test(statement.text) || relativeAsSubject.test(statement.text)) &&
  // "Komparent gir ham Marevan": the patient as object is the patient's medicine; "Mor har også
  // flimmer, og jeg bruker Marevan": the patient as subject of the drug verb (r38j).
  // (Only when the relative speaks: in "Kona har diabetes, legen ga henne …" she is the wife.)
  !(
    /^Komparent /u.test(statement.text) &&
    /(?<![\p{L}])(?:ham|henne|pasienten|pas\.|(?:gir|ga|gav|gjev|gjer|hjelper|minner) (?:han|ho))(?![\p{L}])/iu.test(
      statement.text,
    )
  ) &&
  // (The note drops the "jeg": "Mor har flimmer, og bruker Marevan som henne." — compared with
  // the relative, the one who uses the drug is someone else.)
  !/(?<![\p{L}])som (?:henne|ham|han|hun|ho|dem)(?![\p{L}])/iu.test(statement.text) &&
  !/(?<![\p{L}])(?:jeg|eg|pasienten|pas\.)(?: (?:selv|sjøl|også|og))* (?:bruker|brukar|tar|går på|står på|fikk|får|har fått|har brukt|har tatt)(?![\p{L}])/iu.test(
    statement.text,
  );

/** A statement for the patient's medication list: a drug or medicine named, not a relative's. */
const isPatientMedication = (statement: Statement): boolean =>
  mentionsMedication(statement) && !isAboutRelative(statement);

/*
 * Which statements fill which section, per template and section key (design §6.4 keys). A
 * clinic-edited template may rename titles and instructions; keys the builtin engine does not
 * know get no sentences and a warning.
 */
const sectionRules: Readonly<Record<string, Readonly<Record<string, SectionRule>>>> = {
  journalnotat: {
    kontaktarsak: { kinds: ['reason'] },
    anamnese: { kinds: ['history'] },
    funn: { kinds: ['finding'] },
    vurdering: { kinds: ['assessment'] },
    tiltak: { kinds: ['treatment', 'referral', 'followup', 'safety', 'urgency'] },
  },
  epikrise: {
    innleggelsesarsak: {
      kinds: ['reason'],
      filter: (statement) => statement.isAdmission || !statement.hasAdmissionInConversation,
    },
    forlop: { kinds: ['reason', 'history', 'assessment'] },
    funn: { kinds: ['finding'] },
    diagnoser: { kinds: [], diagnoses: true },
    medikamentendringer: { kinds: ['treatment'] },
    oppfolging: { kinds: ['referral', 'followup', 'safety', 'urgency'] },
  },
  henvisning: {
    problemstilling: { kinds: ['reason', 'assessment', 'referral'] },
    anamnese: { kinds: ['history'], filter: (statement) => !isPatientMedication(statement) },
    funn: { kinds: ['finding'] },
    // What the referring doctor started or stopped today is part of the medication list.
    medikamenter: { kinds: ['history', 'treatment'], filter: isPatientMedication },
    hastegrad: { kinds: ['urgency'] },
  },
  pasientbrev: {
    funn: { kinds: ['reason', 'history', 'assessment', 'finding'], voice: 'letter' },
    rad: { kinds: ['treatment', 'referral', 'followup'], voice: 'letter' },
    kontakt: { kinds: ['safety', 'urgency'], voice: 'letter' },
  },
};

function toSentence(text: string, evidence: readonly Evidence[]): DrafterSentence {
  return { text, evidence };
}

function buildSections(
  template: TemplateDefinition,
  analysis: ConversationAnalysis,
  warnings: string[],
): DrafterSection[] {
  const rules = sectionRules[template.id] ?? {};
  const used = new Set<Statement>();
  return template.sections.map((section): DrafterSection => {
    const rule = rules[section.key];
    if (rule === undefined) {
      warnings.push(
        `Den innebygde motoren kan ikke fylle seksjonen «${section.title}». Skriv den selv.`,
      );
      return { key: section.key, sentences: [] };
    }
    if (rule.diagnoses === true) {
      const system = template.codeSystem;
      return {
        key: section.key,
        sentences: analysis.diagnoses.map((diagnosis) => {
          const code = system === 'ICPC-2' ? diagnosis.icpc2 : diagnosis.icd10;
          const phrase = diagnosis.phrase.charAt(0).toUpperCase() + diagnosis.phrase.slice(1);
          return toSentence(`${phrase} (${code}).`, [diagnosis.evidence]);
        }),
      };
    }
    const sentences: DrafterSentence[] = [];
    let relativeNamed = false;
    for (const statement of analysis.statements) {
      if (!rule.kinds.includes(statement.kind) || used.has(statement)) continue;
      if (rule.filter !== undefined && !rule.filter(statement)) continue;
      let text: string | undefined = statement.text;
      if (rule.voice === 'letter') {
        if (statement.speaker === 'lege') text = statement.letterText;
        else if (
          (statement.kind !== 'history' && statement.kind !== 'reason') ||
          notLetterVoice.test(statement.text) ||
          // "Ektefelle har diabetes selv …": a relative's own illness is not what we found (s38j).
          isAboutRelative(statement)
        )
          continue;
      }
      if (text === undefined) continue;
      // The reason for contact is one short line; who told it is said in the history. A
      // statement whose subject is the relative ("Komparent målte 39,4") already says who: no
      // "Komparent opplyser: komparent målte …", and the next one told by them still names them.
      if (
        statement.byRelative === true &&
        rule.voice !== 'letter' &&
        !relativeNamed &&
        statement.kind !== 'reason' &&
        !/^Komparent (?!opplyser)\p{Ll}/u.test(text)
      ) {
        text = `Komparent opplyser: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
        relativeNamed = true;
      }
      used.add(statement);
      sentences.push(toSentence(text, statement.evidence));
    }
    return { key: section.key, sentences };
  });
}

/**
 * Kontaktårsak is one short line: a long first complaint that runs on as a story ("Spilte kamp i
 * går, og så gikk pas. opp på en heading …") keeps its first clause as the reason and gives the
 * rest to the history, both with the same evidence.
 */
function shortReason(analysis: ConversationAnalysis): ConversationAnalysis {
  const index = analysis.statements.findIndex((statement) => statement.kind === 'reason');
  const reason = analysis.statements[index];
  if (reason === undefined || reason.text.split(' ').length <= 10) return analysis;
  // Only where the story runs on ("…, og så gikk …", "…, men …"): "Er gravid i uke 20, og nå svir
  // det" is one complaint.
  const cut = /^(.{12,}?), (?:og så|men) (?:pas\. )?(.{12,})$/u.exec(reason.text);
  if (cut?.[1] === undefined || cut[2] === undefined) return analysis;
  // "og så slo pas. albuen" → "Slo albuen".
  const story = cut[2].replace(/^([\p{L}]+) pas\. /u, '$1 ');
  const rest = story.charAt(0).toUpperCase() + story.slice(1);
  const statements = [...analysis.statements];
  statements.splice(
    index,
    1,
    { ...reason, text: `${cut[1]}.` },
    { ...reason, kind: 'history', text: rest, isAdmission: false },
  );
  return { ...analysis, statements };
}

/**
 * Kontaktårsak as a noun phrase, the way a clinician heads a note: "Skulle komme til kontroll av
 * blodtrykket." → "Kontroll av blodtrykket."; "Var her for blodprøvene, og nå har svarene kommet."
 * → "Svar på blodprøver.". Only the framing goes; what the visit is about is kept as said.
 */
export function toNominalReason(text: string): string {
  const framed =
    /^(?:Kontroll: )?(?:(?:du |pas\. )?(?:skulle|skal|kom|kommer) (?:komme )?(?:hit )?(?:til|på|for) |(?:er|var) her (?:til|på|for) )(.{6,})$/iu.exec(
      text,
    );
  if (framed?.[1] !== undefined && /kontroll|oppfølging|gjennomgang|time/iu.test(framed[1]))
    return framed[1].charAt(0).toUpperCase() + framed[1].slice(1);
  // "Fastlegen sende meg." (a specialist visit) → "Henvist fra fastlege.".
  if (
    /^(?:Fastlegen|Legen min) (?:sende|sendte|har sendt|henviste|har henvist) pas\.(?: hit(?: til [\p{L} ]+)?\.)?$/u.test(
      text,
    )
  )
    return 'Henvist fra fastlege.';
  if (
    /blodprøve/iu.test(text) &&
    /svarene (?:har|er) kommet|har svarene kommet|prøvesvar|fått svar på/iu.test(text)
  )
    return 'Svar på blodprøver.';
  return text;
}

function nominalReason(analysis: ConversationAnalysis): ConversationAnalysis {
  const index = analysis.statements.findIndex((statement) => statement.kind === 'reason');
  const reason = analysis.statements[index];
  if (reason === undefined) return analysis;
  const text = toNominalReason(reason.text);
  if (text === reason.text) return analysis;
  const statements = [...analysis.statements];
  statements[index] = { ...reason, text };
  return { ...analysis, statements };
}

function reasonWithFollowUp(analysis: ConversationAnalysis): ConversationAnalysis {
  if (!analysis.isFollowUpVisit) return analysis;
  const index = analysis.statements.findIndex((statement) => statement.kind === 'reason');
  const reason = analysis.statements[index];
  if (reason === undefined || /kontroll/iu.test(reason.text)) return analysis;
  const statements = [...analysis.statements];
  statements[index] = {
    ...reason,
    text: `Kontroll: ${reason.text.charAt(0).toLowerCase()}${reason.text.slice(1)}`,
  };
  return { ...analysis, statements };
}

/** The rewrites from what was said to what the note says, in the order they run. */
const noteRewrites: readonly ((
  analysis: ConversationAnalysis,
  transcript: PseudonymizedTranscript,
) => ConversationAnalysis)[] = [
  reasonFromComplaint,
  shortReason,
  reasonWithFollowUp,
  nominalReason,
  splitAssessmentAndPlan,
  mergeSymptomStatements,
  terseClinicianStatements,
  condenseNormalFindings,
  dropRestatedSymptoms,
  dropRepeatedStatements,
  reasonWithoutHad,
  historyWithoutHad,
  reasonPhrase,
  complaintReason,
  contradictedAllergy,
  allergyReasonAsCave,
  dropAnnouncedTests,
  trimReasonClauses,
  pruneStoryClauses,
  ...conciseStatements,
];

/**
 * The embedded default engine: deterministic, offline and rule-based (see README.md). It only
 * extracts and rephrases what was said, so every sentence is traceable by construction; it
 * reports itself as `{ kind: 'builtin', model: 'regelbasert-norsk-v1' }`.
 */
export function createBuiltinDrafter(): Drafter {
  return {
    specificationVersion: 'v1',
    info: { kind: 'builtin', model: builtinModelName },
    draft(input, options: DraftOptions = {}): Promise<DrafterOutput> {
      try {
        options.signal?.throwIfAborted();
        const { template, transcript } = input;
        if (
          transcript.segments.length === 0 ||
          transcript.segments.every((segment) => segment.text.trim().length === 0)
        ) {
          throw new InvalidInputError('transcript is empty', {
            userMessage: 'Transkripsjonen er tom. Det finnes ingen samtale å lage utkast fra.',
          });
        }
        const warnings: string[] = [];
        const progress = options.onProgress;
        const analyzed = analyzeConversation(transcript, {
          // Only a patient letter reads the letter text; other notes skip rewriting it.
          letters: Object.values(sectionRules[template.id] ?? {}).some(
            (rule) => rule.voice === 'letter',
          ),
          referral: template.id === 'henvisning',
          ...(options.signal === undefined ? {} : { signal: options.signal }),
          ...(progress === undefined
            ? {}
            : {
                onProgress: (done: number, total: number) => {
                  progress({ done, total });
                },
              }),
        });
        // The safety net runs last, on the finished statements (see safety-net.ts).
        const analysis = safetyNet(
          explainedAssessment(
            noteRewrites.reduce((current, rewrite) => rewrite(current, transcript), analyzed),
            transcript,
          ),
          transcript,
        );
        if (analysis.wordCount >= 10 && analysis.norwegianWordShare < 0.1) {
          warnings.push(
            'Samtalen ser ikke ut til å være på norsk. Den innebygde motoren forstår bare norsk, så utkastet er ufullstendig.',
          );
        } else if (analysis.wordCount < 25) {
          warnings.push('Samtalen er svært kort. Utkastet er ufullstendig.');
        }
        if (analysis.speakersGuessed) {
          warnings.push(
            'Samtalen mangler opplysning om hvem som snakker. Den innebygde motoren har gjettet det ut fra ordene, så kontroller hvilke seksjoner setningene havnet i.',
          );
        }
        if (analysis.statements.length === 0) {
          warnings.push('Fant ikke klinisk innhold i samtalen. Utkastet er tomt.');
        }
        const sections = buildSections(template, analysis, warnings);
        if (
          template.id === 'henvisning' &&
          sections.find((section) => section.key === 'hastegrad')?.sentences.length === 0
        ) {
          warnings.push('Hastegrad ble ikke nevnt i samtalen. Fyll den inn selv.');
        }
        if (
          template.id === 'henvisning' &&
          !analysis.statements.some((statement) => statement.kind === 'referral')
        ) {
          warnings.push(
            'Henvisningen mangler spørsmålet til mottakeren: ingen problemstilling ble sagt i samtalen. Skriv den selv.',
          );
        }
        // An empty section stays empty, never filled with the wrong thing, and is flagged.
        for (const section of template.sections) {
          const drafted = sections.find((candidate) => candidate.key === section.key);
          if (
            drafted !== undefined &&
            drafted.sentences.length === 0 &&
            sectionRules[template.id]?.[section.key] !== undefined &&
            analysis.statements.length > 0 &&
            !(template.id === 'henvisning' && section.key === 'hastegrad')
          )
            warnings.push(
              `Seksjonen «${section.title}» er tom: samtalen sa ingenting som hører hjemme der. Fyll den inn selv eller la den stå tom.`,
            );
        }
        const diagnoses: DrafterDiagnosis[] = analysis.diagnoses.map((diagnosis) => ({
          system: template.codeSystem,
          code: template.codeSystem === 'ICPC-2' ? diagnosis.icpc2 : diagnosis.icd10,
          text: diagnosis.phrase,
          evidence: [diagnosis.evidence],
        }));
        return Promise.resolve({ sections, diagnoses, warnings });
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}
