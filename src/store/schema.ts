import type { Generated } from 'kysely';

/** Database tables (Kysely types). Content columns hold only AES-256-GCM ciphertext. */
export interface Database {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  consultations: ConsultationsTable;
  content: ContentTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  settings: SettingsTable;
  audio_usage: AudioUsageTable;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  hpr: string | null;
  password_hash: string;
  disabled: number;
  created_at: number;
  failed_logins: number;
  locked_until: number;
}

export interface AuthSessionsTable {
  /** SHA-256 of the bearer token; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  revoked: number;
}

export interface ConsultationsTable {
  id: string;
  owner_id: string;
  status: string;
  template: string;
  templates: string;
  consent_method: string;
  consent_at: number;
  created_at: number;
  updated_at: number;
  expires_at: number;
  ended_at: number | null;
  approved_at: number | null;
  approved_by: string | null;
  exported_at: number | null;
  /** The data key wrapped by the master key; NULL once erased (crypto-shredding). */
  wrapped_key: Buffer | null;
  version: number;
}

export interface ContentTable {
  consultation_id: string;
  field: string;
  ciphertext: Buffer;
  updated_at: number;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: number;
  actor_id: string;
  actor_role: string;
  action: string;
  consultation_id: string | null;
  patient_ref: string | null;
  outcome: string;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  /** HMAC over seq and hash, so truncating the log's tail is detected. */
  seal: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** Audio a consultation has taken against its budget (numbers only, no content; issue 14). */
export interface AudioUsageTable {
  consultation_id: string;
  bytes: number;
  seconds: number;
}
