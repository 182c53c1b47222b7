/**
 * CPU-heavy work off the event loop (issue 14): a small pool of worker threads for the builtin
 * drafting engine and the verifier.
 */
export {
  createComputePool,
  type BuiltinDraftJob,
  type ComputePool,
  type DraftToVerify,
  type JobOptions,
} from './compute-pool.js';
