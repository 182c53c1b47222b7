import { describe, expect, it } from 'vitest';
import { isExpiringUnfinished } from './expiry.js';

const now = Date.parse('2026-03-02T14:00:00Z');
const minutes = (count: number) => now + count * 60_000;

describe('isExpiringUnfinished', () => {
  it('warns within the last hour for a consultation that is not handed over', () => {
    expect(isExpiringUnfinished('in-review', minutes(59), now)).toBe(true);
    expect(isExpiringUnfinished('approved', minutes(10), now)).toBe(true);
    expect(isExpiringUnfinished('created', minutes(61), now)).toBe(false);
  });

  it('stays quiet once the text has left Referent or everything is erased', () => {
    expect(isExpiringUnfinished('exported', minutes(5), now)).toBe(false);
    expect(isExpiringUnfinished('erased', minutes(5), now)).toBe(false);
  });
});
