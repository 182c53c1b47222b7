import { isSpaceBetween, tokenAt, type Token } from '../tokenize.js';

/** Where a frame's cue word stands, and how long a word must be to be the name beside it. */
export interface CueSlot {
  /** 'before': the cue opens the slot ("spør Per", "gift med Torkild"); 'after': it closes it ("Bråten gård"). */
  readonly cueSide: 'before' | 'after';
  /** Fewest characters the word needs ("spør Per" takes three); 1 takes any word. */
  readonly minLength: number;
}

/**
 * The word at `index` when it can be the name said right beside a cue word of a frame ("spør
 * Per", "hentet av wanjiru", "gift med Torkild", "Bråten gård"): a word — no punctuation, digits
 * or word in capitals — of at least `slot.minLength` characters, parted only by white space from
 * the token next to it on the cue's side. `undefined` otherwise, and where no token stands on that
 * side. The recognizer tests the cue token itself (`lowerAt(tokens, index - 1)`) and whether the
 * word is a name.
 */
export function nameBesideCue(
  text: string,
  tokens: readonly Token[],
  index: number,
  slot: CueSlot,
): Token | undefined {
  const name = tokenAt(tokens, index);
  if (name === undefined || name.kind !== 'word' || name.allCaps) return undefined;
  if (name.text.length < slot.minLength) return undefined;
  if (slot.cueSide === 'before') {
    const cue = tokenAt(tokens, index - 1);
    return cue !== undefined && isSpaceBetween(text, cue.end, name.start) ? name : undefined;
  }
  const cue = tokenAt(tokens, index + 1);
  return cue !== undefined && isSpaceBetween(text, name.end, cue.start) ? name : undefined;
}
