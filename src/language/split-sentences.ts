/** A sentence of a segment, with its span in the segment text. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A single capital letter, or Strep/Staph, ending a text: an abbreviated genus before its point.
 * (Module level: `tsx` compiles a literal with `\p{…}` outside a class
 * into a `new RegExp` where it stands, so inside a function it was built on every call; issue 11.)
 */
const abbreviatedGenus = /(?<![\p{L}\p{N}])(?:\p{Lu}|Strep|Staph)$/u;

/**
 * Splits spoken text into sentences at ".", "!" and "?" followed by a space, and after a
 * cut-off "—". An ellipsis ("...") is a pause, not a sentence end, unless a capital follows it.
 * Spans index into the original text; surrounding whitespace is trimmed.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from] ?? '')) from += 1;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
    if (to > from && /[\p{L}\p{N}]/u.test(text.slice(from, to)))
      sentences.push({ text: text.slice(from, to), start: from, end: to });
    start = end;
  };
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    const next = text[index + 1];
    if (character === '.' && text.slice(index, index + 3) === '...') {
      // A pause: break only when a capital letter starts the next word.
      const after = text.slice(index + 3).trimStart();
      if (/^\p{Lu}/u.test(after)) push(index + 3);
      index += 2;
      continue;
    }
    if (
      (character === '.' || character === '!' || character === '?') &&
      (next === undefined || /\s/.test(next))
    ) {
      // Keep abbreviations and ordinals ("4. november", "dr. Hansen") inside the sentence.
      const before = text.slice(Math.max(0, index - 4), index);
      if (character === '.' && /\d$/.test(before) && /^\s+\p{Ll}/u.test(text.slice(index + 1)))
        continue;
      if (
        character === '.' &&
        /\b(?:dr|ca|ev|bl\.a|kl|nr|pas|mht|evt|f\.eks)$/i.test(
          text.slice(Math.max(0, index - 6), index),
        )
      )
        continue;
      // A species with an abbreviated genus ("E. coli", "S. aureus", "Strep. pyogenes"): a
      // single capital letter (or Strep/Staph) before the point and a Latin species epithet
      // after it. Lower-case speech-to-text ("vitamin D. har du") still ends the sentence.
      if (
        character === '.' &&
        abbreviatedGenus.test(text.slice(Math.max(0, index - 6), index)) &&
        startsWithSpeciesEpithet(text.slice(index + 1))
      )
        continue;
      push(index + 1);
      continue;
    }
    if (character === '—' && (next === undefined || /\s/.test(next))) {
      push(index + 1);
    }
  }
  push(text.length);
  return sentences;
}

/**
 * A Latin species epithet after an abbreviated genus: "coli", "pylori", "burgdorferi", or a
 * lower-case word of four letters or more with a Latin ending (aureus, faecium, pneumoniae,
 * jirovecii, catarrhalis, pyogenes, albicans, difficile, aeruginosa, lamblia). Norwegian words
 * with those endings that start a spoken sentence ("hvis", "gradvis", "status") are not epithets.
 */
function startsWithSpeciesEpithet(rest: string): boolean {
  const word = /^\s(\p{Ll}+)(?![\p{L}\p{N}])/u.exec(rest)?.[1];
  if (word === undefined) return false;
  if (/^(?:coli|pylori|burgdorferi)$/.test(word)) return true;
  if (/vis$|^(?:status|gratis)$/.test(word)) return false;
  return /^\p{Ll}{2,}(?:us|um|ae|ii|is|es|ans|ile|osa|lia)$/u.test(word);
}
