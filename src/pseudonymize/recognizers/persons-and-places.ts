import {
  finiteVerbs,
  greetings,
  introducers,
  livingVerbs,
  neverNames,
  personVerbs,
  placePrepositions,
  possessives,
  relations,
  subjectPronouns,
} from '../gazetteers/context-words.js';
import { anatomicalHeadEndings } from '../gazetteers/medical-terms.js';
import { personTitles as titles } from '../gazetteers/person-titles.js';
import { textAt, lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { Lexicon } from '../lexicon.js';
import { wordClass } from '../word-record.js';
import { isPerLitreUnit } from './initials.js';
import { recognizePostalCode } from './postal-codes.js';
import { hasLineBreak, isNameLike, type TokenAnalysis } from './token-analysis.js';

/**
 * Prepositions that open a phrase after "navnet" used as an object ("stave navnet ved oppmøte",
 * "oppgi navnet til resepsjonen"): a closed class, so the word after "navnet" is no name.
 */
/**
 * Verbs of how a name is spelled or said, after "navnet": "navnet staves …", never the name; also
 * verbs of what a name tells or where it comes from ("Navnet sier ingenting om …", "navnet kommer
 * fra legen som …").
 */
const namingPassives = new Set([
  'staves',
  'stavast',
  'skrives',
  'skrivast',
  'uttales',
  'uttalast',
  'sier',
  'seier',
  'kommer',
  'kjem',
  'betyr',
  'tyder',
  'stammer',
]);

const prepositionsAfterNameNoun = new Set([
  'ved',
  'på',
  'til',
  'i',
  'for',
  'med',
  'om',
  'av',
  'fra',
  'frå',
  'etter',
  'under',
  'over',
  'hos',
  'mot',
  'uten',
  'utan',
]);

/** A question asked of the token at `index`, with the text and its analysed words around it. */
type TokenTest = (
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
) => boolean;

/** A place preposition ("i", "på", "fra"): one record bit per word, not a set probe per token. */
const isPlacePreposition = wordClass(placePrepositions);

/** Endings typical of Norwegian place names (farm names that are also surnames are in the gazetteer). */
const placeEnding =
  /(?:dal|dalen|nes|neset|åsen|fjord|fjorden|sund|sundet|øya|øy|vika|haugen|moen|lia|bakken|berget|heim|byen|rud|seter|setra|stranda|holmen|hus|tangen|kollen|myra|vollen|marka|skogen|sjøen|vatnet|elva|fossen)$/u;

/** "Achillessenen", "Håndleddet": a capitalised compound ending in a body part is no place. */
const anatomicalEnding = new RegExp(
  `(?:${anatomicalHeadEndings.trim().split(/\s+/u).join('|')})$`,
  'u',
);

export function recognizePersonsAndPlaces(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const lexicon = words.lexicon;
  // The last token of the last person found: "hos nokuthula og sipho" joins the second name.
  let lastPersonIndex = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined) continue;
    // Postal code followed by its place: "5015 Bergen".
    if (token.kind === 'number' && token.text.length === 4) {
      recognizePostalCode(words, text, tokens, index, out);
      continue;
    }
    if (token.kind !== 'word') continue;
    // Multi-word places ("Mo i Rana", "Gamle Oslo") and single-word places.
    if (token.capitalised && lexicon.multiWordPlaceStarts.has(token.lower)) {
      let joined = token.lower;
      for (
        let length = 2;
        length <= lexicon.maxPlaceTokens && index + length - 1 < tokens.length;
        length++
      ) {
        const part = tokenAt(tokens, index + length - 1);
        const previous = tokenAt(tokens, index + length - 2);
        if (
          part === undefined ||
          previous === undefined ||
          part.kind !== 'word' ||
          !isSpaceBetween(text, previous.end, part.start)
        )
          break;
        joined += ` ${part.lower}`;
        if (lexicon.places.has(joined) && part.capitalised) {
          out.push({ start: token.start, end: part.end, type: 'LOCATION', confidence: 0.85 });
        }
      }
    }
    const analysis = words.analyseToken(token);
    if (analysis.nonIdentifying) continue;
    // "mora mi heiter brynhild": the verb that presents a name is no name, even when a name list
    // holds it ("heiter").
    if (!token.capitalised && introducers.has(token.lower)) continue;
    // "Fysioterapeut kommer.", "Lege ringer.": a role title opening the sentence is its subject,
    // and the lower-case finite verb after it is no surname.
    if (!token.capitalised && isVerbAfterTitleSubject(tokens, index)) continue;
    // "Timed Up and Go", "Activities of Daily Living": English names of tests hold "and"/"of".
    if (token.capitalised && isEnglishTitlePart(text, tokens, index)) continue;
    // "FreeStyle Libre", "ResMed AirSense": a word after a mixed-case brand is its product.
    if (token.capitalised && followsMixedCaseBrand(text, tokens, index)) continue;
    if (
      token.capitalised &&
      !analysis.firstName &&
      !analysis.surname &&
      !analysis.international &&
      isProductContext(words, text, tokens, index)
    )
      continue;
    if (
      token.capitalised &&
      (!analysis.firstName || namesTestOrSign(text, tokens, index)) &&
      isEponymOrProductPart(words, text, tokens, index)
    )
      continue;
    // "Freestyle Libre 2", "Coban 2": an unknown capitalised word with a number after it is a
    // product and its version; a name with a number is an age ("Ola 12 år") and stays.
    if (
      token.capitalised &&
      !analysis.firstName &&
      !analysis.surname &&
      isProductVersion(text, tokens, index) &&
      !followsTitle(tokens, index) &&
      !isPlaceBeforeDate(tokens, index, analysis.place, analysis.common || analysis.entry)
    )
      continue;
    // Labels ("Personnr.:", "Telefon:") and adjectives ("Revmatologisk avdeling") are not names.
    const after = tokenAt(tokens, index + 1);
    const labelLike =
      after?.text === ':' ||
      (after?.text === '.' &&
        (textAt(tokens, index + 2) === ':' || tokenAt(tokens, index + 2)?.kind === 'number'));
    if (labelLike && !analysis.firstName && !analysis.surname) continue;
    if (
      token.capitalised &&
      /(?:isk|iske)$/u.test(token.lower) &&
      !analysis.place &&
      !analysis.surname
    )
      continue;
    // Mixed-case short tokens are units and lab names ("SpO2", "NaCl", "IgA", "QTc") — except
    // right after an institution's name, where they are its abbreviation ("Studenthelsetjenesten
    // SiO"): then the two are one organisation.
    if (
      token.capitalised &&
      token.text.length <= 6 &&
      token.text.slice(1) !== token.lower.slice(1) &&
      !token.text.includes('-') &&
      !isNamedInnerCapital(tokens, index)
    ) {
      const institution = tokenAt(tokens, index - 1);
      if (
        isNameLike(institution) &&
        !/\d/u.test(token.text) &&
        isSpaceBetween(text, institution.end, token.start) &&
        lexicon.institutionSuffixes.some(
          (suffix) =>
            institution.lower.length > suffix.length + 3 && institution.lower.endsWith(suffix),
        )
      )
        out.push({
          start: institution.start,
          end: token.end,
          type: 'ORGANIZATION',
          confidence: 0.8,
        });
      continue;
    }
    // A hyphenated word with an all-capitals part is a code or vaccine ("DTP-IPV-Hib-HepB").
    if (token.text.includes('-') && /(?:^|-)\p{Lu}{2,}(?:-|$)/u.test(token.text)) continue;
    const previous = tokenAt(tokens, index - 1);
    const previousLower = previous?.lower ?? '';
    const beforePrevious = tokenAt(tokens, index - 2);
    const afterPlacePreposition =
      previous !== undefined && previous.kind === 'word' && isPlacePreposition(previous);

    // "undersøkt av E. Vassbotn", "A. Haugland, LIS": an initial, its dot and a surname (the
    // tokenizer reads the surname as a sentence start after the dot).
    const initial = tokenAt(tokens, index - 2);
    if (
      token.capitalised &&
      previous?.text === '.' &&
      initial !== undefined &&
      /^\p{Lu}$/u.test(initial.text) &&
      initial.end === previous.start &&
      isSpaceBetween(text, previous.end, token.start) &&
      // `start > 0` first: charAt(-1) is '' (no letter) but deoptimised the whole recognizer.
      (initial.start === 0 || !/[\p{L}\p{N}.]/u.test(text.charAt(initial.start - 1))) &&
      !isPerLitreUnit(text, initial.start) &&
      token.text.length > 2 &&
      (analysis.surname || (!analysis.common && !analysis.entry))
    ) {
      // The surname alone is still judged below, in case a title holds the initial ("dr. K.").
      // Above the initial alone read as a name after a greeting ("Hilsen R. Njie").
      // "overlege T. Vik": after a title, above the initial alone that the title makes a name.
      const titled = titles.has(lowerAt(tokens, index - 3));
      out.push({
        start: initial.start,
        end: token.end,
        type: 'PERSON',
        confidence: titled ? 0.92 : 0.86,
      });
    }

    let personConfidence = 0;
    let placeConfidence = 0;
    const capitalised = token.capitalised;
    if (capitalised) {
      if (analysis.firstName) {
        const next = tokenAt(tokens, index + 1);
        const vocative =
          next !== undefined &&
          next.kind === 'punct' &&
          (next.text === '?' || next.text === ',' || next.text === '!');
        personConfidence = analysis.entry
          ? token.sentenceStart
            ? vocative
              ? 0.75
              : 0
            : isAllergenSlot(tokens, index)
              ? 0
              : 0.7
          : 0.9;
      }
      // A gazetteer surname counts unless it is itself a dictionary word ("Strand", "Haug"): an
      // inflection guess does not ("Hansen" is not "hanse" + "n").
      if (analysis.surname && personConfidence === 0)
        personConfidence = analysis.entry
          ? 0
          : token.sentenceStart
            ? startsWithOrdinaryWord(analysis.common, tokens, index)
              ? 0
              : 0.6
            : 0.8;
      // "time hos Strand", "bor hos Berg", "Hos Berg.": a capitalised surname that is also a word
      // or a town right after "hos"/"hjå" is the person one is with (one goes "til" or "i" a
      // place), unless work is said before it ("jobber hos Berg" may be a firm).
      if (
        analysis.surname &&
        (analysis.entry || analysis.place) &&
        !analysis.firstName &&
        !analysis.region &&
        !token.allCaps &&
        (previousLower === 'hos' || previousLower === 'hjå') &&
        (!token.sentenceStart || previous?.capitalised === true) &&
        !words.hasEmploymentContext(tokens, index)
      ) {
        personConfidence = Math.max(personConfidence, 0.86);
        placeConfidence = 0;
      }
      // "bor på Hovden", "kommer fra Skaret": a surname alone after where someone lives is the
      // place it was named after.
      if (
        analysis.surname &&
        !analysis.firstName &&
        afterPlacePreposition &&
        previousLower !== 'hos' &&
        previousLower !== 'til' &&
        !token.sentenceStart &&
        residenceVerbs.has(beforePrevious?.lower ?? '') &&
        !isFollowedByName(words, tokens, index)
      )
        placeConfidence = Math.max(placeConfidence, 0.8);
      if (analysis.place)
        placeConfidence = analysis.common
          ? token.sentenceStart
            ? 0
            : afterPlacePreposition
              ? 0.8
              : 0.55
          : 0.82;
      if (afterPlacePreposition && analysis.place)
        placeConfidence = Math.max(placeConfidence, 0.85);
      // "bor på Tveita", "vokste opp i Hagaløkka": a capitalised word mid-sentence after where
      // someone lives, read as a word only by an inflection guess, is the place.
      if (
        afterPlacePreposition &&
        analysis.common &&
        !analysis.entry &&
        !analysis.firstName &&
        !analysis.surname &&
        !token.sentenceStart &&
        residenceVerbs.has(beforePrevious?.lower ?? '') &&
        !words.isCompoundToken(token)
      )
        placeConfidence = Math.max(placeConfidence, 0.7);
      if (
        !analysis.firstName &&
        !analysis.surname &&
        !analysis.place &&
        !analysis.common &&
        !token.sentenceStart &&
        token.text.length > 1
      ) {
        // Unknown capitalised word mid-sentence: a name the gazetteers do not know. Place-name
        // endings ("-dal", "-nes", "-åsen") and a place preposition make it a place.
        // "Høreapparater fra Oticon", "sensor fra Dexcom": the maker of a device, not a place.
        if (previousLower === 'fra' && isDeviceNoun(beforePrevious)) continue;
        // "Startet på Ocrevus", "står på Buvidal", "Leponex 100 mg": a medicine no list knows.
        if (isInMedicationFrame(tokens, index)) continue;
        // "jobber på lageret til Elkjøp", "deltidsstilling hos Kaffebrenneriet": an unknown
        // name after a preposition, with work said before it, is the employer — but not the
        // place after the employer's name ("jobber på Bama på Alnabru").
        if (
          workplacePrepositions.has(previousLower) &&
          !followsEmployerName(tokens, index) &&
          !followsDiagnosisCode(text, tokens, index) &&
          words.hasEmploymentContext(tokens, index)
        ) {
          out.push({ start: token.start, end: token.end, type: 'WORKPLACE', confidence: 0.65 });
          continue;
        }
        // "smerter i Achillessenen": anatomy written with a capital is no place.
        if (anatomicalEnding.test(token.lower) && !placeEnding.test(token.lower)) continue;
        // "kontroll ved Hjertesviktpoliklinikken": a kind of service, not a place.
        if (words.isGenericServiceCompound(token)) continue;
        if (
          ((afterPlacePreposition && previousLower !== 'til' && previousLower !== 'hos') ||
            // "turen gikk til Preikestolen", "reiste til Hua Hin": where one travels to.
            (previousLower === 'til' && travelWords.has(beforePrevious?.lower ?? '')) ||
            placeEnding.test(token.lower)) &&
          !isCoordinatedWithGivenName(words, text, tokens, index)
        )
          placeConfidence = 0.6;
        else if (
          (analysis.international ||
            nordicNameEnding.test(token.lower) ||
            foreignSurnameEnding.test(token.lower) ||
            isCoordinatedWithGivenName(words, text, tokens, index) ||
            (previousLower === 'av' && authorVerbs.has(beforePrevious?.lower ?? ''))) &&
          !followsDiagnosisCode(text, tokens, index) &&
          !words.isCompoundToken(token) &&
          !hasNonPersonShape(words, text, tokens, index)
        )
          // An unknown capitalised word alone is more often a brand, eponym or term than a name
          // ("Mottatt Celeston", "Simpsons biplan"): only a listed international name, a word
          // built like a Nordic given name ("Solbjørg", "Gunnvor") or one joined by "og" to a
          // given name ("Torbjørg og Nils") counts.
          personConfidence = analysis.international ? 0.7 : 0.6;
      }
      // "Siv ringer deg i morgen", "Yusuf ble lagt inn", "Erle og Frøy er tvillinger": a given
      // name (also one that is a noun) or a listed international name at a sentence start,
      // followed by a finite verb or by "og" and another given name.
      if (
        token.sentenceStart &&
        (analysis.firstName || (analysis.international && !analysis.common && !analysis.place)) &&
        !followsDiagnosisCode(text, tokens, index) &&
        startsClauseAsSubject(words, text, tokens, index)
      )
        personConfidence = Math.max(personConfidence, 0.8);
      if (
        !analysis.firstName &&
        !analysis.surname &&
        !analysis.place &&
        !analysis.common &&
        token.sentenceStart &&
        lexicon.properNouns.has(token.lower) &&
        !isFollowedByTermWord(words, text, tokens, index)
      ) {
        personConfidence = Math.max(personConfidence, 0.5);
      }
      // "Bjarnhild ringer i morgen": a capitalised word that is no word, name list entry, place
      // or term, as the subject of a finite verb at a sentence start, is a name the lists miss.
      if (
        token.sentenceStart &&
        !analysis.firstName &&
        !analysis.surname &&
        !analysis.place &&
        !analysis.common &&
        !analysis.entry &&
        token.text.length > 2 &&
        !lexicon.properNouns.has(token.lower) &&
        // "Samboeren heter Storm": a relation or a title is who, not the name.
        !relations.has(token.lower) &&
        !titles.has(token.lower) &&
        // "Fysioen kom innom", "Ergoen ringer": a clipped noun ending in a vowel, made definite.
        !clippedDefiniteNoun.test(token.lower) &&
        (personVerbs.has(lowerAt(tokens, index + 1)) || comesOrJoins(tokens, index)) &&
        isSpaceBetween(text, token.end, tokenAt(tokens, index + 1)?.start ?? token.end) &&
        !words.isCompoundToken(token) &&
        !followsDiagnosisCode(text, tokens, index)
      )
        personConfidence = Math.max(personConfidence, 0.6);
    } else if (analysis.firstName && token.text.length > 1) {
      // Speech-to-text often writes names in lower case; only with a greeting or name context.
      // After "heter" or a title even a name that is a noun ("jeg heter siv") is the name.
      const contextLower = previousLower === ',' ? (beforePrevious?.lower ?? '') : previousLower;
      // "mannen min, geir": a relation word and a possessive before the name, even a noun.
      const afterRelation =
        (possessives.has(contextLower) &&
          relations.has(tokenAt(tokens, index - (previousLower === ',' ? 3 : 2))?.lower ?? '')) ||
        // "min mann, kåre", "vår sønn mathias", "min beste venn, sindre": the possessive first.
        followsPossessiveAndRelation(tokens, index);
      const strongContext =
        introducers.has(contextLower) ||
        titles.has(contextLower) ||
        afterRelation ||
        // "ringe geir, det er mannen min": the relation said right after it, even for a noun.
        isFollowedByDetErRelation(tokens, index) ||
        // "bor sammen med lena og to unger": after "sammen med", ending its phrase.
        (previousLower === 'med' &&
          beforePrevious?.lower === 'sammen' &&
          /^(?:og|,|\.)$/u.test(lowerAt(tokens, index + 1))) ||
        // "jeg er lei meg", "jeg er lei av det": an ordinary word before a pronoun or "av" is no name.
        (previousLower === 'er' &&
          beforePrevious?.lower === 'jeg' &&
          !(
            analysis.common &&
            /^(?:meg|deg|seg|av|for|på|over|og)$/u.test(lowerAt(tokens, index + 1))
          )) ||
        isNicknamed(tokens, index) ||
        isNameStatement(tokens, index) ||
        // "thomas og ane skal passe hunden": a given name joined to the name just found.
        (previousLower === 'og' && lastPersonIndex === index - 2) ||
        isPresentedName(tokens, index, analysis.common) ||
        isPresentedWithSurname(words, tokens, index) ||
        (previousLower === 'med' && talkVerbs.has(beforePrevious?.lower ?? '')) ||
        (!analysis.common &&
          (isInSpokenNameFrame(tokens, index) ||
            isInDialectNameFrame(words, tokens, index) !== undefined)) ||
        // "pasient: eva og jeg skal …": a given name opening a turn with "og jeg", even a word.
        (previous?.text === ':' &&
          lowerAt(tokens, index + 1) === 'og' &&
          ['jeg', 'eg'].includes(lowerAt(tokens, index + 2))) ||
        // "pasient: mette sa at …": a given name opening a speaker's turn before a verb of saying.
        (previous?.text === ':' && personVerbs.has(lowerAt(tokens, index + 1))) ||
        // "hilsen til tove", "hils til siv": greetings are sent to a person, even a word.
        (previousLower === 'til' && greetingSenders.has(beforePrevious?.lower ?? ''));
      // "hei, lin, kom inn": a given name between a greeting and a comma is spoken to.
      const vocative =
        (greetings.has(contextLower) ||
          // "takk for i dag, tesfay, da ses vi", "ha det bra, ewa!": after a closing phrase.
          (!analysis.common && endsWithClosingPhrase(tokens, index - 1))) &&
        previousLower === ',' &&
        /^[,!?.]$/u.test(textAt(tokens, index + 1));
      if (
        strongContext ||
        vocative ||
        (!analysis.common &&
          token.text.length > 2 &&
          (greetings.has(contextLower) ||
            relations.has(contextLower) ||
            possessives.has(contextLower) ||
            isFollowedByRelation(tokens, index)))
      ) {
        personConfidence = strongContext ? 0.8 : 0.7;
      } else if (
        // "jeg var hos ingrid", "ring til ola": a listed given name of three letters or more that
        // is no ordinary word or place is a name in lower case too — not a part of a web address
        // ("www.nhi.no").
        token.text.length > 2 &&
        !isDomainPart(text, token) &&
        !analysis.common &&
        !analysis.place &&
        // "bor med hussein": a surname too only when the international list has it as well.
        (!analysis.surname || analysis.international) &&
        !neverNames.has(token.lower) &&
        // "noko anna", "eit anna": the nynorsk "anna" ("annet") after a quantifier.
        !quantifiers.has(previousLower)
      ) {
        personConfidence = 0.6;
      }
    } else if (
      // "det er abdiqani, mannen min": a lower-case word no list or dictionary knows, followed by
      // a relation word and a possessive, is the name of that relative.
      !analysis.common &&
      !analysis.entry &&
      !analysis.place &&
      !analysis.surname &&
      token.text.length > 2 &&
      !neverNames.has(token.lower) &&
      isFollowedByRelation(tokens, index) &&
      !words.isCompoundToken(token)
    ) {
      personConfidence = 0.8;
    } else if (
      // "er det fartun mohamed jama jeg snakker med?", "sønnen min áilu", "snakket med rebaz
      // omer": a lower-case word no list or dictionary knows, where only a name can stand — after
      // "heter", a title, "det er"/"er det", a relation word and a possessive, or "snakket med".
      !analysis.common &&
      !analysis.entry &&
      !analysis.place &&
      !analysis.surname &&
      !analysis.international &&
      token.text.length > 2 &&
      !neverNames.has(token.lower) &&
      !namesAThing(tokens, index) &&
      (introducers.has(previousLower) ||
        titles.has(previousLower) ||
        followsRelationAndPossessive(tokens, index) ||
        // "min svoger tesfalem", "min eldste, oddleif": the possessive before the relation.
        followsPossessiveAndRelation(tokens, index) ||
        // "pasient: jorunnveig sa at …": opening a speaker's turn before a verb of saying.
        (previous?.text === ':' && personVerbs.has(lowerAt(tokens, index + 1))) ||
        // "i oddleif sin bursdag", "oddleif si kone": a spoken genitive of a birthday or kin,
        // not of a definite noun the dictionary lacks ("fysioen sin").
        (isSpokenGenitive(tokens, index) &&
          genitiveKin.has(lowerAt(tokens, index + 2)) &&
          !definiteNounEnding.test(token.lower)) ||
        // "oddleif og sipho", not "gurpreet og ungan" (a dialect plural).
        (previousLower === 'og' &&
          lastPersonIndex === index - 2 &&
          !definiteNounEnding.test(token.lower)) ||
        // "er det X …" only before a listed name part: "det er noen", "det er uvêr" are words.
        (isPresentedName(tokens, index, false) && isFollowedByLowerName(words, tokens, index)) ||
        isNameStatement(tokens, index) ||
        // "snakket med rebaz omer": only before a listed name part ("snakka med dottera" is kin).
        (previousLower === 'med' &&
          talkVerbs.has(beforePrevious?.lower ?? '') &&
          isFollowedByLowerName(words, tokens, index, true)) ||
        isInDialectNameFrame(words, tokens, index) === 'strong') &&
      !isInflectedWord(words, token.lower) &&
      // Nynorsk and dialect verbs the dictionary lacks: "dottera mi ringde", "sonen min køyrer".
      !verbEnding.test(token.lower) &&
      !derivedWordEnding.test(token.lower) &&
      !words.isCompoundToken(token)
    ) {
      personConfidence = 0.75;
    } else if (
      // "ringe til nguyet", "snakket med olsen", "fastlegen min er nilsen", "han berntsen, sa
      // …", "lewandowski til etternavn": a listed surname or international name that is no word, in a spoken frame.
      (analysis.surname || analysis.international) &&
      !analysis.common &&
      !analysis.place &&
      token.text.length > 2 &&
      !neverNames.has(token.lower) &&
      (isInSpokenNameFrame(tokens, index) ||
        isInDialectNameFrame(words, tokens, index) !== undefined ||
        (previousLower === 'til' && callVerbs.has(beforePrevious?.lower ?? '')) ||
        // "snakket med olsen fra kommunen", "avtalt med kowalski".
        (previousLower === 'med' && conferWords.has(beforePrevious?.lower ?? '')))
    ) {
      personConfidence = 0.75;
    } else if (
      // "kona mi guri", "mannen min, harjit": a listed international name that is no word, after
      // a relation word and a possessive, in lower case.
      analysis.international &&
      !analysis.common &&
      !analysis.place &&
      token.text.length > 2 &&
      !neverNames.has(token.lower) &&
      (followsRelationAndPossessive(tokens, index) ||
        followsPossessiveAndRelation(tokens, index) ||
        previousLower === 'hos' ||
        isSpokenGenitive(tokens, index) ||
        (previousLower === 'og' && lastPersonIndex === index - 2))
    ) {
      personConfidence = 0.75;
    } else if (
      // "doktor lunde", "fysioterapeut strand", "navnet mitt er bjørnar sæther": a surname in
      // lower case after a title or a name statement, even one that is also a word.
      (analysis.surname || analysis.international) &&
      token.text.length > 2 &&
      ((titles.has(previousLower) && !(analysis.common && isVerbNotTitle(tokens, index - 1))) ||
        isNameStatement(tokens, index) ||
        introducers.has(previousLower)) &&
      !neverNames.has(token.lower) &&
      // "ønsker ikke navnet sitt journalført": a possessive after "navnet" is no name, nor is a
      // preposition ("stave navnet ved innskrivning": "navnet" is the object, a phrase follows).
      !(
        previousLower === 'navnet' &&
        (possessives.has(token.lower) ||
          prepositionsAfterNameNoun.has(token.lower) ||
          namingPassives.has(token.lower))
      ) &&
      // A surname that is also a word ("lunde", "strand") only where the name ends the phrase:
      // "doktor lunde, men …"; "legen har", "fysioterapeut for" are no names.
      (!analysis.common ||
        // "han heter vold tror jeg": after "heter" the word is the name.
        introducers.has(previousLower) ||
        (/^[,.!?;]$/u.test(tokenAt(tokens, index + 1)?.text ?? '.') &&
          !/(?:en|a)$/u.test(previousLower)))
    ) {
      personConfidence = 0.8;
    } else if (
      analysis.place &&
      afterPlacePreposition &&
      (!analysis.common || lexicon.majorPlaces.has(token.lower)) &&
      !lexicon.isDictionaryEntry(token.lower) &&
      !analysis.firstName &&
      token.text.length > 2
    ) {
      // "bor i bergen": a known place in lower case after a place preposition.
      placeConfidence = 0.65;
    } else if (
      // "eg bur i lom", "flytta heim att til stranda": a known place that is also a word, in lower
      // case, right after where someone lives or moved to, where the phrase ends there.
      analysis.place &&
      afterPlacePreposition &&
      !analysis.firstName &&
      !lexicon.broadRegions.has(token.lower) &&
      token.text.length > 2 &&
      (followsResidenceVerb(tokens, index - 1) ||
        // "men jobbar i otta": after a verb of work only a place that is no dictionary word.
        (workVerbs.has(beforePrevious?.lower ?? '') && !lexicon.isDictionaryEntry(token.lower))) &&
      endsPlacePhrase(tokens, index)
    ) {
      placeConfidence = 0.6;
    } else if (
      // "vi bor på nordbyhagen", "eg kjem frå osøyro": after where someone lives or comes from,
      // a lower-case word that no list or dictionary knows, and no compound of words, is a place.
      afterPlacePreposition &&
      previousLower !== 'til' &&
      residenceVerbs.has(beforePrevious?.lower ?? '') &&
      !analysis.common &&
      !analysis.entry &&
      !analysis.surname &&
      token.text.length > 3 &&
      !neverNames.has(token.lower) &&
      !words.isCompoundToken(token)
    ) {
      placeConfidence = 0.6;
    }
    // Context: titles, "heter", relatives, greetings, appositions.
    // "dr. Nilsen": an abbreviated title before its dot; "… fastlegen. Resepter" is a new sentence.
    const contextWord =
      previous?.kind === 'punct' &&
      previous.text === '.' &&
      beforePrevious !== undefined &&
      abbreviatedTitles.has(beforePrevious.lower) &&
      beforePrevious.end === previous.start
        ? beforePrevious.lower
        : previousLower;
    // Context only counts on the same line, and a word followed by ':' is a label ("Telefon:").
    const eligible =
      (capitalised || (!analysis.common && token.text.length > 1)) &&
      previous !== undefined &&
      !hasLineBreak(text, previous.end, token.start) &&
      textAt(tokens, index + 1) !== ':' &&
      !namesAThing(tokens, index);
    // "det kalles hvitfrakksyndrom": a lower-case compound after "kalles" is a term (asked
    // last: the compound search is the dearest test).
    if (
      eligible &&
      !neverNames.has(token.lower) &&
      (capitalised || !words.isCompoundToken(token))
    ) {
      if (
        titles.has(contextWord) ||
        // "Hr. Lindqvist", "Frk. Dahl": an abbreviated title with its dot is a title too.
        contextWord !== previousLower ||
        introducers.has(previousLower) ||
        // "Han heter visst Lindqvist", "ho heiter vel Brekkhus": a hedge between verb and name.
        (hedgesAfterNamingVerb.has(previousLower) &&
          introducers.has(beforePrevious?.lower ?? '') &&
          capitalised) ||
        isNicknamed(tokens, index) ||
        isNameStatement(tokens, index)
      )
        personConfidence = Math.max(personConfidence, 0.9);
      else if (
        possessives.has(previousLower) &&
        relations.has(beforePrevious?.lower ?? '') &&
        capitalised
      )
        personConfidence = Math.max(personConfidence, 0.85);
      else if (relations.has(previousLower) && capitalised)
        personConfidence = Math.max(personConfidence, 0.8);
      else if (
        // "Mor (Yodit) forteller …", "Bror (Asgeir, 40) er med": a name in brackets after kin.
        previous.text === '(' &&
        capitalised &&
        !analysis.common &&
        !analysis.place &&
        !analysis.term &&
        (analysis.firstName ||
          analysis.surname ||
          analysis.international ||
          !diagnosisEnding.test(token.lower)) &&
        (kinWords.has(beforePrevious?.lower ?? '') || relations.has(beforePrevious?.lower ?? '')) &&
        (textAt(tokens, index + 1) === ')' || textAt(tokens, index + 1) === ',')
      )
        personConfidence = Math.max(personConfidence, 0.8);
      else if (
        previous.text === ',' &&
        capitalised &&
        (relations.has(beforePrevious?.lower ?? '') || possessives.has(beforePrevious?.lower ?? ''))
      ) {
        personConfidence = Math.max(personConfidence, 0.8);
      } else if (greetings.has(previousLower) && capitalised && !analysis.common)
        personConfidence = Math.max(personConfidence, 0.85);
      else if (
        previous.text === ',' &&
        greetings.has(beforePrevious?.lower ?? '') &&
        capitalised &&
        !analysis.common
      ) {
        personConfidence = Math.max(personConfidence, 0.85);
      }
      const next = tokenAt(tokens, index + 1);
      const afterNext = tokenAt(tokens, index + 2);
      if (
        next?.text === ',' &&
        capitalised &&
        afterNext !== undefined &&
        relations.has(afterNext.lower) &&
        possessives.has(lowerAt(tokens, index + 3))
      ) {
        personConfidence = Math.max(personConfidence, 0.85);
      }
      if (previousLower === 'hos' && capitalised && !analysis.common && !analysis.place)
        personConfidence = Math.max(personConfidence, 0.7);
    }
    // "datter av Antanas", "kona til arild": a kin word with "av"/"til" before a name.
    if (
      !token.sentenceStart &&
      isAfterKinPreposition(tokens, index) &&
      (capitalised
        ? analysis.firstName ||
          analysis.surname ||
          analysis.international ||
          (!analysis.common && !analysis.place && !words.isCompoundToken(token))
        : // In lower case a listed given name, even one that is a word ("kona til arild").
          (analysis.firstName || (analysis.international && !analysis.common)) &&
          token.text.length > 2 &&
          !neverNames.has(token.lower))
    ) {
      personConfidence = Math.max(personConfidence, 0.8);
      placeConfidence = 0;
    }
    // "avtalt med Grønningsæter", "ringte til Hovland": one agrees with or calls a person; a
    // surname or an unknown name there is no place ("ringte til Sandnessjøen" keeps its place).
    const communication =
      capitalised && !token.sentenceStart ? communicationFrame(tokens, index) : '';
    if (
      communication !== '' &&
      !analysis.firstName &&
      (analysis.surname ||
        (!analysis.common &&
          !analysis.entry &&
          !analysis.place &&
          token.text.length > 2 &&
          (communication === 'med' || !placeEnding.test(token.lower)))) &&
      !words.isCompoundToken(token) &&
      !isFollowedByName(words, tokens, index)
    ) {
      personConfidence = Math.max(personConfidence, 0.8);
      placeConfidence = 0;
    }
    // "Telefon fra Nimo Hassan": a place that is also a listed given name, before a listed
    // surname that is no word or place, is the person's given name.
    if (
      placeConfidence > 0 &&
      capitalised &&
      !token.sentenceStart &&
      (analysis.international || analysis.firstName) &&
      isFollowedByListedSurname(words, text, tokens, index)
    ) {
      personConfidence = Math.max(personConfidence, 0.8);
      placeConfidence = 0;
    }
    if (personConfidence > 0 && placeConfidence > 0) {
      // Both a name and a place ("Eide", "Stange"): the context decides.
      if (afterPlacePreposition && !titles.has(contextWord))
        personConfidence = Math.min(personConfidence, placeConfidence - 0.05);
      else placeConfidence = Math.min(placeConfidence, personConfidence - 0.05);
    }
    if (placeConfidence > 0 && placeConfidence >= personConfidence) {
      out.push({
        start: token.start,
        end: token.end,
        type: 'LOCATION',
        confidence: placeConfidence,
      });
      continue;
    }
    if (personConfidence <= 0) continue;
    // Extend to the full name: following capitalised surname-like tokens on the same line.
    let last = index;
    for (let forward = index + 1; forward < tokens.length && forward - index <= 3; forward++) {
      const candidate = tokenAt(tokens, forward);
      const before = tokenAt(tokens, forward - 1);
      if (
        candidate === undefined ||
        before === undefined ||
        !isSpaceBetween(text, before.end, candidate.start)
      )
        break;
      // A lower-case name ("kari nordmann") continues with a lower-case surname.
      if (!capitalised && candidate.kind === 'word' && !candidate.capitalised) {
        const lowerAnalysis = words.analyseToken(candidate);
        if (
          (lowerAnalysis.surname || lowerAnalysis.firstName) &&
          !lexicon.isDictionaryEntry(candidate.lower)
        ) {
          last = forward;
          continue;
        }
        // "petter lund", "heidi strand": a listed surname that is also a word, right after a
        // lower-case given name that is none, where the phrase ends or a verb follows.
        // "hanne lise i går": a second given name that is also a word, the same way.
        if (
          (lowerAnalysis.surname || lowerAnalysis.firstName) &&
          // "muhammad usman butt og …": up to a third name.
          forward - index <= 2 &&
          analysis.firstName &&
          // "tove elisabeth brekke": a second given name that is no word vouches for the first.
          (!analysis.common ||
            (forward === index + 2 && last === index + 1 && isPlainGivenName(words, before))) &&
          endsNamePhrase(tokenAt(tokens, forward + 1))
        ) {
          last = forward;
          continue;
        }
        // "det er liv bakke her": a presented given name and surname, both also words.
        if (forward === index + 1 && isPresentedWithSurname(words, tokens, index)) {
          last = forward;
          continue;
        }
        // "jonas petrauskas", "ragnhild øvstebø": a word that is neither an ordinary word, a
        // compound, a place nor a term continues a lower-case name as its surname.
        if (
          candidate.text.length > 2 &&
          !lowerAnalysis.common &&
          !lowerAnalysis.place &&
          !lowerAnalysis.nonIdentifying &&
          !neverNames.has(candidate.lower) &&
          !words.isCompoundToken(candidate) &&
          !isPastTenseBeforeObject(lexicon, tokens, index, forward) &&
          !isListedVerbAfterName(tokens, index, forward)
        ) {
          last = forward;
          continue;
        }
        // "svogeren terje vikhammer ringde": a place word between a lower-case given name that is
        // no word and a finite verb is the person's surname (it is no place "terje" lives in).
        if (
          forward === index + 1 &&
          lowerAnalysis.place &&
          !lowerAnalysis.common &&
          analysis.firstName &&
          !analysis.common &&
          !analysis.place &&
          isListedVerbAfterName(tokens, index, forward + 1)
        ) {
          last = forward;
          continue;
        }
        break;
      }
      if (!isNameLike(candidate)) break;
      const candidateAnalysis = words.analyseToken(candidate);
      if (
        candidateAnalysis.nonIdentifying ||
        lexicon.institutionHeadWords.has(candidate.lower) ||
        lexicon.institutionLeadWords.has(candidate.lower)
      )
        break;
      if (
        candidateAnalysis.place &&
        !candidateAnalysis.surname &&
        !candidateAnalysis.firstName &&
        !analysis.firstName
      )
        break;
      if (
        candidateAnalysis.common &&
        !candidateAnalysis.surname &&
        !candidateAnalysis.firstName &&
        !candidateAnalysis.place
      ) {
        // "Strand", "Haug", "Vik" are common words and common surnames alike: accept when capitalised after a name.
        if (!/^[A-ZÆØÅ][a-zæøå]+$/u.test(candidate.text)) break;
      }
      last = forward;
    }
    let end = tokenAt(tokens, last)?.end ?? token.end;
    // "Fysioterapeut T.M.": an initial goes on to the initials joined to it by a dot.
    for (let next = last; /^\p{Lu}$/u.test(textAt(tokens, next)); next += 2) {
      const dot = tokenAt(tokens, next + 1);
      const letter = tokenAt(tokens, next + 2);
      if (
        dot?.text !== '.' ||
        letter === undefined ||
        dot.start !== tokenAt(tokens, next)?.end ||
        letter.start !== dot.end ||
        !/^\p{Lu}$/u.test(letter.text)
      )
        break;
      end = letter.end;
      last = next + 2;
    }
    // A given name that is also a word ("Sondre", "Per", "Tone") right before a name is part of it.
    let firstIndex = index;
    const before = tokenAt(tokens, index - 1);
    if (
      isNameLike(before) &&
      words.analyseToken(before).firstName &&
      isSpaceBetween(text, before.end, token.start)
    )
      firstIndex = index - 1;
    const start = tokenAt(tokens, firstIndex)?.start ?? token.start;
    out.push({
      start,
      end,
      type: 'PERSON',
      confidence: last > firstIndex ? Math.max(personConfidence, 0.85) : personConfidence,
    });
    lastPersonIndex = last;
    // Hyphenated, initial-style continuations are handled by the tokenizer; skip the extended tokens.
    index = last;
  }
}

/**
 * Endings of Nordic given names built from old name elements ("Solbjørg", "Gunnvor", "Åslaug",
 * "Ragnhild", "Torleiv", "Asgeir"): an unknown capitalised word with one is a name.
 */
const nordicNameEnding =
  /^\p{L}{2,}(?:bjørg|borg|veig|vor|laug|hild|run|frid|dis|gerd|gunn|rid|mund|leiv|leif|bjørn|geir|vald|ulv|olv|trud|brand|stein)$/u;

/**
 * Surname endings of other languages that Norwegian words never take: Slavic (-ović, -enko,
 * -czyk, -owska), Romanian (-escu), Armenian (-yan), Georgian (-shvili), Greek (-opoulos), Turkish
 * (-oğlu), Persian (-zadeh), Lithuanian (-auskas, -ienė), Icelandic (-dóttir).
 */
export const foreignSurnameEnding =
  /^\p{L}{2,}(?:ović|ovic|ević|evic|ović|vić|escu|eanu|yan|yants|enko|chuk|czuk|czyk|wicz|owski|owska|ewski|ewska|inski|inska|oglu|oğlu|zadeh|opoulos|idis|akis|shvili|dóttir|dottir|auskas|auskienė|ienė|aitė|ytė|iūtė|ovna|evna|qvist|quist)$/u;

/** Verbs that say where someone lives or comes from, before "i"/"på"/"fra". */
const residenceVerbs = new Set<string>([...livingVerbs, 'opp', 'bosatt', 'kommer', 'kjem']);

/** Adverbs between a verb of living or moving and its place: "bur no i", "flytta heim att til". */
const residenceAdverbs = new Set([
  'no',
  'nå',
  'heim',
  'hjem',
  'att',
  'igjen',
  'tilbake',
  'fortsatt',
  'framleis',
  'fremdeles',
  'også',
  'òg',
  'alltid',
]);

/** True when a verb of living or moving stands before `preposition`, maybe behind adverbs. */
function followsResidenceVerb(tokens: readonly Token[], preposition: number): boolean {
  for (let back = preposition - 1; back >= 0 && preposition - back <= 3; back--) {
    const lower = lowerAt(tokens, back);
    if (residenceVerbs.has(lower) || lower === 'budd' || lower === 'bodd') return true;
    if (!residenceAdverbs.has(lower)) return false;
  }
  return false;
}

/** Verbs of work before a place: "jobbar i otta". */
const workVerbs = new Set(['jobber', 'jobbar', 'jobba', 'jobbet', 'arbeider', 'arbeidar']);

/** Words after which a place phrase has ended: "bur i lom, men …", "flytta til stranda etter …". */
const placePhraseEnds = new Set([
  'og',
  'men',
  'sidan',
  'siden',
  'no',
  'nå',
  'med',
  'i',
  'på',
  'der',
  'etter',
  'da',
  'då',
]);

function endsPlacePhrase(tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index + 1);
  return next === undefined || next.kind === 'punct' || placePhraseEnds.has(next.lower);
}

/** Words of travel before "til" and a place: "reiste til", "turen gikk til", "på vei til". */
const travelWords = new Set([
  'reiste',
  'reiser',
  'reise',
  'dro',
  'drar',
  'kjørte',
  'kjører',
  'gikk',
  'syklet',
  'fløy',
  'flyr',
  'seilte',
  'vei',
  'veg',
  'tur',
  'turen',
  'ferie',
  'ferien',
  'ferierer',
  'flyttet',
  'flytta',
  'utvandret',
  'kom',
]);

/** "Skrevet av Skeibrok", "undersøkt av Fjærvoll": the agent of a clinician's act is a person. */
const authorVerbs = new Set([
  'gitt',
  'utført',
  'tatt',
  'stelt',
  'målt',
  'skrevet',
  'signert',
  'undersøkt',
  'vurdert',
  'henvist',
  'diktert',
  'sett',
  'tilsett',
  'godkjent',
  'operert',
  'kontrollert',
  'dokumentert',
  'journalført',
  'kontaktet',
  'oppringt',
]);

/** "Torbjørg og Nils", "Ivar eller Signy": a word joined by "og"/"eller" to a given name. */
function isCoordinatedWithGivenName(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): boolean {
  const isGivenName = (token: Token | undefined): boolean =>
    isNameLike(token) && words.analyseToken(token).firstName;
  const next = tokenAt(tokens, index + 1);
  if ((next?.lower === 'og' || next?.lower === 'eller') && isGivenName(tokenAt(tokens, index + 2)))
    return true;
  const previous = tokenAt(tokens, index - 1);
  return (
    (previous?.lower === 'og' || previous?.lower === 'eller') &&
    isGivenName(tokenAt(tokens, index - 2))
  );
}

/** Endings of national bodies and associations written as one word: "Diabetesforbundet". */
const associationEndings =
  /(?:forbundet|forbund|foreningen|forening|fondet|rådet|direktoratet|tilsynet|instituttet|laget)$/u;
/** Latin species epithets: "Helicobacter pylori", "Clostridioides difficile", "Candida albicans". */
const latinEpithet = /^[a-z]{4,}(?:i|ae|is|us|um|ii|ans|ens|osa|ile|ica|ata|oides|ensis)$/u;
/** Classification codes after a name: "Montreal A2 L1", "Forrest IIb", "Gustilo 3A". */
const classificationCode = /^(?:\p{Lu}{1,2}\d{1,2}\p{Ll}?|\d\p{Lu}|I{1,3}V?\p{Ll}?|IV\p{Ll}?)$/u;

/**
 * True when an unknown capitalised word has the shape of something other than a person: a
 * one-word association ("Parkinsonforbundet"), a genus before its Latin epithet, a name before a
 * classification code, or a brand written with capitals inside it ("DaTSCAN").
 */
const hasNonPersonShape: TokenTest = (words, text, tokens, index) => {
  const token = tokenAt(tokens, index);
  if (token === undefined) return false;
  if (associationEndings.test(token.lower) && token.lower.length > 10) return true;
  if (/\p{Ll}\p{Lu}{2,}/u.test(token.text)) return true;
  const next = tokenAt(tokens, index + 1);
  if (next === undefined || next.kind !== 'word' || !isSpaceBetween(text, token.end, next.start))
    return false;
  if (classificationCode.test(next.text)) return true;
  if (!next.capitalised && latinEpithet.test(next.lower)) {
    const epithet = words.analyse(next.lower);
    return !epithet.common && !epithet.entry && !epithet.firstName && !epithet.surname;
  }
  return false;
};

/**
 * True when the word right after is a term the capitalised word names, not a clause it opens:
 * a compound term ("Amsterdam II-kriteriene", "San Francisco-syndromet") or a lower-case word
 * that is no Norwegian word or name ("Manchester triage"). A verb, a comma or a name after it
 * keep the person ("Amsterdam ringte i går").
 */
const isFollowedByTermWord: TokenTest = (words, text, tokens, index) => {
  const token = tokenAt(tokens, index);
  const next = tokenAt(tokens, index + 1);
  if (token === undefined || next === undefined || next.kind !== 'word') return false;
  if (!isSpaceBetween(text, token.end, next.start)) return false;
  const analysis = words.analyseToken(next);
  if (analysis.firstName || analysis.surname || analysis.international || analysis.place)
    return false;
  if (analysis.compoundTerm && next.text.includes('-')) return true;
  return !next.capitalised && !analysis.common && !analysis.entry && next.text.length > 3;
};

/** Words after a full name that show the name has ended: "heidi strand som er …", "… ringer". */
const afterNameWords = new Set([
  'som',
  'og',
  'er',
  'var',
  'har',
  'hadde',
  'sa',
  'sier',
  'ringer',
  'ringte',
  'kommer',
  'kom',
  'skal',
  'vil',
  'kan',
  'min',
  'mi',
  'mitt',
  'tror',
  'trur',
  'her',
  'i',
  'da',
  // Dialect "er": "han jørn arve e bror hennar".
  'e',
]);

function endsNamePhrase(token: Token | undefined): boolean {
  return (
    token === undefined ||
    token.kind === 'punct' ||
    afterNameWords.has(token.lower) ||
    // "mohammed ali kjørte meg hit".
    finiteVerbs.has(token.lower)
  );
}

/** A listed given name that is no ordinary word ("elisabeth", not "tove"). */
function isPlainGivenName(words: TokenAnalysis, token: Token): boolean {
  const analysis = words.analyseToken(token);
  return analysis.firstName && !analysis.common;
}

/** ICD-10 and ICPC-2 codes: "J18.9", "I21", "L03". */
const diagnosisCode = /^[A-Z]\d{2}$/u;

/**
 * True when an ICD-10 or ICPC-2 code stands earlier on the same line, within a few tokens: the
 * words after it are the code's text ("J18.9 Pneumonia, unspecified"), not names.
 */
function followsDiagnosisCode(text: string, tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && index - back <= 8; back--) {
    const token = tokenAt(tokens, back);
    if (token === undefined) return false;
    if (hasLineBreak(text, token.end, tokenAt(tokens, back + 1)?.start ?? token.end)) return false;
    if (token.kind === 'word' && diagnosisCode.test(token.text)) return true;
  }
  return false;
}

/**
 * True when the token at `index` is the subject of its clause: a finite verb follows ("Siv
 * ringer"), a surname follows ("Siv Hjelde"), or "og" and another capitalised given name
 * ("Erle og Frøy er …").
 */
const startsClauseAsSubject: TokenTest = (words, text, tokens, index) => {
  const token = tokenAt(tokens, index);
  const next = tokenAt(tokens, index + 1);
  if (token === undefined || next === undefined || next.kind !== 'word') return false;
  if (!isSpaceBetween(text, token.end, next.start)) return false;
  if (finiteVerbs.has(next.lower)) return true;
  // A name that is also a word ("Sol", "Vår") only before a verb only a person does.
  if (
    isFollowedByPlacePhraseAndVerb(
      text,
      tokens,
      index + 1,
      words.analyseToken(token).common ? personVerbs : finiteVerbs,
    )
  )
    return true;
  // "Siv Hjelde (sykepleier) har …", "Emily Carter er …": a surname, or a capitalised word
  // that is no dictionary entry, right after the given name.
  if (next.capitalised && !next.text.includes("'")) {
    const surname = words.analyseToken(next);
    if (
      !surname.nonIdentifying &&
      !surname.place &&
      (surname.surname || !surname.entry) &&
      !words.lexicon.institutionHeadWords.has(next.lower) &&
      !words.lexicon.institutionLeadWords.has(next.lower)
    )
      return true;
  }
  const other = tokenAt(tokens, index + 2);
  return (
    next.lower === 'og' &&
    other !== undefined &&
    other.capitalised &&
    isSpaceBetween(text, next.end, other.start) &&
    (words.analyseToken(other).firstName || words.analyseToken(other).international) &&
    !words.analyseToken(other).nonIdentifying
  );
};

/** Where one comes to or along: "Awet kom alene", "Nutcha kom til kontroll". */
const arrivalWords = new Set(['alene', 'innom', 'hit', 'tilbake', 'til', 'med', 'sammen', 'inn']);

/**
 * True when the two words after the token at `index` say that someone came or joined, which a
 * drug or a term does not: "Nutcha kom til kontroll", "Awet var med som tolk" (not "Humira kom
 * på markedet").
 */
function comesOrJoins(tokens: readonly Token[], index: number): boolean {
  const verb = lowerAt(tokens, index + 1);
  const second = tokenAt(tokens, index + 2);
  if (second === undefined || second.kind !== 'word' || second.capitalised) return false;
  if (verb === 'var') return second.lower === 'med';
  // "pasient: Nurlan har hatt hoste": a speaker's turn, where a drug seldom opens.
  if (verb === 'har' && second.lower === 'hatt') return textAt(tokens, index - 1) === ':';
  return (verb === 'kom' || verb === 'kommer') && arrivalWords.has(second.lower);
}

/** Where a person belongs, between the subject and its verb: "Siv fra hjemmetjenesten ringte". */
const subjectPhrasePrepositions = new Set(['fra', 'frå', 'på']);

/**
 * True when `from` starts "fra|på" and one or two lower-case words or numbers, then one of
 * `verbs`: "Siv fra hjemmetjenesten ringte", "Jóannes på rom 14 har vært urolig".
 */
function isFollowedByPlacePhraseAndVerb(
  text: string,
  tokens: readonly Token[],
  from: number,
  verbs: ReadonlySet<string>,
): boolean {
  if (!subjectPhrasePrepositions.has(lowerAt(tokens, from))) return false;
  for (let index = from + 1; index <= from + 3; index++) {
    const token = tokenAt(tokens, index);
    const previous = tokenAt(tokens, index - 1);
    if (token === undefined || previous === undefined) return false;
    if (!isSpaceBetween(text, previous.end, token.start)) return false;
    if (index > from + 1 && token.kind === 'word' && verbs.has(token.lower)) return true;
    if (token.kind === 'punct' || token.capitalised) return false;
  }
  return false;
}

/** True after "kona mi", "mannen min,": a relation word and a possessive right before `index`. */
function followsRelationAndPossessive(tokens: readonly Token[], index: number): boolean {
  const comma = textAt(tokens, index - 1) === ',' ? 1 : 0;
  return (
    possessives.has(lowerAt(tokens, index - 1 - comma)) &&
    relations.has(lowerAt(tokens, index - 2 - comma))
  );
}

/** True when a lower-case listed given name or surname follows: "fartun mohamed", "rebaz omer". */
function isFollowedByLowerName(
  words: TokenAnalysis,
  tokens: readonly Token[],
  index: number,
  evenWord = false,
): boolean {
  const next = tokenAt(tokens, index + 1);
  if (next === undefined || next.kind !== 'word' || next.capitalised) return false;
  if (neverNames.has(next.lower)) return false;
  const analysis = words.analyseToken(next);
  // `evenWord`: a name that is also a word ("omer") counts too.
  return (
    (analysis.firstName || analysis.surname) && (evenWord || !analysis.common) && !analysis.place
  );
}

/** Endings of diagnoses and medical nouns: "hypertensjon", "bronkitt", "artrose", "anemi". */
const diagnosisEnding =
  /(?:sjon|tion|itt|itis|ose|osis|emi|isme|ase|om|pati|algi|ektomi|plasi|trofi|ier|ia)$/u;

/** Endings of finite verbs and participles, bokmål and nynorsk: "ringde", "køyrer", "budde". */
const verbEnding = /(?:de|te|er|ar|ast|est|ande|ende)$/u;
/** Objects and place adverbs after a verb in the past tense ("køyrde meg", "ringde hit"). */
const afterPastTense = new Set([
  'meg',
  'deg',
  'seg',
  'oss',
  'dykk',
  'henne',
  'han',
  'ho',
  'dei',
  'dem',
  'hit',
  'dit',
]);

/** Nynorsk and dialect past tenses the bokmål dictionary lacks a stem for ("køyrde"). */
const nynorskPastTense = new Set([
  'køyrde',
  'køyrte',
  'ringde',
  'spurde',
  'følgde',
  'fylgde',
  'sende',
  'sendte',
  'henta',
  'hjelpte',
  'besøkte',
  'kjørte',
  'leverte',
  'tilsette',
]);

/** Adverbs said between "heter" and the name: "han heter visst Lindqvist", "heiter vel". */
const hedgesAfterNamingVerb = new Set([
  'visst',
  'vel',
  'nok',
  'jo',
  'egentlig',
  'eigentleg',
  'faktisk',
  'kanskje',
]);

/** Verbs that present a name: the word after the name they give is never its verb ("heiter"). */
const namingVerbsBeforeName = /^(?:heter|heiter|het|hette|heitte|kalla|kalt|kalles|kallast)$/u;

/**
 * "sonen hennar torleiv køyrde meg", "ho ringde hit": a lower-case word with the ending of a weak
 * verb in the past tense ("-de", "-te") whose stem the dictionary knows as a verb ("køyre"),
 * right before an object pronoun or "hit"/"dit", is the (nynorsk or dialect) verb, not a surname.
 * Never after a naming verb ("eg heiter rasa kazlauskaite …"): a surname that ends so is kept
 * whole (a privacy leak otherwise, s34k).
 */
function isPastTenseBeforeObject(
  lexicon: Lexicon,
  tokens: readonly Token[],
  nameStart: number,
  index: number,
): boolean {
  const word = lowerAt(tokens, index);
  if (!/(?:de|te)$/u.test(word) || !afterPastTense.has(lowerAt(tokens, index + 1))) return false;
  if (namingVerbsBeforeName.test(lowerAt(tokens, nameStart - 1))) return false;
  if (nynorskPastTense.has(word) || finiteVerbs.has(word) || personVerbs.has(word)) return true;
  const stem = word.slice(0, -2);
  return [`${stem}e`, `${stem}a`, `${stem.replace(/(.)\1$/u, '$1')}e`].some((verb) =>
    lexicon.isDictionaryEntry(verb),
  );
}

/**
 * "naboen ola grende ringde i går", "ola ringde": a listed finite verb (bokmål, nynorsk or
 * dialect past tense) after a lower-case name is its verb, never its surname — except after a
 * naming verb ("eg heiter …"), where the whole name is kept (s34k).
 */
function isListedVerbAfterName(
  tokens: readonly Token[],
  nameStart: number,
  index: number,
): boolean {
  const word = lowerAt(tokens, index);
  if (!(nynorskPastTense.has(word) || finiteVerbs.has(word) || personVerbs.has(word))) return false;
  return !namingVerbsBeforeName.test(lowerAt(tokens, nameStart - 1));
}

/** Clipped nouns ending in a vowel, with the definite "-en": "fysioen", "ergoen", "kafeen". */
const clippedDefiniteNoun = /[aeiouyæøå]en$/u;

/**
 * Endings of nouns, adjectives and adverbs derived in Norwegian, bokmål and nynorsk, that names
 * seldom have: "sjukepleiaren", "helsesøstera", "eigentleg", "kjærleiken", "prøvetakinga".
 */
const derivedWordEnding =
  /(?:aren|arane|arar|erne|ane|ene|inga|ingen|ingane|skap|heit|heita|leik|leiken|leg|lig|lege|lige|ast|ste)$/u;

/** Inflection endings of Norwegian nouns, verbs and adjectives (bokmål and nynorsk). */
const inflectionEndings = ['ene', 'ane', 'en', 'et', 'er', 'ar', 'a', 'e', 't'];

/**
 * True when the word is a dictionary word with an inflection ending the dictionary lists only in its
 * base form: "naboen", "legane". Such a word is no unknown name.
 */
function isInflectedWord(words: TokenAnalysis, lower: string): boolean {
  return inflectionEndings.some(
    (ending) =>
      lower.length - ending.length >= 3 &&
      lower.endsWith(ending) &&
      words.lexicon.isDictionaryEntry(lower.slice(0, -ending.length)),
  );
}

/** True when a capitalised listed surname that is no word or place follows on the same line. */
function isFollowedByListedSurname(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  index: number,
): boolean {
  const token = tokenAt(tokens, index);
  const next = tokenAt(tokens, index + 1);
  if (token === undefined || !isNameLike(next) || !isSpaceBetween(text, token.end, next.start))
    return false;
  const analysis = words.analyseToken(next);
  return analysis.surname && !analysis.common && !analysis.place && !analysis.nonIdentifying;
}

/** True when a capitalised name follows the token at `index` ("Hovden Hansen"): a person. */
function isFollowedByName(words: TokenAnalysis, tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index + 1);
  if (!isNameLike(next)) return false;
  const analysis = words.analyseToken(next);
  return analysis.surname || analysis.firstName;
}

/**
 * True when the token at `index` follows an employer's name and a preposition: "jobber på Bama på
 * Alnabru", "ansatt i Coop Extra i Sande" — the word is where the employer is.
 */
function followsEmployerName(tokens: readonly Token[], index: number): boolean {
  let back = index - 2;
  while (
    back >= 0 &&
    index - back <= 4 &&
    (isNameLike(tokenAt(tokens, back)) || tokenAt(tokens, back)?.allCaps)
  )
    back--;
  return back < index - 2 && workplacePrepositions.has(lowerAt(tokens, back));
}

/** Prepositions before an employer's name: "jobber hos …", "ansatt i …", "på lageret til …". */
const workplacePrepositions = new Set(['hos', 'hjå', 'i', 'på', 'til', 'for', 'ved']);

const ownerWords = /^(?:mitt|hans|hennes|ditt|vårt|deres|sitt)$/u;

/** True after "navnet mitt er" / "navnet hans er" / "mitt navn er": the name follows. */
function isNameStatement(tokens: readonly Token[], index: number): boolean {
  if (lowerAt(tokens, index - 1) !== 'er') return false;
  const owner = lowerAt(tokens, index - 2);
  const noun = lowerAt(tokens, index - 3);
  return (
    (noun === 'navnet' && ownerWords.test(owner)) ||
    (owner === 'navn' && ownerWords.test(noun)) ||
    (owner === 'navnet' && noun !== '') ||
    // "etternavnet er rasmussen", "fornavnet mitt er gunnhild".
    partNameWords.has(owner) ||
    (partNameWords.has(noun) && ownerWords.test(owner))
  );
}

/** Words for a part of one's name: "etternavnet er …", "fornamnet mitt er …". */
const partNameWords = new Set([
  'fornavnet',
  'etternavnet',
  'fornamnet',
  'etternamnet',
  'mellomnavnet',
]);

/** Parts of a name said after "til": "lunde til etternavn". */
const nameParts = new Set(['fornavn', 'etternavn', 'fornamn', 'etternamn', 'mellomnavn']);

/** Verbs of talking before "med" and a name: "snakket med rune". */
const talkVerbs = new Set(['snakket', 'snakka', 'snakker', 'pratet', 'prata', 'prater', 'snakkar']);

/**
 * "det er bjørnar her", "det var ole petter som kjørte", "var det tuva som ringte?", "marius til
 * fornavn": a given name presented after "det er"/"det var" (or asked with "var det"), or said with
 * the part of the name it is. A name that is also a word ("det er sol her") only before "som" and
 * a verb.
 */
function isPresentedName(tokens: readonly Token[], index: number, common: boolean): boolean {
  const next = tokenAt(tokens, index + 1);
  // "marius til fornavn og lunde til etternavn": a name said with the part of the name it is.
  if (next?.lower === 'til' && nameParts.has(lowerAt(tokens, index + 2))) return true;
  const first = tokenAt(tokens, index - 2)?.lower;
  const second = tokenAt(tokens, index - 1)?.lower;
  // "det er …" and the question "var det … som ringte?".
  const presented =
    (first === 'det' && (second === 'er' || second === 'var')) ||
    (second === 'det' && (first === 'er' || first === 'var'));
  if (!presented) return false;
  if (common)
    return (
      next?.lower === 'som' &&
      (personVerbs.has(lowerAt(tokens, index + 2)) || finiteVerbs.has(lowerAt(tokens, index + 2)))
    );
  return true;
}

/** Words before "med" that say one talked or agreed with someone: "avtalt med", "drøftet med". */
const conferWords = new Set([
  ...talkVerbs,
  'avtalt',
  'avtaler',
  'avtalte',
  'drøftet',
  'drøfta',
  'drøfter',
  'diskutert',
  'diskuterte',
  'konferert',
  'konfererte',
  'samtale',
  'telefonsamtale',
  'samråd',
  'enig',
  'einig',
  'avklart',
  'avklara',
]);

/** Verbs of calling someone by a name: "alle kallar meg gerda", "de kaller ham Tobbe". */
const nicknameVerbs = new Set(['kaller', 'kallar', 'kalla', 'kalte', 'kallte']);
const namedPronouns = new Set(['meg', 'deg', 'han', 'ham', 'ho', 'henne', 'hu', 'seg']);

/** Auxiliaries of the passive "blir kalla", "vart kalt". */
const passiveAuxiliaries = new Set(['blir', 'blei', 'ble', 'vart', 'vert', 'er', 'var']);
const passiveSubjects = new Set([
  'han',
  'ho',
  'hun',
  'hu',
  'jeg',
  'eg',
  'æ',
  'du',
  'gutten',
  'jenta',
]);

/** True right after "kallar meg", "kaller ham", "blir kalla": the nickname follows. */
function isNicknamed(tokens: readonly Token[], index: number): boolean {
  const previous = lowerAt(tokens, index - 1);
  return (
    (namedPronouns.has(previous) && nicknameVerbs.has(lowerAt(tokens, index - 2))) ||
    // "han blir kalla Kalle", not "det blir kalla stein": a person is the subject.
    ((nicknameVerbs.has(previous) || previous === 'kalt') &&
      passiveAuxiliaries.has(lowerAt(tokens, index - 2)) &&
      passiveSubjects.has(lowerAt(tokens, index - 3)))
  );
}

/** Kin words before "av"/"til" and a name: "datter av Antanas", "kona til Arild". */
const kinWords = new Set([
  'datter',
  'datteren',
  'dattera',
  'dotter',
  'sønn',
  'sønnen',
  'son',
  'sonen',
  'barn',
  'barnebarn',
  'kona',
  'kone',
  'mannen',
  'ektemann',
  'ektefelle',
  'samboer',
  'samboeren',
  'kjæreste',
  'kjæresten',
  'mor',
  'moren',
  'mora',
  'far',
  'faren',
  'bror',
  'broren',
  'søster',
  'søsteren',
  'søstera',
  'svigersønn',
  'svigerdatter',
  'svigermor',
  'svigerfar',
  'enke',
  'enka',
  'enkemann',
  'tante',
  'onkel',
  'nevø',
  'niese',
  'fetter',
  'kusine',
  'bestemor',
  'bestefar',
  'oldemor',
  'oldefar',
  // Not kin, but said the same way: "nabo til alf", "venninna til lise".
  'nabo',
  'naboen',
  'venninne',
  'venninna',
  'venninnen',
  'kamerat',
  'kameraten',
  'kollega',
  'kollegaen',
]);

/** True right after "datter av", "kona til", "sønn åt": a kin word and its preposition. */
function isAfterKinPreposition(tokens: readonly Token[], index: number): boolean {
  const preposition = tokenAt(tokens, index - 1)?.lower;
  return (
    (preposition === 'av' || preposition === 'til' || preposition === 'åt') &&
    kinWords.has(lowerAt(tokens, index - 2))
  );
}

/** Verbs of calling before "til": "ringte til", "ringde til". */
const callVerbs = new Set(['ringte', 'ringt', 'ringer', 'ringde', 'ringa', 'ringe', 'ringje']);

/**
 * The preposition of a frame whose object is a person: "med" after "avtalt"/"drøftet"/"snakket",
 * "til" after "ringte"; '' otherwise.
 */
function communicationFrame(tokens: readonly Token[], index: number): '' | 'med' | 'til' {
  const previous = tokenAt(tokens, index - 1)?.lower;
  const before = lowerAt(tokens, index - 2);
  if (previous === 'med' && conferWords.has(before)) return 'med';
  if (previous === 'til' && callVerbs.has(before)) return 'til';
  return '';
}

/**
 * "det er liv bakke her", "det er lise berg, søsteren min": a given name presented after "det
 * er"/"det var" with a listed surname after it and nothing more, even when both are words.
 */
function isPresentedWithSurname(
  words: TokenAnalysis,
  tokens: readonly Token[],
  index: number,
): boolean {
  const surname = tokenAt(tokens, index + 1);
  if (
    surname === undefined ||
    surname.kind !== 'word' ||
    surname.capitalised ||
    lowerAt(tokens, index - 2) !== 'det' ||
    !['er', 'var'].includes(lowerAt(tokens, index - 1))
  )
    return false;
  const after = tokenAt(tokens, index + 2);
  if (after !== undefined && after.kind !== 'punct' && after.lower !== 'her') return false;
  return (
    words.analyseToken(tokenAt(tokens, index)).firstName && words.analyseToken(surname).surname
  );
}

/** Adjectives between a possessive and a relation word: "min beste venn", "vår eldste sønn". */
const relationAdjectives = new Set([
  'beste',
  'gode',
  'eldste',
  'yngste',
  'kjære',
  'nye',
  'gamle',
  'lille',
  'store',
]);
/** Possessives that stand before the noun: "min mann", "vår sønn", "hans kone". */
const possessivesBefore = new Set(['min', 'mi', 'mitt', 'din', 'di', 'vår', 'hans', 'hennes']);
/** Relation nouns in their indefinite form after a possessive: "min mann", "vår datter". */
const relationNouns = new Set([
  'mann',
  'kone',
  'sønn',
  'son',
  'datter',
  'dotter',
  'mor',
  'far',
  'bror',
  'søster',
  'syster',
  'samboer',
  'sambuar',
  'kjæreste',
  'venn',
  'venninne',
  'nabo',
  'kollega',
  'svoger',
  'svigerinne',
  'svigermor',
  'svigerfar',
  'ektemann',
  'ektefelle',
  'barnebarn',
]);

/** True for a word joined by a dot to letters before or after it: "nhi" in "www.nhi.no". */
function isDomainPart(text: string, token: Token): boolean {
  return (
    (text.charAt(token.start - 1) === '.' && /\p{L}/u.test(text.charAt(token.start - 2))) ||
    (text.charAt(token.end) === '.' && /\p{L}/u.test(text.charAt(token.end + 1)))
  );
}

/** Reflexive possessives of the spoken genitive: "oddleif sin bursdag", "ho kari si jente". */
const reflexivePossessives = new Set(['sin', 'si', 'sitt', 'sine']);

/** Endings of definite nouns, also in dialect ("ungan", "fysioen"): no unknown name ends so. */
const definiteNounEnding = /(?:en|et|a|ene|ane|an|na)$/u;

/** What a spoken genitive of an unknown lower-case word may own: "oddleif sin bursdag". */
const genitiveKin = new Set([
  ...relationNouns,
  ...kinWords,
  'bursdag',
  'bursdagen',
  'kone',
  'unger',
]);

/** True before "sin"/"si"/"sitt"/"sine" and a noun: "i oddleif sin bursdag". */
function isSpokenGenitive(tokens: readonly Token[], index: number): boolean {
  const noun = tokenAt(tokens, index + 2);
  return (
    reflexivePossessives.has(lowerAt(tokens, index + 1)) &&
    noun !== undefined &&
    noun.kind === 'word' &&
    !possessives.has(noun.lower)
  );
}

/** Adjectives that name a child alone after a possessive: "min eldste", "vår yngste". */
const birthOrderWords = new Set(['eldste', 'yngste', 'minste', 'mellomste']);

/** True after "min mann,", "vår sønn", "min beste venn,": a possessive before a relation noun. */
function followsPossessiveAndRelation(tokens: readonly Token[], index: number): boolean {
  let at = index - 1;
  if (textAt(tokens, at) === ',') at--;
  // "min eldste, sindre", "vår yngste hedda": a child named by birth order.
  if (birthOrderWords.has(lowerAt(tokens, at)) && possessivesBefore.has(lowerAt(tokens, at - 1)))
    return true;
  if (!relationNouns.has(lowerAt(tokens, at)) && !relations.has(lowerAt(tokens, at))) return false;
  at--;
  if (relationAdjectives.has(lowerAt(tokens, at))) at--;
  return possessivesBefore.has(lowerAt(tokens, at));
}

/** Phrases that close a consultation, said before the name of the one spoken to. */
const closingPhrases = [
  ['takk', 'for', 'i', 'dag'],
  ['takk', 'for', 'nå'],
  ['takk', 'for', 'no'],
  ['ha', 'det', 'bra'],
  ['ha', 'det', 'godt'],
  ['god', 'bedring'],
  ['vi', 'ses'],
  ['ha', 'en', 'fin', 'dag'],
];

/** True when the words right before the token at `end` (a comma) are a closing phrase. */
function endsWithClosingPhrase(tokens: readonly Token[], end: number): boolean {
  return closingPhrases.some((phrase) =>
    phrase.every(
      (word, position) => tokenAt(tokens, end - phrase.length + position)?.lower === word,
    ),
  );
}

/** Pronouns and dialect articles before a name in speech: "han berntsen", "ho marit", "a mona". */
const nameArticles = new Set(['han', 'ho', 'hu', 'hun']);
/** Adverbs between "er" and a name: "kontaktpersonen din er fortsatt lan pham". */
const statementAdverbs = new Set(['fortsatt', 'framleis', 'fremdeles', 'nå', 'no', 'visst']);

/**
 * Frames of speech where a listed name stands in lower case: "jeg og ahmed", "ahmed og jeg",
 * "legen på sykehuset, han berntsen, sa", "fastlegen min er nilsen", "kontaktpersonen din er
 * fortsatt lan pham", "lewandowski til etternavn".
 */
function isInSpokenNameFrame(tokens: readonly Token[], index: number): boolean {
  const previous = lowerAt(tokens, index - 1);
  const before = lowerAt(tokens, index - 2);
  const next = tokenAt(tokens, index + 1);
  if (previous === 'og' && (before === 'jeg' || before === 'meg' || before === 'eg')) return true;
  if (next?.lower === 'og' && ['jeg', 'eg'].includes(lowerAt(tokens, index + 2))) return true;
  if (next?.lower === 'til' && nameParts.has(lowerAt(tokens, index + 2))) return true;
  // "han berntsen," with a comma or a verb of saying after it.
  if (
    nameArticles.has(previous) &&
    (before === ',' || before === ':') &&
    (next?.text === ',' || personVerbs.has(next?.lower ?? ''))
  )
    return true;
  // "<role or relation> <possessive> er [fortsatt] <name>".
  const verbAt = statementAdverbs.has(previous) ? index - 2 : index - 1;
  if (lowerAt(tokens, verbAt) !== 'er') return false;
  const role = lowerAt(tokens, verbAt - 2);
  return (
    possessives.has(lowerAt(tokens, verbAt - 1)) &&
    (relations.has(role) || titles.has(role) || /person(?:en)?$/u.test(role))
  );
}

/** "det var/er X som": a cleft in speech, in bokmål and dialect spellings of the verb. */
const cleftVerbs = new Set(['var', 'va', 'vart', 'er', 'e', 'æ']);
/** Words that send greetings: "hilsen til tove". */
const greetingSenders = new Set(['hilsen', 'hils', 'hilse', 'helsing', 'hels']);
const indefiniteArticles = new Set(['en', 'ei', 'et', 'ein', 'eit']);
/** Dialect forms of "med" after a verb of talking: "snakka me rajinder". */
const withForms = new Set(['med', 'me', 'mæ']);
/** The speaker as subject, also in dialect: "æ og gunnvor", "gunnvor og æ". */
const firstPersonForms = new Set(['jeg', 'eg', 'æ', 'je', 'jæ']);

/**
 * Frames of speech, also in dialect, where only a person stands: "det var xiaoming som fant dem",
 * "vi har med oss selvakumar,", and for a listed name only "snakka me rajinder", "bor sammen med
 * gurpreet", "æ og gunnvor", "sønnen arun". `strong` frames hold for a lower-case word no list
 * or dictionary knows too; `listed` ones only for a listed name. ("han/ho X" before a verb or
 * "på" took nynorsk words for names and was left out.)
 */
function isInDialectNameFrame(
  words: TokenAnalysis,
  tokens: readonly Token[],
  index: number,
): 'strong' | 'listed' | undefined {
  const previous = lowerAt(tokens, index - 1);
  const before = lowerAt(tokens, index - 2);
  const next = lowerAt(tokens, index + 1);
  if (cleftVerbs.has(previous) && before === 'det' && next === 'som') return 'strong';
  // "snakka me rajinder", "bor sammen med dzenana" ("snakka med dottera" is kin: listed only).
  if (withForms.has(previous) && (talkVerbs.has(before) || before === 'sammen')) return 'listed';
  if ((previous === 'oss' || previous === 'seg') && withForms.has(before)) return 'strong';
  // "vi har en nabo, gintaras, som …": between commas after an indefinite kin or role noun.
  if (
    previous === ',' &&
    next === ',' &&
    relations.has(before) &&
    indefiniteArticles.has(lowerAt(tokens, index - 3))
  )
    return 'strong';
  // "sønnen arun", "kona supaporn": a kin noun right before the name, no possessive between.
  if (relations.has(previous) && tokenAt(tokens, index - 1)?.capitalised === false) return 'listed';
  if (previous === 'og' && firstPersonForms.has(before)) return 'listed';
  if (next === 'og' && firstPersonForms.has(lowerAt(tokens, index + 2))) return 'listed';
  // "pasient: ahmed har vondt": opening a speaker's turn as the subject of a finite verb.
  if (textAt(tokens, index - 1) === ':' && finiteVerbs.has(next)) return 'listed';
  // "hos mohammed og fatima": coordinated with a listed given name in lower case.
  if (next === 'og' && isLowerCaseGivenName(words, tokenAt(tokens, index + 2))) return 'listed';
  if (previous === 'og' && isLowerCaseGivenName(words, tokenAt(tokens, index - 2))) return 'listed';
  return undefined;
}

/** A lower-case listed given name that is no ordinary word: "fatima", "ingrid". */
function isLowerCaseGivenName(words: TokenAnalysis, token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || token.capitalised || token.text.length < 3)
    return false;
  const analysis = words.analyseToken(token);
  return analysis.firstName && !analysis.common && !analysis.place && !neverNames.has(token.lower);
}

/** Words a named person follows: "ringe geir", "snakk med lena", "spør kari". */
const nameTakers = new Set([
  'ring',
  'ringe',
  'ringer',
  'ringte',
  'snakk',
  'snakke',
  'snakker',
  'snakket',
  'snakka',
  'spør',
  'spørre',
  'spurte',
  'kontakt',
  'kontakte',
  'med',
  'til',
  'hos',
  'fra',
  'og',
]);

/**
 * "ringe geir, det er mannen min", "snakk med lena, det var dattera mi": the relation said after
 * the name, with a word that takes a person before it — not "hun har hatt stein, det er mannen
 * min som sier det".
 */
function isFollowedByDetErRelation(tokens: readonly Token[], index: number): boolean {
  return (
    nameTakers.has(lowerAt(tokens, index - 1)) &&
    textAt(tokens, index + 1) === ',' &&
    lowerAt(tokens, index + 2) === 'det' &&
    cleftVerbs.has(lowerAt(tokens, index + 3)) &&
    relations.has(lowerAt(tokens, index + 4)) &&
    possessives.has(lowerAt(tokens, index + 5))
  );
}

/** True for an apposition after a lower-case name: "kristoffer, kjæresten min". */
function isFollowedByRelation(tokens: readonly Token[], index: number): boolean {
  return (
    textAt(tokens, index + 1) === ',' &&
    relations.has(lowerAt(tokens, index + 2)) &&
    possessives.has(lowerAt(tokens, index + 3))
  );
}

/** Devices and dosage forms after a product name: "Omnipod insulinpumpe", "Sorbact kompresser". */
const productHeads = [
  'pumpe',
  'pumpa',
  'sensor',
  'sensoren',
  'apparat',
  'apparatet',
  'inhalator',
  'plaster',
  'krem',
  'kremen',
  'salve',
  'salven',
  'tabletter',
  'tablett',
  'kapsler',
  'mikstur',
  'dråper',
  'spray',
  'sprayen',
  'kompress',
  'kompresser',
  'bandasje',
  'bandasjen',
  'injeksjon',
  'injeksjoner',
  'penn',
  'pennen',
  'brikke',
  'måler',
  'måleren',
];

/** Last words of English names of scores, tests and scales written in Norwegian notes. */
const englishTermHeads = new Set([
  'test',
  'scale',
  'score',
  'inventory',
  'questionnaire',
  'index',
  'assessment',
  'criteria',
  'classification',
  'protocol',
  'syndrome',
  'disease',
  'examination',
  'survey',
  'battery',
  'rule',
  'rules',
  'tool',
  'rating',
  'measure',
  'screener',
  'checklist',
  'instrument',
  'schedule',
  'interview',
  'system',
  'staging',
]);

/**
 * Last parts of Norwegian compounds naming a test, scale, sign or method after an eponym:
 * "Hamilton depresjonsskala", "Ishihara fargetest", "Bergs balanseskala".
 */
const eponymCompoundHeads = [
  'skala',
  'skalaen',
  'inventar',
  'inventaret',
  'test',
  'testen',
  'indeks',
  'indeksen',
  'skår',
  'kriterier',
  'kriteriene',
  'syndrom',
  'tegn',
  'prøve',
  'prøven',
  'manøver',
  'klassifikasjon',
  'klassifikasjonen',
  'fraktur',
  'operasjon',
  'metode',
  'teknikk',
  'snitt',
  'kateter',
  'meter',
];

/** Words that give a drug's route, dose or form right after its name: "Nitroglycerin sublingualt". */
const administrationWords = new Set([
  'sublingual',
  'sublingualt',
  'intravenøst',
  'intravenøs',
  'iv',
  'subkutant',
  'subkutan',
  'sc',
  'intramuskulært',
  'im',
  'peroralt',
  'po',
  'rektalt',
  'tygget',
  'infusjon',
  'mikstur',
  'depot',
  'mg',
  'ml',
  'mikrogram',
  'enheter',
  'inhalasjon',
  'inhalasjoner',
  'injeksjon',
  'stikkpille',
  'stikkpiller',
  'tabletter',
  'tablett',
  'brusetabletter',
  'smeltetabletter',
]);

/** Nouns for equipment, devices and products whose maker or type may follow ("apparat fra …"). */
const deviceNounEndings = [
  ...productHeads,
  'apparater',
  'utstyr',
  'utstyret',
  'maker',
  'makeren',
  'kammer',
  'kammeret',
  'drikk',
  'protese',
  'proteser',
  'protesen',
  'pumper',
  'sensorer',
  'kateter',
  'vaksine',
  'vaksinen',
  'preparat',
  'preparatet',
  'typen',
  'merket',
  'merke',
];

/** True for a lower-case (or sentence-initial) noun naming a device or product: "Høreapparater". */
function isDeviceNoun(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || (token.capitalised && !token.sentenceStart))
    return false;
  return deviceNounEndings.some(
    (ending) =>
      token.lower === ending ||
      (token.lower.length > ending.length + 2 && token.lower.endsWith(ending)),
  );
}

/** English function words inside names of tests and scales: "Timed Up and Go", "Sit to Stand". */
const englishLinkWords = new Set(['and', 'of', 'the', 'or', 'with']);

/**
 * True when the capitalised token is part of an English multi-word name joined by "and", "of",
 * "the" … ("Timed Up and Go", "Activities of Daily Living"): Norwegian names are never joined so.
 */
function isEnglishTitlePart(text: string, tokens: readonly Token[], index: number): boolean {
  let look = index;
  for (let steps = 0; steps < 4; steps++) {
    const current = tokenAt(tokens, look);
    const next = tokenAt(tokens, look + 1);
    if (current === undefined || next === undefined || next.kind !== 'word') break;
    if (!isSpaceBetween(text, current.end, next.start)) break;
    if (englishLinkWords.has(next.text)) {
      const after = tokenAt(tokens, look + 2);
      return (
        after !== undefined && after.capitalised && isSpaceBetween(text, next.end, after.start)
      );
    }
    if (!next.capitalised) break;
    look += 1;
  }
  const previous = tokenAt(tokens, index - 1);
  const beforePrevious = tokenAt(tokens, index - 2);
  return (
    previous !== undefined &&
    englishLinkWords.has(previous.text) &&
    beforePrevious !== undefined &&
    beforePrevious.capitalised &&
    isSpaceBetween(text, beforePrevious.end, previous.start) &&
    isSpaceBetween(text, previous.end, tokenAt(tokens, index)?.start ?? previous.end)
  );
}

/** True when the token directly follows a mixed-case brand on the same line ("FreeStyle Libre"). */
function followsMixedCaseBrand(text: string, tokens: readonly Token[], index: number): boolean {
  const previous = tokenAt(tokens, index - 1);
  const token = tokenAt(tokens, index);
  return (
    previous !== undefined &&
    token !== undefined &&
    previous.kind === 'word' &&
    /^\p{Lu}\p{Ll}+\p{Lu}/u.test(previous.text) &&
    !/^(?:Mc|Mac|O')/u.test(previous.text) &&
    isSpaceBetween(text, previous.end, token.start)
  );
}

/**
 * True when an unknown capitalised word stands where a product does: after a device noun or
 * "av typen" ("Inhalasjonskammer Aerochamber", "protese av typen Exeter"), after a mixed-case
 * brand ("FreeStyle Libre"), before a route or dose ("Nitroglycerin sublingualt", "Robinul mot
 * surkling"), or coordinated with a drug ("Zofran og Emend").
 */
const isProductContext: TokenTest = (words, text, tokens, index) => {
  const token = tokenAt(tokens, index);
  if (token === undefined) return false;
  const previous = tokenAt(tokens, index - 1);
  const next = tokenAt(tokens, index + 1);
  const sameLine = (left: Token | undefined, right: Token | undefined): boolean =>
    left !== undefined && right !== undefined && !hasLineBreak(text, left.end, right.start);
  if (previous !== undefined && sameLine(previous, token)) {
    if (isDeviceNoun(previous) && isSpaceBetween(text, previous.end, token.start)) return true;
  }
  if (next !== undefined && next.kind === 'word' && sameLine(token, next)) {
    if (administrationWords.has(next.lower)) return true;
    const afterNext = tokenAt(tokens, index + 2);
    if (
      next.lower === 'mot' &&
      afterNext !== undefined &&
      afterNext.kind === 'word' &&
      !afterNext.capitalised &&
      words.analyseToken(afterNext).common
    )
      return true;
  }
  // "Viscotears", "Locobase" after "behandles med", "hudpleie med": a treatment is a product.
  if (
    previous?.lower === 'med' &&
    sameLine(previous, token) &&
    isTreatmentWord(tokenAt(tokens, index - 2))
  )
    return true;
  // "Minifom prøvd", "Helipak gitt": an unknown word before a word of giving or trying.
  if (next !== undefined && sameLine(token, next) && treatmentAfterWords.has(next.lower))
    return true;
  // "Zofran og Emend", "Humira, Benepali eller Remsima": in a list with a drug.
  return isInTermList(words, text, tokens, index);
};

/** Words before "med" that make what follows a treatment: "behandles med", "hudpleie med". */
const treatmentBeforeWith = new Set([
  'behandles',
  'behandlet',
  'behandling',
  'behandlingen',
  'behandle',
  'eradikert',
  'eradikasjon',
  'hudpleie',
  'pleie',
  'smertelindring',
  'profylakse',
  'avlastning',
  'trykkavlastning',
  'kombinert',
  'kombinasjon',
  'startet',
  'starter',
  'oppstart',
  'supplert',
  'forbindes',
  'forbinding',
  'stelles',
  'skylles',
  'dekkes',
  'smøres',
  'doseres',
]);

/** Words right after a product that say it was given or tried: "Minifom prøvd". */
const treatmentAfterWords = new Set([
  'prøvd',
  'prøvet',
  'gitt',
  'forsøkt',
  'seponert',
  'seponeres',
  'startet',
  'økes',
  'reduseres',
  'trappes',
  'mikstur',
  'tabletter',
  'tablett',
  'kapsler',
  'krem',
  'salve',
  'dråper',
  'øyedråper',
  'injeksjon',
  'plaster',
  'inhalator',
]);

function isTreatmentWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && treatmentBeforeWith.has(token.lower);
}

/**
 * True when the token is an item of a list ("A, B eller C", "A og B") one of whose items is a
 * known drug or term: the unknown items beside it are products too.
 */
const isInTermList: TokenTest = (words, text, tokens, index) => {
  const isLink = (token: Token | undefined): boolean =>
    token !== undefined && (token.text === ',' || token.lower === 'og' || token.lower === 'eller');
  for (const step of [-2, 2]) {
    for (let item = index + step, hops = 0; hops < 4; item += step, hops++) {
      const link = tokenAt(tokens, item - step / 2);
      const candidate = tokenAt(tokens, item);
      if (!isLink(link) || candidate === undefined || candidate.kind !== 'word') break;
      const left = tokenAt(tokens, Math.min(item, index));
      const right = tokenAt(tokens, Math.max(item, index));
      if (left === undefined || right === undefined || hasLineBreak(text, left.end, right.start))
        break;
      if (!candidate.capitalised) break;
      // A drug or product name, not a term that is also a given name or a word ("Mai", "Mars").
      const analysis = words.analyse(candidate.lower);
      if (analysis.term && !analysis.firstName && !analysis.common && !analysis.place) return true;
      if (lowerAt(tokens, item - 1) === 'med' && isTreatmentWord(tokenAt(tokens, item - 2)))
        return true;
    }
  }
  return false;
};

/** Lower-case nouns that make a given name right before them an eponym: "Thomas test". */
const testOrSignNouns = new Set([
  'test',
  'testen',
  'tegn',
  'tegnet',
  'manøver',
  'manøveren',
  'sykdom',
  'sykdommen',
  'syndrom',
  'syndromet',
  'fraktur',
  'refleks',
  'fenomen',
  'klassifikasjon',
]);

/** True when a given name is an eponym: a test or sign noun follows it ("Thomas test negativ"). */
function namesTestOrSign(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  const next = tokenAt(tokens, index + 1);
  return (
    token !== undefined &&
    next !== undefined &&
    next.kind === 'word' &&
    !next.capitalised &&
    testOrSignNouns.has(next.lower) &&
    isSpaceBetween(text, token.end, next.start)
  );
}

/** Titles written abbreviated with a dot before the name: "dr. Nilsen", "prof. Berg". */
const abbreviatedTitles = new Set(['dr', 'prof', 'fr', 'fru', 'hr', 'spl', 'ovl']);

/**
 * True when the capitalised token at `index` is part of an eponym or a product name rather than a
 * person: a disease, sign, test or fracture noun follows ("Perthes sykdom", "Bennetts fraktur",
 * "Hoehn og Yahr stadium", "Lewy body-demens"), "morbus" comes before it ("Morbus Crohn"), or it
 * follows a listed drug or product directly ("Aquacel Ag", "Mepilex Border").
 */
const isEponymOrProductPart: TokenTest = (words, text, tokens, index) => {
  const heads = words.lexicon.eponymHeadNouns;
  const isHead = (token: Token | undefined): boolean => {
    if (token === undefined || token.kind !== 'word' || token.allCaps) return false;
    // "Asthma Control Test", "Epworth Sleepiness Scale": English names of scores end so.
    // "Kerley B-linjer", "Weber C-fraktur": a letter grade joined to a noun names a finding.
    if (/^\p{Lu}-\p{Ll}{3,}$/u.test(token.text)) return true;
    if (token.capitalised) return englishTermHeads.has(token.lower);
    if (heads.has(token.lower)) return true;
    const dash = token.lower.lastIndexOf('-');
    if (dash > 0 && heads.has(token.lower.slice(dash + 1))) return true;
    // "Hamilton depresjonsskala", "Ishihara fargetest": a compound naming a test or scale.
    if (
      eponymCompoundHeads.some(
        (head) => token.lower.length > head.length + 2 && token.lower.endsWith(head),
      )
    )
      return true;
    // "Omnipod insulinpumpe", "Sorbact kompresser": a device or dosage form follows.
    return productHeads.some((head) => token.lower.endsWith(head));
  };
  const token = tokenAt(tokens, index);
  if (token === undefined) return false;
  if (englishTermHeads.has(token.lower)) return true;
  const sameLineSpace = (from: number, to: number): boolean => {
    const left = tokenAt(tokens, from);
    const right = tokenAt(tokens, to);
    return left !== undefined && right !== undefined && isSpaceBetween(text, left.end, right.start);
  };
  // Forward: "X sykdom", "X og Y stadium", "X-Y syndrom".
  let look = index + 1;
  for (let steps = 0; steps < 3 && look < tokens.length; steps++) {
    if (!sameLineSpace(look - 1, look)) break;
    const next = tokenAt(tokens, look);
    if (isHead(next)) return true;
    if (next === undefined) break;
    if (!(next.lower === 'og' || next.lower === 'eller' || next.capitalised)) break;
    look += 1;
  }
  const previous = tokenAt(tokens, index - 1);
  if (previous === undefined || !sameLineSpace(index - 1, index)) return false;
  if (previous.lower === 'morbus') return true;
  return previous.kind === 'word' && previous.capitalised && words.analyseToken(previous).term;
};

/** Unit words after a number that make it an age, not a product version. */
const ageUnits = new Set(['år', 'års', 'mnd', 'måneder', 'md', 'uker', 'dager', 'dgr']);

/**
 * Treatment devices written with a capital after a title, never surnames: "Fysioterapeut Tens 2
 * ganger i uka". A closed list of device names; every other word after a title stays a surname.
 */
const treatmentDevices = new Set(['tens', 'cpap', 'bipap', 'apap']);

/**
 * "Overlege Siemens 12.03.2024", "dr. Stryker 3": right after a person's title the word is a
 * surname, whatever follows it — the title frame wins over a product and its version. Not a
 * treatment device ("Fysioterapeut Tens 2 ganger i uka").
 */
function followsTitle(tokens: readonly Token[], index: number): boolean {
  const before = tokenAt(tokens, index - 1);
  if (before === undefined || treatmentDevices.has(lowerAt(tokens, index))) return false;
  if (before.text === '.') return titles.has(lowerAt(tokens, index - 2));
  return before.kind === 'word' && titles.has(before.lower);
}

/**
 * "i Bodø 12.03.2024", "fra Hammerfest 14.02.": a known town right after a place preposition is
 * the place even with a date after it ("i Stavanger 3. mai"); a product's version ("til Coban 2")
 * has no dotted date.
 */
function isPlaceBeforeDate(
  tokens: readonly Token[],
  index: number,
  place: boolean,
  word: boolean,
): boolean {
  const before = tokenAt(tokens, index - 1);
  if (before === undefined || before.kind !== 'word' || !isPlacePreposition(before)) return false;
  // "innlagt i Gdańsk 03.06.2024": a name no list holds only after "i" and before a full date.
  if (!place) {
    if (word || before.lower !== 'i') return false;
    return /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/u.test(
      tokens
        .slice(index + 1, index + 6)
        .map((token) => token.text)
        .join(''),
    );
  }
  // "i Tromsø 2019 til 2021": a year.
  if (/^(?:19|20)\d{2}$/u.test(textAt(tokens, index + 1))) return true;
  if (textAt(tokens, index + 2) !== '.') return false;
  const after = tokenAt(tokens, index + 3);
  return after?.kind === 'number' || (after !== undefined && monthNames.has(after.lower));
}

/** Month names after "12." that make the number a day ("i Stavanger 3. mai 2021"). */
const monthNames = new Set(
  'januar februar mars april mai juni juli august september oktober november desember'.split(' '),
);

/** True when a number directly follows the token on the same line and no age unit follows it. */
function isProductVersion(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  const number = tokenAt(tokens, index + 1);
  if (token === undefined || number === undefined || number.kind !== 'number') return false;
  if (!isSpaceBetween(text, token.end, number.start)) return false;
  const unit = tokenAt(tokens, index + 2);
  return unit === undefined || !ageUnits.has(unit.lower);
}

/**
 * "Bakken utenfor er glatt", "Vestre og østre del": a surname that is also an inflected word,
 * opening a sentence and followed by a lower-case word that is no verb of a person, is the word.
 */
function startsWithOrdinaryWord(common: boolean, tokens: readonly Token[], index: number): boolean {
  if (!common) return false;
  const next = tokenAt(tokens, index + 1);
  return (
    next !== undefined &&
    next.kind === 'word' &&
    !next.capitalised &&
    !next.allCaps &&
    !personVerbs.has(next.lower)
  );
}

/**
 * "Allergi mot Bjørk og gress", "reagerer på Or": a given name that is also an ordinary word, right
 * after an allergy or intolerance and its preposition, is the allergen.
 */
function isAllergenSlot(tokens: readonly Token[], index: number): boolean {
  // "mot Or og Bjørk", "mot gress, Bjørk": the allergen list back to its preposition.
  let first = index;
  for (let step = 0; step < 4; step++) {
    const joiner = tokenAt(tokens, first - 1)?.lower;
    if (
      (joiner !== 'og' && joiner !== 'eller' && joiner !== ',') ||
      tokenAt(tokens, first - 2)?.kind !== 'word'
    )
      break;
    first -= 2;
  }
  const preposition = tokenAt(tokens, first - 1)?.lower;
  if (preposition !== 'mot' && preposition !== 'for' && preposition !== 'på') return false;
  const cue = lowerAt(tokens, first - 2);
  return /^(?:\p{L}*allergi\p{L}*|allergisk|overfølsom|overfølsomhet|intoleranse|reagerer|reagerte|reaksjon)$/u.test(
    cue,
  );
}

/** Verbs of starting, keeping, changing or stopping a medicine (and "resept"), before "på/med/til/fra". */
const medicationVerbs = new Set([
  'står',
  'sto',
  'stått',
  'satt',
  'settes',
  'startet',
  'starter',
  'startes',
  'begynt',
  'begynte',
  'begynner',
  'byttet',
  'bytte',
  'byttes',
  'økt',
  'økes',
  'redusert',
  'reduseres',
  'trappet',
  'trappes',
  'seponert',
  'seponeres',
  'behandles',
  'behandlet',
  'oppstart',
  'oppstartet',
  'brukt',
  'forsøkt',
  'prøvd',
  'resept',
  'resepten',
]);
/** A dose unit right after a number: "100 mg", "2 puff", "12 IE". */
const doseUnit =
  /^(?:mg|mikrogram|µg|mcg|ml|ie|e|g|mmol|dråper|dråpe|tablett|tabletter|tbl|kapsel|kapsler|puff|sprut|plaster|ampulle|hetteglass)$/u;

/**
 * An unknown capitalised word where only a medicine stands: after a verb of starting, keeping or
 * changing one and its preposition ("startet på Ocrevus", "byttet til Kesimpta"), or before a
 * dose ("Leponex 100 mg").
 */
function isInMedicationFrame(tokens: readonly Token[], index: number): boolean {
  const number = tokenAt(tokens, index + 1);
  const unit = tokenAt(tokens, index + 2);
  if (number?.kind === 'number' && unit !== undefined && doseUnit.test(unit.lower)) return true;
  const preposition = lowerAt(tokens, index - 1);
  if (!['på', 'med', 'til', 'fra'].includes(preposition)) return false;
  let verbIndex = index - 2;
  // "startet opp på", "satt tilbake på".
  if (/^(?:opp|igjen|tilbake|nå|også)$/u.test(lowerAt(tokens, verbIndex))) verbIndex -= 1;
  return medicationVerbs.has(lowerAt(tokens, verbIndex));
}

/**
 * "det som heter urtikaria", "dette kalles bursitt": what "det"/"dette" is called is a term, not
 * a person ("hun som heter Kari" still names one).
 */
function namesAThing(tokens: readonly Token[], index: number): boolean {
  if (!/^(?:heter|heiter|kalles|kallast)$/u.test(lowerAt(tokens, index - 1))) return false;
  const subject =
    lowerAt(tokens, index - 2) === 'som' ? tokenAt(tokens, index - 3) : tokenAt(tokens, index - 2);
  return /^(?:det|dette|noe|noko)$/u.test(subject?.lower ?? '');
}

/** Quantifiers and determiners after which a lower-case word is an ordinary one ("noko anna"). */
const quantifiers = new Set([
  'noko',
  'noe',
  'nokon',
  'noen',
  'alt',
  'ingenting',
  'eit',
  'ei',
  'litt',
  'mykje',
  'mye',
]);

/** Verbs a person's name follows: "hun heter JoAnn", "han heiter DeAnn". */
const namingVerbs = new Set(['heter', 'heiter', 'het', 'heitte']);

/** Subjects a verb follows: "han trener", "pasienten trener", "… og trener mye". */
const verbSubjects: ReadonlySet<string> = new Set([
  ...subjectPronouns,
  'pasienten',
  'pasienta',
  'og',
]);

/**
 * "Pasienten trener mye", "han trener lite", "… og trener mye": a title that is also a finite
 * verb ("trener"), right after a subject, is the verb; the ordinary word after it is no surname.
 * Positive evidence only — the subject before the verb — so "trener Lunde" stays a name.
 */
/**
 * Finite verbs a role title does as the subject of a clinical note that {@link finiteVerbs} does
 * not list ("Fysioterapeut startar balansetrening", "Lege vurderer").
 */
const titleSubjectVerbs = new Set([
  'starter',
  'startar',
  'vurderer',
  'følger',
  'følgjer',
  'gir',
  'gjev',
  'ser',
  'undersøker',
  'anbefaler',
  'tilrår',
]);

/**
 * "Fysioterapeut kommer.", "Lege ringer i morgen": a capitalised role title opening a sentence,
 * then a lower-case finite verb from a closed list. Positive evidence that the word is the
 * title's verb; a capitalised surname ("Fysioterapeut Strand kommer") never gets here.
 */
function isVerbAfterTitleSubject(tokens: readonly Token[], index: number): boolean {
  const title = tokenAt(tokens, index - 1);
  if (title === undefined || !title.capitalised || !title.sentenceStart) return false;
  if (!titles.has(title.lower)) return false;
  const verb = lowerAt(tokens, index);
  return finiteVerbs.has(verb) || titleSubjectVerbs.has(verb);
}

function isVerbNotTitle(tokens: readonly Token[], titleIndex: number): boolean {
  const title = lowerAt(tokens, titleIndex);
  if (!finiteVerbs.has(title)) return false;
  const subject = lowerAt(tokens, titleIndex - 1);
  return verbSubjects.has(subject) || relations.has(subject);
}

/**
 * What "heter" names when it names a thing, not a person: "Programmet heter DocSys", "Appen heter
 * MinSak", "Det heter …". A closed list: every other subject keeps the name.
 */
const thingSubjects = new Set([
  'programmet',
  'systemet',
  'verktøyet',
  'appen',
  'firmaet',
  'produktet',
  'legemidlet',
  'preparatet',
  'det',
  'dette',
  'den',
]);

/** Prepositions between a thing and what it is for: "Programmet for timebestilling heter MinSak". */
const thingPrepositions = new Set(['for', 'til', 'på', 'i', 'med', 'mot']);

/**
 * "jeg heter JoAnn Miller", "datteren heter LeAnn", "en datter som heter LeAnn": a short word with
 * an inner capital after a verb of naming is a given name built of two (Jo + Ann, Le + Ann), not a
 * unit or lab name like "NaCl", "IgA" or "QTc": each part is a capital and at least one lower-case
 * letter, the second at least two, and no digit. Only a thing as the verb's subject — a program,
 * an app, a product, "det" ("Programmet heter DocSys", "Appen som heter MinSak") — makes it no
 * name; any other subject, a person or a word no list knows, keeps the name.
 */
function isNamedInnerCapital(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || !/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}{2,}$/u.test(token.text)) return false;
  if (!namingVerbs.has(lowerAt(tokens, index - 1))) return false;
  let subjectIndex = index - 2;
  if (lowerAt(tokens, subjectIndex) === 'som') subjectIndex -= 1;
  const owner = lowerAt(tokens, subjectIndex);
  if (possessives.has(owner) || owner === 'vårt') subjectIndex -= 1;
  if (thingSubjects.has(lowerAt(tokens, subjectIndex))) return false;
  // "Programmet for timebestilling heter MinSak": the thing and what it is for.
  return !(
    thingPrepositions.has(lowerAt(tokens, subjectIndex - 1)) &&
    thingSubjects.has(lowerAt(tokens, subjectIndex - 2))
  );
}
