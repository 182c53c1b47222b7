import {
  finiteVerbs,
  neverNames,
  personVerbs,
  possessives,
  relations,
} from '../gazetteers/context-words.js';
import { personTitles as titles } from '../gazetteers/person-titles.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { isProductBrand } from './product-names.js';
import { isSurnameParticle, particleSurnameEnd } from './surname-particles.js';
import { isNameLike, type TokenAnalysis } from './token-analysis.js';

/** Words after which a phrase ends: "snakket med jon berg om det", "ola lie og jeg". */
const phraseEndWords = new Set(['om', 'og', 'som', 'på', 'i', 'fra', 'frå', 'hos', 'til', 'med']);

/**
 * Name chains: grows every PERSON span over the name parts next to it on the same line
 * ("Hei. Tone Rønning Haug" with "Rønning" known → the whole name), over an initial before it
 * ("T. Fagerli") and over a title before it ("doktor Vatne"). Two PERSON spans separated only by
 * spaces merge; a one-word LOCATION that is also a name part joins the person. Only a detected
 * or known name part starts a chain, so "Vi. Berg" stays as it is. `accepted` must be sorted
 * and free of overlaps; the result is too.
 */
export function extendPersonChains(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  accepted: readonly Candidate[],
): Candidate[] {
  if (!accepted.some((candidate) => candidate.type === 'PERSON')) return [...accepted];
  // owner[i]: index into `accepted` of the entity covering token i, or -1.
  const owner = new Int32Array(tokens.length).fill(-1);
  // firstOwned/lastOwned[e]: the token run entity e covers (-1 when none). An entity's run only
  // changes when it is processed or merged away, so these stay right until its turn.
  const firstOwned = new Int32Array(accepted.length).fill(-1);
  const lastOwned = new Int32Array(accepted.length).fill(-1);
  let cursor = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) continue;
    while (cursor < accepted.length && (accepted[cursor]?.end ?? 0) <= token.start) cursor++;
    const entity = accepted[cursor];
    if (entity !== undefined && entity.start < token.end && token.start < entity.end) {
      owner[index] = cursor;
      if (firstOwned[cursor] === -1) firstOwned[cursor] = index;
      lastOwned[cursor] = index;
    }
  }
  const result: (Candidate | undefined)[] = [...accepted];
  const isSingleNameLocation = (entityIndex: number, token: Token): boolean => {
    const entity = result[entityIndex];
    if (entity?.type !== 'LOCATION' || entity.start !== token.start || entity.end !== token.end)
      return false;
    const analysis = words.analyseToken(token);
    return analysis.firstName || analysis.surname;
  };
  // Tokens from..to are free, or persons or one-word name places that may merge.
  const canJoin = (from: number, to: number): boolean => {
    for (let index = from; index <= to; index++) {
      const other = owner[index] ?? -1;
      const token = tokenAt(tokens, index);
      if (other < 0 || token === undefined) continue;
      if (result[other]?.type !== 'PERSON' && !isSingleNameLocation(other, token)) return false;
      if ((result[other]?.end ?? 0) > (tokenAt(tokens, to)?.end ?? 0)) return false;
    }
    return true;
  };
  // A low-confidence one-word guess of another type: "Giulia" read as a place before "di Stefano".
  const isWeakSingleToken = (entityIndex: number, token: Token): boolean => {
    const entity = result[entityIndex];
    return (
      entity !== undefined &&
      entity.start === token.start &&
      entity.end === token.end &&
      entity.confidence < 0.7
    );
  };
  // A one-word place guessed from its frame alone, right before a person: the given name
  // ("Svar fra Aurelija Kazlauskaitė": "fra" made "Aurelija" a place). Never a listed place.
  const isGuessedPlaceBeforeName = (entityIndex: number, token: Token): boolean => {
    const entity = result[entityIndex];
    if (
      entity?.type !== 'LOCATION' ||
      entity.confidence >= 0.7 ||
      entity.start !== token.start ||
      entity.end !== token.end ||
      !isNameLike(token)
    )
      return false;
    const analysis = words.analyseToken(token);
    return !analysis.place && !analysis.region && !analysis.common;
  };
  // "hos Lilja Andreassen": a listed international given name that is no dictionary entry (only
  // an inflected form of one: "lilja") right before a listed surname, inside a sentence.
  const isListedGivenNameBeforeSurname = (previous: Token, current: Token): boolean => {
    if (!isNameLike(previous) || previous.sentenceStart || !isNameLike(current)) return false;
    const given = words.analyseToken(previous);
    return (
      given.international &&
      !given.entry &&
      !given.place &&
      !given.nonIdentifying &&
      words.analyseToken(current).surname
    );
  };
  // "fra Arta Krasniqi", "Qerim og Drita Berisha", "Pasient: Rosa Huamán": a capitalised word
  // inside a sentence (or right after a label's colon) before a capitalised name part is a given
  // name even when it is also an ordinary word ("arta", "drita", "rosa"): a word capitalised
  // there is a name. Titles, function words, institution words, places, regions and terms stay out.
  const isCapitalisedWordGivenName = (
    previous: Token,
    current: Token,
    beforePrevious: Token | undefined,
  ): boolean => {
    if (
      previous.kind !== 'word' ||
      !previous.capitalised ||
      previous.allCaps ||
      previous.text.length < 3 ||
      !current.capitalised ||
      current.allCaps ||
      !isNameLike(previous)
    )
      return false;
    if (previous.sentenceStart && beforePrevious?.text !== ':') return false;
    if (
      titles.has(previous.lower) ||
      relations.has(previous.lower) ||
      neverNames.has(previous.lower) ||
      possessives.has(previous.lower) ||
      finiteVerbs.has(previous.lower) ||
      personVerbs.has(previous.lower) ||
      isProductBrand(previous.lower) ||
      words.isInstitutionWord(previous.lower)
    )
      return false;
    const analysis = words.analyseToken(previous);
    return (
      !analysis.nonIdentifying &&
      !analysis.region &&
      !analysis.place &&
      !analysis.term &&
      !analysis.compoundTerm
    );
  };
  // "svein arne sier": in lower case from speech-to-text, a listed given name (even a word, not a
  // function word) right before a found lower-case name part is the first of two given names.
  const isLowerCaseGivenNameBefore = (previous: Token, current: Token): boolean => {
    if (
      previous.kind !== 'word' ||
      previous.capitalised ||
      current.capitalised ||
      previous.text.length < 3 ||
      neverNames.has(previous.lower) ||
      possessives.has(previous.lower)
    )
      return false;
    const given = words.analyseToken(previous);
    return given.firstName && !given.place && !given.nonIdentifying;
  };
  // "jeg heter leticia, leticia moreno": in lower case from speech-to-text, a listed surname or
  // international name that is no word, place or term goes on a lower-case name before it.
  const isLowerCaseListedSurname = (next: Token): boolean => {
    if (next.kind !== 'word' || next.capitalised || next.text.length < 3) return false;
    if (neverNames.has(next.lower) || possessives.has(next.lower)) return false;
    const analysis = words.analyseToken(next);
    return (
      (analysis.surname || analysis.international) &&
      !analysis.common &&
      !analysis.entry &&
      !analysis.place &&
      !analysis.nonIdentifying
    );
  };
  // "snakket med jon berg om det", "kona mi, tone dal, er her": in lower case, a listed surname
  // that is also a word ("berg", "dal", "lie") right after a found one-word given name, where the
  // phrase ends after it (a punctuation mark, a verb, or a preposition).
  const isLowerCaseWordSurnameEndingPhrase = (
    given: Token,
    next: Token,
    after: Token | undefined,
  ): boolean => {
    if (given.capitalised || next.kind !== 'word' || next.capitalised || next.text.length < 3)
      return false;
    if (neverNames.has(next.lower) || possessives.has(next.lower)) return false;
    if (!words.analyseToken(given).firstName) return false;
    const analysis = words.analyseToken(next);
    if (!analysis.surname || analysis.nonIdentifying || analysis.firstName) return false;
    if (after === undefined || after.kind === 'punct') return true;
    return (
      finiteVerbs.has(after.lower) ||
      personVerbs.has(after.lower) ||
      phraseEndWords.has(after.lower)
    );
  };
  for (let entityIndex = 0; entityIndex < result.length; entityIndex++) {
    const entity = result[entityIndex];
    if (entity?.type !== 'PERSON') continue;
    let first = firstOwned[entityIndex] ?? -1;
    let last = lastOwned[entityIndex] ?? -1;
    if (first < 0) continue;
    let start = entity.start;
    let end = entity.end;
    let grew = false;
    // Forward: up to three more name parts.
    for (let steps = 0; steps < 3; steps++) {
      const next = tokenAt(tokens, last + 1);
      const current = tokenAt(tokens, last);
      if (
        next === undefined ||
        current === undefined ||
        !isSpaceBetween(text, current.end, next.start)
      )
        break;
      // A surname with particles: "Marit van der Berg", "Fatima al-Hassan", "Luca De Luca".
      const entityText = text.slice(entity.start, entity.end);
      const particleEnd = particleSurnameEnd(
        text,
        tokens,
        last + 1,
        entityText === entityText.toLowerCase(),
      );
      if (particleEnd > last && canJoin(last + 1, particleEnd)) {
        for (let index = last + 1; index <= particleEnd; index++) {
          const other = owner[index] ?? -1;
          if (other >= 0 && other !== entityIndex) {
            end = Math.max(end, result[other]?.end ?? end);
            result[other] = undefined;
          }
          owner[index] = entityIndex;
        }
        last = particleEnd;
        end = Math.max(end, tokenAt(tokens, particleEnd)?.end ?? end);
        grew = true;
        continue;
      }
      const nextOwner = owner[last + 1] ?? -1;
      if (nextOwner >= 0 && nextOwner !== entityIndex) {
        const other = result[nextOwner];
        if (
          other?.type === 'PERSON' ||
          (other !== undefined && isSingleNameLocation(nextOwner, next))
        ) {
          end = Math.max(end, other.end);
          result[nextOwner] = undefined;
          while ((owner[last + 1] ?? -1) === nextOwner) owner[++last] = entityIndex;
          grew = true;
          continue;
        }
        break;
      }
      // "jeg heter tove lill bakke": in lower case, a second given name and a surname, both also
      // words, after a found one-word given name, where the phrase ends after the surname.
      const surname = tokenAt(tokens, last + 2);
      if (
        steps === 0 &&
        first === last &&
        nextOwner < 0 &&
        surname !== undefined &&
        (owner[last + 2] ?? -1) < 0 &&
        entityText === entityText.toLowerCase() &&
        isSpaceBetween(text, next.end, surname.start) &&
        isLowerCaseGivenNameBefore(next, surname) &&
        isLowerCaseWordSurnameEndingPhrase(next, surname, tokenAt(tokens, last + 3))
      ) {
        owner[last + 1] = entityIndex;
        owner[last + 2] = entityIndex;
        last += 2;
        end = surname.end;
        grew = true;
        continue;
      }
      if (
        nextOwner >= 0 ||
        (!words.isChainPart(next) &&
          !isVietnameseNameSyllable(tokens, first, last, next) &&
          !(entityText === entityText.toLowerCase() && isLowerCaseListedSurname(next)) &&
          !(
            steps === 0 &&
            first === last &&
            isLowerCaseWordSurnameEndingPhrase(current, next, tokenAt(tokens, last + 2))
          ))
      )
        break;
      last += 1;
      owner[last] = entityIndex;
      end = next.end;
      grew = true;
    }
    // Backward over particles to a given name: "Giulia di Stefano" with "Stefano" found.
    let particleFirst = first;
    while (
      first - particleFirst < 3 &&
      isSurnameParticle(tokenAt(tokens, particleFirst - 1)) &&
      (owner[particleFirst - 1] ?? -1) < 0 &&
      isSpaceBetween(
        text,
        tokenAt(tokens, particleFirst - 1)?.end ?? 0,
        tokenAt(tokens, particleFirst)?.start ?? 0,
      )
    )
      particleFirst -= 1;
    const givenName = tokenAt(tokens, particleFirst - 1);
    if (
      particleFirst < first &&
      tokenAt(tokens, first)?.capitalised === true &&
      isNameLike(givenName) &&
      !titles.has(givenName.lower) &&
      isSpaceBetween(text, givenName.end, tokenAt(tokens, particleFirst)?.start ?? 0) &&
      (canJoin(particleFirst - 1, particleFirst - 1) ||
        isWeakSingleToken(owner[particleFirst - 1] ?? -1, givenName))
    ) {
      const other = owner[particleFirst - 1] ?? -1;
      if (other >= 0 && other !== entityIndex) {
        start = Math.min(start, result[other]?.start ?? start);
        result[other] = undefined;
      }
      for (let index = particleFirst - 1; index < first; index++) owner[index] = entityIndex;
      first = particleFirst - 1;
      start = Math.min(start, givenName.start);
      grew = true;
    }
    // Backward: name parts, an initial ("T."), then at most a title.
    for (let steps = 0; steps < 4; steps++) {
      const current = tokenAt(tokens, first);
      const previous = tokenAt(tokens, first - 1);
      if (current === undefined || previous === undefined) break;
      const previousOwner = owner[first - 1] ?? -1;
      if (
        previous.kind === 'punct' &&
        previous.text === '.' &&
        isSpaceBetween(text, previous.end, current.start) &&
        previousOwner < 0
      ) {
        const letter = tokenAt(tokens, first - 2);
        if (
          letter !== undefined &&
          letter.kind === 'word' &&
          letter.end === previous.start &&
          (owner[first - 2] ?? -1) < 0 &&
          ((letter.text.length === 1 && letter.text !== letter.lower) || letter.lower === 'dr')
        ) {
          first -= 2;
          start = letter.start;
          grew = true;
          if (letter.lower === 'dr') break;
          continue;
        }
        break;
      }
      if (!isSpaceBetween(text, previous.end, current.start)) break;
      if (previousOwner >= 0) {
        const other = result[previousOwner];
        // A farm name between a given name and the surname: "Ane Skjold Mathisen".
        const givenBefore = tokenAt(tokens, first - 2);
        const farmName =
          other?.type === 'LOCATION' &&
          other.start === previous.start &&
          other.end === previous.end &&
          givenBefore !== undefined &&
          (owner[first - 2] ?? -1) < 0 &&
          isSpaceBetween(text, givenBefore.end, previous.start) &&
          isNameLike(givenBefore) &&
          words.analyseToken(givenBefore).firstName;
        if (
          other?.type === 'PERSON' ||
          farmName ||
          (other !== undefined &&
            (isSingleNameLocation(previousOwner, previous) ||
              isGuessedPlaceBeforeName(previousOwner, previous)))
        ) {
          start = Math.min(start, other.start);
          result[previousOwner] = undefined;
          while ((owner[first - 1] ?? -1) === previousOwner) owner[--first] = entityIndex;
          grew = true;
          continue;
        }
        break;
      }
      if (previous.kind === 'word' && titles.has(previous.lower)) {
        first -= 1;
        start = previous.start;
        grew = true;
        break;
      }
      if (
        !words.isChainPart(previous) &&
        !isListedGivenNameBeforeSurname(previous, current) &&
        !isLowerCaseGivenNameBefore(previous, current) &&
        !isCapitalisedWordGivenName(previous, current, tokenAt(tokens, first - 2))
      )
        break;
      first -= 1;
      owner[first] = entityIndex;
      start = previous.start;
      grew = true;
    }
    if (grew)
      result[entityIndex] = {
        ...entity,
        start,
        end,
        confidence: Math.max(entity.confidence, 0.85),
      };
  }
  return result.filter((candidate): candidate is Candidate => candidate !== undefined);
}

/** The middle names of Vietnamese names: "Nguyen Thi Ha", "Tran Van Long". */
const vietnameseMiddleNames = new Set(['thi', 'thị', 'van', 'văn']);

/**
 * True for a short capitalised syllable after a chain holding a Vietnamese middle name: "Vo Thi Thu
 * Ha", "Tran Van Ha" — the given name, even when it is a Norwegian word ("Ha", "Lan").
 */
function isVietnameseNameSyllable(
  tokens: readonly Token[],
  first: number,
  last: number,
  next: Token,
): boolean {
  if (!next.capitalised || next.allCaps || next.text.length > 4 || !isNameLike(next)) return false;
  for (let index = first; index <= last; index++)
    if (index > first && vietnameseMiddleNames.has(lowerAt(tokens, index))) return true;
  return false;
}
