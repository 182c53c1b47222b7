/** Test support for the `referent` command: in-process runs and scratch data directories. */
export {
  createCliScratch,
  runCliInProcess,
  type CliRun,
  type CliRunOptions,
  type CliScratch,
} from './run-cli-in-process.js';
