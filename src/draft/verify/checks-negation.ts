import { isAffirmedLaterInTurn, isCorrectedByAnotherSpeaker } from './later-reply.js';
import {
  isDeniedOnlyUnderOtherCondition,
  isDeniedWhereSaidPresent,
  isWrittenUnderDeniedCondition,
} from './condition-limited-denial.js';
import type { SentenceFlag } from '../../core/index.js';
import { getLexiconEntry } from '../language/clinical-lexicon.js';
import type { WordToken } from '../language/fold.js';
import { findDeniedFever, isFeverWord } from './denied-fever.js';
import { findDeniedSign } from './denied-sign.js';
import { formatNumber } from '../language/norwegian-numbers.js';
import { isContentWord, stemFolded } from '../language/stem.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';
import { findContrastedDenial } from './denied-beside-affirmed.js';
import { findWithOrWithout } from './with-or-without.js';
import { findContinuedButGivenUp, isContinuingWord } from './continued-but-given-up.js';
import {
  isAbilityWrittenAsInability,
  isInabilityWrittenAsAbility,
  namesActivity,
} from './opposite-ability.js';
import { findDeniedStatement, saysBefore } from './denied-statements.js';
import {
  findFormerHabitNeverTaken,
  findNeverHabitContradicted,
  findNonSmokerContradicted,
  isNeverHabitCue,
} from './never-habit.js';
import {
  type SentenceCheckDefinition,
  flag,
  noteVocabulary,
  perSentence,
} from './sentence-context.js';
import { isHypotheticalSentence } from './sentence-cues.js';
import { historyCue } from './checks-people.js';
import { isHouseholdSmokingDenied, isSmokingWord } from './household-smoking.js';
import { findDeniedEarlierEpisode, isEarlierEpisodeCue } from './earlier-episodes.js';
import { isAnsweredFirstTime, isGoneOnlyNow, saysFirstTime } from './first-or-gone.js';
import { findDeniedFamilyHistory, isFamilyWord } from './denied-family-history.js';
import { findDeniedSaidActivity, isActivityDenial } from './denied-said-activity.js';

/** Sections that give today's complaint, findings and assessment, not the history. */
const todaySections = new Set([
  'kontaktarsak',
  'innleggelsesarsak',
  'funn',
  'vurdering',
  'diagnoser',
]);

/** Words that place a sentence in the present episode ("akutt", "i går", "i natt"). */
const todayCue =
  /(?<![\p{L}])(?:akutt\p{L}*|nyoppstått\p{L}*|i dag|i går|i natt|i morges|i kveld)(?![\p{L}])/iu;

/**
 * A sentence about today's complaint (its section or its words), which a denial of the time before
 * now does not contradict; a history ("tidligere", "kjent", "har hatt") never is.
 */
function isAboutToday(text: string, section: string | undefined): boolean {
  if (historyCue.test(text)) return false;
  return (section !== undefined && todaySections.has(section)) || todayCue.test(text);
}

/**
 * True when every statement of the conversation that denies the finding denies it only before now
 * ("Har du hatt blodpropp før?" "Nei, aldri."): today's finding is not contradicted by it, a
 * history ("tidligere DVT") is.
 */
function isDeniedOnlyBefore(key: string, index: TranscriptIndex): boolean {
  let denials = 0;
  // (Only units stating the key can deny it.)
  for (const unitIndex of index.unitsStating(key)) {
    const unit = index.units[unitIndex];
    if (unit === undefined || index.polarityIn(key, [unitIndex]).absent === 0) continue;
    denials += 1;
    if (!saysBefore(unit.tokens) && !isAnsweredFirstTime(unitIndex, index)) return false;
  }
  return denials > 0;
}

/** Words that limit a denial to a time or situation ("nå", "i hvile", "for tiden"). */
// ("siste": "afebril siste døgn", "ingen smerter siste 48 timer" speak of the end of a course.)
const situationWords = new Set(['na', 'naa', 'hvile', 'ro', 'tiden', 'idag', 'no', 'siste']);

/**
 * Words of likeness before a finding (folded): "Ikke hatt tilsvarende anfall" denies an earlier
 * episode like today's, so only an earlier one told contradicts it.
 */
const likenessWords =
  /^(?:tilsvarende|tilsvarande|lignende|liknende|liknande|slike|slik|sanne|sann|samme|same|sama)$/u;

/** "Ingen tidligere otitter": a denial narrowed to the time before now (folded). */
const earlierWords = new Set(['tidligere', 'tidlegare']);

/** Words (folded) that deny what follows ("ingen", "ikke", "aldri"). */
const denialWords = new Set(['ingen', 'inga', 'intet', 'ikke', 'ikkje', 'aldri', 'uten', 'utan']);

/** "i fjor", "for ti år siden", "som barn": a time before today's complaint. */
const timeAgoCue =
  /(?<![\p{L}])(?:i fjor|i fjol|(?:for|fer) \p{L}+ (?:år|måneder|månader|uker|veker) siden|(?:for|fer) \p{L}+ (?:år|månader|veker) sidan|som (?:barn|liten|ung|unge))(?![\p{L}])/iu;

/**
 * True when the conversation says the finding was present before now: a statement about the
 * patient (or a question answered yes) that names it and speaks of an earlier time ("Har ho hatt
 * øyrebetennelse før?" "Ja, to gonger i fjor"; "brudd for ti år siden").
 */
function isSaidPresentBefore(key: string, index: TranscriptIndex): boolean {
  return index.units.some((unit, unitIndex) => {
    const present =
      unit.polarity.get(key) === true ||
      (unit.isQuestion &&
        index.answerTo(unitIndex) === 'yes' &&
        unit.claims.findingKey.includes(key));
    if (!present) return false;
    const reply = unit.isQuestion ? index.replyTo(unitIndex) : undefined;
    const replyText =
      reply === undefined
        ? ''
        : (index.units[reply]?.tokens.map((token) => token.text).join(' ') ?? '');
    const text = unit.tokens.map((token) => token.text).join(' ');
    return saysBefore(unit.tokens) || timeAgoCue.test(text) || timeAgoCue.test(replyText);
  });
}

/** Before an agent noun ("tidligere røyker"): a habit given up. */
const formerCueWords = new Set(['tidligere', 'tidlegare', 'eks', 'ex']);

/** Words of a habit given up ("sluttet", "slutta", "ikke lenger", "før"). */
function givenUpCue(folded: string, next: string | undefined): boolean {
  if (/^slutt/u.test(folded) || folded === 'for' || folded === 'tidligere') return true;
  return (
    /^(?:ikke|ikkje|itj|inkje)$/u.test(folded) && /^(?:lenger|lengre|meir|mer)$/u.test(next ?? '')
  );
}

/** Sections that tell what the patient or a relative reported. */
const historySections = new Set(['anamnese', 'kontaktarsak']);

/**
 * True when every denial of the finding in these units is the clinician's statement (an
 * examination), and the patient or a relative said it present somewhere in the conversation.
 */
function isDeniedOnlyByExamination(
  key: string,
  level: Iterable<number> | 'everywhere',
  index: TranscriptIndex,
): boolean {
  // (Only units stating the key can deny it, or say it present.)
  const units = level === 'everywhere' ? index.unitsStating(key) : level;
  for (const unitIndex of units) {
    const unit = index.units[unitIndex];
    if (unit === undefined || index.polarityIn(key, [unitIndex]).absent === 0) continue;
    if (unit.isQuestion || (unit.speaker !== 'lege' && unit.speaker !== 'sykepleier')) return false;
  }
  return index.unitsStating(key).some((unitIndex) => {
    const unit = index.units[unitIndex];
    return (
      unit !== undefined &&
      unit.speaker !== 'lege' &&
      unit.speaker !== 'sykepleier' &&
      !unit.isQuestion &&
      index.polarityIn(key, [unitIndex]).present > 0
    );
  });
}

/**
 * What the patient was told may happen ("Informert om mulige ankelødemer", "opplyst om at det kan
 * gi hodepine"): it states no finding, present or absent.
 */
const counsellingCue =
  /(?<![\p{L}])(?:(?:informert|informeres|orientert|orienteres|opplyst|advart|forklart)(?: \p{L}+)? om|mulige? bivirkning\p{L}*)(?![\p{L}])/iu;

/** A sentence about change ("obstipasjon bedre") says neither present nor absent. */
const changeCue =
  /(?<![\p{L}])(?:bedre|bedring|mindre|avtatt|avtar|borte|gått over|forsvunnet|lettere|verre|forverr\p{L}*|økende|tiltagende)(?![\p{L}])/iu;

/** A sentence of what may happen, of change or of counselling (tested once per sentence). */
const isQuietOnPolarity = perSentence(
  (sentence) =>
    isHypotheticalSentence(sentence) ||
    changeCue.test(sentence.text) ||
    counsellingCue.test(sentence.text),
);

/** True when the finding is also stated present later in the sentence. */
function isAlsoAffirmed(claims: Claims, key: string, tokenIndex: number): boolean {
  for (let later = tokenIndex + 1; later < claims.findingKey.length; later += 1)
    if (
      claims.findingKey[later] === key &&
      claims.negated[later] !== true &&
      claims.aboutOther[later] !== true
    )
      return true;
  return false;
}

/**
 * A finding stated present or absent is checked level by level: the evidence sentences, their
 * neighbourhood, the whole conversation; the first level that says anything about it decides.
 */
function checkNegation(
  text: string,
  tokens: readonly WordToken[],
  claims: Claims,
  evidenceUnits: readonly number[],
  near: ReadonlySet<number>,
  index: TranscriptIndex,
  section: string | undefined,
): SentenceFlag | undefined {
  // (The caller has left out sentences that speak of what may happen, of change or of counselling.)
  const seen = new Set<string>();
  const levels: readonly (Iterable<number> | 'everywhere')[] = [evidenceUnits, near, 'everywhere'];
  for (let tokenIndex = 0; tokenIndex < claims.findingKey.length; tokenIndex += 1) {
    const key = claims.findingKey[tokenIndex];
    if (key === undefined || seen.has(key)) continue;
    if (claims.aboutOther[tokenIndex] === true) continue;
    seen.add(key);
    const isNegatedHere = claims.negated[tokenIndex] === true;
    // "Ingen kløe i øynene, men kløe i ganen": a finding denied in one clause and said in another
    // is denied only at a site, so the finding said elsewhere in the conversation does not
    // contradict the denial.
    if (isNegatedHere && isAlsoAffirmed(claims, key, tokenIndex)) continue;
    // "Ingen nummenhet" where the patient said "ingen nummenhet, men litt prikking": the denial
    // agrees with the wording that was denied (contrastedDenialCheck reads the other way).
    if (isNegatedHere && findContrastedDenial({ claims, tokenIndex, index }) !== undefined)
      continue;
    // "Ingen paroksysmal nattleg dyspné": a qualified denial is narrower than the finding itself,
    // so the finding said present elsewhere does not contradict it.
    const before = tokenIndex > 0 ? claims.keys[tokenIndex - 1] : undefined;
    const qualified =
      isNegatedHere &&
      claims.negated[tokenIndex - 1] === true &&
      before !== undefined &&
      before.length > 0 &&
      claims.findingKey[tokenIndex - 1] === undefined &&
      !before.some((key) => claims.keys[tokenIndex]?.includes(key) === true);
    // "Ingen tidligere otitter", "ikke hatt tilsvarende anfall" where the conversation told of one
    // before now ("to gonger i fjor", "et lignende anfall for to år siden").
    const deniedEarlierButSaid =
      qualified &&
      (earlierWords.has(tokens[tokenIndex - 1]?.folded ?? '') ||
        likenessWords.test(tokens[tokenIndex - 1]?.folded ?? '')) &&
      tokens.slice(0, tokenIndex - 1).some((token) => denialWords.has(token.folded)) &&
      isSaidPresentBefore(key, index);
    // … unless the finding was said present with that very qualifier ("det klør mest om natta"
    // against "ingen nattlig kløe").
    if (qualified) {
      const qualifier = tokens[tokenIndex - 1]?.folded ?? '';
      const stem = qualifier.slice(0, 4);
      const saidWithQualifier =
        deniedEarlierButSaid ||
        (stem.length === 4 &&
          [...evidenceUnits, ...near].some((unitIndex) => {
            const unit = index.units[unitIndex];
            // (A question answered yes counts too when the answer names the finding again: "Klør
            // han om natta?" "Ja, han vaknar og klør seg til blods.")
            return (
              unit !== undefined &&
              (unit.polarity.get(key) === true ||
                (unit.isQuestion &&
                  index.answerTo(unitIndex) === 'yes' &&
                  unit.claims.findingKey.includes(key))) &&
              unit.tokens.some((token) => token.folded.startsWith(stem))
            );
          }));
      if (!saidWithQualifier) continue;
    }
    // "Ikke tung i pusten nå", "ingen smerter i hvile": a denial limited in time or situation is
    // narrower than the finding, so the finding said present at other times does not contradict it.
    const limited =
      isNegatedHere &&
      claims.keys
        .slice(tokenIndex + 1, tokenIndex + 6)
        .some((_keys, offset) => situationWords.has(tokens[tokenIndex + 1 + offset]?.folded ?? ''));
    // "Tidligere røyker": a habit given up is not contradicted by the conversation's "røykte"
    // when it also says it was stopped ("sluttet", "ikke lenger", "før").
    if (
      isNegatedHere &&
      !deniedEarlierButSaid &&
      formerCueWords.has(tokens[tokenIndex - 1]?.folded ?? '') &&
      [...evidenceUnits, ...near].some((unitIndex) =>
        (index.units[unitIndex]?.tokens ?? []).some((token, position, unitTokens) =>
          givenUpCue(token.folded, unitTokens[position + 1]?.folded),
        ),
      )
    )
      continue;
    let present = 0;
    let absent = 0;
    let decidingLevel: Iterable<number> | 'everywhere' = 'everywhere';
    for (const level of levels) {
      ({ present, absent } =
        level === 'everywhere' ? index.polarityEverywhere(key) : index.polarityIn(key, level));
      decidingLevel = level;
      if (present > 0 || absent > 0) break;
    }
    // A symptom the patient describes ("det piper i bringa når eg køyrer hardt") is not denied by
    // the clinician's examination today ("ingen pipelydar"): the history keeps what was told.
    if (
      !isNegatedHere &&
      absent > 0 &&
      present === 0 &&
      section !== undefined &&
      historySections.has(section) &&
      isDeniedOnlyByExamination(key, decidingLevel, index)
    )
      continue;
    const concept = /^c\d+$/.test(key) ? getLexiconEntry(Number(key.slice(1))) : undefined;
    const name = concept?.clinical ?? key;
    if (
      !isNegatedHere &&
      absent > 0 &&
      present === 0 &&
      // ("Første episode med ørebetennelse" agrees with a denial of earlier episodes.)
      (!(isAboutToday(text, section) || (!historyCue.test(text) && saysFirstTime(text))) ||
        !isDeniedOnlyBefore(key, index)) &&
      // "Feber de to første dagene, nå feberfri": denied only for now, said present before.
      !isGoneOnlyNow({ tokens, claims, tokenIndex, key, index, section }) &&
      !isAffirmedLaterInTurn(key, decidingLevel, index) &&
      // "Ortopné" where "tungpusten når du anstrenger deg?" was answered "nei, bare når jeg ligger
      // flatt": only a note repeating the reply's condition agrees with the patient.
      !isDeniedOnlyUnderOtherCondition(key, tokens, claims.findingKey, decidingLevel, index)
    )
      return flag(
        'negation-conflict',
        'error',
        `Setningen sier at det er ${name}, men i samtalen ble det avkreftet.`,
      );
    // "Nattlig hoste" where "Hostar du om natta?" was answered "Nei, berre når eg et": the cough
    // was said present, but not under the condition written.
    if (!isNegatedHere && isWrittenUnderDeniedCondition(key, tokens, index))
      return flag(
        'negation-conflict',
        'error',
        `Setningen sier at det er ${name} i en situasjon der det ble avkreftet i samtalen.`,
      );
    // Tenderness belongs to a spot: "ikke øm over fibula" beside "øm over leddbåndet" is no conflict.
    const siteBound = name === 'ømhet';
    if (
      isNegatedHere &&
      !limited &&
      !siteBound &&
      present > 0 &&
      absent === 0 &&
      !isResolvedLater(key, index) &&
      !isEndedAsSaid(tokens, key, index)
    )
      return flag(
        'negation-conflict',
        'error',
        `Setningen avkrefter ${name}, men i samtalen ble det bekreftet.`,
      );
    // "Ingen dyspné" where "tungpusten i hvile?" was answered "nei, bare når jeg går i trapper":
    // denied only under the condition asked about, said present under another.
    if (
      isNegatedHere &&
      !limited &&
      !siteBound &&
      absent > 0 &&
      present === 0 &&
      isDeniedWhereSaidPresent(key, tokens, claims.findingKey, decidingLevel, index)
    )
      return flag(
        'negation-conflict',
        'error',
        `Setningen avkrefter ${name}, men i samtalen ble det bekreftet i en annen situasjon.`,
      );
    // "Ikke øm langs venene" where the examination found "øm langs venene": a denial at the very
    // spot found tender is contradicted, whatever other spots were denied.
    if (isNegatedHere && siteBound && isSaidPresentAtSite(tokens, tokenIndex, key, index))
      return flag(
        'negation-conflict',
        'error',
        `Setningen avkrefter ${name} på dette stedet, men i samtalen ble det bekreftet der.`,
      );
    // "Bankøm over nyrelosjene" where the examination said "ikkje bankøm over nyrelosjane": said
    // at the very spot it was denied, whatever other spots were found tender.
    if (!isNegatedHere && siteBound && isDeniedAtSite(tokens, tokenIndex, key, index))
      return flag(
        'negation-conflict',
        'error',
        `Setningen sier at det er ${name} på dette stedet, men i samtalen ble det avkreftet der.`,
      );
    // "Nei, ikkje feber." — "Jo pappa, æ hadd feber på søndag": another speaker's correction decides.
    if (isNegatedHere && !limited && !siteBound && isCorrectedByAnotherSpeaker(key, index))
      return flag(
        'negation-conflict',
        'error',
        `Setningen avkrefter ${name}, men i samtalen ble det rettet opp og bekreftet.`,
      );
  }
  return undefined;
}

/**
 * The content words naming the spot after a finding in a sentence ("øm langs venene" → "venene"),
 * up to the end of its clause; at most four.
 */
function siteWordsAfter(tokens: readonly WordToken[], tokenIndex: number): string[] {
  const words: string[] = [];
  for (let position = tokenIndex + 1; position < tokens.length && words.length < 4; position += 1) {
    const token = tokens[position];
    if (token === undefined || /^(?:men|og|eller|ved|etter)$/u.test(token.folded)) break;
    if (isContentWord(token.folded)) words.push(token.folded.slice(0, 5));
  }
  return words;
}

/**
 * True when a finding denied at a spot ("ingen ømhet i venstre fossa iliaca") is stated present
 * about the patient at that same spot: every word naming the spot follows the finding within six
 * words of a statement (not a question) that does not deny it there.
 */
function isSaidPresentAtSite(
  tokens: readonly WordToken[],
  tokenIndex: number,
  key: string,
  index: TranscriptIndex,
): boolean {
  const site = siteWordsAfter(tokens, tokenIndex);
  if (site.length === 0) return false;
  return index.occurrencesOf(key).some((occurrence) => {
    const unit = index.units[occurrence.unit];
    if (unit === undefined || unit.isQuestion || occurrence.aboutOther) return false;
    if (unit.claims.negated[occurrence.token] === true) return false;
    // The spot is read within the clause ("øm langs venene i går, i dag …" stops at the comma).
    const after: WordToken[] = [];
    for (let position = occurrence.token + 1; position < occurrence.token + 7; position += 1) {
      const token = unit.tokens[position];
      const previous = unit.tokens[position - 1];
      if (token === undefined || previous === undefined || token.start - previous.end !== 1) break;
      after.push(token);
    }
    if (after.some((token) => unit.claims.negated[unit.tokens.indexOf(token)] === true))
      return false;
    return site.every((stem) => after.some((token) => token.folded.startsWith(stem)));
  });
}

/**
 * True when a finding said at a spot ("bankøm over nyrelosjene") is denied about the patient at
 * that same spot: every word naming the spot follows the denied finding within six words and is
 * itself inside the denial ("ikkje bankøm over nyrelosjane, men øm i fossa iliaca" denies only the
 * kidneys).
 */
function isDeniedAtSite(
  tokens: readonly WordToken[],
  tokenIndex: number,
  key: string,
  index: TranscriptIndex,
): boolean {
  const site = siteWordsAfter(tokens, tokenIndex);
  if (site.length === 0) return false;
  return index.occurrencesOf(key).some((occurrence) => {
    const unit = index.units[occurrence.unit];
    if (unit === undefined || unit.isQuestion || occurrence.aboutOther) return false;
    if (unit.claims.negated[occurrence.token] !== true) return false;
    return site.every((stem) =>
      unit.tokens.some(
        (token, position) =>
          position > occurrence.token &&
          position <= occurrence.token + 6 &&
          unit.claims.negated[position] === true &&
          token.folded.startsWith(stem),
      ),
    );
  });
}

/** After a denial: the finding has ended ("ikke lenger", "ikkje meir"), folded. */
const endedWords = new Set(['lenger', 'lengre', 'meir']);

/** True when the tokens deny something as ended: a denial one or two words before "lenger". */
function saysEnded(tokens: readonly WordToken[]): boolean {
  return tokens.some(
    (token, position) =>
      endedWords.has(token.folded) &&
      [1, 2].some((back) => denialWords.has(tokens[position - back]?.folded ?? '')),
  );
}

/** The words of the clause around a token: up to "men", "og" or punctuation on either side. */
function clauseAround(tokens: readonly WordToken[], position: number): readonly WordToken[] {
  const breaksBefore = (at: number): boolean => {
    const token = tokens[at];
    const previous = tokens[at - 1];
    return (
      token === undefined ||
      previous === undefined ||
      token.folded === 'men' ||
      token.folded === 'og' ||
      token.start - previous.end > 1
    );
  };
  let from = position;
  while (from > 0 && !breaksBefore(from)) from -= 1;
  let to = position + 1;
  while (to < tokens.length && !breaksBefore(to)) to += 1;
  return tokens.slice(from, to);
}

/** The stems of the content words written after the ended word ("… ikke lenger om natten"). */
function endedQualifiers(tokens: readonly WordToken[]): string[] {
  const at = tokens.findIndex((token) => endedWords.has(token.folded));
  return tokens
    .slice(at + 1)
    .filter((token) => token.folded.length >= 3 && isContentWord(token.folded))
    .map((token) => stemFolded(token.folded));
}

/**
 * True when a sentence saying a finding has ended ("Hoster ikke lenger om natten") agrees with
 * the conversation: a clause about the patient that names the finding says it has ended too, of
 * the same time or place ("men nå hoster han ikke lenger om natten"), so its earlier presence is
 * no contradiction. "Jeg har ikke feber lenger, men jeg hoster" and "hoster ikke lenger om dagen"
 * say nothing of that.
 */
function isEndedAsSaid(tokens: readonly WordToken[], key: string, index: TranscriptIndex): boolean {
  if (!saysEnded(tokens)) return false;
  const qualifiers = endedQualifiers(tokens);
  return index.occurrencesOf(key).some((occurrence) => {
    if (occurrence.aboutOther) return false;
    const clause = clauseAround(index.units[occurrence.unit]?.tokens ?? [], occurrence.token);
    if (!saysEnded(clause)) return false;
    const said = new Set(
      clause
        .filter((token) => isContentWord(token.folded))
        .map((token) => stemFolded(token.folded)),
    );
    return qualifiers.every((stem) => said.has(stem));
  });
}

/** Words that say a finding has gone ("ingen hevelse i beina lenger", "smertene er borte"). */
const resolvedWords = new Set(['lenger', 'lengre', 'lenge', 'borte', 'forsvunnet', 'forsvunne']);

/**
 * True when the conversation's last word on a finding about the patient denies it as gone
 * ("Ingen hevelse i beina lenger"): a denial then describes the end of the course (a discharge
 * summary's "ingen beinødemer ved utreise"), not a contradiction of the admission.
 */
function isResolvedLater(key: string, index: TranscriptIndex): boolean {
  for (let unitIndex = index.units.length - 1; unitIndex >= 0; unitIndex -= 1) {
    const { present, absent } = index.polarityIn(key, [unitIndex]);
    if (present === 0 && absent === 0) continue;
    return (
      present === 0 &&
      (index.units[unitIndex]?.tokens ?? []).some((token) => resolvedWords.has(token.folded))
    );
  }
  return false;
}

export { isContentWord };

/** "med"/"uten" a finding said the other way. */
export const withOrWithoutCheck: SentenceCheckDefinition = {
  name: 'withOrWithout',
  check(sentence) {
    const { text, tokens, claims, index } = sentence;
    const found: SentenceFlag[] = [];
    // "med utstråling" where the conversation only denied it, or "uten trombe" where it was found.
    const withOrWithout = isHypotheticalSentence(sentence)
      ? undefined
      : findWithOrWithout({ text, tokens, negated: claims.negated, index });
    if (withOrWithout !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          withOrWithout.said === 'absent'
            ? `Setningen sier at det er «${tokens[withOrWithout.token]?.text ?? ''}», men i samtalen ble det avkreftet.`
            : `Setningen avkrefter «${tokens[withOrWithout.token]?.text ?? ''}», men i samtalen ble det bekreftet.`,
        ),
      );

    return found;
  },
};

/** "Aldri røykt" where the patient smoked once. */
export const neverHabitCheck: SentenceCheckDefinition = {
  name: 'neverHabit',
  cue: isNeverHabitCue,
  check(sentence) {
    const { tokens, index } = sentence;
    const found: SentenceFlag[] = [];
    // "Aldri røykt" where the patient said they smoked once.
    const neverHabit =
      findNeverHabitContradicted({ tokens, index }) ?? findNonSmokerContradicted({ tokens, index });
    if (neverHabit !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier aldri «${tokens[neverHabit]?.text ?? ''}», men i samtalen ble det sagt at pasienten har gjort det før.`,
        ),
      );
    // "Tidligere røyker" where the patient never smoked (often a relative's habit).
    const formerHabit =
      neverHabit === undefined ? findFormerHabitNeverTaken({ tokens, index }) : undefined;
    if (formerHabit !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen sier at pasienten har vært «${tokens[formerHabit]?.text ?? ''}», men pasienten sa at det aldri har vært slik.`,
        ),
      );

    return found;
  },
};

/** "Ingen feber" where 38 degrees or more was said. */
export const deniedFeverCheck: SentenceCheckDefinition = {
  name: 'deniedFever',
  cue: isFeverWord,
  check(sentence) {
    const { tokens, claims, index, options } = sentence;
    const found: SentenceFlag[] = [];
    // "Ingen feber" in the history where a temperature of 38 or more was said of the patient.
    const fever = findDeniedFever({ tokens, claims, index, section: options.section });
    if (fever !== undefined)
      found.push(
        flag(
          'negation-conflict',
          'error',
          `Setningen avkrefter feber, men i samtalen ble det sagt ${formatNumber(fever.value)} grader.`,
        ),
      );

    return found;
  },
};

/** A finding denied where it was said, or said where it was denied. */
export const negationCheck: SentenceCheckDefinition = {
  name: 'negation',
  check(sentence) {
    const { text, tokens, claims, index, options, linked, near } = sentence;
    const found: SentenceFlag[] = [];
    // What may happen, a change or counselling states nothing present or absent.
    if (isQuietOnPolarity(sentence)) return found;
    // Negation.
    const negationFlag = checkNegation(
      text,
      tokens,
      claims,
      linked.evidenceUnits,
      near,
      index,
      options.section,
    );
    if (negationFlag !== undefined) found.push(negationFlag);
    else {
      const denied = findDeniedStatement({
        tokens,
        text,
        claims,
        evidenceUnits: linked.evidenceUnits,
        near,
        index,
        statesHistory: !(
          isAboutToday(text, options.section) ||
          (!historyCue.test(text) && saysFirstTime(text))
        ),
        isNoteWord: (folded) =>
          noteVocabulary.has(folded) || noteVocabulary.has(stemFolded(folded)),
      });
      const deniedKey = denied === undefined ? undefined : claims.findingKey[denied];
      if (
        denied !== undefined &&
        // "Feber 38,9 i forgårs" where "I dag har han ikke feber" followed "Ja, 38,9 i forgårs".
        (deniedKey === undefined ||
          claims.negated[denied] === true ||
          !isGoneOnlyNow({
            tokens,
            claims,
            tokenIndex: denied,
            key: deniedKey,
            index,
            section: options.section,
          }))
      )
        found.push(
          flag(
            'negation-conflict',
            'error',
            `Setningen sier «${tokens[denied]?.text ?? ''}», men i samtalen ble det avkreftet.`,
          ),
        );
    }

    return found;
  },
};

/** "Går fint på foten" where the patient said "klarer ikke å gå på den". */
export const oppositeAbilityCheck: SentenceCheckDefinition = {
  name: 'oppositeAbility',
  check(sentence) {
    const { text, tokens, index, linked, near, flags } = sentence;
    if (flags.some((candidate) => candidate.kind === 'negation-conflict')) return [];
    if (isHypotheticalSentence(sentence) || !namesActivity(tokens)) return [];
    // A short sentence with no evidence ("Drikker godt.") is read against the whole conversation.
    const units =
      linked.evidenceUnits.length === 0 && near.size === 0
        ? index.units.map((_unit, unitIndex) => unitIndex)
        : new Set([...linked.evidenceUnits, ...near]);
    if (isInabilityWrittenAsAbility({ text, tokens, units, index }))
      return [
        flag(
          'negation-conflict',
          'error',
          'Setningen sier at pasienten klarer dette, men i samtalen ble det sagt at det ikke går.',
        ),
      ];
    if (isAbilityWrittenAsInability({ tokens, units, index }))
      return [
        flag(
          'negation-conflict',
          'error',
          'Setningen sier at pasienten ikke klarer dette, men i samtalen ble det sagt at det går.',
        ),
      ];
    return [];
  },
};

/** "Horisontal nystagmus" where the clinician said "ingen nystagmus" (a sign outside the lexicon). */
export const deniedSignCheck: SentenceCheckDefinition = {
  name: 'deniedSign',
  check(sentence) {
    const { tokens, claims, index, flags } = sentence;
    if (flags.some((candidate) => candidate.kind === 'negation-conflict')) return [];
    if (isQuietOnPolarity(sentence)) return [];
    const sign = findDeniedSign({ tokens, claims, index });
    if (sign === undefined) return [];
    return [
      flag(
        'negation-conflict',
        'error',
        `Setningen sier «${tokens[sign]?.text ?? ''}», men i samtalen ble det avkreftet.`,
      ),
    ];
  },
};

/** Something said to go on ("Røyker fortsatt") that the patient said had ended ("ikkje lenger"). */
export const continuedButGivenUpCheck: SentenceCheckDefinition = {
  name: 'continuedButGivenUp',
  cue: isContinuingWord,
  check(sentence) {
    const { text, tokens, index, flags } = sentence;
    if (flags.some((candidate) => candidate.severity === 'error')) return [];
    const token = findContinuedButGivenUp({ tokens, index, text });
    if (token === undefined) return [];
    return [
      flag(
        'negation-conflict',
        'error',
        `Setningen sier «${tokens[token]?.text ?? ''}», men i samtalen ble det sagt at det er slutt.`,
      ),
    ];
  },
};

/** "Mor røyker i hjemmet" where the household said nobody smokes. */
export const householdSmokingCheck: SentenceCheckDefinition = {
  name: 'householdSmoking',
  cue: isSmokingWord,
  check(sentence) {
    const { tokens, claims, index, flags } = sentence;
    if (flags.some((candidate) => candidate.kind === 'negation-conflict')) return [];
    if (isQuietOnPolarity(sentence)) return [];
    if (!isHouseholdSmokingDenied({ tokens, claims, index })) return [];
    return [
      flag(
        'negation-conflict',
        'error',
        'Setningen sier at det røykes i hjemmet, men i samtalen ble det sagt at ingen røyker.',
      ),
    ];
  },
};

/** "Ingen tidligere episoder" where "Har du hatt dette før?" was answered yes. */
export const deniedEarlierEpisodeCheck: SentenceCheckDefinition = {
  name: 'deniedEarlierEpisode',
  cue: isEarlierEpisodeCue,
  check(sentence) {
    const { tokens, index, flags } = sentence;
    if (flags.some((candidate) => candidate.kind === 'negation-conflict')) return [];
    if (isQuietOnPolarity(sentence)) return [];
    const denial = findDeniedEarlierEpisode({ tokens, index });
    if (denial === undefined) return [];
    return [
      flag(
        'negation-conflict',
        'error',
        `Setningen sier «${tokens[denial]?.text ?? ''}» om noe som ikke har skjedd før, men pasienten sa at det har skjedd tidligere.`,
      ),
    ];
  },
};

/** "Ingen hjertesykdom i familien" where the patient said "Far min fikk infarkt". */
export const deniedFamilyHistoryCheck: SentenceCheckDefinition = {
  name: 'deniedFamilyHistory',
  cue: isFamilyWord,
  check(sentence) {
    const { tokens, index, flags } = sentence;
    if (flags.some((candidate) => candidate.kind === 'negation-conflict')) return [];
    if (isQuietOnPolarity(sentence)) return [];
    if (findDeniedFamilyHistory({ tokens, index }) === undefined) return [];
    return [
      flag(
        'negation-conflict',
        'error',
        'Setningen avkrefter dette i familien, men i samtalen ble det sagt at en slektning har hatt det.',
      ),
    ];
  },
};

/** An activity the note denies that the patient, a relative or a nurse said the patient does. */
export const deniedSaidActivityCheck: SentenceCheckDefinition = {
  name: 'deniedSaidActivity',
  cue: isActivityDenial,
  check(sentence) {
    const { tokens, index, flags } = sentence;
    if (flags.some((candidate) => candidate.kind === 'negation-conflict')) return [];
    if (isHypotheticalSentence(sentence)) return [];
    // "Trener ikke." where the patient said "Jeg trener styrke tre ganger i uka" and asked the
    // clinician whether to stop (the clinician's «nei» to that question denies nothing).
    const verb = findDeniedSaidActivity({ tokens, index });
    if (verb === undefined) return [];
    return [
      flag(
        'negation-conflict',
        'error',
        `Setningen sier at pasienten ikke ${verb.toLowerCase()}, men i samtalen ble det sagt at pasienten gjør det.`,
      ),
    ];
  },
};
