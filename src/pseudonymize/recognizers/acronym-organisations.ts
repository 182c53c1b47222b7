import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * An acronym written with a lower-case middle letter, the way student welfare organisations
 * write theirs ("SiT", "SiO", "SiB"): the "i" is the preposition of "Studentsamskipnaden i Oslo".
 * Clinical abbreviations of the same shape with another middle letter ("HbS", "HbF", "CoA",
 * "ToF") are no organisations. Immunoglobulins ("IgE", "IgG") share the shape.
 */
const mixedCaseAcronym = /^\p{Lu}i\p{Lu}$/u;
const immunoglobulin = /^Ig[ADEGM]$/u;

/**
 * A district no list knows, by the endings of Norwegian district names ("Sunnmøre", "Gudbrandsdalen",
 * "Hallingdalen"): capitalised, the rest lower case. Product words ("Plus", "ResMed") have none of
 * them. "-dal" and "-land" ("Romsdal", "Helgeland") end surnames too: they count only where no
 * "av" signs a note ("skrevet av PKJ Tveitland", "Tilsett av OKS Grimeland" stay a person).
 */
const districtEnding = /^\p{Lu}\p{Ll}+(?:møre|dalen|landet|fjord|fjorden|marka|bygda)$/u;
const surnameLikeDistrictEnding = /^\p{Lu}\p{Ll}+(?:dal|land)$/u;

/** The country itself after an acronym names a national body ("LHL Norge"), no identifier. */
const nation = new Set(['norge', 'noreg', 'norway', 'norden']);

/** An acronym in capitals, two to five letters ("LHL", "NHF"). */
const capitalAcronym = /^\p{Lu}{2,5}$/u;

/**
 * "SiT Råd", "SiO Helse", "LHL Sunnmøre", "NHF Trøndelag": an organisation written as its acronym
 * and one capitalised word — after a mixed-case acronym any capitalised word that is no term
 * (the unit: "Råd", "Helse", "Bolig"), after an acronym in capitals only a region or a district
 * no list knows by its ending (a county or district is no identifier alone, so the branch was
 * left whole to the model); an acronym of two letters only before a region ("AED Plus",
 * "BD Vacutainer" stay). An acronym the lexicon knows as a term or a non-identifying word ("CT",
 * "EKG", "KOLS") never starts one; where someone works the workplace rules decide ("ansatt i NRK
 * Vestland").
 */
export function recognizeAcronymOrganisations(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const acronym = tokenAt(tokens, index);
    const unit = tokenAt(tokens, index + 1);
    if (acronym?.kind !== 'word' || unit?.kind !== 'word') continue;
    if (!unit.capitalised || unit.allCaps || !isSpaceBetween(text, acronym.end, unit.start))
      continue;
    const mixed = mixedCaseAcronym.test(acronym.text) && !immunoglobulin.test(acronym.text);
    if (!mixed && !capitalAcronym.test(acronym.text)) continue;
    // Where someone works the workplace rules take it ("ansatt i NRK Vestland").
    if (words.hasEmploymentContext(tokens, index)) continue;
    const acronymAnalysis = words.analyseToken(acronym);
    if (acronymAnalysis.term || acronymAnalysis.nonIdentifying || acronymAnalysis.common) continue;
    const unitAnalysis = words.analyseToken(unit);
    if (unitAnalysis.term) continue;
    const unknown =
      !unitAnalysis.common &&
      !unitAnalysis.entry &&
      !unitAnalysis.place &&
      !unitAnalysis.firstName &&
      !unitAnalysis.surname &&
      !unitAnalysis.nonIdentifying &&
      !unitAnalysis.international;
    // "skrevet av PKJ Tveitland": initials and a surname signing a note, no district.
    const signed = lowerAt(tokens, index - 1) === 'av';
    const district =
      unknown &&
      acronym.text.length >= 3 &&
      (districtEnding.test(unit.text) || (!signed && surnameLikeDistrictEnding.test(unit.text)));
    // "LHL Norge": the national body, no local unit.
    if (nation.has(unit.lower)) continue;
    if (!mixed && !unitAnalysis.region && !district) continue;
    out.push({ start: acronym.start, end: unit.end, type: 'ORGANIZATION', confidence: 0.88 });
  }
}
