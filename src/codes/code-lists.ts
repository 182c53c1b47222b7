import { ICD10, ICPC2 } from '@navikt/diagnosekoder';
import type { CodeSystem } from '../core/index.js';
import {
  createCodeIndex,
  type CodeEntry,
  type CodeIndex,
  type CodeSearchOptions,
} from './code-index.js';

/*
 * The Norwegian code lists come from @navikt/diagnosekoder (MIT, maintained by NAV), which is
 * generated from Helsedirektoratet's terminology API (FAT/KoTe): ICPC-2 (708 codes, Norwegian
 * edition) and ICD-10 (about 19,600 codes, Norwegian texts, without the dot).
 *
 * The index is immutable reference data built once on first use; it holds no state that changes,
 * so it is not a singleton in the sense of conventions §4 (no hidden context, nothing to inject).
 */
let defaultIndex: CodeIndex | undefined;

/** The index over the Norwegian ICPC-2 and ICD-10 lists, built on first use (about 50 ms). */
export function getNorwegianCodeIndex(): CodeIndex {
  defaultIndex ??= createCodeIndex(loadNorwegianCodes());
  return defaultIndex;
}

function* loadNorwegianCodes(): Generator<CodeEntry> {
  for (const code of ICPC2) yield { system: 'ICPC-2', code: code.code, text: code.text };
  for (const code of ICD10) yield { system: 'ICD-10', code: code.code, text: code.text };
}

/**
 * The entry for an ICPC-2 or ICD-10 code with its Norwegian text, or `undefined` when the code
 * does not exist. ICD-10 may be written with or without the dot ("J03.9", "J039"); the entry
 * holds the dot-less form.
 */
export function tryGetCode(system: CodeSystem, code: string): CodeEntry | undefined {
  return getNorwegianCodeIndex().tryGetCode(system, code);
}

/** True when the code exists in the Norwegian list of that system. */
export function isKnownCode(system: CodeSystem, code: string): boolean {
  return getNorwegianCodeIndex().isKnownCode(system, code);
}

/**
 * Searches both lists (or one, with `options.system`) by code prefix and by Norwegian words,
 * case- and diacritics-insensitive, best first; ICPC-2 before ICD-10 on equal rank.
 */
export function searchCodes(query: string, options?: CodeSearchOptions): readonly CodeEntry[] {
  return getNorwegianCodeIndex().searchCodes(query, options);
}
