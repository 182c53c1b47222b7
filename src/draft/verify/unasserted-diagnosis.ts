import type { SentenceFlag } from '../../core/index.js';
import { getLexiconEntry } from '../language/clinical-lexicon.js';
import type { WordToken } from '../language/fold.js';
import { isPlainStatement, spokenModality } from './clause-modality.js';
import { asksWhether } from './clauses.js';
import { isAnsweredFirstTime } from './first-or-gone.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/** How the conversation spoke of a diagnosis it never asserted about the patient. */
export type UnassertedHow = 'suspected' | 'ruled-out';

/**
 * A relative's genitive before a diagnosis in a drafted sentence ("etter farens hjerteinfarkt",
 * "mors diabetes"): the diagnosis is the relative's, not the patient's (folded forms).
 */
const relativeGenitive =
  /^(?:fars|farens|mors|morens|moras|brors|brorens|sosters|sosterens|systers|systera?s|bestefars|bestemors|farfars|farmors|morfars|mormors|onkels|onkelens|tantes|tantens|konas|konens|mannens|ektemannens|sonnens|dotterens|datterens|dotteras)$/u;

/** First words of a drafted piece of advice ("Unngå kontakt med gravide …"), not a statement. */
const adviceVerbs = new Set(['unnga', 'hold', 'hald', 'kontakt', 'ring', 'oppsok']);

/**
 * True when the sentence is advice naming a group of people ("Unngå kontakt med gravide …"), not a
 * statement; advice giving a cause ("Hold sengeleie på grunn av hjerteinfarkt") still states it.
 */
function isAdviceNamingGroup(tokens: readonly WordToken[]): boolean {
  if (!adviceVerbs.has(tokens[0]?.folded ?? '')) return false;
  return tokens.some(
    (token, position) => token.folded === 'kontakt' && tokens[position + 1]?.folded === 'med',
  );
}

/** Last words of a question that takes what it names as given ("Du er her på astmakontroll, ja?"). */
const confirmingTags = new Set(['ja', 'sant', 'vel']);

/** A spoken word naming only a complaint ("smertene"), which a pain-named syndrome shares. */
const painStem = /^smert(?:e|en|er|ene|a)?$/u;

/** Words after a denied diagnosis that put it before today ("ikkje hatt … før"), as said. */
const beforeWord = /^(?:før|førr|tidligere|tidlegare)$/iu;
/** "hatt" and its dialect forms: the denial is of having had it. */
const hadWord = /^(?:hatt|hadd|havt|hadde)$/iu;
/** A drafted sentence that itself speaks of the history ("Tidligere hjerneslag", "Kjent astma"). */
const writtenHistory =
  /(?<![\p{L}])(?:hatt|kjent|kjente|tidligere|tidlegare|før|aldri|gjennomgått|gjennomgjekk)(?![\p{L}])/iu;

/**
 * True when a spoken denial is of earlier episodes only: "hatt" shortly before the diagnosis and
 * "før" shortly after it ("Ho har ikkje hatt nyrebekkenbetennelse før"). It rules out a history,
 * not today's diagnosis.
 */
function deniesOnlyEarlierEpisodes(tokens: readonly WordToken[], position: number): boolean {
  const near = (from: number, to: number, word: RegExp) =>
    tokens.slice(Math.max(0, from), to).some((token) => word.test(token.text));
  return near(position - 3, position, hadWord) && near(position + 1, position + 3, beforeWord);
}

/** A diagnosis a drafted sentence states plainly that no clause of the conversation asserts. */
export interface UnassertedDiagnosis {
  /** The sentence's token naming it. */
  readonly token: number;
  readonly how: UnassertedHow;
}

/**
 * Finds a diagnosis the sentence states plainly ("Stabil angina pectoris.", "Kjent astma.") while
 * every clause of the conversation that names it only asked about it, suspected or planned it
 * ("det kan vere ein begynnande astma", "mistanke om angina"), ruled it out ("du har ikke astma")
 * (mentions about somebody else, "mora mi hadde det", are not the patient's). A question answered
 * yes counts as asserted, and so does a question that takes it for given ("de panikkanfallene du
 * hadde?"); only a yes/no question asks.
 * A diagnosis never named at all is left to the support check.
 */
export function findUnassertedDiagnosis(input: {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
  /**
   * Words outside the clinical lexicon that name a diagnosis by their form ("meniskruptur"); a
   * clinician's "kanskje ein liten skade på menisken" makes a plainly stated one unasserted too.
   */
  readonly isDiagnosisWord?: (folded: string) => boolean;
}): UnassertedDiagnosis | undefined {
  const { text, claims, index } = input;
  // (Whether the sentence states it plainly is asked only of a diagnosis that was said
  // unasserted: most sentences name none, and are done without the hedge patterns.)
  const seen = new Set<string>();
  for (let tokenIndex = 0; tokenIndex < claims.findingKey.length; tokenIndex += 1) {
    const key = claims.findingKey[tokenIndex];
    if (key === undefined || seen.has(key)) continue;
    const inLexicon = /^c\d+$/.test(key);
    if (!inLexicon && input.isDiagnosisWord?.(input.tokens[tokenIndex]?.folded ?? '') !== true)
      continue;
    seen.add(key);
    if (claims.negated[tokenIndex] === true || claims.aboutOther[tokenIndex] === true) continue;
    if (relativeGenitive.test(input.tokens[tokenIndex - 1]?.folded ?? '')) continue;
    if (inLexicon && getLexiconEntry(Number(key.slice(1)))?.type !== 'diagnosis') continue;
    const occurrences = index.occurrencesOf(key);
    if (occurrences.length === 0) continue;
    let suspected = false;
    let ruledOut = false;
    let asserted = false;
    for (const occurrence of occurrences) {
      const unit = index.units[occurrence.unit];
      if (unit === undefined || occurrence.aboutOther) continue;
      // "Smertesyndrom" shares only the complaint with "Har du brukt noko mot smertene?".
      if (!inLexicon && painStem.test(unit.tokens[occurrence.token]?.folded ?? '')) continue;
      // "Og angsten, de panikkanfallene du hadde?": not a yes/no question, so it takes it as given.
      const asks =
        unit.isQuestion &&
        asksWhether(unit.tokens) &&
        !confirmingTags.has(unit.tokens.at(-1)?.folded ?? '');
      const answered = asks ? unit.polarity.get(key) : undefined;
      // "Har ho hatt mange øyrebetennelsar?" "Nei, dette er første gongen.": earlier episodes are
      // denied, today's is neither asserted nor ruled out there.
      if (answered === false && isAnsweredFirstTime(occurrence.unit, index)) continue;
      const modality =
        answered === true
          ? 'asserted'
          : answered === false
            ? 'ruled-out'
            : spokenModality(
                unit.tokens,
                occurrence.token,
                unit.claims.negated[occurrence.token] === true,
                asks || unit.isHypothetical,
              );
      if (modality === 'asserted') {
        asserted = true;
        break;
      }
      // "Akutt pyelonefritt" after "ho har ikkje hatt nyrebekkenbetennelse før": today's
      // diagnosis stands beside a denied history ("Tidligere pyelonefritt" is still read). Only
      // the clinician's own account: a patient's "jeg har ikke hatt lungebetennelse før" says
      // nothing of what the clinician found today.
      if (
        modality === 'ruled-out' &&
        unit.speaker === 'lege' &&
        !unit.isQuestion &&
        !writtenHistory.test(text) &&
        deniesOnlyEarlierEpisodes(unit.tokens, occurrence.token)
      )
        continue;
      if (modality === 'ruled-out') ruledOut = true;
      else suspected = true;
    }
    // Said only of somebody else: left to the person check, which weighs who said what.
    if (asserted || (!suspected && !ruledOut)) continue;
    if (!isPlainStatement(text) || isAdviceNamingGroup(input.tokens)) return undefined;
    return { token: tokenIndex, how: suspected ? 'suspected' : 'ruled-out' };
  }
  return undefined;
}

/** The flag a clinician sees for an unasserted diagnosis (design §6: kind, severity, message). */
export function unassertedDiagnosisFlag(found: UnassertedDiagnosis, word: string): SentenceFlag {
  switch (found.how) {
    case 'ruled-out':
      return {
        kind: 'negation-conflict',
        severity: 'error',
        message: `Setningen sier at det er ${word}, men i samtalen ble det avkreftet eller utelukket.`,
      };
    case 'suspected':
      return {
        kind: 'unsupported',
        severity: 'warning',
        message: `«${word}» ble bare nevnt som mulig, spurt om eller planlagt utredet i samtalen, ikke fastslått. Kontroller diagnosen.`,
      };
  }
}

/**
 * An infection or inflammation of a part nobody named ("bekkeninfeksjon" where only "ein
 * infeksjon" was said, no "bekken"): a language model makes a vague infection specific. One of a
 * part that was named ("urinveisinfeksjon" after "urinveiene") is the clinician's wording.
 */
export function isInfectionOfUnsaidPart(
  folded: string,
  isPartSaid: (part: string) => boolean,
): boolean {
  const part = /^(\p{L}{4,}?)s?(?:infeksjon|infeksjonen|betennelse|betennelsen)$/u.exec(
    folded,
  )?.[1];
  return part !== undefined && !isPartSaid(part);
}
