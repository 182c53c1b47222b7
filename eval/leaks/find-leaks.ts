/**
 * Which parts of a consultation's direct identifiers appear in text sent to a language model.
 * Pure functions; `run-leak-check.ts` runs the real drafting pipeline and feeds them what a
 * capturing model server received.
 */

/** The identifier types that must never reach a model, in any part (issue 10). */
export const directTypes = ['PERSON', 'ID', 'PHONE', 'EMAIL', 'ADDRESS'] as const;
export type DirectType = (typeof directTypes)[number];

/** A direct identifier of a consultation, as its `phi` list (or patient/clinician) gives it. */
export interface DirectIdentifier {
  readonly type: DirectType;
  readonly text: string;
}

/** One part of an identifier to look for, and how. */
export interface IdentifierPart {
  readonly type: DirectType;
  /** 'whole': the identifier as written; 'name': a name token; 'digits': a digit sequence. */
  readonly kind: 'whole' | 'name' | 'digits';
  readonly text: string;
}

/** Words in a person's or address's span that are not a name ("doktor Vatne", "Storgata 5"). */
const notNames = new Set([
  'dr',
  'doktor',
  'lege',
  'legen',
  'overlege',
  'fastlege',
  'fastlegen',
  'sykepleier',
  'sykepleieren',
  'fysioterapeut',
  'jordmor',
  'professor',
  'fru',
  'frue',
  'herr',
  'frøken',
  'gate',
  'gata',
  'vei',
  'veg',
  'veien',
  'vegen',
  'allé',
  'plass',
  // "Postboks 214": the box word is no name; its number is what identifies.
  'postboks',
  'boks',
]);

/**
 * The parts to look for: the whole identifier; for persons and addresses each name token of three
 * letters or more; for identity and phone numbers every digit run of three or more and all the
 * digits together (in whatever grouping the text uses). Shorter digit runs ("18" of "924 18 356")
 * are left out: they are everyday numbers (ages, doses) and would count noise, not leaks.
 */
export function toIdentifierParts(identifiers: readonly DirectIdentifier[]): IdentifierPart[] {
  const parts = new Map<string, IdentifierPart>();
  const add = (part: IdentifierPart): void => {
    const key = `${part.kind}|${part.text.toLowerCase()}`;
    if (!parts.has(key)) parts.set(key, part);
  };
  for (const identifier of identifiers) {
    const text = identifier.text.trim().replace(/\s+/gu, ' ');
    if (text.length === 0) continue;
    add({ type: identifier.type, kind: 'whole', text });
    if (identifier.type === 'PERSON' || identifier.type === 'ADDRESS') {
      for (const token of text.split(/[^\p{L}]+/u)) {
        if (token.length < 3 || notNames.has(token.toLowerCase())) continue;
        // In an address only capitalised words are names ("Lisleby allé 9" → "Lisleby").
        if (identifier.type === 'ADDRESS' && token === token.toLowerCase()) continue;
        add({ type: identifier.type, kind: 'name', text: token });
      }
    }
    if (identifier.type === 'ID' || identifier.type === 'PHONE') {
      const digits = text.replace(/\D/gu, '');
      if (digits.length >= 3) add({ type: identifier.type, kind: 'digits', text: digits });
      for (const run of text.match(/\d{3,}/gu) ?? [])
        add({ type: identifier.type, kind: 'digits', text: run });
    }
  }
  return [...parts.values()];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** How often `part` occurs in `text`: whole words, any case; digits in any grouping. */
export function countOccurrences(part: IdentifierPart, text: string): number {
  if (part.kind === 'digits') {
    // Digit groups joined by a space, dot or dash are one number: "924 18 356" holds "92418356".
    let count = 0;
    for (const match of text.matchAll(/\d(?:[ .-]?\d)*/gu)) {
      const digits = match[0].replace(/\D/gu, '');
      if (digits === part.text || (part.text.length >= 6 && digits.includes(part.text))) count++;
    }
    return count;
  }
  const words = part.text.split(' ').map(escapeRegExp).join('\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].length;
}

/** A part of an identifier found in what the model received. */
export interface Leak {
  readonly part: IdentifierPart;
  readonly occurrences: number;
}

/** Every part of `identifiers` found in `sent` (the text of every request to the model). */
export function findLeaks(identifiers: readonly DirectIdentifier[], sent: string): Leak[] {
  const leaks: Leak[] = [];
  for (const part of toIdentifierParts(identifiers)) {
    const occurrences = countOccurrences(part, sent);
    if (occurrences > 0) leaks.push({ part, occurrences });
  }
  return leaks;
}
