/**
 * # A statement of the lemma suite
 *
 * Defines `Statement<T>`: one mathematical claim made executable, a fast-check arbitrary of
 * inputs `T` and a check that throws (or returns false) when the claim fails on an input. The
 * paper's statements (MATH.md) and a user's own conjectures (`symrelu check FILE`) have this one
 * shape, so both run through the same runner (`runSuite.ts`) with the same seed, shrinking and
 * report.
 *
 * A check explains a failure by throwing `StatementFailure` with a sentence saying what went
 * wrong on the input; fast-check keeps the message of the last shrunk failure.
 */

import type fc from 'fast-check';

interface Statement<T> {
  /** Short identifier, e.g. `theorem-4.2`. */
  readonly name: string;
  /** Where the claim is stated, e.g. `MATH.md section 2, Theorem 4.2`. */
  readonly reference: string;
  /** One sentence: what is claimed. */
  readonly claim: string;
  readonly arbitrary: fc.Arbitrary<T>;
  /** Throws (or returns false) when the claim fails on `value`. */
  check(value: T): boolean | void;
  /** Default number of runs in the fixed-seed suite (at least 100). */
  readonly runs?: number;
}

class StatementFailure extends Error {
  override name = 'StatementFailure';
}

/** Throws a `StatementFailure` with `message` unless `condition` holds. */
function expectThat(condition: boolean, message: string | (() => string)): void {
  if (!condition) throw new StatementFailure(typeof message === 'string' ? message : message());
}

/** Identity helper giving a user's conjecture its type (see docs/lemmas.md). */
function defineStatement<T>(statement: Statement<T>): Statement<T> {
  return statement;
}

export { StatementFailure, expectThat, defineStatement };
export type { Statement };
