/**
 * A read-only set of words held as the bytes of a snapshot file — the words in UTF-8, sorted by
 * their bytes, each followed by a line feed — and searched there by bisection. Loading creates
 * no string per word and fills no hash table: start-up costs one read of the file.
 */
export class SortedWordSet implements ReadonlySet<string> {
  readonly size: number;
  /** The query of `has`, encoded as UTF-8 (grown when a longer word comes). */
  private query = new Uint8Array(64);

  /**
   * `bytes[start, end)` holds the words as `toSnapshotBytes` writes them; `size` is their number.
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
    size: number,
  ) {
    this.size = size;
  }

  /** A set of `words`, in the layout a snapshot holds. */
  static fromWords(words: Iterable<string>): SortedWordSet {
    const sorted = toUtf8SortedWords(words);
    const bytes = toSnapshotBytes(sorted);
    return new SortedWordSet(bytes, 0, bytes.length, sorted.length);
  }

  /** Encodes `word` into `this.query`; its length in bytes, or -1 when it cannot be in the set. */
  private encode(word: string): number {
    if (this.query.length < word.length * 3) this.query = new Uint8Array(word.length * 3);
    const query = this.query;
    let length = 0;
    for (let index = 0; index < word.length; index++) {
      const code = word.charCodeAt(index);
      if (code < 0x80) {
        if (code === 10) return -1;
        query[length++] = code;
      } else if (code < 0x800) {
        query[length++] = 0xc0 | (code >> 6);
        query[length++] = 0x80 | (code & 0x3f);
      } else if (code >= 0xd800 && code <= 0xdfff) {
        const low = word.charCodeAt(index + 1);
        // A lone surrogate has no UTF-8 form: no word of the set holds one.
        if (code > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return -1;
        const point = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        index++;
        query[length++] = 0xf0 | (point >> 18);
        query[length++] = 0x80 | ((point >> 12) & 0x3f);
        query[length++] = 0x80 | ((point >> 6) & 0x3f);
        query[length++] = 0x80 | (point & 0x3f);
      } else {
        query[length++] = 0xe0 | (code >> 12);
        query[length++] = 0x80 | ((code >> 6) & 0x3f);
        query[length++] = 0x80 | (code & 0x3f);
      }
    }
    return length;
  }

  has(word: string): boolean {
    const length = this.encode(word);
    if (length < 0) return false;
    const bytes = this.bytes;
    const query = this.query;
    // [low, high) always holds whole words, each with its line feed.
    let low = this.start;
    let high = this.end;
    while (low < high) {
      const middle = (low + high) >>> 1;
      let wordStart = middle;
      while (wordStart > low && bytes[wordStart - 1] !== 10) wordStart--;
      let wordEnd = middle;
      while (bytes[wordEnd] !== 10) wordEnd++;
      const entryLength = wordEnd - wordStart;
      const common = entryLength < length ? entryLength : length;
      let order = 0;
      for (let index = 0; index < common && order === 0; index++)
        order = (bytes[wordStart + index] ?? 0) - (query[index] ?? 0);
      if (order === 0) order = entryLength - length;
      if (order === 0) return true;
      if (order < 0) low = wordEnd + 1;
      else high = wordStart;
    }
    return false;
  }

  forEach(
    callback: (value: string, key: string, set: ReadonlySet<string>) => void,
    thisArgument?: unknown,
  ): void {
    for (const word of this) callback.call(thisArgument, word, word, this);
  }

  *entries(): SetIterator<[string, string]> {
    for (const word of this) yield [word, word];
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *values(): SetIterator<string> {
    const decoder = new TextDecoder();
    let wordStart = this.start;
    for (let index = wordStart; index < this.end; index++) {
      if (this.bytes[index] !== 10) continue;
      yield decoder.decode(this.bytes.subarray(wordStart, index));
      wordStart = index + 1;
    }
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

/** Code point order, which is the order of the UTF-8 bytes (surrogate pairs sort after U+FFFF). */
function compareCodePoints(left: string, right: string): number {
  let index = 0;
  while (index < left.length && index < right.length) {
    const leftPoint = left.codePointAt(index) ?? 0;
    const rightPoint = right.codePointAt(index) ?? 0;
    if (leftPoint !== rightPoint) return leftPoint - rightPoint;
    index += leftPoint > 0xffff ? 2 : 1;
  }
  return left.length - right.length;
}

/** Sorted, duplicate-free copy of `words` in the order of their UTF-8 bytes, as `SortedWordSet` needs. */
export function toUtf8SortedWords(words: Iterable<string>): string[] {
  return [...new Set(words)].sort(compareCodePoints);
}

/** Sorted, duplicate-free copy of `words` in the default string order. */
export function toSortedWords(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
}

/**
 * The bytes of `sorted` (from `toUtf8SortedWords`, no word holding a line feed) as a
 * `SortedWordSet` reads them: each word in UTF-8, followed by a line feed.
 */
export function toSnapshotBytes(sorted: readonly string[]): Buffer {
  return Buffer.from(sorted.map((word) => `${word}\n`).join(''), 'utf8');
}
