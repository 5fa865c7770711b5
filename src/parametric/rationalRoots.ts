/**
 * # Rational roots of a univariate polynomial (rational root theorem)
 *
 * Defines `rationalRoots(coefficients)`: every rational root of `c_0 + c_1 x + ... + c_n x^n`,
 * exactly. After clearing denominators the coefficients are integers `a_i`; a root `p/q` in
 * lowest terms has `p | a_0` and `q | a_n` (after removing the factor `x^k` of the lowest
 * nonzero term), so the candidates are finitely many and each is checked by exact Horner
 * evaluation. An equation `f(t) = 0` over rational parameters is therefore decided completely:
 * its solution set is this list, and an empty list proves it has no rational solution.
 *
 * Divisors are found by trial division, so the bound `MAX_TRIAL_INTEGER` (10^12) on `|a_0|` and
 * `|a_n|` keeps the search below a million divisions; beyond it the function returns null and
 * the caller keeps the equation as an undecided condition.
 */

import { Rational, lcm } from '../scalar/rational.ts';

const MAX_TRIAL_INTEGER = 10n ** 12n;

function absBig(n: bigint): bigint {
  return n < 0n ? -n : n;
}

function positiveDivisors(n: bigint): bigint[] | null {
  n = absBig(n);
  if (n > MAX_TRIAL_INTEGER) return null;
  const small: bigint[] = [];
  const large: bigint[] = [];
  for (let d = 1n; d * d <= n; d++) {
    if (n % d === 0n) {
      small.push(d);
      if (d * d !== n) large.unshift(n / d);
    }
  }
  return [...small, ...large];
}

function hornerValue(coefficients: readonly Rational[], x: Rational): Rational {
  let acc = Rational.ZERO;
  for (let i = coefficients.length - 1; i >= 0; i--) acc = acc.mul(x).add(coefficients[i]!);
  return acc;
}

/**
 * The distinct rational roots, sorted ascending, or null when the integers are too large to
 * enumerate divisors of. The zero polynomial has every number as a root: the caller must not
 * ask (it is reported as null too).
 * @example rationalRoots([q(-1), q(0), q(1)]) gives [-1, 1]
 * @param coefficients `c_0, ..., c_n` (constant term first)
 */
function rationalRoots(coefficients: readonly Rational[]): Rational[] | null {
  let cs = [...coefficients];
  while (cs.length > 0 && cs[cs.length - 1]!.isZero()) cs.pop();
  if (cs.length === 0) return null;
  const roots: Rational[] = [];
  let low = 0;
  while (cs[low]!.isZero()) low++;
  if (low > 0) {
    roots.push(Rational.ZERO);
    cs = cs.slice(low);
  }
  if (cs.length > 1) {
    const den = cs.reduce((l, c) => lcm(l, c.den), 1n);
    const ints = cs.map((c) => (c.num * den) / c.den);
    const ps = positiveDivisors(ints[0]!);
    const qs = positiveDivisors(ints[ints.length - 1]!);
    if (ps === null || qs === null) return null;
    const seen = new Set<string>();
    for (const p of ps) {
      for (const qq of qs) {
        for (const s of [1n, -1n]) {
          const x = Rational.of(s * p, qq);
          if (seen.has(x.toString())) continue;
          seen.add(x.toString());
          if (hornerValue(cs, x).isZero()) roots.push(x);
        }
      }
    }
  }
  return roots.sort((a, b) => a.compare(b));
}

export { rationalRoots, hornerValue, MAX_TRIAL_INTEGER };
