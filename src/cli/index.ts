/**
 * The `referent` command (design §6.1). `bin/referent.js` starts it through `run-cli.ts`, which
 * loads only the module of the command it runs; tests that run a command in-process use `main`.
 */
export { main } from './main.js';
