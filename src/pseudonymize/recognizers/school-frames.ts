import { relations } from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Verbs of attending a school or kindergarten: "går på", "har begynt på", "studerer ved". */
const attendVerbs = new Set([
  'går',
  'gikk',
  'gjekk',
  'begynt',
  'begynte',
  'begynner',
  'byrja',
  'starta',
  'startet',
  'starter',
]);
const studyVerbs = new Set(['studerer', 'studerte', 'studerar', 'studera']);

/** Degrees taken at a college: "tok master ved NTNU", "tar bachelor på OsloMet". */
const degreeNouns = new Set([
  'master',
  'mastergrad',
  'mastergraden',
  'bachelor',
  'bachelorgrad',
  'bachelorgraden',
  'doktorgrad',
  'doktorgraden',
  'phd',
  'årsstudium',
]);

/** Words of school life later in the sentence: "i fjerde klasse", "på avdelinga for de minste". */
const schoolContext =
  /(?:^|[^\p{L}])(?:\p{L}*klasse[n]?|studer\p{L}*|\p{L}*studiet|master\p{L}*|bachelor\p{L}*|forelesning\p{L}*|trinn(?:et)?|\p{L}*avdelinga|\p{L}*avdelingen|\p{L}*linja|\p{L}*linjen|rektor(?:en)?|\p{L}*lærer(?:en)?|vg[123]|studiespesialisering|helsesykepleier(?:en)?|elev(?:ene)?|barnehage(?:n|plass)?|skole(?:n|året)?|sfo|semester(?:et)?)(?:[^\p{L}]|$)/u;

/** Benefits and schemes one "går på" (lives on), never a school: "går på AAP og studerer deltid". */
const benefits = new Set(['aap', 'kvp', 'nav', 'uføre', 'uføretrygd', 'sosialen', 'dagpenger']);

/** Kinds of school and other places one goes to, never a school's own name. */
const genericEnding =
  /(?:skole|skolen|skule|skulen|barnehage|barnehagen|gymnas|gymnaset|sfo|universitet|universitetet|høgskolen|avdelinga|avdelingen|klassen|linja|trinnet|kurs|kurset|jobb|jobben|tur|trening|treningen|treninga|butikken|senteret)$/u;

/**
 * "hun går på solsikken, på avdelinga for de minste", "han går på Tonsenhagen i fjerde klasse",
 * "han har begynt på Elvebakken, på elektrolinja", "datteren studerer på NTNU": a school or
 * kindergarten said by its own name after "går på/i" or "begynt på" in a sentence about school
 * life (also studying: "går på NTNU og studerer data"), or after "studerer på/ved" or a degree
 * ("tok master ved NTNU"). A kind of school ("går på skolen") and a kind of place ("går
 * på jobb") are left alone, as are persons and function words.
 */
export function recognizeSchoolFrames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 2; index < tokens.length; index++) {
    const school = tokenAt(tokens, index);
    const preposition = tokenAt(tokens, index - 1);
    const verb = tokenAt(tokens, index - 2);
    if (school === undefined || preposition === undefined || verb === undefined) continue;
    if (school.kind !== 'word' || !isSpaceBetween(text, preposition.end, school.start)) continue;
    const studies =
      (studyVerbs.has(verb.lower) && /^(?:på|ved)$/u.test(preposition.lower)) ||
      (degreeNouns.has(verb.lower) && /^(?:på|ved|fra)$/u.test(preposition.lower));
    const attends = attendVerbs.has(verb.lower) && /^(?:på|i)$/u.test(preposition.lower);
    if (!studies && !attends) continue;
    if (!isSchoolName(words, school, studies)) continue;
    if (
      attends &&
      !schoolContext.test(text.slice(school.end, school.end + 80).split(/[.?!]/u)[0] ?? '')
    )
      continue;
    out.push({
      start: school.start,
      end: school.end,
      type: 'ORGANIZATION',
      subtype: 'institution',
      confidence: 0.9,
    });
  }
}

function isSchoolName(words: TokenAnalysis, school: Token, studies: boolean): boolean {
  if (school.lower.length < 3 || school.sentenceStart) return false;
  if (nynorskFunctionWords.has(school.lower) || relations.has(school.lower)) return false;
  if (benefits.has(school.lower)) return false;
  if (genericEnding.test(school.lower)) return false;
  const analysis = words.analyseToken(school);
  if (analysis.nonIdentifying || analysis.term || analysis.region || analysis.firstName)
    return false;
  if (school.allCaps) return true;
  if (studies) return school.capitalised && (!analysis.common || analysis.place);
  // Capitalised mid-sentence, in a sentence about school life: a name even if a word ("Elvebakken").
  if (school.capitalised) return true;
  // Lower case: a word no list knows, a place, or the definite form of a noun ("solsikken").
  return !analysis.common || analysis.place || /(?:en|et|a)$/u.test(school.lower);
}

/** Lines `recognizeSchoolFrames` can match: every match needs a verb of attending or studying on the line. */
export const schoolFrameCue = lineCue(attendVerbs, studyVerbs, degreeNouns);
