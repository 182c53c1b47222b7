/**
 * One registry for every memo of words kept by pseudonymization, drafting and verification
 * (design.md §1, P2: content is erased when the session ends). A memo of words — a folded word's
 * stem, its lexicon concepts, a word's lexicon verdict in the deid recognizers — is keyed by
 * transcript and note words: before pseudonymization these include patients' names, after it they
 * can still carry health content. Kept for the life of the process, such a memo would keep the
 * words of past consultations in memory. Every one is made with {@link createWordMemo} or, when it
 * is a cache of its own shape, registered with {@link registerWordMemo}, so {@link resetWordMemos}
 * empties them all at the end of each compute job, after a note is verified and when a
 * consultation ends. Tables built once from the lexicon or the code's own lists are static data and
 * need none.
 */

/** A bounded memo of a pure function of one word; see {@link createWordMemo}. */
export interface WordMemo<V> {
  /** The remembered value of `word`, or undefined. */
  get(word: string): V | undefined;
  /** Remembers `value` for `word`; a full memo is emptied first (it holds vocabulary, not text). */
  set(word: string, value: V): void;
}

/** A cache keyed by words that {@link resetWordMemos} can empty (a `Map` or `Set` is one). */
export interface ClearableWordMemo {
  /** Whether `word` is a key (test support; never what is kept for it). */
  has(word: string): boolean;
  /** How many words are kept. */
  readonly size: number;
  /** Forgets every word. */
  clear(): void;
}

/**
 * Held weakly: a cache owned by an object (one lexicon's token analysis, say) goes when its owner
 * does, and the registry never keeps it alive.
 */
const registered: WeakRef<ClearableWordMemo>[] = [];

/**
 * Registers a cache keyed by words that is not made with {@link createWordMemo} (an instance's
 * map, a cache with its own layout), so {@link resetWordMemos} empties it. Only for caches of pure
 * functions of the word: emptying changes nothing but the time a lookup takes. Returns `memo`.
 */
export function registerWordMemo<M extends ClearableWordMemo>(memo: M): M {
  registered.push(new WeakRef(memo));
  return memo;
}

function liveMemos(): ClearableWordMemo[] {
  const live: ClearableWordMemo[] = [];
  for (const reference of registered) {
    const memo = reference.deref();
    if (memo !== undefined) live.push(memo);
  }
  return live;
}

/**
 * A memo of words, registered so that {@link resetWordMemos} empties it. At most `limit` entries:
 * the memo is emptied when full, so a long job keeps vocabulary, never whole conversations. Only
 * for pure functions of the word: emptying changes nothing but the time a lookup takes.
 */
export function createWordMemo<V>(limit: number): WordMemo<V> {
  const entries = registerWordMemo(new Map<string, V>());
  return {
    get: (word) => entries.get(word),
    set(word, value) {
      if (entries.size >= limit) entries.clear();
      entries.set(word, value);
    },
  };
}

/**
 * Empties every memo of words (the end of a compute job, an erased or expired consultation): no
 * word of a finished consultation stays in this thread's memory through them.
 */
export function resetWordMemos(): void {
  let kept = 0;
  for (const reference of registered) {
    const memo = reference.deref();
    if (memo === undefined) continue;
    memo.clear();
    registered[kept++] = reference;
  }
  registered.length = kept;
}

/** Test support: how many memos are registered and how many entries they hold in all. */
export function countWordMemoEntries(): { readonly memos: number; readonly entries: number } {
  const memos = liveMemos();
  let entries = 0;
  for (const memo of memos) entries += memo.size;
  return { memos: memos.length, entries };
}

/** Test support: whether any registered memo has an entry for `word` (never what it holds). */
export function isWordInWordMemos(word: string): boolean {
  return liveMemos().some((memo) => memo.has(word));
}
