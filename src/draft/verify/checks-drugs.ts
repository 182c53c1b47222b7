import type { SentenceFlag } from '../../core/index.js';
import type { WordToken } from '../language/fold.js';
import { findSwappedBrand } from './swapped-brand.js';
import type { Claims } from './read-claims.js';
import { type TranscriptIndex, hypotheticalCue } from './transcript-index.js';
import { findFlippedTolerance } from './drug-tolerance.js';
import {
  findContradictedDoseDirection,
  findContradictedDrugAction,
  findRejectedDrugStarted,
  findStoppedDrugStarted,
} from './drug-action.js';

import { findDeniedMedicationOrAllergy } from './denied-medication.js';
import { drugStateFlag, findContradictedDrugState } from './drug-state.js';
import { findFlippedPlanAction } from './plan-flip.js';
import { findClaimedAllergy, isAllergyWord } from './claimed-allergy.js';
import { type SentenceCheckDefinition, flag, perSentence } from './sentence-context.js';
import { personFlag } from './checks-people.js';

/** A sentence that stops, avoids or refuses a drug, or names an allergy to it. */
const refusalCue =
  /(?<![\p{L}])(?:fraråd\p{L}*|seponer\p{L}*|stopp\p{L}*|slutt\p{L}*|avslutt\p{L}*|unngå\p{L}*|kontraindiser\p{L}*|allergi\p{L}*|overfølsom\p{L}*|tåler|tåle|reaksjon\p{L}*|ikke|ikkje|ingen|uten)(?![\p{L}])/iu;

/**
 * True when a word of a mention carries a per-token flag of the unit that says it: denied
 * (`claims.negated`) or said about somebody other than the patient (`claims.aboutOther`).
 */
function isMentionFlagged(
  mention: { readonly start: number; readonly end: number },
  tokens: readonly WordToken[],
  flags: readonly boolean[],
): boolean {
  return tokens.some(
    (token, tokenIndex) =>
      token.start >= mention.start && token.end <= mention.end && flags[tokenIndex] === true,
  );
}

/**
 * The name of a drug the sentence gives as used or given although every mention of it in the
 * conversation denies or refuses it; undefined otherwise (also when the sentence itself refuses,
 * stops or avoids a drug, or asks nothing).
 */
function findRefusedDrug(
  text: string,
  tokens: readonly WordToken[],
  claims: Claims,
  index: TranscriptIndex,
): string | undefined {
  if (
    claims.drugMentions.length === 0 ||
    refusalCue.test(text) ||
    hypotheticalCue.test(text.replace(/ved behov/giu, ''))
  )
    return undefined;
  for (const mention of claims.drugMentions) {
    if (isMentionFlagged(mention, tokens, claims.negated)) continue;
    const units = index.unitsWithSubstance(mention.substance);
    if (units.length === 0) continue;
    const allRefused = units.every((unitIndex) => {
      const unit = index.units[unitIndex];
      if (unit === undefined || unit.isQuestion) return false;
      return unit.claims.drugMentions
        .filter((said) => said.substance === mention.substance)
        .every((said) => isMentionFlagged(said, unit.tokens, unit.claims.negated));
    });
    if (allRefused) return text.slice(mention.start, mention.end);
  }
  return undefined;
}

/**
 * A drug the sentence gives as the patient's although every mention of it in the conversation is
 * about somebody else (a relative's own medicine); undefined otherwise.
 */
/** A relative's possessive right before a drug name ("konas", "morens", "datterens"). */
const relativePossessive =
  /(?<![\p{L}])(?:konas|kones|konens|mannens|ektemannens|ektefellens|samboerens|mors|morens|fars|farens|datterens|sønnens|brorens|søsterens|søsters|brors|naboens|kjærestens)\s+(?:\p{L}+\s+)?$/iu;

export function findOtherPersonsDrug(
  text: string,
  tokens: readonly WordToken[],
  claims: Claims,
  index: TranscriptIndex,
): { readonly start: number; readonly end: number } | undefined {
  if (claims.namesOtherPerson) return undefined;
  return claims.drugMentions.find((mention) => {
    if (isMentionFlagged(mention, tokens, claims.aboutOther)) return false;
    // "Har tatt noen av konas Nexium-tabletter": the note itself says whose drug it is.
    if (relativePossessive.test(text.slice(0, mention.start))) return false;
    const units = index.unitsWithSubstance(mention.substance);
    return (
      units.length > 0 &&
      units.every((unitIndex) => {
        const unit = index.units[unitIndex];
        return (
          unit !== undefined &&
          unit.claims.drugMentions
            .filter((said) => said.substance === mention.substance)
            .every((said) => isMentionFlagged(said, unit.tokens, unit.claims.aboutOther))
        );
      })
    );
  });
}

/** A treatment continued where it was to be stopped, or the reverse. */
export const flippedPlanActionCheck: SentenceCheckDefinition = {
  name: 'flippedPlanAction',
  check(sentence) {
    const { tokens, claims, index, options, flags } = sentence;
    const found: SentenceFlag[] = [];
    // "Fortsetter p-piller" where "du må slutte med p-pillene" was said (issue 11).
    if (!flags.some((candidate) => candidate.kind === 'negation-conflict')) {
      const planAction = findFlippedPlanAction({
        tokens,
        claims,
        index,
        section: options.section,
      });
      if (planAction !== undefined)
        found.push(
          flag(
            'negation-conflict',
            'error',
            planAction === 'continue'
              ? 'Setningen sier at behandlingen fortsetter, men i samtalen ble det sagt at den skal stoppes.'
              : 'Setningen sier at behandlingen stoppes, men i samtalen ble det sagt at den skal fortsette.',
          ),
        );
    }

    return found;
  },
};

/** A drug never named in the conversation. */
export const unsaidDrugCheck: SentenceCheckDefinition = {
  name: 'unsaidDrug',
  check(sentence) {
    const { text, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    // Drugs.
    for (const substance of claims.substances) {
      if (!index.substances.has(substance)) {
        const mention = claims.drugMentions.find((candidate) => candidate.substance === substance);
        const name = mention === undefined ? substance : text.slice(mention.start, mention.end);
        found.push(
          flag('drug-not-in-transcript', 'error', `Legemidlet ${name} er ikke nevnt i samtalen.`),
        );
      }
    }

    return found;
  },
};

/** A drug only refused or advised against, written as used. */
export const refusedDrugCheck: SentenceCheckDefinition = {
  name: 'refusedDrug',
  check(sentence) {
    const found: SentenceFlag[] = [];
    // A drug the conversation only ever refused or advised against ("eg tek ikkje Ibux", "ikkje ta
    // Ibux"), written as used or given.
    const refused = refusedDrugOf(sentence);
    if (refused !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier at ${refused} brukes eller gis, men i samtalen ble det avkreftet.`,
        ),
      );

    return found;
  },
};

/** A drug stopped, kept or its dose moved against what was said. */
export const drugActionCheck: SentenceCheckDefinition = {
  name: 'drugAction',
  check(sentence) {
    const { text, tokens, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    const refused = refusedDrugOf(sentence);
    // A drug the note stops or keeps although the conversation did the opposite with it ("Enalapril
    // fortsetter" where the clinician said "vi slutter med Enalapril").
    if (refused === undefined) {
      const action = findContradictedDrugAction({ tokens, mentions: claims.drugMentions, index });
      if (action !== undefined)
        found.push(
          flag(
            'negation-conflict',
            'error',
            `Setningen sier at ${text.slice(action.mention.start, action.mention.end)} ${
              action.said === 'stop' ? 'fortsetter' : 'stoppes'
            }, men i samtalen ble det sagt at det skal ${
              action.said === 'stop' ? 'stoppes' : action.said === 'start' ? 'startes' : 'fortsette'
            }.`,
          ),
        );
    }

    // A dose moved one way although the conversation moved it the other way or kept it ("Øker
    // Metformin" where "vi aukar ikkje medisinane no" was said; issue 11).
    const moved =
      refused === undefined
        ? findContradictedDoseDirection({ tokens, mentions: claims.drugMentions, index })
        : undefined;
    if (moved !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier at dosen av ${text.slice(moved.mention.start, moved.mention.end)} ${
            moved.direction === 'increase' ? 'økes' : 'reduseres'
          }, men det ble ikke sagt i samtalen.`,
        ),
      );

    return found;
  },
};

/** A brand never named, for a substance said by another brand. */
export const swappedBrandCheck: SentenceCheckDefinition = {
  name: 'swappedBrand',
  check(sentence) {
    const { text, tokens, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    const refused = refusedDrugOf(sentence);
    // A brand the conversation never named, for a substance said only by another brand (issue 11).
    const swapped =
      refused === undefined
        ? findSwappedBrand({ tokens, mentions: claims.drugMentions, index })
        : undefined;
    if (swapped !== undefined)
      found.push(
        flag(
          'unsupported',
          'warning',
          `Preparatet ${text.slice(swapped.start, swapped.end)} er ikke nevnt i samtalen, bare et annet preparat med samme virkestoff. Kontroller preparatet.`,
        ),
      );

    return found;
  },
};

/** A drug only weighed and turned down, written as started. */
export const rejectedDrugStartedCheck: SentenceCheckDefinition = {
  name: 'rejectedDrugStarted',
  check(sentence) {
    const { text, tokens, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    const refused = refusedDrugOf(sentence);
    // A drug the conversation only weighed and turned down, written as started (issue 11).
    const rejected =
      refused === undefined
        ? findRejectedDrugStarted({
            tokens,
            mentions: claims.drugMentions,
            index,
          })
        : undefined;
    if (rejected !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier at ${text.slice(rejected.start, rejected.end)} startes, men i samtalen ble det bare vurdert og valgt bort.`,
        ),
      );

    // A drug the conversation only stopped, written as started ("Oppstart Celebra" where "Celebra
    // har vi seponert").
    const restarted =
      refused === undefined && rejected === undefined
        ? findStoppedDrugStarted({ tokens, mentions: claims.drugMentions, index })
        : undefined;
    if (restarted !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier at ${text.slice(restarted.start, restarted.end)} startes, men i samtalen ble det sagt at det er seponert.`,
        ),
      );

    return found;
  },
};

/** An allergy only a relative had, or one denied. */
export const claimedAllergyCheck: SentenceCheckDefinition = {
  name: 'claimedAllergy',
  cue: isAllergyWord,
  check(sentence) {
    const { tokens, claims, index, flags } = sentence;
    const found: SentenceFlag[] = [];
    // An allergy given to the patient that the conversation only gave a relative or denied.
    const allergy = flags.some((candidate) => candidate.severity === 'error')
      ? undefined
      : findClaimedAllergy({ tokens, claims, index });
    if (allergy !== undefined)
      found.push(
        allergy.said === 'other'
          ? personFlag(tokens, allergy.token)
          : flag(
              'negation-conflict',
              'error',
              `Setningen sier «${tokens[allergy.token]?.text ?? ''}», men i samtalen ble allergi avkreftet.`,
            ),
      );

    return found;
  },
};

/** A drug tolerated where it was not, or the reverse. */
export const flippedToleranceCheck: SentenceCheckDefinition = {
  name: 'flippedTolerance',
  check(sentence) {
    const { tokens, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    // "Tåler penicillin" where the conversation said "eg tåler ikkje penicillin", or the reverse.
    const flippedTolerance = findFlippedTolerance({ tokens, negated: claims.negated, index });
    if (flippedTolerance !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          flippedTolerance.said === 'tolerated'
            ? 'Setningen sier at pasienten ikke tåler legemiddelet, men i samtalen ble det sagt at det tåles.'
            : 'Setningen sier at pasienten tåler legemiddelet, men i samtalen ble det sagt at det ikke tåles.',
        ),
      );

    return found;
  },
};

/** No drugs or allergies where one was named. */
export const deniedMedicationCheck: SentenceCheckDefinition = {
  name: 'deniedMedication',
  check(sentence) {
    const found: SentenceFlag[] = [];
    // "Ingen faste medisiner", "Ingen kjente allergier" where the patient named a drug in use or an
    // allergy.
    const deniedMedication = deniedMedicationOf(sentence);
    if (deniedMedication !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          deniedMedication.said === 'allergy'
            ? 'Setningen avkrefter allergi, men i samtalen ble en allergi eller overfølsomhet nevnt.'
            : deniedMedication.said === 'anticoagulant'
              ? 'Setningen sier at pasienten ikke bruker blodfortynnende, men i samtalen ble et blodfortynnende legemiddel i bruk nevnt.'
              : 'Setningen sier at pasienten ikke bruker legemidler, men i samtalen ble et legemiddel i bruk nevnt.',
        ),
      );

    return found;
  },
};

/** A drug used or stopped where the opposite was said. */
export const drugStateCheck: SentenceCheckDefinition = {
  name: 'drugState',
  check(sentence) {
    const { text, tokens, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    const deniedMedication = deniedMedicationOf(sentence);
    const refused = refusedDrugOf(sentence);
    // A drug tolerated or not, used or stopped, where the conversation said the opposite of it.
    const drugState =
      deniedMedication === undefined && refused === undefined
        ? findContradictedDrugState({ tokens, claims, index })
        : undefined;
    if (drugState !== undefined) found.push(drugStateFlag(drugState, text));

    return found;
  },
};

/** The drug the sentence gives as used that the conversation only refused (asked by several checks). */
export const refusedDrugOf = perSentence(({ text, tokens, claims, index }) =>
  findRefusedDrug(text, tokens, claims, index),
);

/** The sentence's denial of drugs or allergies that the conversation contradicted. */
export const deniedMedicationOf = perSentence(({ tokens, claims, index }) =>
  findDeniedMedicationOrAllergy({ tokens, claims, index }),
);
