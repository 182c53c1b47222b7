import { writeFile } from 'node:fs/promises';

/**
 * Writes a structurally valid legacy whisper.cpp model file (the `ggml` format that
 * `whisper_model_load` in whisper.cpp 1.7–1.9 reads) with tiny dimensions and random weights.
 *
 * The model recognises nothing: its words are nonsense. It exists so tests can drive the real
 * native engine end to end (load, transcribe, segments, timestamps, release) without downloading
 * weights. Layout, tensor names and shapes follow `whisper_model_load` in whisper.cpp
 * (`src/whisper.cpp`, and `src/whisper-arch.h` for the names) as bundled in @fugood/whisper.node:
 *
 *   magic 0x67676d6c · 11 int32 hparams · mel filters (n_mel, n_fft, floats) · vocab (count,
 *   then length-prefixed bytes) · tensors (n_dims, name length, type, ne[0..n_dims), name, data)
 *
 * `nVocab` 51865 makes the loader treat the model as multilingual with 99 languages, so the
 * special tokens (sot, language, transcribe, timestamps) resolve to the ids whisper.cpp expects
 * and the Norwegian language token (`no`) exists. Tokens the file does not list are synthesised by
 * the loader.
 */
export interface TinyGgmlOptions {
  /** Width of every hidden state (encoder and decoder share it). Default 32. */
  readonly state?: number;
  /** Attention heads; must divide `state`. Default 2. */
  readonly heads?: number;
  /** Encoder and decoder layers. Default 1. */
  readonly layers?: number;
  /** Seed of the weight generator, so a test run is reproducible. Default 1. */
  readonly seed?: number;
}

/** What was written, for assertions. */
export interface TinyGgmlFile {
  readonly path: string;
  readonly bytes: number;
  readonly tensors: number;
}

const GGML_FILE_MAGIC = 0x67676d6c;
const GGML_TYPE_F32 = 0;
const GGML_TYPE_F16 = 1;
/** ftype 1: the big matrices are stored as 16-bit floats, like the published f16 models. */
const FTYPE_MOSTLY_F16 = 1;
const N_VOCAB_MULTILINGUAL = 51865;
const N_AUDIO_CTX = 1500;
const N_TEXT_CTX = 448;
const N_MELS = 80;
const N_FFT_BINS = 201;
/** Tokens written into the file; the loader invents names for the rest. */
const WRITTEN_VOCAB = 512;

/** Writes the model to `path` and describes it. */
export async function writeTinyGgml(
  path: string,
  options: TinyGgmlOptions = {},
): Promise<TinyGgmlFile> {
  const { buffer, tensors } = buildTinyGgml(options);
  await writeFile(path, buffer);
  return { path, bytes: buffer.byteLength, tensors };
}

/** Builds the model bytes in memory. */
export function buildTinyGgml(options: TinyGgmlOptions = {}): { buffer: Buffer; tensors: number } {
  const state = options.state ?? 32;
  const heads = options.heads ?? 2;
  const layers = options.layers ?? 1;
  if (!Number.isInteger(state) || state < 4 || state % heads !== 0) {
    throw new RangeError('state must be an integer ≥ 4 divisible by heads');
  }
  const random = createRandom(options.seed ?? 1);
  const chunks: Buffer[] = [];
  const int32s = (...values: number[]): void => {
    const chunk = Buffer.alloc(values.length * 4);
    values.forEach((value, index) => chunk.writeInt32LE(value, index * 4));
    chunks.push(chunk);
  };

  // hparams, in the order whisper_model_load reads them
  chunks.push(uint32(GGML_FILE_MAGIC));
  int32s(
    N_VOCAB_MULTILINGUAL,
    N_AUDIO_CTX,
    state,
    heads,
    layers,
    N_TEXT_CTX,
    state,
    heads,
    layers,
    N_MELS,
    FTYPE_MOSTLY_F16,
  );

  // mel filters: triangular filters over the 201 FFT bins, enough for a finite log-mel spectrum
  int32s(N_MELS, N_FFT_BINS);
  const filters = new Float32Array(N_MELS * N_FFT_BINS);
  for (let mel = 0; mel < N_MELS; mel++) {
    const centre = Math.round(((mel + 1) * (N_FFT_BINS - 1)) / (N_MELS + 1));
    for (let offset = -2; offset <= 2; offset++) {
      const bin = centre + offset;
      if (bin >= 0 && bin < N_FFT_BINS) filters[mel * N_FFT_BINS + bin] = 1 - Math.abs(offset) / 3;
    }
  }
  chunks.push(Buffer.from(filters.buffer));

  // vocab: ids 0–255 are single characters (printable ASCII, else a placeholder), like the byte
  // tokens of the real BPE vocabulary. The blank token " " must exist: whisper.cpp looks it up by
  // text when it suppresses a blank first token, and throws if it is missing. Ids 256 and up are
  // nonsense syllables, so decoded text is printable.
  int32s(WRITTEN_VOCAB);
  const consonants = 'bdfgklmnprstv';
  const vowels = 'aeiouy';
  for (let id = 0; id < WRITTEN_VOCAB; id++) {
    let token: string;
    if (id < 256) {
      token = id >= 32 && id < 127 ? String.fromCharCode(id) : `<${id}>`;
    } else {
      const index = id - 256;
      token =
        (index % 3 === 0 ? ' ' : '') +
        (consonants[index % consonants.length] ?? 'k') +
        (vowels[Math.floor(index / consonants.length) % vowels.length] ?? 'a');
    }
    const bytes = Buffer.from(token, 'utf8');
    chunks.push(uint32(bytes.byteLength), bytes);
  }

  let tensors = 0;
  const tensor = (
    name: string,
    shape: readonly number[],
    type: 'f32' | 'f16',
    fill: 'random' | 'ones' | 'zeros',
  ): void => {
    const elements = shape.reduce((product, size) => product * size, 1);
    const header = Buffer.alloc(12 + shape.length * 4);
    header.writeInt32LE(shape.length, 0);
    header.writeInt32LE(Buffer.byteLength(name), 4);
    header.writeInt32LE(type === 'f32' ? GGML_TYPE_F32 : GGML_TYPE_F16, 8);
    shape.forEach((size, index) => header.writeInt32LE(size, 12 + index * 4));
    const value = (): number =>
      fill === 'ones' ? 1 : fill === 'zeros' ? 0 : (random() - 0.5) * 0.2;
    let data: Buffer;
    if (type === 'f32') {
      const values = new Float32Array(elements);
      for (let index = 0; index < elements; index++) values[index] = value();
      data = Buffer.from(values.buffer);
    } else {
      data = Buffer.alloc(elements * 2);
      for (let index = 0; index < elements; index++) data.writeUInt16LE(toHalf(value()), index * 2);
    }
    chunks.push(header, Buffer.from(name, 'utf8'), data);
    tensors++;
  };

  // Shapes are ggml `ne` order (fastest dimension first), exactly as whisper_model_load creates them.
  const matrix = (name: string, columns: number, rows: number): void => {
    tensor(name, [columns, rows], 'f16', 'random');
  };
  const vector = (
    name: string,
    size: number,
    fill: 'random' | 'ones' | 'zeros' = 'random',
  ): void => {
    tensor(name, [size], 'f32', fill);
  };
  const norm = (prefix: string, size: number): void => {
    vector(`${prefix}.weight`, size, 'ones');
    vector(`${prefix}.bias`, size, 'zeros');
  };

  tensor('encoder.positional_embedding', [state, N_AUDIO_CTX], 'f32', 'random');
  tensor('encoder.conv1.weight', [3, N_MELS, state], 'f16', 'random');
  tensor('encoder.conv1.bias', [1, state], 'f32', 'random');
  tensor('encoder.conv2.weight', [3, state, state], 'f16', 'random');
  tensor('encoder.conv2.bias', [1, state], 'f32', 'random');
  norm('encoder.ln_post', state);
  for (let layer = 0; layer < layers; layer++) {
    const prefix = `encoder.blocks.${layer}`;
    norm(`${prefix}.mlp_ln`, state);
    matrix(`${prefix}.mlp.0.weight`, state, 4 * state);
    vector(`${prefix}.mlp.0.bias`, 4 * state);
    matrix(`${prefix}.mlp.2.weight`, 4 * state, state);
    vector(`${prefix}.mlp.2.bias`, state);
    norm(`${prefix}.attn_ln`, state);
    attention(`${prefix}.attn`);
  }

  tensor('decoder.positional_embedding', [state, N_TEXT_CTX], 'f32', 'random');
  matrix('decoder.token_embedding.weight', state, N_VOCAB_MULTILINGUAL);
  norm('decoder.ln', state);
  for (let layer = 0; layer < layers; layer++) {
    const prefix = `decoder.blocks.${layer}`;
    norm(`${prefix}.mlp_ln`, state);
    matrix(`${prefix}.mlp.0.weight`, state, 4 * state);
    vector(`${prefix}.mlp.0.bias`, 4 * state);
    matrix(`${prefix}.mlp.2.weight`, 4 * state, state);
    vector(`${prefix}.mlp.2.bias`, state);
    norm(`${prefix}.attn_ln`, state);
    attention(`${prefix}.attn`);
    norm(`${prefix}.cross_attn_ln`, state);
    attention(`${prefix}.cross_attn`);
  }

  function attention(prefix: string): void {
    matrix(`${prefix}.query.weight`, state, state);
    vector(`${prefix}.query.bias`, state);
    matrix(`${prefix}.key.weight`, state, state);
    matrix(`${prefix}.value.weight`, state, state);
    vector(`${prefix}.value.bias`, state);
    matrix(`${prefix}.out.weight`, state, state);
    vector(`${prefix}.out.bias`, state);
  }

  return { buffer: Buffer.concat(chunks), tensors };
}

function uint32(value: number): Buffer {
  const chunk = Buffer.alloc(4);
  chunk.writeUInt32LE(value, 0);
  return chunk;
}

/** mulberry32: a small seeded generator; quality is irrelevant, reproducibility matters. */
function createRandom(seed: number): () => number {
  let current = seed >>> 0;
  return () => {
    current = (current + 0x6d2b79f5) >>> 0;
    let mixed = current;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** IEEE 754 binary16 bits of a small finite number (round to nearest; no NaN/infinity needed). */
function toHalf(value: number): number {
  const floatView = new Float32Array(1);
  const intView = new Uint32Array(floatView.buffer);
  floatView[0] = value;
  const bits = intView[0] ?? 0;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  const mantissa = bits & 0x7fffff;
  if (exponent <= 0) {
    if (exponent < -10) return sign;
    const withHidden = mantissa | 0x800000;
    return sign | Math.round(withHidden / 2 ** (14 - exponent));
  }
  if (exponent >= 0x1f) return sign | 0x7c00;
  return sign | ((exponent << 10) + Math.round(mantissa / 0x2000));
}
