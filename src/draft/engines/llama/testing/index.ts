/** Test support for the llama engine: tiny GGUF model files a test writes itself. */
export {
  createTinyGguf,
  createTinyVocabulary,
  writeTinyGguf,
  type TinyGgufOptions,
} from './write-tiny-gguf.js';
