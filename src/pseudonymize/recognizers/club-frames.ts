import {
  finiteVerbs,
  occupationEnding,
  relations,
  subjectPronouns,
} from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';
import { lineCue } from '../word-record.js';

/** Verbs of a team sport or a training group, as said and as dialect writes them ("spælle"). */
const sportVerbs = new Set([
  'spiller',
  'spilte',
  'spelar',
  'spela',
  'spælle',
  'spæller',
  'spællte',
  'trener',
  'trente',
  'trenar',
  'trena',
  'svømmer',
  'svømte',
  'bryter',
  'turner',
  'spilt',
  'spelt',
  'padler',
  'padlet',
  'padla',
]);

/** Sports said between the verb and the club: "trener bryting i fossum", "går på ski med heming". */
const sportNouns = new Set([
  'fotball',
  'håndball',
  'hockey',
  'ishockey',
  'bandy',
  'innebandy',
  'basket',
  'volleyball',
  'ski',
  'langrenn',
  'skiskyting',
  'orientering',
  'friidrett',
  'turn',
  'svømming',
  'bryting',
  'judo',
  'karate',
  'boksing',
  'roing',
  'sykling',
]);

/** Verbs that name a sport only with the sport after them: "driver turn i heming". */
const sportNounVerbs = new Set(['driver', 'driv', 'dreiv', 'drev']);

/** Roles on a team: "er keeper på strindheim". */
const teamRoles = new Set(['keeper', 'målvakt', 'kaptein', 'spiss', 'forsvarer', 'midtbane']);

/** Club words after the club's own name: "oppsal turn", "bygdø il". */
const clubTails = new Set(['turn', 'il', 'if', 'sk', 'bk', 'fk', 'hk', 'ik', 'tif', 'ski']);

/**
 * Clubs whose names are given names or places ("Vard", "Frigg", "fyllingen"), which speech-to-text
 * writes in lower case: taken right after a sport frame wherever the clause goes on.
 */
const nameClubs = new Set(['fyllingen', 'frigg', 'skeid', 'vard']);

/**
 * Clubs whose names are ordinary words ("brann" a fire, "lyn" lightning, "start" a start): taken
 * right after a sport frame only when the word does not go on as the noun it is ("start av
 * behandlingen", "brann fra …"), and before "og" only when a finite verb follows it, so that
 * "og" joins a new clause ("spiller for odd og har vondt i hælen"), not a second noun ("start og
 * landing").
 */
const ordinaryWordClubs = new Set(['brann', 'lyn', 'odd', 'ready', 'start', 'viking']);

/** Words of a team's life that make an ordinary word after "spiller på" a club: "…, han trener". */
const teamContext =
  /(?:^|[^\p{L}])(?:trener|trente|trening(?:a|en|er)?|kamp(?:en|er|ene)?|juniorlag(?:et)?|a-lag(?:et)?|serien|turnering(?:a|en)?|keeper)(?:[^\p{L}]|$)/u;

/** Things one plays on or trains with that are never clubs: "spiller på gitar", "trener med ball". */
const neverClubs = new Set([
  'gitar',
  'piano',
  'fiolin',
  'trommer',
  'kort',
  'data',
  'pc',
  'mobil',
  'mobilen',
  'nettbrett',
  'lag',
  'ball',
  'vekter',
  'manualer',
  'strikk',
  'hund',
  'hunden',
  'venner',
  'klassen',
  'skolen',
  'playstation',
  'xbox',
  'nintendo',
  'switch',
  'nettet',
  'noen',
  'alle',
  'andre',
  'flere',
  'mange',
  'meg',
  'deg',
  'ham',
  'henne',
  'oss',
  'dem',
  'seg',
  'venner',
  'vennene',
  'kompiser',
  'kolleger',
  'laget',
]);

/**
 * "gutten spiller på lyn, han trener fire ganger i uka", "trener med ready", "er med i skeid",
 * "er keeper på strindheim sitt juniorlag", "går på ski med heming", "svømmer med
 * bærumsvømmerne": a club said in lower case right after a team-sport frame and "på", "med", "i"
 * or "for". A word no list knows, or a place (clubs carry their place's name), is the club; an
 * ordinary word ("lyn") only at the end of the clause in a sentence about training or matches.
 * Given names after "med" are training partners, and instruments and gear are left alone.
 */
export function recognizeClubFrames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length - 1; index++) {
    const preposition = tokenAt(tokens, index);
    if (preposition === undefined || !clubPrepositions.has(preposition.lower)) continue;
    if (!isClubFrame(tokens, index)) continue;
    const club = tokenAt(tokens, index + 1);
    if (club === undefined || club.kind !== 'word') continue;
    if (!isSpaceBetween(text, preposition.end, club.start)) continue;
    const place = placeAfterClubName(words, text, tokens, index + 1);
    if (place !== undefined) {
      out.push({
        start: club.start,
        end: place.end,
        type: 'ORGANIZATION',
        subtype: 'institution',
        confidence: 0.93,
      });
      continue;
    }
    if (
      !isClubWord(
        words,
        text,
        tokens,
        index + 1,
        preposition.lower === 'med',
        isSportFrame(tokens, index),
      )
    )
      continue;
    const tail = tokenAt(tokens, index + 2);
    const last =
      tail !== undefined && clubTails.has(tail.lower) && isSpaceBetween(text, club.end, tail.start)
        ? tail
        : club;
    out.push({
      start: club.start,
      end: last.end,
      type: 'ORGANIZATION',
      subtype: 'institution',
      confidence: 0.93,
    });
    // "spiller for lyn og skeid": a second club by its own name after "og".
    const lastIndex = last === club ? index + 1 : index + 2;
    const second = tokenAt(tokens, lastIndex + 2);
    if (
      lowerAt(tokens, lastIndex + 1) === 'og' &&
      second !== undefined &&
      isNamedClub(second.lower)
    )
      out.push({
        start: second.start,
        end: second.end,
        type: 'ORGANIZATION',
        subtype: 'institution',
        confidence: 0.93,
      });
  }
}

/**
 * "spiller for Ørn Horten", "er med i Ready Oslo": a capitalised club name that is no given name
 * followed by the club's place, capitalised, is the club with its place; returns the place token.
 */
function placeAfterClubName(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): Token | undefined {
  const club = tokens[index];
  const place = tokenAt(tokens, index + 1);
  if (club === undefined || place === undefined) return undefined;
  if (!club.capitalised || !place.capitalised || club.lower.length < 3) return undefined;
  if (!isSpaceBetween(text, club.end, place.start)) return undefined;
  const name = words.analyseToken(club);
  if (name.firstName || name.surname || name.nonIdentifying || name.term || name.region)
    return undefined;
  const town = words.analyseToken(place);
  return town.place && !town.region && !town.firstName ? place : undefined;
}

/** "spiller på", "trener med", "trener bryting i", "går på ski med", "er keeper på", "er med i". */
/** The prepositions a club follows: "spiller på", "trener med", "er med i", "spiller for". */
const clubPrepositions = new Set(['på', 'med', 'i', 'for']);

/** A sport verb or noun right before the preposition ("spiller for", "fotball for", "padler for"). */
function isSportFrame(tokens: readonly Token[], prepositionIndex: number): boolean {
  const before = lowerAt(tokens, prepositionIndex - 1);
  return sportVerbs.has(before) || sportNouns.has(before);
}

function isClubFrame(tokens: readonly Token[], prepositionIndex: number): boolean {
  const before = lowerAt(tokens, prepositionIndex - 1);
  const twoBefore = lowerAt(tokens, prepositionIndex - 2);
  // "spiller i Oslo" names a place: a bare verb takes "på", "med" or "for", never "i".
  if (sportVerbs.has(before)) return lowerAt(tokens, prepositionIndex) !== 'i';
  if (sportNouns.has(before))
    return (
      sportVerbs.has(twoBefore) ||
      sportNounVerbs.has(twoBefore) ||
      (twoBefore === 'på' && /^(?:går|gikk|gjekk)$/u.test(lowerAt(tokens, prepositionIndex - 3)))
    );
  if (teamRoles.has(before)) return /^(?:er|var|e)$/u.test(twoBefore);
  return (
    lowerAt(tokens, prepositionIndex) === 'i' &&
    before === 'med' &&
    /^(?:er|var|e)$/u.test(twoBefore)
  );
}

/** Endings of plural and definite forms ("venninnene", "gutta", "jentene", "laget"). */
const inflectedEnding = /(?:ene|ane|erne|en|et|a|er|ar)$/u;

function isClubWord(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
  afterMed: boolean,
  sportFrame: boolean,
): boolean {
  const club = tokenAt(tokens, index);
  if (club === undefined || club.lower.length < 3) return false;
  // "spiller for skeid, på g14", "han spiller for vard", "spiller for fyllingen": a club that is
  // also a word, a given name or an inflected noun, right after a sport verb or noun, is the club
  // wherever the clause goes on.
  if (sportFrame && !afterMed && nameClubs.has(club.lower)) return true;
  if (sportFrame && !afterMed && ordinaryWordClubs.has(club.lower))
    return isOrdinaryWordClub(words, tokens, index);
  if (nynorskFunctionWords.has(club.lower) || relations.has(club.lower)) return false;
  if (neverClubs.has(club.lower) || occupationEnding.test(club.lower)) return false;
  if (timeWord.test(club.lower)) return false;
  // "i skoletiden", "i helgane": an inflected compound of ordinary words is a time or a thing.
  if (isInflectedCompound(words, club.lower)) return false;
  const analysis = words.analyseToken(club);
  if (analysis.nonIdentifying || analysis.term || analysis.region) return false;
  if (afterMed && analysis.firstName) return false;
  // "spiller fotball for Lyn på juniorlaget", "skiskyting med Ørn": a word capitalised inside the
  // sentence, right after the frame, is the club's name even when it is also an ordinary word.
  // Only after a sport verb or noun: "er med i Fagforening" names no club.
  // Not "for Moro skyld" (a fixed phrase), nor a plural or definite form of a known ordinary word
  // ("går på ski med Venninnene"): a club's name is a base form.
  if (
    sportFrame &&
    club.capitalised &&
    !club.sentenceStart &&
    !club.allCaps &&
    !analysis.firstName &&
    lowerAt(tokens, index + 1) !== 'skyld' &&
    !(analysis.common && !analysis.entry && inflectedEnding.test(club.lower))
  )
    return true;
  if (analysis.place || !analysis.common) return !analysis.firstName || !analysis.common;
  // An ordinary word ("lyn") ends its clause in a sentence about training or matches.
  const after = tokenAt(tokens, index + 1);
  if (after !== undefined && after.kind !== 'punct' && !/^(?:sitt|sine|og)$/u.test(after.lower))
    return false;
  if (/(?:et|ene|ane|ar|er)$/u.test(club.lower)) return false;
  return teamContext.test(sentenceAround(text, club));
}

/** A club known by its own name, a name or an ordinary word: "lyn og skeid". */
function isNamedClub(lower: string): boolean {
  return nameClubs.has(lower) || ordinaryWordClubs.has(lower);
}

/**
 * "spiller for brann.", "spiller for lyn og trener …", "spiller for brann fra han var ti år",
 * "spiller på Viking fra Stavanger", "spiller for lyn og skeid" — not "start av behandlingen",
 * "brann fra høsten", "start og landing". A capitalised club is always the club; the word is read
 * as the noun only on positive evidence: "av" after it, "fra" + a lower-case word that is no
 * pronoun, number or place, or "og" + a word that is neither a verb nor a club.
 */
function isOrdinaryWordClub(
  words: TokenAnalysis,
  tokens: readonly Token[],
  index: number,
): boolean {
  const club = tokenAt(tokens, index);
  if (club === undefined) return false;
  if ((club.capitalised && !club.sentenceStart) || club.allCaps) return true;
  const next = lowerAt(tokens, index + 1);
  if (next === 'av') return false;
  if (next === 'fra') {
    const from = tokenAt(tokens, index + 2);
    return (
      from !== undefined &&
      (from.kind === 'number' ||
        subjectPronouns.has(from.lower) ||
        (from.kind === 'word' &&
          (from.capitalised || from.allCaps || words.analyseToken(from).place)))
    );
  }
  if (next !== 'og') return true;
  const afterAnd = lowerAt(tokens, index + 2);
  return finiteVerbs.has(afterAnd) || isNamedClub(afterAnd);
}

/** The text of the sentence holding `token`, without the token itself. */
function sentenceAround(text: string, token: Token): string {
  const before = text.slice(Math.max(0, token.start - 120), token.start);
  const after = text.slice(token.end, token.end + 120);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'));
  const endMatch = /[.?!]/u.exec(after);
  return (
    before.slice(start + 1) + ' ' + (endMatch === null ? after : after.slice(0, endMatch.index))
  );
}

/** Days and times of the week said after "trener på": "på laurdagar", "på kveldene". */
const timeWord =
  /^(?:(?:man|mån|tirs|tys|ons|tors|fre|lør|laur|søn|sun)dag|kveld|morgen|morgon|helg|ettermiddag)/u;

/** Definite and plural endings of nouns, bokmål and nynorsk. */
const nounEnding = /(?:ene|ane|en|et|ar|er|a)$/u;

/** True when the word is a compound of dictionary words, as it stands or without a noun ending. */
function isInflectedCompound(words: TokenAnalysis, lower: string): boolean {
  if (words.lexicon.isCompoundWord(lower) || words.lexicon.isDictionaryEntry(lower)) return false;
  const ending = nounEnding.exec(lower);
  if (ending === null) return false;
  const stem = lower.slice(0, ending.index);
  return (
    stem.length >= 4 &&
    (words.lexicon.isCompoundWord(stem) || words.lexicon.isDictionaryEntry(stem))
  );
}

/** Lines `recognizeClubFrames` can match: every match needs a sport verb or noun, a team role, or "med" on the line. */
export const clubFrameCue = lineCue(sportVerbs, sportNouns, teamRoles, ['med']);
