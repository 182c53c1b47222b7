/**
 * One registry for every memo of words kept by drafting and verification (design.md §1, P2:
 * content is erased when the session ends). A memo of words — a folded word's stem, its lexicon
 * concepts, its side — is keyed by transcript and note words, which after pseudonymization can
 * still carry health content; module-level, it would keep the words of past consultations in
 * memory for as long as the process runs. Every such memo is made with {@link createWordMemo}, so
 * {@link resetWordMemos} empties them all at the end of each compute job and when a consultation
 * ends. Tables built once from the lexicon or the code's own lists are static data and need none.
 */

/** A bounded memo of a pure function of one word; see {@link createWordMemo}. */
export interface WordMemo<V> {
  /** The remembered value of `word`, or undefined. */
  get(word: string): V | undefined;
  /** Remembers `value` for `word`; a full memo is emptied first (it holds vocabulary, not text). */
  set(word: string, value: V): void;
}

const registered: Map<string, unknown>[] = [];

/**
 * A memo of words, registered so that {@link resetWordMemos} empties it. At most `limit` entries:
 * the memo is emptied when full, so a long job keeps vocabulary, never whole conversations. Only
 * for pure functions of the word: emptying changes nothing but the time a lookup takes.
 */
export function createWordMemo<V>(limit: number): WordMemo<V> {
  const entries = new Map<string, V>();
  registered.push(entries);
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
  for (const entries of registered) entries.clear();
}

/** Test support: how many memos are registered and how many entries they hold in all. */
export function countWordMemoEntries(): { readonly memos: number; readonly entries: number } {
  let entries = 0;
  for (const memo of registered) entries += memo.size;
  return { memos: registered.length, entries };
}

/** Test support: whether any registered memo has an entry for `word` (never what it holds). */
export function isWordInWordMemos(word: string): boolean {
  return registered.some((memo) => memo.has(word));
}
