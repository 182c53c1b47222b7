import type { CodeSystem } from '../core/index.js';
import { foldText, splitWords } from '../language/index.js';
import { toSearchForm } from './to-search-form.js';
import { toCodeKey } from './normalize-code.js';

/** One code with its Norwegian text. `code` is the stored form (ICD-10 without the dot). */
export interface CodeEntry {
  readonly system: CodeSystem;
  readonly code: string;
  readonly text: string;
}

export interface CodeSearchOptions {
  /** Only this code system; both when absent. */
  readonly system?: CodeSystem;
  /** Maximum number of results (default 20, at most 200). */
  readonly limit?: number;
}

/** Lookup and search over a fixed list of codes. */
export interface CodeIndex {
  /** The entry for a code in either written form ("J03.9" or "J039"), or `undefined`. */
  tryGetCode(system: CodeSystem, code: string): CodeEntry | undefined;
  /** True when the code exists in the list (either written form). */
  isKnownCode(system: CodeSystem, code: string): boolean;
  /**
   * Codes matching a query, best first. The query may be a code or the start of one ("J03",
   * "r7", "M16.1") or Norwegian words ("akutt tonsill", "myksodem"): every word of the query
   * must start a word of the text (ranked highest) or occur inside one (compounds such as
   * "halsbetennelse"; ranked lower). Case- and diacritics-insensitive.
   */
  searchCodes(query: string, options?: CodeSearchOptions): readonly CodeEntry[];
  /** Every entry of one system, in list order. */
  listCodes(system: CodeSystem): readonly CodeEntry[];
}

interface IndexedEntry {
  readonly entry: CodeEntry;
  readonly key: string;
  /** Folded text with a leading space, so `' ' + token` finds word starts. */
  readonly haystack: string;
  readonly words: readonly string[];
  readonly systemRank: number;
}

const defaultLimit = 20;
const maximumLimit = 200;
const minimumInfixLength = 3;

/**
 * Builds an index over code entries. Entries keep their given form; keys are derived with
 * `toCodeKey`, and entries whose code is not a valid code of their system are rejected.
 *
 * Word search uses an inverted index: each distinct word of the texts points to the entries that
 * hold it, so a query scans the distinct words once per query word instead of every entry.
 */
export function createCodeIndex(entries: Iterable<CodeEntry>): CodeIndex {
  const byKey = new Map<string, IndexedEntry>();
  const indexed: IndexedEntry[] = [];
  const bySystem = new Map<CodeSystem, CodeEntry[]>();
  // Postings: entry index × 2, plus 1 when the word is the entry's first word.
  const postings = new Map<string, number[]>();
  for (const entry of entries) {
    const key = toCodeKey(entry.system, entry.code);
    if (key === undefined) throw new Error(`code list holds a malformed ${entry.system} code`);
    const mapKey = `${entry.system}|${key}`;
    if (byKey.has(mapKey)) continue;
    const words = splitWords(toSearchForm(foldText(entry.text)));
    const item: IndexedEntry = {
      entry,
      key,
      haystack: ` ${words.join(' ')}`,
      words,
      systemRank: entry.system === 'ICPC-2' ? 0 : 1,
    };
    const position = indexed.length;
    byKey.set(mapKey, item);
    indexed.push(item);
    const list = bySystem.get(entry.system) ?? [];
    list.push(entry);
    bySystem.set(entry.system, list);
    const seen = new Set<string>();
    for (const [wordIndex, word] of words.entries()) {
      if (seen.has(word)) continue;
      seen.add(word);
      const posting = position * 2 + (wordIndex === 0 ? 1 : 0);
      const list = postings.get(word);
      if (list === undefined) postings.set(word, [posting]);
      else list.push(posting);
    }
  }
  const distinctWords = [...postings.keys()];
  const wordPostings = distinctWords.map((word) => postings.get(word) ?? []);

  const tryGetCode = (system: CodeSystem, code: string): CodeEntry | undefined => {
    const key = toCodeKey(system, code);
    return key === undefined ? undefined : byKey.get(`${system}|${key}`)?.entry;
  };

  /** Per entry, the best score of one query word (0 = not found). */
  const scoreToken = (token: string): Uint8Array => {
    const best = new Uint8Array(indexed.length);
    for (let wordIndex = 0; wordIndex < distinctWords.length; wordIndex += 1) {
      const word = distinctWords[wordIndex] ?? '';
      let score = 0;
      if (word === token) score = 120;
      else if (word.startsWith(token)) score = 100;
      else if (token.length >= minimumInfixLength && word.includes(token)) score = 40;
      if (score === 0) continue;
      for (const posting of wordPostings[wordIndex] ?? []) {
        const entryIndex = posting >> 1;
        // A match on the first word (the head of most Norwegian code texts) gets a bonus.
        const withBonus = score + (posting & 1 ? 15 : 0);
        if (withBonus > (best[entryIndex] ?? 0)) best[entryIndex] = withBonus;
      }
    }
    return best;
  };

  const searchCodes = (query: string, options: CodeSearchOptions = {}): readonly CodeEntry[] => {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? defaultLimit), 0), maximumLimit);
    const codeQuery = query.trim().toUpperCase().replace(/[\s.]/g, '');
    // A query that looks like a code (or its start) also matches codes by prefix.
    const looksLikeCode = /^[A-Z]\d[0-9A-Z]{0,4}$/.test(codeQuery) || /^[A-Z]$/.test(codeQuery);
    // Single letters are code chapters, not words: "k" should not match every word starting with k.
    const tokens = splitWords(toSearchForm(foldText(query)))
      .filter((token) => token.length > 1 || !looksLikeCode)
      .slice(0, 8);
    if ((tokens.length === 0 && !looksLikeCode) || limit === 0) return [];

    const scores = new Float64Array(indexed.length);
    if (tokens.length > 0) {
      const perToken = tokens.map(scoreToken);
      for (let entryIndex = 0; entryIndex < indexed.length; entryIndex += 1) {
        let total = 0;
        for (const best of perToken) {
          const score = best[entryIndex] ?? 0;
          if (score === 0) {
            total = 0;
            break;
          }
          total += score;
        }
        if (total > 0) {
          // Shorter (more specific) texts win ties.
          const length = indexed[entryIndex]?.haystack.length ?? 0;
          scores[entryIndex] = (total / tokens.length) * 10 - Math.min(length, 200) / 10;
        }
      }
    }
    if (looksLikeCode) {
      for (let entryIndex = 0; entryIndex < indexed.length; entryIndex += 1) {
        const key = indexed[entryIndex]?.key ?? '';
        if (!key.startsWith(codeQuery)) continue;
        const codeScore =
          key.length === codeQuery.length ? 10_000 : 9_000 - (key.length - codeQuery.length);
        if (codeScore > (scores[entryIndex] ?? 0)) scores[entryIndex] = codeScore;
      }
    }

    const candidates: number[] = [];
    for (let entryIndex = 0; entryIndex < indexed.length; entryIndex += 1) {
      const item = indexed[entryIndex];
      if ((scores[entryIndex] ?? 0) <= 0 || item === undefined) continue;
      if (options.system !== undefined && item.entry.system !== options.system) continue;
      candidates.push(entryIndex);
    }
    // Keep only candidates that can reach the top `limit` before the full ordering.
    let shortlist = candidates;
    if (candidates.length > limit) {
      const sortedScores = Float64Array.from(
        candidates,
        (entryIndex) => scores[entryIndex] ?? 0,
      ).sort();
      const threshold = sortedScores[sortedScores.length - limit] ?? 0;
      shortlist = candidates.filter((entryIndex) => (scores[entryIndex] ?? 0) >= threshold);
    }
    shortlist.sort((left, right) => {
      const leftItem = indexed[left];
      const rightItem = indexed[right];
      if (leftItem === undefined || rightItem === undefined) return 0;
      return (
        (scores[right] ?? 0) - (scores[left] ?? 0) ||
        leftItem.systemRank - rightItem.systemRank ||
        (leftItem.key < rightItem.key ? -1 : leftItem.key > rightItem.key ? 1 : 0)
      );
    });
    return shortlist.slice(0, limit).flatMap((entryIndex) => {
      const item = indexed[entryIndex];
      return item === undefined ? [] : [item.entry];
    });
  };

  return {
    tryGetCode,
    isKnownCode: (system, code) => tryGetCode(system, code) !== undefined,
    searchCodes,
    listCodes: (system) => bySystem.get(system) ?? [],
  };
}
