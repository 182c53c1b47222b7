import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CounterHmac } from './counter-hmac.js';

const reference = (key: Buffer, counter: number): number =>
  createHmac('sha256', key).update(String(counter)).digest().readUInt32BE(0);

const keyOf = (label: string, length: number): Buffer => {
  const bytes: Buffer[] = [];
  for (let index = 0; bytes.length * 32 < length; index++)
    bytes.push(
      createHash('sha256')
        .update(`${label}:${String(index)}`)
        .digest(),
    );
  return Buffer.concat(bytes).subarray(0, length);
};

describe('CounterHmac', () => {
  it('draws what createHmac draws for a vault seed, over the counters a vault reaches', () => {
    const key = keyOf('vault seed', 32);
    const draws = new CounterHmac(key);
    for (let counter = 0; counter < 5000; counter++)
      expect(draws.uint32(counter)).toBe(reference(key, counter));
    for (const counter of [99_999, 1_000_000, 2 ** 31, 2 ** 32 + 7, Number.MAX_SAFE_INTEGER])
      expect(draws.uint32(counter)).toBe(reference(key, counter));
  });

  it('matches createHmac for keys of every length up to two blocks', () => {
    for (const length of [0, 1, 31, 55, 63, 64, 65, 100, 128]) {
      const key = keyOf(`length ${String(length)}`, length);
      const draws = new CounterHmac(key);
      for (const counter of [0, 1, 9, 10, 123_456_789])
        expect(draws.uint32(counter)).toBe(reference(key, counter));
    }
  });

  it('gives different draws under different keys', () => {
    const first = new CounterHmac(keyOf('a', 32));
    const second = new CounterHmac(keyOf('b', 32));
    expect(first.uint32(0)).not.toBe(second.uint32(0));
  });
});
