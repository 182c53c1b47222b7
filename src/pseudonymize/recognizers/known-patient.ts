import { tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

/** Identifier forms derived from what the EHR or clinician passed for the patient. */
export interface KnownForms {
  /** Lower-case name parts (≥ 2 characters). */
  readonly nameParts: ReadonlySet<string>;
  /** Initials forms: "SHE", "S.H.E.", "S. H. E." and first+last "SE", "S.E.". */
  readonly initials: readonly string[];
}

/** Builds the forms to look for from a patient name. */
export function createKnownForms(name: string | undefined): KnownForms {
  const parts = (name ?? '')
    .split(/[\s]+/u)
    .flatMap((part) => [part, ...(part.includes('-') ? part.split('-') : [])])
    .map((part) => part.replace(/[.,]/gu, '').toLowerCase())
    .filter((part) => part.length >= 2);
  const words = (name ?? '').split(/\s+/u).filter((part) => part.length > 0);
  const letters = words.map((word) => word.charAt(0).toUpperCase());
  const initials = new Set<string>();
  if (letters.length >= 2) {
    const firstLast = [letters[0] ?? '', letters[letters.length - 1] ?? ''];
    for (const set of [letters, firstLast]) {
      initials.add(set.join(''));
      initials.add(`${set.join('.')}.`);
      initials.add(`${set.join('. ')}.`);
    }
  }
  return {
    nameParts: new Set(parts),
    initials: [...initials].filter((form) => form.replaceAll(/[. ]/gu, '').length >= 2),
  };
}

/**
 * Every mention of the seeded name: parts alone, genitive, any casing, initials. A part that is
 * also an ordinary word ("Per", "Vik", "Strand") counts in lower case only next to another part,
 * so "per dag" and "ved stranda" stay as they are.
 */
export function recognizeKnownPatient(
  text: string,
  tokens: readonly Token[],
  forms: KnownForms,
  isCommonWord: (lower: string) => boolean = () => false,
): Candidate[] {
  const out: Candidate[] = [];
  if (forms.nameParts.size === 0) return out;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word') continue;
    const lower = token.lower;
    const base = forms.nameParts.has(lower)
      ? lower
      : lower.endsWith('s') && forms.nameParts.has(lower.slice(0, -1))
        ? lower.slice(0, -1)
        : (lower.endsWith("'s") || lower.endsWith('’s')) && forms.nameParts.has(lower.slice(0, -2))
          ? lower.slice(0, -2)
          : undefined;
    if (base === undefined) continue;
    const nextToken = tokenAt(tokens, index + 1);
    const nextIsPart =
      nextToken !== undefined && forms.nameParts.has(nextToken.lower.replace(/(?:'s|’s|s)$/u, ''));
    const previousToken = tokenAt(tokens, index - 1);
    const previousIsPart = previousToken !== undefined && forms.nameParts.has(previousToken.lower);
    if (
      !token.capitalised &&
      !token.allCaps &&
      isCommonWord(base) &&
      !nextIsPart &&
      !previousIsPart
    )
      continue;
    let last = index;
    while (last + 1 < tokens.length) {
      const next = tokenAt(tokens, last + 1);
      const current = tokenAt(tokens, last);
      if (next === undefined || current === undefined || next.kind !== 'word') break;
      const gap = text.slice(current.end, next.start);
      if (!/^\s{1,3}$/u.test(gap)) break;
      const nextLower = next.lower.replace(/(?:'s|’s|s)$/u, '');
      if (!forms.nameParts.has(next.lower) && !forms.nameParts.has(nextLower)) break;
      last++;
    }
    out.push({
      start: token.start,
      end: tokenAt(tokens, last)?.end ?? token.end,
      type: 'PERSON',
      subtype: 'known-patient',
      confidence: 1,
    });
    index = last;
  }
  for (const form of forms.initials) {
    let from = text.indexOf(form);
    while (from >= 0) {
      const before = from === 0 ? '' : text.charAt(from - 1);
      const after = text.charAt(from + form.length);
      if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) {
        out.push({
          start: from,
          end: from + form.length,
          type: 'PERSON',
          subtype: 'initials',
          confidence: 0.95,
        });
      }
      from = text.indexOf(form, from + form.length);
    }
  }
  return out;
}

/** Marks of a word cut off in speech: "Tesfa …", "Gebre—". */
const cutOffAfter = /^\s?(?:…|\.\.\.|—|–|-(?!\p{L}))/u;

/**
 * "Tesfa … kan du stave det?": the start of a name part of the patient's, four letters or more,
 * cut off in speech (an ellipsis or a dash right after it), is that name part begun. Said alone it
 * tells the model the name. A word in lower case that is a dictionary word or the start of one
 * ("Jeg hadde sten— nyrestein", "hoft... altså lyska") is that word begun, not the name.
 */
export function recognizeCutOffKnownNames(
  text: string,
  tokens: readonly Token[],
  forms: KnownForms,
  isWord: (lower: string) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  if (forms.nameParts.size === 0) return out;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.text.length < 4 || forms.nameParts.has(token.lower))
      continue;
    if (!cutOffAfter.test(text.slice(token.end, token.end + 4))) continue;
    if (!token.capitalised && beginsWord(token.lower, isWord)) continue;
    const begun = [...forms.nameParts].some(
      (part) => part.length > token.lower.length && part.startsWith(token.lower),
    );
    if (begun)
      out.push({
        start: token.start,
        end: token.end,
        type: 'PERSON',
        subtype: 'known-patient',
        confidence: 0.95,
      });
  }
  return out;
}

/** Endings that complete a word begun in speech: "hoft…" → "hofte". */
const completions = ['', 'e', 'en', 'er', 'et', 'a', 'ene', 'ing', 's', 't', 'r', 'n', 'el', 'le'];

/** True when `lower` is a dictionary word or begins one with a common ending ("hoft" → "hofte"). */
function beginsWord(lower: string, isWord: (lower: string) => boolean): boolean {
  return completions.some((ending) => isWord(lower + ending));
}
