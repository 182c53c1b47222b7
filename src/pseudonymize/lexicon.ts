import { registerWordMemo } from '../language/index.js';
import { femaleFirstNames, maleFirstNames } from './gazetteers/first-names.js';
import { surnames } from './gazetteers/surnames.js';
import { postalCodes } from './gazetteers/postal-codes.js';
import { worldFemaleNames, worldMaleNames, worldSurnames } from './gazetteers/world-names.js';
import { broadRegions, municipalities, neighbourhoods } from './gazetteers/places.js';
import {
  institutionHeadWords,
  institutionLeadWords,
  institutionSuffixes,
  namedInstitutions,
  numberedBrands,
} from './gazetteers/institutions.js';
import {
  clinicalCapitalisedWords,
  deviceBrands,
  drugNames,
  englishClinicalWords,
  eponymHeadNouns,
  microbeGenera,
  eponyms,
} from './gazetteers/medical-terms.js';
import { roleNounForms } from './gazetteers/role-nouns.js';
import { loadWordSets } from './lexicon-snapshot.js';
import { loadWordForms, longestCachedWord } from './word-forms.js';

/**
 * Read-only word lists the recognizers consult. Built once per process (the bokmål dictionary is
 * 5 MB) and shared: it is immutable reference data, not state, so sharing it breaks no isolation.
 */
export interface Lexicon {
  /**
   * True when `lower` (lower-case) is an ordinary bokmål word: a dictionary entry or a form the
   * entry inflects to by the dictionary's own suffix rules ("hansker" is "hanske" in the plural;
   * "hansen" is no form of "hanse"), or a form of a role noun the dictionary lacks ("samboeren",
   * "onkolog", "sjukepleiaren"; `gazetteers/role-nouns.ts`).
   */
  isCommonWord(lower: string): boolean;
  /** True when `lower` is a compound of dictionary words ("hvitfrakksyndrom"), not an entry itself. */
  isCompoundWord(lower: string): boolean;
  /** True when `lower` is itself an entry of the bokmål dictionary (no inflection stripping). */
  isDictionaryEntry(lower: string): boolean;
  /** Capitalised entries of the bokmål dictionary (names, places, brands), lower-cased. */
  readonly properNouns: ReadonlySet<string>;
  readonly femaleNames: ReadonlySet<string>;
  readonly maleNames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  /**
   * Given names and surnames from many languages (the MIT-licensed `humannames` list, ≈200,000
   * names), lower-case. Noisy (it holds English words such as "patient"): the recognizers use it
   * only where the context already points at a person.
   */
  readonly internationalNames: ReadonlySet<string>;
  /** Towns, villages, neighbourhoods (lower-case, multi-word joined by one space) → display form. */
  readonly places: ReadonlyMap<string, string>;
  /** Longest place name in tokens. */
  readonly maxPlaceTokens: number;
  /** First words of multi-word places ("mo" of "mo i rana"). */
  readonly multiWordPlaceStarts: ReadonlySet<string>;
  /** Towns with ten or more postal codes (cities): recognisable even in lower case. */
  readonly majorPlaces: ReadonlySet<string>;
  /** Postal code → post office, lower-case. */
  readonly postalCodes: ReadonlyMap<string, string>;
  /** Counties, countries, regions: never replaced. */
  readonly broadRegions: ReadonlySet<string>;
  /** Drugs, eponyms, clinical abbreviations: never persons or places. */
  readonly nonIdentifyingTerms: ReadonlySet<string>;
  /** Nouns after an eponym ("sykdom", "fraktur", "tegn"): the word before them is no person. */
  readonly eponymHeadNouns: ReadonlySet<string>;
  readonly institutionHeadWords: ReadonlySet<string>;
  readonly institutionLeadWords: ReadonlySet<string>;
  readonly institutionSuffixes: readonly string[];
  /** Brands whose shop names hold a number ("Rema 1000", "Kiwi 515"). */
  readonly numberedBrands: ReadonlySet<string>;
  /** Named institutions, lower-case, multi-word joined by one space. */
  readonly namedInstitutions: ReadonlySet<string>;
  readonly maxInstitutionTokens: number;
  /** First words of named institutions. */
  readonly namedInstitutionStarts: ReadonlySet<string>;
}

function words(list: string): string[] {
  return list
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.replaceAll('_', ' '));
}

function toDisplayName(upper: string): string {
  return upper
    .toLowerCase()
    .split(' ')
    .map((part) =>
      ['i', 'på', 'og'].includes(part) ? part : part.charAt(0).toUpperCase() + part.slice(1),
    )
    .join(' ');
}

/**
 * Builds the lexicon. The dictionary and name lists come from the precompiled snapshot when
 * `npm run build` wrote one for the installed sources (`snapshotPath`, default beside the
 * compiled module), else from the packages themselves (≈0.3–0.5 s). Prefer `getSharedLexicon()`.
 */
export function createLexicon(
  options: { snapshotPath?: string; wordFormsSnapshotPath?: string } = {},
): Lexicon {
  const lists = loadWordSets(options.snapshotPath);
  const common = lists.common;
  const proper = lists.proper;
  // The common words are the dictionary's lower-case entries, which the full forms build on.
  const forms = loadWordForms((lower) => common.has(lower), options.wordFormsSnapshotPath);
  // Asked of the same words on every line: each verdict is remembered (bounded), and forgotten at
  // the end of each job (`resetWordMemos`): the words are the text's, patients' names among them.
  const commonWords = registerWordMemo(new Map<string, boolean>());
  const isCommonWord = (lower: string): boolean => {
    let known = commonWords.get(lower);
    if (known === undefined) {
      known =
        common.has(lower) ||
        forms.isFullForm(lower) ||
        isNynorskDefinite(lower) ||
        roleNounForms.has(lower);
      if (commonWords.size < 100_000 && lower.length <= longestCachedWord)
        commonWords.set(lower, known);
    }
    return known;
  };
  // "Brukaren", "læraren": the nynorsk definite form of a bokmål noun ("brukeren", "læreren"),
  // which the bokmål dictionary lacks. Not a proper noun ("Maren", "Karen"), not "-ane" ("Sandane",
  // "Heiane" are places) nor the indefinite "-ar" ("Vidar", "Ivar").
  const isNynorskDefinite = (lower: string): boolean =>
    lower.length > 6 &&
    lower.endsWith('aren') &&
    !proper.has(lower) &&
    forms.isFullForm(`${lower.slice(0, -4)}eren`);
  const places = new Map<string, string>();
  const postal = new Map<string, string>();
  const codeCounts = new Map<string, number>();
  for (const [code, office] of Object.entries(postalCodes)) {
    const lower = office.toLowerCase();
    postal.set(code, lower);
    codeCounts.set(lower, (codeCounts.get(lower) ?? 0) + 1);
    // "KRISTIANSAND S", "OSLO" …: the post office names are towns and villages.
    const name = lower.replace(/ [ns]$/u, '');
    if (!places.has(name)) places.set(name, toDisplayName(name));
  }
  for (const place of words(neighbourhoods)) places.set(place, toDisplayName(place));
  for (const place of words(municipalities)) {
    if (!places.has(place)) places.set(place, toDisplayName(place));
  }
  const regions = new Set(words(broadRegions));
  for (const region of regions) places.delete(region);
  let maxPlaceTokens = 1;
  const multiWordPlaceStarts = new Set<string>();
  for (const place of places.keys()) {
    const parts = place.split(' ');
    maxPlaceTokens = Math.max(maxPlaceTokens, parts.length);
    if (parts.length > 1) multiWordPlaceStarts.add(parts[0] ?? '');
  }
  const named = new Set(words(namedInstitutions));
  let maxInstitutionTokens = 1;
  const namedInstitutionStarts = new Set<string>();
  for (const name of named) {
    maxInstitutionTokens = Math.max(maxInstitutionTokens, name.split(' ').length);
    namedInstitutionStarts.add(name.split(' ')[0] ?? '');
  }
  return {
    isCommonWord,
    isCompoundWord: (lower) => !isCommonWord(lower) && forms.isCompound(lower),
    isDictionaryEntry: (lower: string) => common.has(lower),
    properNouns: proper,
    femaleNames: new Set([...words(femaleFirstNames), ...words(worldFemaleNames)]),
    maleNames: new Set([...words(maleFirstNames), ...words(worldMaleNames)]),
    surnames: new Set([...words(surnames), ...words(worldSurnames)]),
    internationalNames: lists.internationalNames,
    places,
    maxPlaceTokens,
    multiWordPlaceStarts,
    majorPlaces: new Set([...codeCounts].filter(([, count]) => count >= 10).map(([name]) => name)),
    postalCodes: postal,
    broadRegions: regions,
    nonIdentifyingTerms: new Set([
      ...words(drugNames),
      ...words(deviceBrands),
      ...words(microbeGenera),
      ...words(englishClinicalWords),
      ...words(eponyms),
      ...words(clinicalCapitalisedWords),
    ]),
    eponymHeadNouns: new Set(words(eponymHeadNouns)),
    institutionHeadWords: new Set(words(institutionHeadWords)),
    institutionLeadWords: new Set(words(institutionLeadWords)),
    institutionSuffixes: words(institutionSuffixes),
    numberedBrands: new Set(words(numberedBrands)),
    namedInstitutions: named,
    maxInstitutionTokens,
    namedInstitutionStarts,
  };
}

let sharedLexicon: Lexicon | undefined;

/** The process-wide lexicon, built on first use. */
export function getSharedLexicon(): Lexicon {
  sharedLexicon ??= createLexicon();
  return sharedLexicon;
}
