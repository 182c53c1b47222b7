import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { createCapabilities, createPseudonymizerCapability } from '../../src/capabilities.js';
import { loadConfig } from '../../src/config/index.js';
import { getSharedConsultationsDirectory } from '../../src/testing/shared-data.js';
import { draftDocument } from '../../src/consultations/index.js';
import {
  asRawText,
  createJsonLogger,
  knownPatientSchema,
  speakers,
  templateIds,
  type IdGenerator,
  type KnownPatient,
  type TemplateId,
} from '../../src/core/index.js';
import {
  jsonMessage,
  startFakeOpenAiServer,
} from '../../src/draft/engines/openai/testing/fake-openai-server.js';
import { directTypes, findLeaks, type DirectIdentifier, type Leak } from './find-leaks.js';

/** A consultation file: the shared ones, eval/draft cases and held-out cases have this shape. */
const consultationSchema = z.looseObject({
  id: z.string(),
  template: z.string().optional(),
  patient: z
    .looseObject({
      name: z.string().nullish(),
      fnr: z.string().nullish(),
      birthDate: z.string().nullish(),
    })
    .optional(),
  clinician: z.looseObject({ name: z.string().nullish(), hpr: z.string().nullish() }).optional(),
  segments: z.array(z.looseObject({ speaker: z.enum(speakers), text: z.string() })).min(1),
  phi: z.array(z.looseObject({ text: z.string(), type: z.string() })).default([]),
});
type ConsultationFile = z.infer<typeof consultationSchema>;

/** Where the consultations are: absolute, or relative to the repository root. */
export const leakCheckSets = {
  dev: [
    getSharedConsultationsDirectory(),
    'eval/draft/cases',
    'eval/draft/cases-s36k',
    'eval/draft/cases-s37d',
    'eval/draft/cases-s37e',
    'eval/draft/cases-s38d',
    'eval/draft/cases-s38k',
    'eval/draft/cases-s39d',
    'eval/draft/cases-s40h',
  ],
  heldout: ['eval/draft/heldout'],
  /** The later held-out draft sets (sessions 4–7), each by an author who never read the rules. */
  heldoutLater: [
    'eval/draft/heldout-v2',
    'eval/draft/heldout-v3',
    'eval/draft/heldout-v4',
    'eval/draft/heldout-v5',
  ],
  /** The sixth held-out draft set (session 8), reported and gated on its own. */
  heldoutV6: ['eval/draft/heldout-v6'],
  /** The seventh held-out draft set (session 9), reported and gated on its own. */
  heldoutV7: ['eval/draft/heldout-v7'],
  /** The eighth held-out draft set (session 11), reported and gated on its own. */
  heldoutV8: ['eval/draft/heldout-v8'],
  /** The ninth held-out draft set (session 14), reported and gated on its own. */
  heldoutV9: ['eval/draft/heldout-v9'],
  /** The tenth held-out draft set (session 17), reported and gated on its own. */
  heldoutV10: ['eval/draft/heldout-v10'],
  /** The eleventh held-out draft set (session 18), reported and gated on its own. */
  heldoutV11: ['eval/draft/heldout-v11'],
  /** The twelfth held-out draft set (session 19), reported and gated on its own. */
  heldoutV12: ['eval/draft/heldout-v12'],
  /** The thirteenth held-out draft set (session 21), reported and gated on its own. */
  heldoutV13: ['eval/draft/heldout-v13'],
  /** The fourteenth held-out draft set (session 22), reported and gated on its own. */
  heldoutV14: ['eval/draft/heldout-v14'],
  /** The fifteenth held-out draft set (session 23), reported and gated on its own. */
  heldoutV15: ['eval/draft/heldout-v15'],
  /** The sixteenth held-out draft set (session 24), reported and gated on its own. */
  heldoutV16: ['eval/draft/heldout-v16'],
  /** The seventeenth held-out draft set (session 25), reported and gated on its own. */
  heldoutV17: ['eval/draft/heldout-v17'],
  /** The eighteenth held-out draft set (session 26), reported and gated on its own. */
  heldoutV18: ['eval/draft/heldout-v18'],
  /** The nineteenth held-out draft set (session 27), reported and gated on its own. */
  heldoutV19: ['eval/draft/heldout-v19'],
  /** The twentieth held-out draft set (session 28), reported and gated on its own. */
  heldoutV20: ['eval/draft/heldout-v20'],
  /** The twenty-first held-out draft set (session 29), reported and gated on its own. */
  heldoutV21: ['eval/draft/heldout-v21'],
  /** The twenty-second held-out draft set (session 30), reported and gated on its own. */
  heldoutV22: ['eval/draft/heldout-v22'],
  /** The twenty-third held-out draft set (session 31), reported and gated on its own. */
  heldoutV23: ['eval/draft/heldout-v23'],
  /** The twenty-fourth held-out draft set (session 32), reported and gated on its own. */
  heldoutV24: ['eval/draft/heldout-v24'],
  /** The twenty-fifth held-out draft set (session 33), reported and gated on its own. */
  heldoutV25: ['eval/draft/heldout-v25'],
  /** The twenty-sixth held-out draft set (session 34), reported on its own. */
  heldoutV26: ['eval/draft/heldout-v26'],
  /** The twenty-seventh held-out draft set (session 35), reported on its own. */
  heldoutV27: ['eval/draft/heldout-v27'],
  /** The twenty-eighth held-out draft set (session 36), reported on its own. */
  heldoutV28: ['eval/draft/heldout-v28'],
  /** The twenty-ninth held-out draft set (session 37), reported on its own. */
  heldoutV29: ['eval/draft/heldout-v29'],
  /** The thirtieth held-out draft set (session 38), reported on its own. */
  heldoutV30: ['eval/draft/heldout-v30'],
  /** The thirty-first held-out draft set (session 39), reported on its own. */
  heldoutV31: ['eval/draft/heldout-v31'],
  /** The thirty-second held-out draft set (session 40), reported on its own. */
  heldoutV32: ['eval/draft/heldout-v32'],
} as const;

/** The result for one consultation. Held-out results are reported as counts only. */
export interface ConsultationLeaks {
  readonly id: string;
  readonly requests: number;
  /** Characters of message text sent, against the transcript's: shows the transcript was sent. */
  readonly sentCharacters: number;
  readonly transcriptCharacters: number;
  readonly leaks: readonly Leak[];
}

/** Reads every `*.json` consultation in the folders that exist, sorted by name. */
export async function loadConsultations(
  root: string,
  folders: readonly string[],
): Promise<ConsultationFile[]> {
  const files: ConsultationFile[] = [];
  for (const folder of folders) {
    const directory = resolve(root, folder);
    if (!existsSync(directory)) continue;
    for (const name of (await readdir(directory)).filter((file) => file.endsWith('.json')).sort())
      files.push(
        consultationSchema.parse(JSON.parse(await readFile(join(directory, name), 'utf8'))),
      );
  }
  return files;
}

function directIdentifiers(consultation: ConsultationFile): DirectIdentifier[] {
  const isDirect = (type: string): type is DirectIdentifier['type'] =>
    (directTypes as readonly string[]).includes(type);
  const identifiers: DirectIdentifier[] = consultation.phi.flatMap((entry) =>
    isDirect(entry.type) ? [{ type: entry.type, text: entry.text }] : [],
  );
  const { patient, clinician } = consultation;
  if (patient?.name) identifiers.push({ type: 'PERSON', text: patient.name });
  if (patient?.fnr) identifiers.push({ type: 'ID', text: patient.fnr });
  if (clinician?.name) identifiers.push({ type: 'PERSON', text: clinician.name });
  if (clinician?.hpr) identifiers.push({ type: 'ID', text: clinician.hpr });
  return identifiers;
}

function knownPatientOf(consultation: ConsultationFile): KnownPatient | undefined {
  const patient = consultation.patient;
  if (patient === undefined) return undefined;
  const parsed = knownPatientSchema.safeParse({
    ...(patient.name ? { name: patient.name } : {}),
    ...(patient.fnr ? { fnr: patient.fnr } : {}),
    ...(patient.birthDate ? { birthDate: patient.birthDate } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}

/** Reproducible surrogates: the same run gives the same requests. */
function seededIds(seed: string): IdGenerator {
  let counter = 0;
  const block = (): Buffer => createHmac('sha256', seed).update(String(counter++)).digest();
  return {
    newId: () => block().toString('hex').slice(0, 32),
    randomBytes: (bytes) => {
      const chunks: Buffer[] = [];
      let length = 0;
      while (length < bytes) {
        const next = block();
        chunks.push(next);
        length += next.length;
      }
      return Buffer.concat(chunks).subarray(0, bytes);
    },
  };
}

/**
 * Drafts every consultation through the real pipeline (pseudonymize → `openai` engine → verify →
 * re-identify) against a capturing OpenAI-compatible server on 127.0.0.1, and lists the parts of
 * each consultation's direct identifiers found in the messages the server received.
 */
export async function runLeakCheck(
  consultations: readonly ConsultationFile[],
): Promise<ConsultationLeaks[]> {
  const server = await startFakeOpenAiServer();
  try {
    // The model's answer does not matter here, only what it was sent.
    server.setFallback(() => jsonMessage({ sections: [], diagnoses: [] }));
    const config = loadConfig({
      REFERENT_LLM_ENGINE: 'openai',
      REFERENT_LLM_BASE_URL: server.baseUrl,
      REFERENT_LLM_MODEL: 'leak-check',
    });
    const capabilities = await createCapabilities(config, {
      logger: createJsonLogger({ write: () => undefined }),
    });
    const drafting = capabilities.drafting;
    if (drafting === undefined) throw new Error('the openai engine did not start');
    const results: ConsultationLeaks[] = [];
    for (const consultation of consultations) {
      const before = server.requests.length;
      const known = knownPatientOf(consultation);
      const template = (templateIds as readonly string[]).includes(consultation.template ?? '')
        ? (consultation.template as TemplateId)
        : 'journalnotat';
      await draftDocument({
        transcript: {
          segments: consultation.segments.map((segment) => ({
            speaker: segment.speaker,
            text: asRawText(segment.text),
          })),
        },
        templateId: template,
        ...(known === undefined ? {} : { known }),
        pseudonymizer: createPseudonymizerCapability(seededIds(consultation.id)),
        drafting,
      });
      const requests = server.requests.slice(before);
      const sent = requests
        .flatMap((request) => request.body?.messages.map((message) => message.content ?? '') ?? [])
        .join('\n');
      results.push({
        id: consultation.id,
        requests: requests.length,
        sentCharacters: sent.length,
        transcriptCharacters: consultation.segments.reduce(
          (sum, segment) => sum + segment.text.length,
          0,
        ),
        leaks: findLeaks(directIdentifiers(consultation), sent),
      });
    }
    return results;
  } finally {
    await server.close();
  }
}

/** Leaked parts in all results: distinct (consultation, part) pairs and their occurrences. */
export function countLeaks(results: readonly ConsultationLeaks[]): {
  readonly parts: number;
  readonly occurrences: number;
  readonly consultations: number;
} {
  let parts = 0;
  let occurrences = 0;
  let consultations = 0;
  for (const result of results) {
    parts += result.leaks.length;
    for (const leak of result.leaks) occurrences += leak.occurrences;
    if (result.leaks.length > 0) consultations++;
  }
  return { parts, occurrences, consultations };
}
