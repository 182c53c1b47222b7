import { open, type FileHandle } from 'node:fs/promises';

/** The two kinds of local model file Referent runs. */
export type ModelFileFormat = 'whisper-ggml' | 'gguf';

/** What is wrong with a model file, in plain English for the operator; undefined when it is fine. */
export type ModelFileProblem = string | undefined;

/**
 * Checks, without loading it, that a model file is structurally what its engine reads: the
 * legacy whisper.cpp `ggml` layout (`whisper_model_load`) or GGUF v2/v3 (ggml `docs/gguf.md`).
 * Every header is parsed and every tensor's data is located, so a truncated, corrupt or
 * wrong-format file is found at start-up instead of at the first recording or draft. Loading
 * itself is left to the engine: the whisper binding never settles its promise when whisper.cpp
 * fails to load (see whisper-transcriber.ts), so a load attempt is no reliable check.
 */
export async function checkModelFile(
  path: string,
  format: ModelFileFormat,
): Promise<ModelFileProblem> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    return 'the file does not exist or cannot be read';
  }
  try {
    const size = (await file.stat()).size;
    const reader = new FileReader(file, size);
    return format === 'whisper-ggml' ? await checkGgml(reader) : await checkGguf(reader);
  } catch (error) {
    if (error instanceof FormatError) return error.message;
    return 'the file cannot be read';
  } finally {
    await file.close();
  }
}

class FormatError extends Error {}

/** Sequential reads through a 1 MiB window, so skipping tensor data costs no I/O. */
class FileReader {
  private window = Buffer.alloc(0);
  private windowStart = 0;
  position = 0;

  constructor(
    private readonly file: FileHandle,
    readonly size: number,
  ) {}

  async bytes(length: number): Promise<Buffer> {
    if (length < 0 || this.position + length > this.size) {
      throw new FormatError('the file ends early (truncated or not a complete model)');
    }
    const offset = this.position - this.windowStart;
    if (offset < 0 || offset + length > this.window.length) {
      const wanted = Math.max(length, 1 << 20);
      const buffer = Buffer.alloc(Math.min(wanted, this.size - this.position));
      const { bytesRead } = await this.file.read(buffer, 0, buffer.length, this.position);
      this.window = buffer.subarray(0, bytesRead);
      this.windowStart = this.position;
    }
    const start = this.position - this.windowStart;
    this.position += length;
    return this.window.subarray(start, start + length);
  }

  async int32(): Promise<number> {
    return (await this.bytes(4)).readInt32LE(0);
  }

  async uint32(): Promise<number> {
    return (await this.bytes(4)).readUInt32LE(0);
  }

  async uint64(): Promise<number> {
    const value = (await this.bytes(8)).readBigUInt64LE(0);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new FormatError('a size field is corrupt');
    return Number(value);
  }

  skip(length: number): void {
    if (length < 0 || this.position + length > this.size) {
      throw new FormatError('the file ends early (truncated or not a complete model)');
    }
    this.position += length;
  }
}

/** Bytes per block and elements per block of the ggml tensor types (ggml.c `type_traits`). */
const ggmlTypes: ReadonlyMap<number, { readonly blockBytes: number; readonly blockSize: number }> =
  new Map([
    [0, { blockBytes: 4, blockSize: 1 }], // f32
    [1, { blockBytes: 2, blockSize: 1 }], // f16
    [2, { blockBytes: 18, blockSize: 32 }], // q4_0
    [3, { blockBytes: 20, blockSize: 32 }], // q4_1
    [6, { blockBytes: 22, blockSize: 32 }], // q5_0
    [7, { blockBytes: 24, blockSize: 32 }], // q5_1
    [8, { blockBytes: 34, blockSize: 32 }], // q8_0
    [9, { blockBytes: 36, blockSize: 32 }], // q8_1
    [10, { blockBytes: 84, blockSize: 256 }], // q2_K
    [11, { blockBytes: 110, blockSize: 256 }], // q3_K
    [12, { blockBytes: 144, blockSize: 256 }], // q4_K
    [13, { blockBytes: 176, blockSize: 256 }], // q5_K
    [14, { blockBytes: 210, blockSize: 256 }], // q6_K
    [15, { blockBytes: 292, blockSize: 256 }], // q8_K
    [24, { blockBytes: 1, blockSize: 1 }], // i8
    [25, { blockBytes: 2, blockSize: 1 }], // i16
    [26, { blockBytes: 4, blockSize: 1 }], // i32
    [27, { blockBytes: 8, blockSize: 1 }], // i64
    [28, { blockBytes: 8, blockSize: 1 }], // f64
    [30, { blockBytes: 2, blockSize: 1 }], // bf16
  ]);

function tensorBytes(type: number, dimensions: readonly number[]): number | undefined {
  const traits = ggmlTypes.get(type);
  if (traits === undefined) return undefined;
  const elements = dimensions.reduce((product, size) => product * size, 1);
  return Math.ceil(elements / traits.blockSize) * traits.blockBytes;
}

const ggmlMagic = 0x67676d6c;

/** whisper.cpp's legacy layout: magic, 11 hparams, mel filters, vocabulary, tensors to the end. */
async function checkGgml(reader: FileReader): Promise<ModelFileProblem> {
  if (reader.size < 48 || (await reader.uint32()) !== ggmlMagic) {
    return 'the file is not a whisper.cpp model (ggml): it does not start with the ggml magic number';
  }
  const hparams: number[] = [];
  for (let index = 0; index < 11; index++) hparams.push(await reader.int32());
  const [vocab = 0, audioContext = 0, audioState = 0, audioHeads = 0, audioLayers = 0] = hparams;
  const [textContext = 0, textState = 0, textHeads = 0, textLayers = 0, mels = 0] =
    hparams.slice(5);
  const plausible =
    vocab > 0 &&
    vocab < 1_000_000 &&
    [audioContext, audioState, audioHeads, audioLayers, textContext, textState, textHeads]
      .concat([textLayers, mels])
      .every((value) => value > 0 && value < 100_000);
  if (!plausible) return 'the model header is corrupt (implausible dimensions)';
  const filterMels = await reader.int32();
  const filterBins = await reader.int32();
  if (filterMels <= 0 || filterBins <= 0 || filterMels * filterBins > 10_000_000) {
    return 'the mel filter table is corrupt';
  }
  reader.skip(filterMels * filterBins * 4);
  const tokens = await reader.int32();
  if (tokens < 0 || tokens > vocab) return 'the vocabulary is corrupt';
  for (let token = 0; token < tokens; token++) {
    const length = await reader.uint32();
    if (length > 1024) return 'the vocabulary is corrupt';
    reader.skip(length);
  }
  let tensors = 0;
  while (reader.position < reader.size) {
    const dimensionCount = await reader.int32();
    const nameLength = await reader.int32();
    const type = await reader.int32();
    if (dimensionCount < 1 || dimensionCount > 4 || nameLength < 1 || nameLength > 256) {
      return `tensor ${tensors + 1} has a corrupt header`;
    }
    const dimensions: number[] = [];
    for (let index = 0; index < dimensionCount; index++) {
      const size = await reader.int32();
      if (size < 1) return `tensor ${tensors + 1} has a corrupt shape`;
      dimensions.push(size);
    }
    reader.skip(nameLength);
    const bytes = tensorBytes(type, dimensions);
    if (bytes === undefined) return `tensor ${tensors + 1} has an unknown type (${type})`;
    reader.skip(bytes);
    tensors += 1;
  }
  if (tensors === 0) return 'the file holds no weights (truncated after the vocabulary)';
  return undefined;
}

const ggufMagic = 0x46554747;
/** GGUF metadata value types (gguf.md `gguf_metadata_value_type`) with fixed sizes. */
const ggufScalarBytes: ReadonlyMap<number, number> = new Map([
  [0, 1],
  [1, 1],
  [2, 2],
  [3, 2],
  [4, 4],
  [5, 4],
  [6, 4],
  [7, 1],
  [10, 8],
  [11, 8],
  [12, 8],
]);
const ggufString = 8;
const ggufArray = 9;

async function readGgufString(reader: FileReader): Promise<string> {
  const length = await reader.uint64();
  if (length > 1 << 24) throw new FormatError('a metadata string is corrupt');
  return (await reader.bytes(length)).toString('utf8');
}

async function skipGgufValue(reader: FileReader, type: number, depth = 0): Promise<void> {
  const scalar = ggufScalarBytes.get(type);
  if (scalar !== undefined) {
    reader.skip(scalar);
    return;
  }
  if (type === ggufString) {
    reader.skip(await reader.uint64());
    return;
  }
  if (type === ggufArray && depth < 2) {
    const elementType = await reader.uint32();
    const count = await reader.uint64();
    const elementBytes = ggufScalarBytes.get(elementType);
    if (elementBytes !== undefined) {
      reader.skip(count * elementBytes);
      return;
    }
    for (let index = 0; index < count; index++) await skipGgufValue(reader, elementType, depth + 1);
    return;
  }
  throw new FormatError('the model metadata is corrupt');
}

/** GGUF: header, metadata, tensor infos, then tensor data at aligned offsets. */
async function checkGguf(reader: FileReader): Promise<ModelFileProblem> {
  if (reader.size < 24 || (await reader.uint32()) !== ggufMagic) {
    return 'the file is not a GGUF model: it does not start with "GGUF"';
  }
  const version = await reader.uint32();
  if (version !== 2 && version !== 3) return `GGUF version ${version} is not supported`;
  const tensorCount = await reader.uint64();
  const metadataCount = await reader.uint64();
  if (tensorCount === 0 || tensorCount > 1_000_000 || metadataCount > 1_000_000) {
    return 'the model header is corrupt';
  }
  let alignment = 32;
  for (let index = 0; index < metadataCount; index++) {
    const key = await readGgufString(reader);
    const type = await reader.uint32();
    if (key === 'general.alignment' && type === 4) {
      alignment = await reader.uint32();
      if (alignment === 0 || alignment % 8 !== 0) return 'the model metadata is corrupt';
    } else {
      await skipGgufValue(reader, type);
    }
  }
  let dataNeeded = 0;
  for (let index = 0; index < tensorCount; index++) {
    await readGgufString(reader);
    const dimensionCount = await reader.uint32();
    if (dimensionCount < 1 || dimensionCount > 4) return `tensor ${index + 1} has a corrupt header`;
    const dimensions: number[] = [];
    for (let dimension = 0; dimension < dimensionCount; dimension++) {
      dimensions.push(await reader.uint64());
    }
    const type = await reader.uint32();
    const offset = await reader.uint64();
    dataNeeded = Math.max(dataNeeded, offset + (tensorBytes(type, dimensions) ?? 0));
  }
  const dataStart = Math.ceil(reader.position / alignment) * alignment;
  if (dataStart + dataNeeded > reader.size) {
    return 'the file ends early (truncated or not a complete model)';
  }
  return undefined;
}
