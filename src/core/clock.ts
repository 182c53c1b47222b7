/** Injected time source (conventions §20). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests can move by hand. */
export function createManualClock(start = Date.UTC(2025, 9, 1, 8, 0, 0)): Clock & {
  advance(milliseconds: number): void;
  set(epochMilliseconds: number): void;
} {
  let current = start;
  return {
    now: () => current,
    advance(milliseconds: number) {
      current += milliseconds;
    },
    set(epochMilliseconds: number) {
      current = epochMilliseconds;
    },
  };
}
