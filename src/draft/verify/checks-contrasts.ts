import type { SentenceFlag } from '../../core/index.js';
import { findContrastedDenial } from './denied-beside-affirmed.js';
import { findFindingOnNormalPart } from './finding-on-normal-part.js';
import { findDeniedWhenAsked, findUnknownWhenAsked } from './denied-when-asked.js';
import { findRelativesByPronoun } from './pronoun-relative-answer.js';
import { type SentenceCheckDefinition, flag } from './sentence-context.js';
import { isHypotheticalSentence } from './sentence-cues.js';

/**
 * Checks of claims that contrast with what the conversation said in a related wording: one wording
 * of a concept denied beside another affirmed ("ingen nummenhet, men litt prikking").
 */

/** "Nummenhet i fingrene" where the patient said "ingen nummenhet, men litt prikking". */
export const contrastedDenialCheck: SentenceCheckDefinition = {
  name: 'contrastedDenial',
  check(sentence) {
    const { tokens, claims, index, flags } = sentence;
    if (flags.some((candidate) => candidate.kind === 'negation-conflict')) return [];
    if (isHypotheticalSentence(sentence)) return [];
    const found: SentenceFlag[] = [];
    for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex += 1) {
      if (claims.negated[tokenIndex] === true || claims.aboutOther[tokenIndex] === true) continue;
      const contrast = findContrastedDenial({ claims, tokenIndex, index });
      if (contrast === undefined) continue;
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier «${tokens[tokenIndex]?.text ?? ''}», men i samtalen ble det avkreftet (det som ble bekreftet, var «${contrast.affirmed}»).`,
        ),
      );
      break;
    }
    return found;
  },
};

/** "Knatrelyder over høyre lunge" where the clinician said "lungene er fine". */
export const findingOnNormalPartCheck: SentenceCheckDefinition = {
  name: 'findingOnNormalPart',
  check(sentence) {
    const { tokens, claims, index, flags, options } = sentence;
    if (options.section !== 'funn') return [];
    if (flags.some((candidate) => candidate.severity !== 'info')) return [];
    if (isHypotheticalSentence(sentence)) return [];
    const part = findFindingOnNormalPart({ tokens, claims, index });
    if (part === undefined) return [];
    return [
      flag(
        'unsupported',
        'warning',
        `Setningen beskriver et funn ved «${tokens[part]?.text ?? ''}», men i samtalen ble det sagt å være normalt. Kontroller at det ble undersøkt.`,
      ),
    ];
  },
};

/** "Migrene" where the patient answered no to "Har du nokon gong hatt migrene?". */
export const deniedWhenAskedCheck: SentenceCheckDefinition = {
  name: 'deniedWhenAsked',
  check(sentence) {
    const { tokens, claims, index, flags } = sentence;
    if (flags.some((candidate) => candidate.severity === 'error')) return [];
    if (isHypotheticalSentence(sentence)) return [];
    const denied = findDeniedWhenAsked({ claims, index });
    if (denied === undefined) {
      // "Betydelig vekttap" where "Har han gått ned i vekt?" was answered "Han vet ikke".
      const unknown = findUnknownWhenAsked({ claims, index, tokens });
      return unknown === undefined
        ? []
        : [
            flag(
              'unsupported',
              'warning',
              `«${tokens[unknown]?.text ?? ''}» ble bare spurt om i samtalen, og svaret var at det ikke er kjent. Kontroller at det stemmer.`,
            ),
          ];
    }
    return [
      flag(
        'negation-conflict',
        'error',
        `Setningen sier «${tokens[denied]?.text ?? ''}», men pasienten svarte nei da det ble spurt om det i samtalen.`,
      ),
    ];
  },
};

/** "Preeklampsi" where the patient said of the sister asked about: "Ja, ho fekk preeklampsi". */
export const relativeByPronounCheck: SentenceCheckDefinition = {
  name: 'relativeByPronoun',
  check(sentence) {
    const { tokens, claims, index, flags, weighty } = sentence;
    if (flags.some((candidate) => candidate.severity === 'error')) return [];
    const token = findRelativesByPronoun({
      claims,
      index,
      isClinical: (tokenIndex) =>
        claims.findingKey[tokenIndex] !== undefined || weighty.has(tokenIndex),
    });
    if (token === undefined) return [];
    return [
      flag(
        'person-conflict',
        'error',
        `«${tokens[token]?.text ?? ''}» ble sagt om en slektning i samtalen, ikke om pasienten.`,
      ),
    ];
  },
};
