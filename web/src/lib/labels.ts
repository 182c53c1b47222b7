/** Norwegian names for the states and kinds the API reports (design §6, docs/api.md). */

export const consultationStatuses = [
  'created',
  'capturing',
  'transcribed',
  'drafted',
  'in-review',
  'approved',
  'exported',
  'discarded',
  'erased',
  'expired',
] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

export const statusLabels: Readonly<Record<ConsultationStatus, string>> = {
  created: 'Venter på opptak',
  capturing: 'Opptak pågår',
  transcribed: 'Transkribert',
  drafted: 'Utkast klart',
  'in-review': 'Under gjennomgang',
  approved: 'Godkjent',
  exported: 'Overført',
  discarded: 'Forkastet og slettet',
  erased: 'Slettet',
  expired: 'Utløpt og slettet',
};

/** True for the states in which every piece of content has been destroyed. */
export function isEndedStatus(status: ConsultationStatus): boolean {
  return status === 'discarded' || status === 'erased' || status === 'expired';
}

/** True once a draft exists (or existed) and the review screen applies. */
export function hasDraftStatus(status: ConsultationStatus): boolean {
  return (
    status === 'drafted' || status === 'in-review' || status === 'approved' || status === 'exported'
  );
}

export const templateIds = ['journalnotat', 'epikrise', 'henvisning', 'pasientbrev'] as const;
export type TemplateId = (typeof templateIds)[number];

export const templateTitles: Readonly<Record<TemplateId, string>> = {
  journalnotat: 'Journalnotat',
  epikrise: 'Epikrise',
  henvisning: 'Henvisning',
  pasientbrev: 'Pasientbrev',
};

export const speakers = ['lege', 'pasient', 'pårørende', 'sykepleier', 'ukjent'] as const;
export type Speaker = (typeof speakers)[number];

export const speakerLabels: Readonly<Record<Speaker, string>> = {
  lege: 'Lege',
  pasient: 'Pasient',
  pårørende: 'Pårørende',
  sykepleier: 'Sykepleier',
  ukjent: 'Ukjent',
};

export const roles = ['clinician', 'admin', 'auditor'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Readonly<Record<Role, string>> = {
  clinician: 'Kliniker',
  admin: 'Administrator',
  auditor: 'Revisor',
};

export const consentMethods = ['muntlig', 'skriftlig'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

export const codeSystems = ['ICPC-2', 'ICD-10'] as const;
export type CodeSystem = (typeof codeSystems)[number];

/** Engine kinds the server reports (`builtin`, `none`, …) as a Norwegian clinician reads them. */
export const engineLabels: Readonly<Record<string, string>> = {
  builtin: 'innebygd regelmotor',
  openai: 'ekstern tjeneste (OpenAI-kompatibel)',
  llama: 'lokal språkmodell',
  whisper: 'lokal talegjenkjenning (Whisper)',
  fhir: 'FHIR-mottaker',
  download: 'nedlasting av modellfiler',
  none: 'ikke satt opp',
};

/** The Norwegian name of an engine kind; unknown kinds are shown as they are. */
export function toEngineLabel(kind: string): string {
  return engineLabels[kind] ?? kind;
}
