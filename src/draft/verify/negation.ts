/** Moved to `language/negation.ts` so the built-in engine can share it; re-exported for old imports. */
export { negatedWords } from '../language/negation.js';
