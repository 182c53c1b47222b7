/**
 * Folding and word tokens for the drafting code, under the names it uses. The one implementation
 * is `src/language` (`foldText`, `tokenizeWords`).
 */
export { foldText as fold, tokenizeWords as tokenize } from '../../language/index.js';
export type { WordToken } from '../../language/index.js';
