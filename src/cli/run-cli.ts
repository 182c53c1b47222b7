import type { CliIo } from './io.js';

/**
 * The `referent` executable's entry (bin/referent.js): loads only the module of the command it
 * runs. `deid` imports the pseudonymizer alone — not the server, the database, the speech or
 * language-model engines — so a de-identification run starts in a fraction of the time.
 * Every other command goes through `main`.
 */
export async function runCli(argv: readonly string[], io?: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const stdio: CliIo = io ?? {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  };
  if (command === 'deid') {
    const { runDeidCli } = await import('./deid-command.js');
    return runDeidCli(rest, stdio);
  }
  const { main } = await import('./main.js');
  return main(argv, stdio);
}
