import { writeFile } from 'node:fs/promises';

/**
 * Writes a tiny, valid llama-architecture GGUF v3 model for tests (no download, a few hundred KB).
 *
 * The model is nonsense (seeded random weights), but it has everything llama.cpp needs to load it,
 * tokenize, evaluate and sample: the `llama` hyperparameters, a SentencePiece-style vocabulary with
 * all 256 byte-fallback tokens (so any text tokenizes and any JSON can be generated), printable
 * ASCII and Norwegian letters as single-character tokens, a few whole words, BOS/EOS, and f32
 * tensors for one transformer block. Grammar-constrained generation on it must still yield valid
 * JSON, which is what the llama engine's tests check.
 *
 * Format: GGUF v3 as specified in ggml's `docs/gguf.md` (little-endian; header, key-value
 * metadata, tensor infos, padding to `general.alignment`, tensor data with aligned offsets).
 */
export interface TinyGgufOptions {
  /** Seed of the weight generator; the same seed writes the same bytes. */
  readonly seed?: number;
  /** `llama.context_length`, the context the "training" used. */
  readonly contextLength?: number;
  readonly embeddingLength?: number;
  readonly blockCount?: number;
  readonly headCount?: number;
  readonly feedForwardLength?: number;
}

const ggufMagic = 0x46_55_47_47; // "GGUF" read as a little-endian uint32
const ggufVersion = 3;
const alignment = 32;

/** GGUF metadata value types (gguf.md, `gguf_metadata_value_type`). */
const valueType = {
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
} as const;

/** llama.cpp token types (`llama_token_type`). */
const tokenType = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;

const ggmlTypeF32 = 0;

type MetadataValue =
  | { readonly type: 'uint32'; readonly value: number }
  | { readonly type: 'int32'; readonly value: number }
  | { readonly type: 'float32'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'string-array'; readonly value: readonly string[] }
  | { readonly type: 'float32-array'; readonly value: readonly number[] }
  | { readonly type: 'int32-array'; readonly value: readonly number[] };

interface Tensor {
  readonly name: string;
  /** ggml order: `dimensions[0]` is the innermost (contiguous) dimension. */
  readonly dimensions: readonly number[];
  readonly data: Float32Array;
}

/** Whole words the tokenizer prefers over single characters (SentencePiece "▁" marks a space). */
const words = [
  '▁Pasienten',
  '▁pasienten',
  '▁Lege',
  '▁har',
  '▁ikke',
  '▁feber',
  '▁hoste',
  '▁smerter',
  '▁i',
  '▁og',
  '▁med',
  'sections',
  'sentences',
  'diagnoses',
  'evidence',
  'segment',
  'key',
  'text',
  'system',
  'code',
];

/** The vocabulary: tokens, scores and types, in id order. */
export function createTinyVocabulary(): {
  readonly tokens: readonly string[];
  readonly scores: readonly number[];
  readonly types: readonly number[];
} {
  const tokens: string[] = ['<unk>', '<s>', '</s>'];
  const scores: number[] = [0, 0, 0];
  const types: number[] = [tokenType.unknown, tokenType.control, tokenType.control];
  for (let byte = 0; byte < 256; byte += 1) {
    tokens.push(`<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`);
    scores.push(0);
    types.push(tokenType.byte);
  }
  const characters = ['▁'];
  for (let code = 0x21; code <= 0x7e; code += 1) characters.push(String.fromCharCode(code));
  characters.push('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'é');
  for (const character of characters) {
    tokens.push(character);
    scores.push(-100);
    types.push(tokenType.normal);
  }
  for (const [index, word] of words.entries()) {
    tokens.push(word);
    scores.push(-10 - index / 100);
    types.push(tokenType.normal);
  }
  return { tokens, scores, types };
}

/** Builds the GGUF file's bytes. */
export function createTinyGguf(options: TinyGgufOptions = {}): Buffer {
  const embedding = options.embeddingLength ?? 64;
  const blocks = options.blockCount ?? 1;
  const heads = options.headCount ?? 4;
  const feedForward = options.feedForwardLength ?? 128;
  const headDimension = embedding / heads;
  if (!Number.isInteger(headDimension) || headDimension % 2 !== 0) {
    throw new Error('embeddingLength / headCount must be an even integer');
  }
  const vocabulary = createTinyVocabulary();
  const vocabularySize = vocabulary.tokens.length;

  const metadata: [string, MetadataValue][] = [
    ['general.architecture', { type: 'string', value: 'llama' }],
    ['general.name', { type: 'string', value: 'referent-tiny-test' }],
    ['general.alignment', { type: 'uint32', value: alignment }],
    ['general.file_type', { type: 'uint32', value: 0 }], // all f32
    ['llama.context_length', { type: 'uint32', value: options.contextLength ?? 4096 }],
    ['llama.embedding_length', { type: 'uint32', value: embedding }],
    ['llama.block_count', { type: 'uint32', value: blocks }],
    ['llama.feed_forward_length', { type: 'uint32', value: feedForward }],
    ['llama.attention.head_count', { type: 'uint32', value: heads }],
    ['llama.attention.head_count_kv', { type: 'uint32', value: heads }],
    ['llama.rope.dimension_count', { type: 'uint32', value: headDimension }],
    ['llama.rope.freq_base', { type: 'float32', value: 10_000 }],
    ['llama.attention.layer_norm_rms_epsilon', { type: 'float32', value: 1e-5 }],
    ['llama.vocab_size', { type: 'uint32', value: vocabularySize }],
    ['tokenizer.ggml.model', { type: 'string', value: 'llama' }],
    ['tokenizer.ggml.tokens', { type: 'string-array', value: vocabulary.tokens }],
    ['tokenizer.ggml.scores', { type: 'float32-array', value: vocabulary.scores }],
    ['tokenizer.ggml.token_type', { type: 'int32-array', value: vocabulary.types }],
    ['tokenizer.ggml.unknown_token_id', { type: 'uint32', value: 0 }],
    ['tokenizer.ggml.bos_token_id', { type: 'uint32', value: 1 }],
    ['tokenizer.ggml.eos_token_id', { type: 'uint32', value: 2 }],
    ['tokenizer.ggml.add_bos_token', { type: 'bool', value: true }],
    ['tokenizer.ggml.add_eos_token', { type: 'bool', value: false }],
  ];

  const random = createRandom(options.seed ?? 1);
  const randomMatrix = (columns: number, rows: number, scale: number): Float32Array => {
    const data = new Float32Array(columns * rows);
    for (let index = 0; index < data.length; index += 1) data[index] = (random() * 2 - 1) * scale;
    return data;
  };
  const ones = (length: number): Float32Array => new Float32Array(length).fill(1);

  const tensors: Tensor[] = [
    {
      name: 'token_embd.weight',
      dimensions: [embedding, vocabularySize],
      data: randomMatrix(embedding, vocabularySize, 1),
    },
    { name: 'output_norm.weight', dimensions: [embedding], data: ones(embedding) },
    {
      name: 'output.weight',
      dimensions: [embedding, vocabularySize],
      data: randomMatrix(embedding, vocabularySize, 0.5),
    },
  ];
  for (let block = 0; block < blocks; block += 1) {
    const prefix = `blk.${block}`;
    const projection = 1 / Math.sqrt(embedding);
    tensors.push(
      { name: `${prefix}.attn_norm.weight`, dimensions: [embedding], data: ones(embedding) },
      {
        name: `${prefix}.attn_q.weight`,
        dimensions: [embedding, embedding],
        data: randomMatrix(embedding, embedding, projection),
      },
      {
        name: `${prefix}.attn_k.weight`,
        dimensions: [embedding, embedding],
        data: randomMatrix(embedding, embedding, projection),
      },
      {
        name: `${prefix}.attn_v.weight`,
        dimensions: [embedding, embedding],
        data: randomMatrix(embedding, embedding, projection),
      },
      {
        name: `${prefix}.attn_output.weight`,
        dimensions: [embedding, embedding],
        data: randomMatrix(embedding, embedding, projection),
      },
      { name: `${prefix}.ffn_norm.weight`, dimensions: [embedding], data: ones(embedding) },
      {
        name: `${prefix}.ffn_gate.weight`,
        dimensions: [embedding, feedForward],
        data: randomMatrix(embedding, feedForward, projection),
      },
      {
        name: `${prefix}.ffn_up.weight`,
        dimensions: [embedding, feedForward],
        data: randomMatrix(embedding, feedForward, projection),
      },
      {
        name: `${prefix}.ffn_down.weight`,
        dimensions: [feedForward, embedding],
        data: randomMatrix(feedForward, embedding, 1 / Math.sqrt(feedForward)),
      },
    );
  }

  const writer = new ByteWriter();
  writer.uint32(ggufMagic);
  writer.uint32(ggufVersion);
  writer.uint64(tensors.length);
  writer.uint64(metadata.length);
  for (const [key, value] of metadata) {
    writer.string(key);
    writeMetadataValue(writer, value);
  }
  let dataOffset = 0;
  const offsets: number[] = [];
  for (const tensor of tensors) {
    writer.string(tensor.name);
    writer.uint32(tensor.dimensions.length);
    for (const dimension of tensor.dimensions) writer.uint64(dimension);
    writer.uint32(ggmlTypeF32);
    writer.uint64(dataOffset);
    offsets.push(dataOffset);
    dataOffset = alignUp(dataOffset + tensor.data.byteLength, alignment);
  }
  writer.padTo(alignment);
  const dataStart = writer.length;
  for (const [index, tensor] of tensors.entries()) {
    const offset = offsets[index] ?? 0;
    writer.padTo(alignment, dataStart + offset);
    writer.bytes(Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength));
  }
  writer.padTo(alignment);
  return writer.toBuffer();
}

/** Writes the tiny model to `path`. */
export async function writeTinyGguf(path: string, options: TinyGgufOptions = {}): Promise<void> {
  await writeFile(path, createTinyGguf(options));
}

function writeMetadataValue(writer: ByteWriter, entry: MetadataValue): void {
  switch (entry.type) {
    case 'uint32':
      writer.uint32(valueType.uint32);
      writer.uint32(entry.value);
      return;
    case 'int32':
      writer.uint32(valueType.int32);
      writer.int32(entry.value);
      return;
    case 'float32':
      writer.uint32(valueType.float32);
      writer.float32(entry.value);
      return;
    case 'bool':
      writer.uint32(valueType.bool);
      writer.bytes(Buffer.from([entry.value ? 1 : 0]));
      return;
    case 'string':
      writer.uint32(valueType.string);
      writer.string(entry.value);
      return;
    case 'string-array':
      writer.uint32(valueType.array);
      writer.uint32(valueType.string);
      writer.uint64(entry.value.length);
      for (const item of entry.value) writer.string(item);
      return;
    case 'float32-array':
      writer.uint32(valueType.array);
      writer.uint32(valueType.float32);
      writer.uint64(entry.value.length);
      for (const item of entry.value) writer.float32(item);
      return;
    case 'int32-array':
      writer.uint32(valueType.array);
      writer.uint32(valueType.int32);
      writer.uint64(entry.value.length);
      for (const item of entry.value) writer.int32(item);
      return;
  }
}

function alignUp(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}

/** mulberry32: a small seeded generator, so the same seed gives the same model. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d_2b_79_f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class ByteWriter {
  private readonly chunks: Buffer[] = [];
  length = 0;

  bytes(buffer: Buffer): void {
    this.chunks.push(buffer);
    this.length += buffer.length;
  }

  uint32(value: number): void {
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32LE(value);
    this.bytes(buffer);
  }

  int32(value: number): void {
    const buffer = Buffer.alloc(4);
    buffer.writeInt32LE(value);
    this.bytes(buffer);
  }

  uint64(value: number): void {
    const buffer = Buffer.alloc(8);
    buffer.writeBigUInt64LE(BigInt(value));
    this.bytes(buffer);
  }

  float32(value: number): void {
    const buffer = Buffer.alloc(4);
    buffer.writeFloatLE(value);
    this.bytes(buffer);
  }

  /** gguf_string_t: uint64 byte length, then UTF-8 bytes without a terminator. */
  string(value: string): void {
    const encoded = Buffer.from(value, 'utf8');
    this.uint64(encoded.length);
    this.bytes(encoded);
  }

  /** Pads with zeros until the length is a multiple of `to` (or reaches `target`). */
  padTo(to: number, target = alignUp(this.length, to)): void {
    if (target > this.length) this.bytes(Buffer.alloc(target - this.length));
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }
}
