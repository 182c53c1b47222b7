/*
 * A patient's long story keeps its clinical clauses. "Me skulle flytta ein kommode for
 * svigermor, og så bøyde eg meg for å løfta, og så kjente eg eit smell i korsryggen" is told
 * around the fact; the note keeps "kjente et smell i korsryggen". In a history statement (or the
 * reason for contact: "Det begynte i sommer, vi var på hytta …" → "Det begynte i sommer") of at
 * least ten words told by the patient or a relative, a clause (cut at commas and before «og så»,
 * «men», «og da», «så») goes when it both
 * - tells the story around the complaint: who was there («vi», «me», «oss»), a name or a place
 *   (a capital letter inside the sentence), a plan («skulle»), a holiday, a trip, a shop, a
 *   joke («ha ha»), a comment («heldigvis», «dessverre», «egentlig», «liksom», «sånn»); and
 * - carries nothing a note keeps: no number, negation, drug, clinical word, body part, symptom
 *   verb, habit (sleep, food, drink, tobacco, alcohol), work, relative, time (night, weekday,
 *   month, duration), severity («verre», «bedre»), colour, or safety topic (allergy, pregnancy,
 *   anticoagulant, suicide).
 * At least one clause stays; the statement keeps its evidence, so the verifier still sees the
 * whole turn.
 */
import { isClinicalWord, isSocialWord } from '../../language/clinical-terms.js';
import { findDrugMentions } from '../../language/drug-names.js';
import { tokenize } from '../../language/fold.js';
import { stemFolded } from '../../language/stem.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';

/** Statements shorter than this are left whole. */
const minimumWords = 10;

const keptAlways =
  /\d|(?<![\p{L}])(?:ikke|ingen|aldri|uten|ikkje|itj|inga)(?![\p{L}])|allerg|cave|tåler|gravid|blodfortynn|antikoag|marevan|eliquis|suicid|selvmord/iu;

const keptWords =
  /(?<![\p{L}])(?:mor|mora|moren|far|faren|fars|bror|broren|søster|søstera|datter|sønn|bestemor|bestefar|besteforeldre|onkel|tante|familie\p{L}*|kona|mannen|samboer\p{L}*|jobb\p{L}*|arbeid\p{L}*|yrke|verst|verre|bedre|natt\p{L}*|morgen\p{L}*|kveld\p{L}*|trapp\p{L}*|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i går|i forgårs|grønn\p{L}*|gul\p{L}*|rød\p{L}*|hvit\p{L}*|brun\p{L}*|svart\p{L}*)(?![\p{L}])|^(?:er|jobber som|jobbe som|jobbar som) \p{L}+$/iu;

/** Body parts, symptom verbs, habits, durations and amounts (beginnings of words). */
const keptWordBeginnings =
  /(?<![\p{L}])(?:kinn|kne|lår|hofte|hofta|øre|øyr|tann|tenn|kjeve|panne|lyske|flanke|side|sida|skulder|albue|håndledd|finger|fingr|tær|tå|hæl|ankel|legg|nakke|rygg|bryst|mage|hals|hode|hovud|bein|ben|fot|arm|hånd|trykk|press|stikk|verk|svi|klø|hoven|stiv|nummen|prikk|sov|søvn|appetitt|drikk|spis|røyk|snus|alkohol|øl|vin|kaffe|trening|trene|uke|uker|veke|døgn|dag|dager|dagar|måned|måneder|månad|år|time|timer|minutt|minutter|sist|forrige|lite|mye|mindre|mer|tablett|pille|medisin|resept|dose|vekt|kilo)\p{L}*(?![\p{L}])/iu;

const storyMarker =
  /(?<![\p{L}])(?:vi|me|oss|skulle|ha ha|heldigvis|dessverre|egentlig|du vet|skjønner du|skjønne du|liksom|sånn|ferie|hytta|hytte|tur|butikken)(?![\p{L}])|.\s\p{Lu}\p{Ll}+/u;

const clauseBoundary = /,\s+|\s+(?=(?:og så|men|og da|så)\s)/u;
const openingConjunction = /^(?:og så|og da|og|men|så)\s+/u;

/** Whether a clause says something a note keeps (see the file comment). */
export function carriesContent(clause: string): boolean {
  if (keptAlways.test(clause) || keptWords.test(clause) || keptWordBeginnings.test(clause))
    return true;
  const tokens = tokenize(clause);
  if (findDrugMentions(tokens).length > 0) return true;
  return tokens.some(
    (token) =>
      isClinicalWord(token.folded) ||
      isClinicalWord(stemFolded(token.folded)) ||
      isSocialWord(token.folded),
  );
}

/** The statement's text without the clauses that only tell the story around it. */
export function withoutStoryClauses(text: string): string {
  const body = text.replace(/[.!?]$/u, '');
  if (body.split(/\s+/u).length < minimumWords) return text;
  const clauses = body.split(clauseBoundary);
  if (clauses.length < 2) return text;
  // The story test first: it is cheap, and only a clause that tells a story needs the content test.
  const kept = clauses.filter((clause) => !storyMarker.test(clause) || carriesContent(clause));
  if (kept.length === 0 || kept.length === clauses.length) return text;
  const joined = kept.join(', ').replace(openingConjunction, '');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}

function pruned(statement: Statement): Statement {
  if ((statement.kind !== 'history' && statement.kind !== 'reason') || statement.speaker === 'lege')
    return statement;
  const text = withoutStoryClauses(statement.text);
  return text === statement.text ? statement : { ...statement, text };
}

/** Leaves the story told around a patient's complaint out of long history statements. */
export function pruneStoryClauses(analysis: ConversationAnalysis): ConversationAnalysis {
  return { ...analysis, statements: analysis.statements.map(pruned) };
}
