import { unsaidLastLengthCheck } from './unsaid-last-length.js';
import { wrongRelativeCheck } from './wrong-relative.js';
import {
  claimedAllergyCheck,
  deniedMedicationCheck,
  drugActionCheck,
  drugStateCheck,
  flippedPlanActionCheck,
  flippedToleranceCheck,
  refusedDrugCheck,
  rejectedDrugStartedCheck,
  swappedBrandCheck,
  unsaidDrugCheck,
} from './checks-drugs.js';
import {
  contradictedStateCheck,
  flippedTendernessCheck,
  radiationCheck,
  unassertedDiagnosisCheck,
} from './checks-findings.js';
import {
  frequencyCheck,
  occasionalComplaintCheck,
  timesPerDayCheck,
} from './checks-frequencies.js';
import {
  continuedButGivenUpCheck,
  deniedFeverCheck,
  deniedSignCheck,
  deniedEarlierEpisodeCheck,
  deniedFamilyHistoryCheck,
  deniedSaidActivityCheck,
  householdSmokingCheck,
  negationCheck,
  neverHabitCheck,
  oppositeAbilityCheck,
  withOrWithoutCheck,
} from './checks-negation.js';
import {
  durationSaidElsewhereCheck,
  quantityAgainstEvidenceCheck,
  strengthOfWholeDoseCheck,
  unsaidDateCheck,
  vitalSignWordCheck,
  wrongPatientAgeCheck,
} from './checks-numbers.js';
import {
  borrowedHistoryCheck,
  durationOfOtherPersonCheck,
  findingOfOtherPersonCheck,
  otherPersonsDrugCheck,
  wordsOfOtherPersonCheck,
  wrongCompanionCheck,
} from './checks-people.js';
import {
  mixedSidesCheck,
  sideBoundNormalCheck,
  sideCheck,
  swappedAspectCheck,
  swappedSidesCheck,
} from './checks-sides.js';
import {
  supportCheck,
  unexaminedFindingCheck,
  unexaminedPlaceCheck,
  unknownCodeCheck,
  unsaidNamedItemCheck,
  wordingNotFoundCheck,
} from './checks-support.js';
import {
  shiftedSeasonCheck,
  shiftedWeekdayCheck,
  unsaidNamedTimeCheck,
  unsaidPartOfDayCheck,
  unsaidRelativeDayCheck,
} from './checks-times.js';
import {
  contrastedDenialCheck,
  deniedWhenAskedCheck,
  findingOnNormalPartCheck,
  relativeByPronounCheck,
} from './checks-contrasts.js';
import type { SentenceCheckDefinition } from './sentence-context.js';

/**
 * Every check of a drafted sentence, in the order they run: the one list `checkSentence` loops
 * over. Order matters: a check sees the flags raised before it (several hold back when an earlier
 * check found a contradiction), and the flags keep this order in the note (checks with
 * `placement: 'first'` put theirs before the flags raised so far).
 *
 * To add a check:
 * 1. Write the finder in its own module (`my-finding.ts`, with `my-finding.test.ts` beside it). If
 *    it reads the whole transcript, read it once per transcript with `perTranscript` from
 *    `per-transcript.ts`, not once per sentence.
 * 2. Wrap it as a `SentenceCheckDefinition` in the `checks-*.ts` file of its theme (numbers, times,
 *    frequencies, sides, drugs, people, findings, negation, support): a name and a `check(sentence)`
 *    that reads the shared `SentenceContext` and returns its flags (an empty list for none).
 * 3. Add it to this list, at the place it should run.
 */
export const sentenceChecks: readonly SentenceCheckDefinition[] = [
  unsaidDateCheck,
  quantityAgainstEvidenceCheck,
  strengthOfWholeDoseCheck,
  wrongPatientAgeCheck,
  durationSaidElsewhereCheck,
  unsaidNamedTimeCheck,
  shiftedSeasonCheck,
  shiftedWeekdayCheck,
  unsaidRelativeDayCheck,
  unsaidPartOfDayCheck,
  frequencyCheck,
  timesPerDayCheck,
  occasionalComplaintCheck,
  vitalSignWordCheck,
  sideCheck,
  swappedSidesCheck,
  swappedAspectCheck,
  sideBoundNormalCheck,
  flippedTendernessCheck,
  flippedPlanActionCheck,
  unsaidDrugCheck,
  refusedDrugCheck,
  drugActionCheck,
  swappedBrandCheck,
  rejectedDrugStartedCheck,
  otherPersonsDrugCheck,
  durationOfOtherPersonCheck,
  findingOfOtherPersonCheck,
  wordsOfOtherPersonCheck,
  borrowedHistoryCheck,
  wrongCompanionCheck,
  wrongRelativeCheck,
  unsaidLastLengthCheck,
  relativeByPronounCheck,
  contradictedStateCheck,
  claimedAllergyCheck,
  mixedSidesCheck,
  withOrWithoutCheck,
  flippedToleranceCheck,
  deniedMedicationCheck,
  drugStateCheck,
  radiationCheck,
  neverHabitCheck,
  deniedFeverCheck,
  negationCheck,
  householdSmokingCheck,
  continuedButGivenUpCheck,
  contrastedDenialCheck,
  deniedWhenAskedCheck,
  oppositeAbilityCheck,
  deniedSignCheck,
  deniedEarlierEpisodeCheck,
  deniedFamilyHistoryCheck,
  deniedSaidActivityCheck,
  unassertedDiagnosisCheck,
  supportCheck,
  unexaminedFindingCheck,
  unexaminedPlaceCheck,
  findingOnNormalPartCheck,
  unsaidNamedItemCheck,
  wordingNotFoundCheck,
  unknownCodeCheck,
];
