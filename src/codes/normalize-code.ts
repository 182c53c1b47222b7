import type { CodeSystem } from '../core/index.js';

/*
 * Code formats.
 *
 * ICPC-2: a chapter letter and two digits ("R74"); the Norwegian edition adds four-character
 * codes ("A981", "D991"). Stored and exported as written, upper case.
 *
 * ICD-10: a letter, two characters, then an optional subdivision. WHO writes a dot after the
 * category ("J03.9"); the Norwegian code list (Volven 7110, Helsedirektoratet's FAT/KoTe API that
 * @navikt/diagnosekoder is generated from) and Norwegian EPJ systems store it without the dot
 * ("J039"). We store and export the dot-less form and accept both on input. A few Norwegian
 * extension codes carry lower-case letters ("T4n", "V0n0a"), so lookups compare upper case.
 */

const icpc2Pattern = /^[A-Z]\d{2}\d?$/;
const icd10Pattern = /^[A-Z]\d[0-9A-Z](?:[0-9A-Z]{1,3})?$/;

/**
 * The lookup key for a code as a clinician or a model may write it: trimmed, upper case, without
 * the ICD-10 dot or spaces. Returns `undefined` when the input cannot be a code of that system
 * (it does not say whether the code exists; use `isKnownCode` for that).
 */
export function toCodeKey(system: CodeSystem, code: string): string | undefined {
  const compact = code.trim().toUpperCase().replace(/[\s.]/g, '');
  switch (system) {
    case 'ICPC-2':
      return icpc2Pattern.test(compact) ? compact : undefined;
    case 'ICD-10':
      return icd10Pattern.test(compact) ? compact : undefined;
  }
}

/**
 * The code as people read it: ICD-10 with the dot after the category ("J03.9"), ICPC-2 unchanged.
 * Use for display only; stored and exported codes are dot-less.
 */
export function formatCode(system: CodeSystem, code: string): string {
  if (system === 'ICD-10' && code.length > 3 && !code.includes('.')) {
    return `${code.slice(0, 3)}.${code.slice(3)}`;
  }
  return code;
}
