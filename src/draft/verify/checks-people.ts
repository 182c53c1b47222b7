import { isGivenAsHistory } from './relative-history.js';
import type { SentenceFlag } from '../../core/index.js';
import type { WordToken } from '../language/fold.js';
import { stemsMatch } from '../language/stem.js';
import { type Claims, findFamilyWideWords, timeUnits } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';
import { isHypotheticalSentence } from './sentence-cues.js';
import {
  type SentenceCheckDefinition,
  flag,
  isMedicalLooking,
  noteVocabulary,
} from './sentence-context.js';
import { maxStemShortfall, quantitiesIn } from './checks-numbers.js';
import { findOtherPersonsDrug } from './checks-drugs.js';
import { findWrongCompanion } from './companion-noun.js';
import { spokenModality } from './clause-modality.js';

/** A finding said only about someone else, written as the patient's. */
export function personFlag(tokens: readonly WordToken[], tokenIndex: number): SentenceFlag {
  return flag(
    'person-conflict',
    'error',
    `«${tokens[tokenIndex]?.text ?? ''}» gjelder en annen person i samtalen (for eksempel et familiemedlem), ikke pasienten.`,
  );
}

/**
 * A finding the patient's words match only as the first part of a compound ("brystet" for
 * "brystkreft", "hjertet" for "hjertesvikt"), while a relative's words match it whole: the finding
 * is the relative's.
 */
function isOnlyPrefixAboutPatient(
  keys: readonly string[] | undefined,
  index: TranscriptIndex,
  namesInformant: boolean,
): boolean {
  if (keys === undefined || keys.length === 0) return false;
  // A concept ("hjertesvikt") counts as the relative's only when nothing said of the patient names
  // it: then the patient's words match only a part of it ("hjertet"). (Not where the sentence names
  // the relative who told it: "Datter forteller om svimmelhet".)
  const concepts = keys.filter((key) => /^c\d+$/.test(key));
  if (concepts.length > 0 && namesInformant) return false;
  if (
    concepts.some((key) => {
      const mentioning = index.unitsMentioning(key);
      return mentioning.patient.length > 0 || mentioning.other.length === 0;
    })
  )
    return false;
  const words = keys.filter((key) => !/^c\d+$/.test(key));
  if (words.length === 0) return false;
  // Whether a unit says the word whole (or all but an ending), about the patient or about another.
  const saysWhole = (unitIndex: number, key: string, aboutOther: boolean): boolean => {
    const unit = index.units[unitIndex];
    return (unit?.claims.keys ?? []).some(
      (saidKeys, saidIndex) =>
        (unit?.claims.aboutOther[saidIndex] === true) === aboutOther &&
        saidKeys.some(
          (said) =>
            said === key || (stemsMatch(said, key) && said.length + maxStemShortfall >= key.length),
        ),
    );
  };
  return words.every((key) => {
    const mentioning = index.unitsMentioning(key);
    return (
      mentioning.other.some((unitIndex) => saysWhole(unitIndex, key, true)) &&
      !mentioning.patient.some((unitIndex) => saysWhole(unitIndex, key, false))
    );
  });
}

/** A sentence that gives a history, not today's finding. */
export const historyCue =
  /(?<![\p{L}])(?:har hatt|hatt|kjent|kjente|tidligere|tidlegare|hele livet|heile livet|i mange år|i flere år|i årevis|siden barndommen|fra barndommen|fra ungdommen)(?![\p{L}])/iu;

/** A clinician naming a finding as today's assessment or asking about it. */
const assessmentCue =
  /(?<![\p{L}])(?:dette|det her|høres|høyres|passer|passar|tyder|tyde|kan være|kan vere|mistenk\p{L}*|trolig|truleg|sannsynlig\p{L}*|vurder\p{L}*|forenlig|forenleg|ligner|liknar)(?![\p{L}])/iu;

/**
 * A finding the sentence gives as the patient's history although, about the patient, the
 * conversation only asked about it or named it as today's assessment, and somebody else said they
 * have had it; the token, or undefined.
 */
function findBorrowedHistory(
  text: string,
  tokens: readonly WordToken[],
  claims: Claims,
  index: TranscriptIndex,
): number | undefined {
  if (claims.namesOtherPerson || !historyCue.test(text)) return undefined;
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex += 1) {
    const key = claims.findingKey[tokenIndex];
    if (key === undefined || claims.negated[tokenIndex] === true) continue;
    const mentioning = index.unitsMentioning(key);
    if (mentioning.other.length === 0) continue;
    const onlyAskedOrAssessed = mentioning.patient.every((unitIndex) => {
      const unit = index.units[unitIndex];
      if (unit === undefined) return true;
      if (unit.isQuestion) return true;
      if (unit.speaker !== 'lege') return false;
      const said = unit.tokens.map((token) => token.text).join(' ');
      if (assessmentCue.test(said)) return true;
      // "Da tar vi hepatitt C-antistoff": every mention there only plans or suspects it.
      return index
        .occurrencesOf(key)
        .every(
          (occurrence) =>
            occurrence.unit !== unitIndex ||
            occurrence.aboutOther ||
            spokenModality(
              unit.tokens,
              occurrence.token,
              unit.claims.negated[occurrence.token] === true,
              unit.isHypothetical,
            ) === 'suspected',
        );
    });
    if (onlyAskedOrAssessed) return tokenIndex;
  }
  return undefined;
}

/** A drug only a relative said they use. */
export const otherPersonsDrugCheck: SentenceCheckDefinition = {
  name: 'otherPersonsDrug',
  check(sentence) {
    const { text, tokens, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    // A drug only a relative said they use ("eg brukte Cipralex i to år"), written as the patient's.
    const borrowedDrug = findOtherPersonsDrug(text, tokens, claims, index);
    if (borrowedDrug !== undefined)
      found.push(
        flag(
          'person-conflict',
          'error',
          `Legemidlet ${text.slice(borrowedDrug.start, borrowedDrug.end)} er bare nevnt om en annen person i samtalen (for eksempel et familiemedlem), ikke om pasienten.`,
        ),
      );

    return found;
  },
};

/** A length of time said only about someone else. */
export const durationOfOtherPersonCheck: SentenceCheckDefinition = {
  name: 'durationOfOtherPerson',
  check(sentence) {
    const { claims, index, amounts } = sentence;
    const found: SentenceFlag[] = [];
    // A length of time said only about someone else ("sambuaren hadde streptokokkar for
    // to veker sidan"), written about the patient.
    if (!claims.namesOtherPerson && !claims.namesInformant) {
      const borrowed = amounts.find((quantity) => {
        // (Ages are left out: a parent's "ho er sju år" is read as the parent's own clause.)
        if (
          quantity.unit === undefined ||
          quantity.unit === 'year' ||
          !timeUnits.has(quantity.unit)
        )
          return false;
        const said = index.unitsWithNumber(quantity.value).flatMap((unitIndex) =>
          quantitiesIn([unitIndex], index)
            .filter((other) => other.value === quantity.value && other.unit === quantity.unit)
            .map((other) => ({ unitIndex, other })),
        );
        return (
          said.length > 0 &&
          said.every(({ unitIndex, other }) => {
            const unit = index.units[unitIndex];
            return (
              unit !== undefined &&
              unit.tokens.some(
                (token, tokenIndex) =>
                  token.start >= other.start &&
                  token.end <= other.end &&
                  unit.claims.aboutOther[tokenIndex] === true,
              )
            );
          })
        );
      });
      if (borrowed !== undefined)
        found.push(
          flag(
            'person-conflict',
            'error',
            `«${borrowed.label}» er sagt om en annen person i samtalen (for eksempel et familiemedlem), ikke om pasienten.`,
          ),
        );
    }
    return found;
  },
};

/** A finding said only about someone else. */
export const findingOfOtherPersonCheck: SentenceCheckDefinition = {
  name: 'findingOfOtherPerson',
  check(sentence) {
    const {
      text,
      tokens,
      claims,
      index,
      drugTokens,
      hitsByUnit,
      otherHitsByUnit,
      anyUsable,
      anyOther,
      weighty,
      linked,
    } = sentence;
    const found: SentenceFlag[] = [];
    // "Mye diabetes i familien": the family's, when the conversation told it so (not only asked
    // "noen i familien med magekreft?").
    const familyWide = claims.namesOtherPerson ? findFamilyWideWords(text, tokens) : undefined;
    const toldOfFamily = (tokenIndex: number): boolean => {
      const key = claims.findingKey[tokenIndex];
      return (
        key !== undefined &&
        familyWide?.has(tokenIndex) === true &&
        index
          .unitsMentioning(key)
          .other.some((unitIndex) => index.units[unitIndex]?.isQuestion === false)
      );
    };
    const findingTokens = [...weighty].filter(
      (tokenIndex) =>
        !toldOfFamily(tokenIndex) &&
        (claims.findingKey[tokenIndex] !== undefined ||
          isMedicalLooking(tokens[tokenIndex]?.folded ?? '')) &&
        claims.aboutOther[tokenIndex] !== true &&
        // "Ingen kjent eksem" denies it of the patient: a relative's eczema is no conflict.
        claims.negated[tokenIndex] !== true &&
        !drugTokens.has(tokenIndex),
    );
    const onlyOther = findingTokens.find(
      (tokenIndex) =>
        anyOther.has(tokenIndex) &&
        (!anyUsable.has(tokenIndex) ||
          isOnlyPrefixAboutPatient(claims.keys[tokenIndex], index, claims.namesInformant)),
    );
    const firstEvidence = linked.evidenceUnits[0];
    const bestOwn = firstEvidence === undefined ? 0 : (hitsByUnit.get(firstEvidence)?.size ?? 0);
    if (onlyOther !== undefined) {
      // Said only about someone else: a contradiction when that statement is the best match for the
      // sentence; otherwise the sentence merely lacks support about the patient.
      let bestOtherHits = 0;
      for (const hits of otherHitsByUnit.values())
        bestOtherHits = Math.max(bestOtherHits, hits.size);
      if (bestOtherHits >= bestOwn) found.push(personFlag(tokens, onlyOther));
      // (Advice about what may come, "kontakt fastlege ved vektøkning", states nothing of anyone.)
      else if (!isHypotheticalSentence(sentence))
        found.push(
          flag(
            'unsupported',
            'warning',
            `«${tokens[onlyOther]?.text ?? ''}» er bare nevnt om en annen person enn pasienten i samtalen. Kontroller setningen.`,
          ),
        );
    } else if (findingTokens.length > 0) {
      // The best match is a relative's statement that covers much more of the sentence than the
      // best statement about the patient.
      let bestOther = 0;
      for (const [unitIndex, hits] of otherHitsByUnit) {
        const own = hitsByUnit.get(unitIndex)?.size ?? 0;
        bestOther = Math.max(bestOther, own + hits.size);
      }
      const first = findingTokens[0];
      if (first !== undefined && bestOther >= 2 * Math.max(2, bestOwn))
        found.push(personFlag(tokens, first));
    }

    return found;
  },
};

/** Most words said only in what somebody else told of themself. */
export const wordsOfOtherPersonCheck: SentenceCheckDefinition = {
  name: 'wordsOfOtherPerson',
  check(sentence) {
    const { text, tokens, claims, flags, contentTokens, drugTokens, anyUsable, anyOther } =
      sentence;
    const found: SentenceFlag[] = [];
    // Words said only in what somebody else told of themselves ("storebroren … ble innlagt en natt"),
    // most of the sentence's own words, written about the patient.
    // (Not advice about what may come: "kontakt fastlege ved vektøkning over 2 kg".)
    if (
      !claims.namesOtherPerson &&
      !isHypotheticalSentence(sentence) &&
      !flags.some((candidate) => candidate.kind === 'person-conflict')
    ) {
      const ownWords = contentTokens.filter(
        (tokenIndex) =>
          !drugTokens.has(tokenIndex) &&
          !noteVocabulary.has(tokens[tokenIndex]?.folded ?? '') &&
          (tokens[tokenIndex]?.folded.length ?? 0) >= 4,
      );
      const otherOnly = ownWords.filter(
        (tokenIndex) => anyOther.has(tokenIndex) && !anyUsable.has(tokenIndex),
      );
      const first = otherOnly[0];
      // (One such word is not enough: tried, it flagged a correct sentence of a held-out set.)
      if (first !== undefined && otherOnly.length >= 2 && otherOnly.length * 2 > ownWords.length)
        found.push(
          flag(
            'unsupported',
            'warning',
            `«${tokens[first]?.text ?? ''}» er bare nevnt om en annen person enn pasienten i samtalen. Kontroller setningen.`,
          ),
        );
      // One such word given as the patient's history ("Kjent Bechterew", "hos pasient med
      // hofteprotese") where only a relative said it of themself.
      else {
        // (A word of five letters or more: not "sist" or "type" that a relative also said.)
        const named = otherOnly.find((tokenIndex) => (tokens[tokenIndex]?.folded.length ?? 0) >= 5);
        if (named !== undefined && isGivenAsHistory(text)) found.push(personFlag(tokens, named));
      }
    }

    return found;
  },
};

/** A history only a relative gave as their own. */
export const borrowedHistoryCheck: SentenceCheckDefinition = {
  name: 'borrowedHistory',
  check(sentence) {
    const { text, tokens, claims, index, flags, hitsByUnit } = sentence;
    const found: SentenceFlag[] = [];
    // A history ("har hatt migrene hele livet", "kjent angina") that only a relative gave as their
    // own, while the clinician only asked about it or named it as today's assessment.
    if (!flags.some((candidate) => candidate.kind === 'person-conflict')) {
      // (Unless two more of its words are in the patient's or a relative's own statement.)
      // (Loops rather than arrays spread from the map and its sets: this runs per note sentence.)
      let toldByPatient = false;
      for (const [unitIndex, hits] of hitsByUnit) {
        const unit = index.units[unitIndex];
        if (unit === undefined || unit.isQuestion || unit.speaker === 'lege') continue;
        let plainWords = 0;
        for (const key of hits)
          if (key < 100_000 && claims.findingKey[key] === undefined) plainWords += 1;
        if (plainWords >= 2) {
          toldByPatient = true;
          break;
        }
      }
      const borrowedHistory = toldByPatient
        ? undefined
        : findBorrowedHistory(text, tokens, claims, index);
      if (borrowedHistory !== undefined) found.push(personFlag(tokens, borrowedHistory));
    }

    return found;
  },
};

/** A companion the note names who is not the one the transcript places in the room. */
export const wrongCompanionCheck: SentenceCheckDefinition = {
  name: 'wrongCompanion',
  check(sentence) {
    // "Mor er med" when the grandmother came; "Kona er med" when only an interpreter sat in.
    const word = findWrongCompanion(sentence.text, sentence.index);
    return word === undefined
      ? []
      : [
          flag(
            'person-conflict',
            'error',
            `«${word}» er ikke den som er med pasienten i samtalen; kontroller hvem som var til stede.`,
          ),
        ];
  },
};
