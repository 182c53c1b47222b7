export { createAuditLog } from './audit-log.js';
export type {
  AuditLog,
  AuditAction,
  AuditOutcome,
  AuditEntryInput,
  AuditVerification,
} from './audit-log.js';
export { writeAuditAnchor, readAuditAnchors } from './audit-anchor.js';
export type { AuditAnchor } from './audit-anchor.js';
export type { AuditRecord } from '../store/index.js';
