import { createHmac } from 'node:crypto';

/**
 * HMAC-SHA-256 of a decimal counter under one fixed key, reduced to the first 32 bits of the
 * digest: `createHmac('sha256', key).update(String(counter)).digest().readUInt32BE(0)`, the same
 * value, about four times faster. The vault draws every surrogate from this (one draw per try),
 * and a new native HMAC object per draw was ≈ 7 % of a whole `referent deid` run
 * (bench/README.md, session 20).
 *
 * The key's inner and outer pad blocks are compressed once; each draw then costs two SHA-256
 * compressions in plain JavaScript (the counter and its padding fit one block, as does the inner
 * digest). Keys longer than one block, which HMAC hashes first, go to `createHmac`.
 */
export class CounterHmac {
  private readonly key: Buffer;
  private readonly inner: Int32Array | undefined;
  private readonly outer: Int32Array | undefined;

  constructor(key: Buffer) {
    this.key = key;
    if (key.length <= blockBytes) {
      this.inner = padState(key, 0x36);
      this.outer = padState(key, 0x5c);
    }
  }

  /** The digest's first four bytes, big-endian, as an unsigned integer. */
  uint32(counter: number): number {
    const text = String(counter);
    if (this.inner === undefined || this.outer === undefined || text.length > maxCounterLength)
      return createHmac('sha256', this.key).update(text).digest().readUInt32BE(0);
    block.fill(0);
    for (let index = 0; index < text.length; index++) {
      // Decimal digits (and "-", "."): one byte each.
      block[index >> 2] =
        (block[index >> 2] ?? 0) | (text.charCodeAt(index) << (24 - 8 * (index & 3)));
    }
    block[text.length >> 2] =
      (block[text.length >> 2] ?? 0) | (0x80 << (24 - 8 * (text.length & 3)));
    block[15] = (blockBytes + text.length) * 8;
    compress(this.inner, middle, block);
    block.set(middle, 0);
    block[8] = 0x80000000 | 0;
    block.fill(0, 9, 15);
    block[15] = (blockBytes + 32) * 8;
    compress(this.outer, final, block);
    return (final[0] ?? 0) >>> 0;
  }
}

const blockBytes = 64;
/** A counter's text, its 0x80 byte and the 8-byte length must fit one block. */
const maxCounterLength = blockBytes - 9;

const roundConstants = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const initialState = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

// Scratch space shared by every instance (JavaScript runs one draw at a time per thread).
const schedule = new Int32Array(64);
const block = new Int32Array(16);
const middle = new Int32Array(8);
const final = new Int32Array(8);

/** The SHA-256 state after the one block `key ⊕ pad` (the key zero-padded to a block). */
function padState(key: Buffer, pad: number): Int32Array {
  const bytes = Buffer.alloc(blockBytes, pad);
  for (let index = 0; index < key.length; index++)
    bytes[index] = (bytes[index] ?? 0) ^ (key[index] ?? 0);
  const words = new Int32Array(16);
  for (let index = 0; index < 16; index++) words[index] = bytes.readInt32BE(index * 4);
  const state = new Int32Array(8);
  compress(initialState, state, words);
  return state;
}

/** One SHA-256 compression of `words` (16 big-endian words) from `state` into `out`. */
function compress(state: Int32Array, out: Int32Array, words: Int32Array): void {
  const w = schedule;
  w.set(words, 0);
  for (let index = 16; index < 64; index++) {
    const w15 = w[index - 15] ?? 0;
    const w2 = w[index - 2] ?? 0;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[index] = ((w[index - 16] ?? 0) + s0 + (w[index - 7] ?? 0) + s1) | 0;
  }
  let a = state[0] ?? 0;
  let b = state[1] ?? 0;
  let c = state[2] ?? 0;
  let d = state[3] ?? 0;
  let e = state[4] ?? 0;
  let f = state[5] ?? 0;
  let g = state[6] ?? 0;
  let h = state[7] ?? 0;
  for (let index = 0; index < 64; index++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const choice = (e & f) ^ (~e & g);
    const t1 = (h + s1 + choice + (roundConstants[index] ?? 0) + (w[index] ?? 0)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const majority = (a & b) ^ (a & c) ^ (b & c);
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + ((s0 + majority) | 0)) | 0;
  }
  out[0] = ((state[0] ?? 0) + a) | 0;
  out[1] = ((state[1] ?? 0) + b) | 0;
  out[2] = ((state[2] ?? 0) + c) | 0;
  out[3] = ((state[3] ?? 0) + d) | 0;
  out[4] = ((state[4] ?? 0) + e) | 0;
  out[5] = ((state[5] ?? 0) + f) | 0;
  out[6] = ((state[6] ?? 0) + g) | 0;
  out[7] = ((state[7] ?? 0) + h) | 0;
}
