import { asRawText, type RawText } from '../core/index.js';
import { formatDate, parseDate, shiftDate } from './date-format.js';
import { detectIdentifiers } from './detect-identifiers.js';
import { recognizeDates } from './recognizers/dates.js';
import { tokenize } from './tokenize.js';
import type { PhiType } from './types.js';
import type { Vault } from './vault.js';

/** Warnings shown to the clinician; they name the kind of value, never the value. */
const warningByType: Readonly<Partial<Record<PhiType, string>>> = {
  PERSON: 'Utkastet nevner en person som ikke finnes i samtalen.',
  ID: 'Utkastet inneholder et identifikasjonsnummer som ikke finnes i samtalen.',
  PHONE: 'Utkastet inneholder et telefonnummer som ikke finnes i samtalen.',
  EMAIL: 'Utkastet inneholder en e-postadresse som ikke finnes i samtalen.',
  ADDRESS: 'Utkastet inneholder en adresse som ikke finnes i samtalen.',
  POSTAL_CODE: 'Utkastet inneholder et postnummer som ikke finnes i samtalen.',
  LOCATION: 'Utkastet nevner et sted som ikke finnes i samtalen.',
  ORGANIZATION: 'Utkastet nevner en virksomhet som ikke finnes i samtalen.',
  WORKPLACE: 'Utkastet nevner en arbeidsplass som ikke finnes i samtalen.',
  DATE: 'Utkastet nevner en dato som ikke finnes i samtalen.',
  OTHER:
    'Utkastet inneholder en opplysning som kan identifisere noen, og som ikke finnes i samtalen.',
};

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function applyCaseOf(real: string, written: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase())
    return real.toUpperCase();
  if (written === written.toLowerCase() && written !== written.toUpperCase())
    return real.toLowerCase();
  return real;
}

/**
 * Puts the real values back into text a language model wrote from pseudonymized input. Survives
 * genitive -s, case changes, a first name or surname used alone, line breaks inside names,
 * regrouped numbers and dates written in another form. Anything that looks like an identifier but
 * is not in the vault (an invented person, number or date) produces a warning.
 */
export function reidentify(
  text: string,
  vault: Vault,
): { text: RawText; warnings: readonly string[] } {
  const replacements: Replacement[] = [];
  const taken = new Uint8Array(text.length);
  const warnings = new Set<string>();
  const add = (replacement: Replacement): boolean => {
    for (let index = replacement.start; index < replacement.end; index++)
      if (taken[index] === 1) return false;
    taken.fill(1, replacement.start, replacement.end);
    replacements.push(replacement);
    return true;
  };
  const entries = vault.getEntries();

  // Numbers: compare digits only, whatever the grouping.
  const byDigits = new Map<string, string>();
  for (const entry of entries) {
    if (entry.type === 'ID' || entry.type === 'PHONE' || entry.type === 'POSTAL_CODE') {
      const digits = entry.surrogate.replace(/\D/gu, '');
      if (digits.length >= 4) byDigits.set(digits, entry.real);
    }
  }
  if (byDigits.size > 0) {
    const numberRun = /(?<![\d])\+?\d(?:[ .-]?\d){3,16}(?!\d)/gu;
    for (let match = numberRun.exec(text); match !== null; match = numberRun.exec(text)) {
      const real = byDigits.get(match[0].replace(/\D/gu, ''));
      if (real !== undefined)
        add({ start: match.index, end: match.index + match[0].length, text: real });
    }
  }

  // Text surrogates (places, institutions, addresses, e-mail, exact dates): flexible whitespace,
  // any case, optional genitive.
  const textEntries = entries
    .filter(
      (entry) =>
        entry.type !== 'ID' &&
        entry.type !== 'PHONE' &&
        entry.type !== 'POSTAL_CODE' &&
        entry.surrogate.length > 1,
    )
    .sort((left, right) => right.surrogate.length - left.surrogate.length);
  for (const entry of textEntries) {
    const words = entry.surrogate.trim().split(/\s+/u).map(escapeRegExp);
    const pattern = new RegExp(
      `(?<![\\p{L}\\d])${words.join('\\s{1,4}')}(s|'s|’s)?(?![\\p{L}\\d])`,
      'giu',
    );
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const genitive = match[1] ?? '';
      const written = match[0].slice(0, match[0].length - genitive.length);
      const real =
        entry.type === 'EMAIL' || entry.type === 'OTHER'
          ? entry.real
          : applyCaseOf(entry.real, written);
      add({ start: match.index, end: match.index + match[0].length, text: real + genitive });
    }
  }

  // Dates in any form: shift back by the consultation's offset.
  const realDates = new Set(
    entries.filter((entry) => entry.type === 'DATE').map((entry) => entry.key),
  );
  const dateCandidates = recognizeDates(text).sort(
    (left, right) => right.end - right.start - (left.end - left.start),
  );
  for (const candidate of dateCandidates) {
    const written = text.slice(candidate.start, candidate.end);
    const trailingDot = /\d\.\d{1,2}\.$/u.test(written) ? '.' : '';
    const parsed = parseDate(trailingDot === '' ? written : written.slice(0, -1));
    if (parsed === undefined) continue;
    const real = shiftDate(parsed, -vault.dateOffsetDays);
    if (
      !add({
        start: candidate.start,
        end: candidate.end,
        text: formatDate(real, parsed.style) + trailingDot,
      })
    )
      continue;
    const key = `${real.year ?? ''}-${real.month ?? ''}-${real.day ?? ''}`;
    const known = [...realDates].some((date) => {
      const [year = '', month = '', day = ''] = date.split('-');
      return (
        (real.year === undefined || year === '' || year === String(real.year)) &&
        (real.month === undefined || month === '' || month === String(real.month)) &&
        (real.day === undefined || day === '' || day === String(real.day)) &&
        date.length > 2
      );
    });
    if (!realDates.has(key) && !known) warnings.add(warningByType.DATE ?? '');
  }

  // Name parts, one token at a time: "Evens", "MOEN", a first name alone, a name across a line break.
  const parts = new Map<string, string>();
  for (const part of vault.getNameParts()) parts.set(part.surrogate.toLowerCase(), part.real);
  if (parts.size > 0) {
    for (const token of tokenize(text)) {
      if (token.kind !== 'word') continue;
      let base = token.lower;
      let suffix = '';
      if (!parts.has(base)) {
        const genitive = /(?:'s|’s|s)$/u.exec(base)?.[0];
        if (genitive === undefined || !parts.has(base.slice(0, -genitive.length))) continue;
        base = base.slice(0, -genitive.length);
        suffix = token.text.slice(token.text.length - genitive.length);
      }
      const real = parts.get(base);
      if (real === undefined) continue;
      const written = token.text.slice(0, token.text.length - suffix.length);
      const realCased =
        written === written.toUpperCase() && written.length > 1
          ? real.toUpperCase()
          : written === written.toLowerCase()
            ? real
            : real.replace(
                /(^|-)(\p{L})/gu,
                (_match, separator: string, letter: string) => separator + letter.toUpperCase(),
              );
      add({ start: token.start, end: token.end, text: realCased + suffix });
    }
  }

  // Anything identifier-like left over was not in the conversation.
  for (const entity of detectIdentifiers(text, { minConfidence: 0.6 })) {
    if (entity.type === 'AGE') continue;
    let covered = false;
    for (let index = entity.start; index < entity.end; index++) {
      if (taken[index] === 1) {
        covered = true;
        break;
      }
    }
    if (!covered) warnings.add(warningByType[entity.type] ?? '');
  }

  replacements.sort((left, right) => left.start - right.start);
  const pieces: string[] = [];
  let cursor = 0;
  for (const replacement of replacements) {
    pieces.push(text.slice(cursor, replacement.start), replacement.text);
    cursor = replacement.end;
  }
  pieces.push(text.slice(cursor));
  return {
    text: asRawText(pieces.join('')),
    warnings: [...warnings].filter((warning) => warning.length > 0),
  };
}
