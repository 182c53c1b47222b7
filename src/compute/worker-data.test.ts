import { describe, expect, it } from 'vitest';
import { computeWorkerDataSchema, lowerThreadPriority } from './worker-data.js';

describe('lowerThreadPriority', () => {
  it('lowers the worker thread’s priority on Linux', () => {
    const set: number[] = [];
    expect(lowerThreadPriority(10, 'linux', (priority) => set.push(priority))).toBe(true);
    expect(set).toEqual([10]);
  });

  it('leaves the priority alone where a nice value belongs to the whole server, or when 0', () => {
    const set: number[] = [];
    expect(lowerThreadPriority(10, 'darwin', (priority) => set.push(priority))).toBe(false);
    expect(lowerThreadPriority(0, 'linux', (priority) => set.push(priority))).toBe(false);
    expect(set).toEqual([]);
  });

  it('keeps the worker running at the server’s priority when the system refuses', () => {
    const refuse = (): void => {
      throw new Error('EACCES');
    };
    expect(lowerThreadPriority(10, 'linux', refuse)).toBe(false);
  });
});

describe('computeWorkerDataSchema', () => {
  it('accepts a niceness from 0 to 19 and nothing else', () => {
    expect(computeWorkerDataSchema.safeParse({ nice: 19 }).success).toBe(true);
    expect(computeWorkerDataSchema.safeParse({ nice: 20 }).success).toBe(false);
    expect(computeWorkerDataSchema.safeParse({ nice: -1 }).success).toBe(false);
    expect(computeWorkerDataSchema.safeParse(undefined).success).toBe(false);
  });
});
