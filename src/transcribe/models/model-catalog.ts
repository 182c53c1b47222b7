/**
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

/** The named models, smallest first. `nb-whisper-base` is the default for a laptop CPU. */
export const modelCatalog: readonly ModelCatalogEntry[] = [
  {
    name: 'nb-whisper-tiny',
    description: 'NB-Whisper Tiny (ggml f16): fastest, least accurate',
    url: `${huggingFace}/NbAiLab/nb-whisper-tiny/resolve/e1f27a9e70ac6e20a6e6d7762dc757c958ac510c/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-tiny.bin',
    approximateBytes: 77_700_000,
    sha256: null,
    verifiedFrom: 'no verified hash for this revision; pass --sha256',
  },
  {
    name: 'nb-whisper-base',
    description: 'NB-Whisper Base (ggml f16): a good default on a laptop CPU',
    url: `${huggingFace}/NbAiLab/nb-whisper-base/resolve/8d1dd41a2f2523041419a13f56034c118d8c041c/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-base.bin',
    approximateBytes: 148_000_000,
    sha256: '05fc04a7f16b634b99e0cbbe5e4e78a00469b834219e83df39ab4f8bca5c4b97',
    verifiedFrom: `${huggingFace}/NbAiLab/nb-whisper-base/blob/8d1dd41a2f2523041419a13f56034c118d8c041c/ggml-model.bin`,
  },
  {
    name: 'nb-whisper-small',
    description: 'NB-Whisper Small (ggml f16): better accuracy, needs a fast CPU',
    url: `${huggingFace}/NbAiLab/nb-whisper-small/resolve/main/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-small.bin',
    approximateBytes: 488_000_000,
    sha256: null,
    verifiedFrom: 'no verified hash for the published revision; pass --sha256',
  },
  {
    name: 'nb-whisper-medium',
    description: 'NB-Whisper Medium (ggml f16): high accuracy, slow on CPU',
    url: `${huggingFace}/NbAiLab/nb-whisper-medium/resolve/0ed074d5985bd56ca4140159a9dbffbc3fb5117e/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-medium.bin',
    approximateBytes: 1_530_000_000,
    sha256: null,
    verifiedFrom: 'no verified hash for this revision; pass --sha256',
  },
  {
    name: 'nb-whisper-large',
    description: 'NB-Whisper Large (ggml f16): best accuracy, needs a server or GPU',
    url: `${huggingFace}/NbAiLab/nb-whisper-large/resolve/78cb1b6fd47d697cdd7f3106d64138a0009c5b76/ggml-model.bin`,
    fileName: 'ggml-nb-whisper-large.bin',
    approximateBytes: 3_100_000_000,
    sha256: '0f2f66f22e11a7c7da3c582d8e5c89cb2c0011753ba9c7c9731e320a4ba33e76',
    verifiedFrom: `${huggingFace}/NbAiLab/nb-whisper-large/blob/78cb1b6fd47d697cdd7f3106d64138a0009c5b76/ggml-model.bin`,
  },
];

/** The catalogue entry with this name, or undefined. */
export function tryGetModel(
  name: string,
  catalog: readonly ModelCatalogEntry[] = modelCatalog,
): ModelCatalogEntry | undefined {
  return catalog.find((entry) => entry.name === name);
}
