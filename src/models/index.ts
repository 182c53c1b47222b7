export { checkModelFile } from './check-model-file.js';
export type { ModelFileFormat, ModelFileProblem } from './check-model-file.js';
export { checkConfiguredModelFiles } from './check-configured-models.js';
export {
  installableModels,
  languageModelCatalog,
  modelCatalog,
  speechModelCatalog,
  tryGetCatalogModel,
  tryGetModel,
} from './model-catalog.js';
export type { CatalogModel, ModelCatalogEntry, ModelKind } from './model-catalog.js';
export {
  pullModel,
  modelsDirectory,
  downloadModel,
  commitDownload,
  discardDownload,
  hashFileIfPresent,
} from './pull-model.js';
export type { PullModelOptions, ModelDownloadPlan, DownloadedModel } from './pull-model.js';
export { listModels, formatModelList } from './list-models.js';
export type { ModelListing } from './list-models.js';
export { formatProgressBar, formatBytes } from './format-progress-bar.js';
export { createModelSourceFetch } from './create-model-source-fetch.js';
export { createEngineSwitch } from './engine-switch.js';
export type { EngineSwitch, LoadedSpeechEngine, ModelLoaders } from './engine-switch.js';
export { createModelSetup, installJobSchema } from './model-setup.js';
export type {
  ModelSetup,
  ModelSetupDeps,
  ModelOverview,
  ModelState,
  EngineState,
  InstallJob,
} from './model-setup.js';
export { findNativeEngineProblem } from './native-engines.js';
export type { NativeEngine } from './native-engines.js';
