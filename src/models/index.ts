export { checkModelFile } from './check-model-file.js';
export type { ModelFileFormat, ModelFileProblem } from './check-model-file.js';
export { checkConfiguredModelFiles } from './check-configured-models.js';
