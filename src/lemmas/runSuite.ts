/**
 * # Running statements: fixed seed, bounded runs, shrunk counterexamples
 *
 * Defines `runStatement` and `runSuite`, which run `Statement`s (the paper's, from
 * `lemmaStatements`, or a user's conjecture) through `fc.check` with an explicit seed and number
 * of runs, and turn the outcome into a plain report: runs, pass or fail, and for a failure the
 * seed, the fast-check replay path, the message of the check and the shrunk counterexample as
 * text and LaTeX (`describeValue`), and the time taken, so a slow statement can be found
 * (`symrelu lemmas --runs 200 --seed 7` once spent 51 of its 73 s in `certificates`, 34 s on
 * one case). The library never prints; progress goes to an optional callback, which the CLI
 * connects to a TTY-only reporter.
 *
 * The same seed is given to every statement, so one number reproduces the whole suite:
 * `symrelu lemmas --seed S`, and one failure exactly: `--seed S --only NAME --path P`.
 */

import fc from 'fast-check';
import { describeValue } from './describeValue.ts';
import type { Statement } from './statement.ts';

/** The fixed seed of the default (CI) run. */
const DEFAULT_SEED = 20251209;

/** Default runs per statement when a statement does not set its own. */
const DEFAULT_RUNS = 100;

interface RunOptions {
  readonly seed?: number;
  /** Overrides every statement's own number of runs. */
  readonly runs?: number;
  /** Multiplies every statement's number of runs (the soak mode). */
  readonly runsFactor?: number;
  /**
   * Milliseconds after which a statement stops (default none). A statement stopped before its
   * runs is reported with the runs done; stopped while shrinking, with the counterexample
   * shrunk so far.
   */
  readonly timeLimitMs?: number;
  /** Replay path from a previous failure (with the same seed). */
  readonly path?: string;
  readonly onProgress?: (statement: string, done: number, total: number) => void;
}

interface StatementReport {
  readonly name: string;
  readonly reference: string;
  readonly claim: string;
  readonly runs: number;
  /** Wall-clock milliseconds the runs and the shrinking took (not reproducible, for triage). */
  readonly elapsedMs: number;
  readonly passed: boolean;
  /** True when the time limit stopped the runs or the shrinking early. */
  readonly interrupted: boolean;
  readonly seed: number;
  readonly path: string | null;
  readonly shrinks: number;
  readonly message: string | null;
  readonly counterexample: { readonly text: string; readonly latex: string } | null;
}

interface SuiteReport {
  readonly seed: number;
  readonly passed: boolean;
  readonly statements: StatementReport[];
}

function errorMessage(error: unknown): string {
  if (error instanceof Error)
    return `${error.name === 'StatementFailure' ? '' : `${error.name}: `}${error.message}`;
  return String(error);
}

/**
 * Runs one statement with a fixed seed and returns its report.
 * @example runStatement(theorem42Statement(), { seed: 1, runs: 10 }).passed
 * @param statement the claim and its arbitrary
 * @param options seed (default `DEFAULT_SEED`), runs, replay path, progress callback
 */
function runStatement<T>(statement: Statement<T>, options: RunOptions = {}): StatementReport {
  const seed = options.seed ?? DEFAULT_SEED;
  const base = options.runs ?? statement.runs ?? DEFAULT_RUNS;
  const numRuns = base * (options.runsFactor ?? 1);
  let done = 0;
  const started = Date.now();
  const property = fc.property(statement.arbitrary, (value) => {
    done++;
    options.onProgress?.(statement.name, done, numRuns);
    return statement.check(value);
  });
  const details = fc.check(property, {
    seed,
    numRuns,
    ...(options.path ? { path: options.path } : {}),
    ...(options.timeLimitMs !== undefined ? { interruptAfterTimeLimit: options.timeLimitMs } : {}),
  });
  const elapsedMs = Date.now() - started;
  const counterexample =
    details.failed && details.counterexample ? describeValue(details.counterexample[0]) : null;
  return {
    name: statement.name,
    reference: statement.reference,
    claim: statement.claim,
    runs: details.numRuns,
    elapsedMs,
    passed: !details.failed,
    interrupted: details.interrupted,
    seed,
    path: details.failed ? details.counterexamplePath : null,
    shrinks: details.numShrinks,
    message: details.failed
      ? errorMessage(details.errorInstance ?? 'the check returned false')
      : null,
    counterexample,
  };
}

/** Runs every statement with the same seed. */
function runSuite(
  statements: readonly Statement<unknown>[],
  options: RunOptions = {},
): SuiteReport {
  const seed = options.seed ?? DEFAULT_SEED;
  const reports = statements.map((s) => runStatement(s, { ...options, seed }));
  return { seed, passed: reports.every((r) => r.passed), statements: reports };
}

export { runStatement, runSuite, DEFAULT_SEED, DEFAULT_RUNS };
export type { RunOptions, StatementReport, SuiteReport };
