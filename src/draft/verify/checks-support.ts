import { isKnownCode } from '../../codes/index.js';
import type { SentenceFlag } from '../../core/index.js';
import { getLexiconEntry } from '../language/clinical-lexicon.js';
import type { WordToken } from '../language/fold.js';
import { stemFolded } from '../language/stem.js';
import {
  findUnexaminedWords,
  isAllergyCompoundOfSaid,
  isRewordingOfSaid,
} from './unexamined-findings.js';
import { findUnexaminedNormals } from './unexamined-normals.js';
import { findUnexaminedPlace } from './unexamined-region.js';
import { levelWord, readCodeWord } from './code-said-as-word.js';
import { isTreatedDiagnosis } from './treated-diagnosis.js';
import { findUnsaidNamedItems } from './unsaid-named-items.js';
import { isInfectionOfUnsaidPart } from './unasserted-diagnosis.js';
import {
  type SentenceCheckDefinition,
  assessmentSections,
  codePattern,
  flag,
  isMedicalLooking,
  noteVocabulary,
  supportThreshold,
} from './sentence-context.js';

/**
 * In an assessment, more endings name a diagnosis ("tensjonshodepine", "rabdomyolyse",
 * "agorafobi", "narkolepsi", and growths such as "fibroadenom", "lipom", "hematom"): one the
 * clinician never said is unsupported, however close the symptom words.
 */
const diagnosisEnding =
  /(?:pine|lyse|fobi|lepsi|(?:aden|fibr|lip|hemat|melan|myel|lymf|glauk|papill|sark|angi|neur|ater)omet|(?:aden|fibr|lip|hemat|melan|myel|lymf|glauk|papill|sark|angi|neur|ater)om(?:er)?)$/u;

/**
 * An injury of a part nobody named ("meniskskade" where no menisk was spoken of); an injury of a
 * part that was named ("leddbåndskade" after "leddbåndet") is the clinician's wording.
 */
function isInjuryOfUnsaidPart(folded: string, said: ReadonlySet<string>): boolean {
  const part = /^(\p{L}{4,}?)s?skade$/u.exec(folded)?.[1];
  return part !== undefined && !said.has(part) && !isRewordingOfSaid(part, said);
}

/**
 * The warning for findings, tests or signs the conversation never named: the first two words
 * quoted, so the clinician sees what to check ("«pupiller» er ikke nevnt i samtalen …").
 */
function unsaidFlag(
  tokens: readonly WordToken[],
  unsaid: readonly number[],
  lead: string,
  advice: string,
): SentenceFlag {
  const words = unsaid.slice(0, 2).map((tokenIndex) => `«${tokens[tokenIndex]?.text ?? ''}»`);
  return flag(
    'unsupported',
    'warning',
    `${lead}${words.join(' og ')} er ikke nevnt i samtalen. ${advice}`,
  );
}

/**
 * Sections that report what was found (examination, hospital course): a symptom or sign there that
 * nobody said is invented. Elsewhere lay wording the lexicon misses is too common (measured).
 */
const findingSections: ReadonlySet<string> = new Set(['funn', 'forlop']);

/** Whether any word said begins as the word does (its first four letters): "hostar" for "hoste". */
function isBeginningOfSaidWord(folded: string, said: ReadonlySet<string>): boolean {
  const start = folded.slice(0, 4);
  for (const word of said) if (word.startsWith(start)) return true;
  return false;
}

/** Clinical words must come from the evidence. */
export const supportCheck: SentenceCheckDefinition = {
  name: 'support',
  placement: 'first',
  check(sentence) {
    const {
      tokens,
      claims,
      index,
      options,
      flags,
      contentTokens,
      drugTokens,
      anyUsable,
      anyOther,
      quantities,
      numberKey,
      weighty,
      linked,
      measuredWords,
    } = sentence;
    const found: SentenceFlag[] = [];
    // Support: clinical words must come from the evidence, and every finding or diagnosis from
    // somewhere (other clinical words — body parts, procedures — may be paraphrased).
    const inAssessment = options.section !== undefined && assessmentSections.has(options.section);
    const looksLikeDiagnosis = (folded: string): boolean =>
      isMedicalLooking(folded) ||
      (inAssessment && folded.length >= 8 && diagnosisEnding.test(folded)) ||
      (inAssessment && isInjuryOfUnsaidPart(folded, index.words)) ||
      (inAssessment &&
        isInfectionOfUnsaidPart(
          folded,
          (part) => index.words.has(part) || isRewordingOfSaid(part, index.words),
        ));
    const missing = [...(inAssessment ? new Set([...weighty, ...contentTokens]) : weighty)].filter(
      (tokenIndex) =>
        !anyUsable.has(tokenIndex) &&
        !anyOther.has(tokenIndex) &&
        !drugTokens.has(tokenIndex) &&
        // A denial of something nobody spoke of ("ingen ortostatisk hypotensjon") invents nothing
        // present; it is read against the evidence like other wording.
        claims.negated[tokenIndex] !== true &&
        // A word of the note's own vocabulary ("differensialdiagnose") never needs saying.
        !noteVocabulary.has(tokens[tokenIndex]?.folded ?? '') &&
        // "Pollenallergi." after «allergisk» and «pollen» were said.
        !isAllergyCompoundOfSaid(tokens[tokenIndex]?.folded ?? '', index) &&
        // A chronic diagnosis the patient's own drug names ("tek Januvia" → diabetes).
        !isTreatedDiagnosis(claims, tokenIndex, index) &&
        (claims.findingKey[tokenIndex] !== undefined ||
          looksLikeDiagnosis(tokens[tokenIndex]?.folded ?? '')),
    );
    const foundInEvidence =
      [...weighty].filter(
        (tokenIndex) => linked.covered.has(tokenIndex) || measuredWords.includes(tokenIndex),
      ).length +
      quantities.filter((_quantity, position) => linked.covered.has(numberKey(position))).length;
    const total = weighty.size + quantities.length;
    const hasContradiction = flags.some((candidate) => candidate.severity === 'error');
    if (!hasContradiction) {
      const missingDiagnosis = missing.some((tokenIndex) => {
        const key = claims.findingKey[tokenIndex];
        const concept =
          key !== undefined && /^c\d+$/.test(key)
            ? getLexiconEntry(Number(key.slice(1)))
            : undefined;
        return (
          concept?.type === 'diagnosis' || looksLikeDiagnosis(tokens[tokenIndex]?.folded ?? '')
        );
      });
      // A symptom or sign added after what was said ("hydrops og rødme"): a lexicon finding, in a
      // findings section, following a said clinical word, whose every wording and whose first
      // letters were said nowhere. One leading the sentence is more often the clinician's
      // paraphrase ("hydrops" for "litt væske", measured).
      const saidWeighty = [...weighty].filter((tokenIndex) => anyUsable.has(tokenIndex));
      const missingLexiconFinding =
        options.section !== undefined &&
        findingSections.has(options.section) &&
        missing.some((tokenIndex) => {
          const key = claims.findingKey[tokenIndex];
          if (!saidWeighty.some((said) => said < tokenIndex)) return false;
          const folded = tokens[tokenIndex]?.folded ?? '';
          return (
            key !== undefined &&
            /^c\d+$/.test(key) &&
            getLexiconEntry(Number(key.slice(1)))?.type === 'finding' &&
            !isBeginningOfSaidWord(folded, index.words) &&
            !isRewordingOfSaid(folded, index.words)
          );
        });
      if (
        missing.length > 0 &&
        (missingDiagnosis || missingLexiconFinding || missing.length * 2 > weighty.size)
      ) {
        const words = missing
          .slice(0, 2)
          .map((tokenIndex) => `«${tokens[tokenIndex]?.text ?? ''}»`);
        found.push(
          flag(
            'unsupported',
            'warning',
            `Fant ikke ${words.join(' og ')} i samtalen. Kontroller at det ble sagt.`,
          ),
        );
      } else if (total > 0 && foundInEvidence / total < supportThreshold) {
        // Little in common with the evidence is mostly paraphrase (measured: few planted faults,
        // many correct sentences), so it is information; a warning when at least two of its clinical
        // words were said nowhere in the conversation (a sentence from another consultation).
        const absentEverywhere = [...weighty].filter(
          (tokenIndex) =>
            !anyUsable.has(tokenIndex) &&
            !anyOther.has(tokenIndex) &&
            !isRewordingOfSaid(tokens[tokenIndex]?.folded ?? '', index.words),
        ).length;
        found.push(
          absentEverywhere >= 2
            ? flag(
                'unsupported',
                'warning',
                'Fant ikke grunnlag for setningen i samtalen. Kontroller den mot opptaket.',
              )
            : flag(
                'wording-not-found',
                'info',
                'Fant lite av ordlyden i samtalen. Les setningen mot opptaket.',
              ),
        );
      } else if (total === 0 && linked.evidence.length === 0 && contentTokens.length > 0) {
        const plain = contentTokens.filter(
          (tokenIndex) => !noteVocabulary.has(tokens[tokenIndex]?.folded ?? ''),
        );
        if (plain.length > 0 && plain.some((tokenIndex) => !anyUsable.has(tokenIndex)))
          found.push(
            flag(
              'wording-not-found',
              'info',
              'Ordlyden finnes ikke i samtalen. Les setningen mot opptaket.',
            ),
          );
      }
    }
    return found;
  },
};

/** A finding nobody said or examined. */
export const unexaminedFindingCheck: SentenceCheckDefinition = {
  name: 'unexaminedFinding',
  placement: 'first',
  check(sentence) {
    const {
      text,
      tokens,
      claims,
      index,
      options,
      flags,
      contentTokens,
      drugTokens,
      anyUsable,
      anyOther,
    } = sentence;
    const found: SentenceFlag[] = [];
    // Examination findings (issue 11): a finding the note states that nobody said or examined.
    if (options.section === 'funn' && !flags.some((candidate) => candidate.severity !== 'info')) {
      const unexamined = findUnexaminedWords({
        tokens,
        candidates: contentTokens.filter(
          (tokenIndex) =>
            !anyUsable.has(tokenIndex) && !anyOther.has(tokenIndex) && !drugTokens.has(tokenIndex),
        ),
        negated: claims.negated,
        said: index.words,
        isNoteWord: (folded) => noteVocabulary.has(folded),
      });
      const unexaminedNormals =
        unexamined.length > 0
          ? []
          : findUnexaminedNormals({
              text,
              tokens,
              contentTokens,
              isSaid: (tokenIndex) =>
                anyUsable.has(tokenIndex) ||
                anyOther.has(tokenIndex) ||
                drugTokens.has(tokenIndex) ||
                index.words.has(tokens[tokenIndex]?.folded ?? '') ||
                isRewordingOfSaid(tokens[tokenIndex]?.folded ?? '', index.words),
              said: index.words,
              isNoteWord: (folded) => noteVocabulary.has(folded),
            });
      if (unexaminedNormals.length > 0)
        found.push(unsaidFlag(tokens, unexaminedNormals, '', 'Kontroller at det ble undersøkt.'));
      if (unexamined.length > 0)
        found.push(unsaidFlag(tokens, unexamined, 'Funnet ', 'Kontroller at det ble undersøkt.'));
    }
    return found;
  },
};

/** A finding in a place nobody examined or spoke of. */
export const unexaminedPlaceCheck: SentenceCheckDefinition = {
  name: 'unexaminedPlace',
  placement: 'first',
  check(sentence) {
    const { text, tokens, claims, index, options, flags, weighty, anyUsable } = sentence;
    // Only where findings are reported, and only when nothing else was flagged (issue 11).
    if (options.section !== 'funn' || flags.some((candidate) => candidate.severity !== 'info'))
      return [];
    const place = findUnexaminedPlace({
      text,
      tokens,
      keys: claims.keys,
      negated: claims.negated,
      index,
      isSaidClinicalWord: (tokenIndex) => weighty.has(tokenIndex) && anyUsable.has(tokenIndex),
    });
    if (place === undefined) return [];
    return [
      flag(
        'unsupported',
        'warning',
        `Funn ved «${tokens[place]?.text ?? ''}», men det stedet ble ikke undersøkt eller nevnt i samtalen. Kontroller at det ble undersøkt.`,
      ),
    ];
  },
};

/** A test, image or sign never named. */
export const unsaidNamedItemCheck: SentenceCheckDefinition = {
  name: 'unsaidNamedItem',
  placement: 'first',
  check(sentence) {
    const { text, tokens, index, flags } = sentence;
    const found: SentenceFlag[] = [];
    // A named test, image, examination or sign the conversation never named in any wording (issue
    // 11: "D-dimer negativ", "MR kne", "normale hofter", "Fine pupiller" where nobody looked).
    if (!flags.some((candidate) => candidate.severity !== 'info')) {
      const unsaidItems = findUnsaidNamedItems({ text, tokens, index });
      if (unsaidItems.length > 0)
        found.push(
          unsaidFlag(tokens, unsaidItems, '', 'Kontroller at det ble undersøkt eller tatt.'),
        );
    }
    return found;
  },
};

/** Little of the wording was said. */
export const wordingNotFoundCheck: SentenceCheckDefinition = {
  name: 'wordingNotFound',
  check(sentence) {
    const { tokens, flags, contentTokens, anyUsable, weighty } = sentence;
    const found: SentenceFlag[] = [];
    const wordingMissing = contentTokens.filter(
      (tokenIndex) =>
        !weighty.has(tokenIndex) &&
        !anyUsable.has(tokenIndex) &&
        !noteVocabulary.has(tokens[tokenIndex]?.folded ?? '') &&
        !noteVocabulary.has(stemFolded(tokens[tokenIndex]?.folded ?? '')),
    );
    if (flags.length === 0 && wordingMissing.length >= 2)
      found.push(
        flag(
          'wording-not-found',
          'info',
          'Noe av ordlyden finnes ikke i samtalen. Les setningen mot opptaket.',
        ),
      );

    return found;
  },
};

/**
 * A diagnosis code that is not in ICD-10 or ICPC-2. A code-shaped word the conversation itself
 * says as a word ("B12 er lavt") names a lab test or vitamin, not a code, and is checked like a lab
 * value: a level the sentence gives it must be the level said. One nobody said is an unknown code.
 */
export const unknownCodeCheck: SentenceCheckDefinition = {
  name: 'unknownCode',
  check(sentence) {
    const { text, tokens, index } = sentence;
    const found: SentenceFlag[] = [];
    codePattern.lastIndex = 0;
    for (let match = codePattern.exec(text); match !== null; match = codePattern.exec(text)) {
      const code = match[1] ?? '';
      if (isKnownCode('ICD-10', code) || isKnownCode('ICPC-2', code)) continue;
      const reading = readCodeWord(code, tokens, index);
      switch (reading.kind) {
        case 'said':
          break;
        case 'not-said':
          found.push(
            flag('code-unknown', 'error', `Koden ${code} finnes ikke i ICD-10 eller ICPC-2.`),
          );
          break;
        case 'level-not-said':
          found.push(
            flag(
              'unsupported',
              'warning',
              `Fant ikke at ${code} ble sagt å være ${levelWord(reading.written)} i samtalen. Kontroller verdien.`,
            ),
          );
          break;
        case 'level-conflict':
          found.push(
            flag(
              'number-conflict',
              'error',
              `Setningen sier at ${code} er ${levelWord(reading.written)}, men i samtalen ble det sagt ${levelWord(reading.said)}. Kontroller verdien.`,
            ),
          );
          break;
      }
    }

    return found;
  },
};
