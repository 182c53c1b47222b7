export type { CodeEntry, CodeIndex, CodeSearchOptions } from './code-index.js';
export { createCodeIndex } from './code-index.js';
export { getNorwegianCodeIndex, isKnownCode, searchCodes, tryGetCode } from './code-lists.js';
export { formatCode, toCodeKey } from './normalize-code.js';
