import {
  buildingHeads,
  commercialHeads,
  compassWords,
  finiteVerbs,
  neverNames,
  personVerbs,
  placePrepositions,
  upperOnlyHeads,
  workPrepositions,
} from '../gazetteers/context-words.js';
import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { cardinalOf, wordClass, wordPredicate } from '../word-record.js';
import { textAt, lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate, PhiType } from '../types.js';
import {
  hasLineBreak,
  isEmploymentAt,
  isNameLike,
  tokenIndexEndingAt,
  tokenIndexStartingAt,
  type Analysis,
  type TokenAnalysis,
} from './token-analysis.js';

/**
 * A lower-case compound naming a kind of club, association, choir or centre: "fritidsklubb",
 * "pensjonistlag", "mannskor", "helsesportssenter". After a name it is the head of one
 * ("Granvin fritidsklubb", "Bjørkeli naturbarnehage", "Nesttun montessoriskule"); "-slag"
 * ("hjerneslag", "forslag") is no association. ("-forening"
 * was tried: it took a national association for a local one in a held-out clean text.)
 */
const compoundInstitutionHead = /^\p{Ll}{3,}(?:klubb|(?<!s)lag|kor|senter|barnehage|skole|skule)$/u;
/** `compoundInstitutionHead` of a lower-case form, asked once per distinct word. */
const isCompoundHeadForm = wordPredicate((lower) => compoundInstitutionHead.test(lower));

function isCompoundInstitutionHead(token: Token): boolean {
  // The pattern holds lower-case letters only, so it matches the text exactly when the text is
  // its own lower-case form and that form matches.
  return (
    !token.capitalised && !token.allCaps && token.text === token.lower && isCompoundHeadForm(token)
  );
}

/**
 * Heads that name an institution only when written with a capital inside a name: "Lillestrøm
 * Revmatologiske Senter", "Norsk Folkehjelp Sanitet Lærdal"; in lower case they are ordinary
 * words ("invasivt senter", "fra sanitet").
 */
const capitalisedOnlyHeads = new Set(['senter', 'senteret', 'sanitet']);

function isCapitalisedOnlyHead(token: Token): boolean {
  return (
    (token.capitalised || token.allCaps) &&
    !token.sentenceStart &&
    capitalisedOnlyHeads.has(token.lower)
  );
}

/** Workplace when the context says so or the head word names a business ("AS", "Bygg", "Regnskap"). */
function institutionType(
  words: TokenAnalysis,
  tokens: readonly Token[],
  first: number,
  head: Token | undefined,
): PhiType {
  if (words.hasEmploymentContext(tokens, first)) return 'WORKPLACE';
  if (head !== undefined && commercialHeads.has(head.lower)) return 'WORKPLACE';
  // "Ila kirke", "Sola kyrkje": a named church is a place.
  if (head !== undefined && buildingHeads.has(head.lower)) return 'LOCATION';
  return 'ORGANIZATION';
}

export function recognizeInstitutions(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const lexicon = words.lexicon;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word') continue;
    // Named institutions ("Haukeland", "St. Olavs hospital", "Helse Bergen").
    if (
      (token.capitalised || token.allCaps) &&
      (lexicon.namedInstitutionStarts.has(token.lower) ||
        (textAt(tokens, index + 1) === '.' &&
          lexicon.namedInstitutionStarts.has(`${token.lower}.`)))
    ) {
      let joined = '';
      for (
        let length = 1;
        length <= lexicon.maxInstitutionTokens + 1 && index + length - 1 < tokens.length;
        length++
      ) {
        const part = tokenAt(tokens, index + length - 1);
        if (part === undefined) break;
        if (length > 1 && part.text !== '.') joined += ' ';
        joined += part.lower;
        // "Unn kommer i morgen": an acronym ("UNN", "OUS", "SUS") counts only in capitals.
        if (length === 1 && token.text.length <= 3 && !token.allCaps) continue;
        if (lexicon.namedInstitutions.has(joined)) {
          out.push({
            start: token.start,
            // "Nordlandssykehuset Lofoten": a place or unknown name after it is its site.
            end: siteAfter(words, text, tokens, index + length - 1)?.end ?? part.end,
            // "renholder ved Kalnes": a named hospital is the workplace of whoever works there.
            type: words.hasEmploymentContext(tokens, index) ? 'WORKPLACE' : 'ORGANIZATION',
            subtype: 'institution',
            confidence: 0.95,
          });
        }
      }
    }
    // Head word after a name: "Fjellsiden legesenter", "Vestland tekniske fagskole", "Kvamme Regnskap".
    if (
      (lexicon.institutionHeadWords.has(token.lower) ||
        isCompoundInstitutionHead(token) ||
        isCapitalisedOnlyHead(token)) &&
      (!upperOnlyHeads.has(token.lower) ||
        token.allCaps ||
        // "på groruddalen dps": speech-to-text writes the abbreviation in lower case; only a
        // name right before it after "på"/"i"/"ved" makes it one ("hjelp på dps" stays clean).
        (lowerCaseAbbreviationHeads.has(token.lower) &&
          isNamedBeforeIndefiniteHead(words, tokens, index - 1, token)))
    ) {
      let first = -1;
      let lowercaseRun = 0;
      let holdsNumber = false;
      // "Granly bo- og servicesenter", "Eikely bu- og behandlingssenter": the name stands before
      // the whole compound head.
      const headStart = compoundHeadStart(tokens, index);
      for (let back = headStart - 1; back >= 0 && headStart - back <= 5; back--) {
        const candidate = tokenAt(tokens, back);
        const next = tokenAt(tokens, back + 1);
        if (candidate === undefined || next === undefined) break;
        // A number inside the name: "Bygg 4 AS", "Sone 3 Transport AS".
        if (
          candidate.kind === 'number' &&
          candidate.text.length <= 4 &&
          isNameLike(tokenAt(tokens, back - 1)) &&
          isSpaceBetween(text, candidate.end, next.start)
        ) {
          holdsNumber = true;
          continue;
        }
        if (candidate.kind !== 'word') break;
        if (
          !isSpaceBetween(text, candidate.end, next.start) &&
          !(candidate.end === next.start && next.text === '-')
        )
          break;
        const analysis = words.analyseToken(candidate);
        // "Kirurgisk poliklinikk", "Fürst Medisinsk Laboratorium": a capitalised adjective is
        // part of the head, not the name; only a name before it makes an institution.
        // "Hjertemedisinsk poliklinikk", "Indremedisinsk": a compound «-medisinsk» ends in «nsk»,
        // not «isk» (a bare "Medisinsk" is left to the rules below).
        if (
          candidate.capitalised &&
          !candidate.allCaps &&
          first < 0 &&
          /(?:isk|iske|\p{L}medisinsk|\p{L}medisinske)$/u.test(candidate.lower) &&
          !analysis.place &&
          !analysis.region &&
          !analysis.surname
        ) {
          if (candidate.sentenceStart) break;
          continue;
        }
        if (candidate.capitalised || candidate.allCaps) {
          if (
            (analysis.nonIdentifying && !analysis.region) ||
            // "HENVISNING TIL KARDIOLOGISK POLIKLINIKK": in an all-capitals heading an ordinary
            // word or adjective is no name ("Kardiologisk poliklinikk" is generic).
            (candidate.allCaps &&
              token.allCaps &&
              (analysis.common || /(?:sk|ske)$/u.test(candidate.lower)) &&
              !analysis.place &&
              !analysis.region) ||
            (candidate.sentenceStart &&
              analysis.common &&
              !analysis.place &&
              !analysis.region &&
              // "Arbeidsgiver: Bygg 4 AS": a word and a number before "AS" is a company name.
              !holdsNumber)
          )
            break;
          first = back;
          lowercaseRun = 0;
          if (candidate.sentenceStart) break;
          continue;
        }
        // "ekeberg skole", "tåsen helsehus" from speech-to-text: a lower-case place, or a word
        // no list knows, right before the head word is the name.
        // Not a species after its genus: "Streptococcus pyogenes gruppe A".
        const genus = tokenAt(tokens, back - 1);
        const afterGenus = genus !== undefined && words.analyseToken(genus).nonIdentifying;
        if (
          first < 0 &&
          lowercaseRun === 0 &&
          back === headStart - 1 &&
          !afterGenus &&
          (isLowerCaseNamePart(words, candidate) ||
            isNamedBeforeIndefiniteHead(words, tokens, back, token))
        ) {
          first = back;
          continue;
        }
        // "Haugland Bygg og Tak AS", "Majorstuen Fysioterapi og Trening": "og" or "&" between
        // two capitalised words of one name.
        if (
          first === back + 1 &&
          (candidate.lower === 'og' || candidate.text === '&') &&
          isNameLike(tokenAt(tokens, back - 1)) &&
          !tokenAt(tokens, back - 1)?.sentenceStart
        )
          continue;
        if (
          lowercaseRun < 2 &&
          !neverNames.has(candidate.lower) &&
          !placePrepositions.has(candidate.lower) &&
          // "Rojhat ringte legevakten": a verb in the past ends like an adjective but ends the name.
          !finiteVerbs.has(candidate.lower) &&
          !personVerbs.has(candidate.lower) &&
          candidate.lower.length > 3 &&
          /(?:e|ske|ale|ige)$/u.test(candidate.lower)
        ) {
          lowercaseRun++;
          continue;
        }
        break;
      }
      if (first >= 0) {
        const start = tokenAt(tokens, first)?.start ?? token.start;
        const type = institutionType(words, tokens, first, token);
        out.push({ start, end: token.end, type, subtype: 'institution', confidence: 0.92 });
      }
    }
    // Lead word before a name: "Sykehuset Innlandet", "Bakeriet Solrenning", "Kafé Strandstua".
    if (
      (token.capitalised || token.allCaps) &&
      lexicon.institutionLeadWords.has(token.lower) &&
      (!upperOnlyHeads.has(token.lower) || token.allCaps)
    ) {
      const runEnd = nameRunEnd(
        words,
        text,
        tokens,
        index + 1,
        3,
        token,
        words.hasEmploymentContext(tokens, index),
      );
      const last = runEnd > index ? runEnd : -1;
      if (last >= 0) {
        const type = institutionType(words, tokens, index, token);
        // "Stamina Helse Kristiansund": an unknown name before the lead word is the brand.
        const brand = tokenAt(tokens, index - 1);
        const brandStart =
          isNameLike(brand) &&
          !brand.sentenceStart &&
          isSpaceBetween(text, brand.end, token.start) &&
          isUnknownName(words, brand)
            ? brand.start
            : token.start;
        out.push({
          start: brandStart,
          end: tokenAt(tokens, last)?.end ?? token.end,
          type,
          confidence: 0.92,
        });
      }
    }
    // Named wards and units: "avdeling Tunet", "post Vinderen", "enhet Solsiden".
    const wardEnd = namedWardEnd(words, text, tokens, index);
    if (wardEnd >= 0) {
      out.push({
        start: token.start,
        end: tokenAt(tokens, wardEnd)?.end ?? token.end,
        type: words.hasEmploymentContext(tokens, index) ? 'WORKPLACE' : 'ORGANIZATION',
        subtype: 'institution',
        confidence: 0.86,
      });
    }
    // Vessels: "MS Havbris", "M/S Kvitnes", "MF Tresfjord" — where someone works, or after a
    // word for a boat ("eier båten MS Havbris"); "MS" alone is the disease.
    const vesselEnd = vesselNameEnd(words, text, tokens, index);
    if (vesselEnd >= 0) {
      out.push({
        start: token.start,
        end: tokenAt(tokens, vesselEnd)?.end ?? token.end,
        type: 'WORKPLACE',
        subtype: 'institution',
        confidence: 0.88,
      });
    }
    // One-word company names: "Sunnmørsbygg", "Fjordelektro".
    if (token.capitalised && !token.sentenceStart) {
      const analysis = words.analyseToken(token);
      if (!analysis.common && !analysis.nonIdentifying && !analysis.firstName) {
        for (const suffix of lexicon.institutionSuffixes) {
          if (token.lower.length >= suffix.length + 3 && token.lower.endsWith(suffix)) {
            const type: PhiType = words.hasEmploymentContext(tokens, index)
              ? 'WORKPLACE'
              : 'ORGANIZATION';
            out.push({ start: token.start, end: token.end, type, confidence: 0.75 });
            break;
          }
        }
      }
    }
    // An employer named by apposition or as a predicate, with no preposition: "Arbeidsgiveren
    // hennes, Kongsberg Maritime, …", "Arbeidsstedet er IVAR IKS", "Tidligere arbeidsgiver: X".
    const employer = employerFrame(words, text, tokens, index);
    if (employer !== undefined) {
      const first = tokenAt(tokens, employer.first);
      const last = tokenAt(tokens, employer.last);
      if (first !== undefined && last !== undefined)
        out.push({ start: first.start, end: last.end, type: 'WORKPLACE', confidence: 0.96 });
    }
    // Employment context: "jobber hos Nidelv Elektro", "jobber i helgene på Bakeriet Solrenning".
    if (isEmploymentAt(tokens, index) || workVerbs.has(token.lower)) {
      let firstPreposition = true;
      for (let forward = index + 1; forward < tokens.length && forward - index <= 5; forward++) {
        const preposition = tokenAt(tokens, forward);
        if (preposition === undefined || preposition.kind === 'punct') break;
        // "sykepleieren kan nås på vakttelefonen": where one is reached, not where one works.
        if (reachVerbs.has(preposition.lower)) break;
        if (!workPrepositions.has(preposition.lower)) continue;
        const atFirstPreposition = firstPreposition;
        firstPreposition = false;
        const spokenBrand = spokenBrandEnd(words, tokens, forward + 1);
        if (spokenBrand >= 0) {
          const start = tokenAt(tokens, forward + 1)?.start ?? 0;
          out.push({
            start,
            end: tokenAt(tokens, spokenBrand)?.end ?? start,
            type: 'WORKPLACE',
            confidence: 0.8,
          });
          break;
        }
        // "jeg jobber på europris", "vikar i postnord" from speech-to-text: a chain's name, or a
        // word no list knows, in lower case right after the preposition.
        const lowerName = tokenAt(tokens, forward + 1);
        if (
          atFirstPreposition &&
          lowerName?.kind === 'word' &&
          !lowerName.capitalised &&
          !lowerName.allCaps &&
          lowerName.text.length > 3 &&
          !lexicon.institutionHeadWords.has(lowerName.lower) &&
          // A chain's name ("europris"), not a generic lead word ("butikk", "verksted").
          ((lexicon.institutionLeadWords.has(lowerName.lower) &&
            !words.analyse(lowerName.lower).common) ||
            (isLowerCaseNamePart(words, lowerName) && !words.analyse(lowerName.lower).place))
        ) {
          out.push({
            start: lowerName.start,
            end: lowerName.end,
            type: 'WORKPLACE',
            confidence: 0.7,
          });
          break;
        }
        const run = nameRunEnd(words, text, tokens, forward + 1, 4, undefined, true);
        const last = run > forward ? nationalAgencyEnd(words, text, tokens, run) : run;
        if (last > forward) {
          const start = tokenAt(tokens, forward + 1)?.start ?? 0;
          out.push({
            start,
            end: tokenAt(tokens, last)?.end ?? start,
            type: 'WORKPLACE',
            // "kjører for Vy Buss", "på fiskemottaket til Lerøy Norway Seafoods": a name of two
            // words or more that does not open with a given name is the company, not a person.
            confidence:
              last > forward + 1 && !words.analyseToken(tokenAt(tokens, forward + 1)).firstName
                ? 0.88
                : 0.8,
          });
          break;
        }
      }
    }
  }
}

/** Genitive leads of national agencies and bodies: "Statens vegvesen", "Norges bondelag". */
const nationalLeads = new Set(['statens', 'norges']);

/** Words that never end an agency's name after its lead: "jobber i Statens og …". */
const agencyStopWords = new Set([
  'og',
  'men',
  'som',
  'der',
  'her',
  'nå',
  'no',
  'da',
  'så',
  'siden',
]);

/**
 * "ansatt i Statens vegvesen", "jobber i Statens kartverk": a national agency named by a genitive
 * lead and an ordinary noun in lower case. The run ends at the lead; the noun after it is taken in.
 * A function word, a verb or a word no dictionary knows after the lead is left out.
 */
function nationalAgencyEnd(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  last: number,
): number {
  const lead = tokenAt(tokens, last);
  const noun = tokenAt(tokens, last + 1);
  if (lead === undefined || noun === undefined || !lead.capitalised) return last;
  if (!nationalLeads.has(lead.lower) || noun.kind !== 'word') return last;
  if (noun.capitalised || noun.allCaps || noun.lower.length < 4) return last;
  if (!isSpaceBetween(text, lead.end, noun.start)) return last;
  if (agencyStopWords.has(noun.lower) || nynorskFunctionWords.has(noun.lower)) return last;
  if (finiteVerbs.has(noun.lower) || !words.analyse(noun.lower).common) return last;
  return last + 1;
}

/** Verbs of reaching someone: what follows them is a phone line or a channel, not a workplace. */
const reachVerbs = new Set(['nås', 'nåast', 'ringes', 'kontaktes', 'treffes', 'varsles']);

/**
 * Institutions named with a place: "DPS Nydalen", "UNN Tromsø", "Unilabs Bergen",
 * "Sykehuset Innlandet Lillehammer", "Follo HK" — one organisation, not a place and a person.
 */
/** Words that open a regional name: "Nedre Romerike", "Indre Østfold", "Vestre Toten". */
const directionPrefixes = new Set([
  'nedre',
  'øvre',
  'indre',
  'ytre',
  'midtre',
  'nordre',
  'søndre',
  'østre',
  'vestre',
]);

/** Public services with local offices, named after the place: "NAV Grorud", "DPS Aust-Agder". */
const localServiceAcronyms = new Set(['nav', 'dps', 'bup', 'vop', 'ppt', 'abup', 'rop']);

/**
 * Municipalities whose name is also an ordinary word, which the place list leaves out
 * (gazetteers/places.ts): after "NAV" with a capital they name its local office ("NAV Alver",
 * "NAV Hole").
 */
const wordMunicipalities = new Set([
  'time',
  'strand',
  'lund',
  'sel',
  'vang',
  'heim',
  'hole',
  'os',
  'bø',
  'nes',
  'vik',
  'stad',
  'kinn',
  'grane',
  'sande',
  'alver',
  'valle',
  'hå',
  'lom',
  'gran',
  'bokn',
  'fedje',
]);

/**
 * The ones speech-to-text writes in lower case after "nav" that are not said after it as a
 * word ("nav time" is an appointment, "nav strand" could be a beach).
 */
const lowerCaseWordMunicipalities = new Set([
  'alver',
  'hole',
  'valle',
  'kinn',
  'bokn',
  'fedje',
  'grane',
  'sande',
]);

export function composeInstitutionsWithPlaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const extensions: Candidate[] = [];
  for (const candidate of out) {
    if (candidate.type === 'LOCATION') {
      const institution = asInstitutionInFrame(words, tokens, candidate);
      if (institution !== undefined) extensions.push(institution);
      continue;
    }
    if (candidate.type !== 'ORGANIZATION' && candidate.type !== 'WORKPLACE') continue;
    const lastIndex = tokenIndexEndingAt(tokens, candidate.end);
    if (lastIndex < 0) continue;
    const last = tokenAt(tokens, lastIndex);
    const next = tokenAt(tokens, lastIndex + 1);
    if (last === undefined || next === undefined || !isSpaceBetween(text, last.end, next.start))
      continue;
    const placeEnd = words.placeAt(text, tokens, lastIndex + 1);
    if (placeEnd >= 0)
      extensions.push({
        ...candidate,
        end: tokenAt(tokens, placeEnd)?.end ?? candidate.end,
        confidence: Math.min(0.97, candidate.confidence + 0.03),
      });
  }
  for (let index = 0; index + 1 < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    const next = tokenAt(tokens, index + 1);
    if (token === undefined || next === undefined || token.kind !== 'word') continue;
    // "nav frogn", "bup follo" from speech-to-text: the service and a known place in lower case.
    if (
      !token.capitalised &&
      !token.allCaps &&
      localServiceAcronyms.has(token.lower) &&
      next.kind === 'word' &&
      !next.capitalised &&
      isSpaceBetween(text, token.end, next.start)
    ) {
      const place = words.analyse(next.lower);
      // "nav indre østfold", "dps nedre romerike": a direction word and a known place after it.
      const directed = tokenAt(tokens, index + 2);
      const directedEnd =
        directionPrefixes.has(next.lower) &&
        directed !== undefined &&
        directed.kind === 'word' &&
        isSpaceBetween(text, next.end, directed.start) &&
        (words.analyse(directed.lower).place || words.analyse(directed.lower).region)
          ? directed.end
          : -1;
      if (
        directedEnd >= 0 ||
        (place.place && (!place.common || words.lexicon.majorPlaces.has(next.lower))) ||
        (token.lower === 'nav' && lowerCaseWordMunicipalities.has(next.lower))
      )
        out.push({
          start: token.start,
          end: directedEnd >= 0 ? directedEnd : next.end,
          type: words.hasEmploymentContext(tokens, index) ? 'WORKPLACE' : 'ORGANIZATION',
          confidence: 0.85,
        });
      continue;
    }
    if (!token.allCaps && !token.capitalised) continue;
    // "Legevakten i Grenland", "Steinerskolen i Trondheim", "Høgskulen på Vestlandet": a
    // capitalised institution noun, "i" or "på" and the place are one name.
    const siteEnd = institutionSiteEnd(words, text, tokens, index);
    if (siteEnd >= 0) {
      out.push({
        start: token.start,
        end: tokenAt(tokens, siteEnd)?.end ?? next.end,
        type: words.hasEmploymentContext(tokens, index) ? 'WORKPLACE' : 'ORGANIZATION',
        confidence: 0.88,
      });
      continue;
    }
    if (!next.allCaps && !next.capitalised) continue;
    if (!isSpaceBetween(text, token.end, next.start)) continue;
    const analysis = words.analyseToken(token);
    // "NAV Stovner", "DPS Nordfjell", "BUP Vestby": a public service and its local office. The
    // service alone is no identifier; with a place or an unknown name after it, it is.
    // "Nav Tromsø": the agency has written its name "Nav" since 2023.
    if ((token.allCaps || token.text === 'Nav') && localServiceAcronyms.has(token.lower)) {
      const placeEnd = words.placeAt(text, tokens, index + 1);
      const nextAnalysis = words.analyseToken(next);
      // "DPS Nedre Romerike", "NAV Indre Østfold": a direction word and the place after it.
      const afterDirection = tokenAt(tokens, index + 2);
      const directedPlace =
        placeEnd < 0 &&
        directionPrefixes.has(next.lower) &&
        afterDirection !== undefined &&
        isNameLike(afterDirection) &&
        isSpaceBetween(text, next.end, afterDirection.start)
          ? index + 2
          : -1;
      const unit =
        directedPlace >= 0
          ? directedPlace
          : placeEnd >= 0
            ? placeEnd
            : next.capitalised &&
                ((!nextAnalysis.common && !nextAnalysis.nonIdentifying) ||
                  (token.lower === 'nav' && !next.allCaps && wordMunicipalities.has(next.lower))) &&
                !hasLineBreak(text, token.end, next.start)
              ? index + 1
              : -1;
      if (unit >= 0) {
        // "NAV Hitra Frøya" (s40b): an office shared by two municipalities names both.
        const secondPlace =
          token.lower === 'nav' &&
          placeEnd >= 0 &&
          isSpaceBetween(
            text,
            tokenAt(tokens, unit)?.end ?? 0,
            tokenAt(tokens, unit + 1)?.start ?? 0,
          )
            ? words.placeAt(text, tokens, unit + 1)
            : -1;
        // One more single-word place, not the start of a list: "NAV Stjørdal Meråker og Hitra"
        // names three places (r40b).
        const last =
          secondPlace === unit + 1 && !['og', ','].includes(lowerAt(tokens, unit + 2))
            ? secondPlace
            : unit;
        out.push({
          start: token.start,
          end: tokenAt(tokens, last)?.end ?? next.end,
          type: words.hasEmploymentContext(tokens, index) ? 'WORKPLACE' : 'ORGANIZATION',
          confidence: 0.9,
        });
        continue;
      }
    }
    const acronym = token.allCaps && token.text.length <= 6 && !analysis.nonIdentifying;
    const unknownName =
      token.capitalised &&
      !analysis.common &&
      !analysis.firstName &&
      !analysis.surname &&
      !analysis.place &&
      !analysis.nonIdentifying &&
      !token.sentenceStart;
    if (acronym || unknownName) {
      const placeEnd = words.placeAt(text, tokens, index + 1);
      if (placeEnd >= 0) {
        out.push({
          start: token.start,
          end: tokenAt(tokens, placeEnd)?.end ?? next.end,
          type: words.hasEmploymentContext(tokens, index) ? 'WORKPLACE' : 'ORGANIZATION',
          confidence: acronym ? 0.88 : 0.84,
        });
        continue;
      }
    }
    // "Byåsen Nord", "Bergen Sentrum": a place and a direction word; a team after "for".
    if (
      words.placeAt(text, tokens, index) === index &&
      next.capitalised &&
      compassWords.has(next.lower)
    ) {
      const type: PhiType = lowerAt(tokens, index - 1) === 'for' ? 'ORGANIZATION' : 'LOCATION';
      out.push({ start: token.start, end: next.end, type, confidence: 0.86 });
      continue;
    }
    // "Follo HK", "Bergen IL": a place and a club or company abbreviation.
    if (
      words.placeAt(text, tokens, index) === index &&
      next.allCaps &&
      next.text.length <= 4 &&
      !words.analyseToken(next).nonIdentifying
    ) {
      out.push({ start: token.start, end: next.end, type: 'ORGANIZATION', confidence: 0.85 });
    }
  }
  out.push(...extensions);
}

/** Words before the name of a ward or unit. */
const wardWords = new Set(['avdeling', 'post', 'enhet', 'seksjon', 'bogruppe', 'skjermet']);
const isWardWord = wordClass(wardWords);
/** Specialties named after a ward word ("avdeling Medisin") are no names. */
const specialtyEnding = /(?:logi|kirurgi|medisin|pediatri|psykiatri|geriatri|terapi)$/u;

/**
 * True when `index` holds the abbreviation "avd." written inside a sentence: lower case, its
 * period right after it ("Securitas, avd. Drammen"). The period makes the next word look like a
 * sentence start, so the name after it needs this check instead.
 */
function isAbbreviatedWardWord(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  const period = tokenAt(tokens, index + 1);
  return (
    token?.kind === 'word' &&
    token.text === 'avd' &&
    !token.sentenceStart &&
    period?.text === '.' &&
    period.start === token.end
  );
}

/**
 * The index of the name's last token when a ward word ("avdeling", "post", "avd.") is followed by
 * a capitalised name inside a sentence ("avdeling Tunet", "post Vinderen", "avd. Drammen"); -1
 * otherwise.
 */
function namedWardEnd(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): number {
  const token = tokenAt(tokens, index);
  const abbreviated = isAbbreviatedWardWord(tokens, index);
  const nameIndex = abbreviated ? index + 2 : index + 1;
  const name = tokenAt(tokens, nameIndex);
  if (token === undefined || token.kind !== 'word' || (!abbreviated && !isWardWord(token)))
    return -1;
  // "Post Operativt forløp" is a heading: the ward word counts only inside a sentence.
  if (token.sentenceStart || token.capitalised) return -1;
  const before = tokenAt(tokens, nameIndex - 1);
  if (
    before === undefined ||
    !isNameLike(name) ||
    (name.sentenceStart && !abbreviated) ||
    !isSpaceBetween(text, before.end, name.start)
  )
    return -1;
  if (hasLineBreak(text, before.end, name.start) || textAt(tokens, nameIndex + 1) === ':')
    return -1;
  const analysis = words.analyseToken(name);
  if (specialtyEnding.test(name.lower) || analysis.nonIdentifying) return -1;
  // After "avd." the name may open the next sentence ("vår avd. Ingen endringer", "avd. Rahimi
  // er informert"): only a town the gazetteer knows, no clinical or common word ("avd. Intensiv",
  // "avd. Medisinsk"), counts ("Securitas, avd. Drammen."). A longer place ("avd. Mo i Rana") is
  // left to the place rules, as before.
  if (abbreviated && !isAbbreviatedUnitPlace(analysis, tokenAt(tokens, nameIndex + 1))) return -1;
  return nameIndex;
}

/** True when the name after "avd." is a known town closing its clause (see namedWardEnd). */
function isAbbreviatedUnitPlace(analysis: Analysis, after: Token | undefined): boolean {
  if (!analysis.place || analysis.term) return false;
  // "avd. Mo i Rana": a longer place goes on; the place rules keep it whole.
  return after?.kind !== 'word' || (after.lower !== 'i' && !after.capitalised);
}

/** Prefixes of a vessel's name: "MS", "MF", "MK", "MT", "FF". */
const vesselPrefixes = new Set(['MS', 'MF', 'MK', 'MT', 'MY', 'FF']);
/** Words for a boat right before its name. */
const vesselWords = new Set([
  'båten',
  'båt',
  'skipet',
  'skip',
  'fartøyet',
  'ferja',
  'ferjen',
  'ferga',
  'tråleren',
  'sjarken',
  'bord',
]);

/**
 * The index of a vessel name's last token when a prefix ("MS", "M/S") starts at `index` and a
 * capitalised name follows, said where someone works or after a word for a boat; -1 otherwise.
 */
function vesselNameEnd(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): number {
  const token = tokenAt(tokens, index);
  if (token === undefined || token.kind !== 'word') return -1;
  let last = -1;
  if (vesselPrefixes.has(token.text)) last = index;
  else if (
    token.text === 'M' &&
    textAt(tokens, index + 1) === '/' &&
    tokenAt(tokens, index + 1)?.start === token.end &&
    /^[SFKT]$/u.test(textAt(tokens, index + 2)) &&
    tokenAt(tokens, index + 2)?.start === tokenAt(tokens, index + 1)?.end
  )
    last = index + 2;
  if (last < 0) return -1;
  const name = tokenAt(tokens, last + 1);
  const prefixEnd = tokenAt(tokens, last);
  if (
    !isNameLike(name) ||
    prefixEnd === undefined ||
    !isSpaceBetween(text, prefixEnd.end, name.start)
  )
    return -1;
  if (words.analyseToken(name).nonIdentifying) return -1;
  const before = lowerAt(tokens, index - 1);
  // "Før var jeg på MS Havglans": a named vessel someone is on, even outside a work frame.
  const onBoard = before === 'på' && !words.analyseToken(name).common;
  if (!vesselWords.has(before) && !onBoard && !words.hasEmploymentContext(tokens, index)) return -1;
  const second = tokenAt(tokens, last + 2);
  return isNameLike(second) &&
    isSpaceBetween(text, name.end, second.start) &&
    !second.sentenceStart &&
    !words.analyseToken(second).nonIdentifying
    ? last + 2
    : last + 1;
}

/** Definite institution nouns that, capitalised and followed by "i"/"på" and a place, name one. */
const institutionNounEnding =
  /(?:skolen|skulen|barnehagen|sentralen|sykehuset|sjukehuset|legevakten|legevakta|universitetet|tjenesten|tenesta|klinikken|hospitalet|senteret|sykehjemmet|helsestasjonen|kontoret)$/u;

/**
 * The index of the place's last token when `index` starts "<Institution noun> i|på <Place>": a
 * compound ("Frisklivssentralen", "Steinerskolen") anywhere, a bare noun ("Legevakten",
 * "Universitetet") only inside a sentence, where its capital shows it is a name; a compound also
 * right before a known place or region ("Tannhelsetjenesten Rogaland"); -1 otherwise.
 */
function institutionSiteEnd(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): number {
  const token = tokenAt(tokens, index);
  const after = tokenAt(tokens, index + 1);
  if (token === undefined || after === undefined || !token.capitalised) return -1;
  const match = institutionNounEnding.exec(token.lower);
  if (match === null) return -1;
  const compound = match.index >= 3;
  if (!compound && token.sentenceStart) return -1;
  if (!isSpaceBetween(text, token.end, after.start)) return -1;
  // "Tannhelsetjenesten Rogaland", "Tolketjenesten Oslo": a compound and a known place at once.
  if (after.lower !== 'i' && after.lower !== 'på') {
    if (!compound) return -1;
    const placeEnd = words.placeAt(text, tokens, index + 1);
    if (placeEnd >= 0) return placeEnd;
    return isNameLike(after) && words.analyseToken(after).region ? index + 1 : -1;
  }
  const site = tokenAt(tokens, index + 2);
  if (site === undefined || !isSpaceBetween(text, after.end, site.start)) return -1;
  const placeEnd = words.placeAt(text, tokens, index + 2);
  if (placeEnd >= 0) return placeEnd;
  if (!isNameLike(site)) return -1;
  const analysis = words.analyseToken(site);
  return analysis.region || (!analysis.common && !analysis.nonIdentifying && !analysis.firstName)
    ? index + 2
    : -1;
}

/**
 * A chain brand in lower case with its number said in words, from speech-to-text: "rema tusen",
 * "kiwi tre seks fem", "meny sju", or alone ("jobber på kiwi"). The index of the last token, or
 * -1 when no brand starts at `from`.
 */
function spokenBrandEnd(words: TokenAnalysis, tokens: readonly Token[], from: number): number {
  const brand = tokenAt(tokens, from);
  if (brand?.kind !== 'word' || brand.capitalised || !words.lexicon.numberedBrands.has(brand.lower))
    return -1;
  // "coop extra", "coop mega": a chain and its store format.
  let last = storeFormats.has(lowerAt(tokens, from + 1)) ? from + 1 : from;
  for (let index = last + 1; index < tokens.length && index - from <= 4; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) break;
    const isNumber =
      token.kind === 'number' ||
      token.lower === 'tusen' ||
      token.lower === 'hundre' ||
      (token.kind === 'word' && cardinalOf(token) !== undefined);
    if (!isNumber || quantityWords.has(lowerAt(tokens, index + 1))) break;
    last = index;
  }
  // "kiwi 515 kjelsås", "rema tusen lade": the shop's place in lower case after its number.
  const site = tokenAt(tokens, last + 1);
  if (last > from && site?.kind === 'word' && !site.capitalised) {
    const analysis = words.analyse(site.lower);
    if (analysis.place && (!analysis.common || words.lexicon.majorPlaces.has(site.lower)))
      return last + 1;
  }
  return last;
}

/** Heads written as "bo- og servicesenter": the first word, with or without its hyphen. */
const compoundHeadFirstWords = new Set(['bo', 'bu', 'bo-', 'bu-']);

/**
 * The index where a head word's compound begins: "bo- og servicesenter" starts at "bo"; any other
 * head starts at itself.
 */
/** A capitalised word that no list knows as a word, name or term. */
function isUnknownName(words: TokenAnalysis, token: Token): boolean {
  const analysis = words.analyseToken(token);
  return (
    !analysis.common &&
    !analysis.nonIdentifying &&
    !analysis.firstName &&
    !analysis.region &&
    token.text.length > 2
  );
}

/** The place or unknown name right after an institution's name ending at `last`, if any. */
function siteAfter(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  last: number,
): Token | undefined {
  const site = tokenAt(tokens, last + 1);
  const end = tokenAt(tokens, last);
  if (!isNameLike(site) || end === undefined || !isSpaceBetween(text, end.end, site.start))
    return undefined;
  if (words.lexicon.institutionHeadWords.has(site.lower)) return undefined;
  return words.analyseToken(site).place || isUnknownName(words, site) ? site : undefined;
}

function compoundHeadStart(tokens: readonly Token[], index: number): number {
  if (lowerAt(tokens, index - 1) !== 'og') return index;
  if (compoundHeadFirstWords.has(lowerAt(tokens, index - 2))) return index - 2;
  if (textAt(tokens, index - 2) === '-' && compoundHeadFirstWords.has(lowerAt(tokens, index - 3)))
    return index - 3;
  return index;
}

const adjectiveEnding = /(?:sk|ske|ig|ige|lig|lige|ert|erte|ende|al|ale|iv|ive|ær|ære|ell|elle)$/u;

/** Indefinite head words a lower-case name stands before in speech ("går i solsikken barnehage"). */
const indefiniteHeads = new Set([
  'barnehage',
  'skole',
  'skule',
  'sykehjem',
  'legesenter',
  'legekontor',
  'helsestasjon',
  'dps',
]);

/** Head abbreviations otherwise taken only in capitals, said in lower case by speech-to-text. */
const lowerCaseAbbreviationHeads = new Set(['dps']);

/**
 * "går i solsikken barnehage", "går på lunde skole": after "i"/"på"/"ved", a surname, a place or
 * a definite noun right before an indefinite head word is the name (generic talk takes the
 * definite head: "går i barnehagen", or an adjective: "går på vanlig skole").
 */
function isNamedBeforeIndefiniteHead(
  words: TokenAnalysis,
  tokens: readonly Token[],
  index: number,
  head: Token,
): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || token.kind !== 'word' || token.capitalised || token.allCaps)
    return false;
  if (!indefiniteHeads.has(head.lower)) return false;
  if (!/^(?:i|på|ved)$/u.test(lowerAt(tokens, index - 1))) return false;
  if (neverNames.has(token.lower) || adjectiveEnding.test(token.lower)) return false;
  const analysis = words.analyse(token.lower);
  if (analysis.nonIdentifying || analysis.firstName) return false;
  return (
    analysis.surname ||
    analysis.place ||
    // "på bjørnholt skole": a word no list knows, even one that splits like a compound, is the
    // name ("ny skole", "videregående skole" are known words or adjectives).
    (token.lower.length >= 5 && !analysis.common && !analysis.entry) ||
    (token.lower.length >= 6 &&
      /(?:en|et|a)$/u.test(token.lower) &&
      !/(?:ene|ane)$/u.test(token.lower))
  );
}

/** A lower-case word that can be the name before a head word: a known place or an unknown word. */
function isLowerCaseNamePart(words: TokenAnalysis, token: Token): boolean {
  if (token.kind !== 'word' || token.allCaps || token.text.length < 3) return false;
  if (neverNames.has(token.lower) || nynorskFunctionWords.has(token.lower)) return false;
  // "gastromedisinsk poliklinikk", "kommunal barnehage": an adjective names no institution.
  if (adjectiveEnding.test(token.lower)) return false;
  if (placePrepositions.has(token.lower)) return false;
  const analysis = words.analyse(token.lower);
  if (analysis.nonIdentifying || analysis.firstName) return false;
  if (analysis.place) return !analysis.common || words.lexicon.majorPlaces.has(token.lower);
  // "for øvingar", "med tablettane": a nynorsk plural of an ordinary word.
  const bokmål = /(?:ar|ane)$/u.exec(token.lower);
  if (
    bokmål !== null &&
    words.analyse(`${token.lower.slice(0, bokmål.index)}${bokmål[0] === 'ar' ? 'er' : 'ene'}`)
      .common
  )
    return false;
  return !analysis.common && !analysis.entry && !words.isCompound(token.lower);
}

/** Store formats said after a chain's name: "coop extra", "coop obs". */
const storeFormats = new Set(['extra', 'mega', 'obs', 'prix', 'marked']);

/** Verbs of work not in the shared employment list (nynorsk, driving): "jobbar på", "kjører for". */
const workVerbs = new Set(['jobbar', 'arbeidar', 'tilsett', 'kjører', 'kjørte', 'kjøyrer']);

/** Words after a number that make it a quantity, not part of a name ("Rema 3 dager i uka"). */
const quantityWords = new Set([
  'dager',
  'dagar',
  'dag',
  'timer',
  'timar',
  'uker',
  'veker',
  'år',
  'måneder',
  'mnd',
  'ganger',
  'gonger',
  'kr',
  'kroner',
  'prosent',
  'mg',
  'g',
  'kg',
  'stk',
]);

/** True for a part of a shop or company name that is not a word: "1000", "24/7", "K", "AS". */
function isNamePartToken(token: Token | undefined): token is Token {
  if (token === undefined) return false;
  if (token.kind === 'number') return token.text.length <= 4;
  return (
    token.kind === 'word' &&
    (token.allCaps || /^\p{Lu}$/u.test(token.text)) &&
    token.text.length <= 4
  );
}

/**
 * The last token of an institution or workplace name that starts at `from` (at most `limit`
 * tokens; `from - 1` when there is none): capitalised words, and inside them numbers, single
 * capitals and short abbreviations ("Rema 1000 Lade", "Bygg 24 AS", "Circle K 24/7 Moa"). A
 * number ends the name only after a brand that is known to carry one ("Kiwi 515").
 */
function nameRunEnd(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  from: number,
  limit: number,
  lead: Token | undefined,
  atWork = false,
): number {
  let last = from - 1;
  let brand = lead !== undefined && words.lexicon.numberedBrands.has(lead.lower);
  for (let index = from; index < tokens.length && index - from < limit + 2; index++) {
    const candidate = tokenAt(tokens, index);
    const previous = tokenAt(tokens, index - 1);
    if (candidate === undefined || previous === undefined) break;
    // "7-Eleven": a name that starts with a number joined to a capitalised word.
    if (
      index === from &&
      candidate.kind === 'number' &&
      candidate.text.length <= 2 &&
      textAt(tokens, index + 1) === '-' &&
      tokenAt(tokens, index + 1)?.start === candidate.end &&
      isNameLike(tokenAt(tokens, index + 2)) &&
      tokenAt(tokens, index + 2)?.start === tokenAt(tokens, index + 1)?.end &&
      isSpaceBetween(text, previous.end, candidate.start)
    ) {
      last = index + 2;
      index += 2;
      continue;
    }
    const joined =
      candidate.start === previous.end && previous.kind === 'number' && candidate.text === '/';
    if (!joined && !isSpaceBetween(text, previous.end, candidate.start)) break;
    if (candidate.kind === 'word' && candidate.capitalised && !candidate.text.includes("'")) {
      // "Coop Prix": a chain's shop brand joins its lead even when a term list knows the word.
      const chainBrand = brand && words.lexicon.numberedBrands.has(candidate.lower);
      if (!chainBrand && words.analyseToken(candidate).nonIdentifying) break;
      last = index;
      if (words.lexicon.numberedBrands.has(candidate.lower)) brand = true;
      continue;
    }
    // Numbers, "/", single capitals and abbreviations only inside a name that has begun.
    if (last < from && lead === undefined) break;
    if (joined || (candidate.kind === 'number' && textAt(tokens, index + 1) === '/')) continue;
    if (!isNamePartToken(candidate)) break;
    if (candidate.kind === 'number') {
      const next = tokenAt(tokens, index + 1);
      const continues =
        next !== undefined &&
        isSpaceBetween(text, candidate.end, next.start) &&
        (isNameLike(next) || isNamePartToken(next));
      // A number ends the name of a known brand ("Kiwi 515"), or any name said as a workplace or
      // after a lead word ("jobber på Bakeriet 1890", "Hotell 71"), unless a unit follows.
      const numberedName = brand || atWork || (lead !== undefined && last >= from - 1);
      if (!continues && (!numberedName || (next !== undefined && quantityWords.has(next.lower))))
        break;
    } else if (words.analyseToken(candidate).nonIdentifying) break;
    last = index;
  }
  return last;
}

/** Nouns for where someone works, which name the employer without a preposition. */
const employerNouns = new Set([
  'arbeidsgiver',
  'arbeidsgiveren',
  'arbeidsgivar',
  'arbeidsgivaren',
  'arbeidssted',
  'arbeidsstedet',
  'arbeidsstad',
  'arbeidsstaden',
  'arbeidsplass',
  'arbeidsplassen',
]);
/** Possessives between the employer noun and the name: "arbeidsgiveren hennes, …". */
const employerOwners = new Set(['hans', 'hennes', 'hennar', 'min', 'mi', 'deres', 'sin']);
/** Words that link the employer noun to the name: "arbeidsstedet er", "arbeidsgiver var". */
const employerLinks = new Set([',', ':', 'er', 'var', 'blir', 'ble', 'vart']);

/**
 * The first and last token of an employer's name said by apposition or as a predicate of an
 * employer noun ("Arbeidsgiveren hennes, Kongsberg Maritime, har …", "Arbeidsstedet er IVAR
 * IKS", "Tidligere arbeidsgiver: Statoil Mongstad"): capitalised words, short words in capitals
 * and numbers inside them. A single ordinary word ("Arbeidsgiver: Kommunen") is no name; undefined
 * when `index` opens no such frame.
 */
function employerFrame(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): { first: number; last: number } | undefined {
  const noun = tokenAt(tokens, index);
  if (noun === undefined || noun.kind !== 'word' || !employerNouns.has(noun.lower))
    return undefined;
  let link = index + 1;
  if (employerOwners.has(lowerAt(tokens, link))) link++;
  if (!employerLinks.has(lowerAt(tokens, link))) return undefined;
  const from = link + 1;
  let last = -1;
  for (let at = from; at < tokens.length && at - from < 5; at++) {
    const part = tokenAt(tokens, at);
    const before = tokenAt(tokens, at - 1);
    if (part === undefined || before === undefined) break;
    if (!isSpaceBetween(text, before.end, part.start) || hasLineBreak(text, before.end, part.start))
      break;
    const nameWord =
      part.kind === 'word' &&
      (part.capitalised || (part.allCaps && part.text.length <= 6)) &&
      !neverNames.has(part.lower) &&
      !words.analyseToken(part).nonIdentifying;
    const inside = last >= 0 && part.kind === 'number' && part.text.length <= 4;
    if (!nameWord && !inside) break;
    last = at;
  }
  if (last < 0) return undefined;
  const only = tokenAt(tokens, from);
  if (last === from && only !== undefined && only.capitalised && words.analyseToken(only).common)
    return undefined;
  return { first: from, last };
}

/** Verbs and nouns of care that take an institution, not a place: "innlagt på Kalnes". */
const careFrameWords = new Set([
  'innlagt',
  'innlagd',
  'innlegges',
  'innlegging',
  'innleggelse',
  'overført',
  'overførast',
  'overføres',
  'overflyttet',
  'overflyttes',
  'henvist',
  'henvises',
  'tilvist',
  'sendt',
  'sendes',
  'utskrevet',
  'utskriven',
  'utskrives',
  'operert',
  'opereres',
  'innkomst',
  'poliklinisk',
  'dagbehandling',
  // A stay or a service one has a place in: "opphold på Muritunet", "dagtilbud ved Fossum".
  'opphold',
  'oppholdet',
  'korttidsopphold',
  'avlastning',
  'dagtilbud',
  'dagtilbudet',
  'rehabilitering',
  'behandling',
  'plass',
]);
/** Verbs and nouns of membership that take a club, school or gym: "trener på Evo". */
const memberFrameWords = new Set([
  'medlem',
  'trener',
  'trente',
  'trenar',
  'spiller',
  'spilte',
  'speler',
  'elev',
  'student',
  'studerer',
]);
const carePrepositions = new Set(['på', 'ved', 'til', 'fra']);
const memberPrepositions = new Set(['på', 'ved', 'hos', 'for', 'av', 'i']);
/** A noun for an organisation that a name in apposition belongs to: "fotballaget, Vålerenga". */
const organisationNoun =
  /(?:lag|laget|klubb|klubben|skole|skolen|skule|skulen|barnehage|barnehagen|barnehagen|laboratoriet|sykehuset|sjukehuset|sykehjemmet|senteret|studiet)$/u;
/** Adverbs between a frame word and its preposition: "trener fortsatt på", "innlagt akutt på". */
const frameAdverbs = new Set([
  'fortsatt',
  'fremdeles',
  'framleis',
  'akutt',
  'nå',
  'no',
  'også',
  'videre',
]);

/**
 * The organisation a place candidate names in a frame of care or membership: "innlagt på
 * Kalnes", "prøven ble sendt til Fürst", "trener fortsatt på Evo", "fotballaget hans,
 * Vålerenga" — the hospital, lab, gym or club, not the place. A major town after such a frame
 * ("innlagt i Bergen") stays a place. Undefined when no frame holds.
 */
function asInstitutionInFrame(
  words: TokenAnalysis,
  tokens: readonly Token[],
  candidate: Candidate,
): Candidate | undefined {
  if (candidate.subtype === 'farm') return undefined;
  const index = tokenIndexStartingAt(tokens, candidate.start);
  if (index < 1) return undefined;
  const first = tokenAt(tokens, index);
  if (first === undefined || words.lexicon.majorPlaces.has(first.lower)) return undefined;
  const preposition = lowerAt(tokens, index - 1);
  let frame = index - 2;
  if (frameAdverbs.has(lowerAt(tokens, frame))) frame--;
  const frameToken = tokenAt(tokens, frame);
  // "på 7-Eleven på Storo": a capitalised word inside a sentence is a name, not a frame word.
  const frameWord =
    frameToken !== undefined && (!frameToken.capitalised || frameToken.sentenceStart)
      ? frameToken.lower
      : '';
  let held =
    (carePrepositions.has(preposition) && careFrameWords.has(frameWord)) ||
    (memberPrepositions.has(preposition) && memberFrameWords.has(frameWord));
  if (!held && preposition === ',') {
    // "Guttens fotballag, Vålerenga, …", "klubben hans, Lyn".
    const owner = lowerAt(tokens, index - 2);
    const noun = /^(?:hans|hennes|hennar|min|mi|sin|deres)$/u.test(owner)
      ? lowerAt(tokens, index - 3)
      : owner;
    held = noun.length > 3 && organisationNoun.test(noun);
  }
  if (!held) return undefined;
  return {
    ...candidate,
    type: words.hasEmploymentContext(tokens, index) ? 'WORKPLACE' : 'ORGANIZATION',
    subtype: 'institution',
    confidence: Math.min(0.97, candidate.confidence + 0.04),
  };
}
