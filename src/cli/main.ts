/**
 * # Entry point of the `symrelu` command (see `program.ts`).
 *
 * A reader that closes the pipe early (`symrelu lemmas | head`) is not an error: stdout's EPIPE
 * ends the process quietly with the exit code computed so far.
 */

import { main } from './program.ts';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
