export { createSettingsService } from './settings-service.js';
export type { SettingsService, InstallationSettings } from './settings-service.js';
