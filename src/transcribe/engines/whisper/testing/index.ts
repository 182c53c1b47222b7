export { writeTinyGgml, buildTinyGgml } from './write-tiny-ggml.js';
export type { TinyGgmlOptions, TinyGgmlFile } from './write-tiny-ggml.js';
