import type { CodeSystem } from '../core/index.js';
import { foldText, toSearchForm, toWords } from './fold-text.js';
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
 */
export function createCodeIndex(entries: Iterable<CodeEntry>): CodeIndex {
  const byKey = new Map<string, IndexedEntry>();
  const indexed: IndexedEntry[] = [];
  const bySystem = new Map<CodeSystem, CodeEntry[]>();
  for (const entry of entries) {
    const key = toCodeKey(entry.system, entry.code);
    if (key === undefined) throw new Error(`code list holds a malformed ${entry.system} code`);
    const mapKey = `${entry.system}|${key}`;
    if (byKey.has(mapKey)) continue;
    const words = toWords(toSearchForm(foldText(entry.text)));
    const item: IndexedEntry = {
      entry,
      key,
      haystack: ` ${words.join(' ')}`,
      words,
      systemRank: entry.system === 'ICPC-2' ? 0 : 1,
    };
    byKey.set(mapKey, item);
    indexed.push(item);
    const list = bySystem.get(entry.system) ?? [];
    list.push(entry);
    bySystem.set(entry.system, list);
  }

  const tryGetCode = (system: CodeSystem, code: string): CodeEntry | undefined => {
    const key = toCodeKey(system, code);
    return key === undefined ? undefined : byKey.get(`${system}|${key}`)?.entry;
  };

  const searchCodes = (query: string, options: CodeSearchOptions = {}): readonly CodeEntry[] => {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? defaultLimit), 0), maximumLimit);
    const tokens = toWords(toSearchForm(foldText(query))).slice(0, 8);
    if (tokens.length === 0 || limit === 0) return [];
    // A query that looks like a code (or its start) also matches codes by prefix.
    const codeQuery = query.trim().toUpperCase().replace(/[\s.]/g, '');
    const looksLikeCode = /^[A-Z]\d[0-9A-Z]{0,4}$/.test(codeQuery) || /^[A-Z]$/.test(codeQuery);

    const scored: { item: IndexedEntry; score: number }[] = [];
    for (const item of indexed) {
      if (options.system !== undefined && item.entry.system !== options.system) continue;
      let score = 0;
      if (looksLikeCode && item.key.startsWith(codeQuery)) {
        score = item.key.length === codeQuery.length ? 10_000 : 9_000 - (item.key.length - codeQuery.length);
      }
      const textScore = scoreText(item, tokens);
      if (textScore > score) score = textScore;
      if (score > 0) scored.push({ item, score });
    }
    scored.sort(
      (left, right) =>
        right.score - left.score ||
        left.item.systemRank - right.item.systemRank ||
        (left.item.key < right.item.key ? -1 : left.item.key > right.item.key ? 1 : 0),
    );
    return scored.slice(0, limit).map(({ item }) => item.entry);
  };

  return {
    tryGetCode,
    isKnownCode: (system, code) => tryGetCode(system, code) !== undefined,
    searchCodes,
    listCodes: (system) => bySystem.get(system) ?? [],
  };
}

/**
 * Scores an entry's text against query words; 0 when some word is not found. Word-start matches
 * beat matches inside a word, whole words beat prefixes, a match on the first word (the head of
 * most Norwegian code texts) gets a bonus, and shorter (more specific) texts win ties.
 */
function scoreText(item: IndexedEntry, tokens: readonly string[]): number {
  let total = 0;
  for (const token of tokens) {
    // Fast rejection: most entries do not contain the token at all.
    if (!item.haystack.includes(token)) return 0;
    let best = 0;
    for (let index = 0; index < item.words.length; index += 1) {
      const word = item.words[index] ?? '';
      let score = 0;
      if (word === token) score = 120;
      else if (word.startsWith(token)) score = 100;
      else if (token.length >= minimumInfixLength && word.includes(token)) score = 40;
      if (score > 0 && index === 0) score += 15;
      if (score > best) best = score;
    }
    if (best === 0) return 0;
    total += best;
  }
  return (total / tokens.length) * 10 - Math.min(item.haystack.length, 200) / 10;
}
