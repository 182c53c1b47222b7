import { setPriority } from 'node:os';
import { z } from 'zod';

/** What the pool hands each compute worker at start (`workerData`). */
export const computeWorkerDataSchema = z
  .object({
    /** How much the worker lowers its own thread's scheduling priority (niceness, 0–19). */
    nice: z.number().int().min(0).max(19),
  })
  .strict();

export type ComputeWorkerData = z.infer<typeof computeWorkerDataSchema>;

/**
 * Lowers the calling thread's scheduling priority by `nice`, so CPU-heavy jobs yield to the
 * server's request thread. Only on Linux, where a thread's niceness is its own (on other systems
 * `setpriority` would slow the whole server down); returns whether the priority was changed.
 * Lowering one's own priority needs no privilege; if the system refuses anyway, the worker runs
 * at the server's priority, as it did before the setting existed.
 */
export function lowerThreadPriority(
  nice: number,
  platform: NodeJS.Platform = process.platform,
  set: (priority: number) => void = (priority) => {
    setPriority(priority);
  },
): boolean {
  if (nice <= 0 || platform !== 'linux') return false;
  try {
    set(nice);
    return true;
  } catch {
    return false;
  }
}
