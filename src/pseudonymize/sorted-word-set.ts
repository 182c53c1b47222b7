/**
 * A read-only set of words held as one sorted array and searched by bisection: built from a
 * snapshot in the time it takes to split a string, with no hash table to fill at start-up.
 */
export class SortedWordSet implements ReadonlySet<string> {
  readonly size: number;

  /** `sorted` must be sorted by the default string order (UTF-16 code units) and free of duplicates. */
  constructor(private readonly sorted: readonly string[]) {
    this.size = sorted.length;
  }

  has(word: string): boolean {
    let low = 0;
    let high = this.sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const entry = this.sorted[middle] ?? '';
      if (entry === word) return true;
      if (entry < word) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  forEach(
    callback: (value: string, key: string, set: ReadonlySet<string>) => void,
    thisArgument?: unknown,
  ): void {
    for (const word of this.sorted) callback.call(thisArgument, word, word, this);
  }

  *entries(): SetIterator<[string, string]> {
    for (const word of this.sorted) yield [word, word];
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *values(): SetIterator<string> {
    yield* this.sorted;
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

/** Sorted, duplicate-free copy of `words` in the order `SortedWordSet` needs. */
export function toSortedWords(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
}
