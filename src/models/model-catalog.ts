import { modelCatalog as speechModelEntries, type ModelCatalogEntry } from '../transcribe/index.js';

/** What a model is for: speech-to-text (whisper.cpp) or drafting (node-llama-cpp). */
export type ModelKind = 'speech' | 'language';

/**
 * A model the admin screen and `referent models` can install: the download entry plus guidance in
 * Norwegian for the admin who chooses (size, speed, accuracy, memory, licence).
 */
export interface CatalogModel extends ModelCatalogEntry {
  readonly kind: ModelKind;
  readonly title: string;
  readonly guidance: {
    /** How fast it runs on an ordinary clinic machine. */
    readonly speed: string;
    /** How good the result is for Norwegian clinical speech or text. */
    readonly quality: string;
    /** Working memory it needs. */
    readonly memory: string;
    readonly licence: string;
  };
  readonly recommended?: boolean;
}

/**
 * Guidance for the NB-Whisper sizes. Memory figures are whisper.cpp's published needs per model
 * size (README, "Memory usage"); speed and accuracy are relative, as the National Library of
 * Norway describes the family.
 */
const speechGuidance: Readonly<Record<string, Omit<CatalogModel, keyof ModelCatalogEntry>>> = {
  'nb-whisper-tiny': {
    kind: 'speech',
    title: 'NB-Whisper Tiny',
    guidance: {
      speed: 'Svært rask: sanntid på alle maskiner',
      quality: 'Lav: mange feil i navn og medisinske ord',
      memory: 'ca. 0,3 GB',
      licence: 'Apache-2.0',
    },
  },
  'nb-whisper-base': {
    kind: 'speech',
    title: 'NB-Whisper Base',
    guidance: {
      speed: 'Rask: sanntid på en vanlig bærbar PC',
      quality: 'Middels: god nok for de fleste samtaler, sjekk medisinske ord',
      memory: 'ca. 0,4 GB',
      licence: 'Apache-2.0',
    },
    recommended: true,
  },
  'nb-whisper-small': {
    kind: 'speech',
    title: 'NB-Whisper Small',
    guidance: {
      speed: 'Middels: trenger en rask prosessor for sanntid',
      quality: 'God',
      memory: 'ca. 0,9 GB',
      licence: 'Apache-2.0',
    },
  },
  'nb-whisper-medium': {
    kind: 'speech',
    title: 'NB-Whisper Medium',
    guidance: {
      speed: 'Langsom på prosessor: best med skjermkort eller server',
      quality: 'Høy',
      memory: 'ca. 2,1 GB',
      licence: 'Apache-2.0',
    },
  },
  'nb-whisper-large': {
    kind: 'speech',
    title: 'NB-Whisper Large',
    guidance: {
      speed: 'Trenger server eller skjermkort',
      quality: 'Best',
      memory: 'ca. 3,9 GB',
      licence: 'Apache-2.0',
    },
  },
};

const huggingFace = 'https://huggingface.co';
const notPinned =
  'no SHA-256 is published with a pinned revision; the computed hash is shown to the admin to confirm';

/**
 * Local language models for the `llama` engine: instruction-tuned, able to write Norwegian, in
 * GGUF at Q4_K_M (the usual balance of size and quality). None has a published hash we could pin
 * here, so every install shows the computed SHA-256 for the admin to confirm (and audits it).
 * Memory is the file size plus the context (8k tokens) and working space, rounded up.
 */
export const languageModelCatalog: readonly CatalogModel[] = [
  {
    kind: 'language',
    name: 'llama-3.2-3b-instruct',
    title: 'Llama 3.2 3B Instruct (Q4_K_M)',
    description: 'Llama 3.2 3B Instruct, GGUF Q4_K_M: small, weak Norwegian',
    url: `${huggingFace}/bartowski/Llama-3.2-3B-Instruct-GGUF/resolve/main/Llama-3.2-3B-Instruct-Q4_K_M.gguf`,
    fileName: 'Llama-3.2-3B-Instruct-Q4_K_M.gguf',
    approximateBytes: 2_020_000_000,
    sha256: null,
    verifiedFrom: notPinned,
    guidance: {
      speed: 'Rask nok på en vanlig bærbar PC',
      quality: 'Svak norsk (norsk er ikke et offisielt støttet språk); kun til prøving',
      memory: 'ca. 4 GB',
      licence: 'Llama 3.2 Community License',
    },
  },
  {
    kind: 'language',
    name: 'qwen2.5-7b-instruct',
    title: 'Qwen 2.5 7B Instruct (Q4_K_M)',
    description: 'Qwen 2.5 7B Instruct, GGUF Q4_K_M: good JSON, fair Norwegian',
    url: `${huggingFace}/bartowski/Qwen2.5-7B-Instruct-GGUF/resolve/main/Qwen2.5-7B-Instruct-Q4_K_M.gguf`,
    fileName: 'Qwen2.5-7B-Instruct-Q4_K_M.gguf',
    approximateBytes: 4_680_000_000,
    sha256: null,
    verifiedFrom: notPinned,
    guidance: {
      speed: 'Langsom på prosessor (minutter per notat); raskere med skjermkort',
      quality: 'Brukbar norsk, følger malen godt',
      memory: 'ca. 7 GB',
      licence: 'Apache-2.0',
    },
    recommended: true,
  },
  {
    kind: 'language',
    name: 'llama-3.1-8b-instruct',
    title: 'Llama 3.1 8B Instruct (Q4_K_M)',
    description: 'Llama 3.1 8B Instruct, GGUF Q4_K_M: fair Norwegian',
    url: `${huggingFace}/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF/resolve/main/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf`,
    fileName: 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf',
    approximateBytes: 4_920_000_000,
    sha256: null,
    verifiedFrom: notPinned,
    guidance: {
      speed: 'Langsom på prosessor (minutter per notat); raskere med skjermkort',
      quality: 'Brukbar norsk',
      memory: 'ca. 7 GB',
      licence: 'Llama 3.1 Community License',
    },
  },
  {
    kind: 'language',
    name: 'gemma-2-9b-it',
    title: 'Gemma 2 9B Instruct (Q4_K_M)',
    description: 'Gemma 2 9B Instruct, GGUF Q4_K_M: good Norwegian',
    url: `${huggingFace}/bartowski/gemma-2-9b-it-GGUF/resolve/main/gemma-2-9b-it-Q4_K_M.gguf`,
    fileName: 'gemma-2-9b-it-Q4_K_M.gguf',
    approximateBytes: 5_760_000_000,
    sha256: null,
    verifiedFrom: notPinned,
    guidance: {
      speed: 'Langsom på prosessor; skjermkort anbefales',
      quality: 'God norsk',
      memory: 'ca. 9 GB',
      licence: 'Gemma Terms of Use',
    },
  },
  {
    kind: 'language',
    name: 'mistral-nemo-instruct-2407',
    title: 'Mistral NeMo 12B Instruct (Q4_K_M)',
    description: 'Mistral NeMo 12B Instruct 2407, GGUF Q4_K_M: good Norwegian, large',
    url: `${huggingFace}/bartowski/Mistral-Nemo-Instruct-2407-GGUF/resolve/main/Mistral-Nemo-Instruct-2407-Q4_K_M.gguf`,
    fileName: 'Mistral-Nemo-Instruct-2407-Q4_K_M.gguf',
    approximateBytes: 7_480_000_000,
    sha256: null,
    verifiedFrom: notPinned,
    guidance: {
      speed: 'Trenger skjermkort eller server',
      quality: 'God norsk',
      memory: 'ca. 11 GB',
      licence: 'Apache-2.0',
    },
  },
];

/** Every installable model: the NB-Whisper sizes, then the language models. */
export const installableModels: readonly CatalogModel[] = [
  ...speechModelEntries.map((entry): CatalogModel => {
    const extra = speechGuidance[entry.name];
    if (extra === undefined) throw new Error(`no guidance for ${entry.name}`);
    return { ...entry, ...extra };
  }),
  ...languageModelCatalog,
];

/** The installable model with this name, or undefined. */
export function tryGetCatalogModel(
  name: string,
  catalog: readonly CatalogModel[] = installableModels,
): CatalogModel | undefined {
  return catalog.find((model) => model.name === name);
}
