export * from './errors.js';
export * from './privacy.js';
export * from './clock.js';
export * from './ids.js';
export * from './transcript.js';
export * from './template.js';
export * from './draft.js';
export * from './consultation.js';
