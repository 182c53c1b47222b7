export { createAuditLog } from './audit-log.js';
export type {
  AuditLog,
  AuditAction,
  AuditOutcome,
  AuditEntryInput,
  AuditVerification,
} from './audit-log.js';
