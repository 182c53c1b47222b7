/**
 * The one catalogue of models Referent can install (`referent models`, the admin screen, and
 * `referent models pull`): speech-to-text models for whisper.cpp and language models for the
 * `llama` engine, each with guidance in Norwegian for the admin who chooses.
 *
 * Speech-to-text models `referent models pull NAME` knows by name: the National Library of
 * Norway's NB-Whisper family in whisper.cpp's ggml format (Apache-2.0), trained on Norwegian
 * speech (bokmål and nynorsk).
 *
 * Each entry is pinned to a repository revision where we could verify the file's SHA-256 against
 * the Hugging Face LFS pointer (recorded in `verifiedFrom`). Where no verified hash was available
 * when this catalogue was written, `sha256` is `null` and `pullModel` refuses to download unless
 * the operator supplies the hash (`--sha256 HEX`) from a source they trust: a model is never
 * installed without verification.
 */
export interface ModelCatalogEntry {
  readonly name: string;
  readonly description: string;
  /** Where the file is downloaded from (an operator action; printed before it starts, P4). */
  readonly url: string;
  /** File name inside `<data>/models/`. */
  readonly fileName: string;
  /** Approximate size as published, for display; the download itself trusts Content-Length. */
  readonly approximateBytes: number;
  /** Lower-case hex SHA-256 of the whole file, or null when no verified value is known. */
  readonly sha256: string | null;
  /** Where the hash was read (the LFS pointer page), or why it is missing. */
  readonly verifiedFrom: string;
}

const huggingFace = 'https://huggingface.co';

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

const notPinned =
  'no SHA-256 is published with a pinned revision; the computed hash is shown to the admin to confirm';

/**
 * The NB-Whisper sizes, smallest first; `nb-whisper-base` is the default for a laptop CPU.
 * Guidance: memory figures are whisper.cpp's published needs per model size (README, "Memory
 * usage"); speed and accuracy are relative, as the National Library of Norway describes the family.
 */
export const speechModelCatalog: readonly CatalogModel[] = [
  {
    kind: 'speech',
    title: 'NB-Whisper Tiny',
    name: 'nb-whisper-tiny',
    description: 'NB-Whisper Tiny (ggml f16): fastest, least accurate',
    url: `${huggingFace}/NbAiLab/nb-whisper-tiny/resolve/e1f27a9e70ac6e20a6e6d7762dc757c958ac510c/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-tiny.bin',
    approximateBytes: 77_700_000,
    sha256: null,
    verifiedFrom: 'no verified hash for this revision; pass --sha256',
    guidance: {
      speed: 'Svært rask: sanntid på alle maskiner',
      quality: 'Lav: mange feil i navn og medisinske ord',
      memory: 'ca. 0,3 GB',
      licence: 'Apache-2.0',
    },
  },
  {
    kind: 'speech',
    title: 'NB-Whisper Base',
    name: 'nb-whisper-base',
    description: 'NB-Whisper Base (ggml f16): a good default on a laptop CPU',
    url: `${huggingFace}/NbAiLab/nb-whisper-base/resolve/8d1dd41a2f2523041419a13f56034c118d8c041c/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-base.bin',
    approximateBytes: 148_000_000,
    sha256: '05fc04a7f16b634b99e0cbbe5e4e78a00469b834219e83df39ab4f8bca5c4b97',
    verifiedFrom: `${huggingFace}/NbAiLab/nb-whisper-base/blob/8d1dd41a2f2523041419a13f56034c118d8c041c/ggml-model.bin`,
    guidance: {
      speed: 'Rask: sanntid på en vanlig bærbar PC',
      quality: 'Middels: god nok for de fleste samtaler, sjekk medisinske ord',
      memory: 'ca. 0,4 GB',
      licence: 'Apache-2.0',
    },
    recommended: true,
  },
  {
    kind: 'speech',
    title: 'NB-Whisper Small',
    name: 'nb-whisper-small',
    description: 'NB-Whisper Small (ggml f16): better accuracy, needs a fast CPU',
    url: `${huggingFace}/NbAiLab/nb-whisper-small/resolve/main/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-small.bin',
    approximateBytes: 488_000_000,
    sha256: null,
    verifiedFrom: 'no verified hash for the published revision; pass --sha256',
    guidance: {
      speed: 'Middels: trenger en rask prosessor for sanntid',
      quality: 'God',
      memory: 'ca. 0,9 GB',
      licence: 'Apache-2.0',
    },
  },
  {
    kind: 'speech',
    title: 'NB-Whisper Medium',
    name: 'nb-whisper-medium',
    description: 'NB-Whisper Medium (ggml f16): high accuracy, slow on CPU',
    url: `${huggingFace}/NbAiLab/nb-whisper-medium/resolve/0ed074d5985bd56ca4140159a9dbffbc3fb5117e/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-medium.bin',
    approximateBytes: 1_530_000_000,
    sha256: null,
    verifiedFrom: 'no verified hash for this revision; pass --sha256',
    guidance: {
      speed: 'Langsom på prosessor: best med skjermkort eller server',
      quality: 'Høy',
      memory: 'ca. 2,1 GB',
      licence: 'Apache-2.0',
    },
  },
  {
    kind: 'speech',
    title: 'NB-Whisper Large',
    name: 'nb-whisper-large',
    description: 'NB-Whisper Large (ggml f16): best accuracy, needs a server or GPU',
    url: `${huggingFace}/NbAiLab/nb-whisper-large/resolve/78cb1b6fd47d697cdd7f3106d64138a0009c5b76/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-large.bin',
    approximateBytes: 3_100_000_000,
    sha256: '0f2f66f22e11a7c7da3c582d8e5c89cb2c0011753ba9c7c9731e320a4ba33e76',
    verifiedFrom: `${huggingFace}/NbAiLab/nb-whisper-large/blob/78cb1b6fd47d697cdd7f3106d64138a0009c5b76/ggml-model.bin`,
    guidance: {
      speed: 'Trenger server eller skjermkort',
      quality: 'Best',
      memory: 'ca. 3,9 GB',
      licence: 'Apache-2.0',
    },
  },
];

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
  ...speechModelCatalog,
  ...languageModelCatalog,
];

/** The speech-to-text models `referent models pull NAME` downloads (`speechModelCatalog`). */
export const modelCatalog: readonly ModelCatalogEntry[] = speechModelCatalog;

/** The catalogue entry with this name, or undefined (the speech models by default). */
export function tryGetModel(
  name: string,
  catalog: readonly ModelCatalogEntry[] = modelCatalog,
): ModelCatalogEntry | undefined {
  return catalog.find((entry) => entry.name === name);
}

/** The installable model with this name, or undefined. */
export function tryGetCatalogModel(
  name: string,
  catalog: readonly CatalogModel[] = installableModels,
): CatalogModel | undefined {
  return catalog.find((model) => model.name === name);
}
