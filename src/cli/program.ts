/**
 * # The symrelu command-line program
 *
 * Defines the `symrelu` program: each subcommand lives in `commands/` and registers itself here.
 * Exit codes, everywhere: 0 yes/ok, 1 a definite mathematical no, 2 bad input or usage, 3 an
 * internal error (a bug in symrelu, never a mathematical answer). A user error (`InputError`, a
 * usage error) prints one line on stderr and no stack trace; results go to stdout. An internal
 * error prints its message, and its stack when `SYMRELU_DEBUG` is set.
 */

import { Command, CommanderError } from 'commander';
import { InputError } from '../scalar/parseRational.ts';
import { ZeroDenominatorError } from '../scalar/rational.ts';
import { registerCoreCommands } from './commands/core.ts';
import { registerEquivarianceCommands } from './commands/equivariance.ts';
import { registerLemmaCommands } from './commands/lemmas.ts';
import { registerParametricCommands } from './commands/parametric.ts';
import { registerProveCommands } from './commands/prove.ts';
import { registerWidthCommands } from './commands/width.ts';
import { registerDimensionCommands } from './commands/dimension.ts';

/** What a command action returns: its exit code (0 yes/ok, 1 a definite no). */
type ExitCode = 0 | 1;

/** Exit code for a bug in symrelu: distinct from 1, which always means a definite "no". */
const INTERNAL_ERROR = 3;

function buildProgram(): Command {
  const program = new Command('symrelu')
    .description(
      'Exact, symbolic companion to equivariant two-layer ReLU networks (arXiv 2512.09673)',
    )
    .version('0.1.0')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.split('\n')[0] + '\n') });
  registerCoreCommands(program);
  registerEquivarianceCommands(program);
  registerLemmaCommands(program);
  registerParametricCommands(program);
  registerProveCommands(program);
  registerWidthCommands(program);
  registerDimensionCommands(program);
  return program;
}

async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
        error.code,
      );
      return ok ? 0 : 2;
    }
    if (error instanceof InputError || error instanceof ZeroDenominatorError) {
      process.stderr.write(`symrelu: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`symrelu: internal error (please report it): ${detail}\n`);
    if (process.env.SYMRELU_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    return INTERNAL_ERROR;
  }
}

export { buildProgram, main };
export type { ExitCode };
