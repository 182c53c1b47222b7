import { getLexiconEntry } from '../language/clinical-lexicon.js';
import type { Claims } from './read-claims.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * Chronic diagnoses a drug names by itself: a patient who takes the drug has the diagnosis, so a
 * note's "Årskontroll diabetes type 2" is borne out by "Eg tek Januvia" (issue 11: a clinician's
 * paraphrase is not unsupported). Only drugs given for that diagnosis alone: not metformin (also
 * given for prediabetes and PCOS), not SGLT2 inhibitors or GLP-1 analogues (heart failure,
 * obesity), not blood-pressure drugs (also for the heart and migraine).
 */
const diagnosisBySubstance: ReadonlyMap<string, string> = new Map([
  ...[
    'insulin',
    'insulin glargin',
    'insulin aspart',
    'insulin lispro',
    'insulin detemir',
    'insulin degludek',
    'humant insulin',
    'sitagliptin',
    'sitagliptin+metformin',
    'linagliptin',
    'glimepirid',
    'gliklazid',
    'glipizid',
  ].map((substance) => [substance, 'diabetes mellitus'] as const),
  ['levotyroksin', 'hypotyreose'],
]);

/**
 * The diagnoses (lexicon clinical terms) the patient's own drugs name: a drug the patient, or a
 * relative about the patient, says is taken — not one only asked about, denied, hypothetical or
 * said of somebody else.
 */
export const getTreatedDiagnoses = perTranscript((index: TranscriptIndex): ReadonlySet<string> => {
  const treated = new Set<string>();
  for (const unit of index.units) {
    if (unit.isQuestion || unit.isHypothetical) continue;
    for (const mention of unit.claims.drugMentions) {
      const diagnosis = diagnosisBySubstance.get(mention.substance);
      if (diagnosis === undefined) continue;
      const token = unit.tokens.findIndex((candidate) => candidate.end > mention.start);
      if (token < 0) continue;
      if (unit.claims.aboutOther[token] === true || unit.claims.negated[token] === true) continue;
      treated.add(diagnosis);
    }
  }
  return treated;
});

/** Whether a sentence's token names a diagnosis the patient's own drugs name. */
export function isTreatedDiagnosis(claims: Claims, token: number, index: TranscriptIndex): boolean {
  const key = claims.findingKey[token];
  if (key === undefined || !/^c\d+$/.test(key)) return false;
  const entry = getLexiconEntry(Number(key.slice(1)));
  return entry?.type === 'diagnosis' && getTreatedDiagnoses(index).has(entry.clinical);
}
