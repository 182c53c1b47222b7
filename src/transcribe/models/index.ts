export { modelCatalog, tryGetModel } from './model-catalog.js';
export type { ModelCatalogEntry } from './model-catalog.js';
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
