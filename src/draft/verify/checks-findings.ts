import type { SentenceFlag } from '../../core/index.js';
import { findContradictedState } from './contradicted-state.js';
import { findContradictedRadiation, isRadiationWord } from './radiation.js';
import { findFlippedTenderness } from './untender.js';
import { findUnassertedDiagnosis, unassertedDiagnosisFlag } from './unasserted-diagnosis.js';
import {
  type SentenceCheckDefinition,
  assessmentSections,
  flag,
  isMedicalLooking,
} from './sentence-context.js';
import { isHypotheticalSentence } from './sentence-cues.js';

/** Tender where the conversation said not tender, or the reverse. */
export const flippedTendernessCheck: SentenceCheckDefinition = {
  name: 'flippedTenderness',
  check(sentence) {
    const { tokens, claims, index, flags } = sentence;
    const found: SentenceFlag[] = [];
    // "Bløt og uøm abdomen" where the belly was said to be tender, or the other way (issue 11).
    if (!flags.some((candidate) => candidate.kind === 'negation-conflict')) {
      const tenderness = findFlippedTenderness({ tokens, claims, index });
      if (tenderness !== undefined)
        found.push(
          flag(
            'negation-conflict',
            'error',
            tenderness === 'tender'
              ? 'Setningen sier øm, men i samtalen ble det sagt uøm.'
              : 'Setningen sier uøm, men i samtalen ble det sagt øm.',
          ),
        );
    }

    return found;
  },
};

/** Abnormal where normal was said, or the reverse. */
export const contradictedStateCheck: SentenceCheckDefinition = {
  name: 'contradictedState',
  check(sentence) {
    const { tokens, index, linked, near } = sentence;
    const found: SentenceFlag[] = [];
    // A test, function or organ called abnormal (positive) that the conversation called normal
    // (negative), or the other way round.
    const contradictedState = findContradictedState({
      tokens,
      units: new Set([...linked.evidenceUnits, ...near]),
      index,
    });
    if (contradictedState !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier «${contradictedState.written ?? tokens[contradictedState.token]?.text ?? ''}», men i samtalen ble det sagt «${contradictedState.said}».`,
        ),
      );

    return found;
  },
};

/** Radiation of pain said the other way round. */
export const radiationCheck: SentenceCheckDefinition = {
  name: 'radiation',
  cue: isRadiationWord,
  check(sentence) {
    const { text, tokens, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    // Radiation of pain said the other way round ("Ingen utstråling" after "det stråle bak i ryggen").
    // Advice ("Kontakt legevakt ved brystsmerter med utstråling") claims nothing about now.
    const radiation = isHypotheticalSentence(sentence)
      ? undefined
      : findContradictedRadiation({ tokens, text, claims, index });
    if (radiation !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier «${tokens[radiation]?.text ?? ''}», men i samtalen ble utstråling sagt motsatt.`,
        ),
      );

    return found;
  },
};

/** A diagnosis only suspected, asked about or ruled out. */
export const unassertedDiagnosisCheck: SentenceCheckDefinition = {
  name: 'unassertedDiagnosis',
  check(sentence) {
    const { text, tokens, claims, index, options, flags } = sentence;
    const found: SentenceFlag[] = [];
    // A diagnosis stated plainly that the conversation only suspected, asked about, ruled out or said
    // of someone else (clause-level reading, issue 11).
    if (!flags.some((candidate) => candidate.severity === 'error')) {
      const unasserted = findUnassertedDiagnosis({
        text,
        tokens,
        claims,
        index,
        ...(options.section !== undefined && assessmentSections.has(options.section)
          ? { isDiagnosisWord: isMedicalLooking }
          : {}),
      });
      if (unasserted !== undefined)
        found.push(unassertedDiagnosisFlag(unasserted, tokens[unasserted.token]?.text ?? ''));
    }

    return found;
  },
};
