/**
 * # Checker basics
 *
 * Shared pieces of the certificate checker: the failure a claim check throws, the enumeration
 * limit, and readers for counts and vectors written as text.
 * Part of the independent checker (`../checkCertificate.ts`): imports no search code.
 */

import { Rational } from '../../scalar/rational.ts';
import { describe, inexactNumberToken } from '../../scalar/parseRational.ts';
import { parseRationalMatrix } from '../../scalar/parseJson.ts';
import type { Matrix } from '../../linalg/matrix.ts';
import { vectorKey } from '../../group/action.ts';

/** Largest number of choices the checker enumerates for one lower bound. */
const CHECKER_MAX_CHOICES = 1 << 20;

class ClaimFailure extends Error {}

function fail(message: string): never {
  throw new ClaimFailure(message);
}

function matrixKey(m: Matrix): string {
  return m.map((row) => vectorKey(row)).join(';');
}

function parseVectorText(value: unknown, where: string): Rational[] {
  return parseRationalMatrix([value], where)[0]!;
}

/**
 * A JSON value as a message shows it: numbers and strings as written (an unquoted inexact number
 * as "the JSON number 3.0"), arrays, objects and missing values by their kind.
 */
function showValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && inexactNumberToken(value) === null) return JSON.stringify(value);
  return describe(value);
}

function expectCount(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(`${where}: expected a whole number >= 0, got ${showValue(value)}`);
  }
  return value;
}

export {
  CHECKER_MAX_CHOICES,
  ClaimFailure,
  fail,
  matrixKey,
  parseVectorText,
  expectCount,
  showValue,
};
