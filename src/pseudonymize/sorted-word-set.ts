/**
 * A read-only set of words held as the bytes of a snapshot file — the words in UTF-8, sorted by
 * their bytes, each followed by a line feed — with an open-addressing hash table of where each
 * word starts. Loading creates no string per word and fills no table: start-up costs one read
 * of the file, and a lookup hashes the word once and compares it with one or two entries.
 */
export class SortedWordSet implements ReadonlySet<string> {
  readonly size: number;
  /** The query of `has`, encoded as UTF-8 (grown when a longer word comes). */
  private query = new Uint8Array(64);
  private readonly mask: number;
  /** The bits of a slot that hold 1 + a word's offset (`slotLayout`); the rest hold its tag. */
  private readonly offsetMask: number;

  /**
   * `bytes[start, end)` holds the words as `toSnapshotBytes` writes them; `size` is their number;
   * `table` is `toHashTable` of them.
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
    size: number,
    private readonly table: Uint32Array,
  ) {
    this.size = size;
    this.mask = table.length - 1;
    this.offsetMask = slotLayout(end - start).offsetMask;
  }

  /** A set of `words`, in the layout a snapshot holds. */
  static fromWords(words: Iterable<string>): SortedWordSet {
    const sorted = toUtf8SortedWords(words);
    const bytes = toSnapshotBytes(sorted);
    return new SortedWordSet(bytes, 0, bytes.length, sorted.length, toHashTable(bytes));
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
    if (length < 0 || this.size === 0) return false;
    const bytes = this.bytes;
    const query = this.query;
    const base = this.start;
    const hash = hashBytes(query, 0, length);
    const offsetMask = this.offsetMask;
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.table[slot] ?? 0;
      if (entry === 0) return false;
      // Entries are the tag (high bits of the word's hash) and 1 + the word's offset from
      // `start`; 0 marks an empty slot. A slot whose tag differs holds another word: no bytes read.
      if (((entry ^ hash) & ~offsetMask) === 0) {
        const wordStart = base + (entry & offsetMask) - 1;
        let index = 0;
        while (index < length && bytes[wordStart + index] === query[index]) index++;
        if (index === length && bytes[wordStart + length] === 10) return true;
      }
      slot = (slot + 1) & this.mask;
    }
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

/** FNV-1a over `bytes[from, to)`. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let index = from; index < to; index++)
    hash = Math.imul(hash ^ (bytes[index] ?? 0), 0x01000193);
  return hash >>> 0;
}

/**
 * How a slot of the hash table of `byteLength` bytes of words is laid out: its low bits hold
 * 1 + the word's offset (enough bits for every offset), its high bits a tag — the same high bits
 * of the word's hash — so a probe that meets another word mostly skips it without reading it.
 */
export function slotLayout(byteLength: number): { readonly offsetMask: number } {
  let offsetBits = 1;
  while (offsetBits < 31 && 2 ** offsetBits <= byteLength + 1) offsetBits++;
  return { offsetMask: 2 ** offsetBits - 1 };
}

/**
 * True when `slots` is a table size `toHashTable` may give `count` words: a power of two with at
 * least 1.25 slots per word (the tags keep the longer probe runs of a fuller table cheap).
 */
export function isHashTableSize(slots: number, count: number): boolean {
  return slots >= 2 && (slots & (slots - 1)) === 0 && slots * 4 >= count * 5;
}

/**
 * The hash table of the words in `bytes` (as `toSnapshotBytes` writes them): the smallest power
 * of two of slots that `isHashTableSize` allows, each 0 or a tag and 1 + the offset of a word
 * (`slotLayout`); linear probing.
 */
export function toHashTable(bytes: Uint8Array): Uint32Array {
  let count = 0;
  for (const byte of bytes) if (byte === 10) count++;
  let slots = 2;
  while (!isHashTableSize(slots, count)) slots *= 2;
  const table = new Uint32Array(slots);
  const mask = slots - 1;
  const offsetMask = slotLayout(bytes.length).offsetMask;
  let wordStart = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] !== 10) continue;
    const hash = hashBytes(bytes, wordStart, index);
    let slot = hash & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = ((hash & ~offsetMask) | (wordStart + 1)) >>> 0;
    wordStart = index + 1;
  }
  return table;
}

/**
 * The bytes of `sorted` (from `toUtf8SortedWords`, no word holding a line feed) as a
 * `SortedWordSet` reads them: each word in UTF-8, followed by a line feed.
 */
export function toSnapshotBytes(sorted: readonly string[]): Buffer {
  return Buffer.from(sorted.map((word) => `${word}\n`).join(''), 'utf8');
}
