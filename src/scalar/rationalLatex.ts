/**
 * # Rationals as LaTeX
 *
 * Defines `rationalToLatex` (`\frac{3}{4}`, `-\frac{1}{2}`, `7`) and `integerToLatex`, which
 * breaks very long integers into digit groups joined by `\allowbreak` so that a certificate's
 * 80-digit numerator cannot run off the page of a compiled derivation.
 */

import type { Rational } from './rational.ts';

/** Integers longer than this many digits are printed with break points every 3 digits. */
const BREAKABLE_DIGITS = 12;

/** An integer as LaTeX math, breakable when long. */
function integerToLatex(n: bigint): string {
  const sign = n < 0n ? '-' : '';
  const digits = (n < 0n ? -n : n).toString();
  if (digits.length <= BREAKABLE_DIGITS) return sign + digits;
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return sign + groups.join('\\,\\allowbreak ');
}

/**
 * A rational as LaTeX math: an integer, or a signed `\frac`.
 * @example rationalToLatex(q(-1, 2)) === '-\\frac{1}{2}'
 */
function rationalToLatex(r: Rational): string {
  if (r.den === 1n) return integerToLatex(r.num);
  const sign = r.num < 0n ? '-' : '';
  const num = r.num < 0n ? -r.num : r.num;
  return `${sign}\\frac{${integerToLatex(num)}}{${integerToLatex(r.den)}}`;
}

export { rationalToLatex, integerToLatex };
